#pragma once

#include "common/Result.h"
#include "io/TextEncoding.h"
#include "payroll/Payroll.h"

#include <QString>

namespace dibao {

struct PayrollExportOptions {
    TextEncoding encoding = TextEncoding::Gb18030; // the bank file's encoding (docs/payroll.md)
    bool byteOrderMark = false;
};

struct PayrollExportFiles {
    QString bankFile;   // CSV in the bank's layout: the lines sent to the bank
    QString workbook;   // .xlsx: 发放明细 (every line), 合计 (totals), 变动 (changes against last month)
};

// Writes a roll's bank file and workbook into a directory (through core/io: BankFileWriter, XlsxWriter). A preview's
// files say so in their names ("-preview"); an issued roll's do not. Both are written completely or not at all
// (QSaveFile). Layout: docs/payroll.md.
Result<PayrollExportFiles> exportPayroll(const PayrollRoll &roll, const QString &directory,
                                         const PayrollExportOptions &options = {});

// "dibao-payroll-530627-2026-11" (+ "-preview"): the base name of a roll's files.
QString payrollFileBase(const PayrollRoll &roll);

// The memo on each bank payment: "2026年11月低保金".
QString payrollMemo(const PayrollRoll &roll);

} // namespace dibao
