#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace couplet {

// Which system a row lives in. Local is the business app (ERP), remote the
// integration service (CRM).
enum class Side { Local, Remote };

// Which way a mapping may move data.
enum class Direction { Bidirectional, ToRemote, FromRemote };

// One pass of a job: each pass is its own SyncJob.
enum class PassDirection { LocalToRemote, RemoteToLocal };

// The last synchronization result of a coupling in one direction.
enum class SyncResult { None, Success, Failure };

enum class SkipReason { None, UpdateConflict, DeletionConflict, RepeatedError };

// What happens when the coupled row on the other side no longer exists.
enum class DeletionPolicy { None, Restore, RemoveCoupling };

// What happens when both sides changed since the last sync.
enum class UpdateConflictPolicy { None, SendToRemote, GetFromRemote };

enum class ConflictDetection { FieldLevel, RecordLevel };

enum class JobStatus { Running, Succeeded, Failed, Cancelled };

enum class JobTrigger { Manual, Scheduled, Cli };

// How the administrator resolves a skipped coupling.
enum class Resolution { KeepLocal, KeepRemote, Merge };

QString toString(Side v);
QString toString(Direction v);
QString toString(PassDirection v);
QString toString(SyncResult v);
QString toString(SkipReason v);
QString toString(DeletionPolicy v);
QString toString(UpdateConflictPolicy v);
QString toString(ConflictDetection v);
QString toString(JobStatus v);
QString toString(JobTrigger v);
QString toString(Resolution v);

// The inverse of toString(); std::nullopt for an unknown text.
template <typename Enum> std::optional<Enum> enumFromString(const QString &text);

inline Side sourceSide(PassDirection d)
{
    return d == PassDirection::LocalToRemote ? Side::Local : Side::Remote;
}
inline Side destinationSide(PassDirection d)
{
    return d == PassDirection::LocalToRemote ? Side::Remote : Side::Local;
}
inline Side otherSide(Side s)
{
    return s == Side::Local ? Side::Remote : Side::Local;
}
inline bool allows(Direction mapping, PassDirection pass)
{
    return mapping == Direction::Bidirectional ||
           (mapping == Direction::ToRemote && pass == PassDirection::LocalToRemote) ||
           (mapping == Direction::FromRemote && pass == PassDirection::RemoteToLocal);
}

} // namespace couplet
