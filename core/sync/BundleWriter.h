#pragma once

#include "common/Result.h"
#include "sync/BundleManifest.h"
#include "sync/Crypto.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace dibao {

// What goes inside a bundle, in plaintext.
struct BundleContent {
    QList<QJsonObject> changes;     // canonical change lines (docs/bundle-format.md §8)
    QList<QJsonObject> acks;        // signed ack envelopes (§9); empty for device → hub
    QList<QByteArray> attachments;  // file contents; named att/<sha256 of content>.enc, duplicates written once
};

struct WrittenBundle {
    QByteArray zip;
    QByteArray manifestBytes;
    QString bundleId; // SHA-256 hex of manifestBytes; the next bundle's `prev`
};

// Cuts a bundle: encrypts every entry under a fresh key, seals the key to the recipient, signs the manifest and
// zips deterministically. The outbox stores the result and re-exports those bytes until acknowledged.
class BundleWriter {
public:
    // `header` carries origin, audience, bundleSeq, prev, changeFirst/changeLast, hlc, ackDown, auditHead, created
    // (and the versions); the writer fills entries, changeCount, sealed key and key ids. The finished manifest is
    // checked with the reader's own rules, so the writer cannot emit a bundle readers refuse.
    static Result<WrittenBundle> write(BundleManifest header, const BundleContent &content,
                                       const SigningKeyPair &sender, const QByteArray &recipientBoxPublicKey);
};

} // namespace dibao
