#include "connectors/sql/sqlconnector.h"

#include "clock.h"
#include "error.h"
#include "logging.h"
#include "store/sqlitestatement.h"
#include "store/sqlparameters.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace couplet {

namespace {

// Bound parameters per query stay well below every driver's limit.
constexpr int maxKeysPerQuery = 500;

QString stampAlias()
{
    return QStringLiteral("couplet_stamp");
}

bool isIntegerType(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

QString driverLabel(const QString &driver)
{
    if (driver == QLatin1String("QSQLITE"))
        return QStringLiteral("SQLite");
    if (driver == QLatin1String("QPSQL"))
        return QStringLiteral("PostgreSQL");
    if (driver == QLatin1String("QMYSQL") || driver == QLatin1String("QMARIADB"))
        return QStringLiteral("MySQL");
    if (driver == QLatin1String("QODBC"))
        return QStringLiteral("ODBC");
    return driver;
}

// The first line of the database's own message, without PostgreSQL's "ERROR:" prefix.
QString shortText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    return text;
}

bool isNullValue(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

// https://www.sqlite.org/datatype3.html#determination_of_column_affinity, with
// the names that say more than the affinity (BOOLEAN, DATE).
QMetaType::Type sqliteType(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QMetaType::LongLong;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")))
        return QMetaType::QString;
    if (t.isEmpty() || t.contains(QLatin1String("BLOB")))
        return t.isEmpty() ? QMetaType::UnknownType : QMetaType::QByteArray;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return QMetaType::Double;
    if (t.startsWith(QLatin1String("BOOL")))
        return QMetaType::Bool;
    if (t.contains(QLatin1String("DATE")) || t.contains(QLatin1String("TIME")))
        return QMetaType::QDateTime;
    return QMetaType::Double; // NUMERIC, DECIMAL(10,2)
}

// "VARCHAR(20)" -> 20; -1 when the type names no length.
int sqliteLength(const QString &declared)
{
    const qsizetype open = declared.indexOf(QLatin1Char('('));
    const qsizetype close = declared.indexOf(QLatin1Char(')'), open);
    if (open < 0 || close < 0 || !declared.toUpper().contains(QLatin1String("CHAR")))
        return -1;
    bool ok = false;
    const int length = declared.mid(open + 1, close - open - 1).trimmed().toInt(&ok);
    return ok && length > 0 ? length : -1;
}

// "2024-05-01T10:00:00.123Z" read by hand: scans parse one per row, and the
// general ISO parser costs more than the rest of reading the row.
QDateTime canonicalStamp(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return {};
    bool ok = true;
    const auto number = [&](qsizetype at, qsizetype digits) {
        int value = 0;
        for (qsizetype i = at; i < at + digits; ++i) {
            const char16_t c = text[i].unicode();
            ok = ok && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!ok || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// A LIKE pattern that finds `text` anywhere, with its wildcards taken literally.
// The text is lowered here and the column in SQL, so the match ignores case.
QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
    escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString likeTerm(const QString &expression)
{
    return QStringLiteral("LOWER(%1) LIKE ? ESCAPE '!'").arg(expression);
}

WriteResult failure(const QString &message, const QString &detail = {})
{
    WriteResult r;
    r.message = message;
    r.detail = detail;
    return r;
}

} // namespace

SqlConnector::SqlConnector(ConnectionConfig config, QString workspaceDir, QString secret,
                           const Clock &clock)
    : m_config(std::move(config))
    , m_workspaceDir(std::move(workspaceDir))
    , m_secret(std::move(secret))
    , m_clock(clock)
{}

SqlConnector::~SqlConnector()
{
    close();
}

// ---- connection --------------------------------------------------------------

void SqlConnector::open()
{
    if (m_thread) {
        if (m_db.isOpen()) {
            database(); // the thread check
            return;
        }
        close(); // the connection was lost: start again
    }
    if (!QSqlDatabase::isDriverAvailable(m_config.driver)) {
        throw Error(tr("Cannot open %1: the Qt Sql driver %2 is not installed.")
                        .arg(displayName(), m_config.driver),
                    tr("Available drivers: %1").arg(QSqlDatabase::drivers().join(u", ")));
    }
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("couplet-sql-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    m_db = QSqlDatabase::addDatabase(m_config.driver, m_connectionName);
    configure();
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        close();
        throw Error(tr("Cannot open %1: %2").arg(displayName(), scrub(shortText(error))),
                    scrub(error.text()));
    }
    m_thread = QThread::currentThread();
    if (m_config.driver == QLatin1String("QPSQL")) {
        // Timestamps without a zone are then read and written as UTC.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    } else if (isSqlite()) {
        // A page cache of this connection only (not a setting of the file): 64 MiB
        // keeps the upper levels of large tables' B-trees in memory, so a change
        // costs about the same in a million-row table as in a small one.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    qCInfo(lcSql) << "Opened" << displayName();
}

// Everything the driver needs to connect; the password is set here and nowhere
// else, and never logged.
void SqlConnector::configure()
{
    QString path = m_config.database;
    if (isSqlite() && path != QLatin1String(":memory:") && !QDir::isAbsolutePath(path) &&
        !m_workspaceDir.isEmpty())
        path = QDir::cleanPath(QDir(m_workspaceDir).absoluteFilePath(path));
    m_db.setDatabaseName(path);
    if (!m_config.host.isEmpty())
        m_db.setHostName(m_config.host);
    if (m_config.port > 0)
        m_db.setPort(m_config.port);
    if (!m_config.user.isEmpty())
        m_db.setUserName(m_config.user);
    if (!m_secret.isEmpty())
        m_db.setPassword(m_secret);
    QStringList options;
    if (isSqlite())
        options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    const QString extra = m_config.options.value(QStringLiteral("connectOptions")).toString();
    if (!extra.isEmpty())
        options << extra;
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
}

void SqlConnector::close()
{
    // Prepared statements and the handle must go before removeDatabase(), and
    // SQLite does not close a connection that has statements left.
    m_sqliteShapes.clear();
    m_shapes.clear();
    m_statements.clear();
    m_tableInfo.clear();
    m_generatesKeys.clear();
    m_canonicalStamps.clear();
    if (m_db.isValid()) {
        if (m_db.isOpen())
            qCInfo(lcSql) << "Closing" << displayName();
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_thread = nullptr;
}

QString SqlConnector::displayName() const
{
    QString where = m_config.database;
    if (!m_config.host.isEmpty()) {
        const QString host = m_config.port > 0
                                 ? QStringLiteral("%1:%2").arg(m_config.host).arg(m_config.port)
                                 : m_config.host;
        where = tr("%1 on %2").arg(where, host);
    }
    const QString system = driverLabel(m_config.driver) + QLatin1Char(' ') + where;
    return m_config.name.isEmpty() ? system : QStringLiteral("%1 (%2)").arg(m_config.name, system);
}

QSqlDatabase &SqlConnector::database()
{
    if (!m_thread)
        throw Error(tr("%1 is not open.").arg(displayName()));
    if (QThread::currentThread() != m_thread) {
        throw Error(tr("%1 was opened in another thread; its connection can only be used by "
                       "the thread that opened it.")
                        .arg(displayName()));
    }
    // Drivers close the handle when they notice the server has gone.
    if (!m_db.isOpen())
        throw Error(tr("The connection to %1 was lost.").arg(displayName()),
                    scrub(m_db.lastError().text()));
    return m_db;
}

bool SqlConnector::isSqlite() const
{
    return m_config.driver == QLatin1String("QSQLITE");
}

bool SqlConnector::isPostgres() const
{
    return m_config.driver == QLatin1String("QPSQL");
}

bool SqlConnector::isAlive()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery probe(m_db);
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

QString SqlConnector::scrub(const QString &text) const
{
    if (m_secret.isEmpty())
        return text;
    QString result = text;
    return result.replace(m_secret, QStringLiteral("***"));
}

// ---- stamps and keys ---------------------------------------------------------

QString SqlConnector::stampText(const QDateTime &stamp)
{
    if (!stamp.isValid())
        return {};
    // By hand: QDateTime::toString(format) costs more than the insert it stamps.
    const QDateTime utc = stamp.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char16_t text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = u'-';
    put(5, d.month(), 2);
    text[7] = u'-';
    put(8, d.day(), 2);
    text[10] = u'T';
    put(11, t.hour(), 2);
    text[13] = u':';
    put(14, t.minute(), 2);
    text[16] = u':';
    put(17, t.second(), 2);
    text[19] = u'.';
    put(20, t.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QDateTime SqlConnector::stampFromValue(const QVariant &value)
{
    if (isNullValue(value))
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QString text = value.toString().trimmed();
    if (const QDateTime fast = canonicalStamp(text); fast.isValid())
        return fast;
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    // Text without a zone is UTC by the stamp convention, not local time.
    const QString time = text.mid(11);
    const bool hasZone = time.endsWith(QLatin1Char('Z')) || time.contains(QLatin1Char('+')) ||
                         time.contains(QLatin1Char('-'));
    if (!hasZone)
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    return dt.toUTC();
}

// The expression stamps are compared and ordered by. On SQLite the text is
// normalised, so "…:00Z" and "…:00.000Z" are the same instant and the (stamp, key)
// cursor can never repeat or skip a row; on PostgreSQL stamps are cut to the
// millisecond the cursor carries. A NULL stamp reads as the epoch.
// `raw`: every stamp is stored in that form already (see canonicalStamps()), so
// the bare column is compared, which an index on it serves.
QString SqlConnector::stampExpression(const TableSpec &table, bool raw) const
{
    const QString column = quoted(table.modified);
    if (raw)
        return column;
    if (isSqlite()) {
        return QStringLiteral("COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', %1), "
                              "'1970-01-01T00:00:00.000Z')")
            .arg(column);
    }
    if (m_config.driver == QLatin1String("QPSQL")) {
        return QStringLiteral("COALESCE(date_trunc('milliseconds', %1), TIMESTAMPTZ 'epoch')")
            .arg(column);
    }
    return column;
}

// The stamp as read: text in a fixed format wherever the database can make it, so
// the driver's own date parsing does not matter.
QString SqlConnector::stampSelect(const TableSpec &table, bool raw) const
{
    if (m_config.driver == QLatin1String("QPSQL")) {
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', "
                              "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
            .arg(stampExpression(table, raw));
    }
    return stampExpression(table, raw);
}

// Whether every stamp in the table (within its filter) is already in the form
// stampExpression() normalises to: then scans compare the bare column. Checked
// once per connection (that is, per sync run of couplet-cli): a check per scan
// would make every incremental pass cost as much as the table.
bool SqlConnector::canonicalStamps(const TableSpec &table, bool refresh)
{
    // The check reads the whole table once per connection; a workspace that
    // promises canonical stamps skips it (large tables written only in that form).
    if (m_config.options.value(QStringLiteral("canonicalStamps")).toBool())
        return true;
    const QString cacheKey =
        table.table + QLatin1Char('\n') + table.modified + QLatin1Char('\n') + table.filter;
    if (!refresh) {
        auto it = m_canonicalStamps.constFind(cacheKey);
        if (it != m_canonicalStamps.constEnd())
            return *it;
    }
    const QString column = quoted(table.modified);
    QString odd;
    if (isSqlite()) {
        odd = QStringLiteral("%1 IS NULL OR NOT (length(%1) = 24 AND substr(%1, 11, 1) = 'T' "
                             "AND substr(%1, 24, 1) = 'Z')")
                  .arg(column);
    } else if (m_config.driver == QLatin1String("QPSQL")) {
        odd = QStringLiteral("%1 IS NULL OR %1 <> date_trunc('milliseconds', %1)").arg(column);
    } else {
        return true; // the expression is the bare column anyway
    }
    if (!table.filter.isEmpty())
        odd = QStringLiteral("(%1) AND (%2)").arg(table.filter, odd);
    QSqlQuery query(m_db);
    execRead(query, table,
             QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1").arg(quoted(table.table), odd), {});
    const bool canonical = !query.next();
    m_canonicalStamps.insert(cacheKey, canonical);
    return canonical;
}

QVariant SqlConnector::stampValue(const QDateTime &stamp) const
{
    if (isSqlite())
        return stampText(stamp);
    return stamp.toUTC();
}

QDateTime SqlConnector::nextStamp()
{
    QDateTime now = m_clock.now().toUTC();
    if (m_lastStamp.isValid() && now <= m_lastStamp)
        now = m_lastStamp.addMSecs(1);
    m_lastStamp = now;
    return now;
}

// A key bound in the key column's type, so integer keys compare as integers.
QVariant SqlConnector::keyValue(const TableSpec &table, const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    const ColumnInfo *column = cachedInfo(table.table).column(table.key);
    if (!column || !isIntegerType(column->type))
        return key;
    bool isNumber = false;
    const qlonglong number = key.trimmed().toLongLong(&isNumber);
    if (ok)
        *ok = isNumber;
    return isNumber ? QVariant(number) : QVariant(key);
}

QString SqlConnector::quoted(const QString &identifier) const
{
    return m_db.driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

const TableInfo &SqlConnector::cachedInfo(const QString &table)
{
    auto it = m_tableInfo.constFind(table);
    if (it != m_tableInfo.constEnd())
        return *it;
    TableInfo info = tableInfo(table);
    if (info.columns.isEmpty()) {
        static const TableInfo empty;
        return empty;
    }
    return *m_tableInfo.insert(table, info);
}

// ---- reading -----------------------------------------------------------------

QString SqlConnector::selectList(const TableSpec &table, bool raw) const
{
    QStringList columns{quoted(table.key), quoted(table.modified)};
    for (const QString &c : table.columns) {
        if (c != table.key && c != table.modified)
            columns << quoted(c);
    }
    columns << stampSelect(table, raw) + QStringLiteral(" AS ") + stampAlias();
    return columns.join(QStringLiteral(", "));
}

// The rows of a read whose columns are selectList()'s: the key first, the stamp
// last. `next()` moves to the next row; `value(i)` reads a column of it.
template <typename Next, typename Value>
QList<Row> SqlConnector::collectRows(const TableSpec &table, const QStringList &names, Next next,
                                     Value value) const
{
    QList<Row> rows;
    const int stampIndex = int(names.size());
    while (next()) {
        Row row;
        row.key = value(0).toString();
        row.stamp = stampFromValue(value(stampIndex));
        row.etag = stampText(row.stamp);
        for (int i = 0; i < stampIndex; ++i)
            row.values.insert(names.at(i), value(i));
        // The modified column reads as the stamp, whatever its storage type.
        row.values.insert(table.modified, row.stamp);
        rows.append(row);
    }
    return rows;
}

QList<Row> SqlConnector::readRows(QSqlQuery &query, const TableSpec &table) const
{
    const QSqlRecord record = query.record();
    // The names once per query: QSqlRecord::fieldName() makes a new string per call.
    QStringList names;
    for (int i = 0; i < record.count() - 1; ++i)
        names.append(record.fieldName(i));
    return collectRows(
        table, names, [&] { return query.next(); }, [&](int i) { return query.value(i); });
}

// SQLite: the read through SQLite's own API, prepared once per SQL text. Each
// value is what Qt's driver would give (SqliteStatement::value()), but the text is
// taken from SQLite's UTF-8: Qt's driver asks SQLite for UTF-16, which SQLite
// converts character by character, and caches every row as QVariants. False when
// the read cannot go this way (another driver, or SQLite does not take the SQL
// or a value): Qt runs it then.
bool SqlConnector::readSqlite(const TableSpec &table, const QString &sql,
                              const QVariantList &values, QList<Row> *rows)
{
    SqliteStatement *fast = sqliteShaped(QLatin1Char('R') + sql, [&] { return sql; });
    if (!fast || !fast->bind(values))
        return false;
    qCDebug(lcSql) << "Query" << sql;
    struct Finish
    {
        SqliteStatement &s;
        ~Finish() { s.finish(); }
    } finish{*fast};
    QStringList names;
    for (int i = 0; i < fast->columnCount() - 1; ++i)
        names.append(fast->columnName(i));
    const QSql::NumericalPrecisionPolicy policy = m_db.numericalPrecisionPolicy();
    *rows = collectRows(
        table, names, [&] { return fast->next(); }, [&](int i) { return fast->value(i, policy); });
    if (fast->failed())
        throwReadError(table, scrub(fast->errorText()), scrub(fast->errorText()));
    return true;
}

// A read of rows: through SQLite's API on SQLite, through Qt otherwise.
QList<Row> SqlConnector::read(const TableSpec &table, const QString &sql,
                              const QVariantList &values)
{
    QList<Row> rows;
    if (readSqlite(table, sql, values, &rows))
        return rows;
    QSqlQuery query(database());
    execRead(query, table, sql, values);
    return readRows(query, table);
}

void SqlConnector::execRead(QSqlQuery &query, const TableSpec &table, const QString &sql,
                            const QVariantList &values)
{
    query.setForwardOnly(true);
    qCDebug(lcSql) << "Query" << sql;
    if (!query.prepare(sql))
        throwReadError(query, table);
    bindAll(query, values);
    if (!query.exec())
        throwReadError(query, table);
}

void SqlConnector::throwReadError(const QSqlQuery &query, const TableSpec &table)
{
    const QSqlError error = query.lastError();
    throwReadError(table, scrub(shortText(error)), scrub(error.text()));
}

void SqlConnector::throwReadError(const TableSpec &table, const QString &text,
                                  const QString &detail)
{
    if (!isAlive())
        throw Error(tr("The connection to %1 was lost.").arg(displayName()), detail);
    if (!table.filter.isEmpty()) {
        throw Error(tr("Cannot read table %1 from %2 with the filter \"%3\": %4")
                        .arg(table.table, displayName(), table.filter, text),
                    detail);
    }
    throw Error(tr("Cannot read table %1 from %2: %3").arg(table.table, displayName(), text),
                detail);
}

QList<Row> SqlConnector::modifiedSince(const TableSpec &table, const QDateTime &since,
                                       const ScanCursor &after, int limit)
{
    database(); // throws unless open, and in this thread
    const bool raw = canonicalStamps(table, false);
    const QString stamp = stampExpression(table, raw);
    QStringList where;
    QVariantList values;
    if (!table.filter.isEmpty())
        where << QLatin1Char('(') + table.filter + QLatin1Char(')');
    if (since.isValid()) {
        where << stamp + QStringLiteral(" >= ?");
        values << stampValue(since);
    }
    if (after.isValid()) {
        // A row-value comparison lets SQLite and PostgreSQL seek an index on (stamp, key).
        if (isSqlite() || m_config.driver == QLatin1String("QPSQL")) {
            where << QStringLiteral("(%1, %2) > (?, ?)").arg(stamp, quoted(table.key));
        } else {
            where
                << QStringLiteral("(%1 > ? OR (%1 = ? AND %2 > ?))").arg(stamp, quoted(table.key));
            values << stampValue(after.stamp);
        }
        values << stampValue(after.stamp) << keyValue(table, after.key);
    }
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(selectList(table, raw), quoted(table.table));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1, %2").arg(stamp, quoted(table.key));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return read(table, sql, values);
}

int SqlConnector::countModifiedSince(const TableSpec &table, const QDateTime &since)
{
    QSqlDatabase &db = database();
    QStringList where;
    QVariantList values;
    if (!table.filter.isEmpty())
        where << QLatin1Char('(') + table.filter + QLatin1Char(')');
    if (since.isValid()) {
        where << stampExpression(table, canonicalStamps(table, false)) + QStringLiteral(" >= ?");
        values << stampValue(since);
    }
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table.table));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery query(db);
    execRead(query, table, sql, values);
    return query.next() ? query.value(0).toInt() : 0;
}

QList<Row> SqlConnector::rowsByKeys(const TableSpec &table, const QStringList &keys)
{
    database(); // throws unless open, and in this thread
    QVariantList bound;
    QSet<QString> seen;
    for (const QString &key : keys) {
        bool ok = false;
        const QVariant value = keyValue(table, key, &ok);
        if (ok && !seen.contains(value.toString())) {
            seen.insert(value.toString());
            bound << value; // a key that is not a number cannot be in an integer column
        }
    }
    QList<Row> rows;
    for (qsizetype start = 0; start < bound.size(); start += maxKeysPerQuery) {
        const QVariantList chunk = paddedInList(bound.mid(start, maxKeysPerQuery), maxKeysPerQuery);
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                                .arg(selectList(table, false), quoted(table.table),
                                     quoted(table.key), placeholders(chunk.size()));
        rows += read(table, sql, chunk);
    }
    return rows;
}

QSet<QString> SqlConnector::existingKeys(const TableSpec &table, const QStringList &keys)
{
    QSqlDatabase &db = database();
    // Answer with the caller's spelling of each key ("007" for an integer 7).
    QHash<QString, QStringList> original;
    QVariantList bound;
    for (const QString &key : keys) {
        bool ok = false;
        const QVariant value = keyValue(table, key, &ok);
        if (!ok)
            continue;
        QStringList &spellings = original[value.toString()];
        if (spellings.isEmpty())
            bound << value;
        spellings << key;
    }
    QSet<QString> found;
    for (qsizetype start = 0; start < bound.size(); start += maxKeysPerQuery) {
        const QVariantList chunk = bound.mid(start, maxKeysPerQuery);
        const QString sql =
            QStringLiteral("SELECT %1 FROM %2 WHERE %1 IN (%3)")
                .arg(quoted(table.key), quoted(table.table), placeholders(chunk.size()));
        QSqlQuery query(db);
        execRead(query, table, sql, chunk);
        while (query.next()) {
            for (const QString &key : original.value(query.value(0).toString()))
                found.insert(key);
        }
    }
    return found;
}

QList<Row> SqlConnector::findRows(const TableSpec &table, const QVariantMap &equals, int limit)
{
    QSqlDatabase &db = database();
    if (equals.isEmpty())
        return {}; // matching on nothing would match every row
    QStringList where;
    QVariantList values;
    if (!table.filter.isEmpty())
        where << QLatin1Char('(') + table.filter + QLatin1Char(')');
    for (auto it = equals.cbegin(); it != equals.cend(); ++it) {
        if (isNullValue(it.value())) {
            where << quoted(it.key()) + QStringLiteral(" IS NULL");
        } else {
            where << quoted(it.key()) + QStringLiteral(" = ?");
            values << it.value();
        }
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                      .arg(selectList(table, false), quoted(table.table),
                           where.join(QStringLiteral(" AND ")), quoted(table.key));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(db);
    execRead(query, table, sql, values);
    return readRows(query, table);
}

QList<Row> SqlConnector::searchRows(const TableSpec &table, const QString &text, int limit)
{
    QSqlDatabase &db = database();
    QStringList where;
    QVariantList values;
    if (!table.filter.isEmpty())
        where << QLatin1Char('(') + table.filter + QLatin1Char(')');
    if (!text.isEmpty()) {
        const TableInfo &info = cachedInfo(table.table);
        const auto typeOf = [&info](const QString &column) {
            const ColumnInfo *c = info.column(column);
            return c ? c->type : QMetaType::UnknownType;
        };
        // The key is searched as text whatever its type ("10" finds 10 and 210).
        QString key = quoted(table.key);
        if (typeOf(table.key) != QMetaType::QString) {
            const bool standard = isSqlite() || m_config.driver == QLatin1String("QPSQL");
            key = QStringLiteral("CAST(%1 AS %2)")
                      .arg(key, standard ? QStringLiteral("TEXT") : QStringLiteral("CHAR"));
        }
        QStringList terms{likeTerm(key)};
        for (const QString &c : table.columns) {
            if (c == table.key || c == table.modified)
                continue;
            const QMetaType::Type type = typeOf(c);
            // An SQLite column declared without a type holds text as often as not.
            if (type == QMetaType::QString || (isSqlite() && type == QMetaType::UnknownType))
                terms << likeTerm(quoted(c));
        }
        const QString pattern = containsPattern(text);
        for (qsizetype i = 0; i < terms.size(); ++i)
            values << pattern;
        where << QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(selectList(table, false), quoted(table.table));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1").arg(quoted(table.key));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(db);
    execRead(query, table, sql, values);
    return readRows(query, table);
}

// ---- writing -----------------------------------------------------------------

QList<WriteResult> SqlConnector::write(const TableSpec &table, const QList<WriteOp> &ops)
{
    QSqlDatabase &db = database();
    if (ops.isEmpty())
        return {};
    // Read the schema before the transaction: on PostgreSQL nothing can be read
    // in a transaction after a statement failed.
    generatesKeys(table);
    if (!db.transaction()) {
        throw Error(tr("Cannot write to table %1 in %2: %3")
                        .arg(table.table, displayName(), scrub(shortText(db.lastError()))),
                    scrub(db.lastError().text()));
    }
    QList<WriteResult> results;
    results.reserve(ops.size());
    bool failed = false;
    for (const WriteOp &op : ops) {
        bool sqlFailed = false;
        results.append(apply(table, op, &sqlFailed));
        if (sqlFailed) {
            failed = true;
            break;
        }
    }
    if (!failed && db.commit())
        return results;
    db.rollback();
    qCInfo(lcSql) << "A write to" << table.table << "failed; writing the" << ops.size()
                  << "rows one by one";
    return writeOneByOne(table, ops);
}

// Each op in its own transaction, so one bad row fails alone.
QList<WriteResult> SqlConnector::writeOneByOne(const TableSpec &table, const QList<WriteOp> &ops)
{
    QList<WriteResult> results;
    results.reserve(ops.size());
    for (const WriteOp &op : ops) {
        if (!m_db.transaction()) {
            const QSqlError error = m_db.lastError();
            if (!isAlive())
                throw Error(tr("The connection to %1 was lost.").arg(displayName()),
                            scrub(error.text()));
            throw Error(tr("Cannot write to table %1 in %2: %3")
                            .arg(table.table, displayName(), scrub(shortText(error))),
                        scrub(error.text()));
        }
        bool sqlFailed = false;
        WriteResult result = apply(table, op, &sqlFailed);
        if (sqlFailed) {
            m_db.rollback();
            if (!isAlive()) {
                throw Error(tr("The connection to %1 was lost.").arg(displayName()), result.detail);
            }
        } else if (!m_db.commit()) {
            const QSqlError error = m_db.lastError();
            m_db.rollback();
            result = failure(tr("Cannot write row \"%1\" to table %2: %3")
                                 .arg(op.key, table.table, scrub(shortText(error))),
                             scrub(error.text()));
        }
        results.append(result);
    }
    return results;
}

// The prepared statement for a write of one shape (kind, table, columns).
// Building and quoting the SQL costs more than running it on SQLite, so a batch
// of rows of one shape builds it once.
QSqlQuery *SqlConnector::shaped(const QString &shape, const std::function<QString()> &sql,
                                QString *error)
{
    if (QSqlQuery *query = m_shapes.value(shape))
        return query;
    QSqlQuery *query = statement(sql(), error);
    if (query)
        m_shapes.insert(shape, query);
    return query;
}

// SQLite only: the insert of one shape through SQLite's own API, which binds
// text as UTF-8 (Qt's driver binds UTF-16, which SQLite converts back character
// by character). Null on other drivers, or when SQLite does not compile it (Qt
// then reports why).
SqliteStatement *SqlConnector::sqliteShaped(const QString &shape,
                                            const std::function<QString()> &sql)
{
    if (!isSqlite())
        return nullptr;
    auto it = m_sqliteShapes.constFind(shape);
    if (it == m_sqliteShapes.constEnd()) {
        auto fast = std::make_shared<SqliteStatement>();
        if (!fast->prepare(SqliteStatement::handle(m_db), sql()))
            fast.reset();
        it = m_sqliteShapes.insert(shape, fast);
    }
    return it->get();
}

QSqlQuery *SqlConnector::statement(const QString &sql, QString *error)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return it->get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    if (!query->prepare(sql)) {
        *error = scrub(query->lastError().text());
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query.get();
}

WriteResult SqlConnector::apply(const TableSpec &table, const WriteOp &op, bool *sqlFailed)
{
    switch (op.kind) {
    case WriteOp::Kind::Insert:
        return insert(table, op, sqlFailed);
    case WriteOp::Kind::Update:
        return update(table, op, sqlFailed);
    case WriteOp::Kind::Delete:
        return remove(table, op, sqlFailed);
    }
    return failure(tr("Unknown write operation."));
}

WriteResult SqlConnector::insert(const TableSpec &table, const WriteOp &op, bool *sqlFailed)
{
    // A value mapped onto the key column is what the row must hold (a currency's
    // code); the client-generated key only stands in when nothing is mapped there.
    const QVariant mapped = op.values.value(table.key);
    const QString key =
        isNullValue(mapped) || mapped.toString().isEmpty() ? op.key : mapped.toString();
    const bool generated = key.isEmpty();
    if (generated && !generatesKeys(table)) {
        return failure(tr("Cannot insert a row into table %1: the row has no key and the "
                          "table does not generate keys.")
                           .arg(table.table));
    }
    QStringList columns;
    QVariantList values;
    if (!generated) {
        columns << table.key;
        values << keyValue(table, key);
    }
    for (auto it = op.values.cbegin(); it != op.values.cend(); ++it) {
        if (it.key() != table.key && it.key() != table.modified) {
            columns << it.key();
            values << it.value();
        }
    }
    const QDateTime stamp = nextStamp();
    columns << table.modified;
    values << stampValue(stamp);
    const bool returning = generated && m_config.driver == QLatin1String("QPSQL");
    const auto sql = [&] {
        QStringList names;
        for (const QString &c : columns)
            names << quoted(c);
        QString text = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(quoted(table.table), names.join(QLatin1Char(',')),
                                parameterNames(values.size()));
        if (returning)
            text += QStringLiteral(" RETURNING ") + quoted(table.key);
        return text;
    };

    const auto failed = [&](const QString &text, const QString &detail) {
        *sqlFailed = true;
        const QString message =
            generated
                ? tr("Cannot insert a row into table %1: %2").arg(table.table, text)
                : tr("Cannot insert row \"%1\" into table %2: %3").arg(key, table.table, text);
        return failure(message, detail);
    };
    const QString shape =
        QLatin1Char('I') + table.table + QLatin1Char('\x1f') + columns.join(QLatin1Char('\x1f'));
    if (SqliteStatement *fast = sqliteShaped(shape, sql); fast && fast->bind(values)) {
        if (fast->step()) {
            WriteResult result;
            result.ok = true;
            result.stamp = stamp;
            result.etag = stampText(stamp);
            result.key = generated ? QString::number(fast->lastInsertRowId()) : key;
            return result;
        }
        // SQLite's own message, as a read through SQLite's API reports it: the
        // statement is not run again through Qt for Qt's wording, which would
        // double the work of every failing row and wait out a busy database twice.
        return failed(scrub(fast->errorText()), scrub(fast->errorText()));
    }
    QString prepareError;
    QSqlQuery *query = shaped(shape, sql, &prepareError);
    if (!query)
        return failed(prepareError, prepareError);
    bindByName(*query, values);
    if (!query->exec())
        return failed(scrub(shortText(query->lastError())), scrub(query->lastError().text()));

    WriteResult result;
    result.ok = true;
    result.stamp = stamp;
    result.etag = stampText(stamp);
    if (!generated)
        result.key = key;
    else if (returning)
        result.key = query->next() ? query->value(0).toString() : QString();
    else
        result.key = query->lastInsertId().toString();
    query->finish();
    return result;
}

WriteResult SqlConnector::update(const TableSpec &table, const WriteOp &op, bool *sqlFailed)
{
    const QDateTime expected = SqlConnector::stampFromValue(op.etag);
    if (!op.etag.isEmpty() && !expected.isValid()) {
        return failure(tr("Cannot update row \"%1\" in table %2: \"%3\" is not a valid ETag.")
                           .arg(op.key, table.table, op.etag));
    }
    QStringList columns;
    QVariantList values;
    for (auto it = op.values.cbegin(); it != op.values.cend(); ++it) {
        if (it.key() != table.key && it.key() != table.modified) {
            columns << it.key();
            values << it.value();
        }
    }
    const QDateTime stamp = nextStamp();
    columns << table.modified;
    values << stampValue(stamp) << keyValue(table, op.key);
    if (expected.isValid())
        values << stampValue(expected);
    const auto sql = [&] {
        QStringList assignments;
        for (qsizetype i = 0; i < columns.size(); ++i)
            assignments << quoted(columns.at(i)) + QStringLiteral(" = ") + parameterName(i);
        QString text = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = %4")
                           .arg(quoted(table.table), assignments.join(QStringLiteral(", ")),
                                quoted(table.key), parameterName(columns.size()));
        if (expected.isValid()) {
            text += QStringLiteral(" AND %1 = %2")
                        .arg(stampExpression(table, false), parameterName(columns.size() + 1));
        }
        return text;
    };
    QString prepareError;
    QSqlQuery *query =
        shaped(QLatin1String(expected.isValid() ? "UE" : "U") + table.table + QLatin1Char('\x1f') +
                   table.key + QLatin1Char('\x1f') + columns.join(QLatin1Char('\x1f')),
               sql, &prepareError);
    if (query) {
        bindByName(*query, values);
        if (query->exec()) {
            if (query->numRowsAffected() == 0)
                return missingOrChanged(table, op.key, tr("update"), sqlFailed);
            WriteResult result;
            result.ok = true;
            result.key = op.key;
            result.stamp = stamp;
            result.etag = stampText(stamp);
            return result;
        }
        prepareError = scrub(query->lastError().text());
    }
    *sqlFailed = true;
    const QString text = query ? scrub(shortText(query->lastError())) : prepareError;
    return failure(tr("Cannot update row \"%1\" in table %2: %3").arg(op.key, table.table, text),
                   prepareError);
}

WriteResult SqlConnector::remove(const TableSpec &table, const WriteOp &op, bool *sqlFailed)
{
    const QDateTime expected = SqlConnector::stampFromValue(op.etag);
    if (!op.etag.isEmpty() && !expected.isValid()) {
        return failure(tr("Cannot delete row \"%1\" from table %2: \"%3\" is not a valid ETag.")
                           .arg(op.key, table.table, op.etag));
    }
    QString sql =
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoted(table.table), quoted(table.key));
    QVariantList values{keyValue(table, op.key)};
    if (expected.isValid()) {
        sql += QStringLiteral(" AND %1 = ?").arg(stampExpression(table, false));
        values << stampValue(expected);
    }
    QString prepareError;
    QSqlQuery *query = statement(sql, &prepareError);
    if (query) {
        bindAll(*query, values);
        if (query->exec()) {
            if (query->numRowsAffected() == 0)
                return missingOrChanged(table, op.key, tr("delete"), sqlFailed);
            WriteResult result;
            result.ok = true;
            result.key = op.key;
            return result;
        }
        prepareError = scrub(query->lastError().text());
    }
    *sqlFailed = true;
    const QString text = query ? scrub(shortText(query->lastError())) : prepareError;
    return failure(tr("Cannot delete row \"%1\" from table %2: %3").arg(op.key, table.table, text),
                   prepareError);
}

// An update or delete that touched no row: the row is gone, or its stamp moved on.
WriteResult SqlConnector::missingOrChanged(const TableSpec &table, const QString &key,
                                           const QString &verb, bool *sqlFailed)
{
    QString prepareError;
    QSqlQuery *query = statement(
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(quoted(table.table), quoted(table.key)),
        &prepareError);
    if (query) {
        query->bindValue(0, keyValue(table, key));
        if (query->exec()) {
            const bool exists = query->next();
            query->finish();
            WriteResult result;
            result.key = key;
            if (exists) {
                result.stampChanged = true;
                result.message = tr("Cannot %1 row \"%2\" in table %3: it was changed after it "
                                    "was read.")
                                     .arg(verb, key, table.table);
            } else {
                result.notFound = true;
                result.message = tr("Cannot %1 row \"%2\" in table %3: the row does not exist.")
                                     .arg(verb, key, table.table);
            }
            return result;
        }
        prepareError = scrub(query->lastError().text());
    }
    *sqlFailed = true;
    return failure(tr("Cannot %1 row \"%2\" in table %3.").arg(verb, key, table.table),
                   prepareError);
}

bool SqlConnector::generatesKeys(const TableSpec &table)
{
    QSqlDatabase &db = database();
    const QString cacheKey = table.table + QLatin1Char('\n') + table.key;
    auto it = m_generatesKeys.constFind(cacheKey);
    if (it != m_generatesKeys.constEnd())
        return *it;
    bool generates = false;
    if (isSqlite()) {
        // Only an INTEGER PRIMARY KEY is an alias of the rowid that SQLite assigns.
        const TableInfo info = sqliteTableInfo(table.table);
        const ColumnInfo *key = info.column(table.key);
        const auto keys = std::count_if(info.columns.cbegin(), info.columns.cend(),
                                        [](const ColumnInfo &c) { return c.primaryKey; });
        const QString declared =
            m_sqliteDeclaredTypes.value(table.table + QLatin1Char('.') + table.key);
        generates = key && key->primaryKey && keys == 1 &&
                    declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
    } else if (m_config.driver == QLatin1String("QPSQL")) {
        // Serial and identity columns both own a sequence.
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT pg_get_serial_sequence(?, ?) IS NOT NULL"));
        query.addBindValue(db.driver()->escapeIdentifier(table.table, QSqlDriver::TableName));
        query.addBindValue(table.key);
        generates = query.exec() && query.next() && query.value(0).toBool();
    } else {
        generates = db.record(table.table).field(table.key).isAutoValue();
    }
    m_generatesKeys.insert(cacheKey, generates);
    return generates;
}

// ---- schema ------------------------------------------------------------------

QStringList SqlConnector::tables()
{
    QSqlDatabase &db = database();
    QStringList names = db.tables(QSql::Tables) + db.tables(QSql::Views);
    names.removeIf([](const QString &n) { return n.startsWith(QLatin1String("sqlite_")); });
    if (names.isEmpty() && !isAlive())
        throw Error(tr("The connection to %1 was lost.").arg(displayName()),
                    scrub(db.lastError().text()));
    names.sort();
    return names;
}

TableInfo SqlConnector::tableInfo(const QString &table)
{
    QSqlDatabase &db = database();
    if (isSqlite())
        return sqliteTableInfo(table);
    const QSqlRecord record = db.record(table);
    if (record.isEmpty() && !isAlive())
        throw Error(tr("The connection to %1 was lost.").arg(displayName()),
                    scrub(db.lastError().text()));
    const QSqlIndex primary = db.primaryIndex(table);
    TableInfo info;
    info.name = table;
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        ColumnInfo column;
        column.name = field.name();
        column.type = static_cast<QMetaType::Type>(field.metaType().id());
        column.length = field.length() > 0 ? field.length() : -1;
        column.primaryKey = primary.contains(field.name());
        column.nullable = !column.primaryKey && field.requiredStatus() != QSqlField::Required;
        info.columns.append(column);
    }
    return info;
}

// SQLite's declared types, read with SQLite's own affinity rules: the Qt driver
// knows only a few exact names ("double", not "DOUBLE PRECISION") and no lengths.
TableInfo SqlConnector::sqliteTableInfo(const QString &table)
{
    QSqlQuery query(m_db);
    TableInfo info;
    info.name = table;
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)))) {
        if (!isAlive())
            throw Error(tr("The connection to %1 was lost.").arg(displayName()),
                        scrub(query.lastError().text()));
        return info;
    }
    while (query.next()) {
        ColumnInfo column;
        column.name = query.value(1).toString();
        const QString declared = query.value(2).toString().trimmed();
        m_sqliteDeclaredTypes.insert(table + QLatin1Char('.') + column.name, declared);
        column.type = sqliteType(declared);
        column.length = sqliteLength(declared);
        column.primaryKey = query.value(5).toInt() > 0;
        column.nullable = !column.primaryKey && query.value(3).toInt() == 0;
        info.columns.append(column);
    }
    return info;
}

// ---- health check ------------------------------------------------------------

AccessInfo SqlConnector::access()
{
    QSqlDatabase &db = database();
    AccessInfo info;
    if (!isPostgres())
        return info; // SQLite has no users; other drivers are not asked
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT current_user, rolsuper, rolcreaterole, rolbypassrls "
                                   "FROM pg_roles WHERE rolname = current_user")) ||
        !query.next()) {
        throw Error(tr("Cannot read the role of the user signed in to %1: %2")
                        .arg(displayName(), scrub(shortText(query.lastError()))),
                    scrub(query.lastError().text()));
    }
    info.known = true;
    info.user = query.value(0).toString();
    if (query.value(1).toBool()) {
        info.administrator = true;
        info.administratorBecause = tr("a superuser");
    }
    QSqlQuery member(db);
    if (member.exec(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON "
                                   "r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE "
                                   "u.rolname = current_user ORDER BY r.rolname"))) {
        while (member.next())
            info.roles << member.value(0).toString();
    }
    return info;
}

