#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dibao {

// A zip writer like sync/ZipWriter (fixed timestamps, the caller's entry order, no extra fields, so the same content
// gives the same bytes) that also deflates. A payroll workbook's XML shrinks about tenfold, and banks and townships
// move these files by e-mail and USB stick. Kept apart from sync/ZipWriter because bundle bytes are a signed
// format that must not change with a zlib upgrade, while an export only has to open. Each entry is stored instead
// when deflate would not make it smaller. Output is accepted by sync/SafeZipReader.
class DeflateZipWriter {
public:
    // Names are plain relative paths chosen by our own code (xlsx part names).
    void addFile(const QString &name, const QByteArray &content);
    QByteArray finish() const;

private:
    struct Entry {
        QByteArray name;
        QByteArray stored; // deflated bytes, or the content itself for method 0
        quint16 method = 0;
        quint32 crc = 0;
        quint32 size = 0;
    };
    QList<Entry> m_entries;
};

} // namespace dibao
