#include "sync/BundleInspector.h"

#include <QFileInfo>
#include <QJsonArray>

namespace dibao {

namespace {

BundleInspection finish(BundleInspection in, const QString &verdict, const Error *error = nullptr)
{
    in.verdict = verdict;
    in.report.insert(QStringLiteral("verdict"), verdict);
    if (error) {
        in.error = *error;
        in.report.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error->code},
                                                              {QStringLiteral("message"), error->message}});
    }
    return in;
}

BundleInspection refuse(BundleInspection in, const Error &error)
{
    return finish(std::move(in), error.code == QStringLiteral("upgrade_required") ? QStringLiteral("upgrade_required")
                                                                                 : QStringLiteral("rejected"),
                  &error);
}

} // namespace

BundleInspection BundleInspector::inspectFile(const QString &path, const TrustedKeys &trusted,
                                              const BundleLimits &limits)
{
    auto bytes = BundleReader::readFile(path, limits);
    if (!bytes.ok()) {
        BundleInspection in;
        in.report.insert(QStringLiteral("file"), path);
        in.report.insert(QStringLiteral("size"), QFileInfo(path).size());
        return refuse(std::move(in), bytes.error());
    }
    BundleInspection in = inspect(*bytes, trusted, limits);
    in.report.insert(QStringLiteral("file"), path);
    return in;
}

BundleInspection BundleInspector::inspect(const QByteArray &zipBytes, const TrustedKeys &trusted,
                                          const BundleLimits &limits)
{
    BundleInspection in;
    in.report.insert(QStringLiteral("size"), zipBytes.size());
    in.report.insert(QStringLiteral("sha256"), Crypto::sha256Hex(zipBytes));

    auto zip = BundleReader::openZip(zipBytes, limits);
    if (!zip.ok())
        return refuse(std::move(in), zip.error());

    QJsonObject signatureReport;
    auto signature = BundleReader::readSignature(*zip);
    auto manifestBytes = BundleReader::readManifestBytes(*zip, limits);
    if (!signature.ok()) {
        signatureReport.insert(QStringLiteral("status"), signature.error().code == QStringLiteral("signature_missing")
                                                             ? QStringLiteral("missing")
                                                             : QStringLiteral("malformed"));
        in.report.insert(QStringLiteral("signature"), signatureReport);
        return refuse(std::move(in), signature.error());
    }
    signatureReport.insert(QStringLiteral("key_id"), signature->keyId);
    if (!manifestBytes.ok()) {
        in.report.insert(QStringLiteral("signature"), signatureReport);
        return refuse(std::move(in), manifestBytes.error());
    }
    in.report.insert(QStringLiteral("bundle_id"), Crypto::sha256Hex(*manifestBytes));

    const Status verified = signature->verify(*manifestBytes, trusted);
    const bool unknownKey = !verified.ok() && verified.error().code == QStringLiteral("signature_unknown_key");
    signatureReport.insert(QStringLiteral("status"), verified.ok() ? QStringLiteral("valid")
                                                     : unknownKey  ? QStringLiteral("unknown_key")
                                                                   : QStringLiteral("invalid"));
    in.report.insert(QStringLiteral("signature"), signatureReport);
    in.report.insert(QStringLiteral("manifest_authenticated"), verified.ok());

    // An unknown key still lets us show and hash-check the manifest; a failed signature is a refusal, but the
    // (unauthenticated) manifest is still shown when it parses, because a person investigating wants to see it.
    QJsonObject manifestJson;
    auto manifest = BundleReader::parseManifest(*manifestBytes, limits, &manifestJson);
    if (!manifestJson.isEmpty())
        in.report.insert(QStringLiteral("manifest"), manifestJson);
    if (!verified.ok() && !unknownKey)
        return refuse(std::move(in), verified.error());
    if (!manifest.ok())
        return refuse(std::move(in), manifest.error());

    QJsonArray entries;
    std::optional<Error> entryError;
    for (const BundleEntryRef &ref : manifest->entries) {
        QJsonObject e{{QStringLiteral("name"), ref.name},
                      {QStringLiteral("size"), ref.size},
                      {QStringLiteral("sha256"), ref.sha256}};
        const ZipEntryInfo *info = zip->find(ref.name);
        QString status = QStringLiteral("ok");
        if (!info) {
            status = QStringLiteral("missing");
        } else {
            auto bytes = zip->read(ref.name, ref.size);
            if (!bytes.ok() || Crypto::sha256Hex(*bytes) != ref.sha256)
                status = QStringLiteral("mismatch");
        }
        e.insert(QStringLiteral("status"), status);
        entries.append(e);
    }
    for (const ZipEntryInfo &info : zip->entries()) {
        if (info.name != BundleManifest::kManifestName && info.name != BundleManifest::kSignatureName
            && !manifest->entry(info.name)) {
            entries.append(QJsonObject{{QStringLiteral("name"), info.name},
                                       {QStringLiteral("size"), info.uncompressedSize},
                                       {QStringLiteral("status"), QStringLiteral("unlisted")}});
        }
    }
    in.report.insert(QStringLiteral("entries"), entries);

    // The verdict comes from the reader's own check, so inspect and import can never disagree.
    if (manifest->keyId != signature->keyId) {
        const Error e = makeError(ErrorKind::Invalid, QStringLiteral("signature_key_mismatch"),
                                  QStringLiteral("The manifest names another signing key than the signature."));
        return refuse(std::move(in), e);
    }
    auto checked = BundleReader::checkEntries(*zip, *manifest);
    if (!checked.ok())
        return refuse(std::move(in), checked.error());
    if (unknownKey)
        return finish(std::move(in), QStringLiteral("unverified"), &verified.error());
    return finish(std::move(in), QStringLiteral("ok"));
}

} // namespace dibao
