#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

class Session;

// Letters, visits, complaints, reports, enquiries and suggestions (信访, 举报投诉, 咨询): the register. Every one is
// answered. Clocks in calendar days (信访工作条例): acknowledge within 15 (Art 23), conclude within 60, extendable once
// by 30 with reasons (Art 34); a re-examination (复查) and review (复核) go to the next-higher body (Arts 35-36).
namespace PetitionKind {
inline const QString Petition = QStringLiteral("petition");     // 信访 (a letter or visit)
inline const QString Complaint = QStringLiteral("complaint");   // 投诉
inline const QString Report = QStringLiteral("report");         // 举报
inline const QString Enquiry = QStringLiteral("enquiry");       // 咨询
inline const QString Suggestion = QStringLiteral("suggestion"); // 建议
const QStringList &all();
} // namespace PetitionKind

struct PetitionClocks {
    static constexpr int kAcknowledgeDays = 15;
    static constexpr int kConcludeDays = 60;
    static constexpr int kExtensionDays = 30;
    static constexpr int kForwardRequestDays = 30; // re-examination / review requested within 30 days
    static constexpr int kForwardAnswerDays = 30;  // and answered within 30 days by the higher body
};

struct PetitionInput {
    QString kind = PetitionKind::Complaint;
    QString channel;            // hotline | letter | visit | online
    bool realName = false;
    QString subjectKind;        // household | case | staff | office | none
    QString householdId;
    QString caseId;
    QString subjectDivision;    // staff / office: the township (9 digits) or the county (6) named
    QString staffName;          // staff: the person named
    QString summary;
    QDate receivedOn;           // default today
    // The reporter (real-name only). Kept apart, readable by county roles only.
    QString reporterName;
    QString reporterPhone;
    QString reporterAddress;
    QString reporterIdNumber;
};

struct Petition {
    QString id;
    QString divisionCode;       // audience: the township concerned, or the county
    QString kind;
    QString channel;
    bool realName = false;
    QString subjectKind;
    QString householdId;
    QString caseId;
    QString subjectDivision;
    QString staffName;
    QString summary;
    QDate receivedOn;
    QString receivedBy;
    QString receivedByName;
    QString ownerId;
    QString ownerName;
    QString ownerOffice;
    QDate acknowledgeDue;
    QDate acknowledgedOn;
    QDate concludeDue;
    QDate extendedOn;
    QString extensionReason;
    QString route;              // normal | administrative_review
    QDate concludedOn;
    QString concludedBy;
    QString decidedOffice;
    QString outcome;
    QString findings;
    bool verified = false;
    QString caseComplaintId;
    QString checkCaseId;
    QDate feedbackOn;
    QString feedbackNote;
    Fen rewardFen = -1;
    QDate rewardOn;
    QString rewardNote;

    bool concluded() const { return concludedOn.isValid(); }
    // The clock that matters on `today`: acknowledge (until acknowledged), then conclude; "" once concluded.
    QString runningClock() const;
    QDate runningDue() const;
    bool overdue(const QDate &today) const;
    // Calendar days left on the running clock (negative: overdue by that many days).
    int daysLeft(const QDate &today) const;
    bool feedbackDue() const { return concluded() && realName && !feedbackOn.isValid(); }
    // Never holds the reporter's identity.
    QJsonObject toJson(const QDate &today) const;
};

struct PetitionEvent {
    QString id;
    QString action;             // register | acknowledge | handover | extend | conclude | forward | forward_outcome
                                // | feedback | reward | check
    QDate onDate;
    QString byUser;
    QString byName;
    QString toUser;
    QString toName;
    QString note;
};

struct PetitionForward {
    QString id;
    QString petitionId;
    QString stage;              // reexamination (复查) | review (复核)
    QDate requestedOn;
    QDate forwardedOn;
    QString fromOffice;         // the office whose decision is re-examined
    QString toOffice;           // the next-higher body
    QString toBody;
    QDate answerDue;
    QString outcome;            // upheld | changed | revoked
    QDate outcomeOn;
    QString outcomeNote;
    QJsonObject toJson() const;
};

struct PetitionReporter {
    QString name;
    QString phone;
    QString address;
    QString idNumber;
};

struct PetitionConclusion {
    QString outcome;            // upheld | partly_upheld | not_upheld | answered | administrative_review
    QString findings;
    bool verified = false;      // the report was found true (a reward may follow)
    QDate on;                   // default today
};

struct PetitionForwardInput {
    QString stage;              // reexamination | review
    QDate requestedOn;          // when the reporter asked
    QDate forwardedOn;          // default today
    QString toOffice;           // default: the next-higher office of the deciding one
    QString toBody;             // its name
};

struct PetitionFilter {
    bool openOnly = false;
    bool overdueOnly = false;   // the running clock has passed
    QString ownerId;
    QDate today;                // default today
    int limit = -1;
};

class PetitionStore {
public:
    explicit PetitionStore(Session &session) : m_session(session) {}

    // Registers one; the receiver is the owner. A complaint about a case feeds the confirmation rule
    // (case_complaints: the authority's own home visit if the case awaits confirmation); about an enrolled household it
    // opens a check (a periodic review) where the receiver may open one; about a refused case it is pointed to
    // administrative review. One naming a township or its staff is registered at the county only.
    Result<QString> registerPetition(const PetitionInput &input);

    Result<Petition> get(const QString &id);
    Result<QList<Petition>> list(const PetitionFilter &filter = {});
    Result<QList<PetitionEvent>> events(const QString &id);
    Result<QList<PetitionForward>> forwards(const QString &id);
    // County roles only; every read is logged.
    Result<PetitionReporter> reporter(const QString &id);

    // The owner only (首问负责).
    Status acknowledge(const QString &id, const QDate &on = QDate(), const QString &note = QString());
    Status handOver(const QString &id, const QString &toUserName, const QString &reason, const QDate &on = QDate());
    Status extend(const QString &id, const QString &reason, const QDate &on = QDate());
    Status conclude(const QString &id, const PetitionConclusion &conclusion);
    Status feedback(const QString &id, const QString &note, const QDate &on = QDate());
    Status reward(const QString &id, Fen amount, const QString &note, const QDate &on = QDate());
    // Opens the check on an enrolled household (township roles: it is a periodic review).
    Result<QString> openCheck(const QString &id);

    // Re-examination / review: recorded as forwarded to the next-higher body; the office that decided never decides it.
    Result<QString> forward(const QString &id, const PetitionForwardInput &input);
    Status recordForwardOutcome(const QString &id, const QString &stage, const QString &outcome, const QString &note,
                                const QString &decidedByOffice = QString(), const QDate &on = QDate());

    // The next-higher body's division code: township → county, county → city, city → province.
    static QString higherOffice(const QString &divisionCode);

private:
    Result<Petition> load(const QString &id);
    Status requireOwner(const Petition &p);
    Status addEvent(const Petition &p, const QString &action, const QDate &on, const QString &note,
                    const QString &toUser = QString(), const QString &toName = QString());
    QString actorOffice() const;

    Session &m_session;
};

} // namespace dibao
