#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

class SyncNode;

struct ExportedBundle {
    QString origin;
    QString audience;
    qint64 bundleSeq = 0;
    QString bundleId;
    QByteArray zip;
    qint64 changeCount = 0;
    bool fresh = false; // cut by this call (otherwise a stored bundle written again, byte for byte)
};

// Cuts bundles once and stores them (sync_out) until the other side acknowledges them: exporting again before the
// ack writes the identical bytes, so a lost USB stick never produces a second, different bundle N.
class SyncExporter {
public:
    static constexpr int kMaxChangesPerBundle = 20000;
    // Attachment content one bundle carries at most (docs/bundle-format.md §11): with 20,000 change lines (~14 MB)
    // a bundle stays under the hub's 64 MiB request limit. A bundle always takes at least one change, so one
    // attachment (20 MiB at most) always fits.
    static constexpr qint64 kMaxAttachmentBytesPerBundle = 40 * 1024 * 1024;
    // How many of `lines`, from the first, a bundle takes within that budget (at least one; all when none attach).
    static qsizetype linesWithinAttachmentBudget(const QList<QJsonObject> &lines);

    explicit SyncExporter(SyncNode &node) : m_node(node) {}

    // Device → hub: the stored unacknowledged bundles, then new ones for changes not yet cut.
    Result<QList<ExportedBundle>> forHub();
    // Hub → device: the stored unacknowledged bundles for the device, then new ones (its audience's changes from
    // elsewhere and the acks for its bundles); the first bundle of a new or restored device is a snapshot.
    Result<QList<ExportedBundle>> forDevice(const QString &deviceId);
    // Only what is stored, without cutting (hub GET).
    Result<QList<ExportedBundle>> stored(const QString &peerId, qint64 afterSeq);

    static QString fileName(const ExportedBundle &bundle);
    // Writes each bundle to dir (atomically, never leaving half a file); returns the paths.
    static Result<QStringList> writeFiles(const QList<ExportedBundle> &bundles, const QString &dir);

private:
    Result<QList<QJsonObject>> snapshot(const QString &township, qint64 *position);
    Status cut(const QString &peerId, const QList<QJsonObject> &lines, const QList<QJsonObject> &acks,
               qint64 changeFirst, qint64 changeLast, qint64 position, bool rotation);

    SyncNode &m_node;
    QList<qint64> m_cut; // bundle_seqs cut by this exporter
};

} // namespace dibao
