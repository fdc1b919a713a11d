#include "store/statestore.h"

#include "error.h"
#include "guidance/errorcause.h"
#include "logging.h"
#include "store/records.h"
#include "store/schema.h"
#include "store/sqlitestatement.h"
#include "store/sqlparameters.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace couplet {

using namespace couplet::store;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("couplet::StateStore", text);
}

// IN lists are cut into batches of 400 keys, so that no statement has more than
// 500 parameters (SQLite allows 32766, PostgreSQL 65535, but long lists plan badly).
constexpr qsizetype kInBatch = 400;

// How long SQLite waits for another connection's write lock.
constexpr int kBusyTimeoutMs = 5000;

// Rows per multi-row INSERT of couplings on SQLite: 25 rows of 17 columns stay
// under 500 parameters, and save most of the cost of one statement per row.
constexpr qsizetype kRowsPerInsert = 25;

// Primary SQLite result codes (an extended code modulo 256 gives its primary one).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteConstraint = 19; // a duplicate key

QString inList(qsizetype n)
{
    return QStringLiteral("(") + QStringList(n, QStringLiteral("?")).join(QLatin1String(", ")) +
           QLatin1Char(')');
}

// A LIKE pattern that finds `search` anywhere, case-insensitive (the column is
// lowered in SQL), with the wildcards of the search text taken literally.
QString containsPattern(const QString &search)
{
    QString escaped = search.toLower();
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
    escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString likeTerm(const QString &column)
{
    return QStringLiteral("LOWER(%1) LIKE ? ESCAPE '!'").arg(column);
}

QString keyColumn(Side side)
{
    return side == Side::Local ? QStringLiteral("local_key") : QStringLiteral("remote_key");
}

// A WHERE clause and its values, shared by a list and its count.
struct Filter
{
    QStringList terms;
    QVariantList values;

    void add(const QString &term, const QVariantList &termValues = {})
    {
        terms.append(term);
        values.append(termValues);
    }
    QString where() const
    {
        return terms.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND "));
    }
};

Filter couplingFilter(const CouplingQuery &query)
{
    Filter f;
    if (!query.mapping.isEmpty())
        f.add(QStringLiteral("mapping = ?"), {query.mapping});
    if (query.kind == CouplingQuery::Kind::CoupledErrors)
        f.add(coupledErrorsCondition());
    else if (query.kind == CouplingQuery::Kind::Skipped)
        f.add(skippedCondition());
    if (!query.search.isEmpty()) {
        const QString pattern = containsPattern(query.search);
        f.add(
            QStringLiteral("(%1 OR %2)")
                .arg(likeTerm(QStringLiteral("local_key")), likeTerm(QStringLiteral("remote_key"))),
            {pattern, pattern});
    }
    return f;
}

// The FTS5 query that finds the rows holding every trigram of `search` (at most
// kMaxSearchTrigrams of them: more narrow little further), each quoted so that
// it is one token; empty when the text is shorter than a trigram. It narrows;
// the LIKE decides.
constexpr qsizetype kMaxSearchTrigrams = 24;

QString trigramQuery(const QString &search)
{
    const QList<uint> text = search.toLower().toUcs4();
    QStringList terms;
    for (qsizetype i = 0; i + 3 <= text.size() && terms.size() < kMaxSearchTrigrams; ++i) {
        QString trigram =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData() + i), 3);
        trigram.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QString term = QLatin1Char('"') + trigram + QLatin1Char('"');
        if (!terms.contains(term))
            terms.append(term);
    }
    return terms.join(QLatin1String(" AND "));
}

// `searchIndex`: the store has the FTS5 table of the errors (SQLite, schema 5).
Filter errorFilter(const ErrorQuery &query, bool searchIndex)
{
    Filter f;
    if (!query.mapping.isEmpty())
        f.add(QStringLiteral("mapping = ?"), {query.mapping});
    if (query.jobId != 0)
        f.add(QStringLiteral("job_id = ?"), {query.jobId});
    if (query.from.isValid())
        f.add(QStringLiteral("at >= ?"), {stampValue(query.from)});
    if (query.to.isValid())
        f.add(QStringLiteral("at <= ?"), {stampValue(query.to)});
    if (!query.cause.isEmpty())
        f.add(QStringLiteral("cause = ?"), {query.cause});
    if (!query.search.isEmpty()) {
        const QString trigrams = searchIndex ? trigramQuery(query.search) : QString();
        if (!trigrams.isEmpty()) {
            f.add(QStringLiteral("id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)")
                      .arg(errorSearchTable()),
                  {trigrams});
        }
        const QString p = containsPattern(query.search);
        QStringList likes;
        QVariantList patterns;
        for (const QString &column : errorSearchColumns()) {
            likes.append(likeTerm(column));
            patterns.append(p);
        }
        f.add(QLatin1Char('(') + likes.join(QLatin1String(" OR ")) + QLatin1Char(')'), patterns);
    }
    return f;
}

Filter jobFilter(const JobQuery &query)
{
    Filter f;
    if (!query.mapping.isEmpty())
        f.add(QStringLiteral("mapping = ?"), {query.mapping});
    if (query.startedBefore.isValid())
        f.add(QStringLiteral("started < ?"), {stampValue(query.startedBefore)});
    return f;
}

// One column of an ORDER BY. Its name comes from the lists below, never from
// the caller.
struct SortColumn
{
    const char *name;
    bool nullable = false;
};

// " ORDER BY a ASC, b ASC, id ASC": every column in the same direction, and the
// id last, so that equal values keep one order from page to page.
QString orderBy(std::initializer_list<SortColumn> columns, Qt::SortOrder order, Dialect dialect)
{
    const bool ascending = order == Qt::AscendingOrder;
    const QLatin1String direction = ascending ? QLatin1String(" ASC") : QLatin1String(" DESC");
    QStringList terms;
    for (const SortColumn &c : columns) {
        QString term = QLatin1String(c.name) + direction;
        // SQLite sorts NULL first when ascending, PostgreSQL last: both as SQLite.
        if (c.nullable && dialect == Dialect::Postgres)
            term += ascending ? QLatin1String(" NULLS FIRST") : QLatin1String(" NULLS LAST");
        terms.append(term);
    }
    terms.append(QLatin1String("id") + direction);
    return QStringLiteral(" ORDER BY ") + terms.join(QLatin1String(", "));
}

