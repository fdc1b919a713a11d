#include "store/sqlitestatement.h"

#include <QByteArray>
#include <QSqlDriver>

#include <sqlite3.h>

namespace couplet {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool SqliteStatement::prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    if (!db)
        return false;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    return true;
}

// The types and the NULLs as Qt's QSQLITE driver binds them (Qt 6.4,
// QSQLiteResult::exec), with text in UTF-8.
bool SqliteStatement::bind(const QVariantList &values)
{
    if (!m_stmt || sqlite3_bind_parameter_count(m_stmt) != values.size())
        return false;
    m_errorCode = 0;
    m_errorText.clear();
    m_text.clear();
    m_text.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int at = int(i) + 1;
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            rc = sqlite3_bind_null(m_stmt, at);
            break;
        case QMetaType::Int:
        case QMetaType::Bool:
            rc = v.isNull() ? sqlite3_bind_null(m_stmt, at)
                            : sqlite3_bind_int(m_stmt, at, v.toInt());
            break;
        case QMetaType::UInt:
        case QMetaType::LongLong:
            rc = v.isNull() ? sqlite3_bind_null(m_stmt, at)
                            : sqlite3_bind_int64(m_stmt, at, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = v.isNull() ? sqlite3_bind_null(m_stmt, at)
                            : sqlite3_bind_double(m_stmt, at, v.toDouble());
            break;
        case QMetaType::QString: {
            const QString *s = static_cast<const QString *>(v.constData());
            if (s->isNull()) {
                rc = sqlite3_bind_null(m_stmt, at);
                break;
            }
            // constData() of an empty QByteArray is "", never null: '' stays ''.
            // The bytes are kept until step(), so SQLite need not copy them.
            const QByteArray &utf8 = m_text.emplace_back(s->toUtf8());
            rc = sqlite3_bind_text64(m_stmt, at, utf8.constData(), sqlite3_uint64(utf8.size()),
                                     SQLITE_STATIC, SQLITE_UTF8);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray *b = static_cast<const QByteArray *>(v.constData());
            rc = b->isNull() ? sqlite3_bind_null(m_stmt, at)
                             : sqlite3_bind_blob64(m_stmt, at, b->constData(),
                                                   sqlite3_uint64(b->size()), SQLITE_TRANSIENT);
            break;
        }
        default:
            rc = SQLITE_MISMATCH; // dates, times and the rest: Qt's own conversions
            break;
        }
        if (rc != SQLITE_OK) {
            sqlite3_clear_bindings(m_stmt);
            m_text.clear();
            return false;
        }
    }
    return true;
}

bool SqliteStatement::step()
{
    if (!m_stmt)
        return false;
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt); // before the text they point to goes
    m_text.clear();
    return rc == SQLITE_DONE;
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    finish();
    return false;
}

void SqliteStatement::finish()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_text.clear();
}

int SqliteStatement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString SqliteStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QVariant SqliteStatement::value(int column, QSql::NumericalPrecisionPolicy policy) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        switch (policy) {
        case QSql::LowPrecisionInt32:
            return sqlite3_column_int(m_stmt, column);
        case QSql::LowPrecisionInt64:
            return qlonglong(sqlite3_column_int64(m_stmt, column));
        default:
            return sqlite3_column_double(m_stmt, column);
        }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
    }
    }
}

qint64 SqliteStatement::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteStatement::errorCode() const
{
    return m_errorCode;
}

QString SqliteStatement::errorText() const
{
    return m_errorText;
}

} // namespace couplet
