#pragma once

#include <QString>
#include <QStringList>

namespace couplet::cli {

// The exit codes of couplet-cli, documented in the README and `couplet-cli --help`.
enum class ExitCode {
    Success = 0,          // done; every row synchronized or every entry acted on
    RowsFailed = 1,       // finished, but some rows or entries failed (see `errors list`),
                          // or a health check failed
    Usage = 2,            // the command line is wrong
    InvalidWorkspace = 3, // the workspace file has mistakes (each printed with its path)
    Unusable = 4,         // the state store or a connection cannot be used
    JobFailed = 5,        // a job failed or was cancelled (SIGINT/SIGTERM)
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// Ends the command with an exit code and lines for stderr.
struct Failure
{
    ExitCode code = ExitCode::Usage;
    QStringList lines;
};

[[noreturn]] inline void fail(ExitCode code, const QString &message)
{
    throw Failure{code, {message}};
}
[[noreturn]] inline void usageError(const QString &message)
{
    fail(ExitCode::Usage, message);
}

} // namespace couplet::cli
