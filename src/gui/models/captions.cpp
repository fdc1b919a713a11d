#include "captions.h"

#include <QLocale>

namespace couplet {

QString Captions::direction(Direction v)
{
    switch (v) {
    case Direction::Bidirectional:
        return tr("Bidirectional");
    case Direction::ToRemote:
        return tr("To Integration Table");
    case Direction::FromRemote:
        return tr("From Integration Table");
    }
    return {};
}

QString Captions::pass(PassDirection v)
{
    switch (v) {
    case PassDirection::LocalToRemote:
        return tr("To Integration Table");
    case PassDirection::RemoteToLocal:
        return tr("From Integration Table");
    }
    return {};
}

QString Captions::result(SyncResult v)
{
    switch (v) {
    case SyncResult::None:
        return {};
    case SyncResult::Success:
        return tr("Success");
    case SyncResult::Failure:
        return tr("Failure");
    }
    return {};
}

QString Captions::skipReason(SkipReason v)
{
    switch (v) {
    case SkipReason::None:
        return {};
    case SkipReason::UpdateConflict:
        return tr("Update conflict");
    case SkipReason::DeletionConflict:
        return tr("Deletion conflict");
    case SkipReason::RepeatedError:
        return tr("Repeated error");
    }
    return {};
}

QString Captions::deletionPolicy(DeletionPolicy v)
{
    switch (v) {
    case DeletionPolicy::None:
        return tr("None");
    case DeletionPolicy::Restore:
        return tr("Restore Records");
    case DeletionPolicy::RemoveCoupling:
        return tr("Remove Coupling");
    }
    return {};
}

QString Captions::updateConflictPolicy(UpdateConflictPolicy v)
{
    switch (v) {
    case UpdateConflictPolicy::None:
        return tr("None");
    case UpdateConflictPolicy::SendToRemote:
        return tr("Send Update to Integration");
    case UpdateConflictPolicy::GetFromRemote:
        return tr("Get Update from Integration");
    }
    return {};
}

QString Captions::status(JobStatus v)
{
    switch (v) {
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Succeeded:
        return tr("Succeeded");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Captions::trigger(JobTrigger v)
{
    switch (v) {
    case JobTrigger::Manual:
        return tr("Manual");
    case JobTrigger::Scheduled:
        return tr("Scheduled");
    case JobTrigger::Cli:
        return tr("Command line");
    }
    return {};
}

QString Captions::yesNo(bool v)
{
    return v ? tr("Yes") : tr("No");
}

QString Captions::dateTime(const QDateTime &v)
{
    return v.isValid() ? QLocale().toString(v.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

QString Captions::recordText(const RecordRef &ref)
{
    return ref.isValid() ? tr("%1 %2").arg(ref.table, ref.key) : QString();
}

QString Captions::recordToolTip(const RecordRef &ref)
{
    if (!ref.isValid())
        return {};
    const QString side = ref.side == Side::Local ? tr("Local") : tr("Remote");
    return tr("%1: %2 / %3").arg(side, ref.table, ref.key);
}

} // namespace couplet
