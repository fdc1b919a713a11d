#pragma once

#include "model/coupling.h"
#include "model/syncerror.h"
#include "model/syncjob.h"
#include "model/workspace.h"
#include "table.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace couplet::cli {

// Local time for people: "2024-05-01 14:03:07"; empty when invalid.
QString humanTime(const QDateTime &t);
// ISO 8601 UTC with milliseconds for --json; null when invalid.
QJsonValue jsonTime(const QDateTime &t);

// "ERP → CRM", with the connection names of the workspace.
QString directionText(const Workspace &ws, PassDirection direction);
QString resultText(SyncResult result);
QString skipReasonText(SkipReason reason);
QString statusText(JobStatus status);

// The count columns of a job line (Inserted ... Uncoupled) and their cells, shared
// by `sync` and `jobs list`.
QList<Table::Column> jobCountColumns();
QStringList jobCountCells(const SyncJob &job);

// The rows of a coupling as links: "local:customer/C00010".
RecordRef localRef(const Workspace &ws, const Coupling &c);
RecordRef remoteRef(const Workspace &ws, const Coupling &c);

QJsonObject toJson(const SyncJob &job);
QJsonObject toJson(const SyncError &error);
QJsonObject toJson(const Workspace &ws, const Coupling &coupling);

} // namespace couplet::cli
