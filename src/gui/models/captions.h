#pragma once

#include "model/recordref.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace couplet {

// The administrator's words for the engine's enums and values, translated.
class Captions final
{
    Q_DECLARE_TR_FUNCTIONS(Captions)
public:
    static QString direction(Direction v);
    static QString pass(PassDirection v);
    static QString result(SyncResult v);
    static QString skipReason(SkipReason v);
    static QString deletionPolicy(DeletionPolicy v);
    static QString updateConflictPolicy(UpdateConflictPolicy v);
    static QString status(JobStatus v);
    static QString trigger(JobTrigger v);
    static QString yesNo(bool v);
    // A local time with seconds, or "" for an invalid one.
    static QString dateTime(const QDateTime &v);
    // The short text of a reference in a cell ("customer C00010"); "" when invalid.
    static QString recordText(const RecordRef &ref);
    // The full reference for a tooltip ("Local: customer / C00010").
    static QString recordToolTip(const RecordRef &ref);
};

} // namespace couplet
