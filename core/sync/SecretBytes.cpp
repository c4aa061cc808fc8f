#include "sync/SecretBytes.h"

#include <sodium.h>

#include <cstring>

namespace dibao {

SecretBytes::SecretBytes(std::size_t size) : m_bytes(size, 0) {}

SecretBytes SecretBytes::fromView(QByteArrayView bytes)
{
    SecretBytes secret(std::size_t(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(secret.data(), bytes.data(), std::size_t(bytes.size()));
    return secret;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes SecretBytes::clone() const
{
    return fromView(view());
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty())
        sodium_memzero(m_bytes.data(), m_bytes.size());
}

} // namespace dibao
