#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dibao {

class Session;

// A household whose periodic review (动态管理) falls due.
struct ReviewDueItem {
    QString householdId;
    QString divisionCode;
    QString villageName;
    QString applicantName;
    QString category;        // stable (常补, 12 months) | other (6 months): policy review_months
    QString enrolment;       // enrolled | gradual_exit
    QDate dueOn;             // the household's next review date
    QDate dueWithExtension;  // dueOn moved by an emergency extension (policy), else dueOn
    QString openCaseId;      // a review already open, if any
};

struct ChangeReportInput {
    QString householdId;
    QString memberId;        // the member concerned, if any
    QString kind;            // income | members | residence | assets | work | death | other
    QDate changedOn;         // when the change happened
    QDate reportedOn;        // default today
    QString source = QStringLiteral("household"); // household (reported) | discovered (by a check or verification)
    QString details;
};

struct ChangeReport {
    QString id;
    QString householdId;
    QString memberId;
    QString kind;
    QDate changedOn;
    QDate reportedOn;
    QString source;
    QString details;
    bool late = false;       // reported (or discovered) more than 3 months after it happened
    QString reviewCaseId;
    QString divisionCode;
    QString applicantName;
};

struct TransferInput {
    QString householdId;
    QString toDivision;      // the new township (9 digits)
    QString toVillage;
    QDate firstMonth;        // first month paid by the new township; default: after the last issued roll
    QString reason = QStringLiteral("move"); // move | relocation (易地搬迁)
    QDate decidedOn;         // default today
};

// Periodic review beyond the workflow's own steps: the due list by category, change reports (which open a review and
// are flagged when late), a member's death (processed within 3 months: a clock on the review), and transfers between
// townships that the payroll pays without a gap or a duplicate month.
class PeriodicReview {
public:
    explicit PeriodicReview(Session &session) : m_session(session) {}

    // Months an emergency extends the review periods (57号: extendable in a declared emergency). Policy kind
    // "review_extension" (key "default"); no row in force: 0.
    int extensionMonths(const QDate &on) const;

    // Households enrolled or in gradual exit whose review is due by `until` (after any extension), earliest first.
    // category: "stable", "other" or empty for both; divisionCode: a township or empty.
    Result<QList<ReviewDueItem>> dueList(const QDate &until, const QString &category = QString(),
                                         const QString &divisionCode = QString(), int limit = -1, int offset = 0);

    // Records a change and opens a periodic review of the household (or links the open one). Late: more than 3
    // months after the change (2022 notice 五(五)).
    Result<ChangeReport> reportChange(const ChangeReportInput &input);
    // A member's death: the member leaves the household, a review opens (or the open one is used) and its clock
    // death_processing falls due 3 months after the death (2022 notice 一(三)); deciding the review stops it.
    Result<ChangeReport> recordDeath(const QString &householdId, const QString &memberId, const QDate &diedOn,
                                     const QDate &reportedOn = QDate());
    // Change reports flagged late, newest first.
    Result<QList<ChangeReport>> lateChanges(const QString &divisionCode = QString(), int limit = -1);

    // Moves a household to another township from a month on (the confirming authority). The household keeps its id,
    // enrolment, amount and history, so the payroll pays it once a month: by the old township before firstMonth,
    // by the new one from it. Open cases move with it. Returns the transfer's id.
    Result<QString> transfer(const TransferInput &input);

private:
    Result<ChangeReport> record(const ChangeReportInput &input, bool death);
    Session &m_session;
};

} // namespace dibao
