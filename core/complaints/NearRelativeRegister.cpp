#include "complaints/NearRelativeRegister.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "domain/IdNumber.h"
#include "store/CaseStore.h"
#include "store/Session.h"
#include "workflow/AuthorityVisitRule.h"
#include "workflow/CaseStates.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dibao {

namespace {

QString trRegister(const char *text)
{
    return QCoreApplication::translate("dibao::NearRelativeRegister", text);
}

Error refused(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

// A member is on the register as a relative or as the staff member; "self" when the latter.
const char *const kMatchSql =
    "SELECT r.id, m.name, r.staff_name, r.staff_role, "
    " CASE WHEN r.staff_id_number = m.id_number THEN 'self' ELSE r.relation END "
    "FROM members m JOIN near_relatives r ON r.ended_on IS NULL "
    " AND (r.relative_id_number = m.id_number OR r.staff_id_number = m.id_number) "
    "WHERE m.household_id = ? AND m.left_reason IS NULL ORDER BY m.rowid, r.rowid";

} // namespace

const QStringList &NearRelativeRegister::relations()
{
    static const QStringList list{QStringLiteral("spouse"),      QStringLiteral("parent"),
                                  QStringLiteral("child"),       QStringLiteral("sibling"),
                                  QStringLiteral("grandparent"), QStringLiteral("maternal_grandparent"),
                                  QStringLiteral("grandchild"),  QStringLiteral("maternal_grandchild")};
    return list;
}

const QStringList &NearRelativeRegister::staffRoles()
{
    static const QStringList list{QStringLiteral("township_staff"), QStringLiteral("village_cadre"),
                                  QStringLiteral("county_staff")};
    return list;
}

QJsonObject NearRelativeEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("staff_name"), staffName},
                       {QStringLiteral("staff_id_number"), maskIdNumber(staffIdNumber)},
                       {QStringLiteral("staff_role"), staffRole},
                       {QStringLiteral("staff_unit"), staffUnit.isEmpty() ? QJsonValue() : QJsonValue(staffUnit)},
                       {QStringLiteral("relative_name"), relativeName},
                       {QStringLiteral("relative_id_number"), maskIdNumber(relativeIdNumber)},
                       {QStringLiteral("relation"), relation},
                       {QStringLiteral("ended_on"), endedOn.isValid() ? QJsonValue(isoDate(endedOn)) : QJsonValue()}};
}

QJsonObject NearRelativeFlag::toJson() const
{
    QJsonArray hits;
    for (const NearRelativeMatch &m : matches)
        hits.append(QJsonObject{{QStringLiteral("member"), m.memberName},
                                {QStringLiteral("staff_name"), m.staffName},
                                {QStringLiteral("staff_role"), m.staffRole},
                                {QStringLiteral("relation"), m.relation}});
    QStringList grounds;
    if (!matches.isEmpty())
        grounds << QStringLiteral("register");
    if (declared)
        grounds << QStringLiteral("declared");
    return QJsonObject{{QStringLiteral("case_id"), caseId},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("division_code"), divisionCode},
                       {QStringLiteral("village"), villageName},
                       {QStringLiteral("applicant"), applicantName},
                       {QStringLiteral("grounds"), QJsonArray::fromStringList(grounds)},
                       {QStringLiteral("declared"), declared},
                       {QStringLiteral("declaration_note"),
                        declarationNote.isEmpty() ? QJsonValue() : QJsonValue(declarationNote)},
                       {QStringLiteral("matches"), hits},
                       {QStringLiteral("authority_visit_recorded"), authorityVisitRecorded}};
}

Result<QString> NearRelativeRegister::add(const NearRelativeEntry &in)
{
    DIBAO_TRY(m_session.require(Action::NearRelativeRegister));
    if (!m_session.isCounty())
        return makeError(ErrorKind::Permission, QStringLiteral("register_county_only"),
                         trRegister("The near-relative register is kept by the county."));
    if (in.staffName.trimmed().isEmpty() || in.relativeName.trimmed().isEmpty())
        return refused("register_names", trRegister("Give the staff member's and the relative's names."));
    if (!staffRoles().contains(in.staffRole))
        return refused("register_staff_role", trRegister("Unknown staff role \"%1\"; use one of: %2.")
                                                  .arg(in.staffRole, staffRoles().join(QStringLiteral(", "))));
    if (!relations().contains(in.relation))
        return refused("register_relation", trRegister("\"%1\" is not a near relation; use one of: %2.")
                                                .arg(in.relation, relations().join(QStringLiteral(", "))));
    auto staffId = parseIdNumber(in.staffIdNumber);
    if (!staffId)
        return makeError(staffId.error().kind, staffId.error().code,
                         trRegister("Staff ID number: %1").arg(staffId.error().message));
    auto relativeId = parseIdNumber(in.relativeIdNumber);
    if (!relativeId)
        return makeError(relativeId.error().kind, relativeId.error().code,
                         trRegister("Relative's ID number: %1").arg(relativeId.error().message));
    if (staffId->normalized == relativeId->normalized)
        return refused("register_same_person", trRegister("The staff member and the relative are the same person."));
    auto st = m_session.db().prepare("SELECT id FROM near_relatives WHERE staff_id_number = ? AND "
                                     "relative_id_number = ? AND ended_on IS NULL");
    if (!st)
        return st.error();
    st->bind(1, staffId->normalized).bind(2, relativeId->normalized);
    auto r = st->step();
    if (!r)
        return r.error();
    if (*r)
        return makeError(ErrorKind::Conflict, QStringLiteral("register_duplicate"),
                         trRegister("This relative of %1 is already on the register (%2).").arg(in.staffName, st->text(0)));
    st->reset();
    const QString id = newId();
    DIBAO_TRY(m_session.writer().insert(
        m_session.writeContext(), QStringLiteral("near_relatives"),
        Row{{QStringLiteral("id"), id},
            {QStringLiteral("division_code"), m_session.divisionCode()},
            {QStringLiteral("staff_name"), in.staffName.trimmed()},
            {QStringLiteral("staff_id_number"), staffId->normalized},
            {QStringLiteral("staff_role"), in.staffRole},
            {QStringLiteral("staff_unit"), in.staffUnit.trimmed().isEmpty() ? QVariant() : QVariant(in.staffUnit.trimmed())},
            {QStringLiteral("relative_name"), in.relativeName.trimmed()},
            {QStringLiteral("relative_id_number"), relativeId->normalized},
            {QStringLiteral("relation"), in.relation},
            {QStringLiteral("note"), in.note.trimmed().isEmpty() ? QVariant() : QVariant(in.note.trimmed())}}));
    return id;
}

