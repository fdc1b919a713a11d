#pragma once

#include "guidance/errorcause.h"
#include "model/types.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace couplet {

class Connector;
class StateStore;
struct Workspace;

// The result of one health check about one thing (a connection, a mapping, a
// currency). `Skipped` means the check could not run, because an earlier check
// failed (no connection) or because the system cannot tell (SQLite has no users).
enum class HealthStatus { Ok, Warning, Error, Skipped };

// Where the administrator fixes a problem: the console's "Go to" button.
struct HealthTarget
{
    enum class Kind { None, Connection, Mapping, Record };
    Kind kind = Kind::None;
    Side side = Side::Remote;
    QString mapping; // Mapping, Record: the mapping's name
    QString table;   // Record: the table on `side`
    QString key;     // Record: the row's key on `side`
};

struct HealthResult
{
    // The check's stable id, never translated: "connection", "authentication",
    // "administrator", "permissions", "exchange-rates", "schema", "keys".
    QString check;
    Side side = Side::Remote; // the system the result is about
    QString subject;          // what it is about, in words: "CRM", "CUSTOMER", "Currency GBP"
    HealthStatus status = HealthStatus::Ok;
    QString message;                      // one sentence that names the thing involved
    QString fix;                          // how to fix it; empty when ok
    QString detail;                       // technical detail (server answer); never a secret
    ErrorCause cause = ErrorCause::Other; // for the guidance and the errors log
    HealthTarget target;

    bool failed() const { return status == HealthStatus::Error; }
};

struct HealthOptions
{
    // Only the checks that cost one request per system (connection and
    // authentication), as every synchronization starts with.
    bool fastOnly = false;
    // Only the mappings named (all when empty), for the mapping-level checks.
    QStringList mappings;
};

// The stable ids of the checks, in the order they run.
QStringList healthCheckIds();
// "Connection", "Authentication", ... translated.
QString healthCheckTitle(const QString &check);
QString toString(HealthStatus status); // "ok", "warning", "error", "skipped"

// Runs the health checks of a workspace against its two systems (see DESIGN.md,
// "Health checks"). Blocks on the systems: call it in a worker thread, with the
// connectors of that thread. Never throws for a problem of the systems; a failed
// connection is a result. `progress` (optional) is called before each check.
QList<HealthResult> runHealthChecks(const Workspace &workspace, Connector &local, Connector &remote,
                                    const HealthOptions &options = {},
                                    const std::function<void(const QString &check)> &progress = {});

// Writes every failed result (status Error) to the Integration Synchronization
// Errors, with its cause, so that the Errors page shows it with its guidance.
// Returns how many were written.
int logHealthProblems(StateStore &store, const Workspace &workspace,
                      const QList<HealthResult> &results, const QDateTime &at);

} // namespace couplet

Q_DECLARE_METATYPE(couplet::HealthResult)
