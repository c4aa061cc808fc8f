#pragma once

#include "common/Result.h"
#include "sync/BundleReader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

class SyncNode;

// What happened to one bundle (docs/sync.md "Verdicts").
struct ImportVerdict {
    QString file;
    QString verdict;      // applied | duplicate | held | rejected | quarantined
    QString reason;       // a stable token ("" when applied or duplicate)
    QString message;      // for people
    QString origin;
    QString audience;
    qint64 bundleSeq = 0;
    QString bundleId;
    qint64 changes = 0;   // change lines in the bundle
    QJsonArray refused;   // [{"change":{"change_seq","origin"},"reason"}]
    int conflicts = 0;
    int flags = 0;
    int acksAccepted = 0; // device: acks for its own bundles found in this one
    int acksIgnored = 0;  // device: acks that failed verification (forged) and were ignored
    QJsonObject ack;      // hub: the signed ack envelope, the reply to an online PUT
    bool wasHeld = false; // applied later, when the gap before it was filled

    QJsonObject toJson() const;
};

// The importer, both ways (hub ← device, device ← hub), for USB files and online uploads alike. In this order: size
// cap, zip, signature, manifest, entry hashes (BundleReader); then the stream: audience, origin enrolled, signing key
// valid for that bundle_seq (rotation, revocation); then
//   bundle_seq = cursor + 1 and prev matches → decrypted and applied in one transaction;
//   already applied with the same bundle_id → duplicate, the stored ack again;
//   same bundle_seq, another bundle_id → quarantined, the stream frozen for a person;
//   a gap → held until the missing bundle arrives (then applied in order).
// Integrity failures reject the whole bundle and change nothing; content failures refuse single changes (listed in
// the ack) and the rest applies.
class SyncImporter {
public:
    explicit SyncImporter(SyncNode &node, BundleLimits limits = {});

    // Files given together apply in sequence order per stream, whatever their order here.
    QList<ImportVerdict> importFiles(const QStringList &paths);
    // One bundle from memory (an online PUT); the same pipeline.
    QList<ImportVerdict> importBytes(const QByteArray &zip, const QString &label);

    // Device: an ack that came back online (the reply to a PUT). Verified with the hub's key: a forged ack is
    // ignored (Ok(false)) and the bundle stays in the outbox.
    Result<bool> acceptAck(const QJsonObject &envelope);

    // 0 if every bundle applied or was a duplicate, 1 if any was rejected or quarantined, 4 if any is held.
    static int exitCode(const QList<ImportVerdict> &verdicts);

private:
    struct Candidate {
        QString file;
        QByteArray zip;
        VerifiedBundle bundle;
    };
    std::optional<ImportVerdict> verify(const QString &file, const QByteArray &zip, Candidate *out);
    QList<ImportVerdict> processAll(QList<Candidate> candidates, QList<ImportVerdict> verdicts);
    ImportVerdict process(const Candidate &candidate);
    QList<ImportVerdict> drainHeld(const QString &origin);
    ImportVerdict rejectedVerdict(const QString &file, const QByteArray &zip, const Error &error,
                                  const VerifiedBundle *bundle);
    void sign(ImportVerdict &verdict);

    SyncNode &m_node;
    BundleLimits m_limits;
};

} // namespace dibao
