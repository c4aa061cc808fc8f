#include "payroll/RegularLines.h"

#include "common/ChinaDate.h"
#include "db/Database.h"
#include "payroll/DecisionsInForce.h"

#include <algorithm>

namespace dibao {

namespace {

// What a household's line needs besides its register row, gathered per household by the ordered passes.
struct HouseholdSums {
    // The decisions (forEachHouseholdDecisions): in force by the month and by the month before, and what they pay;
    // the tier an application set ("" none); a decision taking effect after the month.
    bool hasNow = false;
    bool hasPrevious = false;
    bool laterDecision = false;
    Fen paidNow = 0;
    Fen paidPrevious = 0;
    QString tierNow;
    QString tierPrevious;
    // The members, from one pass over the table: the current members (not left), the most refusals of suitable work
    // among them, and the payee — the applicant (relation self); where a household has two, the greater of "name
    // U+001F id number" in SQLite's binary order, as max() chose it in SQL.
    int members = 0;
    qint64 refusals = 0;
    QByteArray self; // "name U+001F id number", UTF-8; null: no applicant among the current members
};
using SumsByHousehold = QHash<QString, HouseholdSums>;

// The tier a decision sets on the line: an application's, if recorded; a review keeps the register's.
QString tierSet(const PaidDecision &d)
{
    return d.application ? d.tier : QString();
}

Status addDecisions(Database &db, const QDate &month, SumsByHousehold &out)
{
    const qint64 now = monthNumber(month);
    // Later decisions too: a migrated household is paid its roster amount until its first decision takes effect.
    return forEachHouseholdDecisions(db, month, true, [&](const HouseholdDecisions &h) {
        HouseholdSums &sums = out[h.householdId];
        sums.laterDecision = h.laterDecision;
        if (h.hasNow) {
            sums.hasNow = true;
            sums.paidNow = h.now.paidIn(now);
            sums.tierNow = tierSet(h.now);
        }
        if (h.hasPrevious) {
            sums.hasPrevious = true;
            sums.paidPrevious = h.previous.paidIn(now - 1);
            sums.tierPrevious = tierSet(h.previous);
        }
    });
}

constexpr const char *kMembers =
    "SELECT household_id, work_refusals, CASE WHEN relation = 'self' THEN name || char(31) || id_number END"
    " FROM members WHERE left_reason IS NULL";

Status addMembers(Database &db, SumsByHousehold &out)
{
    auto st = db.prepare(kMembers);
    if (!st)
        return st.error();
    QByteArray lastId;
    HouseholdSums *last = nullptr;
    Statement &s = *st;
    return s.forEachRow([&] {
        // A household's members are mostly written together: the last slot is usually the one.
        const QByteArray id = s.blob(0);
        if (!last || id != lastId) {
            lastId = id;
            last = &out[QString::fromUtf8(lastId)];
        }
        const qint64 refusals = s.int64(1);
        last->refusals = last->members == 0 ? refusals : std::max(last->refusals, refusals);
        last->members += 1;
        if (!s.isNull(2)) {
            const QByteArray self = s.blob(2);
            if (last->self.isNull() || QByteArrayView(last->self).compare(self) < 0)
                last->self = self;
        }
    });
}

// Households: %1 is the filter. Read in table order, as the lines come out.
constexpr const char *kHouseholds =
    "SELECT id, division_code, village_name, area, bank_name, bank_account, current_amount, current_tier,"
    " enrolled_since, migrated FROM households WHERE enrolment <> 'none'";

} // namespace

bool usableBankAccount(const QString &account)
{
    if (account.size() < 6 || account.size() > 32)
        return false;
    for (const QChar c : account)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

Result<TransfersByHousehold> loadTransfers(Database &db)
{
    auto st = db.prepare("SELECT household_id, first_month, from_division, to_division, COALESCE(from_village, ''), "
                         "COALESCE(to_village, '') FROM household_transfers ORDER BY household_id, first_month, rowid");
    if (!st)
        return st.error();
    TransfersByHousehold out;
    DIBAO_TRY(st->forEachRow([&] {
        out[st->text(0)] << TransferRow{st->text(1), st->text(2), st->text(3), st->text(4), st->text(5)};
    }));
    return out;
}

void placeFor(const QList<TransferRow> &transfers, const QString &month, QString &division, QString &village)
{
    const TransferRow *after = nullptr;
    const TransferRow *before = nullptr;
    for (const TransferRow &t : transfers) {
        if (t.firstMonth <= month)
            after = &t;
        else if (!before)
            before = &t;
    }
    if (after) {
        division = after->toDivision;
        village = after->toVillage;
    } else if (before) {
        division = before->fromDivision;
        village = before->fromVillage;
    }
}

Result<QSet<QString>> householdsInCustody(Database &db, const QDate &month)
{
    auto k = db.prepare("SELECT DISTINCT household_id FROM card_custody WHERE agreement_on <= ? "
                        "AND (ended_on IS NULL OR ended_on >= ?)");
    if (!k)
        return k.error();
    k->bind(1, isoDate(month.addMonths(1).addDays(-1))).bind(2, isoDate(month));
    QSet<QString> custody;
    DIBAO_TRY(k->forEachRow([&] { custody.insert(k->text(0)); }));
    return custody;
}

Status fixRosterAmounts(Database &db, QList<PayrollLine> &lines, const QStringList &households)
{
    if (households.isEmpty())
        return {};
    auto roster = db.cached("SELECT json_extract(before, '$.current_amount') FROM audit WHERE entity = 'households' "
                            "AND entity_id = ? AND action IN ('decide_review', 'confirm') ORDER BY seq LIMIT 1");
    if (!roster)
        return roster.error();
    QHash<QString, int> index;
    for (int i = 0; i < lines.size(); ++i)
        index.insert(lines.at(i).householdId, i);
    Statement &r = **roster;
    for (const QString &h : households) {
        r.bind(1, h);
        auto found = r.step();
        if (!found)
            return found.error();
        if (*found && !r.isNull(0) && r.int64(0) > 0 && index.contains(h)) {
            PayrollLine &l = lines[index.value(h)];
            l.baseAmount = r.int64(0);
            l.amount = l.baseAmount;
        }
        r.reset();
    }
    return {};
}

Result<QList<PayrollLine>> regularPayrollLines(Database &db, const QDate &month, QList<PayrollLine> *previous)
{
    const QString m = isoMonth(month);
    const QString pm = isoMonth(month.addMonths(-1));

    SumsByHousehold sums;
    {
        // Sized once for every household (rowids are dense unless many were deleted): no rehash while filling.
        auto size = db.prepare("SELECT max(rowid) FROM households");
        if (!size)
            return size.error();
        auto row = size->step();
        if (!row)
            return row.error();
        sums.reserve(*row ? qsizetype(std::clamp<qint64>(size->int64(0), 0, 4'000'000)) : 0);
    }
    DIBAO_TRY(addDecisions(db, month, sums));
    DIBAO_TRY(addMembers(db, sums));
    auto transfers = loadTransfers(db);
    if (!transfers)
        return transfers.error();
    auto custody = householdsInCustody(db, month);
    if (!custody)
        return custody.error();
    auto st = db.prepare(kHouseholds);
    if (!st)
        return st.error();

    QList<PayrollLine> lines;
    lines.reserve(sums.size());
    if (previous)
        previous->reserve(previous->size() + sums.size());
    QStringList laterMigrated;
    QStringList prevMigrated;
    const QChar sep(31);
    const HouseholdSums nothing;
    const QList<TransferRow> noMoves;
    Statement &s = *st;
    DIBAO_TRY(s.forEachRow([&] {
        const bool migrated = s.int64(9) != 0;
        const QString since = s.text(8);
        const Fen roster = s.isNull(6) ? 0 : s.int64(6);
        PayrollLine l;
        l.householdId = s.text(0);
        l.divisionCode = s.text(1);
        l.villageName = s.text(2);
        l.area = s.text(3);
        l.bankName = s.text(4);
        l.bankAccount = s.text(5).trimmed();
        const auto found = sums.constFind(l.householdId);
        const HouseholdSums &d = found == sums.cend() ? nothing : *found;
        l.members = d.members;
        l.memberLostShare = d.refusals >= 3;
        if (!d.self.isNull()) {
            const QStringList payee = QString::fromUtf8(d.self).split(sep);
            l.payeeName = payee.value(0);
            l.payeeIdNumber = payee.value(1);
        }
        l.held = !usableBankAccount(l.bankAccount) || l.payeeName.trimmed().isEmpty();
        const auto moved = transfers->constFind(l.householdId);
        const QList<TransferRow> &moves = moved == transfers->cend() ? noMoves : *moved;

        const QString registerTier = s.text(7);
        // The base amount of a month and its tier: the decision in force, else a migrated household's roster amount
        // from the month it was enrolled since.
        auto baseOf = [&](bool decided, Fen paid, const QString &decidedTier, const QString &month, QString &tier) {
            tier = decided && !decidedTier.isEmpty() ? decidedTier : registerTier;
            if (decided)
                return paid;
            return migrated && !since.isEmpty() && since <= month ? roster : Fen(0);
        };
        if (previous) {
            QString tier;
            const Fen base = baseOf(d.hasPrevious, d.paidPrevious, d.tierPrevious, pm, tier);
            if (base > 0) {
                PayrollLine p = l;
                p.tier = tier;
                p.baseAmount = base;
                p.amount = base;
                placeFor(moves, pm, p.divisionCode, p.villageName);
                // A roster amount the register no longer holds: a decision taking effect this month or later wrote it.
                if (!d.hasPrevious && (d.hasNow || d.laterDecision))
                    prevMigrated << p.householdId;
                *previous << std::move(p);
            }
        }
        QString tier;
        const Fen base = baseOf(d.hasNow, d.paidNow, d.tierNow, m, tier);
        if (!d.hasNow && base > 0 && d.laterDecision)
            laterMigrated << l.householdId;
        if (base <= 0)
            return;
        l.tier = tier;
        l.baseAmount = base;
        l.amount = base;
        l.custody = custody->contains(l.householdId);
        placeFor(moves, m, l.divisionCode, l.villageName);
        lines << std::move(l);
    }));
    DIBAO_TRY(fixRosterAmounts(db, lines, laterMigrated));
    if (previous) {
        DIBAO_TRY(fixRosterAmounts(db, *previous, prevMigrated));
    }
    return lines;
}

} // namespace dibao
