#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <vector>

namespace dibao {

// Holds key material. Move-only, so a key never ends up in a second, forgotten buffer (QByteArray's implicit sharing
// makes that impossible to control), and wiped with sodium_memzero when it goes away.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    static SecretBytes fromView(QByteArrayView bytes);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    // An explicit copy, for the rare place that really needs two owners.
    SecretBytes clone() const;

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(m_bytes.size()));
    }

private:
    void wipe();

    std::vector<unsigned char> m_bytes;
};

} // namespace dibao
