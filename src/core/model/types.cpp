#include "model/types.h"

#include <array>
#include <utility>

namespace couplet {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum v)
{
    for (const auto &[value, name] : names) {
        if (value == v)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names,
                            const QString &text)
{
    for (const auto &[value, name] : names) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

// The names used in workspace files, the state store and --json output.
constexpr std::array sideNames{std::pair{Side::Local, "local"}, std::pair{Side::Remote, "remote"}};
constexpr std::array directionNames{std::pair{Direction::Bidirectional, "bidirectional"},
                                    std::pair{Direction::ToRemote, "toRemote"},
                                    std::pair{Direction::FromRemote, "fromRemote"}};
constexpr std::array passNames{std::pair{PassDirection::LocalToRemote, "localToRemote"},
                               std::pair{PassDirection::RemoteToLocal, "remoteToLocal"}};
constexpr std::array resultNames{std::pair{SyncResult::None, "none"},
                                 std::pair{SyncResult::Success, "success"},
                                 std::pair{SyncResult::Failure, "failure"}};
constexpr std::array skipNames{std::pair{SkipReason::None, "none"},
                               std::pair{SkipReason::UpdateConflict, "updateConflict"},
                               std::pair{SkipReason::DeletionConflict, "deletionConflict"},
                               std::pair{SkipReason::RepeatedError, "repeatedError"}};
constexpr std::array deletionNames{std::pair{DeletionPolicy::None, "none"},
                                   std::pair{DeletionPolicy::Restore, "restore"},
                                   std::pair{DeletionPolicy::RemoveCoupling, "removeCoupling"}};
constexpr std::array updateNames{std::pair{UpdateConflictPolicy::None, "none"},
                                 std::pair{UpdateConflictPolicy::SendToRemote, "sendToRemote"},
                                 std::pair{UpdateConflictPolicy::GetFromRemote, "getFromRemote"}};
constexpr std::array detectionNames{std::pair{ConflictDetection::FieldLevel, "field"},
                                    std::pair{ConflictDetection::RecordLevel, "record"}};
constexpr std::array statusNames{
    std::pair{JobStatus::Running, "running"}, std::pair{JobStatus::Succeeded, "succeeded"},
    std::pair{JobStatus::Failed, "failed"}, std::pair{JobStatus::Cancelled, "cancelled"}};
constexpr std::array triggerNames{std::pair{JobTrigger::Manual, "manual"},
                                  std::pair{JobTrigger::Scheduled, "scheduled"},
                                  std::pair{JobTrigger::Cli, "cli"}};
constexpr std::array resolutionNames{std::pair{Resolution::KeepLocal, "local"},
                                     std::pair{Resolution::KeepRemote, "remote"},
                                     std::pair{Resolution::Merge, "merge"}};

} // namespace

QString toString(Side v)
{
    return nameOf(sideNames, v);
}
QString toString(Direction v)
{
    return nameOf(directionNames, v);
}
QString toString(PassDirection v)
{
    return nameOf(passNames, v);
}
QString toString(SyncResult v)
{
    return nameOf(resultNames, v);
}
QString toString(SkipReason v)
{
    return nameOf(skipNames, v);
}
QString toString(DeletionPolicy v)
{
    return nameOf(deletionNames, v);
}
QString toString(UpdateConflictPolicy v)
{
    return nameOf(updateNames, v);
}
QString toString(ConflictDetection v)
{
    return nameOf(detectionNames, v);
}
QString toString(JobStatus v)
{
    return nameOf(statusNames, v);
}
QString toString(JobTrigger v)
{
    return nameOf(triggerNames, v);
}
QString toString(Resolution v)
{
    return nameOf(resolutionNames, v);
}

template <> std::optional<Side> enumFromString<Side>(const QString &t)
{
    return valueOf(sideNames, t);
}
template <> std::optional<Direction> enumFromString<Direction>(const QString &t)
{
    return valueOf(directionNames, t);
}
template <> std::optional<PassDirection> enumFromString<PassDirection>(const QString &t)
{
    return valueOf(passNames, t);
}
template <> std::optional<SyncResult> enumFromString<SyncResult>(const QString &t)
{
    return valueOf(resultNames, t);
}
template <> std::optional<SkipReason> enumFromString<SkipReason>(const QString &t)
{
    return valueOf(skipNames, t);
}
template <> std::optional<DeletionPolicy> enumFromString<DeletionPolicy>(const QString &t)
{
    return valueOf(deletionNames, t);
}
template <>
std::optional<UpdateConflictPolicy> enumFromString<UpdateConflictPolicy>(const QString &t)
{
    return valueOf(updateNames, t);
}
template <> std::optional<ConflictDetection> enumFromString<ConflictDetection>(const QString &t)
{
    return valueOf(detectionNames, t);
}
template <> std::optional<JobStatus> enumFromString<JobStatus>(const QString &t)
{
    return valueOf(statusNames, t);
}
template <> std::optional<JobTrigger> enumFromString<JobTrigger>(const QString &t)
{
    return valueOf(triggerNames, t);
}
template <> std::optional<Resolution> enumFromString<Resolution>(const QString &t)
{
    return valueOf(resolutionNames, t);
}

} // namespace couplet
