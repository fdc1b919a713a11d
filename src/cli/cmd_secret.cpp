// couplet-cli secret set, status and clear: a connection's password in the OS keychain.
#include "command.h"
#include "console.h"
#include "exitcode.h"
#include "session.h"

#include "credentialstore.h"
#include "secrets.h"

#include <QCoreApplication>
#include <QDir>

#include <csignal>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace couplet::cli {

namespace {

// The terminal's settings while echo is off, restored also when the prompt is
// interrupted, so Ctrl+C never leaves a terminal that hides what is typed.
termios g_savedTerminal{};

extern "C" void restoreTerminalAndExit(int signal)
{
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// One line from stdin: typed without echo at a terminal, or the first line of a pipe.
std::string readSecretLine(Console &console, const QString &prompt, bool *ok)
{
    std::string line;
    if (::isatty(STDIN_FILENO) != 1) {
        *ok = static_cast<bool>(std::getline(std::cin, line));
    } else {
        console.err() << prompt;
        console.err().flush();
        const bool canHide = ::tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0;
        if (canHide) {
            termios hidden = g_savedTerminal;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            std::signal(SIGINT, restoreTerminalAndExit);
            std::signal(SIGTERM, restoreTerminalAndExit);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        *ok = static_cast<bool>(std::getline(std::cin, line));
        if (canHide) {
            ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
        }
        console.err() << Qt::endl;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

// CONNECTION: a connection's name ("ERP"), "local"/"remote" for one without a
// name, or "store" for the state store.
SecretNeed needOf(Context &c)
{
    const QString name = c.args.positional().constFirst();
    const Workspace &ws = c.s().workspace();
    if (name == "store"_L1)
        return secrets::need(ws, u"store"_s);
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const Side side : {Side::Local, Side::Remote}) {
            if (ws.systemName(side).compare(name, cs) == 0)
                return secrets::need(ws, toString(side));
        }
    }
    usageError(QCoreApplication::translate("couplet-cli",
                                           "The workspace has no connection \"%1\". Give one "
                                           "of: %2, %3, store.")
                   .arg(name, ws.systemName(Side::Local), ws.systemName(Side::Remote)));
}

// A note on stderr when the workspace reads this password from elsewhere.
void warnIfNotKeychain(Context &c, const SecretNeed &need)
{
    if (need.source.kind == SecretSource::Kind::Keychain)
        return;
    c.console.error(QCoreApplication::translate(
                        "couplet-cli", "Note: the workspace does not take the password of %1 from "
                                       "the keychain; set its \"secret\" to \"keychain\" to use "
                                       "the stored one.")
                        .arg(need.ref.describe()));
}

[[noreturn]] void keychainFailure(const CredentialResult &r)
{
    fail(ExitCode::Unusable, r.message);
}

int secretSet(Context &c)
{
    const SecretNeed need = needOf(c);
    bool ok = false;
    const QString prompt =
        QCoreApplication::translate("couplet-cli", "Password of %1: ").arg(need.ref.describe());
    const std::string line = readSecretLine(c.console, prompt, &ok);
    if (!ok || line.empty()) {
        usageError(QCoreApplication::translate(
            "couplet-cli", "No password given: type it, or pipe it as one line on stdin."));
    }
    const CredentialResult r =
        c.s().credentials().writeBlocking(need.ref, QString::fromStdString(line));
    if (!r.ok)
        keychainFailure(r);
    c.console.out() << QCoreApplication::translate("couplet-cli",
                                                   "Stored the password of %1 in the keychain.")
                           .arg(need.ref.describe())
                    << Qt::endl;
    warnIfNotKeychain(c, need);
    return 0;
}

int secretStatus(Context &c)
{
    const SecretNeed need = needOf(c);
    const CredentialResult r = c.s().credentials().readBlocking(need.ref);
    if (!r.ok && !r.notFound)
        keychainFailure(r);
    // Only whether it is there: the secret itself is never printed.
    c.console.out() << (r.ok ? QCoreApplication::translate("couplet-cli", "stored")
                             : QCoreApplication::translate("couplet-cli", "not stored"))
                    << Qt::endl;
    warnIfNotKeychain(c, need);
    return 0;
}

int secretClear(Context &c)
{
    const SecretNeed need = needOf(c);
    const CredentialResult r = c.s().credentials().removeBlocking(need.ref);
    if (!r.ok)
        keychainFailure(r);
    c.console.out() << QCoreApplication::translate("couplet-cli",
                                                   "The keychain holds no password of %1 any more.")
                           .arg(need.ref.describe())
                    << Qt::endl;
    return 0;
}

} // namespace

QList<CommandSpec> secretCommands()
{
    const QString connection = QCoreApplication::translate(
        "couplet-cli", "CONNECTION is a connection's name, or \"store\" for the state store.");
    return {
        {{u"secret"_s, u"set"_s},
         u"CONNECTION"_s,
         QCoreApplication::translate("couplet-cli",
                                     "Store a password in the OS keychain, read from stdin "
                                     "(without echo at a terminal, or one line from a pipe). ") +
             connection,
         {},
         {u"CONNECTION"_s},
         true,
         secretSet},
        {{u"secret"_s, u"status"_s},
         u"CONNECTION"_s,
         QCoreApplication::translate("couplet-cli",
                                     "Print \"stored\" or \"not stored\" (never the password). ") +
             connection,
         {},
         {u"CONNECTION"_s},
         true,
         secretStatus},
        {{u"secret"_s, u"clear"_s},
         u"CONNECTION"_s,
         QCoreApplication::translate("couplet-cli", "Remove a password from the OS keychain. ") +
             connection,
         {},
         {u"CONNECTION"_s},
         true,
         secretClear},
    };
}

} // namespace couplet::cli
