#pragma once

#include "guidance/errorcause.h"
#include "model/types.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace couplet {

struct ConnectionConfig;
class Clock;

// The table a connector reads and writes, as a mapping sees it.
struct TableSpec
{
    QString table;
    QString key;
    QString modified;
    QStringList columns; // includes key and modified
    QString filter;      // connector-specific filter (SQL WHERE fragment, OData $filter)
};

// One row as read: its key, modified stamp, ETag (if the system has one), and the
// requested columns (key and modified included).
struct Row
{
    QString key;
    QDateTime stamp;
    QString etag;
    QVariantMap values;
};

// Position in a (stamp, key)-ordered scan: rows strictly after it come next.
struct ScanCursor
{
    QDateTime stamp;
    QString key;
    bool isValid() const { return stamp.isValid(); }
};

struct WriteOp
{
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Update;
    QString key;        // for Insert: the client-generated key
    QVariantMap values; // columns to set (not key, not modified)
    QString etag;       // expected ETag for Update/Delete; empty: any
};

struct WriteResult
{
    bool ok = false;
    QString key; // the row's key after the write
    QDateTime stamp;
    QString etag;
    // On failure: a one-line message and the technical detail.
    QString message;
    QString detail;
    bool notFound = false;     // the row is gone (deleted on that side)
    bool stampChanged = false; // the ETag did not match (HTTP 412)
    // The failure's cause when the connector knows it. Otherwise the engine takes
    // it from notFound and stampChanged, or classifies the message and detail
    // (which quote the system's own words).
    std::optional<ErrorCause> cause;
};

// The kind of value a column holds, to compare the types of two systems.
enum class ValueKind { Unknown, Number, Text, DateTime, Bool, Other };
ValueKind valueKind(QMetaType::Type type);

struct ColumnInfo
{
    QString name;
    QMetaType::Type type = QMetaType::UnknownType;
    int length = -1; // -1: unknown / unlimited
    bool nullable = true;
    bool primaryKey = false;
};

struct TableInfo
{
    QString name;
    QList<ColumnInfo> columns;
    const ColumnInfo *column(const QString &name) const;
};

// The outcome of Connector::testConnection(), in plain words for Connection Setup.
struct ConnectionTestResult
{
    bool ok = false;
    QString message; // one sentence: "Connected to CRM as user …" or what went wrong
    QString detail;  // technical detail (HTTP status, server code); never a secret
};

// Who Couplet signs in as, as the system tells it (Health Check).
struct AccessInfo
{
    bool known = false; // false: the system has no users to tell of (an SQLite file)
    QString user;       // the user's name, for messages
    QStringList roles;  // its security roles or role memberships
    // Whether it is an administrator: a database superuser, or a user with one
    // of the administrator roles (Dataverse: "System Administrator" by default).
    bool administrator = false;
    QString administratorBecause; // the role or attribute that makes it one
};

// What the user may do with one table (Health Check). Unknown when the system
// cannot tell.
struct TableAccess
{
    bool known = false;
    bool read = false;
    bool create = false;
    bool write = false;
    bool remove = false;
    QString detail; // how it was found out, or the privileges' names
};

// Rows of a table that share the values of some columns (match-based coupling).
struct DuplicateGroup
{
    QVariantMap values; // column -> the shared value
    QStringList keys;   // the keys of some of the rows (at most 5)
    int count = 0;      // how many rows share them
};

// One system as the engine sees it. An instance belongs to the thread that
// created it. Failures that make the system unusable (connection lost, bad
// filter) throw couplet::Error; a failure of one row is returned in WriteResult.
class Connector
{
public:
    virtual ~Connector() = default;

    virtual void open() = 0;
    virtual void close() = 0;
    // A short description for messages: "ERP (SQLite erp.sqlite)".
    virtual QString displayName() const = 0;

    // Rows with stamp >= since (all rows when since is invalid), within the
    // filter, ordered by (stamp, key), strictly after `after`, at most `limit`.
    virtual QList<Row> modifiedSince(const TableSpec &table, const QDateTime &since,
                                     const ScanCursor &after, int limit) = 0;
    // How many rows modifiedSince would return in all (for progress).
    virtual int countModifiedSince(const TableSpec &table, const QDateTime &since) = 0;
    // The rows that exist among `keys`, in any order. Batched by the connector.
    virtual QList<Row> rowsByKeys(const TableSpec &table, const QStringList &keys) = 0;
    // The keys among `keys` that exist.
    virtual QSet<QString> existingKeys(const TableSpec &table, const QStringList &keys) = 0;
    // Rows whose columns equal the given values (match-based coupling).
    virtual QList<Row> findRows(const TableSpec &table, const QVariantMap &equals, int limit) = 0;
    // Rows within the filter whose key or any text column of the spec contains
    // `text`, case-insensitively (every row when `text` is empty), ordered by key,
    // at most `limit` (no limit when 0). For the Couple dialog's search.
    virtual QList<Row> searchRows(const TableSpec &table, const QString &text, int limit) = 0;
    // Applies the writes in order; one result per op. One failing op does not stop
    // the others.
    virtual QList<WriteResult> write(const TableSpec &table, const QList<WriteOp> &ops) = 0;
    // Whether this system generates keys for inserted rows itself (integer
    // identity columns); otherwise the engine generates them.
    virtual bool generatesKeys(const TableSpec &table) = 0;

    virtual QStringList tables() = 0;
    virtual TableInfo tableInfo(const QString &table) = 0;

    // Opens the connection if needed and checks that the system answers and
    // accepts the credentials. Never throws. The default lists the tables.
    virtual ConnectionTestResult testConnection();

    // The signed-in user and whether it is an administrator. Throws Error when
    // the system cannot be asked. The default: unknown.
    virtual AccessInfo access() { return {}; }
    // What the signed-in user may do with `table`. Throws Error when the
    // system cannot be asked. The default: unknown.
    virtual TableAccess tableAccess(const QString &table)
    {
        Q_UNUSED(table);
        return {};
    }
    // Groups of at least two rows within the filter that share the values of
    // `columns` (all of them non-empty), at most `limit` groups; and in
    // `incomplete` how many rows have an empty value in one of the columns.
    // The default reads every row; SQL groups in the database.
    virtual QList<DuplicateGroup> duplicates(const TableSpec &table, const QStringList &columns,
                                             int limit, int *incomplete);

    // The address of one row in the system's own user interface ("Open in
    // browser"), when the connector knows better than the connection's
    // recordUrl template (Dataverse: the entity's logical name, and a default
    // address). Empty: use the template.
    virtual QString recordUrl(const QString &table, const QString &key)
    {
        Q_UNUSED(table);
        Q_UNUSED(key);
        return {};
    }
};

// Creates the connector for a connection of the workspace. `workspaceDir`
// resolves relative paths; `secret` is the password if one is needed.
std::unique_ptr<Connector> createConnector(const ConnectionConfig &config,
                                           const QString &workspaceDir, const QString &secret,
                                           const Clock &clock);

} // namespace couplet
