#include "casework/PublicNoticeStore.h"

#include "common/ChinaDate.h"
#include "common/Json.h"
#include "common/Uuid.h"
#include "domain/IdNumber.h"
#include "policy/PolicySet.h"
#include "rules/Eligibility.h"
#include "store/CaseStore.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace dibao {

namespace {

QString trNotice(const char *text)
{
    return QCoreApplication::translate("dibao::PublicNoticeStore", text);
}

Error refused(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

const QStringList &objectionChannels()
{
    static const QStringList channels{QStringLiteral("in_person"), QStringLiteral("letter"), QStringLiteral("phone"),
                                      QStringLiteral("online"), QStringLiteral("other")};
    return channels;
}

// What a notice line needs about a case's household, read fresh: size (members still in the household) and the
// applicant's ID number (for the masked form only).
struct HouseholdFacts {
    int size = 0;
    QString applicantIdNumber;
};

Result<HouseholdFacts> householdFacts(Session &session, const CaseRecord &c)
{
    auto st = session.db().cached("SELECT (SELECT count(*) FROM members WHERE household_id = ?1 AND left_reason IS NULL), "
                                  "(SELECT id_number FROM members WHERE id = ?2)");
    if (!st)
        return st.error();
    (*st)->bind(1, c.householdId).bind(2, c.applicantMemberId);
    auto r = (*st)->step();
    if (!r)
        return r.error();
    HouseholdFacts f;
    f.size = (*st)->integer(0);
    f.applicantIdNumber = (*st)->text(1);
    (*st)->reset();
    return f;
}

} // namespace

QJsonObject PublicNotice::toJson() const
{
    QJsonArray list;
    for (const NoticeLine &l : lines) {
        QJsonObject o{{QStringLiteral("case"), l.caseId},
                      {QStringLiteral("village"), l.villageName},
                      {QStringLiteral("applicant"), l.applicantName},
                      {QStringLiteral("household_size"), l.householdSize},
                      {QStringLiteral("amount_fen"), l.amount < 0 ? QJsonValue() : QJsonValue(l.amount)}};
        if (!l.tier.isEmpty())
            o.insert(QStringLiteral("tier"), l.tier);
        if (!l.maskedId.isEmpty())
            o.insert(QStringLiteral("id_masked"), l.maskedId);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("division_code"), divisionCode},
                       {QStringLiteral("village"), villageName},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("place"), place},
                       {QStringLiteral("posted_on"), isoDate(postedOn)},
                       {QStringLiteral("ends_on"), isoDate(endsOn)},
                       {QStringLiteral("extra_results"), QJsonArray::fromStringList(extraResults)},
                       {QStringLiteral("lines"), list}};
}

NoticeContentPolicy PublicNoticeStore::contentPolicy(const QDate &on) const
{
    // Policy kind "notice_content" (docs/policy.md); no row in force: nothing beyond name, size and amount.
    NoticeContentPolicy p;
    const PolicySet &policy = m_session.policy();
    p.showMaskedId = policy.boolean(QStringLiteral("notice_content"), QStringLiteral("show_masked_id"), on).value_or(false);
    p.extraResults = policy.stringList(QStringLiteral("notice_content"), QStringLiteral("extra_results"), on)
                         .value_or(QStringList());
    return p;
}

Result<QList<NoticeLine>> PublicNoticeStore::candidates(const QString &divisionCode, const QString &villageName,
                                                        const QDate &on)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    if (!m_session.inJurisdiction(divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trNotice("Township %1 is outside this database's area.").arg(divisionCode));
    auto st = m_session.db().prepare("SELECT id FROM cases WHERE state = 'township_review' AND after_objection = 0 "
                                     "AND division_code = ?1 AND (?2 IS NULL OR village_name = ?2) "
                                     "ORDER BY village_name, accepted_on, id");
    if (!st)
        return st.error();
    st->bind(1, divisionCode).bind(2, nullIfEmpty(villageName));
    QStringList ids;
    DIBAO_TRY(st->forEachRow([&] { ids << st->text(0); }));
    const QDate date = on.isValid() ? on : chinaToday();
    const NoticeContentPolicy content = contentPolicy(date);
    CaseStore cases(m_session);
    QList<NoticeLine> out;
    for (const QString &id : ids) {
        auto c = cases.get(id);
        if (!c)
            return c.error();
        auto line = lineFor(*c, date, content);
        if (!line)
            return line.error();
        out << *line;
    }
    return out;
}

