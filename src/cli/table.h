#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace couplet::cli {

// A table for people: a header, a rule, and the rows with aligned columns.
class Table final
{
public:
    enum class Align { Left, Right };
    struct Column
    {
        Column(QString title, Align align = Align::Left)
            : title(std::move(title))
            , align(align)
        {}
        QString title;
        Align align = Align::Left;
    };

    explicit Table(QList<Column> columns);
    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The lines of the table, each ending with '\n'.
    QString render() const;

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace couplet::cli
