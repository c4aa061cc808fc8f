#pragma once

#include <QList>
#include <QString>

namespace dibao {

// One value as a tabular file holds it, before any mapping: CSV gives only text; xlsx says what it stored.
struct TabularCell {
    enum class Kind {
        Empty, // no cell, or a cell without a value
        Text,
        Number, // text is the number as the file wrote it ("1234.5", "4.6E+3"), so money converts without doubles
        Boolean, // text is "TRUE" or "FALSE"
        Error, // a formula error such as "#N/A"
    };
    Kind kind = Kind::Empty;
    QString text;
    bool dateStyled = false; // xlsx: a Number whose cell format shows a date or time (a serial day number)

    static TabularCell fromText(const QString &text) { return TabularCell{Kind::Text, text, false}; }
    // No value, or text that is only white space (checked without allocating: this runs for every cell).
    bool isBlank() const
    {
        if (kind == Kind::Empty)
            return true;
        if (kind != Kind::Text)
            return false;
        for (const QChar c : text)
            if (!c.isSpace())
                return false;
        return true;
    }
};

// A row and where it is in its file: the physical line of a CSV record (where it starts), the row number of an
// xlsx row. Error reports quote this number, so people can find the row in the program they opened the file with.
struct TabularRow {
    qint64 line = 0;
    QList<TabularCell> cells;
};

} // namespace dibao