Status NearRelativeRegister::end(const QString &id, const QDate &on)
{
    DIBAO_TRY(m_session.require(Action::NearRelativeRegister));
    auto existing = m_session.writer().read(QStringLiteral("near_relatives"), id);
    if (!existing)
        return existing.error();
    if (!*existing)
        return makeError(ErrorKind::NotFound, QStringLiteral("register_not_found"),
                         trRegister("No register entry %1.").arg(id));
    if (!(**existing).value(QStringLiteral("ended_on")).isNull())
        return refused("register_ended", trRegister("The entry has already ended."));
    const QDate date = on.isValid() ? on : chinaToday();
    return m_session.writer().update(m_session.writeContext(), QStringLiteral("near_relatives"), id,
                                     Row{{QStringLiteral("ended_on"), isoDate(date)}}, QStringLiteral("end"));
}

Result<QList<NearRelativeEntry>> NearRelativeRegister::entries()
{
    DIBAO_TRY(m_session.require(Action::NearRelativeRegister));
    auto st = m_session.db().prepare("SELECT id, staff_name, staff_id_number, staff_role, staff_unit, relative_name, "
                                     "relative_id_number, relation, ended_on, note FROM near_relatives "
                                     "ORDER BY staff_name, rowid");
    if (!st)
        return st.error();
    QList<NearRelativeEntry> out;
    DIBAO_TRY(st->forEachRow([&] {
        out << NearRelativeEntry{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5),
                                 st->text(6), st->text(7), parseIsoDate(st->text(8)), st->text(9)};
    }));
    DIBAO_TRY(m_session.logSensitiveRead(QStringLiteral("near_relatives"), QStringLiteral("*"),
                                         QStringLiteral("near-relative register")));
    return out;
}

Result<QList<NearRelativeMatch>> NearRelativeRegister::matchesForHousehold(Session &session, const QString &householdId)
{
    auto st = session.db().cached(kMatchSql);
    if (!st)
        return st.error();
    (*st)->bind(1, householdId);
    QList<NearRelativeMatch> out;
    DIBAO_TRY((*st)->forEachRow([&] {
        out << NearRelativeMatch{(*st)->text(0), (*st)->text(1), (*st)->text(2), (*st)->text(3), (*st)->text(4)};
    }));
    return out;
}

Result<QList<NearRelativeFlag>> NearRelativeRegister::flagged(const QString &divisionCode)
{
    DIBAO_TRY(m_session.require(Action::NearRelativeRegister));
    QString sql = QStringLiteral(
        "SELECT c.id FROM cases c WHERE c.state NOT IN (%1) AND (c.near_relative_declared = 1 "
        " OR EXISTS (SELECT 1 FROM members m JOIN near_relatives r ON r.ended_on IS NULL "
        "   AND r.relative_id_number = m.id_number WHERE m.household_id = c.household_id AND m.left_reason IS NULL) "
        " OR EXISTS (SELECT 1 FROM members m JOIN near_relatives r ON r.ended_on IS NULL "
        "   AND r.staff_id_number = m.id_number WHERE m.household_id = c.household_id AND m.left_reason IS NULL)) ")
                      .arg(CaseState::finalsSqlList());
    if (!divisionCode.isEmpty())
        sql += QStringLiteral("AND c.division_code = ?1 ");
    sql += QStringLiteral("ORDER BY c.division_code, c.submitted_on, c.rowid");
    auto st = m_session.db().prepare(sql);
    if (!st)
        return st.error();
    if (!divisionCode.isEmpty())
        st->bind(1, divisionCode);
    QStringList ids;
    DIBAO_TRY(st->forEachRow([&] { ids << st->text(0); }));
    CaseStore cases(m_session);
    QList<NearRelativeFlag> out;
    for (const QString &id : ids) {
        auto c = cases.get(id);
        if (!c)
            return c.error();
        NearRelativeFlag f;
        f.caseId = c->id;
        f.kind = c->kind;
        f.state = c->state;
        f.divisionCode = c->divisionCode;
        f.villageName = c->villageName;
        f.applicantName = c->applicantName;
        f.declared = c->nearRelativeDeclared;
        f.declarationNote = c->nearRelativeNote;
        auto hits = matchesForHousehold(m_session, c->householdId);
        if (!hits)
            return hits.error();
        f.matches = *hits;
        auto visit = authorityVisitRequirement(m_session, *c, chinaToday());
        if (!visit)
            return visit.error();
        f.authorityVisitRecorded = visit->visitRecorded;
        out << f;
    }
    return out;
}

} // namespace dibao