QString couplingOrder(const CouplingQuery &query, Dialect dialect)
{
    using Key = CouplingQuery::SortKey;
    const Qt::SortOrder o = query.order;
    switch (query.sortBy) {
    case Key::Id:
        break;
    case Key::Mapping:
        return orderBy({{"mapping"}}, o, dialect);
    case Key::LocalKey:
        return orderBy({{"local_key", true}}, o, dialect);
    case Key::RemoteKey:
        return orderBy({{"remote_key", true}}, o, dialect);
    case Key::LastSynchronized:
        return orderBy({{"last_synced_at", true}}, o, dialect);
    case Key::LastToRemote:
        return orderBy({{"last_to_remote"}}, o, dialect);
    case Key::LastFromRemote:
        return orderBy({{"last_from_remote"}}, o, dialect);
    case Key::FailedSince:
        return orderBy({{"failed_since", true}}, o, dialect);
    case Key::SkipReason:
        return orderBy({{"skipped"}, {"skip_reason"}}, o, dialect);
    case Key::LastError:
        return orderBy({{"last_error"}}, o, dialect);
    }
    return orderBy({}, o, dialect);
}

// Mapping and job sort by time within, as the indexes (mapping, at, id) and
// (job_id, at, id) hold them.
QString errorOrder(const ErrorQuery &query, Dialect dialect)
{
    using Key = ErrorQuery::SortKey;
    const Qt::SortOrder o = query.order;
    switch (query.sortBy) {
    case Key::At:
        break;
    case Key::Mapping:
        return orderBy({{"mapping"}, {"at"}}, o, dialect);
    case Key::Message:
        return orderBy({{"message"}}, o, dialect);
    case Key::Source:
        return orderBy({{"source_table"}, {"source_key"}}, o, dialect);
    case Key::Destination:
        return orderBy({{"destination_table"}, {"destination_key"}}, o, dialect);
    case Key::Job:
        return orderBy({{"job_id", true}, {"at"}}, o, dialect);
    }
    return orderBy({{"at"}}, o, dialect);
}

// Keyset paging in the order (at, id): the rows after `after`. The first term
// bounds the index range, the second drops the rows at the same instant up to
// and including the last one shown.
void addErrorKeyset(Filter &f, const ErrorQuery &query)
{
    const QVariant at = stampValue(query.after.at);
    if (query.order == Qt::AscendingOrder)
        f.add(QStringLiteral("at >= ? AND (at > ? OR id > ?)"), {at, at, query.after.id});
    else
        f.add(QStringLiteral("at <= ? AND (at < ? OR id < ?)"), {at, at, query.after.id});
}

QString jobOrder(const JobQuery &query, Dialect dialect)
{
    using Key = JobQuery::SortKey;
    const Qt::SortOrder o = query.order;
    switch (query.sortBy) {
    case Key::Started:
        break;
    case Key::Finished:
        return orderBy({{"finished", true}}, o, dialect);
    case Key::Mapping:
        return orderBy({{"mapping"}, {"started"}}, o, dialect);
    case Key::Status:
        return orderBy({{"status"}, {"started"}}, o, dialect);
    case Key::Inserted:
        return orderBy({{"inserted"}}, o, dialect);
    case Key::Modified:
        return orderBy({{"modified"}}, o, dialect);
    case Key::Deleted:
        return orderBy({{"deleted"}}, o, dialect);
    case Key::Unchanged:
        return orderBy({{"unchanged"}}, o, dialect);
    case Key::Skipped:
        return orderBy({{"skipped"}}, o, dialect);
    case Key::Failed:
        return orderBy({{"failed"}}, o, dialect);
    case Key::Coupled:
        return orderBy({{"coupled"}}, o, dialect);
    case Key::Uncoupled:
        return orderBy({{"uncoupled"}}, o, dialect);
    }
    return orderBy({{"started"}}, o, dialect);
}

QVariantList paging(QVariantList values, int offset, int limit)
{
    values << std::max(limit, 0) << std::max(offset, 0);
    return values;
}

QString describe(const StoreConfig &config)
{
    if (config.host.isEmpty())
        return config.database;
    return QStringLiteral("%1 on %2").arg(config.database, config.host);
}

} // namespace

class StateStore::Private
{
public:
    class Transaction;

    StoreConfig config;
    QString secret; // the QPSQL password: never logged, never in an Error
    QString connectionName;
    QSqlDatabase db;
    Dialect dialect = Dialect::Sqlite;
    QThread *owner = nullptr; // the thread that opened the connection
    int schemaVersion = 0;
    int depth = 0;             // nesting of begin()
    bool rollbackOnly = false; // a nested level rolled back
    // Prepared statements by SQL text. Owned by pointer: a reference handed out
    // must survive the map growing.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> statements;
    QString couplingUpdateSql; // see updateCoupling()
    // SQLite: the multi-row insert of couplings through SQLite's own API
    // (insertCouplings()); it binds UTF-8, which Qt's driver does not.
    std::unique_ptr<SqliteStatement> fastInsert;
    // SQLite: the coupling reads through SQLite's own API, by SQL text
    // (sqliteRead()): they read UTF-8 as it is stored.
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> sqliteReads;

    void connect();
    void configureSqlite();
    QString switchToWal(const QString &failure);
    void disconnect();
    void migrate(int target);
    int readVersion();
    void applyMigrations(int target);
    void checkUsable() const;

    void begin();
    void commit();
    void rollback();
    void rollbackQuietly() noexcept;

    QSqlQuery &statement(const QString &sql, const QString &failure);
    SqliteStatement *sqliteRead(const QString &sql);
    QSqlQuery &execute(const QString &sql, const QVariantList &values, const QString &failure);
    void run(const QString &sql, const QString &failure);
    template <typename RowFunction>
    void select(const QString &sql, const QVariantList &values, const QString &failure,
                RowFunction onRow);
    qint64 scalar(const QString &sql, const QVariantList &values, const QString &failure);
    int change(const QString &sql, const QVariantList &values, const QString &failure);
    qint64 insert(const Table &table, const QVariantList &values, const QString &failure);
    bool update(const Table &table, qint64 id, QVariantList values, const QString &failure);
    int deleteByIds(const QString &table, const QList<qint64> &ids, const QString &failure);

    void saveCouplings(QList<Coupling> &couplings);
    void saveCoupling(Coupling &c);
    bool updateCoupling(qint64 id, const QVariantList &row);
    void insertCouplings(const QList<Coupling *> &chunk);
    QList<Coupling> selectCouplings(const QString &where, const QVariantList &values,
                                    const QString &failure);
    void classifyLoggedErrors(const QString &failure);
    void createTrigramIndexes(const QString &failure);
    int deleteErrorsAndIndexAgain(const QString &sql, const QVariantList &values,
                                  const QString &indexCommand, const QString &failure);
    bool hasSearchIndex() const { return dialect == Dialect::Sqlite && schemaVersion >= 5; }
};

