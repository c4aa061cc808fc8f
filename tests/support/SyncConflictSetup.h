#pragma once

// A conflict waiting for a person, made the way it happens: the county edits a household's field at the hub, the
// township (not having seen it) edits the same field later; the township's value wins at both ends and the county's
// is kept in `conflicts` on both. Shared by the sync suite and the client's tests.
#include "sync/SyncHarness.h"

#include <QThread>

namespace dibao::test {

inline HouseholdFile makeHouseholdConflict(Hub &hub, Device &a, const QString &field, const QVariant &countyValue,
                                           const QVariant &townshipValue)
{
    a.join(hub);
    const HouseholdFile file = a.addHousehold(1);
    hub.import(a.exportAll());
    a.import(hub.exportFor(a.id()));
    Session &county = hub.session();
    EXPECT_TRUE(county.writer()
                    .update(county.writeContext(), QStringLiteral("households"), file.household.id,
                            Row{{field, countyValue}})
                    .ok());
    QThread::msleep(20);
    Session &township = a.session();
    EXPECT_TRUE(township.writer()
                    .update(township.writeContext(), QStringLiteral("households"), file.household.id,
                            Row{{field, townshipValue}})
                    .ok());
    EXPECT_EQ(verdicts(hub.import(a.exportAll())), QStringLiteral("applied"));
    a.import(hub.exportFor(a.id()));
    return file;
}

// The phone: county 0870-1111111, township (in force) 13900000000.
inline HouseholdFile makeConflict(Hub &hub, Device &a)
{
    return makeHouseholdConflict(hub, a, QStringLiteral("phone"), QStringLiteral("0870-1111111"),
                                 QStringLiteral("13900000000"));
}

inline QString householdText(Session &s, const QString &id, const QString &field)
{
    return (*s.writer().read(QStringLiteral("households"), id).value()).value(field).toString();
}

inline QString phone(Session &s, const QString &id)
{
    return householdText(s, id, QStringLiteral("phone"));
}

} // namespace dibao::test
