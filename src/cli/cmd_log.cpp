// couplet-cli jobs ... and errors ...: the job log and the error log.
#include "command.h"
#include "console.h"
#include "exitcode.h"
#include "format.h"
#include "session.h"
#include "table.h"

#include "engine/administration.h"
#include "store/errorexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace couplet::cli {

namespace {

constexpr int defaultLimit = 100;

void printShown(Context &c, qsizetype shown, int total)
{
    if (shown < total) {
        c.console.out() << QCoreApplication::translate(
                               "couplet-cli",
                               "(%1 of %2 shown; use --limit N, or --limit 0 for all)")
                               .arg(shown)
                               .arg(total)
                        << Qt::endl;
    }
}

// ---- jobs -----------------------------------------------------------------

int jobsList(Context &c)
{
    Session &s = c.s();
    JobQuery query;
    if (c.args.isSet(u"mapping"_s))
        query.mapping = s.mapping(c.args.value(u"mapping"_s)).name;
    StateStore &store = s.store();
    const QList<SyncJob> jobs =
        fetchPaged<SyncJob>(query, intOption(c, u"limit"_s, defaultLimit),
                            [&store](const JobQuery &q) { return store.jobs(q); });
    const int total = store.countJobs(query);
    if (c.json()) {
        QJsonArray array;
        for (const SyncJob &j : jobs)
            array.append(toJson(j));
        c.console.printJson({{u"jobs"_s, array}, {u"total"_s, total}});
        return 0;
    }
    if (jobs.isEmpty()) {
        c.console.out() << QCoreApplication::translate("couplet-cli", "No jobs.") << Qt::endl;
        return 0;
    }
    using A = Table::Align;
    Table table(QList<Table::Column>{{QCoreApplication::translate("couplet-cli", "ID"), A::Right},
                                     {QCoreApplication::translate("couplet-cli", "Started")},
                                     {QCoreApplication::translate("couplet-cli", "Finished")},
                                     {QCoreApplication::translate("couplet-cli", "Mapping")},
                                     {QCoreApplication::translate("couplet-cli", "Direction")}} +
                jobCountColumns() +
                QList<Table::Column>{{QCoreApplication::translate("couplet-cli", "Status")},
                                     {QCoreApplication::translate("couplet-cli", "Message")}});
    for (const SyncJob &j : jobs) {
        table.addRow(QStringList{QString::number(j.id), humanTime(j.started), humanTime(j.finished),
                                 j.mapping, directionText(s.workspace(), j.direction)} +
                     jobCountCells(j) + QStringList{statusText(j.status), j.message});
    }
    c.console.out() << table.render();
    printShown(c, jobs.size(), total);
    return 0;
}

int jobsDelete(Context &c)
{
    requireOneOf(c, {u"older-than"_s, u"all"_s});
    Administration &admin = c.s().administration(false);
    if (c.args.isSet(u"all"_s)) {
        const OperationResult r = admin.deleteAllJobs();
        return reportOperation(
            c, r,
            QCoreApplication::translate("couplet-cli", "Deleted %n job(s).", nullptr, r.done));
    }
    const int days = intOption(c, u"older-than"_s, 7);
    const OperationResult r = admin.deleteJobsOlderThan(days);
    return reportOperation(c, r,
                           QCoreApplication::translate("couplet-cli",
                                                       "Deleted %n job(s) older than %1 days.",
                                                       nullptr, r.done)
                               .arg(days));
}

// ---- errors ---------------------------------------------------------------

ErrorQuery errorQuery(Context &c)
{
    ErrorQuery query;
    if (c.args.isSet(u"mapping"_s))
        query.mapping = c.s().mapping(c.args.value(u"mapping"_s)).name;
    query.search = c.args.value(u"search"_s);
    if (c.args.isSet(u"job"_s)) {
        bool ok = false;
        query.jobId = c.args.value(u"job"_s).toLongLong(&ok);
        if (!ok || query.jobId <= 0) {
            usageError(
                QCoreApplication::translate("couplet-cli", "--job needs a job ID, not \"%1\".")
                    .arg(c.args.value(u"job"_s)));
        }
    }
    return query;
}

QList<SyncError> fetchErrors(Context &c, const ErrorQuery &query, int limit)
{
    StateStore &store = c.s().store();
    return fetchPaged<SyncError>(query, limit,
                                 [&store](const ErrorQuery &q) { return store.errors(q); });
}

int errorsList(Context &c)
{
    const ErrorQuery query = errorQuery(c);
    const QList<SyncError> errors = fetchErrors(c, query, intOption(c, u"limit"_s, defaultLimit));
    const int total = c.s().store().countErrors(query);
    if (c.json()) {
        QJsonArray array;
        for (const SyncError &e : errors)
            array.append(toJson(e));
        c.console.printJson({{u"errors"_s, array}, {u"total"_s, total}});
        return 0;
    }
    if (errors.isEmpty()) {
        c.console.out() << QCoreApplication::translate("couplet-cli", "No errors.") << Qt::endl;
        return 0;
    }
    using A = Table::Align;
    Table table({{QCoreApplication::translate("couplet-cli", "ID"), A::Right},
                 {QCoreApplication::translate("couplet-cli", "Date/Time")},
                 {QCoreApplication::translate("couplet-cli", "Mapping")},
                 {QCoreApplication::translate("couplet-cli", "Message")},
                 {QCoreApplication::translate("couplet-cli", "Source")},
                 {QCoreApplication::translate("couplet-cli", "Destination")},
                 {QCoreApplication::translate("couplet-cli", "Job"), A::Right}});
    for (const SyncError &e : errors) {
        table.addRow({QString::number(e.id), humanTime(e.at), e.mapping, e.message,
                      e.source.toString(), e.destination.toString(),
                      e.jobId > 0 ? QString::number(e.jobId) : QString()});
    }
    c.console.out() << table.render();
    printShown(c, errors.size(), total);
    return 0;
}

int errorsDelete(Context &c)
{
    requireOneOf(c, {u"older-than"_s, u"all"_s});
    Administration &admin = c.s().administration(false);
    if (c.args.isSet(u"all"_s)) {
        const OperationResult r = admin.deleteAllErrors();
        return reportOperation(
            c, r,
            QCoreApplication::translate("couplet-cli", "Deleted %n error(s).", nullptr, r.done));
    }
    const int days = intOption(c, u"older-than"_s, 7);
    const OperationResult r = admin.deleteErrorsOlderThan(days);
    return reportOperation(c, r,
                           QCoreApplication::translate("couplet-cli",
                                                       "Deleted %n error(s) older than %1 days.",
                                                       nullptr, r.done)
                               .arg(days));
}

int errorsExport(Context &c)
{
    const QString path = c.args.positional().constFirst();
    const ErrorQuery query = errorQuery(c);
    StateStore &store = c.s().store();
    if (path == "-"_L1) {
        c.console.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            fail(ExitCode::Unusable, out.errorString());
        exportErrorsCsv(store, query, out);
        out.flush();
        return 0;
    }
    const int written = exportErrorsCsv(store, query, path);
    c.console.out() << QCoreApplication::translate("couplet-cli", "Exported %n error(s) to %1.",
                                                   nullptr, written)
                           .arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
    return 0;
}

OptionSpec jobOption()
{
    return {u"job"_s, u"ID"_s,
            QCoreApplication::translate("couplet-cli", "Only the errors of this job.")};
}

} // namespace

