#include "io/HouseholdJson.h"

#include "common/ChinaDate.h"
#include "common/Uuid.h"
#include "domain/Tokens.h"
#include "store/HouseholdStore.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dibao {

namespace {

QString trImport(const char *text)
{
    return QCoreApplication::translate("dibao::HouseholdImport", text);
}

// A small reader that remembers where it is, so every error names its place in the file.
class Reader {
public:
    Reader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    Status allowOnly(std::initializer_list<const char *> keys) const
    {
        QSet<QString> allowed;
        for (const char *k : keys)
            allowed.insert(QString::fromLatin1(k));
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!allowed.contains(it.key()))
                return fail(it.key(), trImport("unknown field"));
        return {};
    }

    Error fail(const QString &key, const QString &what) const
    {
        return makeError(ErrorKind::Invalid, QStringLiteral("import_invalid"),
                         trImport("%1.%2: %3").arg(m_path, key, what));
    }

    Result<QString> string(const char *key, bool required = false) const
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = m_object.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(k, trImport("required"));
            return QString();
        }
        if (!v.isString())
            return fail(k, trImport("must be text"));
        if (required && v.toString().trimmed().isEmpty())
            return fail(k, trImport("required"));
        return v.toString().trimmed();
    }

    Result<qint64> integer(const char *key, qint64 fallback = 0, bool required = false) const
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = m_object.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(k, trImport("required"));
            return fallback;
        }
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 9.0e15)
            return fail(k, trImport("must be a whole number of fen, 0 or more"));
        return qint64(d);
    }

    Result<bool> boolean(const char *key, bool fallback = false) const
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = m_object.value(k);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            return fail(k, trImport("must be true or false"));
        return v.toBool();
    }

    template <typename E>
    Result<E> token(const char *key, E fallback) const
    {
        auto s = string(key);
        if (!s)
            return s.error();
        if (s->isEmpty())
            return fallback;
        auto e = fromToken<E>(*s);
        if (!e)
            return fail(QString::fromLatin1(key),
                        trImport("\"%1\" is not one of: %2").arg(*s, allTokens<E>().join(QStringLiteral(", "))));
        return *e;
    }

    Result<QDate> month(const char *key) const
    {
        auto s = string(key, true);
        if (!s)
            return s.error();
        const QDate m = parseIsoMonth(*s);
        if (!m.isValid())
            return fail(QString::fromLatin1(key), trImport("must be a month YYYY-MM"));
        return m;
    }

    Result<QDate> date(const char *key) const
    {
        auto s = string(key);
        if (!s)
            return s.error();
        if (s->isEmpty())
            return QDate();
        const QDate d = parseIsoDate(*s);
        if (!d.isValid())
            return fail(QString::fromLatin1(key), trImport("must be a date YYYY-MM-DD"));
        return d;
    }

    Result<QJsonArray> array(const char *key) const
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = m_object.value(k);
        if (v.isUndefined() || v.isNull())
            return QJsonArray();
        if (!v.isArray())
            return fail(k, trImport("must be a list"));
        return v.toArray();
    }

    QString path() const { return m_path; }

private:
    QJsonObject m_object;
    QString m_path;
};

