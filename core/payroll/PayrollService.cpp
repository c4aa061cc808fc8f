#include "payroll/PayrollService.h"

#include "common/ChinaDate.h"
#include "common/Json.h"
#include "common/Uuid.h"
#include "payroll/RegularLines.h"
#include "store/PayrollRollParts.h"
#include "store/Session.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <filesystem>
#include <future>
#include <utility>
#include <vector>

namespace dibao {

namespace {

QString trPayroll(const char *text)
{
    return QCoreApplication::translate("dibao::PayrollService", text);
}

Error refused(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

QString jsonList(const QStringList &ids)
{
    return ids.isEmpty() ? QString() : QString::fromUtf8(compactJson(QJsonArray::fromStringList(ids)));
}

QStringList parseList(const QString &json)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

// The canonical text of a line for the roll's digest: what was paid to whom, nothing derived. Fields joined by
// U+001F, one line each; numbers in decimal (docs/payroll.md).
void appendCanonicalLine(QByteArray &out, const PayrollLine &l)
{
    const char sep = '\x1f';
    out += l.householdId.toUtf8();
    out += sep;
    out += l.divisionCode.toUtf8();
    out += sep;
    out += l.payeeName.toUtf8();
    out += sep;
    out += l.bankAccount.toUtf8();
    out += sep;
    out += QByteArray::number(l.baseAmount);
    out += sep;
    out += QByteArray::number(l.adjustmentAmount);
    out += sep;
    out += QByteArray::number(l.carriedAmount);
    out += sep;
    out += QByteArray::number(l.amount);
    out += sep;
    out += l.held ? '1' : '0';
    out += '\n';
}

void addTo(QMap<QString, PayrollTotal> &totals, const QString &key, Fen amount)
{
    PayrollTotal &t = totals[key];
    t.households += 1;
    t.amount += amount;
}

} // namespace

bool PayrollRoll::canIssue() const
{
    if (issued)
        return false;
    for (const PayrollProblem &p : problems)
        if (p.blocksIssue)
            return false;
    return true;
}

QJsonObject PayrollRoll::summaryJson() const
{
    auto totalsJson = [](const QMap<QString, PayrollTotal> &m) {
        QJsonObject o;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key().isEmpty() ? QStringLiteral("none") : it.key(),
                     QJsonObject{{QStringLiteral("households"), it->households},
                                 {QStringLiteral("amount_fen"), it->amount}});
        return o;
    };
    QJsonObject changeCounts;
    for (const PayrollChange &c : changes)
        changeCounts.insert(c.kind, changeCounts.value(c.kind).toInt() + 1);
    QJsonArray problemList;
    for (const PayrollProblem &p : problems)
        problemList.append(QJsonObject{{QStringLiteral("code"), p.code},
                                       {QStringLiteral("household"), p.householdId},
                                       {QStringLiteral("blocks_issue"), p.blocksIssue},
                                       {QStringLiteral("message"), p.text}});
    return QJsonObject{{QStringLiteral("month"), isoMonth(month)},
                       {QStringLiteral("division_code"), divisionCode},
                       {QStringLiteral("issued"), issued},
                       {QStringLiteral("roll"), id.isEmpty() ? QJsonValue() : QJsonValue(id)},
                       {QStringLiteral("issued_on"), issuedOn.isValid() ? QJsonValue(isoDate(issuedOn)) : QJsonValue()},
                       {QStringLiteral("lines"), int(lines.size())},
                       {QStringLiteral("total_fen"), total.amount},
                       {QStringLiteral("bank_lines"), bankTotal.households},
                       {QStringLiteral("bank_total_fen"), bankTotal.amount},
                       {QStringLiteral("held"), heldCount},
                       {QStringLiteral("previous_month"), isoMonth(previousMonth)},
                       {QStringLiteral("previous_issued"), previousIssued},
                       {QStringLiteral("by_township"), totalsJson(byTownship)},
                       {QStringLiteral("by_area"), totalsJson(byArea)},
                       {QStringLiteral("by_tier"), totalsJson(byTier)},
                       {QStringLiteral("changes"), changeCounts},
                       {QStringLiteral("problems"), problemList},
                       {QStringLiteral("lines_digest"), linesDigest}};
}

QString PayrollService::rollDivision() const
{
    return m_session.divisionCode();
}

Status PayrollService::mayRun(const QDate &on) const
{
    Workflow flow(m_session);
    return flow.mayConfirm(on);
}

// The allowance lines of the month (and of the month before): RegularLines.h.
Result<QList<PayrollLine>> PayrollService::regularLines(const QDate &month, QList<PayrollLine> *previous)
{
    return regularPayrollLines(m_session.db(), month, previous);
}

// Adjustments due by this month and failed or held payments not yet paid again, merged into the households' lines.
Status PayrollService::addPendingSources(const QDate &month, QList<PayrollLine> &lines, QList<PayrollProblem> &problems)
{
    Database &db = m_session.db();
    const QString m = isoMonth(month);
    QSet<QString> usedAdjustments;
    QSet<QString> usedCarried;
    {
        auto st = db.prepare("SELECT j.value FROM payroll_lines l, json_each(l.adjustment_ids) j "
                             "WHERE l.adjustment_ids IS NOT NULL");
        if (!st)
            return st.error();
        DIBAO_TRY(st->forEachRow([&] { usedAdjustments.insert(st->text(0)); }));
    }
    {
        auto st = db.prepare("SELECT j.value FROM payroll_lines l, json_each(l.carried_line_ids) j "
                             "WHERE l.carried_line_ids IS NOT NULL");
        if (!st)
            return st.error();
        DIBAO_TRY(st->forEachRow([&] { usedCarried.insert(st->text(0)); }));
    }
    struct Source {
        QString id;
        Fen amount;
        bool adjustment;
    };
    QHash<QString, QList<Source>> byHousehold;
    QStringList order;
    auto note = [&](const QString &household, Source s) {
        if (!byHousehold.contains(household))
            order << household;
        byHousehold[household] << s;
    };
    {
        auto st = db.prepare("SELECT id, household_id, amount FROM payroll_adjustments WHERE for_month <= ? "
                             "ORDER BY for_month, rowid");
        if (!st)
            return st.error();
        st->bind(1, m);
        DIBAO_TRY(st->forEachRow([&] {
            if (!usedAdjustments.contains(st->text(0)))
                note(st->text(1), Source{st->text(0), st->int64(2), true});
        }));
    }
    {
        auto st = db.prepare("SELECT l.id, l.household_id, l.amount FROM payroll_lines l WHERE l.held = 1 AND l.month < ?1 "
                             "UNION ALL "
                             "SELECT l.id, l.household_id, l.amount FROM bank_returns b JOIN payroll_lines l "
                             "ON l.id = b.line_id WHERE b.result = 'failed' AND l.month < ?1");
        if (!st)
            return st.error();
        st->bind(1, m);
        DIBAO_TRY(st->forEachRow([&] {
            if (!usedCarried.contains(st->text(0)) && st->int64(2) > 0)
                note(st->text(1), Source{st->text(0), st->int64(2), false});
        }));
    }
    if (order.isEmpty())
        return {};
    QHash<QString, int> index;
    for (int i = 0; i < lines.size(); ++i)
        index.insert(lines.at(i).householdId, i);
    auto info = db.cached(
        "SELECT h.division_code, h.village_name, h.area, h.bank_name, h.bank_account, h.current_tier,"
        " (SELECT m.name || char(31) || m.id_number FROM members m WHERE m.household_id = h.id AND m.relation = 'self'"
        "  AND m.left_reason IS NULL LIMIT 1),"
        " (SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.left_reason IS NULL) "
        "FROM households h WHERE h.id = ?");
    if (!info)
        return info.error();
    for (const QString &household : order) {
        if (!index.contains(household)) {
            Statement &s = **info;
            s.bind(1, household);
            auto found = s.step();
            if (!found)
                return found.error();
            if (!*found)
                continue;
            PayrollLine l;
            l.householdId = household;
            l.divisionCode = s.text(0);
            l.villageName = s.text(1);
            l.area = s.text(2);
            l.bankName = s.text(3);
            l.bankAccount = s.text(4).trimmed();
            l.tier = s.text(5);
            const QStringList payee = s.text(6).split(QChar(31));
            l.payeeName = payee.value(0);
            l.payeeIdNumber = payee.value(1);
            l.members = s.integer(7);
            l.held = !usableBankAccount(l.bankAccount) || l.payeeName.trimmed().isEmpty();
            s.reset();
            index.insert(household, int(lines.size()));
            lines << l;
        }
        PayrollLine &l = lines[index.value(household)];
        QList<Source> sources = byHousehold.value(household);
        // Money owed to the household first; a deduction only as far as this month's payment covers it (the rest
        // waits for a later roll; recovery of more belongs in the recovery ledger).
        std::stable_sort(sources.begin(), sources.end(), [](const Source &a, const Source &b) {
            return a.amount > b.amount;
        });
        for (const Source &src : sources) {
            if (src.amount < 0 && l.amount + src.amount < 0) {
                problems << PayrollProblem{QStringLiteral("adjustment_deferred"), household,
                                           trPayroll("A deduction of %1 yuan is larger than this month's payment "
                                                     "of %2 yuan: it waits for a later roll.")
                                               .arg(formatYuan(-src.amount), formatYuan(l.amount)),
                                           false};
                continue;
            }
            l.amount += src.amount;
            if (src.adjustment) {
                l.adjustmentAmount += src.amount;
                l.adjustmentIds << src.id;
            } else {
                l.carriedAmount += src.amount;
                l.carriedLineIds << src.id;
            }
        }
    }
    return {};
}

// A person paid in two households in one roll would be paid twice (a transfer done as a new household, or a
// duplicate enrolment): the roll cannot be issued until it is resolved.
Status PayrollService::checkDuplicatePersons(const QList<PayrollLine> &lines, QList<PayrollProblem> &problems)
{
    auto st = m_session.db().prepare(
        "SELECT m.id_number, m.household_id, m.name FROM members m WHERE m.id_number IN "
        "(SELECT id_number FROM members GROUP BY id_number HAVING count(*) > 1) "
        "AND m.left_reason IS NULL AND m.not_counted = 'none' ORDER BY m.id_number, m.household_id");
    if (!st)
        return st.error();
    struct Member {
        QString idNumber, householdId, name;
    };
    QList<Member> shared; // counted members whose ID number appears more than once: few, usually none
    DIBAO_TRY(st->forEachRow([&] { shared << Member{st->text(0), st->text(1), st->text(2)}; }));
    if (shared.isEmpty())
        return {};
    QSet<QString> candidates; // their households; of those, the ones paid this month
    for (const Member &m : std::as_const(shared))
        candidates.insert(m.householdId);
    QSet<QString> paid;
    for (const PayrollLine &l : lines)
        if (l.baseAmount > 0 && candidates.contains(l.householdId))
            paid.insert(l.householdId);
    QHash<QString, QStringList> households;
    QHash<QString, QString> names;
    for (const Member &m : std::as_const(shared)) {
        if (paid.contains(m.householdId)) {
            households[m.idNumber] << m.householdId;
            names.insert(m.idNumber, m.name);
        }
    }
    for (auto it = households.cbegin(); it != households.cend(); ++it) {
        if (it->size() < 2)
            continue;
        problems << PayrollProblem{QStringLiteral("duplicate_person"), it->first(),
                                   trPayroll("%1 is a counted member of %2 households paid this month (%3): a person "
                                             "is paid once. Resolve the transfer or duplicate before issuing.")
                                       .arg(names.value(it.key()))
                                       .arg(it->size())
                                       .arg(it->join(QStringLiteral(", "))),
                                   true};
    }
    return {};
}

Result<PayrollRoll> PayrollService::assemble(const QDate &month, QList<PayrollLine> lines,
                                             QList<PayrollProblem> problems, QList<PayrollLine> previous,
                                             bool previousIssued)
{
    PayrollRoll roll;
    roll.divisionCode = rollDivision();
    roll.month = month;
    roll.previousMonth = month.addMonths(-1);
    roll.previousIssued = previousIssued;
    // Last month's paid lines by household, each marked when this month pays the household too (else it stopped).
    struct Before {
        const PayrollLine *line = nullptr;
        bool paidNow = false;
    };
    QHash<QString, Before> before;
    before.reserve(previous.size());
    for (const PayrollLine &p : previous)
        if (p.baseAmount > 0)
            before.insert(p.householdId, Before{&p, false});
    for (PayrollLine &l : lines) {
        const auto found = before.find(l.householdId);
        const PayrollLine *p = found == before.end() ? nullptr : found->line;
        if (p && l.baseAmount > 0)
            found->paidNow = true;
        l.previousAmount = p ? p->baseAmount : -1;
        if (l.changeKind.isEmpty()) {
            if (l.baseAmount <= 0)
                l.changeKind = PayrollChangeKind::CarriedOnly;
            else if (!p)
                l.changeKind = PayrollChangeKind::New;
            else if (l.baseAmount > p->baseAmount)
                l.changeKind = PayrollChangeKind::Raised;
            else if (l.baseAmount < p->baseAmount)
                l.changeKind = l.memberLostShare ? PayrollChangeKind::ShareReduced : PayrollChangeKind::Lowered;
            else
                l.changeKind = PayrollChangeKind::Same;
        }
    }
    // Sorted by township, village, payee, household: one key per line, and the lines moved once.
    {
        std::vector<std::pair<QString, int>> keys;
        keys.reserve(size_t(lines.size()));
        const QChar sep(31);
        for (int i = 0; i < lines.size(); ++i) {
            const PayrollLine &l = lines.at(i);
            keys.emplace_back(l.divisionCode + sep + l.villageName + sep + l.payeeName + sep + l.householdId, i);
        }
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<PayrollLine> sorted;
        sorted.reserve(lines.size());
        for (const auto &k : keys)
            sorted.append(std::move(lines[k.second]));
        lines = std::move(sorted);
    }
    QCryptographicHash digest(QCryptographicHash::Sha256);
    QByteArray canonical;
    int sequence = 0;
    for (PayrollLine &l : lines) {
        l.bankSequence = l.sentToBank() ? ++sequence : 0;
        canonical.clear();
        appendCanonicalLine(canonical, l);
        digest.addData(canonical);
        roll.total.households += 1;
        roll.total.amount += l.amount;
        if (l.sentToBank()) {
            roll.bankTotal.households += 1;
            roll.bankTotal.amount += l.amount;
        }
        if (l.held)
            ++roll.heldCount;
        addTo(roll.byTownship, l.divisionCode, l.amount);
        addTo(roll.byArea, l.area, l.amount);
        addTo(roll.byTier, l.tier, l.amount);
        if (l.changeKind != PayrollChangeKind::Same) {
            QString note;
            if (l.carriedAmount != 0)
                note += trPayroll("carried %1 yuan; ").arg(formatYuan(l.carriedAmount));
            if (l.adjustmentAmount != 0)
                note += trPayroll("adjusted %1 yuan; ").arg(formatYuan(l.adjustmentAmount));
            roll.changes << PayrollChange{l.householdId, l.divisionCode, l.villageName, l.payeeName, l.changeKind,
                                          l.previousAmount, l.baseAmount, note.trimmed()};
        }
    }
    for (const PayrollLine &p : previous) {
        if (p.baseAmount > 0 && !before.value(p.householdId).paidNow)
            roll.changes << PayrollChange{p.householdId, p.divisionCode, p.villageName, p.payeeName,
                                          PayrollChangeKind::Stopped, p.baseAmount, 0, QString()};
    }
    roll.linesDigest = QString::fromLatin1(digest.result().toHex());
    roll.lines = std::move(lines);
    roll.problems = std::move(problems);
    return roll;
}

Result<PayrollRoll> PayrollService::preview(const QDate &monthIn)
{
    const QDate month = firstOfMonth(monthIn);
    DIBAO_TRY(mayRun(chinaToday()));
    auto issued = issuedRoll(month);
    if (!issued)
        return issued.error();
    if (*issued)
        return **issued; // an issued roll is shown as issued, never recomputed
    QList<PayrollProblem> problems;
    // Last month: its issued roll if there is one, else what its roll would be (computed in the same pass).
    auto prevId = rollId(month.addMonths(-1));
    if (!prevId)
        return prevId.error();
    QList<PayrollLine> previous;
    if (*prevId) {
        auto stored = storedLines(**prevId);
        if (!stored)
            return stored.error();
        previous = std::move(*stored);
    }
    auto lines = regularLines(month, *prevId ? nullptr : &previous);
    if (!lines)
        return lines.error();
    DIBAO_TRY(addPendingSources(month, *lines, problems));
    DIBAO_TRY(checkDuplicatePersons(*lines, problems));
    return assemble(month, std::move(*lines), std::move(problems), std::move(previous), prevId->has_value());
}

Result<std::optional<QString>> PayrollService::rollId(const QDate &month)
{
    auto st = m_session.db().cached("SELECT id FROM payroll_rolls WHERE division_code = ? AND month = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, rollDivision()).bind(2, isoMonth(month));
    auto r = (*st)->step();
    if (!r)
        return r.error();
    std::optional<QString> id;
    if (*r)
        id = (*st)->text(0);
    (*st)->reset();
    return id;
}

Result<QDate> PayrollService::lastIssuedMonth()
{
    auto st = m_session.db().cached("SELECT max(month) FROM payroll_rolls WHERE division_code = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, rollDivision());
    auto r = (*st)->step();
    if (!r)
        return r.error();
    const QDate last = (*st)->isNull(0) ? QDate() : parseIsoMonth((*st)->text(0));
    (*st)->reset();
    return last;
}

Result<QList<PayrollLine>> PayrollService::storedLines(const QString &rollId)
{
    auto st = m_session.db().prepare(
        "SELECT l.id, l.household_id, l.division_code, l.village_name, l.area, l.tier, l.members, l.payee_name, "
        "l.payee_id_number, l.bank_name, l.bank_account, l.base_amount, l.adjustment_amount, l.carried_amount, l.amount, "
        "l.held, l.custody, l.change_kind, l.previous_amount, l.adjustment_ids, l.carried_line_ids "
        "FROM payroll_lines l WHERE l.roll_id = ?");
    if (!st)
        return st.error();
    st->bind(1, rollId);
    QList<PayrollLine> out;
    DIBAO_TRY(st->forEachRow([&] {
        PayrollLine l;
        l.id = st->text(0);
        l.householdId = st->text(1);
        l.divisionCode = st->text(2);
        l.villageName = st->text(3);
        l.area = st->text(4);
        l.tier = st->text(5);
        l.members = st->integer(6);
        l.payeeName = st->text(7);
        l.payeeIdNumber = st->text(8);
        l.bankName = st->text(9);
        l.bankAccount = st->text(10);
        l.baseAmount = st->int64(11);
        l.adjustmentAmount = st->int64(12);
        l.carriedAmount = st->int64(13);
        l.amount = st->int64(14);
        l.held = st->int64(15) != 0;
        l.custody = st->int64(16) != 0;
        l.changeKind = st->text(17);
        l.previousAmount = st->isNull(18) ? Fen(-1) : st->int64(18);
        if (!st->isNull(19))
            l.adjustmentIds = parseList(st->text(19));
        if (!st->isNull(20))
            l.carriedLineIds = parseList(st->text(20));
        out << l;
    }));
    return out;
}

Result<std::optional<PayrollRoll>> PayrollService::issuedRoll(const QDate &monthIn)
{
    DIBAO_TRY(m_session.require(Action::ViewCases));
    const QDate month = firstOfMonth(monthIn);
    auto st = m_session.db().prepare("SELECT r.id, r.issued_on, COALESCE(u.display_name, r.issued_by), r.lines_digest "
                                     "FROM payroll_rolls r LEFT JOIN users u ON u.id = r.issued_by "
                                     "WHERE r.division_code = ? AND r.month = ?");
    if (!st)
        return st.error();
    st->bind(1, rollDivision()).bind(2, isoMonth(month));
    auto r = st->step();
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<PayrollRoll>();
    const QString id = st->text(0);
    const QDate issuedOn = parseIsoDate(st->text(1));
    const QString issuedBy = st->text(2);
    const QString digest = st->text(3);
    st->reset();
    auto lines = storedLines(id);
    if (!lines)
        return lines.error();
    auto prevId = rollId(month.addMonths(-1));
    if (!prevId)
        return prevId.error();
    QList<PayrollLine> previous;
    if (*prevId) {
        auto stored = storedLines(**prevId);
        if (!stored)
            return stored.error();
        previous = std::move(*stored);
    } else {
        auto computed = regularLines(month.addMonths(-1), nullptr);
        if (!computed)
            return computed.error();
        previous = std::move(*computed);
    }
    auto roll = assemble(month, std::move(*lines), {}, std::move(previous), prevId->has_value());
    if (!roll)
        return roll.error();
    roll->id = id;
    roll->issued = true;
    roll->issuedOn = issuedOn;
    roll->issuedBy = issuedBy;
    if (roll->linesDigest != digest)
        return makeError(ErrorKind::Internal, QStringLiteral("payroll_digest_mismatch"),
                         trPayroll("The lines of the %1 roll no longer match the digest recorded when it was issued.")
                             .arg(isoMonth(month)));
    return std::optional<PayrollRoll>(std::move(*roll));
}

Result<PayrollRoll> PayrollService::issue(const QDate &month, const QDate &on, const Progress &progress)
{
    return issueRoll(month, on, progress, {});
}

Result<PayrollService::Issued> PayrollService::issueWithFiles(const QDate &month, const QDate &on,
                                                              const QString &directory,
                                                              const PayrollExportOptions &options,
                                                              const Progress &progress)
{
    if (!QDir().mkpath(directory))
        return makeError(ErrorKind::Io, QStringLiteral("payroll_export"),
                         trPayroll("Cannot create the folder %1.").arg(directory));
    QTemporaryDir staging(QDir(directory).filePath(QStringLiteral(".dibao-payroll-XXXXXX")));
    if (!staging.isValid())
        return makeError(ErrorKind::Io, QStringLiteral("payroll_export"),
                         trPayroll("Cannot write into the folder %1.").arg(directory));
    std::future<Result<PayrollExportFiles>> files;
    auto roll = issueRoll(month, on, progress, [&](const PayrollRoll &complete) {
        // A copy of the roll (its lists shared, read by both threads, written by neither).
        files = std::async(std::launch::async, [complete, path = staging.path(), options] {
            return exportPayroll(complete, path, options);
        });
    });
    Result<PayrollExportFiles> written = files.valid() ? files.get() : Result<PayrollExportFiles>(PayrollExportFiles{});
    if (!roll)
        return roll.error(); // nothing issued: the staging folder goes with its files
    // The roll stays issued whatever happens to its files now; the message says so.
    const auto notWritten = [month = isoMonth(roll->month)](ErrorKind kind, const QString &code, const QString &why) {
        return makeError(kind, code, trPayroll("The %1 roll was issued, but its files could not be written: %2")
                                         .arg(month, why));
    };
    if (!written)
        return notWritten(written.error().kind, written.error().code, written.error().message);
    Issued issued{std::move(*roll), {}};
    for (auto [from, to] : {std::pair{written->bankFile, &issued.files.bankFile},
                            std::pair{written->workbook, &issued.files.workbook}}) {
        *to = QDir(directory).filePath(QFileInfo(from).fileName());
        std::error_code error;
        std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(*to).toStdString(), error);
        if (error)
            return notWritten(ErrorKind::Io, QStringLiteral("payroll_export"), QString::fromStdString(error.message()));
    }
    return issued;
}

Result<PayrollRoll> PayrollService::issueRoll(const QDate &monthIn, const QDate &onIn, const Progress &progress,
                                              const std::function<void(const PayrollRoll &)> &beforeLines)
{
    const QDate month = firstOfMonth(monthIn);
    const QDate on = onIn.isValid() ? onIn : chinaToday();
    DIBAO_TRY(mayRun(on));
    if (!month.isValid())
        return refused("payroll_month", trPayroll("Name the month of the roll (YYYY-MM)."));
    if (month > firstOfMonth(on).addMonths(1))
        return refused("payroll_month_future",
                       trPayroll("The %1 roll cannot be issued on %2: at most next month's roll is issued ahead.")
                           .arg(isoMonth(month), isoDate(on)));
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    auto existing = rollId(month);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorKind::Conflict, QStringLiteral("payroll_already_issued"),
                         trPayroll("The %1 roll was already issued and cannot change; corrections go into a later "
                                   "roll as adjustments.")
                             .arg(isoMonth(month)));
    auto last = lastIssuedMonth();
    if (!last)
        return last.error();
    if (last->isValid() && month < *last)
        return refused("payroll_out_of_order",
                       trPayroll("The %1 roll is already issued; an earlier month cannot follow it.").arg(isoMonth(*last)));
    if (last->isValid() && month > last->addMonths(1))
        return refused("payroll_month_skipped",
                       trPayroll("The last roll issued is %1: issue %2 first (no month is skipped).")
                           .arg(isoMonth(*last), isoMonth(last->addMonths(1))));
    auto roll = preview(month);
    if (!roll)
        return roll.error();
    for (const PayrollProblem &p : roll->problems)
        if (p.blocksIssue)
            return refused("payroll_problems", trPayroll("The roll cannot be issued: %1").arg(p.text));
    const qint64 lineCount = roll->lines.size();
    auto cancelled = [] {
        return makeError(ErrorKind::Invalid, QStringLiteral("cancelled"),
                         trPayroll("Issuing was cancelled: nothing was written."));
    };
    if (progress && !progress(0, lineCount))
        return cancelled();

    RecordWriter &w = m_session.writer();
    const WriteContext who = m_session.writeContext();
    roll->id = newId();
    roll->issued = true;
    roll->issuedOn = on;
    roll->issuedBy = m_session.actor().displayName;
    DIBAO_TRY(w.insert(who, QStringLiteral("payroll_rolls"),
                       Row{{QStringLiteral("id"), roll->id},
                           {QStringLiteral("division_code"), roll->divisionCode},
                           {QStringLiteral("month"), isoMonth(month)},
                           {QStringLiteral("issued_on"), isoDate(on)},
                           {QStringLiteral("issued_by"), m_session.actor().userId},
                           {QStringLiteral("line_count"), qint64(roll->lines.size())},
                           {QStringLiteral("held_count"), qint64(roll->heldCount)},
                           {QStringLiteral("total_fen"), roll->total.amount},
                           {QStringLiteral("bank_total_fen"), roll->bankTotal.amount},
                           {QStringLiteral("lines_digest"), roll->linesDigest}}));
    const QString m = isoMonth(month);
    // The lines are written in parts of one township's lines (store/PayrollRollParts.h): each part an audited,
    // synced record holding its lines' text, the lines themselves derived from it (bank returns and carried payments
    // name them by id). The parts are cut on a second thread, one ahead of the part written.
    for (PayrollLine &l : roll->lines)
        l.id = newId();
    if (beforeLines)
        beforeLines(*roll);
    const QList<PayrollLine> &lines = roll->lines;
    const QString rollId = roll->id;
    auto lineAt = [&lines, &rollId, &m](qsizetype i) {
        const PayrollLine &l = lines.at(i);
        return Row{{QStringLiteral("id"), l.id},
                   {QStringLiteral("roll_id"), rollId},
                   {QStringLiteral("month"), m},
                   {QStringLiteral("household_id"), l.householdId},
                   {QStringLiteral("division_code"), l.divisionCode},
                   {QStringLiteral("village_name"), nullIfEmpty(l.villageName)},
                   {QStringLiteral("area"), l.area},
                   {QStringLiteral("tier"), nullIfEmpty(l.tier)},
                   {QStringLiteral("members"), qint64(l.members)},
                   {QStringLiteral("payee_name"), l.payeeName},
                   {QStringLiteral("payee_id_number"), nullIfEmpty(l.payeeIdNumber)},
                   {QStringLiteral("bank_name"), nullIfEmpty(l.bankName)},
                   {QStringLiteral("bank_account"), nullIfEmpty(l.bankAccount)},
                   {QStringLiteral("base_amount"), l.baseAmount},
                   {QStringLiteral("adjustment_amount"), l.adjustmentAmount},
                   {QStringLiteral("carried_amount"), l.carriedAmount},
                   {QStringLiteral("amount"), l.amount},
                   {QStringLiteral("held"), qint64(l.held ? 1 : 0)},
                   {QStringLiteral("custody"), qint64(l.custody ? 1 : 0)},
                   {QStringLiteral("change_kind"), l.changeKind},
                   {QStringLiteral("previous_amount"), l.previousAmount < 0 ? QVariant() : QVariant(l.previousAmount)},
                   {QStringLiteral("adjustment_ids"), jsonList(l.adjustmentIds)},
                   {QStringLiteral("carried_line_ids"), jsonList(l.carriedLineIds)}};
    };
    auto written = [&](qsizetype done) { return !progress || progress(done, lineCount); };
    if (Status st = PayrollRollParts::writeRoll(w, m_session.db(), who, roll->id, m, lineCount, lineAt,
                                                [] { return newId(); }, written);
        !st)
        return st.error().code == QLatin1String("cancelled") ? cancelled() : st.error();
    DIBAO_TRY(tx.commit());
    return std::move(*roll);
}

Result<BankReturnSummary> PayrollService::importBankReturns(const QDate &monthIn,
                                                            const QList<BankReturnRecord> &records,
                                                            const QDate &returnedOnIn)
{
    const QDate month = firstOfMonth(monthIn);
    const QDate returnedOn = returnedOnIn.isValid() ? returnedOnIn : chinaToday();
    DIBAO_TRY(mayRun(returnedOn));
    auto roll = issuedRoll(month);
    if (!roll)
        return roll.error();
    if (!*roll)
        return refused("payroll_not_issued",
                       trPayroll("There is no issued %1 roll to match the bank's result to.").arg(isoMonth(month)));
    QHash<int, const PayrollLine *> bySequence;
    for (const PayrollLine &l : (*roll)->lines)
        if (l.bankSequence > 0)
            bySequence.insert(l.bankSequence, &l);
    QHash<QString, QString> existing;
    {
        auto st = m_session.db().prepare("SELECT line_id, result FROM bank_returns WHERE roll_id = ?");
        if (!st)
            return st.error();
        st->bind(1, (*roll)->id);
        DIBAO_TRY(st->forEachRow([&] { existing.insert(st->text(0), st->text(1)); }));
    }
    // Check everything first: a file that does not match the roll changes nothing.
    BankReturnSummary summary;
    QSet<int> seen;
    QList<QPair<const PayrollLine *, const BankReturnRecord *>> toWrite;
    for (int i = 0; i < records.size(); ++i) {
        const BankReturnRecord &r = records.at(i);
        const PayrollLine *l = bySequence.value(r.sequence);
        const QString where = trPayroll("row %1 (序号 %2)").arg(i + 1).arg(r.sequence);
        if (!l)
            return refused("bank_return_unknown", trPayroll("%1: the %2 bank file has no such line.")
                                                      .arg(where, isoMonth(month)));
        if (seen.contains(r.sequence))
            return refused("bank_return_duplicate", trPayroll("%1 appears twice.").arg(where));
        seen.insert(r.sequence);
        if (r.account.trimmed() != l->bankAccount || (r.amount >= 0 && r.amount != l->amount))
            return refused("bank_return_mismatch",
                           trPayroll("%1: account or amount differs from the line paid (%2, %3 yuan).")
                               .arg(where, l->bankAccount, formatYuan(l->amount)));
        if (!r.paid && r.reason.trimmed().isEmpty())
            return refused("bank_return_reason", trPayroll("%1: a failed payment needs the bank's reason.").arg(where));
        const QString result = r.paid ? QStringLiteral("paid") : QStringLiteral("failed");
        if (existing.contains(l->id)) {
            if (existing.value(l->id) != result)
                return refused("bank_return_conflict",
                               trPayroll("%1: the bank's result for this line was already recorded as %2.")
                                   .arg(where, existing.value(l->id)));
            ++summary.unchanged;
            continue;
        }
        toWrite << qMakePair(l, &r);
    }
    Transaction tx(m_session.db());
    DIBAO_TRY(tx.begun());
    RecordWriter &w = m_session.writer();
    const WriteContext who = m_session.writeContext();
    for (const auto &[line, record] : toWrite) {
        DIBAO_TRY(w.insert(who, QStringLiteral("bank_returns"),
                           Row{{QStringLiteral("id"), newId()},
                               {QStringLiteral("line_id"), line->id},
                               {QStringLiteral("roll_id"), (*roll)->id},
                               {QStringLiteral("division_code"), line->divisionCode},
                               {QStringLiteral("result"), record->paid ? QStringLiteral("paid") : QStringLiteral("failed")},
                               {QStringLiteral("reason"), record->paid ? QString() : record->reason.trimmed()},
                               {QStringLiteral("returned_on"), isoDate(returnedOn)}}));
        if (record->paid) {
            ++summary.paid;
        } else {
            ++summary.failed;
            summary.failedAmount += line->amount;
        }
    }
    DIBAO_TRY(tx.commit());
    return summary;
}

Result<QString> PayrollService::addAdjustment(const PayrollAdjustmentInput &in)
{
    DIBAO_TRY(mayRun(chinaToday()));
    if (in.amount == 0)
        return refused("adjustment_amount", trPayroll("An adjustment is a non-zero amount."));
    if (in.reason.trimmed().isEmpty())
        return refused("reason_required", trPayroll("An adjustment needs written reasons."));
    auto household = m_session.writer().read(QStringLiteral("households"), in.householdId);
    if (!household)
        return household.error();
    if (!*household)
        return makeError(ErrorKind::NotFound, QStringLiteral("household_not_found"),
                         trPayroll("No household %1.").arg(in.householdId));
    auto last = lastIssuedMonth();
    if (!last)
        return last.error();
    QDate forMonth = in.forMonth.isValid() ? firstOfMonth(in.forMonth)
                                           : (last->isValid() ? last->addMonths(1) : firstOfMonth(chinaToday()));
    if (last->isValid() && forMonth <= *last)
        return refused("payroll_month_issued",
                       trPayroll("The %1 roll is already issued: an adjustment goes into a later roll.")
                           .arg(isoMonth(*last)));
    const QString id = newId();
    DIBAO_TRY(m_session.writer().insert(m_session.writeContext(), QStringLiteral("payroll_adjustments"),
                                        Row{{QStringLiteral("id"), id},
                                            {QStringLiteral("household_id"), in.householdId},
                                            {QStringLiteral("for_month"), isoMonth(forMonth)},
                                            {QStringLiteral("amount"), in.amount},
                                            {QStringLiteral("reason"), in.reason.trimmed()},
                                            {QStringLiteral("corrects_roll_id"), nullIfEmpty(in.correctsRollId)}}));
    return id;
}

} // namespace dibao
