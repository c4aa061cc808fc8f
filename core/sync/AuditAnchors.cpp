#include "sync/AuditAnchors.h"

#include "db/Database.h"
#include "store/Session.h"
#include "sync/AckSigner.h"
#include "sync/CanonicalJson.h"
#include "sync/Crypto.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dibao {

namespace {
QString trAnchors(const char *text)
{
    return QCoreApplication::translate("dibao::AuditAnchors", text);
}
} // namespace

Result<AuditAnchors::Report> AuditAnchors::check(Session &session)
{
    Database &db = session.db();
    // The hub keys this device pinned (a hub's own bundles are anchored at its devices).
    QList<QByteArray> hubKeys;
    {
        auto st = db.prepare("SELECT k.public_key FROM peer_keys k JOIN sync_peers p ON p.peer_id = k.peer_id "
                             "WHERE p.role = 'hub' AND k.kind = 'sign'");
        if (!st)
            return st.error();
        DIBAO_TRY(st->forEachRow([&] { hubKeys << st->blob(0); }));
    }
    const TrustedKeys trusted = [hubKeys](const QString &keyId) -> std::optional<QByteArray> {
        for (const QByteArray &k : hubKeys)
            if (Crypto::keyId(k) == keyId)
                return k;
        return std::nullopt;
    };
    Report report;
    auto st = db.prepare("SELECT bundle_seq, bundle_id, manifest, audit_seq, ack, acked_at FROM sync_out "
                         "WHERE ack IS NOT NULL ORDER BY peer_id, bundle_seq");
    if (!st)
        return st.error();
    auto entry = db.prepare("SELECT hash FROM audit WHERE seq = ?");
    if (!entry)
        return entry.error();
    QList<AuditLog::Problem> problems;
    Status failure;
    DIBAO_TRY(st->forEachRow([&] {
        ++report.checked;
        const qint64 bundleSeq = st->int64(0);
        const QByteArray manifest = st->blob(2);
        const qint64 auditSeq = st->int64(3);
        AuditLog::Problem p;
        p.seq = auditSeq;
        p.entity = QStringLiteral("sync_out");
        p.entityId = QString::number(bundleSeq);
        auto envelope = CanonicalJson::parse(st->text(4).toUtf8(), 1 << 20);
        auto ack = envelope ? AckSigner::verify(*envelope, trusted) : Result<QJsonObject>(envelope.error());
        if (!ack || ack->value(QStringLiteral("bundle_id")).toString() != Crypto::sha256Hex(manifest)) {
            p.kind = QStringLiteral("anchor_invalid");
            p.detail = trAnchors("The hub's acknowledgement of bundle %1 does not verify or does not match its manifest.")
                           .arg(bundleSeq);
            problems << p;
            return;
        }
        auto parsed = CanonicalJson::parse(manifest, 1 << 20);
        const QString head = parsed ? parsed->value(QStringLiteral("audit_head")).toString() : QString();
        entry->bind(1, auditSeq);
        auto r = entry->step();
        const QString actual = (r.ok() && *r) ? entry->text(0) : QString();
        entry->reset();
        const bool genesis = auditSeq == 0 && head == QLatin1String(AuditLog::kGenesis);
        if (!genesis && actual != head) {
            p.kind = QStringLiteral("anchor_mismatch");
            p.detail = trAnchors("Audit entry %1 no longer has the hash the hub acknowledged with bundle %2 on %3: the "
                                 "trail was rewritten.")
                           .arg(auditSeq)
                           .arg(bundleSeq)
                           .arg(st->text(5));
            problems << p;
        }
    }));
    report.problems = problems;
    return report;
}

} // namespace dibao
