// couplet-cli coupled ..., skipped ... and couplings ...: the pages that act on couplings.
#include "command.h"
#include "console.h"
#include "exitcode.h"
#include "format.h"
#include "session.h"
#include "table.h"

#include "connectors/connector.h"
#include "engine/administration.h"
#include "engine/inspector.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

using namespace Qt::StringLiterals;

namespace couplet::cli {

namespace {

constexpr int defaultLimit = 100;

QString deletedText(const Coupling &c)
{
    if (c.localDeleted && c.remoteDeleted)
        return QCoreApplication::translate("couplet-cli", "both");
    if (c.localDeleted)
        return QCoreApplication::translate("couplet-cli", "local");
    if (c.remoteDeleted)
        return QCoreApplication::translate("couplet-cli", "remote");
    return {};
}

int listCouplings(Context &c, CouplingQuery::Kind kind, const QString &emptyText)
{
    Session &s = c.s();
    CouplingQuery query;
    query.kind = kind;
    if (c.args.isSet(u"mapping"_s))
        query.mapping = s.mapping(c.args.value(u"mapping"_s)).name;
    query.search = c.args.value(u"search"_s);
    StateStore &store = s.store();
    const QList<Coupling> couplings =
        fetchPaged<Coupling>(query, intOption(c, u"limit"_s, defaultLimit),
                             [&store](const CouplingQuery &q) { return store.couplings(q); });
    const int total = store.countCouplings(query);
    const Workspace &ws = s.workspace();
    if (c.json()) {
        QJsonArray array;
        for (const Coupling &coupling : couplings)
            array.append(toJson(ws, coupling));
        c.console.printJson({{u"couplings"_s, array}, {u"total"_s, total}});
        return 0;
    }
    if (couplings.isEmpty()) {
        c.console.out() << emptyText << Qt::endl;
        return 0;
    }
    using A = Table::Align;
    const Table::Column id{QCoreApplication::translate("couplet-cli", "ID"), A::Right};
    const Table::Column mapping{QCoreApplication::translate("couplet-cli", "Mapping")};
    const Table::Column local{QCoreApplication::translate("couplet-cli", "Local")};
    const Table::Column remote{QCoreApplication::translate("couplet-cli", "Remote")};
    const Table::Column toRemote{directionText(ws, PassDirection::LocalToRemote)};
    const Table::Column fromRemote{directionText(ws, PassDirection::RemoteToLocal)};
    const Table::Column lastSync{QCoreApplication::translate("couplet-cli", "Last synchronized")};
    const Table::Column message{QCoreApplication::translate("couplet-cli", "Message")};
    auto ref = [](const RecordRef &r) { return r.isValid() ? r.toString() : QString(); };
    std::optional<Table> table;
    switch (kind) {
    case CouplingQuery::Kind::All:
        table.emplace(QList<Table::Column>{id,
                                           local,
                                           remote,
                                           lastSync,
                                           toRemote,
                                           fromRemote,
                                           {QCoreApplication::translate("couplet-cli", "Skipped")},
                                           message});
        for (const Coupling &x : couplings) {
            table->addRow({QString::number(x.id), ref(localRef(ws, x)), ref(remoteRef(ws, x)),
                           humanTime(x.lastSyncedAt), resultText(x.lastToRemote),
                           resultText(x.lastFromRemote), skipReasonText(x.skipReason),
                           x.lastError});
        }
        break;
    case CouplingQuery::Kind::CoupledErrors:
        table.emplace(
            QList<Table::Column>{id,
                                 mapping,
                                 local,
                                 remote,
                                 toRemote,
                                 fromRemote,
                                 {QCoreApplication::translate("couplet-cli", "Deleted")},
                                 message,
                                 {QCoreApplication::translate("couplet-cli", "Failed since")}});
        for (const Coupling &x : couplings) {
            table->addRow({QString::number(x.id), x.mapping, ref(localRef(ws, x)),
                           ref(remoteRef(ws, x)), resultText(x.lastToRemote),
                           resultText(x.lastFromRemote), deletedText(x), x.lastError,
                           humanTime(x.failedSince)});
        }
        break;
    case CouplingQuery::Kind::Skipped:
        table.emplace(QList<Table::Column>{id,
                                           mapping,
                                           local,
                                           remote,
                                           {QCoreApplication::translate("couplet-cli", "Reason")},
                                           lastSync,
                                           message});
        for (const Coupling &x : couplings) {
            table->addRow({QString::number(x.id), x.mapping, ref(localRef(ws, x)),
                           ref(remoteRef(ws, x)), skipReasonText(x.skipReason),
                           humanTime(x.lastSyncedAt), x.lastError});
        }
        break;
    }
    c.console.out() << table->render();
    if (couplings.size() < total) {
        c.console.out() << QCoreApplication::translate(
                               "couplet-cli",
                               "(%1 of %2 shown; use --limit N, or --limit 0 for all)")
                               .arg(couplings.size())
                               .arg(total)
                        << Qt::endl;
    }
    return 0;
}

// ---- coupled (Coupled Data Synchronization Errors) ------------------------

int coupledList(Context &c)
{
    return listCouplings(
        c, CouplingQuery::Kind::CoupledErrors,
        QCoreApplication::translate("couplet-cli", "No coupled data synchronization errors."));
}

int coupledRetry(Context &c)
{
    const Selection sel = selectCouplings(c, CouplingQuery::Kind::CoupledErrors);
    const OperationResult r = c.s().administration(false).retry(sel.ids);
    return reportOperation(
        c, r,
        QCoreApplication::translate(
            "couplet-cli", "%n coupling(s) will be retried by the next sync.", nullptr, r.done),
        sel.notFound);
}

int coupledRestore(Context &c)
{
    const Selection sel = selectCouplings(c, CouplingQuery::Kind::CoupledErrors);
    const OperationResult r = c.s().administration(true).restoreRecords(sel.ids);
    return reportOperation(
        c, r, QCoreApplication::translate("couplet-cli", "Restored %n record(s).", nullptr, r.done),
        sel.notFound);
}

int coupledDeleteRecords(Context &c)
{
    const Selection sel = selectCouplings(c, CouplingQuery::Kind::CoupledErrors);
    const OperationResult r = c.s().administration(true).deleteRecords(sel.ids);
    return reportOperation(c, r,
                           QCoreApplication::translate("couplet-cli",
                                                       "Deleted %n record(s) and their couplings.",
                                                       nullptr, r.done),
                           sel.notFound);
}

QStringList mappingNames(Context &c)
{
    QStringList names;
    for (const QString &n : c.args.values(u"mapping"_s))
        names.append(c.s().mapping(n).name);
    if (names.isEmpty()) {
        for (const TableMapping &m : c.s().workspace().mappings)
            names.append(m.name);
    }
    return names;
}

int coupledFindDeleted(Context &c)
{
    const OperationResult r = c.s().administration(true).findForDeleted(mappingNames(c));
    return reportOperation(
        c, r,
        QCoreApplication::translate("couplet-cli",
                                    "Found %n coupling(s) whose row was deleted on one side.",
                                    nullptr, r.done));
}

// ---- skipped (Skipped Synch. Records) -------------------------------------

int skippedList(Context &c)
{
    return listCouplings(c, CouplingQuery::Kind::Skipped,
                         QCoreApplication::translate("couplet-cli", "No skipped records."));
}

QString valueText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

// Both rows side by side, field by field, with the values at the last sync.
int skippedShow(Context &c)
{
    Session &s = c.s();
    const TableMapping &mapping = s.mapping(c.args.value(u"mapping"_s));
    const QString key = c.args.value(u"local"_s);
    const std::optional<Coupling> coupling =
        s.store().couplingByKey(mapping.name, Side::Local, key);
    if (!coupling) {
        fail(ExitCode::RowsFailed,
             QCoreApplication::translate("couplet-cli", "%1 has no coupling with the local key %2.")
                 .arg(mapping.name, key));
    }
    const Workspace &ws = s.workspace();
    const Comparison comparison =
        Inspector(ws, s.store(), s.connector(Side::Local), s.connector(Side::Remote))
            .compare(coupling->id);
    const Coupling &current = comparison.coupling;
    const QString gone = QCoreApplication::translate("couplet-cli", "(deleted)");

    if (c.json()) {
        QJsonArray fields;
        for (const FieldComparison &f : comparison.fields) {
            fields.append(QJsonObject{
                {u"local"_s, f.local},
                {u"remote"_s, f.remote},
                {u"localAtLastSync"_s, QJsonValue::fromVariant(f.localThen)},
                {u"localNow"_s,
                 comparison.localExists ? QJsonValue::fromVariant(f.localNow) : QJsonValue()},
                {u"remoteAtLastSync"_s, QJsonValue::fromVariant(f.remoteThen)},
                {u"remoteNow"_s,
                 comparison.remoteExists ? QJsonValue::fromVariant(f.remoteNow) : QJsonValue()}});
        }
        QJsonObject o = toJson(ws, current);
        o.insert(u"fields"_s, fields);
        o.insert(u"localExists"_s, comparison.localExists);
        o.insert(u"remoteExists"_s, comparison.remoteExists);
        c.console.printJson(o);
        return 0;
    }

    c.console.out() << QCoreApplication::translate("couplet-cli", "%1: %2 ↔ %3")
                           .arg(mapping.name, localRef(ws, current).toString(),
                                remoteRef(ws, current).toString())
                    << Qt::endl;
    if (!current.lastError.isEmpty())
        c.console.out() << current.lastError << Qt::endl;
    c.console.out() << Qt::endl;
    Table table({{QCoreApplication::translate("couplet-cli", "Field (local / remote)")},
                 {QCoreApplication::translate("couplet-cli", "Local at last sync")},
                 {QCoreApplication::translate("couplet-cli", "Local now")},
                 {QCoreApplication::translate("couplet-cli", "Remote at last sync")},
                 {QCoreApplication::translate("couplet-cli", "Remote now")},
                 {QCoreApplication::translate("couplet-cli", "Changed")}});
    for (const FieldComparison &f : comparison.fields) {
        QString changed;
        if (f.conflict())
            changed = QCoreApplication::translate("couplet-cli", "both");
        else if (f.localChanged)
            changed = QCoreApplication::translate("couplet-cli", "local");
        else if (f.remoteChanged)
            changed = QCoreApplication::translate("couplet-cli", "remote");
        table.addRow({f.local + u" / "_s + f.remote, valueText(f.localThen),
                      comparison.localExists ? valueText(f.localNow) : gone,
                      valueText(f.remoteThen),
                      comparison.remoteExists ? valueText(f.remoteNow) : gone, changed});
    }
    c.console.out() << table.render();
    return 0;
}

Side sideArgument(const QString &option, const QString &text)
{
    if (const std::optional<Side> side = enumFromString<Side>(text))
        return *side;
    usageError(
        QCoreApplication::translate("couplet-cli", "%1 takes \"local\" or \"remote\", not \"%2\".")
            .arg(option, text));
}

// FIELD=local|remote, FIELD being the local column or the remote property.
QHash<QString, Side> mergeChoices(Context &c, const TableMapping &mapping)
{
    QHash<QString, Side> choices;
    for (const QString &choice : c.args.values(u"merge"_s)) {
        const qsizetype eq = choice.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            usageError(QCoreApplication::translate("couplet-cli",
                                                   "--merge takes FIELD=local or FIELD=remote, "
                                                   "not \"%1\".")
                           .arg(choice));
        }
        const QString name = choice.left(eq);
        const Side side = sideArgument(u"--merge "_s + name, choice.mid(eq + 1));
        const FieldMapping *field = nullptr;
        for (const FieldMapping &f : mapping.fields) {
            if (f.isCompared() && (f.local == name || f.remote == name))
                field = &f;
        }
        if (!field) {
            QStringList known;
            for (const FieldMapping &f : mapping.fields) {
                if (f.isCompared())
                    known.append(f.local);
            }
            usageError(QCoreApplication::translate("couplet-cli",
                                                   "%1 has no field %2 to merge. Its fields: %3.")
                           .arg(mapping.name, name, known.join(u", "_s)));
        }
        choices.insert(field->local, side);
    }
    return choices;
}

int skippedResolve(Context &c)
{
    requireOneOf(c, {u"keep"_s, u"merge"_s});
    Resolution resolution = Resolution::Merge;
    QHash<QString, Side> choices;
    if (c.args.isSet(u"keep"_s)) {
        resolution = sideArgument(u"--keep"_s, c.args.value(u"keep"_s)) == Side::Local
                         ? Resolution::KeepLocal
                         : Resolution::KeepRemote;
    } else {
        if (c.args.isSet(u"all"_s) || !c.args.isSet(u"mapping"_s)) {
            usageError(QCoreApplication::translate(
                "couplet-cli", "--merge needs --mapping NAME and the keys (--local KEY...)."));
        }
        choices = mergeChoices(c, c.s().mapping(c.args.value(u"mapping"_s)));
    }
    const Selection sel = selectCouplings(c, CouplingQuery::Kind::Skipped);
    const OperationResult r =
        c.s().administration(true).resolveSkipped(sel.ids, resolution, choices);
    return reportOperation(c, r,
                           QCoreApplication::translate(
                               "couplet-cli", "Resolved %n skipped record(s).", nullptr, r.done),
                           sel.notFound);
}

int skippedRetry(Context &c)
{
    const Selection sel = selectCouplings(c, CouplingQuery::Kind::Skipped);
    const OperationResult r = c.s().administration(false).retry(sel.ids);
    return reportOperation(
        c, r,
        QCoreApplication::translate(
            "couplet-cli", "%n record(s) will be synchronized by the next sync.", nullptr, r.done),
        sel.notFound);
}

// ---- couplings ------------------------------------------------------------

void requireMapping(Context &c)
{
    if (!c.args.isSet(u"mapping"_s))
        usageError(QCoreApplication::translate("couplet-cli", "Give the mapping: --mapping NAME."));
}

int couplingsList(Context &c)
{
    requireMapping(c);
    return listCouplings(c, CouplingQuery::Kind::All,
                         QCoreApplication::translate("couplet-cli", "No couplings."));
}

int couplingsDelete(Context &c)
{
    requireMapping(c);
    const QString mapping = c.s().mapping(c.args.value(u"mapping"_s)).name;
    if (!c.args.isSet(u"local"_s) && !c.args.isSet(u"remote"_s)) {
        const OperationResult r = c.s().administration(false).deleteCouplingsOfMappings({mapping});
        return reportOperation(c, r,
                               QCoreApplication::translate(
                                   "couplet-cli", "Deleted %n coupling(s) of %1.", nullptr, r.done)
                                   .arg(mapping));
    }
    const Selection sel = selectCouplings(c, CouplingQuery::Kind::All);
    const OperationResult r = c.s().administration(false).deleteCouplings(sel.ids);
    return reportOperation(
        c, r,
        QCoreApplication::translate("couplet-cli", "Deleted %n coupling(s).", nullptr, r.done),
        sel.notFound);
}

int couplingsCouple(Context &c)
{
    requireMapping(c);
    if (!c.args.isSet(u"local"_s) || !c.args.isSet(u"remote"_s))
        usageError(
            QCoreApplication::translate("couplet-cli", "Give --local KEY and --remote KEY."));
    const QString mapping = c.s().mapping(c.args.value(u"mapping"_s)).name;
    const OperationResult r = c.s().administration(true).couple(mapping, c.args.value(u"local"_s),
                                                                c.args.value(u"remote"_s));
    return reportOperation(
        c, r,
        QCoreApplication::translate("couplet-cli", "Coupled %n record pair(s).", nullptr, r.done));
}

OptionSpec singleKey(const QString &name, const char *help)
{
    return {name, u"KEY"_s, QCoreApplication::translate("couplet-cli", help)};
}

} // namespace

