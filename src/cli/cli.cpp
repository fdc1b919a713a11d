#include "cli.h"

#include "command.h"
#include "console.h"
#include "exitcode.h"
#include "session.h"

#include "clock.h"
#include "error.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace couplet::cli {

namespace {

QList<CommandSpec> allCommands()
{
    QList<CommandSpec> commands = workspaceCommands();
    commands.append(syncCommands());
    commands.append(logCommands());
    commands.append(couplingCommands());
    commands.append(secretCommands());
    commands.append(healthCommands());
    // The order of the help: getting started, the sync, then the pages.
    const QStringList order{u"demo"_s,     u"sync"_s,    u"jobs"_s,      u"errors"_s,
                            u"coupled"_s,  u"skipped"_s, u"couplings"_s, u"mappings"_s,
                            u"validate"_s, u"health"_s,  u"secret"_s};
    std::stable_sort(
        commands.begin(), commands.end(), [&order](const CommandSpec &a, const CommandSpec &b) {
            return order.indexOf(a.words.constFirst()) < order.indexOf(b.words.constFirst());
        });
    return commands;
}

QList<OptionSpec> globalOptions()
{
    return {{u"workspace"_s, u"FILE"_s,
             QCoreApplication::translate("couplet-cli",
                                         "The workspace file (*.couplet.json); by default "
                                         "$COUPLET_WORKSPACE."),
             false, QLatin1Char('w')},
            {u"progress"_s,
             {},
             QCoreApplication::translate(
                 "couplet-cli", "Show progress on stderr even when it is not a terminal.")},
            {u"verbose"_s,
             {},
             QCoreApplication::translate("couplet-cli",
                                         "Log what the connections and the engine do on stderr.")},
            {u"help"_s,
             {},
             QCoreApplication::translate("couplet-cli", "Show this help."),
             false,
             QLatin1Char('h')},
            {u"version"_s, {}, QCoreApplication::translate("couplet-cli", "Show the version.")}};
}

QString optionLines(const QList<OptionSpec> &options)
{
    QStringList left;
    for (const OptionSpec &o : options) {
        QString text =
            o.shortName.isNull() ? u"    --"_s + o.name : u"-"_s + o.shortName + u", --"_s + o.name;
        if (!o.valueName.isEmpty())
            text += QLatin1Char(' ') + o.valueName + (o.multi ? u"..."_s : QString());
        left.append(text);
    }
    qsizetype width = 0;
    for (const QString &l : left)
        width = std::max(width, l.size());
    QString text;
    for (qsizetype i = 0; i < options.size(); ++i)
        text += u"  "_s + left.at(i).leftJustified(width + 2) + options.at(i).help + u"\n"_s;
    return text;
}

QString exitCodeLines()
{
    return QCoreApplication::translate(
        "couplet-cli",
        "Exit codes:\n"
        "  0  success\n"
        "  1  finished, but some rows or entries failed (see `errors list`), or a health\n"
        "     check failed\n"
        "  2  usage error: the command line is wrong\n"
        "  3  the workspace is not valid (each mistake is printed with its path)\n"
        "  4  the state store or a connection cannot be used\n"
        "  5  a job failed or was cancelled (SIGINT/SIGTERM stop a sync at a row boundary)\n");
}

QString usageLine(const CommandSpec &c)
{
    QString line = u"couplet-cli "_s;
    if (c.needsWorkspace)
        line += u"-w FILE "_s;
    line += c.name();
    if (!c.synopsis.isEmpty())
        line += QLatin1Char(' ') + c.synopsis;
    return line;
}

QString generalHelp(const QList<CommandSpec> &commands)
{
    QString text = QCoreApplication::translate(
        "couplet-cli", "Usage: couplet-cli [-w FILE] COMMAND [OPTIONS]\n\n"
                       "Couplet keeps the records of two systems (an ERP and a CRM) in sync; "
                       "couplet-cli runs the synchronization and the administrator's pages "
                       "without a display.\n\nCommands:\n");
    for (const CommandSpec &c : commands)
        text += u"  "_s + usageLine(c) + u"\n      "_s + c.summary + u"\n"_s;
    text += u"\n"_s + QCoreApplication::translate("couplet-cli", "Global options:") + u"\n"_s;
    text += optionLines(globalOptions());
    text += u"\n"_s + exitCodeLines();
    text += u"\n"_s + QCoreApplication::translate(
                          "couplet-cli", "Run `couplet-cli COMMAND --help` for a command's "
                                         "options.\n");
    return text;
}

QString commandHelp(const CommandSpec &c)
{
    QString text = QCoreApplication::translate("couplet-cli", "Usage: %1").arg(usageLine(c)) +
                   u"\n\n"_s + c.summary + u"\n"_s;
    if (!c.options.isEmpty()) {
        text += u"\n"_s + QCoreApplication::translate("couplet-cli", "Options:") + u"\n"_s +
                optionLines(c.options);
    }
    text += u"\n"_s + QCoreApplication::translate("couplet-cli", "Global options:") + u"\n"_s +
            optionLines(globalOptions());
    text += u"\n"_s + exitCodeLines();
    return text;
}

// The words of the command line that name the command: every token that is not
// an option or the value of -w/--workspace, up to the first that is not a word of
// a known command.
struct Located
{
    const CommandSpec *command = nullptr;
    QStringList words;
    QStringList rest;
};

Located locate(const QList<CommandSpec> &commands, const QStringList &tokens)
{
    Located found;
    QList<qsizetype> wordIndexes;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t == "-w"_L1 || t == "--workspace"_L1) {
            ++i;
            continue;
        }
        if (t == "--"_L1)
            break;
        if (t.startsWith(QLatin1Char('-')))
            continue;
        // Is `words + t` the start of some command?
        QStringList candidate = found.words;
        candidate.append(t);
        bool prefix = false;
        for (const CommandSpec &c : commands)
            prefix = prefix || c.words.mid(0, candidate.size()) == candidate;
        if (!prefix)
            break;
        found.words = candidate;
        wordIndexes.append(i);
        for (const CommandSpec &c : commands) {
            if (c.words == candidate)
                found.command = &c;
        }
        if (found.command)
            break;
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!wordIndexes.contains(i))
            found.rest.append(tokens.at(i));
    }
    return found;
}

