#pragma once

#include <QString>

#include <optional>
#include <stdexcept>
#include <utility>

namespace dibao {

// What kind of failure an Error is. The CLI maps kinds to exit codes (docs/cli.md), the UI to messages.
enum class ErrorKind {
    Invalid,      // bad input or a rule refused it (exit 1)
    NotFound,     // exit 1
    Conflict,     // a duplicate or a concurrent change (exit 1)
    Permission,   // the user's role may not do this (exit 3)
    Held,         // waiting for something else, e.g. a bundle gap (exit 4)
    Io,           // file or database trouble (exit 1)
    Internal,     // a broken invariant surfaced as an error (exit 1)
};

// An expected failure: a stable English token for machines plus a translated sentence for people.
struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString code;     // stable token, e.g. "id_check_digit", "permission_denied"
    QString message;  // translated, says what to do next where it can
};

inline Error makeError(ErrorKind kind, QString code, QString message)
{
    return Error{kind, std::move(code), std::move(message)};
}

// dibao::Result<T>: a value or an Error (GCC 12 has no std::expected).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        if (!m_value)
            throw std::logic_error("dibao::Result: value() on an error");
        return *m_value;
    }
    T &value() &
    {
        if (!m_value)
            throw std::logic_error("dibao::Result: value() on an error");
        return *m_value;
    }
    // By value, so `for (auto &x : f().value())` never dangles on the destroyed temporary Result.
    T value() &&
    {
        if (!m_value)
            throw std::logic_error("dibao::Result: value() on an error");
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace dibao

// Propagate an error from an expression returning a Result<...> or Status.
#define DIBAO_TRY(expr)                                                                            \
    do {                                                                                           \
        auto dibaoTryResult_ = (expr);                                                             \
        if (!dibaoTryResult_.ok())                                                                 \
            return dibaoTryResult_.error();                                                        \
    } while (false)
