#include "io/BankFileWriter.h"

#include <QCoreApplication>

#include <limits>

namespace dibao {

namespace {

Error bankError(const char *code, const QString &message)
{
    return makeError(ErrorKind::Invalid, QString::fromLatin1(code), message);
}

// Safe for a bank's naive comma split and for a spreadsheet: no delimiter, quote or control character, and no
// leading character a spreadsheet would take as the start of a formula.
bool plainField(const QString &text)
{
    for (const QChar c : text)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@'))
            return false;
        if (first.isSpace() || text.back().isSpace())
            return false;
    }
    return true;
}

bool digitsOnly(const QString &text)
{
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !text.isEmpty();
}

} // namespace

BankFileWriter::BankFileWriter(QIODevice *device, const BankFileOptions &options)
    : m_csv(device, CsvWriteOptions{options.encoding, options.byteOrderMark, QLatin1Char(','), true}),
      m_options(options)
{
}

QStringList BankFileWriter::headerFields()
{
    // The column names are part of the file layout agreed with banks, not user-interface text: never translated.
    return {QStringLiteral("序号"), QStringLiteral("账号"),     QStringLiteral("户名"),
            QStringLiteral("金额"), QStringLiteral("证件号码"), QStringLiteral("摘要")};
}

Status BankFileWriter::add(const BankPayment &payment)
{
    const qint64 line = m_count + 1;
    if (!digitsOnly(payment.accountNumber) || payment.accountNumber.size() < 6 || payment.accountNumber.size() > 32)
        return bankError("bank_account",
                         QCoreApplication::translate("dibao::BankFileWriter",
                                                     "Payment %1: the account number must be 6 to 32 digits.")
                             .arg(line));
    if (payment.accountName.trimmed().isEmpty() || !plainField(payment.accountName))
        return bankError(
            "bank_name",
            QCoreApplication::translate("dibao::BankFileWriter",
                                        "Payment %1: the account holder's name is empty or holds characters a "
                                        "bank file cannot carry.")
                .arg(line));
    if (payment.amount <= 0)
        return bankError(
            "bank_amount",
            QCoreApplication::translate("dibao::BankFileWriter", "Payment %1: the amount must be more than zero.")
                .arg(line));
    if (!payment.idNumber.isEmpty()
        && (payment.idNumber.size() != 18 || !digitsOnly(payment.idNumber.left(17))
            || !(payment.idNumber.at(17).isDigit() || payment.idNumber.at(17) == QLatin1Char('X'))))
        return bankError(
            "bank_id_number",
            QCoreApplication::translate("dibao::BankFileWriter", "Payment %1: the ID number must be 18 characters.")
                .arg(line));
    if (!plainField(payment.memo) || payment.memo.size() > 60)
        return bankError(
            "bank_field",
            QCoreApplication::translate("dibao::BankFileWriter",
                                        "Payment %1: the memo holds characters a bank file cannot carry, or is "
                                        "longer than 60 characters.")
                .arg(line));
    if (m_total > std::numeric_limits<Fen>::max() - payment.amount)
        return bankError(
            "bank_amount",
            QCoreApplication::translate("dibao::BankFileWriter", "Payment %1: the total overflows.").arg(line));

    if (m_options.headerRow && !m_headerWritten) {
        DIBAO_TRY(m_csv.writeRow(headerFields()));
        m_headerWritten = true;
    }
    DIBAO_TRY(m_csv.writeRow({QString::number(line), payment.accountNumber, payment.accountName,
                              formatYuan(payment.amount), payment.idNumber, payment.memo}));
    ++m_count;
    m_total += payment.amount;
    return {};
}

Status BankFileWriter::finish()
{
    if (m_options.headerRow && !m_headerWritten) {
        DIBAO_TRY(m_csv.writeRow(headerFields()));
        m_headerWritten = true;
    }
    return {};
}

} // namespace dibao
