#include "store/HouseholdStore.h"

#include "common/ChinaDate.h"
#include "store/AddressIndex.h"
#include "common/Uuid.h"
#include "domain/Division.h"
#include "domain/IdNumber.h"
#include "domain/Tokens.h"
#include "store/HouseholdRows.h"
#include "store/Session.h"
#include "workflow/CaseStates.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace dibao {

namespace {

QString trHouseholds(const char *text)
{
    return QCoreApplication::translate("dibao::HouseholdStore", text);
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

qint64 flag(bool b)
{
    return b ? 1 : 0;
}

Row incomeRow(const IncomeItem &i, const QString &householdId)
{
    return Row{{QStringLiteral("id"), i.id},
               {QStringLiteral("household_id"), householdId},
               {QStringLiteral("member_id"), nullIfEmpty(i.memberId)},
               {QStringLiteral("kind"), i.kind},
               {QStringLiteral("amount"), i.amount},
               {QStringLiteral("from_month"), isoMonth(i.fromMonth)},
               {QStringLiteral("to_month"), isoMonth(i.toMonth)},
               {QStringLiteral("work_costs"), i.workCosts},
               {QStringLiteral("taxes"), i.taxes},
               {QStringLiteral("social_insurance"), i.socialInsurance},
               {QStringLiteral("support_paid"), i.supportPaid},
               {QStringLiteral("note"), nullIfEmpty(i.note)}};
}

Row expenseRow(const ExpenseItem &e, const QString &householdId)
{
    return Row{{QStringLiteral("id"), e.id},
               {QStringLiteral("household_id"), householdId},
               {QStringLiteral("member_id"), nullIfEmpty(e.memberId)},
               {QStringLiteral("kind"), e.kind},
               {QStringLiteral("amount"), e.amount},
               {QStringLiteral("from_month"), isoMonth(e.fromMonth)},
               {QStringLiteral("to_month"), isoMonth(e.toMonth)},
               {QStringLiteral("note"), nullIfEmpty(e.note)}};
}

Row assetRow(const AssetItem &a, const QString &householdId)
{
    return Row{{QStringLiteral("id"), a.id},
               {QStringLiteral("household_id"), householdId},
               {QStringLiteral("member_id"), nullIfEmpty(a.memberId)},
               {QStringLiteral("kind"), a.kind},
               {QStringLiteral("sub_kind"), nullIfEmpty(a.subKind)},
               {QStringLiteral("value"), a.value},
               {QStringLiteral("count"), qint64(a.count)},
               {QStringLiteral("floor_area_centi_sqm"), a.floorAreaCentiSqm},
               {QStringLiteral("purchase_date"), isoDate(a.purchaseDate).isEmpty() ? QString() : isoDate(a.purchaseDate)},
               {QStringLiteral("exempt"), flag(a.exempt)},
               {QStringLiteral("exempt_reason"), nullIfEmpty(a.exemptReason)},
               {QStringLiteral("note"), nullIfEmpty(a.note)}};
}

const QStringList &incomeKinds()
{
    static const QStringList kinds{
        QStringLiteral("wage"),          QStringLiteral("business"),          QStringLiteral("farming"),
        QStringLiteral("property"),      QStringLiteral("transfer"),          QStringLiteral("basic_pension"),
        QStringLiteral("pension"),       QStringLiteral("preferential_care"), QStringLiteral("family_planning"),
        QStringLiteral("scholarship"),   QStringLiteral("heroic_reward"),     QStringLiteral("social_assistance"),
        QStringLiteral("other")};
    return kinds;
}

const QStringList &assetKinds()
{
    static const QStringList kinds{QStringLiteral("deposit"),          QStringLiteral("securities"),
                                   QStringLiteral("fund"),             QStringLiteral("commercial_insurance"),
                                   QStringLiteral("internet_finance"), QStringLiteral("receivable"),
                                   QStringLiteral("vehicle"),          QStringLiteral("ship"),
                                   QStringLiteral("house"),            QStringLiteral("trees"),
                                   QStringLiteral("business")};
    return kinds;
}

} // namespace

QString HouseholdStore::normalizeName(const QString &name)
{
    QString n = name.normalized(QString::NormalizationForm_KC).toLower();
    n.remove(QLatin1Char(' '));
    n.remove(QChar(0x00B7)); // middle dot in minority names: 阿依·古丽 is found by 阿依古丽 too
    n.remove(QChar(0x3000));
    return n;
}

Row HouseholdStore::householdRow(const Household &h)
{
    return Row{{QStringLiteral("id"), h.id},
               {QStringLiteral("division_code"), h.divisionCode},
               {QStringLiteral("village_code"), nullIfEmpty(h.villageCode)},
               {QStringLiteral("village_name"), nullIfEmpty(h.villageName)},
               {QStringLiteral("area"), toToken(h.area)},
               {QStringLiteral("registered_address"), nullIfEmpty(h.registeredAddress)},
               {QStringLiteral("actual_address"), nullIfEmpty(h.actualAddress)},
               {QStringLiteral("separated_residence"), flag(h.separatedResidence)},
               {QStringLiteral("bank_name"), nullIfEmpty(h.bankName)},
               {QStringLiteral("bank_account"), nullIfEmpty(h.bankAccount)},
               {QStringLiteral("phone"), nullIfEmpty(h.phone)},
               {QStringLiteral("stable_category"), flag(h.stableCategory)},
               {QStringLiteral("enrolment"), toToken(h.enrolment)},
               {QStringLiteral("next_review_due"), h.nextReviewDue.isValid() ? isoDate(h.nextReviewDue) : QString()},
               {QStringLiteral("migrated"), flag(h.migrated)},
               {QStringLiteral("migrated_reference"), nullIfEmpty(h.migratedReference)}};
}

Row HouseholdStore::memberRow(const Member &m)
{
    return Row{{QStringLiteral("id"), m.id},
               {QStringLiteral("household_id"), m.householdId},
               {QStringLiteral("name"), m.name},
               {QStringLiteral("name_norm"), normalizeName(m.name)},
               {QStringLiteral("id_number"), m.idNumber},
               {QStringLiteral("sex"), toToken(m.sex)},
               {QStringLiteral("birth_date"), isoDate(m.birthDate)},
               {QStringLiteral("relation"), toToken(m.relation)},
               {QStringLiteral("health"), toToken(m.health)},
               {QStringLiteral("disability_category"), nullIfEmpty(m.disabilityCategory)},
               {QStringLiteral("disability_grade"), qint64(m.disabilityGrade)},
               {QStringLiteral("serious_illness"), flag(m.seriousIllness)},
               {QStringLiteral("work_ability"), toToken(m.workAbility)},
               {QStringLiteral("occupation"), nullIfEmpty(m.occupation)},
               {QStringLiteral("student_level"), toToken(m.studentLevel)},
               {QStringLiteral("full_time_student"), flag(m.fullTimeStudent)},
               {QStringLiteral("lives_together"), flag(m.livesTogether)},
               {QStringLiteral("support_duty"), flag(m.supportDuty)},
               {QStringLiteral("cannot_live_independently"), flag(m.cannotLiveIndependently)},
               {QStringLiteral("not_counted"), toToken(m.notCounted)},
               {QStringLiteral("not_counted_note"), nullIfEmpty(m.notCountedNote)},
               {QStringLiteral("work_refusals"), qint64(m.workRefusals)}};
}

Status HouseholdStore::validateMember(const Member &m) const
{
    if (m.name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("member_name_missing"),
                         trHouseholds("Every member needs a name."));
    auto id = parseIdNumber(m.idNumber);
    if (!id)
        return makeError(ErrorKind::Invalid, id.error().code,
                         trHouseholds("Member %1: %2").arg(m.name, id.error().message));
    if (m.disabilityGrade < 0 || m.disabilityGrade > 4)
        return makeError(ErrorKind::Invalid, QStringLiteral("disability_grade"),
                         trHouseholds("Member %1: the disability grade is 1 to 4, or 0 for none.").arg(m.name));
    if (m.workRefusals < 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("work_refusals"),
                         trHouseholds("Member %1: refusals of work cannot be negative.").arg(m.name));
    return {};
}

Status HouseholdStore::validate(const HouseholdFile &file) const
{
    const Household &h = file.household;
    if (!DivisionRegistry::instance().isTownship(h.divisionCode))
        return makeError(ErrorKind::Invalid, QStringLiteral("division_unknown"),
                         trHouseholds("%1 is not a known township code.").arg(h.divisionCode));
    if (!m_session.inJurisdiction(h.divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trHouseholds("Township %1 (%2) is outside this database's area.")
                             .arg(h.divisionCode, DivisionRegistry::instance().fullName(h.divisionCode)));
    if (!h.villageCode.isEmpty())
        DIBAO_TRY(DivisionRegistry::instance().validateVillageCode(h.villageCode));
    if (file.members.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("members_missing"),
                         trHouseholds("A household needs at least one member."));
    QSet<QString> ids;
    for (const Member &m : file.members) {
        DIBAO_TRY(validateMember(m));
        const QString normalized = parseIdNumber(m.idNumber)->normalized;
        if (ids.contains(normalized))
            return makeError(ErrorKind::Invalid, QStringLiteral("member_duplicate"),
                             trHouseholds("The ID number %1 appears twice in this household.").arg(maskIdNumber(normalized)));
        ids.insert(normalized);
    }
    QSet<QString> memberIds;
    for (const Member &m : file.members)
        memberIds.insert(m.id);
    auto checkMonths = [](const QDate &from, const QDate &to, const QString &what) -> Status {
        if (!from.isValid() || !to.isValid() || to < from)
            return makeError(ErrorKind::Invalid, QStringLiteral("months_invalid"),
                             trHouseholds("%1: the months covered must run from an earlier to a later month (YYYY-MM).")
                                 .arg(what));
        return {};
    };
    for (const IncomeItem &i : file.incomes) {
        if (!incomeKinds().contains(i.kind))
            return makeError(ErrorKind::Invalid, QStringLiteral("income_kind"),
                             trHouseholds("Unknown income kind \"%1\"; use one of: %2.")
                                 .arg(i.kind, incomeKinds().join(QStringLiteral(", "))));
        if (i.amount < 0 || i.workCosts < 0 || i.taxes < 0 || i.socialInsurance < 0 || i.supportPaid < 0)
            return makeError(ErrorKind::Invalid, QStringLiteral("income_negative"),
                             trHouseholds("Income amounts and deductions cannot be negative."));
        DIBAO_TRY(checkMonths(i.fromMonth, i.toMonth, trHouseholds("Income %1").arg(i.kind)));
        if (!i.memberId.isEmpty() && !memberIds.contains(i.memberId))
            return makeError(ErrorKind::Invalid, QStringLiteral("income_member"),
                             trHouseholds("An income item names a member who is not in the household."));
    }
    for (const ExpenseItem &e : file.expenses) {
        if (e.kind != QLatin1String("disability_cost") && e.kind != QLatin1String("illness_cost"))
            return makeError(ErrorKind::Invalid, QStringLiteral("expense_kind"),
                             trHouseholds("Unknown expense kind \"%1\"; use disability_cost or illness_cost.").arg(e.kind));
        if (e.amount < 0)
            return makeError(ErrorKind::Invalid, QStringLiteral("expense_negative"),
                             trHouseholds("Expense amounts cannot be negative."));
        DIBAO_TRY(checkMonths(e.fromMonth, e.toMonth, trHouseholds("Expense %1").arg(e.kind)));
    }
    for (const AssetItem &a : file.assets) {
        if (!assetKinds().contains(a.kind))
            return makeError(ErrorKind::Invalid, QStringLiteral("asset_kind"),
                             trHouseholds("Unknown asset kind \"%1\"; use one of: %2.")
                                 .arg(a.kind, assetKinds().join(QStringLiteral(", "))));
        if (a.value < 0 || a.count < 0 || a.floorAreaCentiSqm < 0)
            return makeError(ErrorKind::Invalid, QStringLiteral("asset_negative"),
                             trHouseholds("Asset values, counts and areas cannot be negative."));
    }
    return {};
}

Status HouseholdStore::create(HouseholdFile &file)
{
    DIBAO_TRY(m_session.require(Action::Intake));
    // Ids first, so member references in income and asset items resolve during validation.
    if (file.household.id.isEmpty())
        file.household.id = newId();
    for (Member &m : file.members) {
        if (m.id.isEmpty())
            m.id = newId();
        m.householdId = file.household.id;
    }
    DIBAO_TRY(validate(file));
    for (Member &m : file.members) {
        const IdNumberInfo info = parseIdNumber(m.idNumber).value();
        m.idNumber = info.normalized;
        m.sex = info.sex;
        m.birthDate = info.birthDate;
    }
    const WriteContext who = m_session.writeContext();
    RecordWriter &w = m_session.writer();
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(w.insert(who, QStringLiteral("households"), householdRow(file.household)));
    for (const Member &m : file.members)
        DIBAO_TRY(w.insert(who, QStringLiteral("members"), memberRow(m)));
    for (IncomeItem &i : file.incomes) {
        if (i.id.isEmpty())
            i.id = newId();
        DIBAO_TRY(w.insert(who, QStringLiteral("income_items"), incomeRow(i, file.household.id)));
    }
    for (ExpenseItem &e : file.expenses) {
        if (e.id.isEmpty())
            e.id = newId();
        DIBAO_TRY(w.insert(who, QStringLiteral("expense_items"), expenseRow(e, file.household.id)));
    }
    for (AssetItem &a : file.assets) {
        if (a.id.isEmpty())
            a.id = newId();
        DIBAO_TRY(w.insert(who, QStringLiteral("asset_items"), assetRow(a, file.household.id)));
    }
    DIBAO_TRY(indexQueuedAddresses(m_session.db()));
    return tx.commit();
}

Result<QList<HouseholdMatch>> HouseholdStore::find(const QString &text, int limit)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    QList<HouseholdMatch> out;
    const QString q = text.trimmed();
    if (q.isEmpty())
        return out;
    auto parsed = parseIdNumber(q);
    // Names: an indexed prefix range on the normalized name, as the case list searches (DESIGN.md "Data").
    const QString where = parsed ? QStringLiteral("m.id_number = ?1") : QStringLiteral("m.name_norm >= ?1 AND m.name_norm < ?2");
    auto st = m_session.db().prepare(
        QStringLiteral("SELECT h.id, h.village_name, h.division_code, h.enrolment, m.name, "
                       "(SELECT a.name FROM members a WHERE a.household_id = h.id AND a.relation = 'self' "
                       "AND a.left_reason IS NULL LIMIT 1) "
                       "FROM members m JOIN households h ON h.id = m.household_id "
                       "WHERE m.left_reason IS NULL AND %1 ORDER BY m.name_norm, h.id LIMIT ?3")
            .arg(where));
    if (!st)
        return st.error();
    const QString norm = normalizeName(q);
    st->bind(1, parsed ? parsed->normalized : norm);
    st->bind(2, norm + QChar(0xFFFF));
    st->bind(3, qMax(1, limit) * 4); // room for households outside the jurisdiction and members of one household
    QSet<QString> seen;
    DIBAO_TRY(st->forEachRow([&] {
        const QString id = st->text(0);
        if (out.size() >= limit || seen.contains(id) || !m_session.inJurisdiction(st->text(2)))
            return;
        seen.insert(id);
        out << HouseholdMatch{id, st->text(5), st->text(4), st->text(1), st->text(2),
                              fromToken<EnrolmentStatus>(st->text(3)).value_or(EnrolmentStatus::None)};
    }));
    return out;
}

Result<Household> HouseholdStore::household(const QString &householdId)
{
    auto row = m_session.writer().read(QStringLiteral("households"), householdId);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound, QStringLiteral("household_not_found"),
                         trHouseholds("No household %1.").arg(householdId));
    const Row &r = **row;
    auto s = [&r](const char *k) { return r.value(QString::fromLatin1(k)).toString(); };
    auto b = [&r](const char *k) { return r.value(QString::fromLatin1(k)).toLongLong() != 0; };
    Household h;
    h.id = s("id");
    h.divisionCode = s("division_code");
    h.villageCode = s("village_code");
    h.villageName = s("village_name");
    h.area = fromToken<Area>(s("area")).value_or(Area::Rural);
    h.registeredAddress = s("registered_address");
    h.actualAddress = s("actual_address");
    h.separatedResidence = b("separated_residence");
    h.bankName = s("bank_name");
    h.bankAccount = s("bank_account");
    h.phone = s("phone");
    h.stableCategory = b("stable_category");
    h.enrolment = fromToken<EnrolmentStatus>(s("enrolment")).value_or(EnrolmentStatus::None);
    h.nextReviewDue = parseIsoDate(s("next_review_due"));
    h.migrated = b("migrated");
    h.migratedReference = s("migrated_reference");
    if (!m_session.inJurisdiction(h.divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trHouseholds("Household %1 is outside this database's area.").arg(householdId));
    return h;
}

Result<HouseholdFile> HouseholdStore::load(const QString &householdId)
{
    HouseholdFile file;
    auto h = household(householdId);
    if (!h)
        return h.error();
    file.household = *h;
    Database &db = m_session.db();
    // Each child table with the columns and mapping shared with demo/HouseholdFileReader (store/HouseholdRows.h).
    auto each = [&](const QString &sql, const std::function<void(Statement &)> &onRow) -> Status {
        auto st = db.cached(sql);
        if (!st)
            return st.error();
        Statement &s = **st;
        s.bind(1, householdId);
        DIBAO_TRY(s.forEachRow([&] { onRow(s); }));
        s.reset();
        return {};
    };
    using namespace householdrows;
    DIBAO_TRY(each(QStringLiteral("SELECT %1 FROM members WHERE household_id = ? AND left_reason IS NULL "
                                  "ORDER BY created_at, rowid").arg(QLatin1String(kMemberColumns)),
                   [&](Statement &s) { file.members << member(s, householdId); }));
    DIBAO_TRY(each(QStringLiteral("SELECT %1 FROM income_items WHERE household_id = ? AND voided_reason IS NULL "
                                  "ORDER BY rowid").arg(QLatin1String(kIncomeColumns)),
                   [&](Statement &s) { file.incomes << income(s); }));
    DIBAO_TRY(each(QStringLiteral("SELECT %1 FROM expense_items WHERE household_id = ? AND voided_reason IS NULL "
                                  "ORDER BY rowid").arg(QLatin1String(kExpenseColumns)),
                   [&](Statement &s) { file.expenses << expense(s); }));
    DIBAO_TRY(each(QStringLiteral("SELECT %1 FROM asset_items WHERE household_id = ? AND voided_reason IS NULL "
                                  "ORDER BY rowid").arg(QLatin1String(kAssetColumns)),
                   [&](Statement &s) { file.assets << asset(s); }));
    return file;
}

Status HouseholdStore::checkAmendable(const QString &householdId)
{
    DIBAO_TRY(m_session.require(Action::Intake));
    auto h = household(householdId);
    if (!h)
        return h.error();
    auto st = m_session.db().prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM cases WHERE household_id = ?1 AND state NOT IN (%1)), "
                       "(SELECT max(decided_on) FROM cases WHERE household_id = ?1 AND state IN "
                       "('confirmed', 'refused', 'review_decided'))")
            .arg(CaseState::finalsSqlList()));
    if (!st)
        return st.error();
    st->bind(1, householdId);
    auto r = st->step();
    if (!r)
        return r.error();
    const bool open = st->int64(0) > 0;
    const QString decidedOn = st->text(1);
    const bool enrolled = h->enrolment == EnrolmentStatus::Enrolled || h->enrolment == EnrolmentStatus::GradualExit;
    if (!open && (!decidedOn.isEmpty() || enrolled))
        return makeError(ErrorKind::Invalid, QStringLiteral("household_decided"),
                         trHouseholds("This household's case was decided%1; its file is changed through a periodic "
                                      "review now. Open a review (or report the change), then edit the household.")
                             .arg(decidedOn.isEmpty() ? QString() : trHouseholds(" on %1").arg(decidedOn)));
    return {};
}

