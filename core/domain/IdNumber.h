#pragma once

#include "common/ChinaDate.h"
#include "common/Result.h"
#include "domain/Household.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace dibao {

// A resident ID number (GB 11643-1999) taken apart. Sex and birth date of a Member are derived from it.
struct IdNumberInfo {
    QString normalized;   // always 18 characters, check character upper-case 'X'
    QDate birthDate;
    Sex sex = Sex::Male;  // odd sequence digit = male
    QString addressCode;  // the 6-digit address code as written; obsolete codes are kept, never "corrected"
    bool legacy15 = false; // was a 15-digit number, upgraded by inserting "19" and computing the check character
};

// Error codes (Error::code) returned by parseIdNumber; stable tokens for the CLI and the UI.
namespace IdNumberError {
inline constexpr const char *Empty = "id_empty";
inline constexpr const char *Length = "id_length";
inline constexpr const char *Characters = "id_characters";
inline constexpr const char *AddressCode = "id_address_code";
inline constexpr const char *BirthDate = "id_birth_date";
inline constexpr const char *FutureBirthDate = "id_birth_date_future";
inline constexpr const char *CheckCharacter = "id_check_character";
} // namespace IdNumberError

// Parses and validates an 18-digit number (or a legacy 15-digit one, upgraded to 18). Leading and trailing
// white space is ignored; a lower-case 'x' is accepted. `today` is the China-local date a birth date may not pass.
Result<IdNumberInfo> parseIdNumber(const QString &text, QDate today = chinaToday());

// The check character for the first 17 digits ('0'..'9' or 'X'); a null QChar when the input is not 17 digits.
QChar idNumberCheckCharacter(QStringView first17);

// "530602********123X": the first 6 and last 4 characters, 8 stars between, for anything published or printed.
// Input that is not 15 or 18 characters is fully starred (never leak a malformed number in the clear).
QString maskIdNumber(const QString &idNumber);

} // namespace dibao
