#pragma once

#include "connectors/connector.h"
#include "model/connectionconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace couplet {

class Clock;
class SqliteStatement;

// A Connector over any Qt Sql driver (SQLite, PostgreSQL, ...).
//
// Stamps: the modified column is a timestamp type, or on SQLite ISO-8601 UTC text
// ("2024-05-01T10:00:00.123Z"). Rows the connector writes get clock.now(), strictly
// increasing per instance, so two written rows never share an ambiguous order.
// A row's ETag is its stamp as ISO text with milliseconds.
//
// The database connection belongs to the thread that called open(); any other
// thread gets an Error.
class SqlConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(couplet::SqlConnector)

public:
    SqlConnector(ConnectionConfig config, QString workspaceDir, QString secret, const Clock &clock);
    ~SqlConnector() override;
    Q_DISABLE_COPY_MOVE(SqlConnector)

    void open() override;
    void close() override;
    QString displayName() const override;

    QList<Row> modifiedSince(const TableSpec &table, const QDateTime &since,
                             const ScanCursor &after, int limit) override;
    int countModifiedSince(const TableSpec &table, const QDateTime &since) override;
    QList<Row> rowsByKeys(const TableSpec &table, const QStringList &keys) override;
    QSet<QString> existingKeys(const TableSpec &table, const QStringList &keys) override;
    QList<Row> findRows(const TableSpec &table, const QVariantMap &equals, int limit) override;
    QList<Row> searchRows(const TableSpec &table, const QString &text, int limit) override;
    QList<WriteResult> write(const TableSpec &table, const QList<WriteOp> &ops) override;
    bool generatesKeys(const TableSpec &table) override;

    QStringList tables() override;
    TableInfo tableInfo(const QString &table) override;

    AccessInfo access() override;
    TableAccess tableAccess(const QString &table) override;
    QList<DuplicateGroup> duplicates(const TableSpec &table, const QStringList &columns, int limit,
                                     int *incomplete) override;

    // The text form of a stamp: "yyyy-MM-ddTHH:mm:ss.zzzZ" (UTC). Also the ETag.
    static QString stampText(const QDateTime &stamp);
    // Reads a stamp from a driver value: a date-time, or ISO text with or without
    // milliseconds and zone (no zone means UTC). Invalid when it is neither.
    static QDateTime stampFromValue(const QVariant &value);

private:
    void configure();
    QSqlDatabase &database();
    bool isSqlite() const;
    bool isPostgres() const;
    QString quoted(const QString &identifier) const;
    QString stampExpression(const TableSpec &table, bool raw) const;
    QString stampSelect(const TableSpec &table, bool raw) const;
    bool canonicalStamps(const TableSpec &table, bool refresh);
    QVariant stampValue(const QDateTime &stamp) const;
    QVariant keyValue(const TableSpec &table, const QString &key, bool *ok = nullptr);
    const TableInfo &cachedInfo(const QString &table);
    QDateTime nextStamp();
    TableInfo sqliteTableInfo(const QString &table);

    QString selectList(const TableSpec &table, bool raw) const;
    QList<Row> readRows(QSqlQuery &query, const TableSpec &table) const;
    bool readSqlite(const TableSpec &table, const QString &sql, const QVariantList &values,
                    QList<Row> *rows);
    template <typename Next, typename Value>
    QList<Row> collectRows(const TableSpec &table, const QStringList &names, Next next,
                           Value value) const;
    QList<Row> read(const TableSpec &table, const QString &sql, const QVariantList &values);
    void execRead(QSqlQuery &query, const TableSpec &table, const QString &sql,
                  const QVariantList &values);
    bool isAlive();
    [[noreturn]] void throwReadError(const QSqlQuery &query, const TableSpec &table);
    [[noreturn]] void throwReadError(const TableSpec &table, const QString &text,
                                     const QString &detail);
    QString scrub(const QString &text) const;

    QSqlQuery *statement(const QString &sql, QString *error);
    QSqlQuery *shaped(const QString &shape, const std::function<QString()> &sql, QString *error);
    SqliteStatement *sqliteShaped(const QString &shape, const std::function<QString()> &sql);
    WriteResult apply(const TableSpec &table, const WriteOp &op, bool *sqlFailed);
    WriteResult insert(const TableSpec &table, const WriteOp &op, bool *sqlFailed);
    WriteResult update(const TableSpec &table, const WriteOp &op, bool *sqlFailed);
    WriteResult remove(const TableSpec &table, const WriteOp &op, bool *sqlFailed);
    WriteResult missingOrChanged(const TableSpec &table, const QString &key, const QString &verb,
                                 bool *sqlFailed);
    QList<WriteResult> writeOneByOne(const TableSpec &table, const QList<WriteOp> &ops);

    ConnectionConfig m_config;
    QString m_workspaceDir;
    QString m_secret;
    const Clock &m_clock;
    QString m_connectionName;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    QDateTime m_lastStamp;
    QHash<QString, TableInfo> m_tableInfo;
    QHash<QString, bool> m_generatesKeys;
    QHash<QString, bool> m_canonicalStamps;
    QHash<QString, QString> m_sqliteDeclaredTypes; // "table.column" -> "VARCHAR(20)"
    // Prepared write statements by SQL text, reused across ops and batches.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<QString, QSqlQuery *> m_shapes; // into m_statements
    // SQLite inserts by shape, and reads by SQL text ('R' and the text); null where
    // SQLite's API is not used.
    QHash<QString, std::shared_ptr<SqliteStatement>> m_sqliteShapes;
};

} // namespace couplet