Status HouseholdStore::amend(HouseholdFile &edited)
{
    DIBAO_TRY(checkAmendable(edited.household.id));
    auto current = load(edited.household.id);
    if (!current)
        return current.error();
    for (Member &m : edited.members)
        m.householdId = edited.household.id;
    DIBAO_TRY(validate(edited));
    auto ids = [](const auto &list) {
        QSet<QString> out;
        for (const auto &x : list)
            out.insert(x.id);
        return out;
    };
    const QSet<QString> keptMembers = ids(edited.members), keptIncomes = ids(edited.incomes),
                        keptExpenses = ids(edited.expenses), keptAssets = ids(edited.assets);
    auto removed = [](const QSet<QString> &kept, const auto &before) {
        for (const auto &x : before)
            if (!kept.contains(x.id))
                return true;
        return false;
    };
    if (removed(keptMembers, current->members))
        return makeError(ErrorKind::Invalid, QStringLiteral("member_removed"),
                         trHouseholds("A member is never removed from the file: record why they left (moved out, "
                                      "died, married out) instead."));
    if (removed(keptIncomes, current->incomes) || removed(keptExpenses, current->expenses)
        || removed(keptAssets, current->assets))
        return makeError(ErrorKind::Invalid, QStringLiteral("item_removed"),
                         trHouseholds("An income, expense or asset item is never removed from the file: correct its "
                                      "figures or months instead (e.g. an amount of 0)."));
    const WriteContext who = m_session.writeContext();
    RecordWriter &w = m_session.writer();
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    // Each update writes only what changed (RecordWriter compares); an unchanged record is not audited.
    auto upsert = [&](const QString &table, const QSet<QString> &existing, const QString &id, Row row) -> Status {
        if (!existing.contains(id))
            return w.insert(who, table, row);
        row.remove(QStringLiteral("id"));
        return w.update(who, table, id, row);
    };
    Row hh = householdRow(edited.household);
    hh.remove(QStringLiteral("id"));
    // The enrolment and review fields belong to decisions, never to an edit of the file.
    for (const char *k : {"enrolment", "current_amount", "current_tier", "enrolled_since", "next_review_due",
                          "division_code", "migrated", "migrated_reference"})
        hh.remove(QString::fromLatin1(k));
    DIBAO_TRY(w.update(who, QStringLiteral("households"), edited.household.id, hh));
    const QSet<QString> members = ids(current->members), incomes = ids(current->incomes),
                        expenses = ids(current->expenses), assets = ids(current->assets);
    for (Member &m : edited.members) {
        if (m.id.isEmpty())
            m.id = newId();
        const IdNumberInfo info = parseIdNumber(m.idNumber).value();
        m.idNumber = info.normalized;
        m.sex = info.sex;
        m.birthDate = info.birthDate;
        DIBAO_TRY(upsert(QStringLiteral("members"), members, m.id, memberRow(m)));
    }
    for (IncomeItem &i : edited.incomes) {
        if (i.id.isEmpty())
            i.id = newId();
        DIBAO_TRY(upsert(QStringLiteral("income_items"), incomes, i.id, incomeRow(i, edited.household.id)));
    }
    for (ExpenseItem &e : edited.expenses) {
        if (e.id.isEmpty())
            e.id = newId();
        DIBAO_TRY(upsert(QStringLiteral("expense_items"), expenses, e.id, expenseRow(e, edited.household.id)));
    }
    for (AssetItem &a : edited.assets) {
        if (a.id.isEmpty())
            a.id = newId();
        DIBAO_TRY(upsert(QStringLiteral("asset_items"), assets, a.id, assetRow(a, edited.household.id)));
    }
    // The open case lists the household as it is now.
    auto open = m_session.db().prepare(QStringLiteral("SELECT id, applicant_member_id FROM cases WHERE household_id "
                                                      "= ? AND state NOT IN (%1)")
                                           .arg(CaseState::finalsSqlList()));
    if (!open)
        return open.error();
    open->bind(1, edited.household.id);
    QList<QPair<QString, QString>> cases;
    DIBAO_TRY(open->forEachRow([&] { cases << qMakePair(open->text(0), open->text(1)); }));
    for (const auto &[caseId, applicantId] : cases) {
        Row c{{QStringLiteral("member_count"), qint64(edited.members.size())}};
        for (const Member &m : edited.members)
            if (m.id == applicantId) {
                c.insert(QStringLiteral("applicant_name"), m.name);
                c.insert(QStringLiteral("applicant_name_norm"), normalizeName(m.name));
            }
        DIBAO_TRY(w.update(who, QStringLiteral("cases"), caseId, c));
    }
    DIBAO_TRY(indexQueuedAddresses(m_session.db()));
    return tx.commit();
}

