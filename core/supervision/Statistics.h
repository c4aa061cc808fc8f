#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// How a statistics table is cut: one row per township, village (within its township), area (urban | rural) or
// tier. Every cut adds up to the same total.
enum class StatisticsGrouping { Township, Village, Area, Tier };

QString toToken(StatisticsGrouping grouping);
std::optional<StatisticsGrouping> statisticsGroupingFromToken(const QString &token);

// The figures of one row for one month. "In force" means what the payroll pays: the latest decision effective by
// the month (a confirmed application, or a review's keep / raise / lower; stop pays nothing; a gradual exit pays
// until its months run out), else the roster amount of a migrated household enrolled since then.
struct StatisticsFigures {
    qint64 households = 0;        // households with an allowance in force in the month
    qint64 persons = 0;           // the persons those decisions cover (the case's household size; 1 for 单人保)
    Fen amount = 0;               // the monthly allowance in force, fen
    qint64 urbanHouseholds = 0;   // the same three split by area, for the monthly report's columns
    qint64 urbanPersons = 0;
    Fen urbanAmount = 0;
    qint64 ruralHouseholds = 0;
    qint64 ruralPersons = 0;
    Fen ruralAmount = 0;
    qint64 newHouseholds = 0;     // in force this month, not the month before
    qint64 exitedHouseholds = 0;  // in force the month before, not this month
    qint64 overdueWork = 0;       // clocks past due and not done at the month's end (today for the current month)
    qint64 complaints = 0;        // complaints received in the month (case complaints and the general register)
    qint64 findings = 0;          // verification findings recorded in the month (0 where the register is absent)

    void add(const StatisticsFigures &other);
    bool operator==(const StatisticsFigures &other) const = default;
};

struct StatisticsRow {
    QString key;          // township code; "township code|village name"; area token; tier token ("" = none)
    QString label;        // the name people read: 凤凰街道, 凤凰街道 新村, 城市, 农村, the tier or 未分档
    QString townshipCode; // for township and village rows
    StatisticsFigures figures;
};

struct StatisticsReport {
    QDate month;                      // first day of the month
    StatisticsGrouping grouping = StatisticsGrouping::Township;
    QDate asOf;                       // the day overdue work is counted at
    QList<StatisticsRow> rows;        // sorted by key
    StatisticsFigures total;
    bool complaintRegisterPresent = false; // the general complaints register (petitions) exists in this database
    bool findingsRegisterPresent = false;  // verification findings exist in this database's schema
};

// Statistics for supervision: set-based queries (one GROUP BY per source, over indexes), never a record at a time.
// Read-only; the signed-in user needs Action::ViewStatistics. A township database sees its township; a county
// database its county.
class Statistics {
public:
    explicit Statistics(Session &session) : m_session(session) {}

    Result<StatisticsReport> compute(const QDate &month, StatisticsGrouping grouping);

    // Totals of several months (for the trend chart), oldest first: one compute() per month.
    Result<QList<StatisticsReport>> months(const QDate &from, const QDate &to, StatisticsGrouping grouping);

    // The label of a tier token, an area token or a township code, as the tables show it.
    static QString areaLabel(const QString &area);
    static QString tierLabel(const QString &tier);

private:
    Session &m_session;
};

} // namespace dibao
