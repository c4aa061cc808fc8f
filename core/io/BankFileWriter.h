#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "io/CsvWriter.h"
#include "io/TextEncoding.h"

#include <QIODevice>
#include <QString>

#include <memory>

namespace dibao {

// One payment of a payroll to one household's account.
struct BankPayment {
    QString accountNumber; // digits only, as the bank prints it without spaces
    QString accountName; // the account holder as the bank knows them
    QString idNumber; // the holder's ID number; optional
    Fen amount = 0; // more than zero
    QString memo; // e.g. "2026年11月低保金"; optional
};

struct BankFileOptions {
    TextEncoding encoding = TextEncoding::Gb18030; // most bank batch systems in China; UTF-8 on request
    bool byteOrderMark = false;
    bool headerRow = true;
};

// The bank file of a payroll: CSV, CRLF, comma, one payment per line in the layout of docs/tabular-io.md
// (序号,账号,户名,金额,证件号码,摘要), amounts in yuan with two decimals. Bank systems split lines on commas without
// understanding quotes, and staff open these files in Excel, so a field that would need quoting (comma, quote,
// line break) or would start a formula (= + - @) is refused instead of written. Tokens: bank_account,
// bank_name, bank_amount, bank_id_number, bank_field, csv_text_invalid, io_write.
class BankFileWriter {
public:
    BankFileWriter(QIODevice *device, const BankFileOptions &options = {});

    Status add(const BankPayment &payment);
    // Writes the header of a file without payments (an empty payroll still gives a well-formed file).
    Status finish();
    qint64 count() const { return m_count; }
    Fen total() const { return m_total; }

    static QStringList headerFields();

private:
    CsvWriter m_csv;
    BankFileOptions m_options;
    bool m_headerWritten = false;
    qint64 m_count = 0;
    Fen m_total = 0;
};

} // namespace dibao