TableAccess SqlConnector::tableAccess(const QString &table)
{
    QSqlDatabase &db = database();
    TableAccess access;
    if (isSqlite()) {
        // Anyone who can open the file reads it; writing needs a file opened
        // for writing (not QSQLITE_OPEN_READONLY, not query_only).
        QSqlQuery query(db);
        const bool queryOnly = query.exec(QStringLiteral("PRAGMA query_only")) && query.next() &&
                               query.value(0).toInt() != 0;
        const bool readOnlyOpen =
            db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"));
        const QFileInfo file(db.databaseName());
        const bool readOnlyFile = file.exists() && !file.isWritable();
        const bool writable = !queryOnly && !readOnlyOpen && !readOnlyFile;
        access.known = true;
        access.read = true;
        access.create = access.write = access.remove = writable;
        access.detail = writable       ? tr("The database file is open for writing.")
                        : readOnlyOpen ? tr("The database file is opened read-only "
                                            "(QSQLITE_OPEN_READONLY).")
                        : queryOnly    ? tr("The connection is query-only.")
                                       : tr("The database file is not writable.");
        return access;
    }
    if (!isPostgres())
        return access;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT has_table_privilege(?, 'SELECT'), has_table_privilege(?, 'INSERT'), "
                       "has_table_privilege(?, 'UPDATE'), has_table_privilege(?, 'DELETE')"));
    const QString name = db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
    for (int i = 0; i < 4; ++i)
        query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        throw Error(tr("Cannot read the privileges on table %1 in %2: %3")
                        .arg(table, displayName(), scrub(shortText(query.lastError()))),
                    scrub(query.lastError().text()));
    }
    access.known = true;
    access.read = query.value(0).toBool();
    access.create = query.value(1).toBool();
    access.write = query.value(2).toBool();
    access.remove = query.value(3).toBool();
    QStringList granted;
    const std::array names{"SELECT", "INSERT", "UPDATE", "DELETE"};
    for (int i = 0; i < 4; ++i) {
        if (query.value(i).toBool())
            granted << QLatin1String(names[i]);
    }
    access.detail = granted.isEmpty()
                        ? tr("No privilege on table %1.").arg(table)
                        : tr("Privileges on table %1: %2").arg(table, granted.join(u", "));
    return access;
}

