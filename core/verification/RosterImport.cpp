#include "verification/RosterImport.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "db/Database.h"
#include "store/AddressIndex.h"
#include "domain/IdNumber.h"
#include "domain/Tokens.h"
#include "io/TabularMapper.h"
#include "io/TabularSource.h"
#include "policy/PolicySet.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QHash>

namespace dibao {

namespace {

QString trRoster(const char *text)
{
    return QCoreApplication::translate("dibao::RosterImport", text);
}

std::optional<Relation> relationFrom(const QString &text)
{
    const QString t = text.trimmed();
    if (auto token = fromToken<Relation>(t.toLower()))
        return token;
    static const QHash<QString, Relation> words{
        {QStringLiteral("户主"), Relation::Self},       {QStringLiteral("本人"), Relation::Self},
        {QStringLiteral("申请人"), Relation::Self},     {QStringLiteral("配偶"), Relation::Spouse},
        {QStringLiteral("妻"), Relation::Spouse},       {QStringLiteral("夫"), Relation::Spouse},
        {QStringLiteral("妻子"), Relation::Spouse},     {QStringLiteral("丈夫"), Relation::Spouse},
        {QStringLiteral("子"), Relation::Child},        {QStringLiteral("女"), Relation::Child},
        {QStringLiteral("儿子"), Relation::Child},      {QStringLiteral("女儿"), Relation::Child},
        {QStringLiteral("子女"), Relation::Child},      {QStringLiteral("长子"), Relation::Child},
        {QStringLiteral("长女"), Relation::Child},      {QStringLiteral("次子"), Relation::Child},
        {QStringLiteral("次女"), Relation::Child},      {QStringLiteral("父亲"), Relation::Parent},
        {QStringLiteral("母亲"), Relation::Parent},     {QStringLiteral("父母"), Relation::Parent},
        {QStringLiteral("祖父"), Relation::Grandparent}, {QStringLiteral("祖母"), Relation::Grandparent},
        {QStringLiteral("外祖父"), Relation::Grandparent}, {QStringLiteral("外祖母"), Relation::Grandparent},
        {QStringLiteral("孙子"), Relation::Grandchild}, {QStringLiteral("孙女"), Relation::Grandchild},
        {QStringLiteral("外孙子"), Relation::Grandchild}, {QStringLiteral("外孙女"), Relation::Grandchild},
        {QStringLiteral("兄弟姐妹"), Relation::Sibling}, {QStringLiteral("兄"), Relation::Sibling},
        {QStringLiteral("弟"), Relation::Sibling},      {QStringLiteral("姐"), Relation::Sibling},
        {QStringLiteral("妹"), Relation::Sibling},      {QStringLiteral("儿媳"), Relation::ChildInLaw},
        {QStringLiteral("女婿"), Relation::ChildInLaw}, {QStringLiteral("其他"), Relation::Other}};
    const auto it = words.constFind(t);
    if (it != words.constEnd())
        return *it;
    return std::nullopt;
}

std::optional<Area> areaFrom(const QString &text)
{
    const QString t = text.trimmed();
    if (auto token = fromToken<Area>(t.toLower()))
        return token;
    static const QHash<QString, Area> words{{QStringLiteral("城市"), Area::Urban},    {QStringLiteral("城镇"), Area::Urban},
                                            {QStringLiteral("城市低保"), Area::Urban}, {QStringLiteral("农村"), Area::Rural},
                                            {QStringLiteral("农村低保"), Area::Rural}};
    const auto it = words.constFind(t);
    if (it != words.constEnd())
        return *it;
    return std::nullopt;
}

struct Pending {
    RosterHousehold summary;
    HouseholdFile file;
    QString bankName, bankAccount, phone, address;
};

} // namespace

const QStringList &RosterImport::requiredFields()
{
    static const QStringList fields{QStringLiteral("household"), QStringLiteral("township"),
                                    QStringLiteral("name"),      QStringLiteral("id_number"),
                                    QStringLiteral("relation"),  QStringLiteral("area"),
                                    QStringLiteral("amount"),    QStringLiteral("approval_document"),
                                    QStringLiteral("approval_date")};
    return fields;
}

Result<RosterImportResult> RosterImport::run(Session &session, const ColumnMapping &mapping, const QString &path,
                                             bool dryRun, int maxErrors)
{
    DIBAO_TRY(session.require(Action::ImportHouseholds));
    // The households arrive enrolled with their amount in force: authority fields (docs/sync.md), written only by
    // the confirming authority — the county, or a township where confirmation is delegated. Anyone allowed to import
    // households may check a roster (the dry run); writing it belongs to the authority, here and not only in the UI.
    if (!dryRun && !session.isCounty()
        && session.policy().choice(QStringLiteral("confirmer"), QStringLiteral("default"), chinaToday())
                   .value_or(QStringLiteral("county"))
            != QLatin1String("township"))
        return makeError(ErrorKind::Permission, QStringLiteral("roster_not_authority"),
                         trRoster("%1 (%2) may check a roster here but not import it: the households arrive enrolled "
                                  "with their amount, which only the confirming authority writes. Import it at the "
                                  "county (or in a township where confirmation is delegated).")
                             .arg(session.actor().name, roleDisplayName(session.actor().role)));
    for (const QString &f : requiredFields())
        if (mapping.indexOf(f) < 0)
            return makeError(ErrorKind::Invalid, QStringLiteral("roster_mapping_fields"),
                             trRoster("A roster mapping must map the fields %1 (missing: %2).")
                                 .arg(requiredFields().join(QStringLiteral(", ")), f));
    if (mapping.fields.at(mapping.indexOf(QStringLiteral("id_number"))).type != FieldType::IdNumber
        || mapping.fields.at(mapping.indexOf(QStringLiteral("amount"))).type != FieldType::Money
        || mapping.fields.at(mapping.indexOf(QStringLiteral("approval_date"))).type != FieldType::Date)
        return makeError(ErrorKind::Invalid, QStringLiteral("roster_mapping_fields"),
                         trRoster("In a roster mapping id_number has type id_number, amount money and approval_date "
                                  "date."));
    auto source = TabularSource::openFile(path, TabularMapper::sourceOptions(mapping));
    if (!source)
        return source.error();
    auto mapper = TabularMapper::create(mapping, *source);
    if (!mapper)
        return mapper.error();

    RosterImportResult result;
    MappingReport &report = result.report;
    auto addError = [&](qint64 line, const QString &field, const QString &code, const QString &message) {
        if (report.errors.size() >= maxErrors) {
            report.truncated = true;
            return;
        }
        RowError e;
        e.line = line;
        e.field = field;
        if (const qsizetype i = mapping.indexOf(field); i >= 0) {
            e.columnNumber = mapper->columnOf(i) + 1;
            e.column = mapper->columnLabel(i);
        }
        e.code = code;
        e.message = message;
        report.errors.append(e);
    };

    QList<Pending> pending;
    QHash<QString, qsizetype> byKey;
    QHash<QString, qint64> idLines; // ID number -> line where it first appeared
    const QDate today = chinaToday();
    mapper->scan(*source, maxErrors, report, [&](const TabularRow &row, const MappedRow &m) {
        const qsizetype errorsBefore = report.errors.size();
        const bool truncatedBefore = report.truncated;
        const QString key = m.text(QStringLiteral("household"));
        const QString township = m.text(QStringLiteral("township"));
        const auto relation = relationFrom(m.text(QStringLiteral("relation")));
        if (!relation)
            addError(row.line, QStringLiteral("relation"), QStringLiteral("roster_relation"),
                     trRoster("Unknown relation \"%1\" (户主, 配偶, 子, 女, 父亲, 母亲, … or a token such as self, "
                              "spouse, child).")
                         .arg(m.text(QStringLiteral("relation"))));
        const auto area = areaFrom(m.text(QStringLiteral("area")));
        if (!area)
            addError(row.line, QStringLiteral("area"), QStringLiteral("roster_area"),
                     trRoster("Unknown area \"%1\" (城市 or 农村, urban or rural).").arg(m.text(QStringLiteral("area"))));
        const Fen amount = m.fen(QStringLiteral("amount"));
        if (amount <= 0)
            addError(row.line, QStringLiteral("amount"), QStringLiteral("roster_amount"),
                     trRoster("The amount in force must be more than zero."));
        const QDate approvedOn = m.date(QStringLiteral("approval_date"));
        if (approvedOn > today)
            addError(row.line, QStringLiteral("approval_date"), QStringLiteral("roster_approval_date"),
                     trRoster("The approval date %1 is in the future.").arg(isoDate(approvedOn)));
        const QString document = m.text(QStringLiteral("approval_document"));
        const QString idNumber = m.text(QStringLiteral("id_number"));
        if (const auto seen = idLines.constFind(idNumber); seen != idLines.constEnd())
            addError(row.line, QStringLiteral("id_number"), QStringLiteral("roster_duplicate"),
                     trRoster("The ID number %1 is already on line %2 of this file.")
                         .arg(maskIdNumber(idNumber))
                         .arg(*seen));
        else
            idLines.insert(idNumber, row.line);

        qsizetype index = byKey.value(key, -1);
        if (index < 0) {
            Pending p;
            p.summary.key = key;
            p.summary.line = row.line;
            p.summary.divisionCode = township;
            p.summary.villageName = m.text(QStringLiteral("village"));
            p.summary.amount = amount;
            p.summary.tier = m.text(QStringLiteral("tier"));
            p.summary.approvalDocument = document;
            p.summary.approvedOn = approvedOn;
            const QDate since = m.date(QStringLiteral("enrolled_since"));
            p.summary.enrolledSince =
                since.isValid() ? firstOfMonth(since) : firstOfMonth(approvedOn.isValid() ? approvedOn : today).addMonths(1);
            p.file.household.id = newId();
            p.file.household.divisionCode = township;
            p.file.household.villageName = p.summary.villageName;
            p.file.household.area = area.value_or(Area::Rural);
            p.file.household.registeredAddress = m.text(QStringLiteral("address"));
            p.file.household.bankName = m.text(QStringLiteral("bank_name"));
            p.file.household.bankAccount = m.text(QStringLiteral("bank_account"));
            p.file.household.phone = m.text(QStringLiteral("phone"));
            p.file.household.enrolment = EnrolmentStatus::Enrolled;
            p.file.household.migrated = true;
            p.file.household.migratedReference = document;
            index = pending.size();
            pending.append(std::move(p));
            byKey.insert(key, index);
        } else {
            // Household fields must agree on every row of the household.
            const RosterHousehold &h = pending.at(index).summary;
            auto differs = [&](const QString &field, bool different, const QString &first) {
                if (different)
                    addError(row.line, field, QStringLiteral("roster_household_mismatch"),
                             trRoster("Household %1: %2 differs from its first row (line %3: %4).")
                                 .arg(key, field)
                                 .arg(h.line)
                                 .arg(first));
            };
            differs(QStringLiteral("township"), township != h.divisionCode, h.divisionCode);
            differs(QStringLiteral("amount"), amount != h.amount, formatYuan(h.amount));
            differs(QStringLiteral("approval_document"), document != h.approvalDocument, h.approvalDocument);
            differs(QStringLiteral("approval_date"), approvedOn != h.approvedOn, isoDate(h.approvedOn));
        }
        Pending &p = pending[index];
        Member member;
        member.id = newId();
        member.householdId = p.file.household.id;
        member.name = m.text(QStringLiteral("name"));
        member.idNumber = idNumber;
        member.relation = relation.value_or(Relation::Other);
        if (auto info = parseIdNumber(idNumber)) {
            member.sex = info->sex;
            member.birthDate = info->birthDate;
        }
        p.file.members.append(member);
        if (member.relation == Relation::Self && p.summary.applicantName.isEmpty())
            p.summary.applicantName = member.name;
        if (report.errors.size() > errorsBefore || report.truncated != truncatedBefore)
            ++report.rowsWithErrors;
        else
            ++report.rowsValid;
    });

    // Whole households: the household store's own checks, one applicant, and nobody already in the database.
    HouseholdStore households(session);
    auto dup = session.db().prepare(
        "SELECT m.household_id, m.name, h.division_code, h.migrated_reference FROM members m "
        "JOIN households h ON h.id = m.household_id WHERE m.id_number = ? AND m.left_reason IS NULL LIMIT 1");
    if (!dup)
        return dup.error();
    for (Pending &p : pending) {
        int applicants = 0;
        for (const Member &mem : std::as_const(p.file.members))
            applicants += mem.relation == Relation::Self ? 1 : 0;
        if (applicants != 1)
            addError(p.summary.line, QStringLiteral("relation"), QStringLiteral("roster_applicant"),
                     trRoster("Household %1 must have exactly one applicant (户主/本人), not %2.")
                         .arg(p.summary.key)
                         .arg(applicants));
        if (const Status st = households.validate(p.file); !st)
            addError(p.summary.line, QString(), st.error().code,
                     trRoster("Household %1: %2").arg(p.summary.key, st.error().message));
        for (const Member &mem : std::as_const(p.file.members)) {
            dup->bind(1, mem.idNumber);
            auto r = dup->step();
            if (!r)
                return r.error();
            if (*r)
                addError(idLines.value(mem.idNumber), QStringLiteral("id_number"), QStringLiteral("roster_in_database"),
                         trRoster("%1 (%2) is already in the database: household %3 (township %4), %5.")
                             .arg(mem.name, maskIdNumber(mem.idNumber), dup->text(0), dup->text(2), dup->text(1)));
            dup->reset();
        }
        // The roster says nothing of stability: the shorter review period applies until a review says otherwise.
        const qint64 months =
            session.policy().integer(QStringLiteral("review_months"), QStringLiteral("other"), today).value_or(6);
        QDate due = p.summary.enrolledSince.addMonths(int(months));
        while (due < today)
            due = due.addMonths(int(months));
        p.summary.nextReviewDue = due;
        p.summary.members = int(p.file.members.size());
        result.memberCount += p.summary.members;
    }
    for (const Pending &p : std::as_const(pending))
        result.households << p.summary;
    if (!report.ok() || dryRun)
        return result;

    RecordWriter &w = session.writer();
    const WriteContext who = session.writeContext();
    Transaction tx(session.db());
    DIBAO_TRY(tx.begun());
    for (qsizetype i = 0; i < pending.size(); ++i) {
        Pending &p = pending[i];
        Row h = HouseholdStore::householdRow(p.file.household);
        h.insert(QStringLiteral("current_amount"), p.summary.amount);
        h.insert(QStringLiteral("current_tier"), p.summary.tier.isEmpty() ? QString() : p.summary.tier);
        h.insert(QStringLiteral("enrolled_since"), isoMonth(p.summary.enrolledSince));
        h.insert(QStringLiteral("next_review_due"), isoDate(p.summary.nextReviewDue));
        h.insert(QStringLiteral("migrated_approved_on"), isoDate(p.summary.approvedOn));
        DIBAO_TRY(w.insert(who, QStringLiteral("households"), h));
        for (const Member &mem : std::as_const(p.file.members))
            DIBAO_TRY(w.insert(who, QStringLiteral("members"), HouseholdStore::memberRow(mem)));
        result.households[i].householdId = p.file.household.id;
    }
    DIBAO_TRY(indexQueuedAddresses(session.db()));
    DIBAO_TRY(tx.commit());
    result.committed = true;
    return result;
}

} // namespace dibao
