#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dibao {

// Writes a zip from memory with fixed timestamps, the caller's entry order and no extra fields, so the same content
// always gives the same bytes. Our own writer rather than QuaZip: QuaZip stamps the current time and its output is not
// something we can pin down. Output is accepted by sync/SafeZipReader (no zip64, no comment, no data descriptors).
//
// Stored: method "stored" only — the bundle format (docs/bundle-format.md §1.1: a bundle exported twice must be
// byte-identical, whatever zlib version is installed).
// Deflated: each entry deflated (level 1) unless that would not make it smaller — exports such as the xlsx workbook,
// whose XML shrinks about tenfold for e-mail and USB sticks and only has to open.
class ZipWriter {
public:
    enum class Method { Stored, Deflated };
    explicit ZipWriter(Method method = Method::Stored) : m_method(method) { }

    // Names must be plain relative paths our own code built (bundle entries, xlsx part names).
    void addFile(const QString &name, const QByteArray &content);
    QByteArray finish() const;

private:
    struct Entry {
        QByteArray name;
        QByteArray stored; // the bytes in the archive: deflated, or the content itself for method 0
        quint16 method = 0;
        quint32 crc = 0;
        quint32 size = 0;
    };
    Method m_method;
    QList<Entry> m_entries;
};

} // namespace dibao
