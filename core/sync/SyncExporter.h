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
