#pragma once

#include "model/recordref.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace couplet {

// One logged problem (Integration Synchronization Error).
struct SyncError
{
    qint64 id = 0;
    QDateTime at;
    QString mapping;
    qint64 jobId = 0; // 0 when not raised by a job (an administrator operation)
    QString message;  // one line, in plain words
    QString detail;   // technical detail: driver text, HTTP status, SQL
    RecordRef source;
    RecordRef destination;
    // The stable id of its ErrorCause ("missing-exchange-rate"); the state store
    // classifies the message and detail when it is left empty.
    QString cause = {};
};

} // namespace couplet

Q_DECLARE_METATYPE(couplet::SyncError)