QList<DuplicateGroup> SqlConnector::duplicates(const TableSpec &table, const QStringList &columns,
                                               int limit, int *incomplete)
{
    QSqlDatabase &db = database();
    if (columns.isEmpty())
        return {};
    const TableInfo &info = cachedInfo(table.table);
    QStringList quotedColumns;
    QStringList present; // every column has a value
    QStringList absent;  // one of them has none
    for (const QString &c : columns) {
        const QString q = quoted(c);
        quotedColumns << q;
        const ColumnInfo *column = info.column(c);
        // Comparing a number with '' is an error on PostgreSQL.
        const bool text =
            !column || column->type == QMetaType::QString || column->type == QMetaType::UnknownType;
        present << (text ? QStringLiteral("%1 IS NOT NULL AND %1 <> ''").arg(q)
                         : QStringLiteral("%1 IS NOT NULL").arg(q));
        absent << (text ? QStringLiteral("%1 IS NULL OR %1 = ''").arg(q)
                        : QStringLiteral("%1 IS NULL").arg(q));
    }
    const QString filter = table.filter.isEmpty()
                               ? QString()
                               : QLatin1Char('(') + table.filter + QStringLiteral(") AND ");
    const QString list = quotedColumns.join(u", ");
    QSqlQuery groups(db);
    execRead(groups, table,
             QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE %3(%4) GROUP BY %1 HAVING COUNT(*) "
                            "> 1 ORDER BY COUNT(*) DESC, %1 LIMIT %5")
                 .arg(list, quoted(table.table), filter, present.join(u") AND ("))
                 .arg(limit),
             {});
    QList<DuplicateGroup> result;
    while (groups.next()) {
        DuplicateGroup g;
        for (int i = 0; i < columns.size(); ++i)
            g.values.insert(columns.at(i), groups.value(i));
        g.count = groups.value(columns.size()).toInt();
        result << g;
    }
    for (DuplicateGroup &g : result) {
        QStringList where;
        QVariantList values;
        for (const QString &c : columns) {
            where << quoted(c) + QStringLiteral(" = ?");
            values << g.values.value(c);
        }
        QSqlQuery keys(db);
        execRead(keys, table,
                 QStringLiteral("SELECT %1 FROM %2 WHERE %3%4 ORDER BY %1 LIMIT 5")
                     .arg(quoted(table.key), quoted(table.table), filter, where.join(u" AND ")),
                 values);
        while (keys.next())
            g.keys << keys.value(0).toString();
    }
    if (incomplete) {
        QSqlQuery count(db);
        execRead(count, table,
                 QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2((%3))")
                     .arg(quoted(table.table), filter, absent.join(u") OR (")),
                 {});
        *incomplete = count.next() ? count.value(0).toInt() : 0;
    }
    return result;
}

} // namespace couplet