// Begins on construction; rolls back unless commit() was called, so that an
// exception leaves nothing half written.
class StateStore::Private::Transaction
{
public:
    explicit Transaction(Private &d)
        : m_d(d)
    {
        m_d.begin();
    }
    ~Transaction()
    {
        if (!m_done)
            m_d.rollbackQuietly();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        m_done = true;
        m_d.commit();
    }

private:
    Private &m_d;
    bool m_done = false;
};

// --- connection ---------------------------------------------------------------

void StateStore::Private::connect()
{
    static QAtomicInt counter;
    connectionName = QStringLiteral("couplet-store-%1").arg(counter.fetchAndAddRelaxed(1));
    db = QSqlDatabase::addDatabase(config.driver, connectionName);
    if (!db.isValid()) {
        disconnect();
        throw Error(
            tr("The database driver %1 for the state store is not available").arg(config.driver),
            QSqlDatabase::drivers().join(QLatin1String(", ")));
    }
    db.setDatabaseName(config.database);
    if (dialect == Dialect::Sqlite) {
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    } else {
        db.setHostName(config.host);
        if (config.port > 0)
            db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(secret);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    qCDebug(lcStore) << "opening" << config.driver << describe(config) << "as" << connectionName;
    if (!db.open()) {
        const QString detail = db.lastError().text();
        disconnect();
        throw Error(tr("Cannot open the state store %1").arg(describe(config)), detail);
    }
    owner = QThread::currentThread();
}

void StateStore::Private::configureSqlite()
{
    // WAL lets readers go on while a writer writes; NORMAL is durable in WAL
    // except for the last commits at a power loss; the busy timeout makes a
    // second writer wait instead of failing at once.
    const QString failure = tr("Cannot set up the state store %1").arg(config.database);
    QSqlQuery q(db);
    for (const QString &pragma : {QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs),
                                  QStringLiteral("PRAGMA synchronous=NORMAL"),
                                  QStringLiteral("PRAGMA cache_size=-65536")}) {
        if (!q.exec(pragma))
            throw Error(failure, q.lastError().text());
    }
    const QString mode = switchToWal(failure);
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "journal mode of" << config.database << "is" << mode;
}

// When two connections switch a new file to WAL at once, SQLite answers "busy"
// to one of them at once instead of waiting (waiting could deadlock): retry
// for as long as the busy timeout.
QString StateStore::Private::switchToWal(const QString &failure)
{
    const QDeadlineTimer deadline(kBusyTimeoutMs);
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next())
            return q.value(0).toString();
        const int code = q.lastError().nativeErrorCode().toInt() % 256;
        const bool busy = code == kSqliteBusy || code == kSqliteLocked;
        if (!busy || deadline.hasExpired())
            throw Error(failure, q.lastError().text());
        QThread::msleep(20);
    }
}

void StateStore::Private::disconnect()
{
    // Statements first: removeDatabase() needs every handle on the connection gone,
    // and SQLite does not close a connection that has statements left.
    statements.clear();
    fastInsert.reset();
    sqliteReads.clear();
    if (db.isOpen()) {
        if (depth > 0)
            rollbackQuietly();
        db.close();
    }
    db = QSqlDatabase();
    if (!connectionName.isEmpty())
        QSqlDatabase::removeDatabase(connectionName);
    connectionName.clear();
    owner = nullptr;
    depth = 0;
    rollbackOnly = false;
    schemaVersion = 0;
}

void StateStore::Private::checkUsable() const
{
    if (!owner)
        throw Error(tr("The state store is not open"));
    if (QThread::currentThread() != owner) {
        throw Error(tr("The state store was used from a thread that did not open it"),
                    connectionName);
    }
}

// --- migrations ---------------------------------------------------------------

int StateStore::Private::readVersion()
{
    if (!db.tables().contains(QLatin1String("schema_migrations")))
        return 0;
    return int(scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), {},
                      tr("Cannot read the schema version of the state store")));
}

void StateStore::Private::migrate(int target)
{
    const int latest = latestVersion();
    int current = readVersion();
    if (current > latest) {
        throw Error(
            tr("The state store %1 was made by a newer version of Couplet").arg(describe(config)),
            tr("Its schema is version %1; this version knows up to %2.").arg(current).arg(latest));
    }
    if (current < target) {
        applyMigrations(target);
        current = readVersion();
    }
    schemaVersion = current;
}

void StateStore::Private::applyMigrations(int target)
{
    const QString failure = tr("Cannot upgrade the state store %1").arg(describe(config));
    Transaction tx(*this);
    // Two processes opening a new store at once: the second waits here (SQLite:
    // BEGIN IMMEDIATE; PostgreSQL: this lock), then finds the steps done.
    if (dialect == Dialect::Postgres)
        run(QStringLiteral("SELECT pg_advisory_xact_lock(4354519)"), failure);
    run(migrationsTableSql(), failure);
    const int current = readVersion();
    for (const Migration &m : migrations(dialect)) {
        if (m.version <= current || m.version > target)
            continue;
        qCDebug(lcStore) << "migrating" << connectionName << "to version" << m.version
                         << m.description;
        for (const QString &sql : m.statements)
            run(sql, failure);
        if (m.data == Migration::DataStep::ClassifyErrors)
            classifyLoggedErrors(failure);
        else if (m.data == Migration::DataStep::TrigramIndexes)
            createTrigramIndexes(failure);
        for (const QString &sql : m.afterData)
            run(sql, failure);
        execute(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at)"
                               " VALUES (?, ?, ?)"),
                {m.version, m.description, QDateTime::currentMSecsSinceEpoch()}, failure);
    }
    tx.commit();
}

// --- transactions -------------------------------------------------------------

void StateStore::Private::begin()
{
    if (depth == 0) {
        // IMMEDIATE takes SQLite's write lock at once (waiting up to the busy
        // timeout); a deferred transaction that reads and then writes would fail
        // at once when another connection wrote in between.
        run(dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("BEGIN"),
            tr("Cannot start a transaction in the state store"));
        rollbackOnly = false;
    }
    ++depth;
}

void StateStore::Private::commit()
{
    if (depth == 0)
        throw Error(tr("There is no transaction to commit in the state store"));
    if (--depth > 0)
        return;
    if (rollbackOnly) {
        run(QStringLiteral("ROLLBACK"), tr("Cannot roll back a transaction in the state store"));
        rollbackOnly = false;
        throw Error(tr("The changes were not saved: part of them was rolled back"));
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString detail = q.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); // SQLite keeps a failed COMMIT open
        throw Error(tr("Cannot save the changes to the state store"), detail);
    }
}

