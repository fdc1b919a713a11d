// couplet-cli mappings list, validate and demo init.
#include "command.h"
#include "console.h"
#include "exitcode.h"
#include "format.h"
#include "session.h"
#include "table.h"

#include "clock.h"
#include "demo/demo.h"
#include "workspace/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace couplet::cli {

namespace {

QString mappingDirectionText(const Workspace &ws, Direction d)
{
    const QString local = ws.local.name.isEmpty() ? toString(Side::Local) : ws.local.name;
    const QString remote = ws.remote.name.isEmpty() ? toString(Side::Remote) : ws.remote.name;
    switch (d) {
    case Direction::Bidirectional:
        return local + u" ↔ "_s + remote;
    case Direction::ToRemote:
        return local + u" → "_s + remote;
    case Direction::FromRemote:
        return remote + u" → "_s + local;
    }
    return {};
}

int mappingsList(Context &c)
{
    Session &s = c.s();
    const Workspace &ws = s.workspace();
    StateStore &store = s.store();
    if (c.json()) {
        QJsonArray array;
        for (const TableMapping &m : ws.orderedMappings()) {
            const MappingCounts n = store.mappingCounts(m.name);
            array.append(QJsonObject{{u"name"_s, m.name},
                                     {u"localTable"_s, m.local.table},
                                     {u"remoteTable"_s, m.remote.table},
                                     {u"direction"_s, toString(m.direction)},
                                     {u"onlyCoupled"_s, m.onlyCoupled},
                                     {u"deletionPolicy"_s, toString(m.deletionPolicy)},
                                     {u"updateConflictPolicy"_s, toString(m.updateConflictPolicy)},
                                     {u"conflictDetection"_s, toString(m.conflictDetection)},
                                     {u"couplings"_s, n.couplings},
                                     {u"errors"_s, n.errors},
                                     {u"coupledErrors"_s, n.coupledErrors},
                                     {u"skipped"_s, n.skipped},
                                     {u"localModifiedSince"_s,
                                      jsonTime(store.mark(m.name, PassDirection::LocalToRemote))},
                                     {u"remoteModifiedSince"_s,
                                      jsonTime(store.mark(m.name, PassDirection::RemoteToLocal))}});
        }
        c.console.printJson({{u"mappings"_s, array}});
        return 0;
    }
    using A = Table::Align;
    Table table({{QCoreApplication::translate("couplet-cli", "Mapping")},
                 {QCoreApplication::translate("couplet-cli", "Local table")},
                 {QCoreApplication::translate("couplet-cli", "Remote table")},
                 {QCoreApplication::translate("couplet-cli", "Direction")},
                 {QCoreApplication::translate("couplet-cli", "Couplings"), A::Right},
                 {QCoreApplication::translate("couplet-cli", "Errors"), A::Right},
                 {QCoreApplication::translate("couplet-cli", "Coupled errors"), A::Right},
                 {QCoreApplication::translate("couplet-cli", "Skipped"), A::Right},
                 {QCoreApplication::translate("couplet-cli", "Synch. Modified On Filter")},
                 {QCoreApplication::translate("couplet-cli", "Synch. Int. Tbl. Mod. On Fltr.")}});
    for (const TableMapping &m : ws.orderedMappings()) {
        const MappingCounts n = store.mappingCounts(m.name);
        table.addRow({m.name, m.local.table, m.remote.table, mappingDirectionText(ws, m.direction),
                      QString::number(n.couplings), QString::number(n.errors),
                      QString::number(n.coupledErrors), QString::number(n.skipped),
                      humanTime(store.mark(m.name, PassDirection::LocalToRemote)),
                      humanTime(store.mark(m.name, PassDirection::RemoteToLocal))});
    }
    c.console.out() << table.render();
    return 0;
}

int validate(Context &c)
{
    Session &s = c.s();
    const Workspace &ws = s.workspace(); // structure: exits 3
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
    // A new SQLite store is made by the first sync; anything else must open now.
    const bool newSqliteStore =
        ws.store.driver == "QSQLITE"_L1 && !QFileInfo::exists(ws.resolvePath(ws.store.database));
    if (!newSqliteStore)
        s.store();
    c.console.out() << QCoreApplication::translate(
                           "couplet-cli",
                           "The workspace is valid: %n mapping(s) between %1 and %2.", nullptr,
                           int(ws.mappings.size()))
                           .arg(ws.local.name, ws.remote.name)
                    << Qt::endl;
    return 0;
}

int demoInit(Context &c)
{
    const QString dir = c.args.positional().constFirst();
    if (Demo::exists(dir) && !c.args.isSet(u"force"_s)) {
        usageError(QCoreApplication::translate("couplet-cli",
                                               "%1 already holds a demo; add --force to replace "
                                               "it.")
                       .arg(QDir::toNativeSeparators(dir)));
    }
    const DemoResult demo = Demo::create(dir, SystemClock::instance());
    const QString path = QDir::toNativeSeparators(demo.workspacePath);
    if (c.json()) {
        QJsonArray jobs;
        for (const SyncJob &j : demo.firstSync)
            jobs.append(toJson(j));
        c.console.printJson({{u"workspace"_s, demo.workspacePath}, {u"firstSync"_s, jobs}});
        return 0;
    }
    QTextStream &out = c.console.out();
    out << QCoreApplication::translate("couplet-cli", "Created the demo workspace %1").arg(path)
        << Qt::endl
        << QCoreApplication::translate(
               "couplet-cli",
               "It was synchronized once, then both systems were edited: the next sync meets "
               "update conflicts, a deletion conflict, a currency without an exchange rate, a "
               "failing lookup, and clean inserts and updates.")
        << Qt::endl
        << QCoreApplication::translate("couplet-cli", "Next:") << Qt::endl;
    for (const char *next : {"sync", "errors list", "coupled list", "skipped list"})
        out << "  couplet-cli -w " << path << ' ' << next << Qt::endl;
    return 0;
}

} // namespace

QList<CommandSpec> workspaceCommands()
{
    return {
        {{u"mappings"_s, u"list"_s},
         u"[--json]"_s,
         QCoreApplication::translate(
             "couplet-cli", "Integration Table Mappings with their counts and high-water marks."),
         {option::json()},
         {},
         true,
         mappingsList},
        {{u"validate"_s},
         {},
         QCoreApplication::translate("couplet-cli",
                                     "Check the workspace file and both systems' tables."),
         {},
         {},
         true,
         validate},
        {{u"demo"_s, u"init"_s},
         u"DIR [--force] [--json]"_s,
         QCoreApplication::translate(
             "couplet-cli",
             "Write a demo workspace with two SQLite databases into DIR, ready to sync."),
         {{u"force"_s,
           {},
           QCoreApplication::translate("couplet-cli", "Replace a demo already in DIR.")},
          option::json()},
         {u"DIR"_s},
         false,
         demoInit},
    };
}

} // namespace couplet::cli
