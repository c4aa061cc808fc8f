#pragma once

#include "common/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dibao {

// Participant categories of a 民主评议 (220号 Art 22). Stored tokens.
namespace MeetingCategory {
inline const QString VillageRepresentative = QStringLiteral("village_representative"); // 村民代表
inline const QString PartyVeteran = QStringLiteral("party_veteran");                   // 老党员
inline const QString NpcDeputy = QStringLiteral("npc_deputy");                         // 人大代表
inline const QString CppccMember = QStringLiteral("cppcc_member");                     // 政协委员
inline const QString VillageCommittee = QStringLiteral("village_committee");           // 村两委
const QStringList &all();
QString displayName(const QString &category); // translated
} // namespace MeetingCategory

// What a participant or the meeting says about a case's investigation: an opinion on the facts, never a vote on
// eligibility. incomplete and disputed both send the case back to investigation.
namespace AppraisalView {
inline const QString TrueComplete = QStringLiteral("true_complete");
inline const QString Incomplete = QStringLiteral("incomplete");
inline const QString Disputed = QStringLiteral("disputed");
const QStringList &all();
} // namespace AppraisalView

struct MeetingParticipant {
    QString name;
    QString category;       // MeetingCategory token
    bool present = true;
};

struct TownshipStaffMember {
    QString name;
    QString userId;         // empty when the staff member has no account on this device
};

struct AppraisalOpinion {
    QString speaker;        // a participant's name
    QString category;
    QString view;           // AppraisalView token
    QString note;
};

// One case on the agenda and what the meeting concluded about it.
struct AppraisalAgendaItem {
    QString id;
    QString caseId;
    QList<AppraisalOpinion> opinions;
    QString conclusion;     // AppraisalView token, drawn by the township staff
    QString conclusionNote;
    QString concludedBy;    // one of the township staff present
    // Filled when read, for printing:
    QString applicantName;
    int householdSize = 0;
    QString villageName;
};

struct AppraisalMeeting {
    QString id;
    QString divisionCode;   // the township
    QString villageName;
    QDate meetingDate;
    QString place;
    QString chair;
    QString recorder;
    QList<TownshipStaffMember> townshipStaff;
    QList<MeetingParticipant> participants;
    QString minutes;
    QStringList attachments; // SHA-256 of attachment files (photos of the signed sheet)
    QList<AppraisalAgendaItem> items;
    QString correctsMeetingId; // a correction names the meeting it corrects
    QString correctionReason;
    // Filled when read:
    QString recordedBy;
    QString correctedByMeetingId; // the newer record correcting this one, if any

    int presentCount() const;
    int presentInCategory(const QString &category) const;
    // Stable tokens, for the printing screens and --json.
    QJsonObject toJson() const;
};

// The composition and quorum rules checked before a meeting's conclusions are accepted: policy kind
// "appraisal_meeting" (AppraisalMeetingStore::rules()); these defaults apply to keys with no row in force.
struct MeetingRules {
    int minTownshipStaff = 1;            // township staff attend and draw the conclusion
    int minPresent = 1;                  // participants present
    qint64 representativesNum = 2;       // village representatives >= num/den of the participants present
    qint64 representativesDen = 3;
    qint64 attendanceNum = 2;            // participants present >= num/den of those listed
    qint64 attendanceDen = 3;
};

// The agenda of a meeting to come: the cases of the township in state appraisal, and the sheet to sign.
struct AppraisalAgenda {
    QString divisionCode;
    QString villageName;
    struct Case {
        QString caseId;
        QString applicantName;
        int householdSize = 0;
        QString villageName;
        QDate acceptedOn;
    };
    QList<Case> cases;
    QJsonObject toJson() const;
};

} // namespace dibao
