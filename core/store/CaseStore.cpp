#include "store/CaseStore.h"

#include "common/ChinaDate.h"
#include "common/Json.h"
#include "common/Uuid.h"
#include "domain/IdNumber.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace dibao {

namespace {

QString trCases(const char *text)
{
    return QCoreApplication::translate("dibao::CaseStore", text);
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

const QStringList &documentKinds()
{
    static const QStringList kinds{QStringLiteral("hukou_book"),         QStringLiteral("id_cards"),
                                   QStringLiteral("income_proof"),       QStringLiteral("asset_declaration"),
                                   QStringLiteral("truthfulness_promise"), QStringLiteral("verification_consent"),
                                   QStringLiteral("disability_certificate"), QStringLiteral("medical_records"),
                                   QStringLiteral("entrustment_letter"), QStringLiteral("other")};
    return kinds;
}

const QStringList &documentStatuses()
{
    static const QStringList statuses{QStringLiteral("provided"), QStringLiteral("promised"),
                                      QStringLiteral("missing"), QStringLiteral("held_by_government")};
    return statuses;
}

// Builds the WHERE clause and its parameters for a case filter.
struct Where {
    QString sql;
    QVariantList params;
};

bool isIdSearch(const QString &q)
{
    static const QRegularExpression idLike(QStringLiteral("^[0-9]{14,17}[0-9Xx]$"));
    return idLike.match(q).hasMatch();
}

// A name prefix of one or two characters: answered from case_name_keys (schema v10), which holds exactly those
// prefixes of every member's normalized name per case.
bool isShortName(const QString &q)
{
    if (q.isEmpty() || isIdSearch(q))
        return false;
    const qsizetype chars = HouseholdStore::normalizeName(q).toUcs4().size();
    return chars >= 1 && chars <= 2;
}

// How the name condition is written:
// InList — an IN list driven from the members' name index (or, for 1-2 characters, from case_name_keys);
// Walk   — a correlated EXISTS, for reading cases in list order through cases_list_order (see CaseStore::list);
// Keyed  — "k.key = ?", the query reading case_name_keys k in list order (see CaseStore::list).
enum class NameMode { InList, Walk, Keyed };

Where whereFor(const CaseFilter &f, NameMode mode = NameMode::InList)
{
    Where w;
    QStringList parts;
    if (!f.state.isEmpty()) {
        parts << QStringLiteral("c.state = ?");
        w.params << f.state;
    }
    if (f.openOnly)
        parts << QStringLiteral("c.state NOT IN (%1)").arg(CaseState::finalsSqlList());
    if (f.overdue) {
        parts << QStringLiteral("c.next_due < ?");
        w.params << isoDate(chinaToday());
    }
    if (!f.divisionCode.isEmpty()) {
        parts << QStringLiteral("c.division_code = ?");
        w.params << f.divisionCode;
    }
    if (!f.villageName.isEmpty()) {
        parts << QStringLiteral("c.village_name = ?");
        w.params << f.villageName;
    }
    const QString q = f.search.trimmed();
    if (!q.isEmpty()) {
        if (isIdSearch(q)) {
            auto parsed = parseIdNumber(q);
            parts << QStringLiteral("c.household_id IN (SELECT household_id FROM members WHERE id_number = ?)");
            w.params << (parsed ? parsed->normalized : q.toUpper());
        } else {
            // Names: an indexed prefix range on the normalized name (FTS5 cannot match 1-2 Chinese characters).
            const QString norm = HouseholdStore::normalizeName(q);
            if (isShortName(q)) {
                parts << (mode == NameMode::Keyed
                              ? QStringLiteral("k.key = ?")
                              : QStringLiteral("c.id IN (SELECT case_id FROM case_name_keys WHERE key = ?)"));
                w.params << norm;
                w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
                return w;
            }
            QString part = mode == NameMode::Walk
                ? QStringLiteral("(EXISTS (SELECT 1 FROM members m WHERE m.household_id = c.household_id "
                                 "AND m.name_norm >= ? AND m.name_norm < ?)")
                : QStringLiteral("(c.household_id IN (SELECT household_id FROM members WHERE name_norm >= ? "
                                 "AND name_norm < ?)");
            w.params << norm << norm + QChar(0xFFFF);
            if (q.size() >= 3) {
                // Addresses of 3+ characters: trigram FTS5, and the households queued for it and not yet indexed
                // (schema v17, store/AddressIndex.h) read directly.
                part += QStringLiteral(" OR c.household_id IN (SELECT h.id FROM households h WHERE h.rowid IN "
                                       "(SELECT rowid FROM household_address_fts WHERE household_address_fts MATCH ?) "
                                       "OR h.rowid IN (SELECT q.household_rowid FROM household_fts_queue q CROSS JOIN "
                                       "households a ON a.rowid = q.household_rowid WHERE instr(lower(a.registered_address), "
                                       "?) > 0 OR instr(lower(a.actual_address), ?) > 0))");
                QString phrase = q;
                phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                // The queue is read in its own order (CROSS JOIN: an empty queue costs nothing, where a plan led by
                // households would test every address), and folded as SQLite's lower() folds: ASCII only.
                QString folded = q;
                for (QChar &c : folded)
                    if (c.unicode() >= 'A' && c.unicode() <= 'Z')
                        c = QChar(c.unicode() + ('a' - 'A'));
                w.params << QLatin1Char('"') + phrase + QLatin1Char('"') << folded << folded;
            }
            part += QLatin1Char(')');
            parts << part;
        }
    }
    w.sql = parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

} // namespace

CaseRecord CaseStore::fromRow(const Row &r)
{
    auto s = [&r](const char *k) { return r.value(QString::fromLatin1(k)).toString(); };
    auto i = [&r](const char *k) { return r.value(QString::fromLatin1(k)).toLongLong(); };
    auto money = [&r](const char *k) {
        const QVariant v = r.value(QString::fromLatin1(k));
        return v.isNull() ? Fen(-1) : Fen(v.toLongLong());
    };
    CaseRecord c;
    c.id = s("id");
    c.householdId = s("household_id");
    c.kind = s("kind");
    c.state = s("state");
    c.divisionCode = s("division_code");
    c.applicantMemberId = s("applicant_member_id");
    c.applicantName = s("applicant_name");
    c.memberCount = int(i("member_count"));
    c.channel = s("channel");
    c.entrustedName = s("entrusted_name");
    c.nearRelativeDeclared = i("near_relative_declared") != 0;
    c.nearRelativeNote = s("near_relative_note");
    c.individualMemberId = s("individual_member_id");
    c.submittedOn = parseIsoDate(s("submitted_on"));
    c.acceptedOn = parseIsoDate(s("accepted_on"));
    c.missingNoticeOn = parseIsoDate(s("missing_notice_on"));
    const QJsonArray missing = QJsonDocument::fromJson(s("missing_items").toUtf8()).array();
    for (const auto &item : missing)
        c.missingItems << item.toString();
    c.afterObjection = i("after_objection") != 0;
    c.extensionGround = s("extension_ground");
    c.delegated = i("delegated") != 0;
    c.proposedAmount = money("proposed_amount");
    c.proposedTier = s("proposed_tier");
    c.amount = money("amount");
    c.tier = s("tier");
    c.method = s("method");
    c.decidedOn = parseIsoDate(s("decided_on"));
    c.decidedBy = s("decided_by");
    c.effectiveMonth = parseIsoMonth(s("effective_month"));
    c.decisionReason = s("decision_reason");
    c.certificateNumber = s("certificate_number");
    c.refusalDeliveredOn = parseIsoDate(s("refusal_delivered_on"));
    c.reviewOutcome = s("review_outcome");
    c.gradualExitMonths = int(i("gradual_exit_months"));
    c.closedReason = s("closed_reason");
    c.nextDue = parseIsoDate(s("next_due"));
    return c;
}

Status CaseStore::checkDuplicateMembers(const QString &householdId, const QString &exceptCaseId)
{
    auto st = m_session.db().prepare(
        QStringLiteral("SELECT m.name, m.id_number, c.id FROM members m "
                       "JOIN members o ON o.id_number = m.id_number AND o.household_id <> m.household_id "
                       "AND o.not_counted = 'none' AND o.left_reason IS NULL "
                       "JOIN cases c ON c.household_id = o.household_id AND c.state NOT IN (%1) "
                       "WHERE m.household_id = ? AND m.not_counted = 'none' AND m.left_reason IS NULL AND c.id <> ? "
                       "LIMIT 1")
            .arg(CaseState::finalsSqlList()));
    if (!st)
        return st.error();
    st->bind(1, householdId).bind(2, exceptCaseId.isEmpty() ? QStringLiteral("-") : exceptCaseId);
    auto r = st->step();
    if (!r)
        return r.error();
    if (*r)
        return makeError(ErrorKind::Conflict, QStringLiteral("member_in_other_case"),
                         trCases("%1 (%2) is already a counted member of open case %3; a person is counted in one "
                                 "open case only. Close or correct that case first.")
                             .arg(st->text(0), maskIdNumber(st->text(1)), st->text(2)));
    return {};
}

Result<QString> CaseStore::createApplication(const ApplicationInput &input)
{
    DIBAO_TRY(m_session.require(Action::Intake));
    HouseholdStore households(m_session);
    auto file = households.load(input.householdId);
    if (!file)
        return file.error();
    const Member *applicant = nullptr;
    for (const Member &m : file->members)
        if (m.id == input.applicantMemberId)
            applicant = &m;
    if (!applicant)
        return makeError(ErrorKind::Invalid, QStringLiteral("applicant_not_member"),
                         trCases("The applicant must be a member of the household (any co-resident member may apply)."));
    static const QStringList channels{QStringLiteral("in_person"), QStringLiteral("entrusted"),
                                      QStringLiteral("online"), QStringLiteral("outreach")};
    if (!channels.contains(input.channel))
        return makeError(ErrorKind::Invalid, QStringLiteral("channel_invalid"),
                         trCases("Unknown application channel \"%1\"; use one of: %2.")
                             .arg(input.channel, channels.join(QStringLiteral(", "))));
    if (input.channel == QLatin1String("entrusted") && input.entrustedName.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("entrusted_name_missing"),
                         trCases("An entrusted application names the entrusted person."));
    if (!input.individualMemberId.isEmpty()) {
        bool found = false;
        for (const Member &m : file->members)
            found = found || m.id == input.individualMemberId;
        if (!found)
            return makeError(ErrorKind::Invalid, QStringLiteral("individual_not_member"),
                             trCases("The member applying alone (单人保) must belong to the household."));
    }
    for (const CaseDocument &d : input.documents) {
        if (!documentKinds().contains(d.kind) || !documentStatuses().contains(d.status))
            return makeError(ErrorKind::Invalid, QStringLiteral("document_invalid"),
                             trCases("Unknown document \"%1\" or status \"%2\".").arg(d.kind, d.status));
    }
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    {
        auto open = m_session.db().prepare(
            QStringLiteral("SELECT id FROM cases WHERE household_id = ? AND state NOT IN (%1) LIMIT 1")
                .arg(CaseState::finalsSqlList()));
        if (!open)
            return open.error();
        open->bind(1, input.householdId);
        auto r = open->step();
        if (!r)
            return r.error();
        if (*r)
            return makeError(ErrorKind::Conflict, QStringLiteral("household_has_open_case"),
                             trCases("This household already has open case %1.").arg(open->text(0)));
    }
    DIBAO_TRY(checkDuplicateMembers(input.householdId));
    const QString caseId = newId();
    int counted = 0;
    for (const Member &m : file->members)
        counted += m.notCounted == NotCountedReason::None ? 1 : 0;
    const QDate submitted = input.submittedOn.isValid() ? input.submittedOn : chinaToday();
    Row row{{QStringLiteral("id"), caseId},
            {QStringLiteral("household_id"), input.householdId},
            {QStringLiteral("kind"), QStringLiteral("application")},
            {QStringLiteral("state"), CaseState::Submitted},
            {QStringLiteral("division_code"), file->household.divisionCode},
            {QStringLiteral("village_name"), nullIfEmpty(file->household.villageName)},
            {QStringLiteral("applicant_member_id"), applicant->id},
            {QStringLiteral("applicant_name"), applicant->name},
            {QStringLiteral("applicant_name_norm"), HouseholdStore::normalizeName(applicant->name)},
            {QStringLiteral("member_count"), qint64(file->members.size())},
            {QStringLiteral("channel"), input.channel},
            {QStringLiteral("entrusted_name"), nullIfEmpty(input.entrustedName)},
            {QStringLiteral("near_relative_declared"), qint64(input.nearRelativeDeclared ? 1 : 0)},
            {QStringLiteral("near_relative_note"), nullIfEmpty(input.nearRelativeNote)},
            {QStringLiteral("individual_member_id"), nullIfEmpty(input.individualMemberId)},
            {QStringLiteral("submitted_on"), isoDate(submitted)}};
    DIBAO_TRY(m_session.writer().insert(m_session.writeContext(), QStringLiteral("cases"), row));
    for (CaseDocument d : input.documents)
        DIBAO_TRY(setDocument(caseId, d));
    DIBAO_TRY(tx.commit());
    return caseId;
}

Result<QString> CaseStore::openReview(const QString &householdId, const QDate &on, const QString &reason)
{
    DIBAO_TRY(m_session.require(Action::OpenReview));
    HouseholdStore households(m_session);
    auto file = households.load(householdId);
    if (!file)
        return file.error();
    if (file->household.enrolment != EnrolmentStatus::Enrolled
        && file->household.enrolment != EnrolmentStatus::GradualExit)
        return makeError(ErrorKind::Invalid, QStringLiteral("not_enrolled"),
                         trCases("Only an enrolled household has periodic reviews."));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto open = m_session.db().prepare(
        QStringLiteral("SELECT id FROM cases WHERE household_id = ? AND state NOT IN (%1) LIMIT 1")
            .arg(CaseState::finalsSqlList()));
    if (!open)
        return open.error();
    open->bind(1, householdId);
    auto r = open->step();
    if (!r)
        return r.error();
    if (*r)
        return makeError(ErrorKind::Conflict, QStringLiteral("household_has_open_case"),
                         trCases("This household already has open case %1.").arg(open->text(0)));
    const Member *applicant = file->members.isEmpty() ? nullptr : &file->members.first();
    for (const Member &m : file->members)
        if (m.relation == Relation::Self)
            applicant = &m;
    const QString caseId = newId();
    const QDate date = on.isValid() ? on : chinaToday();
    Row row{{QStringLiteral("id"), caseId},
            {QStringLiteral("household_id"), householdId},
            {QStringLiteral("kind"), QStringLiteral("review")},
            {QStringLiteral("state"), CaseState::ReviewOpen},
            {QStringLiteral("division_code"), file->household.divisionCode},
            {QStringLiteral("village_name"), nullIfEmpty(file->household.villageName)},
            {QStringLiteral("applicant_member_id"), applicant ? applicant->id : QString()},
            {QStringLiteral("applicant_name"), applicant ? applicant->name : QString()},
            {QStringLiteral("applicant_name_norm"), applicant ? HouseholdStore::normalizeName(applicant->name) : QString()},
            {QStringLiteral("member_count"), qint64(file->members.size())},
            {QStringLiteral("submitted_on"), isoDate(date)},
            {QStringLiteral("accepted_on"), isoDate(date)},
            {QStringLiteral("decision_reason"), nullIfEmpty(reason)}};
    DIBAO_TRY(m_session.writer().insert(m_session.writeContext(), QStringLiteral("cases"), row));
    DIBAO_TRY(tx.commit());
    return caseId;
}

Result<CaseRecord> CaseStore::get(const QString &caseId)
{
    auto row = m_session.writer().read(QStringLiteral("cases"), caseId);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound, QStringLiteral("case_not_found"), trCases("No case %1.").arg(caseId));
    CaseRecord c = fromRow(**row);
    if (!m_session.inJurisdiction(c.divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trCases("Case %1 is outside this database's area.").arg(caseId));
    return c;
}

namespace {

// Whether a name search of 3+ characters reads the cases in list order (through cases_list_order), testing each
// against the name, rather than fetching every match from the name index and sorting them. A common name prefix
// matches tens of thousands of cases: fetching and sorting them all for one page took 0.3-0.7 s on 120,000
// households; walking costs about page × households / matches probes. A rare prefix keeps the plan driven from the
// name index, whose cost grows with its matches. The two costs meet near √(rows wanted × households) matching members
// (measured: docs/benchmarks.md). max(rowid) counts households cheaply: nothing is ever deleted. 1-2 character
// prefixes read case_name_keys instead (isShortName).
Result<bool> walkNames(Database &db, const CaseFilter &filter, qint64 rowsWanted)
{
    const QString q = filter.search.trimmed();
    if (q.isEmpty() || isIdSearch(q) || isShortName(q) || rowsWanted < 0)
        return false;
    auto households = db.cached("SELECT max(rowid) FROM households");
    if (!households)
        return households.error();
    auto h = (*households)->step();
    if (!h)
        return h.error();
    const double rows = double((*households)->int64(0));
    (*households)->reset();
    const qint64 threshold = qMax<qint64>(1, qint64(std::sqrt(double(rowsWanted) * rows)));
    auto matches = db.cached("SELECT count(*) FROM (SELECT 1 FROM members WHERE name_norm >= ? AND name_norm < ? "
                             "LIMIT ?)");
    if (!matches)
        return matches.error();
    const QString norm = HouseholdStore::normalizeName(q);
    (*matches)->bind(1, norm).bind(2, norm + QChar(0xFFFF)).bind(3, threshold);
    auto r = (*matches)->step();
    if (!r)
        return r.error();
    const bool walk = (*matches)->int64(0) >= threshold;
    (*matches)->reset();
    return walk;
}

// The list-order columns of one way of reading the cases: the cases table itself (through cases_list_order when
// walking), or case_name_keys for a 1-2 character name (its primary key is the list order after the key).
struct ListSource {
    QString from;
    QString dueNull;     // the first order column
    QString due;
    QString submitted;
    QString id;
    QString dueSegment;  // the cases with a due date
    QString undueSegment;
};

ListSource listSource(NameMode mode)
{
    if (mode == NameMode::Keyed)
        return {QStringLiteral("case_name_keys k CROSS JOIN cases c ON c.id = k.case_id"), QStringLiteral("k.due_null"),
                QStringLiteral("k.next_due"), QStringLiteral("k.submitted_on"), QStringLiteral("k.case_id"),
                QStringLiteral("k.due_null = 0"), QStringLiteral("k.due_null = 1 AND k.next_due = ''")};
    return {QStringLiteral("cases c") + (mode == NameMode::Walk ? QStringLiteral(" INDEXED BY cases_list_order")
                                                                 : QString()),
            QStringLiteral("c.next_due IS NULL"), QStringLiteral("c.next_due"), QStringLiteral("c.submitted_on"),
            QStringLiteral("c.id"), QStringLiteral("(c.next_due IS NULL) = 0"),
            QStringLiteral("(c.next_due IS NULL) = 1 AND c.next_due IS NULL")};
}

const char *kListColumns = "SELECT c.id, c.kind, c.state, c.division_code, c.village_name, c.applicant_name, "
                           "c.member_count, COALESCE(c.amount, c.proposed_amount), c.submitted_on, c.next_due, "
                           "c.next_clock FROM ";

// Runs one list query (the SQL text is fixed for a filter shape, every value bound: one cached statement serves
// every page) and appends its rows.
Status readPage(Database &db, const QString &sql, const QVariantList &params, QList<CaseSummary> &out)
{
    auto st = db.cached(sql);
    if (!st)
        return st.error();
    Statement &s = **st;
    for (int i = 0; i < params.size(); ++i)
        s.bind(i + 1, params.at(i));
    const Status done = s.forEachRow([&] {
        CaseSummary c;
        c.id = s.text(0);
        c.kind = s.text(1);
        c.state = s.text(2);
        c.divisionCode = s.text(3);
        c.villageName = s.text(4);
        c.applicantName = s.text(5);
        c.memberCount = s.integer(6);
        c.amount = s.isNull(7) ? -1 : s.int64(7);
        c.submittedOn = parseIsoDate(s.text(8));
        c.nextDue = parseIsoDate(s.text(9));
        c.nextClock = s.text(10);
        out << c;
    });
    s.reset();
    return done;
}

} // namespace

Result<QList<CaseSummary>> CaseStore::list(const CaseFilter &filter)
{
    const QString q = filter.search.trimmed();
    const bool keyed = isShortName(q);
    auto walk = walkNames(m_session.db(), filter, filter.limit < 0 ? -1 : qint64(filter.limit) + filter.offset);
    if (!walk)
        return walk.error();
    const NameMode mode = keyed ? NameMode::Keyed : *walk ? NameMode::Walk : NameMode::InList;
    const Where w = whereFor(filter, mode);
    const ListSource src = listSource(mode);
    const QString head = QLatin1String(kListColumns) + src.from;
    auto clause = [&w](const QString &extra) {
        return w.sql.isEmpty() ? QStringLiteral(" WHERE ") + extra : w.sql + QStringLiteral(" AND ") + extra;
    };
    QList<CaseSummary> out;
    if (filter.afterId.isEmpty() || filter.limit < 0) {
        QString sql = head + w.sql
            + QStringLiteral(" ORDER BY %1, %2, %3 DESC, %4").arg(src.dueNull, src.due, src.submitted, src.id);
        QVariantList params = w.params;
        if (filter.limit >= 0) {
            sql += QStringLiteral(" LIMIT ? OFFSET ?");
            params << qint64(filter.limit) << qint64(filter.offset);
        }
        DIBAO_TRY(readPage(m_session.db(), sql, params, out));
        return out;
    }
    // Keyset: the list order is (next_due IS NULL, next_due, submitted_on DESC, id), so "after the last row" is, in
    // the segment of cases with a due date, a range on next_due then submitted_on/id; after that segment comes the
    // one without a due date, ordered by submitted_on DESC, id. Each part is one range read of the ordered index,
    // its ORDER BY leaving out the columns the segment fixes (else SQLite sorts in a temporary B-tree).
    const QString afterSubmitted = isoDate(filter.afterSubmittedOn);
    const QString dueOrder = QStringLiteral(" ORDER BY %1, %2 DESC, %3 LIMIT ?").arg(src.due, src.submitted, src.id);
    const QString undueOrder = QStringLiteral(" ORDER BY %1 DESC, %2 LIMIT ?").arg(src.submitted, src.id);
    if (filter.afterNextDue.isValid()) {
        const QString afterDue = isoDate(filter.afterNextDue);
        QVariantList params = w.params;
        params << afterDue << afterDue << afterSubmitted << afterSubmitted << filter.afterId << qint64(filter.limit);
        DIBAO_TRY(readPage(m_session.db(),
                           head
                               + clause(QStringLiteral("%1 AND %2 >= ? AND (%2 > ? OR %3 < ? OR (%3 = ? AND %4 > ?))")
                                            .arg(src.dueSegment, src.due, src.submitted, src.id))
                               + dueOrder,
                           params, out));
        if (out.size() < filter.limit) {
            QVariantList rest = w.params;
            rest << qint64(filter.limit - out.size());
            DIBAO_TRY(readPage(m_session.db(), head + clause(src.undueSegment) + undueOrder, rest, out));
        }
        return out;
    }
    QVariantList params = w.params;
    params << afterSubmitted << afterSubmitted << afterSubmitted << filter.afterId << qint64(filter.limit);
    DIBAO_TRY(readPage(m_session.db(),
                       head
                           + clause(QStringLiteral("%1 AND %2 <= ? AND (%2 < ? OR (%2 = ? AND %3 > ?))")
                                        .arg(src.undueSegment, src.submitted, src.id))
                           + undueOrder,
                       params, out));
    return out;
}

Result<qint64> CaseStore::count(const CaseFilter &filter)
{
    return count(filter, -1);
}

Result<qint64> CaseStore::count(const CaseFilter &filter, qint64 cap)
{
    // Capped, a 1-2 character name counts along case_name_keys, a common longer one walks the cases in list order
    // (as the list does); both stop after cap + 1 matches.
    const bool keyed = cap >= 0 && isShortName(filter.search.trimmed());
    auto walk = walkNames(m_session.db(), filter, cap < 0 ? -1 : cap + 1);
    if (!walk)
        return walk.error();
    const NameMode mode = keyed ? NameMode::Keyed : *walk ? NameMode::Walk : NameMode::InList;
    const Where w = whereFor(filter, mode);
    QVariantList params = w.params;
    QString sql;
    if (cap < 0) {
        sql = QStringLiteral("SELECT count(*) FROM cases c") + w.sql;
    } else {
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + listSource(mode).from + w.sql
            + QStringLiteral(" LIMIT ?)");
        params << cap + 1;
    }
    auto st = m_session.db().cached(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < params.size(); ++i)
        (*st)->bind(i + 1, params.at(i));
    auto r = (*st)->step();
    if (!r)
        return r.error();
    const qint64 n = (*st)->int64(0);
    (*st)->reset();
    return n;
}

Result<QList<CaseEvent>> CaseStore::history(const QString &caseId)
{
    // The timeline starts with the case's creation (the application submitted, or the periodic review opened): it is
    // the cases row itself, not a case event, so it is read from that row (its id, submitted_on, created_by/at). Its reason is not kept
    // apart from later decisions, so the creation event carries none.
    auto created = m_session.db().prepare("SELECT c.id, c.kind, c.submitted_on, NULL, "
                                          "COALESCE(u.display_name, c.created_by), c.created_at FROM cases c "
                                          "LEFT JOIN users u ON u.id = c.created_by WHERE c.id = ?");
    if (!created)
        return created.error();
    created->bind(1, caseId);
    auto found = created->step();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, QStringLiteral("case_not_found"), trCases("No case %1.").arg(caseId));
    QList<CaseEvent> out;
    const bool review = created->text(1) == QLatin1String("review");
    out << CaseEvent{created->text(0), review ? QStringLiteral("open_review") : QStringLiteral("create"), QString(),
                     review ? QString(CaseState::ReviewOpen) : QString(CaseState::Submitted),
                     parseIsoDate(created->text(2)), QString(), created->text(4),
                     created->text(5)};
    auto st = m_session.db().prepare("SELECT e.id, e.action, e.from_state, e.to_state, e.on_date, e.reason, "
                                     "COALESCE(u.display_name, e.created_by), e.created_at FROM case_events e "
                                     "LEFT JOIN users u ON u.id = e.created_by WHERE e.case_id = ? ORDER BY e.rowid");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    DIBAO_TRY(st->forEachRow([&] {
        out << CaseEvent{st->text(0), st->text(1), st->text(2), st->text(3), parseIsoDate(st->text(4)),
                         st->text(5), st->text(6), st->text(7)};
    }));
    return out;
}

Result<QList<ClockRecord>> CaseStore::clocks(const QString &caseId)
{
    auto st = m_session.db().prepare("SELECT clock, unit, length, started_on, due_on, done_on FROM case_clocks "
                                     "WHERE case_id = ? ORDER BY rowid");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    QList<ClockRecord> out;
    DIBAO_TRY(st->forEachRow([&] {
        out << ClockRecord{st->text(0), st->text(1), st->integer(2), parseIsoDate(st->text(3)),
                           parseIsoDate(st->text(4)), parseIsoDate(st->text(5))};
    }));
    return out;
}

Result<QList<DueItem>> CaseStore::dueWork(const QDate &until, int limit)
{
    QString sql = QStringLiteral(
        "SELECT * FROM ("
        " SELECT k.case_id, c.household_id, k.clock, k.due_on, c.applicant_name, c.state FROM case_clocks k"
        " JOIN cases c ON c.id = k.case_id WHERE k.done_on IS NULL AND k.due_on <= ?1"
        " UNION ALL"
        " SELECT NULL, h.id, 'review_due', h.next_review_due,"
        "  (SELECT m.name FROM members m WHERE m.household_id = h.id AND m.relation = 'self' LIMIT 1), h.enrolment"
        " FROM households h WHERE h.next_review_due IS NOT NULL AND h.next_review_due <= ?1"
        "  AND h.enrolment IN ('enrolled', 'gradual_exit')"
        "  AND NOT EXISTS (SELECT 1 FROM cases r WHERE r.household_id = h.id AND r.kind = 'review'"
        "   AND r.state NOT IN (%1))"
        ") ORDER BY 4, 3, 1")
                      .arg(CaseState::finalsSqlList());
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto st = m_session.db().cached(sql);
    if (!st)
        return st.error();
    (*st)->bind(1, isoDate(until));
    QList<DueItem> out;
    DIBAO_TRY((*st)->forEachRow([&] {
        Statement &s = **st;
        out << DueItem{s.text(0), s.text(1), s.text(2), parseIsoDate(s.text(3)), s.text(4), s.text(5)};
    }));
    (*st)->reset();
    return out;
}

Result<QList<DueGroup>> CaseStore::dueGroups(const QDate &until, const QDate &today, int perClock,
                                             const QString &onlyClock)
{
    QList<DueGroup> out;
    const QString reviewClock = QStringLiteral("review_due");
    const bool petitionClock =
        onlyClock == QLatin1String("petition_ack") || onlyClock == QLatin1String("petition_conclusion");
    // A grouped query: ?1 until, ?2 today, ?3 rows per clock, ?4 the one clock asked or NULL; its rows are (clock,
    // count, overdue, then an item's columns from 3 on, NULL when the clock has no row to show), ordered by clock.
    auto readGrouped = [&](const char *sql, const std::function<DueItem(Statement &, const QString &)> &item) -> Status {
        auto st = m_session.db().cached(sql);
        if (!st)
            return st.error();
        (*st)->bind(1, isoDate(until));
        (*st)->bind(2, isoDate(today));
        (*st)->bind(3, qint64(qMax(0, perClock)));
        if (onlyClock.isEmpty())
            (*st)->bindNull(4);
        else
            (*st)->bind(4, onlyClock);
        DIBAO_TRY((*st)->forEachRow([&] {
            Statement &s = **st;
            const QString clock = s.text(0);
            if (out.isEmpty() || out.last().clock != clock)
                out.append(DueGroup{clock, s.int64(1), s.int64(2), {}});
            if (!s.isNull(3))
                out.last().items.append(item(s, clock));
        }));
        (*st)->reset();
        return {};
    };
    // Open clocks: one pass over the open-clock index up to `until` counts every clock and numbers its items; only
    // the first `perClock` of each are joined to their case.
    if (onlyClock != reviewClock && !petitionClock)
        DIBAO_TRY(readGrouped(
            "WITH open AS (SELECT case_id, clock, due_on FROM case_clocks"
            "  WHERE done_on IS NULL AND due_on <= ?1 AND (?4 IS NULL OR clock = ?4)),"
            " counts AS (SELECT clock, count(*) AS n, sum(due_on < ?2) AS late FROM open GROUP BY clock),"
            " ranked AS (SELECT case_id, clock, due_on,"
            "  row_number() OVER (PARTITION BY clock ORDER BY due_on, case_id) AS rn FROM open)"
            " SELECT n.clock, n.n, n.late, r.case_id, c.household_id, r.due_on, c.applicant_name, c.state"
            " FROM counts n LEFT JOIN ranked r ON r.clock = n.clock AND r.rn <= ?3"
            " LEFT JOIN cases c ON c.id = r.case_id ORDER BY n.clock, r.rn",
            [](Statement &s, const QString &clock) {
                return DueItem{s.text(3), s.text(4), clock, parseIsoDate(s.text(5)), s.text(6), s.text(7)};
            }));
    // Reviews falling due: enrolled households past their next review date with no review open.
    if (onlyClock.isEmpty() || onlyClock == reviewClock) {
        auto st = m_session.db().cached(
            QStringLiteral(
                "WITH due AS (SELECT h.id, h.next_review_due AS due_on, h.enrolment FROM households h"
                "  WHERE h.next_review_due IS NOT NULL AND h.next_review_due <= ?1"
                "  AND h.enrolment IN ('enrolled', 'gradual_exit')"
                "  AND NOT EXISTS (SELECT 1 FROM cases r WHERE r.household_id = h.id AND r.kind = 'review'"
                "   AND r.state NOT IN (%1))),"
                " counts AS (SELECT count(*) AS n, coalesce(sum(due_on < ?2), 0) AS late FROM due),"
                " first AS (SELECT id, due_on, enrolment FROM due ORDER BY due_on, id LIMIT ?3)"
                " SELECT counts.n, counts.late, f.id, f.due_on,"
                "  (SELECT m.name FROM members m WHERE m.household_id = f.id AND m.relation = 'self' LIMIT 1),"
                "  f.enrolment FROM counts LEFT JOIN first f ON 1 ORDER BY f.due_on, f.id")
                .arg(CaseState::finalsSqlList()));
        if (!st)
            return st.error();
        (*st)->bind(1, isoDate(until));
        (*st)->bind(2, isoDate(today));
        (*st)->bind(3, qint64(qMax(0, perClock)));
        DueGroup reviews{reviewClock, 0, 0, {}};
        DIBAO_TRY((*st)->forEachRow([&] {
            Statement &s = **st;
            reviews.total = s.int64(0);
            reviews.overdue = s.int64(1);
            if (!s.isNull(2))
                reviews.items.append(
                    DueItem{QString(), s.text(2), reviewClock, parseIsoDate(s.text(3)), s.text(4), s.text(5)});
        }));
        (*st)->reset();
        if (reviews.total > 0)
            out.append(reviews);
    }
    // Letters and complaints (信访) falling due, for those who handle them.
    if ((onlyClock.isEmpty() || petitionClock) && m_session.require(Action::Petition).ok())
        DIBAO_TRY(readGrouped(
            "WITH p AS ("
            " SELECT 'petition_ack' AS clock, id, household_id, case_id, ack_due AS due_on, summary, kind FROM petitions"
            "  WHERE acknowledged_on IS NULL AND concluded_on IS NULL AND ack_due <= ?1"
            " UNION ALL"
            " SELECT 'petition_conclusion', id, household_id, case_id, conclude_due, summary, kind FROM petitions"
            "  WHERE concluded_on IS NULL AND conclude_due <= ?1),"
            " q AS (SELECT * FROM p WHERE ?4 IS NULL OR clock = ?4),"
            " counts AS (SELECT clock, count(*) AS n, sum(due_on < ?2) AS late FROM q GROUP BY clock),"
            " ranked AS (SELECT q.*, row_number() OVER (PARTITION BY clock ORDER BY due_on, id) AS rn FROM q)"
            " SELECT n.clock, n.n, n.late, r.id, r.household_id, r.case_id, r.due_on, r.summary, r.kind"
            " FROM counts n LEFT JOIN ranked r ON r.clock = n.clock AND r.rn <= ?3 ORDER BY n.clock, r.rn",
            [](Statement &s, const QString &clock) {
                return DueItem{s.text(5), s.text(4), clock, parseIsoDate(s.text(6)), s.text(7), s.text(8), s.text(3)};
            }));
    return out;
}

Status CaseStore::addVisit(HouseholdVisit &visit)
{
    DIBAO_TRY(m_session.require(Action::RecordVisit));
    auto c = get(visit.caseId);
    if (!c)
        return c.error();
    static const QStringList kinds{QStringLiteral("household"), QStringLiteral("neighbour"),
                                   QStringLiteral("evidence_letter")};
    if (!kinds.contains(visit.kind))
        return makeError(ErrorKind::Invalid, QStringLiteral("visit_kind"),
                         trCases("Unknown visit kind \"%1\".").arg(visit.kind));
    if (!visit.visitDate.isValid() || visit.visitDate > chinaToday())
        return makeError(ErrorKind::Invalid, QStringLiteral("visit_date"),
                         trCases("A visit needs its date, not in the future."));
    int named = 0;
    for (const Investigator &i : visit.investigators)
        named += i.name.trimmed().isEmpty() ? 0 : 1;
    if (visit.kind == QLatin1String("household") && named < 2)
        return makeError(ErrorKind::Invalid, QStringLiteral("visit_investigators"),
                         trCases("A household visit needs at least two named investigators."));
    if (visit.remote && visit.emergencyReference.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("visit_remote_without_emergency"),
                         trCases("A visit by phone or video is allowed only in a declared major emergency: name it."));
    // The confirming authority's own visit is recorded by a county user (or the delegated township).
    visit.byAuthority = visit.byAuthority || isCountyRole(m_session.actor().role);
    if (visit.id.isEmpty())
        visit.id = newId();
    QJsonArray investigators;
    for (const Investigator &i : visit.investigators)
        investigators.append(QJsonObject{{QStringLiteral("name"), i.name.trimmed()},
                                         {QStringLiteral("user_id"), i.userId},
                                         {QStringLiteral("role"), i.role}});
    QJsonArray seen;
    for (const QString &m : visit.membersSeen)
        seen.append(m);
    Row row{{QStringLiteral("id"), visit.id},
            {QStringLiteral("case_id"), visit.caseId},
            {QStringLiteral("kind"), visit.kind},
            {QStringLiteral("visit_date"), isoDate(visit.visitDate)},
            {QStringLiteral("remote"), qint64(visit.remote ? 1 : 0)},
            {QStringLiteral("emergency_reference"), nullIfEmpty(visit.emergencyReference)},
            {QStringLiteral("by_authority"), qint64(visit.byAuthority ? 1 : 0)},
            {QStringLiteral("investigators"), QString::fromUtf8(compactJson(investigators))},
            {QStringLiteral("members_seen"), QString::fromUtf8(compactJson(seen))},
            {QStringLiteral("food"), nullIfEmpty(visit.food)},
            {QStringLiteral("clothing"), nullIfEmpty(visit.clothing)},
            {QStringLiteral("housing"), nullIfEmpty(visit.housing)},
            {QStringLiteral("necessities"), nullIfEmpty(visit.necessities)},
            {QStringLiteral("evidence"), nullIfEmpty(visit.evidence)},
            {QStringLiteral("findings"), nullIfEmpty(visit.findings)}};
    return m_session.writer().insert(m_session.writeContext(), QStringLiteral("visits"), row);
}

Result<QList<HouseholdVisit>> CaseStore::visits(const QString &caseId)
{
    auto st = m_session.db().prepare("SELECT id, kind, visit_date, remote, emergency_reference, by_authority, "
                                     "investigators, members_seen, food, clothing, housing, necessities, evidence, "
                                     "findings FROM visits WHERE case_id = ? ORDER BY visit_date, rowid");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    QList<HouseholdVisit> out;
    DIBAO_TRY(st->forEachRow([&] {
        HouseholdVisit v;
        v.id = st->text(0);
        v.caseId = caseId;
        v.kind = st->text(1);
        v.visitDate = parseIsoDate(st->text(2));
        v.remote = st->int64(3) != 0;
        v.emergencyReference = st->text(4);
        v.byAuthority = st->int64(5) != 0;
        for (const auto &i : QJsonDocument::fromJson(st->text(6).toUtf8()).array()) {
            const QJsonObject o = i.toObject();
            v.investigators << Investigator{o.value(QStringLiteral("name")).toString(),
                                            o.value(QStringLiteral("user_id")).toString(),
                                            o.value(QStringLiteral("role")).toString()};
        }
        for (const auto &m : QJsonDocument::fromJson(st->text(7).toUtf8()).array())
            v.membersSeen << m.toString();
        v.food = st->text(8);
        v.clothing = st->text(9);
        v.housing = st->text(10);
        v.necessities = st->text(11);
        v.evidence = st->text(12);
        v.findings = st->text(13);
        out << v;
    }));
    return out;
}

Result<QList<CaseDocument>> CaseStore::documents(const QString &caseId)
{
    auto st = m_session.db().prepare("SELECT id, kind, status, note FROM documents WHERE case_id = ? ORDER BY rowid");
    if (!st)
        return st.error();
    st->bind(1, caseId);
    QList<CaseDocument> out;
    DIBAO_TRY(st->forEachRow([&] {
        out << CaseDocument{st->text(0), st->text(1), st->text(2), st->text(3)};
    }));
    return out;
}

Status CaseStore::setDocument(const QString &caseId, CaseDocument &document)
{
    DIBAO_TRY(m_session.require(Action::Intake));
    if (!documentKinds().contains(document.kind) || !documentStatuses().contains(document.status))
        return makeError(ErrorKind::Invalid, QStringLiteral("document_invalid"),
                         trCases("Unknown document \"%1\" or status \"%2\".").arg(document.kind, document.status));
    Row row{{QStringLiteral("case_id"), caseId},
            {QStringLiteral("kind"), document.kind},
            {QStringLiteral("status"), document.status},
            {QStringLiteral("note"), nullIfEmpty(document.note)}};
    if (document.id.isEmpty()) {
        document.id = newId();
        row.insert(QStringLiteral("id"), document.id);
        return m_session.writer().insert(m_session.writeContext(), QStringLiteral("documents"), row);
    }
    return m_session.writer().update(m_session.writeContext(), QStringLiteral("documents"), document.id, row);
}

} // namespace dibao
