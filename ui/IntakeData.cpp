#include "IntakeData.h"

#include "common/ChinaDate.h"
#include "domain/Tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dibao {

namespace {
template <typename E>
E tokenOr(const QJsonValue &v, E fallback)
{
    return fromToken<E>(v.toString()).value_or(fallback);
}

qint64 fen(const QJsonValue &v)
{
    return qint64(v.toDouble());
}
} // namespace

QByteArray IntakeData::toJson() const
{
    const Household &h = file.household;
    QJsonObject household{{QStringLiteral("division_code"), h.divisionCode},
                          {QStringLiteral("village_name"), h.villageName},
                          {QStringLiteral("area"), toToken(h.area)},
                          {QStringLiteral("registered_address"), h.registeredAddress},
                          {QStringLiteral("actual_address"), h.actualAddress},
                          {QStringLiteral("separated_residence"), h.separatedResidence},
                          {QStringLiteral("bank_name"), h.bankName},
                          {QStringLiteral("bank_account"), h.bankAccount},
                          {QStringLiteral("phone"), h.phone},
                          {QStringLiteral("stable_category"), h.stableCategory}};
    QJsonArray members;
    for (const Member &m : file.members)
        members.append(QJsonObject{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("id_number"), m.idNumber},
                                   {QStringLiteral("relation"), toToken(m.relation)},
                                   {QStringLiteral("health"), toToken(m.health)},
                                   {QStringLiteral("disability_category"), m.disabilityCategory},
                                   {QStringLiteral("disability_grade"), m.disabilityGrade},
                                   {QStringLiteral("serious_illness"), m.seriousIllness},
                                   {QStringLiteral("work_ability"), toToken(m.workAbility)},
                                   {QStringLiteral("occupation"), m.occupation},
                                   {QStringLiteral("student_level"), toToken(m.studentLevel)},
                                   {QStringLiteral("full_time_student"), m.fullTimeStudent},
                                   {QStringLiteral("not_counted"), toToken(m.notCounted)}});
    QJsonArray incomes;
    for (const IncomeItem &i : file.incomes)
        incomes.append(QJsonObject{{QStringLiteral("member_id"), i.memberId},
                                   {QStringLiteral("kind"), i.kind},
                                   {QStringLiteral("amount"), double(i.amount)},
                                   {QStringLiteral("from"), isoMonth(i.fromMonth)},
                                   {QStringLiteral("to"), isoMonth(i.toMonth)},
                                   {QStringLiteral("work_costs"), double(i.workCosts)},
                                   {QStringLiteral("taxes"), double(i.taxes)},
                                   {QStringLiteral("social_insurance"), double(i.socialInsurance)},
                                   {QStringLiteral("support_paid"), double(i.supportPaid)},
                                   {QStringLiteral("note"), i.note}});
    QJsonArray assets;
    for (const AssetItem &a : file.assets)
        assets.append(QJsonObject{{QStringLiteral("member_id"), a.memberId},
                                  {QStringLiteral("kind"), a.kind},
                                  {QStringLiteral("sub_kind"), a.subKind},
                                  {QStringLiteral("value"), double(a.value)},
                                  {QStringLiteral("count"), a.count},
                                  {QStringLiteral("area"), double(a.floorAreaCentiSqm)},
                                  {QStringLiteral("purchase_date"), isoDate(a.purchaseDate)},
                                  {QStringLiteral("exempt"), a.exempt},
                                  {QStringLiteral("exempt_reason"), a.exemptReason},
                                  {QStringLiteral("note"), a.note}});
    QJsonArray docs;
    for (const CaseDocument &d : documents)
        docs.append(QJsonObject{{QStringLiteral("kind"), d.kind}, {QStringLiteral("status"), d.status},
                                {QStringLiteral("note"), d.note}});
    const QJsonObject root{{QStringLiteral("household"), household},
                           {QStringLiteral("members"), members},
                           {QStringLiteral("incomes"), incomes},
                           {QStringLiteral("assets"), assets},
                           {QStringLiteral("documents"), docs},
                           {QStringLiteral("applicant"), applicantMemberId},
                           {QStringLiteral("channel"), channel},
                           {QStringLiteral("entrusted_name"), entrustedName},
                           {QStringLiteral("near_relative"), nearRelativeDeclared},
                           {QStringLiteral("near_relative_note"), nearRelativeNote},
                           {QStringLiteral("submitted_on"), isoDate(submittedOn)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

IntakeData IntakeData::fromJson(const QByteArray &json)
{
    IntakeData d;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject h = root.value(QStringLiteral("household")).toObject();
    Household &hh = d.file.household;
    hh.divisionCode = h.value(QStringLiteral("division_code")).toString();
    hh.villageName = h.value(QStringLiteral("village_name")).toString();
    hh.area = tokenOr<Area>(h.value(QStringLiteral("area")), Area::Rural);
    hh.registeredAddress = h.value(QStringLiteral("registered_address")).toString();
    hh.actualAddress = h.value(QStringLiteral("actual_address")).toString();
    hh.separatedResidence = h.value(QStringLiteral("separated_residence")).toBool();
    hh.bankName = h.value(QStringLiteral("bank_name")).toString();
    hh.bankAccount = h.value(QStringLiteral("bank_account")).toString();
    hh.phone = h.value(QStringLiteral("phone")).toString();
    hh.stableCategory = h.value(QStringLiteral("stable_category")).toBool();
    for (const QJsonValue &v : root.value(QStringLiteral("members")).toArray()) {
        const QJsonObject o = v.toObject();
        Member m;
        m.id = o.value(QStringLiteral("id")).toString();
        m.name = o.value(QStringLiteral("name")).toString();
        m.idNumber = o.value(QStringLiteral("id_number")).toString();
        m.relation = tokenOr<Relation>(o.value(QStringLiteral("relation")), Relation::Other);
        m.health = tokenOr<Health>(o.value(QStringLiteral("health")), Health::Healthy);
        m.disabilityCategory = o.value(QStringLiteral("disability_category")).toString();
        m.disabilityGrade = o.value(QStringLiteral("disability_grade")).toInt();
        m.seriousIllness = o.value(QStringLiteral("serious_illness")).toBool();
        m.workAbility = tokenOr<WorkAbility>(o.value(QStringLiteral("work_ability")), WorkAbility::Able);
        m.occupation = o.value(QStringLiteral("occupation")).toString();
        m.studentLevel = tokenOr<StudentLevel>(o.value(QStringLiteral("student_level")), StudentLevel::None);
        m.fullTimeStudent = o.value(QStringLiteral("full_time_student")).toBool();
        m.notCounted = tokenOr<NotCountedReason>(o.value(QStringLiteral("not_counted")), NotCountedReason::None);
        d.file.members << m;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("incomes")).toArray()) {
        const QJsonObject o = v.toObject();
        IncomeItem i;
        i.memberId = o.value(QStringLiteral("member_id")).toString();
        i.kind = o.value(QStringLiteral("kind")).toString();
        i.amount = fen(o.value(QStringLiteral("amount")));
        i.fromMonth = parseIsoMonth(o.value(QStringLiteral("from")).toString());
        i.toMonth = parseIsoMonth(o.value(QStringLiteral("to")).toString());
        i.workCosts = fen(o.value(QStringLiteral("work_costs")));
        i.taxes = fen(o.value(QStringLiteral("taxes")));
        i.socialInsurance = fen(o.value(QStringLiteral("social_insurance")));
        i.supportPaid = fen(o.value(QStringLiteral("support_paid")));
        i.note = o.value(QStringLiteral("note")).toString();
        d.file.incomes << i;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("assets")).toArray()) {
        const QJsonObject o = v.toObject();
        AssetItem a;
        a.memberId = o.value(QStringLiteral("member_id")).toString();
        a.kind = o.value(QStringLiteral("kind")).toString();
        a.subKind = o.value(QStringLiteral("sub_kind")).toString();
        a.value = fen(o.value(QStringLiteral("value")));
        a.count = o.value(QStringLiteral("count")).toInt(1);
        a.floorAreaCentiSqm = fen(o.value(QStringLiteral("area")));
        a.purchaseDate = parseIsoDate(o.value(QStringLiteral("purchase_date")).toString());
        a.exempt = o.value(QStringLiteral("exempt")).toBool();
        a.exemptReason = o.value(QStringLiteral("exempt_reason")).toString();
        a.note = o.value(QStringLiteral("note")).toString();
        d.file.assets << a;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject o = v.toObject();
        d.documents << CaseDocument{QString(), o.value(QStringLiteral("kind")).toString(),
                                    o.value(QStringLiteral("status")).toString(), o.value(QStringLiteral("note")).toString()};
    }
    d.applicantMemberId = root.value(QStringLiteral("applicant")).toString();
    d.channel = root.value(QStringLiteral("channel")).toString(QStringLiteral("in_person"));
    d.entrustedName = root.value(QStringLiteral("entrusted_name")).toString();
    d.nearRelativeDeclared = root.value(QStringLiteral("near_relative")).toBool();
    d.nearRelativeNote = root.value(QStringLiteral("near_relative_note")).toString();
    d.submittedOn = parseIsoDate(root.value(QStringLiteral("submitted_on")).toString());
    return d;
}

QString IntakeData::displayName() const
{
    for (const Member &m : file.members)
        if (m.id == applicantMemberId && !m.name.isEmpty())
            return m.name;
    return file.members.isEmpty() ? QString() : file.members.first().name;
}

} // namespace dibao
