#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// A written agreement under which staff hold a household's bank card (57号 Art 26): who holds it, since when, why.
// The payroll marks the household's lines while an agreement runs.
struct CardCustodyAgreement {
    QString id;
    QString householdId;
    QString custodianName;
    QString custodianRole;   // e.g. village cadre, township staff
    QDate agreementOn;
    QString reason;
    QDate endedOn;           // null while it runs
};

class CardCustody {
public:
    explicit CardCustody(Session &session) : m_session(session) {}

    // Recorded by the township (intake) or the county reviewer. Fills in the id.
    Status record(CardCustodyAgreement &agreement);
    Status end(const QString &agreementId, const QDate &endedOn);
    Result<QList<CardCustodyAgreement>> forHousehold(const QString &householdId);

private:
    Status mayRecord() const;
    Session &m_session;
};

} // namespace dibao
