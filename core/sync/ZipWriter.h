#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dibao {

// Writes a zip from memory with method "stored" only, fixed timestamps and the caller's entry order, so the same
// content always gives the same bytes (a bundle exported twice must be byte-identical, docs/bundle-format.md §1.1).
// Our own writer rather than QuaZip: QuaZip stamps the current time and its output is not something we can pin down.
class ZipWriter {
public:
    // Names must be plain relative ASCII paths; the bundle writer only passes names it built itself.
    void addFile(const QString &name, const QByteArray &content);
    QByteArray finish() const;

private:
    struct Entry {
        QByteArray name;
        QByteArray content;
    };
    QList<Entry> m_entries;
};

} // namespace dibao
