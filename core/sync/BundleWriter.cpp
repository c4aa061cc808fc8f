#include "sync/BundleWriter.h"

#include "sync/BundleSignature.h"
#include "sync/CanonicalJson.h"
#include "sync/ZipWriter.h"

#include <QCoreApplication>
#include <QMap>

namespace dibao {

namespace {
constexpr qsizetype kMaxLineBytes = 1 << 20;
constexpr qsizetype kMaxManifestBytes = 1 << 20;
} // namespace

Result<WrittenBundle> BundleWriter::write(BundleManifest header, const BundleContent &content,
                                          const SigningKeyPair &sender, const QByteArray &recipientBoxPublicKey)
{
    if (recipientBoxPublicKey.size() != Crypto::kBoxPublicKeyBytes
        || sender.publicKey.size() != Crypto::kSignPublicKeyBytes) {
        return makeError(ErrorKind::Invalid, QStringLiteral("bundle_key_invalid"),
                         QCoreApplication::translate("dibao::BundleWriter", "A key for the bundle is malformed."));
    }

    QByteArray changes;
    for (const QJsonObject &line : content.changes) {
        auto bytes = CanonicalJson::serializeChecked(line, kMaxLineBytes);
        if (!bytes.ok())
            return bytes.error();
        changes += *bytes + '\n';
    }
    QByteArray acks;
    for (const QJsonObject &line : content.acks) {
        auto bytes = CanonicalJson::serializeChecked(line, kMaxLineBytes);
        if (!bytes.ok())
            return bytes.error();
        acks += *bytes + '\n';
    }

    // Sorted by entry name (QMap), which is also the manifest's order and the zip's order after the two headers.
    QMap<QString, QByteArray> plaintexts;
    plaintexts.insert(BundleManifest::kChangesName, changes);
    if (!content.acks.isEmpty())
        plaintexts.insert(BundleManifest::kAcksName, acks);
    for (const QByteArray &attachment : content.attachments)
        plaintexts.insert(BundleManifest::attachmentEntryName(Crypto::sha256Hex(attachment)), attachment);

    const SecretBytes bundleKey = Crypto::randomSecret(Crypto::kAeadKeyBytes);
    QMap<QString, QByteArray> stored;
    header.entries.clear();
    for (auto it = plaintexts.cbegin(); it != plaintexts.cend(); ++it) {
        QByteArray cipher = Crypto::aeadEncrypt(it.value(), it.key().toUtf8(), bundleKey);
        header.entries.append(BundleEntryRef{it.key(), cipher.size(), Crypto::sha256Hex(cipher)});
        stored.insert(it.key(), std::move(cipher));
    }
    Crypto::secureZero(changes);
    Crypto::secureZero(acks);

    header.changeCount = content.changes.size();
    if (header.changeCount == 0)
        header.changeFirst = header.changeLast = 0;
    header.recipientKeyId = Crypto::keyId(recipientBoxPublicKey);
    header.sealedKey = Crypto::seal(bundleKey.view(), recipientBoxPublicKey);
    header.keyId = Crypto::keyId(sender.publicKey);

    auto manifestBytes = CanonicalJson::serializeChecked(header.toJson(), kMaxManifestBytes);
    if (!manifestBytes.ok())
        return manifestBytes.error();
    auto selfCheck = BundleManifest::fromJson(header.toJson(), header.formatVersion, header.schemaVersion);
    if (!selfCheck.ok())
        return selfCheck.error();

    ZipWriter zip;
    zip.addFile(BundleManifest::kManifestName, *manifestBytes);
    zip.addFile(BundleManifest::kSignatureName, BundleSignature::sign(*manifestBytes, sender).toBytes());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        zip.addFile(it.key(), it.value());

    WrittenBundle out;
    out.zip = zip.finish();
    out.manifestBytes = *manifestBytes;
    out.bundleId = Crypto::sha256Hex(out.manifestBytes);
    return out;
}

} // namespace dibao