Result<NoticeLine> PublicNoticeStore::lineFor(const CaseRecord &c, const QDate &on, const NoticeContentPolicy &content)
{
    auto facts = householdFacts(m_session, c);
    if (!facts)
        return facts.error();
    NoticeLine line{c.id, c.villageName, c.applicantName, facts->size, c.proposedAmount, c.proposedTier,
                    content.showMaskedId ? maskIdNumber(facts->applicantIdNumber) : QString()};
    if (line.amount < 0) {
        HouseholdStore households(m_session);
        auto file = households.load(c.householdId);
        if (!file)
            return file.error();
        EligibilityOptions options;
        options.individualMemberId = c.individualMemberId;
        const EligibilityResult e = evaluateEligibility(*file, m_session.policy(), on, options);
        if (e.verdict == EligibilityVerdict::Eligible)
            line.amount = e.amount.amount;
    }
    return line;
}

Result<PublicNotice> PublicNoticeStore::post(const NoticePosting &in)
{
    DIBAO_TRY(m_session.require(Action::TownshipReview));
    if (!m_session.inJurisdiction(in.divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trNotice("Township %1 is outside this database's area.").arg(in.divisionCode));
    if (in.place.trimmed().isEmpty())
        return refused("notice_place", trNotice("Say where the notice is posted."));
    if (in.cases.isEmpty())
        return refused("notice_empty", trNotice("A notice lists at least one case."));
    const QDate on = in.postedOn.isValid() ? in.postedOn : chinaToday();
    const NoticeContentPolicy content = contentPolicy(on);

    CaseStore cases(m_session);
    QSet<QString> seen;
    QList<NoticeLine> lines;
    for (const NoticeProposal &p : in.cases) {
        if (seen.contains(p.caseId))
            return refused("notice_case_twice", trNotice("Case %1 is listed twice.").arg(p.caseId));
        seen.insert(p.caseId);
        auto c = cases.get(p.caseId);
        if (!c)
            return c.error();
        if (c->divisionCode != in.divisionCode)
            return refused("notice_case_division", trNotice("Case %1 belongs to township %2, not %3.")
                                                       .arg(p.caseId, c->divisionCode, in.divisionCode));
        if (c->state == CaseState::TownshipReview && c->afterObjection)
            return refused("notice_not_needed",
                           trNotice("Case %1 is back from an objection: its conclusion goes on to confirmation "
                                    "without a second notice (take the step submit_review).")
                               .arg(p.caseId));
        if (c->state != CaseState::TownshipReview)
            return refused("notice_case_state", trNotice("Case %1 (%2) is not ready for a notice: it is \"%3\".")
                                                    .arg(p.caseId, c->applicantName, CaseState::displayName(c->state)));
        NoticeLine line;
        if (p.amount >= 0) {
            auto facts = householdFacts(m_session, *c);
            if (!facts)
                return facts.error();
            line = NoticeLine{c->id, c->villageName, c->applicantName, facts->size, p.amount, c->proposedTier,
                              content.showMaskedId ? maskIdNumber(facts->applicantIdNumber) : QString()};
        } else {
            auto computed = lineFor(*c, on, content);
            if (!computed)
                return computed.error();
            line = *computed;
        }
        if (p.amount >= 0)
            line.amount = p.amount;
        if (!p.tier.isEmpty())
            line.tier = p.tier;
        if (line.amount < 0)
            return refused("proposal_missing",
                           trNotice("Case %1 (%2) has no proposed amount and the household is not found eligible "
                                    "on the data held: give the amount the township proposes.")
                               .arg(p.caseId, c->applicantName));
        lines << line;
    }

    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    Workflow flow(m_session);
    for (const NoticeLine &l : lines) {
        TransitionInput t;
        t.onDate = on;
        t.amount = l.amount;
        t.tier = l.tier;
        DIBAO_TRY(flow.apply(l.caseId, QStringLiteral("submit_review"), t));
    }
    auto clocks = cases.clocks(lines.first().caseId);
    if (!clocks)
        return clocks.error();
    PublicNotice notice;
    for (const ClockRecord &k : *clocks)
        if (k.clock == QLatin1String("notice") && !k.doneOn.isValid())
            notice.endsOn = k.dueOn;
    notice.divisionCode = in.divisionCode;
    notice.villageName = in.villageName;
    notice.kind = QStringLiteral("township");
    notice.place = in.place.trimmed();
    notice.postedOn = on;
    notice.showMaskedId = content.showMaskedId;
    notice.extraResults = content.extraResults;
    notice.lines = lines;
    auto written = writeNotice(notice);
    if (!written)
        return written.error();
    DIBAO_TRY(tx.commit());
    return notice;
}

Result<PublicNotice> PublicNoticeStore::postCountyNotice(const NoticePosting &in)
{
    const QDate on = in.postedOn.isValid() ? in.postedOn : chinaToday();
    Workflow flow(m_session);
    DIBAO_TRY(flow.mayConfirm(on));
    if (in.place.trimmed().isEmpty())
        return refused("notice_place", trNotice("Say where the notice is posted."));
    if (in.cases.isEmpty())
        return refused("notice_empty", trNotice("A notice lists at least one case."));
    const NoticeContentPolicy content = contentPolicy(on);
    CaseStore cases(m_session);
    PublicNotice notice;
    notice.divisionCode = in.divisionCode;
    notice.villageName = in.villageName;
    notice.kind = QStringLiteral("county");
    notice.place = in.place.trimmed();
    notice.postedOn = on;
    notice.showMaskedId = content.showMaskedId;
    notice.extraResults = content.extraResults;
    for (const NoticeProposal &p : in.cases) {
        auto c = cases.get(p.caseId);
        if (!c)
            return c.error();
        if (c->state != CaseState::CountyNotice)
            return refused("notice_case_state", trNotice("Case %1 (%2) is not in the county's notice: it is \"%3\".")
                                                    .arg(p.caseId, c->applicantName, CaseState::displayName(c->state)));
        if (notice.divisionCode.isEmpty())
            notice.divisionCode = c->divisionCode;
        auto facts = householdFacts(m_session, *c);
        if (!facts)
            return facts.error();
        auto clocks = cases.clocks(c->id);
        if (!clocks)
            return clocks.error();
        for (const ClockRecord &k : *clocks)
            if (k.clock == QLatin1String("county_notice") && !k.doneOn.isValid())
                notice.endsOn = std::max(notice.endsOn, k.dueOn);
        notice.lines << NoticeLine{c->id, c->villageName, c->applicantName, facts->size, c->proposedAmount,
                                   c->proposedTier,
                                   content.showMaskedId ? maskIdNumber(facts->applicantIdNumber) : QString()};
    }
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto written = writeNotice(notice);
    if (!written)
        return written.error();
    DIBAO_TRY(tx.commit());
    return notice;
}

Result<PublicNotice> PublicNoticeStore::writeNotice(PublicNotice &notice)
{
    RecordWriter &w = m_session.writer();
    const WriteContext who = m_session.writeContext();
    notice.id = newId();
    Row row{{QStringLiteral("id"), notice.id},
            {QStringLiteral("division_code"), notice.divisionCode},
            {QStringLiteral("village_name"), nullIfEmpty(notice.villageName)},
            {QStringLiteral("kind"), notice.kind},
            {QStringLiteral("place"), notice.place},
            {QStringLiteral("posted_on"), isoDate(notice.postedOn)},
            {QStringLiteral("ends_on"), isoDate(notice.endsOn)},
            {QStringLiteral("show_masked_id"), qint64(notice.showMaskedId ? 1 : 0)},
            {QStringLiteral("extra_results"),
             notice.extraResults.isEmpty() ? QString()
                                           : QString::fromUtf8(compactJson(QJsonArray::fromStringList(notice.extraResults)))}};
    DIBAO_TRY(w.insert(who, QStringLiteral("public_notices"), row));
    for (const NoticeLine &l : notice.lines) {
        Row item{{QStringLiteral("id"), newId()},
                 {QStringLiteral("notice_id"), notice.id},
                 {QStringLiteral("case_id"), l.caseId},
                 {QStringLiteral("applicant_name"), l.applicantName},
                 {QStringLiteral("household_size"), qint64(l.householdSize)},
                 {QStringLiteral("amount"), l.amount < 0 ? QVariant() : QVariant(l.amount)},
                 {QStringLiteral("tier"), nullIfEmpty(l.tier)},
                 {QStringLiteral("masked_id"), nullIfEmpty(l.maskedId)}};
        DIBAO_TRY(w.insert(who, QStringLiteral("public_notice_items"), item));
    }
    return notice;
}

Result<PublicNotice> PublicNoticeStore::notice(const QString &noticeId)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    auto row = m_session.writer().read(QStringLiteral("public_notices"), noticeId);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound, QStringLiteral("notice_not_found"), trNotice("No notice %1.").arg(noticeId));
    const Row &r = **row;
    PublicNotice n;
    n.id = noticeId;
    n.divisionCode = r.value(QStringLiteral("division_code")).toString();
    n.villageName = r.value(QStringLiteral("village_name")).toString();
    n.kind = r.value(QStringLiteral("kind")).toString();
    n.place = r.value(QStringLiteral("place")).toString();
    n.postedOn = parseIsoDate(r.value(QStringLiteral("posted_on")).toString());
    n.endsOn = parseIsoDate(r.value(QStringLiteral("ends_on")).toString());
    n.showMaskedId = r.value(QStringLiteral("show_masked_id")).toLongLong() != 0;
    for (const auto &v : QJsonDocument::fromJson(r.value(QStringLiteral("extra_results")).toString().toUtf8()).array())
        n.extraResults << v.toString();
    auto st = m_session.db().prepare("SELECT i.case_id, c.village_name, i.applicant_name, i.household_size, i.amount, "
                                     "i.tier, i.masked_id FROM public_notice_items i JOIN cases c ON c.id = i.case_id "
                                     "WHERE i.notice_id = ? ORDER BY i.rowid");
    if (!st)
        return st.error();
    st->bind(1, noticeId);
    DIBAO_TRY(st->forEachRow([&] {
        n.lines << NoticeLine{st->text(0), st->text(1), st->text(2), st->integer(3),
                              st->isNull(4) ? Fen(-1) : st->int64(4), st->text(5), st->text(6)};
    }));
    return n;
}

