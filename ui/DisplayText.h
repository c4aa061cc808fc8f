#pragma once

#include "common/Money.h"
#include "domain/Household.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace dibao {

class WorkingCalendar;

// The words the client shows for the core's stable tokens (transitions, clocks, kinds, statuses), translated.
// One place, so one idea has one word on every screen (DOMAIN.md glossary).
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(dibao::DisplayText)

public:
    static QString transition(const QString &token);
    static QString transitionHint(const QString &token);
    static QString clock(const QString &token);
    static QString choice(const QString &token);
    static QString ground(const QString &token);
    static QString documentKind(const QString &token);
    static QString documentStatus(const QString &token);
    static QString channel(const QString &token);
    static QString incomeKind(const QString &token);
    static QString assetKind(const QString &token);
    static QString vehicleKind(const QString &token);
    static QString visitKind(const QString &token);
    static QString investigatorRole(const QString &token);
    static QString eventAction(const QString &token);

    static QString area(Area value);
    static QString sex(Sex value);
    static QString health(Health value);
    static QString workAbility(WorkAbility value);
    static QString relation(Relation value);
    static QString studentLevel(StudentLevel value);
    static QString notCounted(NotCountedReason value);
    static QString enrolment(EnrolmentStatus value);
    static QString yesNo(bool value);

    // Token lists in the order forms offer them.
    static QStringList documentKinds();
    static QStringList documentStatuses();
    static QStringList incomeKinds();
    static QStringList assetKinds();
    static QStringList vehicleKinds();

    // "1234.50" yuan with two decimals; "—" for a missing amount (negative fen).
    static QString yuan(Fen fen);
    // "2026-11-29"
    static QString date(const QDate &date);
    // "剩余 2 个工作日" / "今天到期" / "逾期 3 个工作日" (calendar days for the notice clocks, which count them).
    static QString deadline(const QDate &due, const QString &clock, const QDate &today, const WorkingCalendar &calendar);
    // Whether the clock counts calendar days rather than working days.
    static bool countsCalendarDays(const QString &clock);
};

} // namespace dibao
