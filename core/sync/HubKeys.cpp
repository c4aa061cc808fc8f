#include "sync/HubKeys.h"

#include "sync/CanonicalJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dibao {

namespace {

QString trHubKeys(const char *text)
{
    return QCoreApplication::translate("dibao::HubKeys", text);
}

Error invalidFile(const QString &path)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("hub_keys_invalid"),
                     trHubKeys("%1 is not a dibao hub key file.").arg(path));
}

std::optional<QByteArray> decode(const QJsonValue &v, int size)
{
    const QByteArray text = v.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QString HubKeys::locate(const QString &databasePath)
{
    if (qEnvironmentVariableIsSet("DIBAO_HUB_KEYS"))
        return qEnvironmentVariable("DIBAO_HUB_KEYS");
    if (qEnvironmentVariableIsSet("CREDENTIALS_DIRECTORY")) {
        const QString credential = qEnvironmentVariable("CREDENTIALS_DIRECTORY") + QStringLiteral("/hub-keys");
        if (QFileInfo::exists(credential))
            return credential;
    }
    return databasePath + QStringLiteral(".hub-keys");
}

const BoxKeyPair *HubKeys::boxById(const QString &keyId) const
{
    for (const BoxKeyPair &k : m_box)
        if (Crypto::keyId(k.publicKey) == keyId)
            return &k;
    return nullptr;
}

QList<QByteArray> HubKeys::signingPublicKeys() const
{
    QList<QByteArray> out;
    for (const SigningKeyPair &k : m_signing)
        out << k.publicKey;
    return out;
}

Result<HubKeys> HubKeys::load(const QString &path)
{
    struct stat info {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0)
        return makeError(ErrorKind::NotFound, QStringLiteral("hub_keys_missing"),
                         trHubKeys("The hub key file %1 does not exist (dibao-cli --db HUB hub-card creates it).")
                             .arg(path));
    // A systemd credential directory is already private to the service; elsewhere insist on 0600 like ssh does.
    if ((info.st_mode & 077) != 0)
        return makeError(ErrorKind::Permission, QStringLiteral("hub_keys_exposed"),
                         trHubKeys("The hub key file %1 may be read by other users: chmod 600 it.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("hub_keys_unreadable"),
                         trHubKeys("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.read(64 * 1024);
    auto json = CanonicalJson::parse(bytes, 64 * 1024);
    Crypto::secureZero(bytes);
    if (!json || json->value(QStringLiteral("format")).toString() != QLatin1String("dibao-hub-keys"))
        return invalidFile(path);
    HubKeys keys;
    keys.m_path = path;
    keys.m_hubId = json->value(QStringLiteral("hub_id")).toString();
    for (const QJsonValue &v : json->value(QStringLiteral("sign")).toArray()) {
        auto secret = decode(v.toObject().value(QStringLiteral("secret")), Crypto::kSeedBytes);
        if (!secret)
            return invalidFile(path);
        SigningKeyPair pair = Crypto::signingKeyPairFromSeed(*secret);
        Crypto::secureZero(*secret);
        keys.m_signing.push_back(std::move(pair));
    }
    for (const QJsonValue &v : json->value(QStringLiteral("box")).toArray()) {
        auto secret = decode(v.toObject().value(QStringLiteral("secret")), Crypto::kSeedBytes);
        if (!secret)
            return invalidFile(path);
        BoxKeyPair pair = Crypto::boxKeyPairFromSeed(*secret);
        Crypto::secureZero(*secret);
        keys.m_box.push_back(std::move(pair));
    }
    if (keys.m_signing.empty() || keys.m_box.empty() || keys.m_hubId.isEmpty())
        return invalidFile(path);
    return keys;
}

Result<HubKeys> HubKeys::loadOrCreate(const QString &path, const QString &hubId)
{
    if (!QFileInfo::exists(path)) {
        // Seeds, not expanded keys: the file stays small and the public keys are derived on load.
        QByteArray signSeed = Crypto::randomBytes(Crypto::kSeedBytes);
        QByteArray boxSeed = Crypto::randomBytes(Crypto::kSeedBytes);
        const QJsonObject json{
            {QStringLiteral("format"), QStringLiteral("dibao-hub-keys")},
            {QStringLiteral("hub_id"), hubId},
            {QStringLiteral("sign"), QJsonArray{QJsonObject{{QStringLiteral("secret"), QString::fromLatin1(signSeed.toBase64())}}}},
            {QStringLiteral("box"), QJsonArray{QJsonObject{{QStringLiteral("secret"), QString::fromLatin1(boxSeed.toBase64())}}}}};
        QByteArray bytes = CanonicalJson::serialize(json);
        Crypto::secureZero(signSeed);
        Crypto::secureZero(boxSeed);
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return makeError(ErrorKind::Io, QStringLiteral("hub_keys_unwritable"),
                             trHubKeys("Cannot create the hub key file %1.").arg(path));
        const bool written = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fsync(fd) == 0;
        ::close(fd);
        Crypto::secureZero(bytes);
        if (!written)
            return makeError(ErrorKind::Io, QStringLiteral("hub_keys_unwritable"),
                             trHubKeys("Cannot write the hub key file %1.").arg(path));
    }
    return load(path);
}

} // namespace dibao