Result<QList<PublicNotice>> PublicNoticeStore::noticesForCase(const QString &caseId)
{
    auto st = m_session.db().prepare("SELECT DISTINCT n.id, n.rowid FROM public_notice_items i JOIN public_notices n "
                                     "ON n.id = i.notice_id WHERE i.case_id = ? ORDER BY n.rowid");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    QStringList ids;
    DIBAO_TRY(st->forEachRow([&] { ids << st->text(0); }));
    QList<PublicNotice> out;
    for (const QString &id : ids) {
        auto n = notice(id);
        if (!n)
            return n.error();
        out << *n;
    }
    return out;
}

Result<QList<PublicNotice>> PublicNoticeStore::noticesOf(const QString &divisionCode, const QDate &since, int limit)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    if (!m_session.inJurisdiction(divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trNotice("Township %1 is outside this database's area.").arg(divisionCode));
    auto st = m_session.db().prepare("SELECT id FROM public_notices WHERE division_code = ?1 AND posted_on >= ?2 "
                                     "ORDER BY posted_on DESC, rowid DESC LIMIT ?3");
    if (!st)
        return st.error();
    st->bind(1, divisionCode).bind(2, isoDate(since.isValid() ? since : QDate(1900, 1, 1))).bind(3, qint64(limit));
    QStringList ids;
    DIBAO_TRY(st->forEachRow([&] { ids << st->text(0); }));
    QList<PublicNotice> out;
    for (const QString &id : ids) {
        auto n = notice(id);
        if (!n)
            return n.error();
        out << *n;
    }
    return out;
}

