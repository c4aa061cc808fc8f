// docs/sync.md's merge-policy table is the code's (core/sync/MergePolicy.cpp), row for row.
#include "store/RecordWriter.h"
#include "support/TestSupport.h"
#include "sync/MergePolicy.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace dibao;

namespace {
QString docsLine(const MergePolicy::Row &row)
{
    return QStringLiteral("| `%1` | %2 | %3 | %4 |").arg(row.entity, row.ownerText, row.mergeText, row.audienceText);
}
} // namespace

TEST(SyncDocs, TheMergePolicyTableInDocsIsTheCodes)
{
    QFile file(QStringLiteral(DIBAO_SOURCE_DIR "/docs/sync.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString begin = QStringLiteral("<!-- merge-policy-table -->");
    const QString end = QStringLiteral("<!-- /merge-policy-table -->");
    ASSERT_TRUE(text.contains(begin) && text.contains(end));
    const qsizetype from = text.indexOf(begin) + begin.size();
    QStringList documented;
    for (const QString &line : text.mid(from, text.indexOf(end) - from).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("| `")))
            documented << line.trimmed();
    QStringList code;
    for (const QString &entity : RecordWriter::auditedTables())
        code << docsLine(*MergePolicy::find(entity));
    EXPECT_EQ(documented.join(QLatin1Char('\n')).toStdString(), code.join(QLatin1Char('\n')).toStdString());
}
