#include "domain/IdNumber.h"

#include <gtest/gtest.h>

using namespace dibao;

namespace {

const QDate kToday(2026, 11, 29);

QString errorCode(const QString &id)
{
    const auto r = parseIdNumber(id, kToday);
    return r.ok() ? QStringLiteral("ok") : r.error().code;
}

} // namespace

TEST(IdNumber, StandardExampleIsValid)
{
    const auto r = parseIdNumber(QStringLiteral("11010519491231002X"), kToday);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->normalized, QStringLiteral("11010519491231002X"));
    EXPECT_EQ(r->birthDate, QDate(1949, 12, 31));
    EXPECT_EQ(r->sex, Sex::Female); // sequence 002: even
    EXPECT_EQ(r->addressCode, QStringLiteral("110105"));
    EXPECT_FALSE(r->legacy15);
}

TEST(IdNumber, LowerCaseXIsAcceptedAndStoredUpperCase)
{
    const auto r = parseIdNumber(QStringLiteral("11010519491231002x"), kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->normalized, QStringLiteral("11010519491231002X"));
}

TEST(IdNumber, SurroundingWhiteSpaceIsIgnored)
{
    const auto r = parseIdNumber(QStringLiteral("  530602199001011239 "), kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->normalized, QStringLiteral("530602199001011239"));
    EXPECT_EQ(r->sex, Sex::Male); // sequence 123: odd
    EXPECT_EQ(r->birthDate, QDate(1990, 1, 1));
}

TEST(IdNumber, ObsoleteAddressCodeIsAccepted)
{
    // 530630 was 水富县 until 2018; 2000-02-29 is a real date (2000 is a leap year).
    const auto r = parseIdNumber(QStringLiteral("53063020000229004X"), kToday);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->addressCode, QStringLiteral("530630"));
    EXPECT_EQ(r->birthDate, QDate(2000, 2, 29));
}

TEST(IdNumber, ResidencePermitAddressCodeIsAccepted)
{
    EXPECT_EQ(errorCode(QStringLiteral("810000199001011230")), QStringLiteral("ok"));
}

TEST(IdNumber, LegacyFifteenDigitsBecomeEighteen)
{
    const auto r = parseIdNumber(QStringLiteral("530602800101123"), kToday);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r->legacy15);
    EXPECT_EQ(r->normalized, QStringLiteral("530602198001011234"));
    EXPECT_EQ(r->birthDate, QDate(1980, 1, 1));
    EXPECT_EQ(r->sex, Sex::Male);
    // The upgraded number is itself valid.
    EXPECT_EQ(errorCode(r->normalized), QStringLiteral("ok"));
}

TEST(IdNumber, EmptyIsRejected)
{
    EXPECT_EQ(errorCode(QString()), QStringLiteral("id_empty"));
    EXPECT_EQ(errorCode(QStringLiteral("   ")), QStringLiteral("id_empty"));
}

TEST(IdNumber, WrongLengthIsRejected)
{
    EXPECT_EQ(errorCode(QStringLiteral("12345")), QStringLiteral("id_length"));
    EXPECT_EQ(errorCode(QStringLiteral("11010519491231002XX")), QStringLiteral("id_length"));
    EXPECT_EQ(errorCode(QStringLiteral("1101051949123100")), QStringLiteral("id_length"));
}

TEST(IdNumber, BadCharactersAreRejected)
{
    EXPECT_EQ(errorCode(QStringLiteral("11010519491231002Y")), QStringLiteral("id_characters"));
    EXPECT_EQ(errorCode(QStringLiteral("1101051949123100X2")), QStringLiteral("id_characters"));
    EXPECT_EQ(errorCode(QStringLiteral("53060280010112X")), QStringLiteral("id_characters"));
    EXPECT_EQ(errorCode(QString::fromUtf8("１１０１０５１９４９１２３１００２X")), QStringLiteral("id_characters"));
}