Result<QString> PublicNoticeStore::recordObjection(const ObjectionInput &in)
{
    DIBAO_TRY(m_session.require(Action::TownshipReview));
    if (in.content.trimmed().isEmpty())
        return refused("objection_content", trNotice("Record what the objection says."));
    if (!objectionChannels().contains(in.channel))
        return refused("objection_channel", trNotice("Unknown channel \"%1\"; use one of: %2.")
                                                .arg(in.channel, objectionChannels().join(QStringLiteral(", "))));
    CaseStore cases(m_session);
    auto c = cases.get(in.caseId);
    if (!c)
        return c.error();
    const QDate on = in.receivedOn.isValid() ? in.receivedOn : chinaToday();
    QString noticeId;
    {
        auto st = m_session.db().prepare("SELECT n.id FROM public_notice_items i JOIN public_notices n ON n.id = "
                                         "i.notice_id WHERE i.case_id = ? ORDER BY n.rowid DESC LIMIT 1");
        if (!st)
            return st.error();
        st->bind(1, in.caseId);
        auto r = st->step();
        if (!r)
            return r.error();
        if (*r)
            noticeId = st->text(0);
    }
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    Workflow flow(m_session);
    TransitionInput t;
    t.onDate = on;
    t.reason = in.content.trimmed();
    DIBAO_TRY(flow.apply(in.caseId, QStringLiteral("record_objection"), t));
    RecordWriter &w = m_session.writer();
    const WriteContext who = m_session.writeContext();
    const QString id = newId();
    DIBAO_TRY(w.insert(who, QStringLiteral("objections"),
                       Row{{QStringLiteral("id"), id},
                           {QStringLiteral("case_id"), in.caseId},
                           {QStringLiteral("notice_id"), nullIfEmpty(noticeId)},
                           {QStringLiteral("received_on"), isoDate(on)},
                           {QStringLiteral("channel"), in.channel},
                           {QStringLiteral("content"), in.content.trimmed()}}));
    // Stored even for an anonymous objection, so "who" is always an explicit answer; its audience is the county.
    DIBAO_TRY(w.insert(who, QStringLiteral("objector_identities"),
                       Row{{QStringLiteral("id"), newId()},
                           {QStringLiteral("objection_id"), id},
                           {QStringLiteral("division_code"), c->divisionCode.left(6)},
                           {QStringLiteral("name"), nullIfEmpty(in.objectorName.trimmed())},
                           {QStringLiteral("phone"), nullIfEmpty(in.objectorPhone.trimmed())},
                           {QStringLiteral("address"), nullIfEmpty(in.objectorAddress.trimmed())},
                           {QStringLiteral("note"), nullIfEmpty(in.objectorNote.trimmed())}}));
    DIBAO_TRY(tx.commit());
    return id;
}

