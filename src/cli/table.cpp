#include "table.h"

#include <algorithm>

namespace couplet::cli {

namespace {

// Cells are one line each: line breaks in messages would break the columns.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

} // namespace

Table::Table(QList<Column> columns)
    : m_columns(std::move(columns))
{}

void Table::addRow(QStringList cells)
{
    cells.resize(m_columns.size());
    for (QString &cell : cells)
        cell = oneLine(cell);
    m_rows.append(std::move(cells));
}

QString Table::render() const
{
    QList<qsizetype> widths;
    for (const Column &c : m_columns)
        widths.append(c.title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1String("  ");
            text += m_columns.at(i).align == Align::Right ? cells.at(i).rightJustified(widths[i])
                                                          : cells.at(i).leftJustified(widths[i]);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QStringList titles;
    QStringList rules;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        titles.append(m_columns.at(i).title);
        rules.append(QString(widths[i], QLatin1Char('-')));
    }
    QString text = line(titles) + line(rules);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

} // namespace couplet::cli