QList<CommandSpec> logCommands()
{
    const QString deleteSynopsis = u"(--older-than DAYS | --all) [--json]"_s;
    return {
        {{u"jobs"_s, u"list"_s},
         u"[--mapping NAME] [--limit N] [--json]"_s,
         QCoreApplication::translate("couplet-cli",
                                     "Integration Synchronization Jobs, newest first."),
         {option::mapping(), option::limit(), option::json()},
         {},
         true,
         jobsList},
        {{u"jobs"_s, u"delete"_s},
         deleteSynopsis,
         QCoreApplication::translate("couplet-cli",
                                     "Delete jobs older than DAYS days, or all of them."),
         {option::olderThan(), option::all(), option::json()},
         {},
         true,
         jobsDelete},
        {{u"errors"_s, u"list"_s},
         u"[--mapping NAME] [--job ID] [--search TEXT] [--limit N] [--json]"_s,
         QCoreApplication::translate("couplet-cli",
                                     "Integration Synchronization Errors, newest first."),
         {option::mapping(), jobOption(), option::search(), option::limit(), option::json()},
         {},
         true,
         errorsList},
        {{u"errors"_s, u"delete"_s},
         deleteSynopsis,
         QCoreApplication::translate("couplet-cli",
                                     "Delete errors older than DAYS days, or all of them."),
         {option::olderThan(), option::all(), option::json()},
         {},
         true,
         errorsDelete},
        {{u"errors"_s, u"export"_s},
         u"FILE.csv [--mapping NAME] [--job ID] [--search TEXT]"_s,
         QCoreApplication::translate("couplet-cli",
                                     "Write the errors to a CSV file (\"-\": standard output)."),
         {option::mapping(), jobOption(), option::search()},
         {u"FILE.csv"_s},
         true,
         errorsExport},
    };
}

} // namespace couplet::cli
