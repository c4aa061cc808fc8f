#pragma once

// A county hub and township devices on real SQLite files in a temporary directory, joined and enrolled the way the
// CLI does it, for the in-process sync tests.
#include "store/HouseholdStore.h"
#include "support/TestSupport.h"
#include "sync/CanonicalJson.h"
#include "sync/SyncExporter.h"
#include "sync/SyncImporter.h"
#include "sync/SyncNode.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace dibao::test {

inline qint64 scalar(Session &s, const QString &sql)
{
    auto st = s.db().prepare(sql);
    if (!st || !st->step().value())
        return -1;
    return st->int64(0);
}

struct Hub {
    std::unique_ptr<TempDatabase> db;
    std::unique_ptr<SyncNode> node;

    Hub()
    {
        db = std::make_unique<TempDatabase>(QStringLiteral("530602"));
        reopenNode(true);
    }
    void reopenNode(bool create = false)
    {
        node.reset();
        auto n = SyncNode::hub(db->session(), db->path() + QStringLiteral(".hub-keys"), create);
        if (!n)
            throw std::runtime_error(n.error().message.toStdString());
        node = std::move(n).value();
    }
    Session &session() { return db->session(); }
    QByteArray card()
    {
        return CanonicalJson::serialize(node->hubCard(QStringLiteral("https://127.0.0.1:1"), QString()).value());
    }
    QList<ImportVerdict> import(const QList<ExportedBundle> &bundles)
    {
        QList<ImportVerdict> out;
        SyncImporter importer(*node);
        for (const ExportedBundle &b : bundles)
            out << importer.importBytes(b.zip, SyncExporter::fileName(b));
        return out;
    }
    QList<ExportedBundle> exportFor(const QString &deviceId)
    {
        auto bundles = SyncExporter(*node).forDevice(deviceId);
        if (!bundles)
            throw std::runtime_error(bundles.error().message.toStdString());
        return *bundles;
    }
};

struct Device {
    std::unique_ptr<TempDatabase> db;
    std::unique_ptr<SyncNode> node;

    explicit Device(const QString &township = QStringLiteral("530602101"))
    {
        db = std::make_unique<TempDatabase>(township);
        reopenNode();
    }
    void reopenNode()
    {
        node.reset();
        auto n = SyncNode::device(db->session(), QStringLiteral("secret1"));
        if (!n)
            throw std::runtime_error(n.error().message.toStdString());
        node = std::move(n).value();
    }
    Session &session() { return db->session(); }
    QString id() { return db->session().deviceId(); }
    void join(Hub &hub)
    {
        auto joined = node->join(hub.card());
        if (!joined)
            throw std::runtime_error(joined.error().message.toStdString());
        const QByteArray card = CanonicalJson::serialize(node->deviceKeys()->keyCard().value());
        auto enrolled = hub.node->enroll(card, QString());
        if (!enrolled)
            throw std::runtime_error(enrolled.error().message.toStdString());
    }
    QList<ExportedBundle> exportAll()
    {
        auto bundles = SyncExporter(*node).forHub();
        if (!bundles)
            throw std::runtime_error(bundles.error().message.toStdString());
        return *bundles;
    }
    QList<ImportVerdict> import(const QList<ExportedBundle> &bundles)
    {
        QList<ImportVerdict> out;
        SyncImporter importer(*node);
        for (const ExportedBundle &b : bundles)
            out << importer.importBytes(b.zip, SyncExporter::fileName(b));
        return out;
    }
    HouseholdFile addHousehold(int variant)
    {
        // sampleHousehold's ID numbers and member ids are good for a few hundred variants; beyond, fresh ids.
        HouseholdFile file = sampleHousehold(QDate(2026, 11, 1), variant % 300, session().divisionCode());
        if (variant >= 300) {
            for (Member &m : file.members)
                m.id.clear();
            for (IncomeItem &i : file.incomes)
                i.memberId.clear();
            file.household.registeredAddress += QStringLiteral("-%1").arg(variant);
        }
        HouseholdStore households(session());
        const Status st = households.create(file);
        if (!st)
            throw std::runtime_error(st.error().message.toStdString());
        return file;
    }
};

inline QString verdicts(const QList<ImportVerdict> &list)
{
    QStringList out;
    for (const ImportVerdict &v : list)
        out << v.verdict + (v.reason.isEmpty() ? QString() : QLatin1Char(':') + v.reason);
    return out.join(QLatin1Char(','));
}

} // namespace dibao::test
