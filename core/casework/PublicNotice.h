#pragma once

#include "common/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

// One line of a notice, and everything it may carry (57号 Art 24): the applicant's name, the household size and the
// proposed amount; the ID number only masked, and only when the county's notice policy shows it. Never accounts,
// phones, illness or exact addresses: this struct has no field that could hold them.
struct NoticeLine {
    QString caseId;
    QString villageName;
    QString applicantName;
    int householdSize = 0;
    Fen amount = -1;        // proposed monthly amount, fen
    QString tier;
    QString maskedId;       // 530602********123X or empty
};

struct PublicNotice {
    QString id;
    QString divisionCode;
    QString villageName;
    QString kind = QStringLiteral("township"); // township | county (审批公示)
    QString place;          // where it is posted
    QDate postedOn;
    QDate endsOn;           // the notice clock's due date (7 calendar days, policy notice_days)
    bool showMaskedId = false;
    QStringList extraResults;
    QList<NoticeLine> lines;

    // Whether the county's notice policy (kind notice_content, key extra_results) lets the notice show the tier.
    bool showsTier() const { return extraResults.contains(QStringLiteral("tier")); }
    QJsonObject toJson() const;
};

// A township's proposal for one case posted on a notice. amount < 0: the case's proposal, else the eligibility
// amount (when the household is found eligible).
struct NoticeProposal {
    QString caseId;
    Fen amount = -1;
    QString tier;
};

struct NoticePosting {
    QString divisionCode;
    QString villageName;
    QString place;
    QDate postedOn;         // default today
    QList<NoticeProposal> cases;
};

// An objection to a case on a notice. The objector's identity is kept apart (ObjectorIdentity) and shown to county
// roles only.
struct ObjectionInput {
    QString caseId;
    QDate receivedOn;       // default today
    QString channel = QStringLiteral("in_person"); // in_person | letter | phone | online | other
    QString content;        // what is objected
    QString objectorName;   // empty: anonymous
    QString objectorPhone;
    QString objectorAddress;
    QString objectorNote;
};

struct Objection {
    QString id;
    QString caseId;
    QString noticeId;
    QDate receivedOn;
    QString channel;
    QString content;
    QString recordedBy;
};

struct ObjectorIdentity {
    QString objectionId;
    QString name;
    QString phone;
    QString address;
    QString note;
};

// 长期公示: one current recipient household.
struct StandingEntry {
    QString householdId;
    QString divisionCode;
    QString villageName;
    QString applicantName;
    int householdSize = 0;
    Fen amount = 0;
};

} // namespace dibao