Status HouseholdStore::updateHousehold(const Household &h)
{
    DIBAO_TRY(m_session.require(Action::Intake));
    auto existing = household(h.id);
    if (!existing)
        return existing.error();
    if (!m_session.inJurisdiction(h.divisionCode))
        return makeError(ErrorKind::Permission, QStringLiteral("outside_jurisdiction"),
                         trHouseholds("Township %1 is outside this database's area.").arg(h.divisionCode));
    Row row = householdRow(h);
    row.remove(QStringLiteral("id"));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    DIBAO_TRY(m_session.writer().update(m_session.writeContext(), QStringLiteral("households"), h.id, row));
    DIBAO_TRY(indexQueuedAddresses(m_session.db()));
    return tx.commit();
}

Status HouseholdStore::updateMember(const Member &member)
{
    DIBAO_TRY(m_session.require(Action::Intake));
    DIBAO_TRY(validateMember(member));
    Member m = member;
    const IdNumberInfo info = parseIdNumber(m.idNumber).value();
    m.idNumber = info.normalized;
    m.sex = info.sex;
    m.birthDate = info.birthDate;
    DIBAO_TRY(household(m.householdId));
    Row row = memberRow(m);
    row.remove(QStringLiteral("id"));
    return m_session.writer().update(m_session.writeContext(), QStringLiteral("members"), m.id, row);
}

