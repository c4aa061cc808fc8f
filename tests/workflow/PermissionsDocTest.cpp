#include "workflow/Permissions.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace dibao;

// docs/permissions.md is the published matrix: it must say exactly what roleAllows() enforces.
TEST(PermissionsDoc, TheDocumentedMatrixIsTheEnforcedOne)
{
    QFile doc(QStringLiteral(DIBAO_SOURCE_DIR "/docs/permissions.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n'));
    QStringList header;
    int rows = 0;
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (cells.size() < 2)
            continue;
        if (cells.first().trimmed() == QLatin1String("action")) {
            header.clear();
            for (int i = 1; i < cells.size(); ++i)
                header << cells[i].trimmed();
            continue;
        }
        static const QRegularExpression actionCell(QStringLiteral("^`([a-z_]+)`$"));
        const auto m = actionCell.match(cells.first().trimmed());
        if (header.isEmpty() || !m.hasMatch())
            continue;
        const auto action = actionFromToken(m.captured(1));
        ASSERT_TRUE(action.has_value()) << m.captured(1).toStdString();
        ASSERT_EQ(cells.size() - 1, header.size());
        for (int i = 0; i < header.size(); ++i) {
            const auto role = roleFromToken(header[i]);
            ASSERT_TRUE(role.has_value()) << header[i].toStdString();
            EXPECT_EQ(cells[i + 1].trimmed() == QLatin1String("yes"), roleAllows(*role, *action))
                << header[i].toStdString() << " × " << m.captured(1).toStdString();
        }
        ++rows;
    }
    EXPECT_EQ(rows, allActionTokens().size()) << "every action has a row";
    EXPECT_EQ(header.size(), allRoleTokens().size()) << "every role has a column";
}