void StateStore::Private::rollback()
{
    // Nothing to do: a failed commit() has already ended the transaction, and
    // callers roll back in their catch blocks after it.
    if (depth == 0) {
        qCDebug(lcStore) << "rollback without a transaction on" << connectionName;
        return;
    }
    if (--depth > 0) {
        rollbackOnly = true;
        return;
    }
    rollbackOnly = false;
    run(QStringLiteral("ROLLBACK"), tr("Cannot roll back a transaction in the state store"));
}

void StateStore::Private::rollbackQuietly() noexcept
{
    try {
        rollback();
    } catch (const Error &e) {
        qCWarning(lcStore) << e.message() << e.detail();
    }
}

// --- statements ---------------------------------------------------------------

QSqlQuery &StateStore::Private::statement(const QString &sql, const QString &failure)
{
    auto it = statements.find(sql);
    if (it != statements.end())
        return *it->second;
    // The text only, never values: it tells which indexes a lookup can use.
    qCDebug(lcStore).noquote() << "prepare" << sql;
    auto q = std::make_unique<QSqlQuery>(db);
    q->setForwardOnly(true);
    if (!q->prepare(withNamedParameters(sql)))
        throw Error(failure, q->lastError().text());
    return *statements.emplace(sql, std::move(q)).first->second;
}

// SQLite: `sql` prepared once through SQLite's own API. Null on PostgreSQL, and
// when SQLite does not take the text (Qt's statement then reports the error).
SqliteStatement *StateStore::Private::sqliteRead(const QString &sql)
{
    if (dialect != Dialect::Sqlite)
        return nullptr;
    auto it = sqliteReads.find(sql);
    if (it == sqliteReads.end()) {
        // Logged like statement(): the text only, never values.
        qCDebug(lcStore).noquote() << "prepare" << sql;
        auto s = std::make_unique<SqliteStatement>();
        s->prepare(SqliteStatement::handle(db), sql);
        it = sqliteReads.emplace(sql, std::move(s)).first;
    }
    return it->second->isPrepared() ? it->second.get() : nullptr;
}

QSqlQuery &StateStore::Private::execute(const QString &sql, const QVariantList &values,
                                        const QString &failure)
{
    QSqlQuery &q = statement(sql, failure);
    bindByName(q, values);
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        q.finish();
        throw Error(failure, detail);
    }
    return q;
}

// Statements that are run once (DDL, transaction control) are not kept prepared.
void StateStore::Private::run(const QString &sql, const QString &failure)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(failure, q.lastError().text());
}

template <typename RowFunction>
void StateStore::Private::select(const QString &sql, const QVariantList &values,
                                 const QString &failure, RowFunction onRow)
{
    QSqlQuery &q = execute(sql, values, failure);
    // A statement left unfinished keeps SQLite's read snapshot: the connection
    // would not see other writers and could not write.
    struct Finish
    {
        QSqlQuery &q;
        ~Finish() { q.finish(); }
    } finish{q};
    while (q.next())
        onRow(q);
    if (q.lastError().isValid())
        throw Error(failure, q.lastError().text());
}

qint64 StateStore::Private::scalar(const QString &sql, const QVariantList &values,
                                   const QString &failure)
{
    qint64 result = 0;
    select(sql, values, failure, [&](const QSqlQuery &q) { result = q.value(0).toLongLong(); });
    return result;
}

int StateStore::Private::change(const QString &sql, const QVariantList &values,
                                const QString &failure)
{
    QSqlQuery &q = execute(sql, values, failure);
    const int rows = q.numRowsAffected();
    q.finish();
    return rows;
}

qint64 StateStore::Private::insert(const Table &table, const QVariantList &values,
                                   const QString &failure)
{
    if (dialect == Dialect::Postgres)
        return scalar(table.insertSql(true), values, failure);
    QSqlQuery &q = execute(table.insertSql(false), values, failure);
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

// False when no row has the id (deleted meanwhile).
bool StateStore::Private::update(const Table &table, qint64 id, QVariantList values,
                                 const QString &failure)
{
    values.append(id);
    return change(table.updateSql(), values, failure) > 0;
}

int StateStore::Private::deleteByIds(const QString &table, const QList<qint64> &ids,
                                     const QString &failure)
{
    QVariantList all;
    for (qint64 id : QSet<qint64>(ids.cbegin(), ids.cend()))
        all.append(id);
    int deleted = 0;
    Transaction tx(*this);
    for (qsizetype start = 0; start < all.size(); start += kInBatch) {
        const QVariantList batch = paddedInList(all.mid(start, kInBatch), kInBatch);
        deleted +=
            change(QStringLiteral("DELETE FROM %1 WHERE id IN %2").arg(table, inList(batch.size())),
                   batch, failure);
    }
    tx.commit();
    return deleted;
}

// --- couplings (private) ------------------------------------------------------

// SQLite rewrites the entry of every index whose columns an UPDATE sets, even to
// the same value. The engine's updates rarely change a coupling's keys, so they
// set the other columns only, on the condition that the keys are still the
// ones given: one page of a million-row table is written per coupling instead
// of four (the row, and the entries in the key and mapping indexes). When the
// keys did change, no row matches and the full update follows.
bool StateStore::Private::updateCoupling(qint64 id, const QVariantList &row)
{
    constexpr qsizetype kKeyColumns = 3; // mapping, local_key, remote_key: values() begins so
    if (couplingUpdateSql.isEmpty()) {
        couplingUpdateSql = couplingsTable().updateSql(
            kKeyColumns,
            dialect == Dialect::Sqlite
                ? QStringLiteral(" WHERE id = ? AND mapping = ? AND local_key IS ?"
                                 " AND remote_key IS ?")
                : QStringLiteral(" WHERE id = ? AND mapping = ? AND local_key IS NOT DISTINCT "
                                 "FROM ? AND remote_key IS NOT DISTINCT FROM ?"));
    }
    QVariantList values = row.mid(kKeyColumns);
    values << id << row.mid(0, kKeyColumns);
    if (change(couplingUpdateSql, values, QString()) > 0)
        return true;
    return update(couplingsTable(), id, row, QString());
}

void StateStore::Private::saveCoupling(Coupling &c)
{
    // The message is only built on failure: this runs for every saved row.
    const QVariantList row = values(c);
    bool found = true;
    try {
        if (c.id == 0)
            c.id = insert(couplingsTable(), row, QString());
        else
            found = updateCoupling(c.id, row);
    } catch (const Error &e) {
        throw Error(
            tr("Cannot save the couplings of mapping %1 (local key \"%2\", remote key \"%3\")")
                .arg(c.mapping, c.localKey, c.remoteKey),
            e.detail());
    }
    // An administrator deleted it while the engine worked on it: the deletion
    // stands, the coupling is not recreated.
    if (!found)
        qCDebug(lcStore) << "coupling" << c.id << "of" << c.mapping << "no longer exists";
}

void StateStore::Private::saveCouplings(QList<Coupling> &couplings)
{
    QList<Coupling *> fresh;
    for (Coupling &c : couplings) {
        if (c.id == 0)
            fresh.append(&c);
        else
            saveCoupling(c);
    }
    qsizetype done = 0;
    if (dialect == Dialect::Sqlite) {
        for (; fresh.size() - done >= kRowsPerInsert; done += kRowsPerInsert)
            insertCouplings(fresh.mid(done, kRowsPerInsert));
    }
    for (; done < fresh.size(); ++done)
        saveCoupling(*fresh.at(done));
}

// SQLite only. AUTOINCREMENT gives the rows of one INSERT the next ids in VALUES
// order, and BEGIN IMMEDIATE keeps other writers out, so the ids are the ones
// ending at the last insert id.
void StateStore::Private::insertCouplings(const QList<Coupling *> &chunk)
{
    QVariantList all;
    all.reserve(chunk.size() * couplingsTable().fieldCount());
    for (const Coupling *c : chunk)
        all.append(values(*c));
    const QString sql = couplingsTable().insertRowsSql(chunk.size());
    qint64 last = 0;
    qint64 rows = 0;
    if (!fastInsert) {
        fastInsert = std::make_unique<SqliteStatement>();
        fastInsert->prepare(SqliteStatement::handle(db), sql);
    }
    if (chunk.size() == kRowsPerInsert && fastInsert->bind(all)) {
        if (!fastInsert->step()) {
            // As below: a duplicate key undid only this statement (saving row by
            // row names the coupling at fault); any other failure may have ended
            // the transaction.
            if (fastInsert->errorCode() % 256 != kSqliteConstraint) {
                throw Error(
                    tr("Cannot save the couplings of mapping %1").arg(chunk.first()->mapping),
                    fastInsert->errorText());
            }
            for (Coupling *c : chunk)
                saveCoupling(*c);
            return;
        }
        last = fastInsert->lastInsertRowId();
        rows = fastInsert->changes();
    } else {
        QSqlQuery &q = statement(sql, QString());
        bindByName(q, all);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            q.finish();
            // A constraint (a duplicate key) undoes only this statement: saving row
            // by row then names the coupling at fault. Any other failure may have
            // ended the transaction, so nothing more is written.
            if (error.nativeErrorCode().toInt() % 256 != kSqliteConstraint) {
                throw Error(
                    tr("Cannot save the couplings of mapping %1").arg(chunk.first()->mapping),
                    error.text());
            }
            for (Coupling *c : chunk)
                saveCoupling(*c);
            return;
        }
        last = q.lastInsertId().toLongLong();
        rows = q.numRowsAffected();
        q.finish();
    }
    if (rows != chunk.size()) {
        throw Error(tr("Cannot save the couplings of mapping %1").arg(chunk.first()->mapping),
                    tr("%1 of %2 rows were inserted.").arg(rows).arg(chunk.size()));
    }
    for (qsizetype i = 0; i < chunk.size(); ++i)
        chunk.at(i)->id = last - (chunk.size() - 1) + i;
}