Status HouseholdStore::addMember(Member &member)
{
    DIBAO_TRY(m_session.require(Action::Intake));
    DIBAO_TRY(validateMember(member));
    DIBAO_TRY(household(member.householdId));
    const IdNumberInfo info = parseIdNumber(member.idNumber).value();
    member.idNumber = info.normalized;
    member.sex = info.sex;
    member.birthDate = info.birthDate;
    if (member.id.isEmpty())
        member.id = newId();
    return m_session.writer().insert(m_session.writeContext(), QStringLiteral("members"), memberRow(member));
}

Status HouseholdStore::addItem(const QString &householdId, const QString &table, const Row &row,
                               const HouseholdFile &probe)
{
    DIBAO_TRY(m_session.require(Action::Intake));
    auto file = load(householdId);
    if (!file)
        return file.error();
    // Validate the item in the context of its household: kinds, amounts, months, member references.
    HouseholdFile check = *file;
    check.incomes << probe.incomes;
    check.expenses << probe.expenses;
    check.assets << probe.assets;
    DIBAO_TRY(validate(check));
    return m_session.writer().insert(m_session.writeContext(), table, row);
}

Status HouseholdStore::addIncome(const QString &householdId, IncomeItem &item)
{
    if (item.id.isEmpty())
        item.id = newId();
    HouseholdFile probe;
    probe.incomes << item;
    return addItem(householdId, QStringLiteral("income_items"), incomeRow(item, householdId), probe);
}

Status HouseholdStore::addAsset(const QString &householdId, AssetItem &item)
{
    if (item.id.isEmpty())
        item.id = newId();
    HouseholdFile probe;
    probe.assets << item;
    return addItem(householdId, QStringLiteral("asset_items"), assetRow(item, householdId), probe);
}

Status HouseholdStore::addExpense(const QString &householdId, ExpenseItem &item)
{
    if (item.id.isEmpty())
        item.id = newId();
    HouseholdFile probe;
    probe.expenses << item;
    return addItem(householdId, QStringLiteral("expense_items"), expenseRow(item, householdId), probe);
}

} // namespace dibao
