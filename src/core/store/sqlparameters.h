#pragma once

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace couplet {

// Statements prepared through Qt bind their values by name. Qt 6.4's positional
// bindValue() formats a placeholder name (":%1") for every value it binds, which
// costs more than SQLite's insert of a row; a value bound by name is a hash
// lookup. The names are :p0, :p1, ... for the values in order.
QString parameterName(qsizetype i);
// "n" names, comma-separated: ":p0,:p1,..."
QString parameterNames(qsizetype n);
// `sql` with each `?` outside quotes replaced by the next name.
QString withNamedParameters(const QString &sql);
// Binds values[i] to parameterName(i).
void bindByName(QSqlQuery &query, const QVariantList &values);

// The values of an IN list padded to the next power of two (at most `most`) by
// repeating the last one, so that IN lists reuse a handful of prepared statements
// instead of one per length. Repeating a value in an IN list changes nothing.
QVariantList paddedInList(QVariantList values, qsizetype most);

} // namespace couplet
