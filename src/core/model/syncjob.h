#pragma once

#include "model/types.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace couplet {

// One pass of one mapping in one direction (Integration Synchronization Job).
// Every candidate row lands in exactly one of inserted, modified, deleted,
// unchanged, skipped and failed; coupled and uncoupled count couplings made and
// removed along the way.
struct SyncJob
{
    qint64 id = 0;
    QString mapping;
    PassDirection direction = PassDirection::LocalToRemote;
    JobTrigger trigger = JobTrigger::Manual;
    JobStatus status = JobStatus::Running;
    QDateTime started;
    QDateTime finished;
    int inserted = 0;
    int modified = 0;
    int deleted = 0;
    int unchanged = 0;
    int skipped = 0;
    int failed = 0;
    int coupled = 0;
    int uncoupled = 0;
    QString message; // why the job failed or was cancelled

    int candidates() const { return inserted + modified + deleted + unchanged + skipped + failed; }
};

} // namespace couplet

Q_DECLARE_METATYPE(couplet::SyncJob)