QList<CommandSpec> couplingCommands()
{
    const QString selectSynopsis =
        u"(--all [--mapping NAME] | --mapping NAME --local KEY...) [--json]"_s;
    const QList<OptionSpec> selectOptions{option::all(), option::mapping(), option::local(),
                                          option::remote(), option::json()};
    const QList<OptionSpec> listOptions{option::mapping(), option::search(), option::limit(),
                                        option::json()};
    QList<OptionSpec> resolveOptions = selectOptions;
    resolveOptions.append(
        {u"keep"_s, u"SIDE"_s,
         QCoreApplication::translate(
             "couplet-cli", "Keep the changes of \"local\" or \"remote\" and write them to the "
                            "other side.")});
    resolveOptions.append(
        {u"merge"_s, u"FIELD=SIDE"_s,
         QCoreApplication::translate(
             "couplet-cli", "Merge: for each FIELD (local column or remote property), the side "
                            "whose value wins. Fields not named keep the side that changed."),
         true});
    return {
        {{u"coupled"_s, u"list"_s},
         u"[--mapping NAME] [--search TEXT] [--limit N] [--json]"_s,
         QCoreApplication::translate(
             "couplet-cli",
             "Coupled Data Synchronization Errors: couplings that failed or lost a row."),
         listOptions,
         {},
         true,
         coupledList},
        {{u"coupled"_s, u"retry"_s},
         selectSynopsis,
         QCoreApplication::translate(
             "couplet-cli", "Clear the failure so the next sync takes the couplings again."),
         selectOptions,
         {},
         true,
         coupledRetry},
        {{u"coupled"_s, u"restore"_s},
         selectSynopsis,
         QCoreApplication::translate(
             "couplet-cli", "Restore Records: recreate the deleted row from the surviving one."),
         selectOptions,
         {},
         true,
         coupledRestore},
        {{u"coupled"_s, u"delete-records"_s},
         selectSynopsis,
         QCoreApplication::translate("couplet-cli",
                                     "Delete Records: delete the surviving row and the coupling."),
         selectOptions,
         {},
         true,
         coupledDeleteRecords},
        {{u"coupled"_s, u"find-deleted"_s},
         u"[--mapping NAME]... [--json]"_s,
         QCoreApplication::translate(
             "couplet-cli",
             "Find for Deleted: check every coupling for rows deleted on either side."),
         {option::mapping(true), option::json()},
         {},
         true,
         coupledFindDeleted},
        {{u"skipped"_s, u"list"_s},
         u"[--mapping NAME] [--search TEXT] [--limit N] [--json]"_s,
         QCoreApplication::translate(
             "couplet-cli", "Skipped Synch. Records: couplings set aside until you decide."),
         listOptions,
         {},
         true,
         skippedList},
        {{u"skipped"_s, u"show"_s},
         u"--mapping NAME --local KEY [--json]"_s,
         QCoreApplication::translate(
             "couplet-cli",
             "Both rows of a skipped record side by side, with the values at the last sync."),
         {option::mapping(),
          singleKey(u"local"_s, QT_TRANSLATE_NOOP("couplet-cli", "The key of the local row.")),
          option::json()},
         {},
         true,
         skippedShow},
        {{u"skipped"_s, u"resolve"_s},
         u"(--keep local|remote | --merge FIELD=local|remote...) "_s + selectSynopsis,
         QCoreApplication::translate(
             "couplet-cli", "Keep the local or the remote changes, or merge field by field."),
         resolveOptions,
         {},
         true,
         skippedResolve},
        {{u"skipped"_s, u"retry"_s},
         selectSynopsis,
         QCoreApplication::translate("couplet-cli",
                                     "Un-skip: the next sync takes the records again."),
         selectOptions,
         {},
         true,
         skippedRetry},
        {{u"couplings"_s, u"list"_s},
         u"--mapping NAME [--search TEXT] [--limit N] [--json]"_s,
         QCoreApplication::translate("couplet-cli", "The coupled records of a mapping."),
         listOptions,
         {},
         true,
         couplingsList},
        {{u"couplings"_s, u"delete"_s},
         u"--mapping NAME [--local KEY...] [--remote KEY...] [--json]"_s,
         QCoreApplication::translate(
             "couplet-cli",
             "Delete Coupling: of the keys given, or every coupling of the mapping."),
         {option::mapping(), option::local(), option::remote(), option::json()},
         {},
         true,
         couplingsDelete},
        {{u"couplings"_s, u"couple"_s},
         u"--mapping NAME --local KEY --remote KEY [--json]"_s,
         QCoreApplication::translate("couplet-cli", "Couple a local row and a remote row by hand."),
         {option::mapping(),
          singleKey(u"local"_s, QT_TRANSLATE_NOOP("couplet-cli", "The key of the local row.")),
          singleKey(u"remote"_s, QT_TRANSLATE_NOOP("couplet-cli", "The key of the remote row.")),
          option::json()},
         {},
         true,
         couplingsCouple},
    };
}

} // namespace couplet::cli
