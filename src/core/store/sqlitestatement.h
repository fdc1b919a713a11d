#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QtSql/qtsqlglobal.h>

struct sqlite3;
struct sqlite3_stmt;

namespace couplet {

// A prepared statement on the SQLite handle under a QSqlDatabase, for the few
// writes and reads that run once per synchronized row. Qt 6.4's SQLite driver binds text
// as UTF-16, which SQLite converts back to UTF-8 character by character, and
// wraps every execution in its result cache: together more than the insert
// itself. This binds UTF-8 directly.
//
// Only the value types whose binding is unambiguous are bound here (null,
// integers, booleans, doubles, strings, byte arrays); for any other value,
// bind() says no and the caller runs the statement through Qt instead, so a
// value is stored exactly as Qt would store it. A failed step() changed
// nothing (SQLite undoes a failed statement, and some failures, such as a full
// disk, the whole transaction); errorText() says why, in SQLite's words.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The SQLite handle of an open QSQLITE connection; null for any other.
    static sqlite3 *handle(const QSqlDatabase &db);

    // False when the SQL does not compile (the caller then goes through Qt, which
    // reports the error in its own words).
    bool prepare(sqlite3 *db, const QString &sql);
    bool isPrepared() const { return m_stmt != nullptr; }
    // Binds values to the parameters 1..n; false (nothing run) for a value of a
    // type this does not bind.
    bool bind(const QVariantList &values);
    // Runs the bound statement to its end and resets it; false on failure.
    bool step();
    // Reading, after bind(): each next() that returns true stands on a row, whose
    // columns are read from row(). At the end, or on a failure (failed()), the
    // statement is reset. finish() resets it early: a statement left standing on a
    // row keeps SQLite's read snapshot, so the connection would see no other writer.
    bool next();
    void finish();
    bool failed() const { return m_errorCode != 0; }
    sqlite3_stmt *row() const { return m_stmt; }
    int columnCount() const;
    QString columnName(int column) const;
    // A column of the current row as Qt 6.4's QSQLITE driver gives it
    // (QSQLiteResultPrivate::fetchNext): integers as qlonglong, reals as double
    // (or as the precision policy says), blobs as QByteArray, NULL as a null
    // QString, text as QString; the text from SQLite's UTF-8 as stored.
    QVariant value(int column, QSql::NumericalPrecisionPolicy policy) const;
    qint64 changes() const;
    qint64 lastInsertRowId() const;
    // SQLite's extended result code and message of the last failed step().
    int errorCode() const;
    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QList<QByteArray> m_text; // the UTF-8 of the bound strings, until step()
    int m_errorCode = 0;
    QString m_errorText;
};

} // namespace couplet
