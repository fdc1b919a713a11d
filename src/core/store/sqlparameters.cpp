#include "store/sqlparameters.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace couplet {

QString parameterName(qsizetype i)
{
    static const QStringList names = [] {
        QStringList list;
        for (int n = 0; n < 1024; ++n)
            list << QStringLiteral(":p%1").arg(n);
        return list;
    }();
    return i < names.size() ? names.at(i) : QStringLiteral(":p%1").arg(i);
}

QString parameterNames(qsizetype n)
{
    QStringList list;
    for (qsizetype i = 0; i < n; ++i)
        list << parameterName(i);
    return list.join(QLatin1Char(','));
}

QString withNamedParameters(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + sql.size() / 4);
    QChar quote;
    qsizetype n = 0;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            out += parameterName(n++);
            continue;
        }
        out += c;
    }
    return out;
}

void bindByName(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(parameterName(i), values.at(i));
}

QVariantList paddedInList(QVariantList values, qsizetype most)
{
    if (values.isEmpty())
        return values;
    qsizetype size = 1;
    while (size < values.size())
        size *= 2;
    size = std::max(std::min(size, most), values.size());
    while (values.size() < size)
        values.append(values.constLast());
    return values;
}

} // namespace couplet