QList<Coupling> StateStore::Private::selectCouplings(const QString &where,
                                                     const QVariantList &values,
                                                     const QString &failure)
{
    QList<Coupling> result;
    const QString sql =
        QStringLiteral("SELECT %1 FROM couplings %2").arg(couplingsTable().columns(), where);
    // SQLite: read through its own API. Qt's driver hands every text over as
    // UTF-16, which the JSON of the stored values is then converted back from.
    if (SqliteStatement *s = sqliteRead(sql); s && s->bind(values)) {
        struct Finish
        {
            SqliteStatement &s;
            ~Finish() { s.finish(); }
        } finish{*s};
        while (s->next())
            result.append(readCoupling(s->row()));
        if (s->failed())
            throw Error(failure, s->errorText());
        return result;
    }
    select(sql, values, failure, [&](const QSqlQuery &q) { result.append(readCoupling(q)); });
    return result;
}

// --- errors (private) ---------------------------------------------------------

// Fills in the cause of every error logged before the store kept causes. Reads
// in chunks by id, and sets each cause for a batch of ids at once: many errors
// share a few causes, so a million rows take a few thousand statements. Runs
// before the indexes on cause exist, which are then built once.
void StateStore::Private::classifyLoggedErrors(const QString &failure)
{
    constexpr int kChunk = 2000;
    // Repeated messages (the same failure of every row of a run) are classified once.
    constexpr qsizetype kCacheSize = 4096;
    QHash<QString, QString> known;
    qint64 after = 0;
    for (;;) {
        QHash<QString, QVariantList> idsByCause;
        int rows = 0;
        select(QStringLiteral("SELECT id, message, detail FROM errors WHERE id > ?"
                              " ORDER BY id LIMIT ?"),
               {after, kChunk}, failure, [&](const QSqlQuery &q) {
                   after = q.value(0).toLongLong();
                   ++rows;
                   const QString message = q.value(1).toString();
                   const QString detail = q.value(2).toString();
                   const QString text = message + QLatin1Char('\x1f') + detail;
                   auto it = known.constFind(text);
                   if (it == known.constEnd()) {
                       if (known.size() >= kCacheSize)
                           known.clear();
                       it = known.insert(text, causeId(classifyError(message, detail)));
                   }
                   idsByCause[*it].append(after);
               });
        for (auto it = idsByCause.cbegin(); it != idsByCause.cend(); ++it) {
            for (qsizetype start = 0; start < it->size(); start += kInBatch) {
                const QVariantList batch = paddedInList(it->mid(start, kInBatch), kInBatch);
                change(QStringLiteral("UPDATE errors SET cause = ? WHERE id IN %1")
                           .arg(inList(batch.size())),
                       QVariantList{it.key()} + batch, failure);
            }
        }
        if (rows < kChunk)
            return;
    }
}

