#include "command.h"

#include "console.h"
#include "exitcode.h"
#include "session.h"

#include "engine/administration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace couplet::cli {

namespace option {

OptionSpec json()
{
    return {u"json"_s,
            {},
            QCoreApplication::translate("couplet-cli", "Print JSON instead of a table.")};
}
OptionSpec mapping(bool multi)
{
    return {u"mapping"_s, u"NAME"_s,
            multi ? QCoreApplication::translate("couplet-cli",
                                                "Only this mapping; may be given more than once.")
                  : QCoreApplication::translate("couplet-cli", "The mapping (CUSTOMER, …)."),
            multi};
}
OptionSpec local()
{
    return {u"local"_s, u"KEY"_s,
            QCoreApplication::translate("couplet-cli",
                                        "Keys of local rows; several may follow one --local."),
            true};
}
OptionSpec remote()
{
    return {u"remote"_s, u"KEY"_s,
            QCoreApplication::translate("couplet-cli",
                                        "Keys of remote rows; several may follow one --remote."),
            true};
}
OptionSpec all()
{
    return {u"all"_s,
            {},
            QCoreApplication::translate("couplet-cli",
                                        "Every line of the list (of --mapping, when given).")};
}
OptionSpec limit()
{
    return {
        u"limit"_s, u"N"_s,
        QCoreApplication::translate("couplet-cli", "Show at most N lines (default 100; 0: all).")};
}
OptionSpec search()
{
    return {
        u"search"_s, u"TEXT"_s,
        QCoreApplication::translate("couplet-cli", "Only lines whose text or keys contain TEXT.")};
}
OptionSpec olderThan()
{
    return {u"older-than"_s, u"DAYS"_s,
            QCoreApplication::translate("couplet-cli", "Only entries older than DAYS days.")};
}

} // namespace option

int intOption(const Context &c, const QString &name, int fallback)
{
    if (!c.args.isSet(name))
        return fallback;
    bool ok = false;
    const int value = c.args.value(name).toInt(&ok);
    if (!ok || value < 0) {
        usageError(QCoreApplication::translate(
                       "couplet-cli", "--%1 needs a whole number of 0 or more, not \"%2\".")
                       .arg(name, c.args.value(name)));
    }
    return value;
}

void requireOneOf(const Context &c, const QStringList &names)
{
    int set = 0;
    for (const QString &n : names)
        set += c.args.isSet(n) ? 1 : 0;
    if (set != 1) {
        QStringList dashed;
        for (const QString &n : names)
            dashed.append(u"--"_s + n);
        usageError(QCoreApplication::translate("couplet-cli", "Give exactly one of %1.")
                       .arg(dashed.join(u", "_s)));
    }
}

namespace {

bool ofKind(const Coupling &c, CouplingQuery::Kind kind)
{
    switch (kind) {
    case CouplingQuery::Kind::All:
        return true;
    case CouplingQuery::Kind::Skipped:
        return c.skipped;
    case CouplingQuery::Kind::CoupledErrors:
        return c.hasFailed() || c.localDeleted || c.remoteDeleted;
    }
    return false;
}

QString notOfKindMessage(CouplingQuery::Kind kind, const QString &mapping, const QString &side,
                         const QString &key)
{
    switch (kind) {
    case CouplingQuery::Kind::Skipped:
        return QCoreApplication::translate("couplet-cli", "%1 %2 row %3 is not a skipped record.")
            .arg(mapping, side, key);
    case CouplingQuery::Kind::CoupledErrors:
        return QCoreApplication::translate(
                   "couplet-cli", "%1 %2 row %3 has no coupled data synchronization error.")
            .arg(mapping, side, key);
    case CouplingQuery::Kind::All:
        break;
    }
    return {};
}

} // namespace

Selection selectCouplings(Context &c, CouplingQuery::Kind kind)
{
    const bool all = c.args.isSet(u"all"_s);
    const QStringList localKeys = c.args.values(u"local"_s);
    const QStringList remoteKeys = c.args.values(u"remote"_s);
    if (all && (!localKeys.isEmpty() || !remoteKeys.isEmpty())) {
        usageError(QCoreApplication::translate("couplet-cli",
                                               "Give either --all or keys with --local/--remote, "
                                               "not both."));
    }
    if (!all && localKeys.isEmpty() && remoteKeys.isEmpty()) {
        usageError(QCoreApplication::translate(
            "couplet-cli", "Say which records: --all, or --mapping NAME --local KEY..."));
    }
    Selection selection;
    StateStore &store = c.s().store();
    if (all) {
        CouplingQuery query;
        query.kind = kind;
        if (c.args.isSet(u"mapping"_s))
            query.mapping = c.s().mapping(c.args.value(u"mapping"_s)).name;
        const QList<Coupling> couplings = fetchPaged<Coupling>(
            query, 0, [&store](const CouplingQuery &q) { return store.couplings(q); });
        for (const Coupling &coupling : couplings)
            selection.ids.append(coupling.id);
        return selection;
    }
    if (!c.args.isSet(u"mapping"_s)) {
        usageError(QCoreApplication::translate("couplet-cli",
                                               "--local and --remote need --mapping NAME."));
    }
    const QString mapping = c.s().mapping(c.args.value(u"mapping"_s)).name;
    QSet<qint64> seen;
    for (const Side side : {Side::Local, Side::Remote}) {
        const QStringList &keys = side == Side::Local ? localKeys : remoteKeys;
        if (keys.isEmpty())
            continue;
        const QHash<QString, Coupling> found = store.couplingsByKeys(mapping, side, keys);
        const QString sideName = c.s().workspace().connection(side).name.isEmpty()
                                     ? toString(side)
                                     : c.s().workspace().connection(side).name;
        for (const QString &key : keys) {
            const auto it = found.constFind(key);
            if (it == found.cend()) {
                c.console.error(QCoreApplication::translate(
                                    "couplet-cli", "%1 has no coupling with the %2 key %3.")
                                    .arg(mapping, sideName, key));
                selection.notFound.append(key);
            } else if (!ofKind(*it, kind)) {
                c.console.error(notOfKindMessage(kind, mapping, sideName, key));
                selection.notFound.append(key);
            } else if (!seen.contains(it->id)) {
                seen.insert(it->id);
                selection.ids.append(it->id);
            }
        }
    }
    return selection;
}

int reportOperation(Context &c, const OperationResult &result, const QString &doneSentence,
                    const QStringList &notFound)
{
    if (c.json()) {
        c.console.printJson({{u"done"_s, result.done},
                             {u"failed"_s, result.failed},
                             {u"messages"_s, QJsonArray::fromStringList(result.messages)},
                             {u"notFound"_s, QJsonArray::fromStringList(notFound)}});
    } else {
        c.console.out() << doneSentence << Qt::endl;
        for (const QString &m : result.messages)
            c.console.out() << "  " << m << Qt::endl;
        if (result.failed > 0) {
            c.console.error(
                QCoreApplication::translate("couplet-cli",
                                            "%n could not be done; see `couplet-cli errors "
                                            "list` for why.",
                                            nullptr, result.failed));
        }
    }
    return toInt(result.failed > 0 || !notFound.isEmpty() ? ExitCode::RowsFailed
                                                          : ExitCode::Success);
}

} // namespace couplet::cli
