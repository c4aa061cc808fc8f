#pragma once

#include "sync/BundleReader.h"

#include <QJsonObject>
#include <QString>

namespace dibao {

// What `dibao-cli bundle-inspect FILE [--json]` shows: structure, signature, hashes, key ids — no decryption, so it
// works on a hub, a USB stick or a laptop that is not the recipient.
struct BundleInspection {
    // "ok": every check passed with a trusted key. "unverified": everything passed but the signing key is unknown to
    // the caller (hashes were compared with an unauthenticated manifest). "rejected": see error.
    // "upgrade_required": made by a newer dibao.
    QString verdict;
    Error error;        // set unless verdict is "ok" / "unverified"
    QJsonObject report; // docs/bundle-format.md §7 (fields: file, size, verdict, error, signature, bundle_id,
                        // manifest, manifest_authenticated, entries[])
};

class BundleInspector {
public:
    // `trusted` may be empty: then the best verdict is "unverified". Suggested CLI exit codes: ok 0, unverified 2,
    // anything else 1 (docs/cli.md owns the table).
    static BundleInspection inspectFile(const QString &path, const TrustedKeys &trusted = {},
                                        const BundleLimits &limits = {});
    static BundleInspection inspect(const QByteArray &zip, const TrustedKeys &trusted = {},
                                    const BundleLimits &limits = {});
};

} // namespace dibao