// pg_trgm ships with PostgreSQL (contrib) and is a trusted extension, so the
// owner of the database may install it; a user who may not still gets a store
// that searches by scanning. The savepoint keeps a refused CREATE EXTENSION from
// aborting the migration's transaction.
void StateStore::Private::createTrigramIndexes(const QString &failure)
{
    run(QStringLiteral("SAVEPOINT couplet_trgm"), failure);
    try {
        run(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"), failure);
        run(QStringLiteral("RELEASE SAVEPOINT couplet_trgm"), failure);
    } catch (const Error &e) {
        run(QStringLiteral("ROLLBACK TO SAVEPOINT couplet_trgm"), failure);
        qCWarning(lcStore) << "no trigram index for the error search of" << connectionName << ":"
                           << e.detail();
        return;
    }
    for (const QString &sql : trigramIndexStatements())
        run(sql, failure);
}

// SQLite, inside a transaction: runs the delete of errors `sql` without the
// search index's delete trigger, which takes each row out of the index by
// tokenizing its text again (a minute for a million errors), then sets the
// index right with one FTS5 command: "delete-all" when the table is empty,
// "rebuild" (the rows that stay, indexed again) otherwise. Without a delete
// trigger, SQLite empties a table at once. The trigger is back before the
// transaction ends: no other connection sees the table without it.
int StateStore::Private::deleteErrorsAndIndexAgain(const QString &sql, const QVariantList &values,
                                                   const QString &indexCommand,
                                                   const QString &failure)
{
    run(QStringLiteral("DROP TRIGGER %1").arg(errorSearchDeleteTriggerName()), failure);
    const int deleted = change(sql, values, failure);
    run(QStringLiteral("INSERT INTO %1 (%1) VALUES ('%2')").arg(errorSearchTable(), indexCommand),
        failure);
    run(errorSearchDeleteTrigger(), failure);
    return deleted;
}

// --- StateStore ---------------------------------------------------------------

StateStore::StateStore(StoreConfig config, QString secret)
    : d(new Private)
{
    d->config = std::move(config);
    d->secret = std::move(secret);
    d->dialect = d->config.driver.compare(QLatin1String("QPSQL"), Qt::CaseInsensitive) == 0
                     ? Dialect::Postgres
                     : Dialect::Sqlite;
}

StateStore::~StateStore()
{
    if (d->owner && d->owner != QThread::currentThread())
        qCWarning(lcStore) << "state store" << d->connectionName
                           << "destroyed in a thread that did not open it";
    d->disconnect();
    delete d;
}

void StateStore::open()
{
    open(latestSchemaVersion());
}

void StateStore::open(int schemaVersion)
{
    if (d->owner) {
        d->checkUsable();
        return;
    }
    const QString driver = d->config.driver.toUpper();
    if (driver != QLatin1String("QSQLITE") && driver != QLatin1String("QPSQL"))
        throw Error(tr("The state store must be SQLite or PostgreSQL, not %1").arg(driver));
    d->config.driver = driver;
    d->connect();
    try {
        if (d->dialect == Dialect::Sqlite)
            d->configureSqlite();
        else
            d->run(QStringLiteral("SET client_min_messages = warning"),
                   tr("Cannot set up the state store %1").arg(describe(d->config)));
        d->migrate(std::clamp(schemaVersion, 1, latestSchemaVersion()));
    } catch (...) {
        d->disconnect();
        throw;
    }
}

void StateStore::close()
{
    if (!d->owner)
        return;
    d->checkUsable();
    d->disconnect();
}

bool StateStore::isOpen() const
{
    return d->owner != nullptr;
}

int StateStore::schemaVersion() const
{
    d->checkUsable();
    return d->schemaVersion;
}

int StateStore::latestSchemaVersion()
{
    return latestVersion();
}

QString StateStore::driverName() const
{
    return d->config.driver;
}

void StateStore::begin()
{
    d->checkUsable();
    d->begin();
}

void StateStore::commit()
{
    d->checkUsable();
    d->commit();
}

void StateStore::rollback()
{
    d->checkUsable();
    d->rollback();
}

// --- marks --------------------------------------------------------------------

QDateTime StateStore::mark(const QString &mapping, PassDirection direction) const
{
    d->checkUsable();
    QDateTime stamp;
    d->select(QStringLiteral("SELECT stamp FROM marks WHERE mapping = ? AND direction = ?"),
              {mapping, toString(direction)},
              tr("Cannot read the high-water mark of mapping %1").arg(mapping),
              [&](const QSqlQuery &q) { stamp = stampFrom(q.value(0)); });
    return stamp;
}

void StateStore::setMark(const QString &mapping, PassDirection direction, const QDateTime &stamp)
{
    d->checkUsable();
    const QString failure = tr("Cannot save the high-water mark of mapping %1").arg(mapping);
    if (!stamp.isValid()) {
        d->change(QStringLiteral("DELETE FROM marks WHERE mapping = ? AND direction = ?"),
                  {mapping, toString(direction)}, failure);
        return;
    }
    d->change(
        QStringLiteral("INSERT INTO marks (mapping, direction, stamp) VALUES (?, ?, ?)"
                       " ON CONFLICT (mapping, direction) DO UPDATE SET stamp = excluded.stamp"),
        {mapping, toString(direction), stampValue(stamp)}, failure);
}

void StateStore::clearMarks(const QString &mapping)
{
    d->checkUsable();
    d->change(QStringLiteral("DELETE FROM marks WHERE mapping = ?"), {mapping},
              tr("Cannot clear the high-water marks of mapping %1").arg(mapping));
}

// --- couplings ----------------------------------------------------------------

std::optional<Coupling> StateStore::coupling(qint64 id) const
{
    d->checkUsable();
    const QList<Coupling> found = d->selectCouplings(QStringLiteral("WHERE id = ?"), {id},
                                                     tr("Cannot read coupling %1").arg(id));
    return found.isEmpty() ? std::nullopt : std::optional<Coupling>(found.constFirst());
}

std::optional<Coupling> StateStore::couplingByKey(const QString &mapping, Side side,
                                                  const QString &key) const
{
    d->checkUsable();
    if (key.isEmpty())
        return std::nullopt;
    const QList<Coupling> found = d->selectCouplings(
        QStringLiteral("WHERE mapping = ? AND %1 = ?").arg(keyColumn(side)), {mapping, key},
        tr("Cannot read the couplings of mapping %1").arg(mapping));
    return found.isEmpty() ? std::nullopt : std::optional<Coupling>(found.constFirst());
}

QHash<QString, Coupling> StateStore::couplingsByKeys(const QString &mapping, Side side,
                                                     const QStringList &keys) const
{
    d->checkUsable();
    QVariantList unique;
    for (const QString &key : QSet<QString>(keys.cbegin(), keys.cend())) {
        if (!key.isEmpty())
            unique.append(key);
    }
    QHash<QString, Coupling> result;
    result.reserve(unique.size());
    const QString failure = tr("Cannot read the couplings of mapping %1").arg(mapping);
    for (qsizetype start = 0; start < unique.size(); start += kInBatch) {
        const QVariantList batch = paddedInList(unique.mid(start, kInBatch), kInBatch);
        const QString where = QStringLiteral("WHERE mapping = ? AND %1 IN %2")
                                  .arg(keyColumn(side), inList(batch.size()));
        for (Coupling &c : d->selectCouplings(where, QVariantList{mapping} + batch, failure))
            result.insert(c.key(side), std::move(c));
    }
    return result;
}

void StateStore::saveCouplings(QList<Coupling> &couplings)
{
    d->checkUsable();
    QList<qint64> ids;
    ids.reserve(couplings.size());
    for (const Coupling &c : std::as_const(couplings))
        ids.append(c.id);
    try {
        Private::Transaction tx(*d);
        d->saveCouplings(couplings);
        tx.commit();
    } catch (...) {
        // Nothing was saved, so no coupling may keep an id it got in this call.
        for (qsizetype i = 0; i < couplings.size(); ++i)
            couplings[i].id = ids.at(i);
        throw;
    }
}

void StateStore::saveCoupling(Coupling &coupling)
{
    QList<Coupling> one{coupling};
    saveCouplings(one);
    coupling.id = one.constFirst().id;
}

int StateStore::deleteCouplings(const QList<qint64> &ids)
{
    d->checkUsable();
    return d->deleteByIds(QStringLiteral("couplings"), ids, tr("Cannot delete couplings"));
}

int StateStore::deleteCouplingsOfMapping(const QString &mapping)
{
    d->checkUsable();
    return d->change(QStringLiteral("DELETE FROM couplings WHERE mapping = ?"), {mapping},
                     tr("Cannot delete the couplings of mapping %1").arg(mapping));
}

QList<Coupling> StateStore::failedCouplings(const QString &mapping, PassDirection direction,
                                            qint64 afterId, int limit) const
{
    d->checkUsable();
    return d->selectCouplings(
        QStringLiteral("WHERE mapping = ? AND %1 AND id > ? ORDER BY id LIMIT ?")
            .arg(failedCondition(direction)),
        {mapping, afterId, std::max(limit, 0)},
        tr("Cannot read the failed couplings of mapping %1").arg(mapping));
}

QList<Coupling> StateStore::couplings(const CouplingQuery &query) const
{
    d->checkUsable();
    Filter f = couplingFilter(query);
    int offset = query.offset;
    if (query.sortBy == CouplingQuery::SortKey::Id && query.afterId > 0) {
        f.add(query.order == Qt::AscendingOrder ? QStringLiteral("id > ?")
                                                : QStringLiteral("id < ?"),
              {query.afterId});
        offset = 0;
    }
    const QString order = couplingOrder(query, d->dialect);
    // The rows skipped by an offset are counted on an index alone, and only
    // the page's rows are read: a coupling carries both rows' values, and
    // OFFSET would read every row it skips.
    const QString where =
        offset > 0 ? QStringLiteral("WHERE id IN (SELECT id FROM couplings%1%2 LIMIT ? OFFSET ?)")
                             .arg(f.where(), order) +
                         order
                   : f.where() + order + QLatin1String(" LIMIT ? OFFSET ?");
    return d->selectCouplings(where, paging(f.values, offset, query.limit),
                              tr("Cannot read the list of couplings"));
}

int StateStore::countCouplings(const CouplingQuery &query) const
{
    d->checkUsable();
    const Filter f = couplingFilter(query);
    return int(d->scalar(QStringLiteral("SELECT COUNT(*) FROM couplings") + f.where(), f.values,
                         tr("Cannot count the couplings")));
}

QList<Coupling> StateStore::couplingsOfMapping(const QString &mapping, qint64 afterId,
                                               int limit) const
{
    d->checkUsable();
    return d->selectCouplings(QStringLiteral("WHERE mapping = ? AND id > ? ORDER BY id LIMIT ?"),
                              {mapping, afterId, std::max(limit, 0)},
                              tr("Cannot read the couplings of mapping %1").arg(mapping));
}

// --- jobs ---------------------------------------------------------------------

void StateStore::saveJob(SyncJob &job)
{
    d->checkUsable();
    const QString failure = tr("Cannot save the job of mapping %1").arg(job.mapping);
    if (!job.started.isValid())
        throw Error(failure, tr("The job has no start time."));
    if (job.id == 0)
        job.id = d->insert(jobsTable(), values(job), failure);
    else if (!d->update(jobsTable(), job.id, values(job), failure))
        qCDebug(lcStore) << "job" << job.id << "no longer exists";
}

std::optional<SyncJob> StateStore::job(qint64 id) const
{
    d->checkUsable();
    std::optional<SyncJob> result;
    d->select(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(jobsTable().columns()), {id},
              tr("Cannot read job %1").arg(id), [&](const QSqlQuery &q) { result = readJob(q); });
    return result;
}

QList<SyncJob> StateStore::jobs(const JobQuery &query) const
{
    d->checkUsable();
    const Filter f = jobFilter(query);
    QList<SyncJob> result;
    d->select(QStringLiteral("SELECT %1 FROM jobs").arg(jobsTable().columns()) + f.where() +
                  jobOrder(query, d->dialect) + QLatin1String(" LIMIT ? OFFSET ?"),
              paging(f.values, query.offset, query.limit), tr("Cannot read the list of jobs"),
              [&](const QSqlQuery &q) { result.append(readJob(q)); });
    return result;
}

int StateStore::countJobs(const JobQuery &query) const
{
    d->checkUsable();
    const Filter f = jobFilter(query);
    return int(d->scalar(QStringLiteral("SELECT COUNT(*) FROM jobs") + f.where(), f.values,
                         tr("Cannot count the jobs")));
}

int StateStore::deleteJobsOlderThan(const QDateTime &cutoff)
{
    d->checkUsable();
    if (!cutoff.isValid())
        return 0;
    return d->change(QStringLiteral("DELETE FROM jobs WHERE started < ?"), {stampValue(cutoff)},
                     tr("Cannot delete old jobs"));
}

int StateStore::deleteAllJobs()
{
    d->checkUsable();
    return d->change(QStringLiteral("DELETE FROM jobs"), {}, tr("Cannot delete the jobs"));
}

// --- errors -------------------------------------------------------------------

qint64 StateStore::addError(SyncError &error)
{
    d->checkUsable();
    const QString failure = tr("Cannot log an error of mapping %1").arg(error.mapping);
    if (!error.at.isValid())
        throw Error(failure, tr("The error has no time."));
    if (error.cause.isEmpty())
        error.cause = causeId(classifyError(error.message, error.detail));
    error.id = d->insert(errorsTable(), values(error), failure);
    return error.id;
}

QList<SyncError> StateStore::errors(const ErrorQuery &query) const
{
    d->checkUsable();
    Filter f = errorFilter(query, d->hasSearchIndex());
    int offset = query.offset;
    if (query.sortBy == ErrorQuery::SortKey::At && query.after.isValid()) {
        addErrorKeyset(f, query);
        offset = 0;
    }
    const QString order = errorOrder(query, d->dialect);
    QString sql = QStringLiteral("SELECT %1 FROM errors").arg(errorsTable().columns());
    if (offset > 0) {
        // The rows skipped are counted on the index of the order (at, id) alone,
        // and only the page's rows are read: OFFSET would read every row it skips.
        sql += QStringLiteral(" WHERE id IN (SELECT id FROM errors%1%2 LIMIT ? OFFSET ?)")
                   .arg(f.where(), order) +
               order;
    } else {
        sql += f.where() + order + QLatin1String(" LIMIT ? OFFSET ?");
    }
    QList<SyncError> result;
    d->select(sql, paging(f.values, offset, query.limit), tr("Cannot read the list of errors"),
              [&](const QSqlQuery &q) { result.append(readError(q)); });
    return result;
}

QList<SyncError> StateStore::errorsOfRecord(const RecordRef &ref, int limit) const
{
    d->checkUsable();
    const QVariantList side{textValue(ref.key), textValue(ref.table), toString(ref.side)};
    const QVariantList values = side + side + QVariantList{std::max(limit, 0)};
    QList<SyncError> result;
    d->select(QStringLiteral("SELECT %1 FROM errors"
                             " WHERE (source_key = ? AND source_table = ? AND source_side = ?)"
                             " OR (destination_key = ? AND destination_table = ?"
                             " AND destination_side = ?)"
                             " ORDER BY at DESC, id DESC LIMIT ?")
                  .arg(errorsTable().columns()),
              values, tr("Cannot read the errors of %1").arg(ref.toString()),
              [&](const QSqlQuery &q) { result.append(readError(q)); });
    return result;
}

int StateStore::countErrors(const ErrorQuery &query) const
{
    d->checkUsable();
    const Filter f = errorFilter(query, d->hasSearchIndex());
    return int(d->scalar(QStringLiteral("SELECT COUNT(*) FROM errors") + f.where(), f.values,
                         tr("Cannot count the errors")));
}

ErrorCauseCounts StateStore::errorCauseCounts(const ErrorQuery &query) const
{
    d->checkUsable();
    ErrorQuery all = query;
    all.cause.clear();
    const Filter f = errorFilter(all, d->hasSearchIndex());
    ErrorCauseCounts counts;
    // The indexes on cause give the groups in order; sorting a dozen groups by
    // count is left to the caller's side.
    d->select(QStringLiteral("SELECT cause, COUNT(*) FROM errors") + f.where() +
                  QLatin1String(" GROUP BY cause"),
              f.values, tr("Cannot count the errors by cause"), [&](const QSqlQuery &q) {
                  counts.append({q.value(0).toString(), int(q.value(1).toLongLong())});
              });
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return counts;
}

int StateStore::countErrorsOlderThan(const QDateTime &cutoff) const
{
    d->checkUsable();
    if (!cutoff.isValid())
        return 0;
    return int(d->scalar(QStringLiteral("SELECT COUNT(*) FROM errors WHERE at < ?"),
                         {stampValue(cutoff)}, tr("Cannot count the errors")));
}

int StateStore::deleteErrorsOlderThan(const QDateTime &cutoff)
{
    d->checkUsable();
    if (!cutoff.isValid())
        return 0;
    const QString failure = tr("Cannot delete old errors");
    const QString sql = QStringLiteral("DELETE FROM errors WHERE at < ?");
    if (!d->hasSearchIndex())
        return d->change(sql, {stampValue(cutoff)}, failure);
    // Taking a row out of the search index costs as much as indexing it:
    // when most errors go, indexing the ones that stay is the shorter way.
    Private::Transaction tx(*d);
    const qint64 old = d->scalar(QStringLiteral("SELECT COUNT(*) FROM errors WHERE at < ?"),
                                 {stampValue(cutoff)}, failure);
    if (old == 0)
        return 0;
    // Do as many rows stay as go? The old-th newer row tells, read from the
    // index on the time as the count is: never more rows than the delete reads.
    const bool asManyStay =
        d->scalar(QStringLiteral("SELECT 1 FROM errors WHERE at >= ? ORDER BY at LIMIT 1 OFFSET ?"),
                  {stampValue(cutoff), old - 1}, failure) == 1;
    const int deleted = asManyStay
                            ? d->change(sql, {stampValue(cutoff)}, failure)
                            : d->deleteErrorsAndIndexAgain(sql, {stampValue(cutoff)},
                                                           QStringLiteral("rebuild"), failure);
    tx.commit();
    return deleted;
}

int StateStore::deleteAllErrors()
{
    d->checkUsable();
    const QString failure = tr("Cannot delete the errors");
    const QString sql = QStringLiteral("DELETE FROM errors");
    if (!d->hasSearchIndex())
        return d->change(sql, {}, failure);
    Private::Transaction tx(*d);
    const int deleted =
        d->deleteErrorsAndIndexAgain(sql, {}, QStringLiteral("delete-all"), failure);
    tx.commit();
    return deleted;
}

int StateStore::deleteErrors(const QList<qint64> &ids)
{
    d->checkUsable();
    return d->deleteByIds(QStringLiteral("errors"), ids, tr("Cannot delete errors"));
}

MappingCounts StateStore::mappingCounts(const QString &mapping) const
{
    d->checkUsable();
    MappingCounts counts;
    CouplingQuery query;
    query.mapping = mapping;
    counts.couplings = countCouplings(query);
    query.kind = CouplingQuery::Kind::CoupledErrors;
    counts.coupledErrors = countCouplings(query);
    query.kind = CouplingQuery::Kind::Skipped;
    counts.skipped = countCouplings(query);
    ErrorQuery errorQuery;
    errorQuery.mapping = mapping;
    counts.errors = countErrors(errorQuery);
    return counts;
}

// --- journal ------------------------------------------------------------------

qint64 StateStore::addJournalEntry(JournalEntry &entry)
{
    d->checkUsable();
    entry.id = d->insert(journalTable(), values(entry),
                         tr("Cannot record the inserts of mapping %1").arg(entry.mapping));
    return entry.id;
}

void StateStore::removeJournalEntry(qint64 id)
{
    d->checkUsable();
    d->change(QStringLiteral("DELETE FROM journal WHERE id = ?"), {id},
              tr("Cannot remove journal entry %1").arg(id));
}

QList<JournalEntry> StateStore::journal(const QString &mapping) const
{
    d->checkUsable();
    QList<JournalEntry> result;
    d->select(QStringLiteral("SELECT %1 FROM journal WHERE mapping = ? ORDER BY id")
                  .arg(journalTable().columns()),
              {mapping}, tr("Cannot read the insert journal of mapping %1").arg(mapping),
              [&](const QSqlQuery &q) { result.append(readJournalEntry(q)); });
    return result;
}

} // namespace couplet