Result<QList<Objection>> PublicNoticeStore::objections(const QString &caseId)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    auto st = m_session.db().prepare("SELECT o.id, o.case_id, o.notice_id, o.received_on, o.channel, o.content, "
                                     "COALESCE(u.display_name, o.created_by) FROM objections o "
                                     "LEFT JOIN users u ON u.id = o.created_by WHERE o.case_id = ? ORDER BY o.rowid");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    QList<Objection> out;
    DIBAO_TRY(st->forEachRow([&] {
        out << Objection{st->text(0), st->text(1), st->text(2), parseIsoDate(st->text(3)), st->text(4), st->text(5),
                         st->text(6)};
    }));
    return out;
}

Result<ObjectorIdentity> PublicNoticeStore::objectorIdentity(const QString &objectionId)
{
    if (!m_session.signedIn() || !isCountyRole(m_session.actor().role))
        return makeError(ErrorKind::Permission, QStringLiteral("objector_identity_county_only"),
                         trNotice("The objector's identity is confidential: only county staff may read it."));
    auto st = m_session.db().prepare("SELECT id, name, phone, address, note FROM objector_identities "
                                     "WHERE objection_id = ?");
    if (!st)
        return st.error();
    st->bind(1, objectionId);
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorKind::NotFound, QStringLiteral("objection_not_found"),
                         trNotice("No objection %1.").arg(objectionId));
    const QString identityId = st->text(0);
    ObjectorIdentity out{objectionId, st->text(1), st->text(2), st->text(3), st->text(4)};
    st->reset();
    DIBAO_TRY(m_session.logSensitiveRead(QStringLiteral("objector_identities"), identityId,
                                         QStringLiteral("objection review")));
    return out;
}

Result<QList<StandingEntry>> PublicNoticeStore::standingPublication(const QString &divisionCode,
                                                                    const QString &villageName)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    if (!divisionCode.isEmpty() && !m_session.inJurisdiction(divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trNotice("Township %1 is outside this database's area.").arg(divisionCode));
    auto st = m_session.db().prepare(
        "SELECT h.id, h.division_code, h.village_name, "
        " (SELECT m.name FROM members m WHERE m.household_id = h.id AND m.relation = 'self' "
        "  AND m.left_reason IS NULL LIMIT 1), "
        " (SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.left_reason IS NULL), h.current_amount "
        "FROM households h WHERE h.enrolment IN ('enrolled', 'gradual_exit') AND h.current_amount > 0 "
        "AND (?1 IS NULL OR h.division_code = ?1) AND (?2 IS NULL OR h.village_name = ?2) "
        "ORDER BY h.division_code, h.village_name, 4, h.id");
    if (!st)
        return st.error();
    st->bind(1, nullIfEmpty(divisionCode)).bind(2, nullIfEmpty(villageName));
    QList<StandingEntry> out;
    DIBAO_TRY(st->forEachRow([&] {
        if (!m_session.inJurisdiction(st->text(1)))
            return;
        out << StandingEntry{st->text(0), st->text(1), st->text(2), st->text(3), st->integer(4), st->int64(5)};
    }));
    return out;
}

} // namespace dibao