#define TAKE(var, expr)                                                                                               \
    auto var##Result_ = (expr);                                                                                       \
    if (!var##Result_)                                                                                                \
        return var##Result_.error();                                                                                  \
    auto var = *var##Result_

Result<QJsonObject> objectAt(const QJsonArray &array, int i, const QString &path)
{
    if (!array.at(i).isObject())
        return makeError(ErrorKind::Invalid, QStringLiteral("import_invalid"),
                         trImport("%1[%2]: must be an object").arg(path).arg(i));
    return array.at(i).toObject();
}

Result<HouseholdImportEntry> parseHousehold(const QJsonObject &object, const QString &path)
{
    Reader r(object, path);
    DIBAO_TRY(r.allowOnly({"division_code", "village_code", "village_name", "area", "registered_address",
                           "actual_address", "separated_residence", "bank_name", "bank_account", "phone",
                           "stable_category", "members", "incomes", "expenses", "assets", "application"}));
    HouseholdImportEntry entry;
    Household &h = entry.file.household;
    TAKE(division, r.string("division_code", true));
    h.divisionCode = division;
    TAKE(villageCode, r.string("village_code"));
    h.villageCode = villageCode;
    TAKE(villageName, r.string("village_name"));
    h.villageName = villageName;
    TAKE(area, r.token<Area>("area", Area::Rural));
    h.area = area;
    TAKE(registered, r.string("registered_address"));
    h.registeredAddress = registered;
    TAKE(actual, r.string("actual_address"));
    h.actualAddress = actual;
    TAKE(separated, r.boolean("separated_residence"));
    h.separatedResidence = separated;
    TAKE(bankName, r.string("bank_name"));
    h.bankName = bankName;
    TAKE(bankAccount, r.string("bank_account"));
    h.bankAccount = bankAccount;
    TAKE(phone, r.string("phone"));
    h.phone = phone;
    TAKE(stable, r.boolean("stable_category"));
    h.stableCategory = stable;

    QHash<QString, QString> refs; // member "ref" -> generated member id
    TAKE(members, r.array("members"));
    for (int i = 0; i < members.size(); ++i) {
        const QString mpath = path + QStringLiteral(".members[%1]").arg(i);
        TAKE(mo, objectAt(members, i, path + QStringLiteral(".members")));
        Reader m(mo, mpath);
        DIBAO_TRY(m.allowOnly({"ref", "name", "id_number", "relation", "health", "disability_category",
                               "disability_grade", "serious_illness", "work_ability", "occupation", "student_level",
                               "full_time_student", "lives_together", "support_duty", "cannot_live_independently",
                               "not_counted", "not_counted_note", "work_refusals"}));
        Member member;
        member.id = newId();
        TAKE(ref, m.string("ref"));
        const QString key = ref.isEmpty() ? QString::number(i) : ref;
        if (refs.contains(key))
            return m.fail(QStringLiteral("ref"), trImport("\"%1\" is used by two members").arg(key));
        refs.insert(key, member.id);
        TAKE(name, m.string("name", true));
        member.name = name;
        TAKE(idNumber, m.string("id_number", true));
        member.idNumber = idNumber;
        TAKE(relation, m.token<Relation>("relation", Relation::Self));
        member.relation = relation;
        TAKE(health, m.token<Health>("health", Health::Healthy));
        member.health = health;
        TAKE(category, m.string("disability_category"));
        member.disabilityCategory = category;
        TAKE(grade, m.integer("disability_grade"));
        member.disabilityGrade = int(grade);
        TAKE(illness, m.boolean("serious_illness"));
        member.seriousIllness = illness;
        TAKE(work, m.token<WorkAbility>("work_ability", WorkAbility::Able));
        member.workAbility = work;
        TAKE(occupation, m.string("occupation"));
        member.occupation = occupation;
        TAKE(level, m.token<StudentLevel>("student_level", StudentLevel::None));
        member.studentLevel = level;
        TAKE(fullTime, m.boolean("full_time_student"));
        member.fullTimeStudent = fullTime;
        TAKE(together, m.boolean("lives_together", true));
        member.livesTogether = together;
        TAKE(duty, m.boolean("support_duty", true));
        member.supportDuty = duty;
        TAKE(dependent, m.boolean("cannot_live_independently"));
        member.cannotLiveIndependently = dependent;
        TAKE(notCounted, m.token<NotCountedReason>("not_counted", NotCountedReason::None));
        member.notCounted = notCounted;
        TAKE(notCountedNote, m.string("not_counted_note"));
        member.notCountedNote = notCountedNote;
        TAKE(refusals, m.integer("work_refusals"));
        member.workRefusals = int(refusals);
        entry.file.members << member;
    }
    auto memberRef = [&refs](const Reader &reader, const char *key) -> Result<QString> {
        auto ref = reader.string(key);
        if (!ref)
            return ref.error();
        if (ref->isEmpty())
            return QString();
        if (!refs.contains(*ref))
            return reader.fail(QString::fromLatin1(key), trImport("no member has ref \"%1\"").arg(*ref));
        return refs.value(*ref);
    };

    TAKE(incomes, r.array("incomes"));
    for (int i = 0; i < incomes.size(); ++i) {
        TAKE(io, objectAt(incomes, i, path + QStringLiteral(".incomes")));
        Reader in(io, path + QStringLiteral(".incomes[%1]").arg(i));
        DIBAO_TRY(in.allowOnly({"member", "kind", "amount", "from", "to", "work_costs", "taxes", "social_insurance",
                                "support_paid", "note"}));
        IncomeItem item;
        TAKE(member, memberRef(in, "member"));
        item.memberId = member;
        TAKE(kind, in.string("kind", true));
        item.kind = kind;
        TAKE(amount, in.integer("amount", 0, true));
        item.amount = amount;
        TAKE(from, in.month("from"));
        item.fromMonth = from;
        TAKE(to, in.month("to"));
        item.toMonth = to;
        TAKE(workCosts, in.integer("work_costs"));
        item.workCosts = workCosts;
        TAKE(taxes, in.integer("taxes"));
        item.taxes = taxes;
        TAKE(insurance, in.integer("social_insurance"));
        item.socialInsurance = insurance;
        TAKE(support, in.integer("support_paid"));
        item.supportPaid = support;
        TAKE(note, in.string("note"));
        item.note = note;
        entry.file.incomes << item;
    }
    TAKE(expenses, r.array("expenses"));
    for (int i = 0; i < expenses.size(); ++i) {
        TAKE(eo, objectAt(expenses, i, path + QStringLiteral(".expenses")));
        Reader ex(eo, path + QStringLiteral(".expenses[%1]").arg(i));
        DIBAO_TRY(ex.allowOnly({"member", "kind", "amount", "from", "to", "note"}));
        ExpenseItem item;
        TAKE(member, memberRef(ex, "member"));
        item.memberId = member;
        TAKE(kind, ex.string("kind", true));
        item.kind = kind;
        TAKE(amount, ex.integer("amount", 0, true));
        item.amount = amount;
        TAKE(from, ex.month("from"));
        item.fromMonth = from;
        TAKE(to, ex.month("to"));
        item.toMonth = to;
        TAKE(note, ex.string("note"));
        item.note = note;
        entry.file.expenses << item;
    }
    TAKE(assets, r.array("assets"));
    for (int i = 0; i < assets.size(); ++i) {
        TAKE(ao, objectAt(assets, i, path + QStringLiteral(".assets")));
        Reader as(ao, path + QStringLiteral(".assets[%1]").arg(i));
        DIBAO_TRY(as.allowOnly({"member", "kind", "sub_kind", "value", "count", "floor_area_centi_sqm",
                                "purchase_date", "exempt", "exempt_reason", "note"}));
        AssetItem item;
        TAKE(member, memberRef(as, "member"));
        item.memberId = member;
        TAKE(kind, as.string("kind", true));
        item.kind = kind;
        TAKE(subKind, as.string("sub_kind"));
        item.subKind = subKind;
        TAKE(value, as.integer("value"));
        item.value = value;
        TAKE(count, as.integer("count", 1));
        item.count = int(count);
        TAKE(area, as.integer("floor_area_centi_sqm"));
        item.floorAreaCentiSqm = area;
        TAKE(purchase, as.date("purchase_date"));
        item.purchaseDate = purchase;
        TAKE(exempt, as.boolean("exempt"));
        item.exempt = exempt;
        TAKE(exemptReason, as.string("exempt_reason"));
        item.exemptReason = exemptReason;
        TAKE(note, as.string("note"));
        item.note = note;
        entry.file.assets << item;
    }

    const QJsonValue app = object.value(QStringLiteral("application"));
    if (!app.isUndefined() && !app.isNull()) {
        if (!app.isObject())
            return r.fail(QStringLiteral("application"), trImport("must be an object"));
        Reader a(app.toObject(), path + QStringLiteral(".application"));
        DIBAO_TRY(a.allowOnly({"applicant", "channel", "entrusted_name", "submitted_on", "near_relative_declared",
                               "near_relative_note", "individual_member", "documents"}));
        entry.hasApplication = true;
        TAKE(applicant, memberRef(a, "applicant"));
        if (applicant.isEmpty())
            return a.fail(QStringLiteral("applicant"), trImport("required: the ref of the applying member"));
        entry.application.applicantMemberId = applicant;
        TAKE(channel, a.string("channel"));
        if (!channel.isEmpty())
            entry.application.channel = channel;
        TAKE(entrusted, a.string("entrusted_name"));
        entry.application.entrustedName = entrusted;
        TAKE(submitted, a.date("submitted_on"));
        if (submitted.isValid() && submitted > chinaToday())
            return a.fail(QStringLiteral("submitted_on"), trImport("is in the future"));
        entry.application.submittedOn = submitted;
        TAKE(declared, a.boolean("near_relative_declared"));
        entry.application.nearRelativeDeclared = declared;
        TAKE(declaredNote, a.string("near_relative_note"));
        entry.application.nearRelativeNote = declaredNote;
        TAKE(individual, memberRef(a, "individual_member"));
        entry.application.individualMemberId = individual;
        TAKE(documents, a.array("documents"));
        for (int i = 0; i < documents.size(); ++i) {
            TAKE(d, objectAt(documents, i, a.path() + QStringLiteral(".documents")));
            Reader dr(d, a.path() + QStringLiteral(".documents[%1]").arg(i));
            DIBAO_TRY(dr.allowOnly({"kind", "status", "note"}));
            CaseDocument doc;
            TAKE(kind, dr.string("kind", true));
            doc.kind = kind;
            TAKE(status, dr.string("status", true));
            doc.status = status;
            TAKE(note, dr.string("note"));
            doc.note = note;
            entry.application.documents << doc;
        }
    }
    return entry;
}

} // namespace

