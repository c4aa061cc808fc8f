#include "casework/AppraisalMeeting.h"

#include "common/ChinaDate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dibao {

const QStringList &MeetingCategory::all()
{
    static const QStringList tokens{VillageRepresentative, PartyVeteran, NpcDeputy, CppccMember, VillageCommittee};
    return tokens;
}

QString MeetingCategory::displayName(const QString &category)
{
    static const char *const kContext = "dibao::MeetingCategory";
    if (category == VillageRepresentative)
        return QCoreApplication::translate(kContext, "Village representative");
    if (category == PartyVeteran)
        return QCoreApplication::translate(kContext, "Veteran Party member");
    if (category == NpcDeputy)
        return QCoreApplication::translate(kContext, "People's Congress deputy");
    if (category == CppccMember)
        return QCoreApplication::translate(kContext, "CPPCC member");
    if (category == VillageCommittee)
        return QCoreApplication::translate(kContext, "Village committee member");
    return category;
}

const QStringList &AppraisalView::all()
{
    static const QStringList tokens{TrueComplete, Incomplete, Disputed};
    return tokens;
}

int AppraisalMeeting::presentCount() const
{
    int n = 0;
    for (const MeetingParticipant &p : participants)
        n += p.present ? 1 : 0;
    return n;
}

int AppraisalMeeting::presentInCategory(const QString &category) const
{
    int n = 0;
    for (const MeetingParticipant &p : participants)
        n += (p.present && p.category == category) ? 1 : 0;
    return n;
}

QJsonObject AppraisalMeeting::toJson() const
{
    QJsonArray staff;
    for (const TownshipStaffMember &s : townshipStaff)
        staff.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("user_id"), s.userId}});
    QJsonArray people;
    for (const MeetingParticipant &p : participants)
        people.append(QJsonObject{{QStringLiteral("name"), p.name},
                                  {QStringLiteral("category"), p.category},
                                  {QStringLiteral("present"), p.present}});
    QJsonArray agenda;
    for (const AppraisalAgendaItem &i : items) {
        QJsonArray opinions;
        for (const AppraisalOpinion &o : i.opinions)
            opinions.append(QJsonObject{{QStringLiteral("speaker"), o.speaker},
                                        {QStringLiteral("category"), o.category},
                                        {QStringLiteral("view"), o.view},
                                        {QStringLiteral("note"), o.note}});
        agenda.append(QJsonObject{{QStringLiteral("id"), i.id},
                                  {QStringLiteral("case"), i.caseId},
                                  {QStringLiteral("applicant"), i.applicantName},
                                  {QStringLiteral("household_size"), i.householdSize},
                                  {QStringLiteral("village"), i.villageName},
                                  {QStringLiteral("opinions"), opinions},
                                  {QStringLiteral("conclusion"), i.conclusion},
                                  {QStringLiteral("conclusion_note"), i.conclusionNote},
                                  {QStringLiteral("concluded_by"), i.concludedBy}});
    }
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("division_code"), divisionCode},
                  {QStringLiteral("village"), villageName},
                  {QStringLiteral("date"), isoDate(meetingDate)},
                  {QStringLiteral("place"), place},
                  {QStringLiteral("chair"), chair},
                  {QStringLiteral("recorder"), recorder},
                  {QStringLiteral("township_staff"), staff},
                  {QStringLiteral("participants"), people},
                  {QStringLiteral("present"), presentCount()},
                  {QStringLiteral("minutes"), minutes},
                  {QStringLiteral("attachments"), QJsonArray::fromStringList(attachments)},
                  {QStringLiteral("items"), agenda}};
    if (!correctsMeetingId.isEmpty()) {
        o.insert(QStringLiteral("corrects"), correctsMeetingId);
        o.insert(QStringLiteral("correction_reason"), correctionReason);
    }
    if (!correctedByMeetingId.isEmpty())
        o.insert(QStringLiteral("corrected_by"), correctedByMeetingId);
    return o;
}

QJsonObject AppraisalAgenda::toJson() const
{
    QJsonArray list;
    for (const Case &c : cases)
        list.append(QJsonObject{{QStringLiteral("case"), c.caseId},
                                {QStringLiteral("applicant"), c.applicantName},
                                {QStringLiteral("household_size"), c.householdSize},
                                {QStringLiteral("village"), c.villageName},
                                {QStringLiteral("accepted_on"), isoDate(c.acceptedOn)}});
    return QJsonObject{{QStringLiteral("division_code"), divisionCode},
                       {QStringLiteral("village"), villageName},
                       {QStringLiteral("cases"), list}};
}

} // namespace dibao