TEST(IdNumber, ImpossibleAddressCodesAreRejected)
{
    EXPECT_EQ(errorCode(QStringLiteral("010105194912310021")), QStringLiteral("id_address_code"));
    EXPECT_EQ(errorCode(QStringLiteral("910105194912310021")), QStringLiteral("id_address_code"));
    EXPECT_EQ(errorCode(QStringLiteral("000000194912310021")), QStringLiteral("id_address_code"));
    EXPECT_EQ(errorCode(QStringLiteral("530000199001011239")), QStringLiteral("id_address_code"));
    EXPECT_EQ(errorCode(QStringLiteral("720105194912310021")), QStringLiteral("id_address_code")); // no province 72
    // 重庆 is 50: a 0 in the second place is fine.
    EXPECT_EQ(errorCode(QStringLiteral("500105194912310022")), QStringLiteral("ok"));
}

TEST(IdNumber, ImpossibleDatesAreRejected)
{
    EXPECT_EQ(errorCode(QStringLiteral("530602199002301234")), QStringLiteral("id_birth_date")); // 30 Feb
    EXPECT_EQ(errorCode(QStringLiteral("530602200102291234")), QStringLiteral("id_birth_date")); // 2001 not leap
    EXPECT_EQ(errorCode(QStringLiteral("530602190002291234")), QStringLiteral("id_birth_date")); // 1900 not leap
    EXPECT_EQ(errorCode(QStringLiteral("530602199013011234")), QStringLiteral("id_birth_date")); // month 13
    EXPECT_EQ(errorCode(QStringLiteral("530602990230123")), QStringLiteral("id_birth_date"));    // legacy 1999-02-30
}

TEST(IdNumber, FutureBirthDateIsRejected)
{
    EXPECT_EQ(errorCode(QStringLiteral("530602202701011234")), QStringLiteral("id_birth_date_future"));
    // Born "today" is fine; the day after is not.
    const auto ok = parseIdNumber(QStringLiteral("530602202611291234"), kToday);
    EXPECT_NE(ok.ok() ? QString() : ok.error().code, QStringLiteral("id_birth_date_future"));
    EXPECT_EQ(errorCode(QStringLiteral("530602202611301234")), QStringLiteral("id_birth_date_future"));
}

TEST(IdNumber, WrongCheckCharacterNamesTheExpectedOne)
{
    const auto r = parseIdNumber(QStringLiteral("530602199001011238"), kToday);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("id_check_character"));
    EXPECT_EQ(r.error().kind, ErrorKind::Invalid);
    EXPECT_TRUE(r.error().message.contains(QLatin1Char('9'))) << r.error().message.toStdString();

    const auto x = parseIdNumber(QStringLiteral("110105194912310021"), kToday);
    ASSERT_FALSE(x.ok());
    EXPECT_EQ(x.error().code, QStringLiteral("id_check_character"));
    EXPECT_TRUE(x.error().message.contains(QLatin1Char('X')));
}

TEST(IdNumber, EveryErrorHasAMessage)
{
    for (const char *id : {"", "1", "11010519491231002Y", "010105194912310021", "530602199002301234",
                           "530602202701011234", "530602199001011238"}) {
        const auto r = parseIdNumber(QString::fromLatin1(id), kToday);
        ASSERT_FALSE(r.ok()) << id;
        EXPECT_FALSE(r.error().message.isEmpty()) << id;
    }
}

TEST(IdNumber, CheckCharacter)
{
    EXPECT_EQ(idNumberCheckCharacter(u"11010519491231002"), QLatin1Char('X'));
    EXPECT_EQ(idNumberCheckCharacter(u"53060219900101123"), QLatin1Char('9'));
    EXPECT_TRUE(idNumberCheckCharacter(u"1101051949123100").isNull());
}

TEST(IdNumber, Mask)
{
    EXPECT_EQ(maskIdNumber(QStringLiteral("53060219900101123X")), QStringLiteral("530602********123X"));
    EXPECT_EQ(maskIdNumber(QStringLiteral("11010519491231002x")), QStringLiteral("110105********002X"));
    EXPECT_EQ(maskIdNumber(QStringLiteral("530602199001011239")).size(), 18);
    EXPECT_FALSE(maskIdNumber(QStringLiteral("5306021990")).contains(QStringLiteral("1990")));
}