int dispatch(Console &console, const QStringList &tokens)
{
    const QList<CommandSpec> commands = allCommands();
    QStringList rest = tokens;
    bool helpCommand = false;
    if (!rest.isEmpty() && rest.constFirst() == "help"_L1) {
        helpCommand = true;
        rest.removeFirst();
    }
    const Located found = locate(commands, rest);
    if (!found.command) {
        const Arguments global = Arguments::parse(found.rest, globalOptions());
        if (global.isSet(u"version"_s) && found.words.isEmpty()) {
            console.out() << "couplet-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (found.words.isEmpty() && (helpCommand || global.isSet(u"help"_s))) {
            console.out() << generalHelp(commands);
            return 0;
        }
        if (found.words.isEmpty() && global.positional().isEmpty())
            usageError(QCoreApplication::translate("couplet-cli", "No command given."));
        QStringList sub;
        for (const CommandSpec &c : commands) {
            if (!found.words.isEmpty() && c.words.mid(0, found.words.size()) == found.words)
                sub.append(c.words.mid(found.words.size()).join(QLatin1Char(' ')));
        }
        if (!sub.isEmpty()) {
            usageError(QCoreApplication::translate("couplet-cli", "\"%1\" needs one of: %2.")
                           .arg(found.words.join(QLatin1Char(' ')), sub.join(u", "_s)));
        }
        const QString word = found.words.isEmpty() ? global.positional().constFirst()
                                                   : found.words.join(QLatin1Char(' '));
        usageError(QCoreApplication::translate("couplet-cli", "Unknown command \"%1\".").arg(word));
    }
    const CommandSpec &command = *found.command;
    QList<OptionSpec> options = command.options;
    options.append(globalOptions());
    Context context{command, Arguments::parse(found.rest, options), console};
    const Arguments &args = context.args;
    if (helpCommand || args.isSet(u"help"_s)) {
        console.out() << commandHelp(command);
        return 0;
    }
    if (args.positional().size() != command.positional.size()) {
        if (command.positional.isEmpty()) {
            usageError(
                QCoreApplication::translate("couplet-cli", "\"%1\" takes no argument \"%2\".")
                    .arg(command.name(), args.positional().constFirst()));
        }
        usageError(QCoreApplication::translate("couplet-cli", "\"%1\" needs %2.")
                       .arg(command.name(), command.positional.join(QLatin1Char(' '))));
    }
    context.progress = args.isSet(u"progress"_s) || console.stderrIsTerminal();
    if (args.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"couplet.*.info=true"_s);
    if (!command.needsWorkspace)
        return command.run(context);

    QString path = args.value(u"workspace"_s);
    if (path.isEmpty())
        path = qEnvironmentVariable("COUPLET_WORKSPACE");
    if (path.isEmpty()) {
        usageError(QCoreApplication::translate(
            "couplet-cli", "Which workspace? Give -w FILE or set COUPLET_WORKSPACE."));
    }
    Session session(path, SystemClock::instance());
    context.session = &session;
    return command.run(context);
}

} // namespace

int run(const QStringList &arguments)
{
    Console console;
    // The core's informational log lines are for --verbose; warnings always show.
    // QT_LOGGING_RULES still overrides both.
    QLoggingCategory::setFilterRules(u"couplet.*.info=false"_s);
    try {
        return dispatch(console, arguments.mid(1));
    } catch (const Failure &failure) {
        for (const QString &line : failure.lines)
            console.error(line);
        if (failure.code == ExitCode::Usage) {
            console.error(
                QCoreApplication::translate("couplet-cli", "Run `couplet-cli --help` for usage."));
        }
        return toInt(failure.code);
    } catch (const Error &e) {
        console.error(QCoreApplication::translate("couplet-cli", "Error: %1").arg(e.message()));
        if (!e.detail().isEmpty())
            console.error(e.detail());
        return toInt(ExitCode::Unusable);
    }
}

} // namespace couplet::cli