Result<QList<HouseholdImportEntry>> parseHouseholdImport(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorKind::Invalid, QStringLiteral("import_not_json"),
                         trImport("The file is not valid JSON (at byte %1: %2).")
                             .arg(error.offset)
                             .arg(error.errorString()));
    if (!doc.isObject())
        return makeError(ErrorKind::Invalid, QStringLiteral("import_invalid"),
                         trImport("The file must be a JSON object with \"format\" and \"households\"."));
    const QJsonObject root = doc.object();
    Reader r(root, QStringLiteral("$"));
    DIBAO_TRY(r.allowOnly({"format", "version", "households"}));
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("dibao-households"))
        return r.fail(QStringLiteral("format"), trImport("must be \"dibao-households\""));
    if (root.value(QStringLiteral("version")).toInt(-1) != 1)
        return r.fail(QStringLiteral("version"), trImport("must be 1"));
    TAKE(households, r.array("households"));
    if (households.isEmpty())
        return r.fail(QStringLiteral("households"), trImport("lists no household"));
    QList<HouseholdImportEntry> out;
    for (int i = 0; i < households.size(); ++i) {
        TAKE(object, objectAt(households, i, QStringLiteral("households")));
        TAKE(entry, parseHousehold(object, QStringLiteral("households[%1]").arg(i)));
        out << entry;
    }
    return out;
}

Result<QStringList> importHouseholds(Session &session, const QByteArray &json)
{
    DIBAO_TRY(session.require(Action::ImportHouseholds));
    auto parsed = parseHouseholdImport(json);
    if (!parsed)
        return parsed.error();
    HouseholdStore households(session);
    CaseStore cases(session);
    QStringList caseIds;
    Transaction tx(session.db());
    DIBAO_TRY(tx.begun());
    for (int i = 0; i < parsed->size(); ++i) {
        HouseholdImportEntry &entry = (*parsed)[i];
        const QString where = QStringLiteral("households[%1]: ").arg(i);
        if (Status st = households.create(entry.file); !st)
            return makeError(st.error().kind, st.error().code, where + st.error().message);
        if (!entry.hasApplication)
            continue;
        entry.application.householdId = entry.file.household.id;
        auto caseId = cases.createApplication(entry.application);
        if (!caseId)
            return makeError(caseId.error().kind, caseId.error().code, where + caseId.error().message);
        caseIds << *caseId;
    }
    DIBAO_TRY(tx.commit());
    return caseIds;
}

} // namespace dibao
