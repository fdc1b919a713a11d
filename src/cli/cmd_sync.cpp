// couplet-cli sync: run the synchronization jobs of the workspace.
#include "command.h"
#include "console.h"
#include "exitcode.h"
#include "format.h"
#include "session.h"
#include "signalcancel.h"
#include "syncprogress.h"
#include "table.h"

#include "engine/administration.h"
#include "engine/syncengine.h"
#include "error.h"
#include "workspace/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include <optional>

using namespace Qt::StringLiterals;

namespace couplet::cli {

namespace {

void printJobs(Context &c, const QList<SyncJob> &jobs)
{
    const Workspace &ws = c.s().workspace();
    Table table(QList<Table::Column>{{QCoreApplication::translate("couplet-cli", "Mapping")},
                                     {QCoreApplication::translate("couplet-cli", "Direction")}} +
                jobCountColumns() +
                QList<Table::Column>{{QCoreApplication::translate("couplet-cli", "Status")}});
    for (const SyncJob &j : jobs) {
        table.addRow(QStringList{j.mapping, directionText(ws, j.direction)} + jobCountCells(j) +
                     QStringList{statusText(j.status)});
    }
    c.console.out() << table.render();
}

void printFollowUp(Context &c, const QList<SyncJob> &jobs)
{
    const Workspace &ws = c.s().workspace();
    int failed = 0;
    int skipped = 0;
    for (const SyncJob &j : jobs) {
        failed += j.failed;
        skipped += j.skipped;
        if (j.status == JobStatus::Cancelled) {
            c.console.error(QCoreApplication::translate("couplet-cli", "%1 (%2) was cancelled.")
                                .arg(j.mapping, directionText(ws, j.direction)));
        } else if (j.status == JobStatus::Failed) {
            c.console.error(QCoreApplication::translate("couplet-cli", "%1 (%2) failed: %3")
                                .arg(j.mapping, directionText(ws, j.direction), j.message));
        }
    }
    const QString w = u"-w "_s + QDir::toNativeSeparators(c.s().workspacePath());
    if (failed > 0) {
        c.console.out() << QCoreApplication::translate(
                               "couplet-cli", "%n row(s) failed; see: couplet-cli %1 errors list",
                               nullptr, failed)
                               .arg(w)
                        << Qt::endl;
    }
    if (skipped > 0) {
        c.console.out() << QCoreApplication::translate(
                               "couplet-cli", "%n row(s) skipped; see: couplet-cli %1 skipped list",
                               nullptr, skipped)
                               .arg(w)
                        << Qt::endl;
    }
}

int runSync(Context &c)
{
    Session &s = c.s();
    const Workspace &ws = s.workspace();
    QStringList mappings;
    for (const QString &name : c.args.values(u"mapping"_s))
        mappings.append(s.mapping(name).name);
    StateStore &store = s.store();
    Connector &local = s.connector(Side::Local);
    Connector &remote = s.connector(Side::Remote);

    const QList<WorkspaceIssue> issues = WorkspaceFile::validateSchema(ws, local, remote);
    if (!issues.isEmpty()) {
        Failure failure{ExitCode::InvalidWorkspace,
                        {QCoreApplication::translate(
                             "couplet-cli", "The workspace %1 does not match the systems' tables:")
                             .arg(QDir::toNativeSeparators(s.workspacePath()))}};
        for (const WorkspaceIssue &issue : issues)
            failure.lines.append(issue.toString());
        throw failure;
    }

    if (c.args.isSet(u"full"_s)) {
        QStringList names = mappings;
        if (names.isEmpty()) {
            for (const TableMapping &m : ws.mappings)
                names.append(m.name);
        }
        s.administration(true).clearMarks(names);
    }

    SyncEngine engine(ws, store, local, remote, s.clock());
    SignalCancel cancel;
    engine.setCancelFlag(cancel.flag());
    std::optional<SyncProgressPrinter> printer;
    if (c.progress) {
        printer.emplace(c.console.err(), c.console.stderrIsTerminal(), ws);
        engine.setProgressHandler([&printer](const SyncProgress &p) { printer->update(p); });
    }
    SyncOptions options;
    options.mappings = mappings;
    options.trigger = JobTrigger::Cli;
    options.batchSize = intOption(c, u"batch-size"_s, options.batchSize);
    if (options.batchSize < 1)
        usageError(QCoreApplication::translate("couplet-cli", "--batch-size must be 1 or more."));
    QList<SyncJob> jobs;
    try {
        jobs = engine.run(options);
    } catch (const Error &e) {
        if (printer)
            printer->finish();
        Failure failure{
            ExitCode::Unusable,
            {QCoreApplication::translate("couplet-cli", "The synchronization stopped: %1")
                 .arg(e.message())}};
        if (!e.detail().isEmpty())
            failure.lines.append(e.detail());
        throw failure;
    }
    if (printer)
        printer->finish();

    if (c.json()) {
        QJsonArray array;
        for (const SyncJob &j : jobs)
            array.append(toJson(j));
        c.console.printJson({{u"jobs"_s, array}});
    } else if (jobs.isEmpty()) {
        c.console.out() << QCoreApplication::translate("couplet-cli", "Nothing to synchronize.")
                        << Qt::endl;
    } else {
        printJobs(c, jobs);
    }
    if (!c.json())
        printFollowUp(c, jobs);

    bool rowsFailed = false;
    bool jobFailed = false;
    for (const SyncJob &j : jobs) {
        rowsFailed = rowsFailed || j.failed > 0;
        jobFailed = jobFailed || j.status == JobStatus::Failed || j.status == JobStatus::Cancelled;
    }
    if (c.json()) {
        // The JSON stays parseable; the reasons go to stderr.
        for (const SyncJob &j : jobs) {
            if (j.status == JobStatus::Cancelled || j.status == JobStatus::Failed) {
                c.console.error(QCoreApplication::translate("couplet-cli", "%1 (%2): %3 %4")
                                    .arg(j.mapping, directionText(ws, j.direction),
                                         statusText(j.status), j.message)
                                    .trimmed());
            }
        }
    }
    if (jobFailed)
        return toInt(ExitCode::JobFailed);
    return toInt(rowsFailed ? ExitCode::RowsFailed : ExitCode::Success);
}

} // namespace

QList<CommandSpec> syncCommands()
{
    return {
        {{u"sync"_s},
         u"[--mapping NAME]... [--full] [--batch-size N] [--json] [--progress]"_s,
         QCoreApplication::translate(
             "couplet-cli", "Synchronize the mappings (all of them, in dependency order)."),
         {option::mapping(true),
          {u"full"_s,
           {},
           QCoreApplication::translate("couplet-cli",
                                       "Run Full Synchronization: clear the high-water marks "
                                       "first, so every row is compared.")},
          {u"batch-size"_s, u"N"_s,
           QCoreApplication::translate("couplet-cli",
                                       "Rows read, decided and written together (default 500). "
                                       "Cancelling stops between batches.")},
          option::json()},
         {},
         true,
         runSync},
    };
}

} // namespace couplet::cli
