#pragma once

#include "common/Result.h"

#include <QtGlobal>

#include <future>
#include <optional>

namespace dibao {

// Runs body(begin, end) over [0, n): in two halves at once (the second half on another thread) when there are at
// least `minimum` items, else in one call here. For work whose items are independent and whose results go to slots
// made before (write through a pointer taken before, never through a container's detaching accessor).
template <typename Body>
void inTwoHalves(qsizetype n, qsizetype minimum, Body &&body)
{
    if (n < minimum || n < 2) {
        body(qsizetype(0), n);
        return;
    }
    const qsizetype middle = n / 2;
    auto second = std::async(std::launch::async, [&body, middle, n] { body(middle, n); });
    body(qsizetype(0), middle);
    second.get();
}

// Runs item(i) for every i in [0, n) through inTwoHalves; each half stops at its first failure (item returns a
// Status), and the failure returned is the first in index order, the one a single pass would meet.
template <typename Item>
Status eachInTwoHalves(qsizetype n, qsizetype minimum, Item &&item)
{
    std::optional<Error> failures[2]; // of the half from 0, of the other
    inTwoHalves(n, minimum, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            if (Status done = item(i); !done) {
                failures[begin == 0 ? 0 : 1] = done.error();
                return;
            }
        }
    });
    for (const std::optional<Error> &failure : failures)
        if (failure)
            return *failure;
    return {};
}

} // namespace dibao
