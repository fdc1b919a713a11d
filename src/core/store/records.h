#pragma once

#include "model/coupling.h"
#include "model/journalentry.h"
#include "model/syncerror.h"
#include "model/syncjob.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>

struct sqlite3_stmt;

// How the model types become rows of the state store and back. Each table lists
// its columns once; the SQL and the value lists are built from that list, so
// they cannot drift apart.
namespace couplet::store {

// The SQL is built once: the engine saves thousands of rows a second.
class Table
{
public:
    // `fields`: every column but `id`, comma-separated, in the order of values() and read*().
    Table(const char *name, const char *fields);

    const QString &name() const { return m_name; }
    const QString &columns() const { return m_columns; } // "id, a, b, ..." for SELECT
    const QString &insertSql(bool returningId) const
    {
        return returningId ? m_insertReturning : m_insert;
    }
    const QString &updateSql() const { return m_update; } // binds values() then the id
    // An UPDATE of the columns after the first `skipped` (binding values() from
    // there on), then `where` with its own values.
    QString updateSql(qsizetype skipped, const QString &where) const;
    QString insertRowsSql(qsizetype rows) const; // one INSERT of `rows` rows
    qsizetype fieldCount() const { return m_fieldCount; }

private:
    QString m_name;
    qsizetype m_fieldCount = 0;
    QString m_columns;
    QString m_fieldList;
    QString m_insert;
    QString m_insertReturning;
    QString m_update;
    QStringList m_fields;
};

const Table &couplingsTable();
const Table &jobsTable();
const Table &errorsTable();
const Table &journalTable();

QVariantList values(const Coupling &c);
QVariantList values(const SyncJob &job);
QVariantList values(const SyncError &e);
QVariantList values(const JournalEntry &e);

// Each reads a row selected with its table's columns().
Coupling readCoupling(const QSqlQuery &q);
// The same from SQLite's own statement (SqliteStatement::row()): text is read as
// the UTF-8 SQLite holds, with no round trip through Qt's UTF-16 values.
Coupling readCoupling(sqlite3_stmt *row);
SyncJob readJob(const QSqlQuery &q);
SyncError readError(const QSqlQuery &q);
JournalEntry readJournalEntry(const QSqlQuery &q);

// Every QDateTime is kept as epoch milliseconds UTC, NULL when invalid, so that
// both backends compare and order stamps alike.
QVariant stampValue(const QDateTime &t);
QDateTime stampFrom(const QVariant &v);
// A text column that is never NULL (a null QString would bind as NULL).
QVariant textValue(const QString &s);
// The map of a stored JSON object, with the types QJsonDocument gives (an
// object that does not parse is an empty map).
QVariantMap mapFromJson(QByteArrayView json);
// Its fast path: the flat objects of plain values toJson() writes; nothing for
// anything it does not read exactly as Qt would.
std::optional<QVariantMap> parseFlatJson(QByteArrayView json);

} // namespace couplet::store
