#pragma once

#include <QString>
#include <QVariantMap>

namespace couplet {

// Where a secret comes from. The secret itself is never written to a file.
struct SecretSource
{
    enum class Kind { None, Keychain, Environment, File };
    Kind kind = Kind::None;
    QString name; // environment variable name, or the path of a 0600 file

    bool isSet() const { return kind != Kind::None; }
};

// One system: "sql" (any Qt Sql driver) or, later, "odata".
struct ConnectionConfig
{
    QString name; // "ERP", "CRM"
    QString kind = QStringLiteral("sql");
    QString driver = QStringLiteral("QSQLITE"); // Qt Sql driver name
    QString database; // file path (relative to the workspace file) or database name
    QString host;
    int port = 0;
    QString user;
    SecretSource secret;
    QVariantMap options; // kind-specific settings, kept as written
    // The address of one row in the system's own user interface ("Open in
    // browser"): an http(s) URL with the placeholders {table} and {key}, which
    // are percent-encoded when substituted. Empty: the system has none.
    QString recordUrl;
};

// The state store: the SQLite file beside the workspace by default, or PostgreSQL.
using StoreConfig = ConnectionConfig;

} // namespace couplet
