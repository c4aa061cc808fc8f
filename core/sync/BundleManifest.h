#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dibao {

// One entry of the manifest's `entries`: size and SHA-256 of the stored (encrypted) bytes.
struct BundleEntryRef {
    QString name;
    qint64 size = 0;
    QString sha256;

    friend bool operator==(const BundleEntryRef &, const BundleEntryRef &) = default;
};

// manifest.json of docs/bundle-format.md §3, as a value. toJson()/fromJson() are the only places that know the field
// names, so the format and its validation cannot drift apart.
struct BundleManifest {
    static constexpr int kFormatVersion = 1;
    // 2: the payroll_roll_parts entity (an issued roll's lines in parts, docs/bundle-format.md §8.2). A reader of 1
    // would skip the parts as an unknown entity and lose the lines, so it says "upgrade required" instead.
    static constexpr int kSchemaVersion = 2;
    static inline const QString kFormat = QStringLiteral("dibao-bundle");
    static inline const QString kManifestName = QStringLiteral("manifest.json");
    static inline const QString kSignatureName = QStringLiteral("bundle.sig");
    static inline const QString kChangesName = QStringLiteral("changes.ndjson.enc");
    static inline const QString kAcksName = QStringLiteral("acks.ndjson.enc");

    int formatVersion = kFormatVersion;
    int schemaVersion = kSchemaVersion;
    QString origin;
    QString audience;
    qint64 bundleSeq = 0;
    QString prev;
    qint64 changeCount = 0;
    qint64 changeFirst = 0;
    qint64 changeLast = 0;
    QList<BundleEntryRef> entries; // sorted by name
    QString hlc;
    qint64 ackDown = 0;
    QString auditHead;
    QString recipientKeyId;
    QByteArray sealedKey; // raw crypto_box_seal output (base64 in JSON)
    QString keyId;        // signer's Ed25519 key id
    QString created;      // YYYY-MM-DDTHH:MM:SSZ

    QJsonObject toJson() const;

    // Tokens: upgrade_required (format_version or schema_version newer than the reader's), manifest_invalid,
    // manifest_entry_name.
    static Result<BundleManifest> fromJson(const QJsonObject &json, int maxFormatVersion = kFormatVersion,
                                           int maxSchemaVersion = kSchemaVersion);

    const BundleEntryRef *entry(const QString &name) const;

    // "att/<64 hex>.enc" for a plaintext hash.
    static QString attachmentEntryName(const QString &plaintextSha256);
    // True for a v1 entry name that may appear in `entries`.
    static bool isV1EntryName(const QString &name);
    // The generic safe-name pattern every format version keeps (docs/bundle-format.md §1.2 step 6).
    static bool isGenericEntryName(const QString &name);
    static bool isStreamId(const QString &id);
    static bool isHlc(const QString &hlc);
    static bool isSha256Hex(const QString &hex);
    static bool isKeyId(const QString &id);
};

} // namespace dibao
