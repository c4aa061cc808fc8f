#include "support/TestSupport.h"

#include "domain/IdNumber.h"
#include "policy/PolicyRow.h"
#include "store/PolicyStore.h"
#include "store/UserStore.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace dibao::test {

QString dataPath(const QString &name)
{
    return QStringLiteral(DIBAO_TEST_DATA_DIR "/") + name;
}

QString makeIdNumber(const QString &addressCode, const QDate &birth, int sequence)
{
    const QString first17 = addressCode + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + idNumberCheckCharacter(first17);
}

qint64 queryScalar(Session &session, const char *sql)
{
    auto st = session.db().prepare(sql);
    if (!st)
        return -1;
    auto row = st->step();
    if (!row || !*row)
        return -1;
    return st->int64(0);
}

Status setTestPolicy(Session &session, const QString &kind, const QString &key, const QJsonValue &value,
                     const QDate &from)
{
    PolicyRow row;
    row.kind = kind;
    row.key = key;
    row.effectiveFrom = from;
    row.issuer = QStringLiteral("昭阳区民政局");
    row.documentNumber = QStringLiteral("昭区民发〔2026〕测试号");
    row.value = value;
    DIBAO_TRY(PolicyStore(session).upsert({row}));
    session.invalidatePolicy();
    return {};
}

TempDatabase::TempDatabase(const QString &divisionCode)
{
    m_path = m_dir.filePath(QStringLiteral("test.db"));
    Session::InitOptions options;
    options.divisionCode = divisionCode;
    options.adminName = QStringLiteral("admin");
    options.adminDisplayName = QStringLiteral("管理员");
    options.adminPassword = QStringLiteral("secret1");
    options.cheapPasswordHash = true;
    auto created = Session::create(m_path, options);
    if (!created)
        throw std::runtime_error(created.error().message.toStdString());
    m_session = std::move(created).value();
}

QString TempDatabase::addUser(const QString &name, Role role)
{
    const Actor previous = m_session->actor();
    if (Status st = m_session->signIn(QStringLiteral("admin"), QStringLiteral("secret1")); !st)
        throw std::runtime_error(st.error().message.toStdString());
    UserStore users(*m_session);
    auto user = users.create(name, name, role, m_session->divisionCode(), QStringLiteral("secret1"), PasswordCost::Minimal);
    if (!user)
        throw std::runtime_error(user.error().message.toStdString());
    m_session->actAs(previous);
    return name;
}

void TempDatabase::signInAs(const QString &name)
{
    if (Status st = m_session->signIn(name, QStringLiteral("secret1")); !st)
        throw std::runtime_error(st.error().message.toStdString());
}

void TempDatabase::actAsRole(Role role, const QString &displayName)
{
    m_session->actAs(Actor{QStringLiteral("actor-") + toToken(role), toToken(role), displayName, role,
                           isCountyRole(role) ? m_session->divisionCode().left(6) : m_session->divisionCode()});
}

void TempDatabase::reopen()
{
    m_session.reset();
    auto opened = Session::open(m_path);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_session = std::move(opened).value();
    if (Status st = m_session->signIn(QStringLiteral("admin"), QStringLiteral("secret1")); !st)
        throw std::runtime_error(st.error().message.toStdString());
}

HouseholdFile sampleHousehold(const QDate &asOf, int variant, const QString &township)
{
    HouseholdFile f;
    f.household.divisionCode = township;
    f.household.villageName = QStringLiteral("新村");
    f.household.area = Area::Rural;
    f.household.registeredAddress = QStringLiteral("昭阳区旧圃镇新村三组%1号").arg(variant + 1);
    f.household.bankAccount = QStringLiteral("6217000000000%1").arg(variant, 4, 10, QLatin1Char('0'));
    const QString county = township.left(6);
    Member applicant;
    applicant.id = QStringLiteral("m-a-%1").arg(variant);
    applicant.name = QStringLiteral("王%1明").arg(QChar(0x5C0F + variant % 50));
    applicant.idNumber = makeIdNumber(county, QDate(1980, 3, 15), 100 + 2 * variant + 1);
    applicant.relation = Relation::Self;
    Member spouse;
    spouse.id = QStringLiteral("m-b-%1").arg(variant);
    spouse.name = QStringLiteral("李芳");
    spouse.idNumber = makeIdNumber(county, QDate(1982, 5, 20), 100 + 2 * variant);
    spouse.relation = Relation::Spouse;
    Member child;
    child.id = QStringLiteral("m-c-%1").arg(variant);
    child.name = QStringLiteral("王乐");
    child.idNumber = makeIdNumber(county, QDate(2015, 9, 1), 300 + 2 * variant + 1);
    child.relation = Relation::Child;
    f.members << applicant << spouse << child;
    IncomeItem wage;
    wage.memberId = applicant.id;
    wage.kind = QStringLiteral("wage");
    wage.fromMonth = QDate(asOf.year(), asOf.month(), 1).addMonths(-12);
    wage.toMonth = QDate(asOf.year(), asOf.month(), 1).addMonths(-1);
    wage.amount = 110000 * 12;
    f.incomes << wage;
    return f;
}

CliResult runCli(const QStringList &arguments, const QStringList &env, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DIBAO_LANG"), QStringLiteral("en"));
    environment.insert(QStringLiteral("DIBAO_PASSWORD"), QStringLiteral("secret1"));
    for (const QString &kv : env) {
        const int eq = kv.indexOf(QLatin1Char('='));
        if (eq > 0 && kv.mid(eq + 1).isEmpty() && kv.endsWith(QLatin1Char('=')))
            environment.remove(kv.left(eq));
        else if (eq > 0)
            environment.insert(kv.left(eq), kv.mid(eq + 1));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DIBAO_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace dibao::test
