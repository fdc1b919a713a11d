#pragma once

#include "arguments.h"

#include "model/types.h"
#include "store/statestore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace couplet {
struct OperationResult;
}

namespace couplet::cli {

class Console;
class Session;
struct Context;

// One command of couplet-cli: its words ("skipped resolve"), options and handler.
struct CommandSpec
{
    QStringList words;
    QString synopsis; // what follows the words in the usage line
    QString summary;  // one line for the command list
    QList<OptionSpec> options;
    QStringList positional; // names of the positional arguments, all required
    bool needsWorkspace = true;
    std::function<int(Context &)> run;

    QString name() const { return words.join(QLatin1Char(' ')); }
};

// What a handler gets: its parsed arguments, the console and, for commands that
// need one, the session on the workspace.
struct Context
{
    Context(const CommandSpec &command, Arguments args, Console &console)
        : command(command)
        , args(std::move(args))
        , console(console)
    {}

    const CommandSpec &command;
    Arguments args;
    Console &console;
    Session *session = nullptr;
    bool progress = false; // --progress, or stderr is a terminal

    bool json() const { return args.isSet(QStringLiteral("json")); }
    Session &s() { return *session; }
};

// The commands, by area.
QList<CommandSpec> syncCommands();
QList<CommandSpec> logCommands();       // jobs, errors
QList<CommandSpec> couplingCommands();  // coupled, skipped, couplings
QList<CommandSpec> workspaceCommands(); // mappings, validate, demo
QList<CommandSpec> secretCommands();    // secret set/status/clear (the OS keychain)
QList<CommandSpec> healthCommands();    // health

// Options shared by several commands.
namespace option {
OptionSpec json();
OptionSpec mapping(bool multi = false);
OptionSpec local();
OptionSpec remote();
OptionSpec all();
OptionSpec limit();
OptionSpec search();
OptionSpec olderThan();
} // namespace option

// A non-negative integer option; `fallback` when absent. Exits 2 for anything else.
int intOption(const Context &c, const QString &name, int fallback);
// Exactly one of the options must be set; exits 2 otherwise.
void requireOneOf(const Context &c, const QStringList &names);

// The couplings a command acts on: `--all` (of one `--mapping`, or every mapping),
// or `--mapping NAME` with `--local KEY...` / `--remote KEY...`. Only couplings of
// `kind` count; keys that name none are reported on stderr and in `notFound`.
struct Selection
{
    QList<qint64> ids;
    QStringList notFound;
};
Selection selectCouplings(Context &c, CouplingQuery::Kind kind);

// Prints what an administrator operation did (a sentence, or JSON with --json)
// and returns its exit code: 1 when something failed or was not found.
int reportOperation(Context &c, const OperationResult &result, const QString &doneSentence,
                    const QStringList &notFound = {});

// Every item of a paged list, up to `limit` (0: all).
template <typename T, typename Query, typename Fetch>
QList<T> fetchPaged(Query query, int limit, Fetch fetch)
{
    constexpr int page = 500;
    QList<T> all;
    query.offset = 0;
    while (limit == 0 || all.size() < limit) {
        query.limit = limit == 0 ? page : std::min<int>(page, limit - int(all.size()));
        const QList<T> rows = fetch(query);
        all.append(rows);
        if (rows.size() < query.limit)
            break;
        query.offset += int(rows.size());
    }
    return all;
}

} // namespace couplet::cli
