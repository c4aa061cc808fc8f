#pragma once

#include <QtGlobal>

#include <future>

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

} // namespace dibao
