#pragma once

#include "model/types.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace couplet {

// The link between one local row and one remote row, with the state of the
// last synchronization. A coupling may be "half": when inserting the row on the
// other side failed, only the source key is set, so the row is retried first.
struct Coupling
{
    qint64 id = 0;
    QString mapping;
    QString localKey;  // empty: the local row does not exist yet
    QString remoteKey; // empty: the remote row does not exist yet
    // Modified stamps of each row as of the last sync; each is only ever
    // compared with stamps of its own system.
    QDateTime localStamp;
    QDateTime remoteStamp;
    QString remoteEtag;
    // The mapped values at the last sync, by column name on each side. They make
    // field-level conflict detection and merge possible.
    QVariantMap localValues;
    QVariantMap remoteValues;
    SyncResult lastToRemote = SyncResult::None;
    SyncResult lastFromRemote = SyncResult::None;
    QDateTime lastSyncedAt;
    bool skipped = false;
    SkipReason skipReason = SkipReason::None;
    // Deletion conflict: the row on this side is gone.
    bool localDeleted = false;
    bool remoteDeleted = false;
    // The message of the last failure, to tell "the same error twice".
    QString lastError;
    QDateTime failedSince;

    bool isComplete() const { return !localKey.isEmpty() && !remoteKey.isEmpty(); }
    const QString &key(Side s) const { return s == Side::Local ? localKey : remoteKey; }
    QString &key(Side s) { return s == Side::Local ? localKey : remoteKey; }
    const QDateTime &stamp(Side s) const { return s == Side::Local ? localStamp : remoteStamp; }
    QDateTime &stamp(Side s) { return s == Side::Local ? localStamp : remoteStamp; }
    const QVariantMap &values(Side s) const
    {
        return s == Side::Local ? localValues : remoteValues;
    }
    QVariantMap &values(Side s) { return s == Side::Local ? localValues : remoteValues; }
    SyncResult lastResult(PassDirection d) const
    {
        return d == PassDirection::LocalToRemote ? lastToRemote : lastFromRemote;
    }
    SyncResult &lastResult(PassDirection d)
    {
        return d == PassDirection::LocalToRemote ? lastToRemote : lastFromRemote;
    }
    bool hasFailed() const
    {
        return lastToRemote == SyncResult::Failure || lastFromRemote == SyncResult::Failure;
    }
};

} // namespace couplet

Q_DECLARE_METATYPE(couplet::Coupling)
