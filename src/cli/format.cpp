#include "format.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace couplet::cli {

QString humanTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QJsonValue jsonTime(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QString directionText(const Workspace &ws, PassDirection direction)
{
    const QString local = ws.local.name.isEmpty() ? toString(Side::Local) : ws.local.name;
    const QString remote = ws.remote.name.isEmpty() ? toString(Side::Remote) : ws.remote.name;
    return direction == PassDirection::LocalToRemote ? local + u" → "_s + remote
                                                     : remote + u" → "_s + local;
}

QString resultText(SyncResult result)
{
    switch (result) {
    case SyncResult::None:
        return {};
    case SyncResult::Success:
        return QCoreApplication::translate("couplet-cli", "Success");
    case SyncResult::Failure:
        return QCoreApplication::translate("couplet-cli", "Failure");
    }
    return {};
}

QString skipReasonText(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return {};
    case SkipReason::UpdateConflict:
        return QCoreApplication::translate("couplet-cli", "Update conflict");
    case SkipReason::DeletionConflict:
        return QCoreApplication::translate("couplet-cli", "Deletion conflict");
    case SkipReason::RepeatedError:
        return QCoreApplication::translate("couplet-cli", "Repeated error");
    }
    return {};
}

QString statusText(JobStatus status)
{
    switch (status) {
    case JobStatus::Running:
        return QCoreApplication::translate("couplet-cli", "Running");
    case JobStatus::Succeeded:
        return QCoreApplication::translate("couplet-cli", "Succeeded");
    case JobStatus::Failed:
        return QCoreApplication::translate("couplet-cli", "Failed");
    case JobStatus::Cancelled:
        return QCoreApplication::translate("couplet-cli", "Cancelled");
    }
    return {};
}

RecordRef localRef(const Workspace &ws, const Coupling &c)
{
    const TableMapping *m = ws.mapping(c.mapping);
    return RecordRef{Side::Local, m ? m->local.table : c.mapping, c.localKey};
}

RecordRef remoteRef(const Workspace &ws, const Coupling &c)
{
    const TableMapping *m = ws.mapping(c.mapping);
    return RecordRef{Side::Remote, m ? m->remote.table : c.mapping, c.remoteKey};
}

QJsonObject toJson(const SyncJob &job)
{
    return {{u"id"_s, job.id},
            {u"mapping"_s, job.mapping},
            {u"direction"_s, toString(job.direction)},
            {u"trigger"_s, toString(job.trigger)},
            {u"status"_s, toString(job.status)},
            {u"started"_s, jsonTime(job.started)},
            {u"finished"_s, jsonTime(job.finished)},
            {u"inserted"_s, job.inserted},
            {u"modified"_s, job.modified},
            {u"deleted"_s, job.deleted},
            {u"unchanged"_s, job.unchanged},
            {u"skipped"_s, job.skipped},
            {u"failed"_s, job.failed},
            {u"coupled"_s, job.coupled},
            {u"uncoupled"_s, job.uncoupled},
            {u"message"_s, job.message}};
}

QJsonObject toJson(const SyncError &error)
{
    return {{u"id"_s, error.id},
            {u"at"_s, jsonTime(error.at)},
            {u"mapping"_s, error.mapping},
            {u"job"_s, error.jobId},
            {u"message"_s, error.message},
            {u"detail"_s, error.detail},
            {u"source"_s, error.source.toString()},
            {u"destination"_s, error.destination.toString()},
            {u"cause"_s, error.cause}};
}

QJsonObject toJson(const Workspace &ws, const Coupling &c)
{
    return {{u"id"_s, c.id},
            {u"mapping"_s, c.mapping},
            {u"localKey"_s, c.localKey},
            {u"remoteKey"_s, c.remoteKey},
            {u"local"_s, localRef(ws, c).toString()},
            {u"remote"_s, remoteRef(ws, c).toString()},
            {u"lastToRemote"_s, toString(c.lastToRemote)},
            {u"lastFromRemote"_s, toString(c.lastFromRemote)},
            {u"lastSyncedAt"_s, jsonTime(c.lastSyncedAt)},
            {u"skipped"_s, c.skipped},
            {u"skipReason"_s, toString(c.skipReason)},
            {u"localDeleted"_s, c.localDeleted},
            {u"remoteDeleted"_s, c.remoteDeleted},
            {u"lastError"_s, c.lastError},
            {u"failedSince"_s, jsonTime(c.failedSince)}};
}

QList<Table::Column> jobCountColumns()
{
    QList<Table::Column> columns;
    for (const char *title :
         {QT_TRANSLATE_NOOP("couplet-cli", "Inserted"),
          QT_TRANSLATE_NOOP("couplet-cli", "Modified"), QT_TRANSLATE_NOOP("couplet-cli", "Deleted"),
          QT_TRANSLATE_NOOP("couplet-cli", "Unchanged"),
          QT_TRANSLATE_NOOP("couplet-cli", "Skipped"), QT_TRANSLATE_NOOP("couplet-cli", "Failed"),
          QT_TRANSLATE_NOOP("couplet-cli", "Coupled"),
          QT_TRANSLATE_NOOP("couplet-cli", "Uncoupled")})
        columns.append({QCoreApplication::translate("couplet-cli", title), Table::Align::Right});
    return columns;
}

QStringList jobCountCells(const SyncJob &job)
{
    QStringList cells;
    for (int n : {job.inserted, job.modified, job.deleted, job.unchanged, job.skipped, job.failed,
                  job.coupled, job.uncoupled})
        cells.append(QString::number(n));
    return cells;
}

} // namespace couplet::cli
