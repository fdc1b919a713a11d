// couplet-cli health: the health checks of the workspace against both systems.
#include "command.h"
#include "console.h"
#include "exitcode.h"
#include "session.h"

#include "clock.h"
#include "connectors/connector.h"
#include "error.h"
#include "health/healthcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace couplet::cli {

namespace {

// The results of one run, counted by status.
struct Summary
{
    int error = 0;
    int warning = 0;
    int ok = 0;
    int skipped = 0;

    explicit Summary(const QList<HealthResult> &results)
    {
        for (const HealthResult &r : results) {
            switch (r.status) {
            case HealthStatus::Ok:
                ++ok;
                break;
            case HealthStatus::Warning:
                ++warning;
                break;
            case HealthStatus::Error:
                ++error;
                break;
            case HealthStatus::Skipped:
                ++skipped;
                break;
            }
        }
    }
};

QString statusLabel(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Ok:
        return QCoreApplication::translate("couplet-cli", "[ok]");
    case HealthStatus::Warning:
        return QCoreApplication::translate("couplet-cli", "[warning]");
    case HealthStatus::Error:
        return QCoreApplication::translate("couplet-cli", "[error]");
    case HealthStatus::Skipped:
        break;
    }
    return QCoreApplication::translate("couplet-cli", "[not checked]");
}

QString targetKind(HealthTarget::Kind kind)
{
    switch (kind) {
    case HealthTarget::Kind::Connection:
        return u"connection"_s;
    case HealthTarget::Kind::Mapping:
        return u"mapping"_s;
    case HealthTarget::Kind::Record:
        return u"record"_s;
    case HealthTarget::Kind::None:
        break;
    }
    return {};
}

QJsonObject toJson(const HealthResult &r)
{
    QJsonObject o{{u"check"_s, r.check},
                  {u"title"_s, healthCheckTitle(r.check)},
                  {u"side"_s, toString(r.side)},
                  {u"subject"_s, r.subject},
                  {u"status"_s, toString(r.status)},
                  {u"message"_s, r.message},
                  {u"fix"_s, r.fix},
                  {u"detail"_s, r.detail},
                  {u"cause"_s, causeId(r.cause)}};
    if (r.target.kind != HealthTarget::Kind::None) {
        o.insert(u"target"_s, QJsonObject{{u"kind"_s, targetKind(r.target.kind)},
                                          {u"side"_s, toString(r.target.side)},
                                          {u"mapping"_s, r.target.mapping},
                                          {u"table"_s, r.target.table},
                                          {u"key"_s, r.target.key}});
    }
    return o;
}

// Messages from servers may span lines; each result is one line here.
QString oneLine(QString text)
{
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.trimmed();
}

// One line per result, grouped by check in the order they run, with an indented
// "Fix:" line under each that is not ok.
void printResults(Context &c, QList<HealthResult> results)
{
    const QStringList order = healthCheckIds();
    std::stable_sort(results.begin(), results.end(),
                     [&order](const HealthResult &a, const HealthResult &b) {
                         return order.indexOf(a.check) < order.indexOf(b.check);
                     });
    std::array<qsizetype, 3> widths{0, 0, 0};
    for (const HealthResult &r : std::as_const(results)) {
        widths[0] = std::max(widths[0], statusLabel(r.status).size());
        widths[1] = std::max(widths[1], healthCheckTitle(r.check).size());
        widths[2] = std::max(widths[2], r.subject.size());
    }
    const QString indent(widths[0] + 2, QLatin1Char(' '));
    QTextStream &out = c.console.out();
    for (const HealthResult &r : std::as_const(results)) {
        out << statusLabel(r.status).leftJustified(widths[0] + 2)
            << healthCheckTitle(r.check).leftJustified(widths[1] + 2)
            << r.subject.leftJustified(widths[2] + 2) << oneLine(r.message) << Qt::endl;
        if (r.status != HealthStatus::Ok && !r.fix.isEmpty()) {
            out << indent
                << QCoreApplication::translate("couplet-cli", "Fix: %1").arg(oneLine(r.fix))
                << Qt::endl;
        }
    }
}

QString summaryLine(const Summary &n)
{
    return QCoreApplication::translate("couplet-cli", "%n error(s)", nullptr, n.error) + u", "_s +
           QCoreApplication::translate("couplet-cli", "%n warning(s)", nullptr, n.warning) +
           u", "_s + QCoreApplication::translate("couplet-cli", "%1 ok").arg(n.ok) + u", "_s +
           QCoreApplication::translate("couplet-cli", "%1 not checked").arg(n.skipped);
}

void printJson(Context &c, const QList<HealthResult> &results, const Summary &summary, int logged)
{
    QJsonArray array;
    for (const HealthResult &r : results)
        array.append(toJson(r));
    c.console.printJson({{u"workspace"_s, c.s().workspace().path},
                         {u"ok"_s, summary.error == 0},
                         {u"results"_s, array},
                         {u"summary"_s, QJsonObject{{u"error"_s, summary.error},
                                                    {u"warning"_s, summary.warning},
                                                    {u"ok"_s, summary.ok},
                                                    {u"skipped"_s, summary.skipped}}},
                         {u"logged"_s, logged}});
}

// Where the failures went: new ones written, or all of them logged before.
void printLogged(Context &c, int logged)
{
    const QString errors =
        u"couplet-cli -w "_s + QDir::toNativeSeparators(c.s().workspacePath()) + u" errors list"_s;
    const QString text =
        logged > 0 ? QCoreApplication::translate(
                         "couplet-cli",
                         "%n problem(s) written to the Integration Synchronization Errors; see: %1",
                         nullptr, logged)
                   : QCoreApplication::translate("couplet-cli",
                                                 "The problems are already in the Integration "
                                                 "Synchronization Errors; see: %1");
    c.console.out() << text.arg(errors) << Qt::endl;
}

// Before each check, its name on stderr: rewritten in place on a terminal, a
// line each with --progress into a file.
class HealthProgress final
{
public:
    HealthProgress(QTextStream &err, bool terminal)
        : m_err(err)
        , m_terminal(terminal)
    {}
    ~HealthProgress() { finish(); }
    HealthProgress(const HealthProgress &) = delete;
    HealthProgress &operator=(const HealthProgress &) = delete;

    void update(const QString &check)
    {
        const QString text = QCoreApplication::translate("couplet-cli", "Checking: %1…")
                                 .arg(healthCheckTitle(check));
        if (m_terminal) {
            m_err << "\r\x1b[K" << text;
            m_shown = true;
        } else {
            m_err << text << '\n';
        }
        m_err.flush();
    }
    void finish()
    {
        if (m_terminal && m_shown) {
            m_err << "\r\x1b[K";
            m_err.flush();
            m_shown = false;
        }
    }

private:
    QTextStream &m_err;
    bool m_terminal;
    bool m_shown = false;
};

int runHealth(Context &c)
{
    Session &s = c.s();
    const Workspace &ws = s.workspace();
    HealthOptions options;
    options.fastOnly = c.args.isSet(u"fast"_s);
    for (const QString &name : c.args.values(u"mapping"_s))
        options.mappings.append(s.mapping(name).name);
    const bool log = !c.args.isSet(u"no-log"_s);
    // Open the store first: when the errors log cannot be written, say so before
    // spending time on the systems.
    StateStore *store = log ? &s.store() : nullptr;
    // Created, not opened: the connection check opens them and reports a
    // connection that fails as a result.
    Connector &local = s.connector(Side::Local, false);
    Connector &remote = s.connector(Side::Remote, false);

    QList<HealthResult> results;
    {
        std::optional<HealthProgress> progress;
        if (c.progress)
            progress.emplace(c.console.err(), c.console.stderrIsTerminal());
        results = runHealthChecks(ws, local, remote, options, [&progress](const QString &check) {
            if (progress)
                progress->update(check);
        });
    }
    const Summary summary(results);
    // The results are shown even when the errors log cannot be written.
    int logged = 0;
    QStringList logFailure;
    if (store) {
        try {
            logged = logHealthProblems(*store, ws, results, s.clock().now());
        } catch (const Error &e) {
            logFailure << QCoreApplication::translate(
                              "couplet-cli",
                              "Cannot write to the Integration Synchronization Errors: %1")
                              .arg(e.message());
            if (!e.detail().isEmpty())
                logFailure << e.detail();
        }
    }

    if (c.json()) {
        printJson(c, results, summary, logged);
    } else {
        printResults(c, results);
        c.console.out() << Qt::endl << summaryLine(summary) << Qt::endl;
        if (store && logFailure.isEmpty() && summary.error > 0)
            printLogged(c, logged);
    }
    if (!logFailure.isEmpty())
        throw Failure{ExitCode::Unusable, logFailure};
    return toInt(summary.error > 0 ? ExitCode::RowsFailed : ExitCode::Success);
}

} // namespace

QList<CommandSpec> healthCommands()
{
    return {
        {{u"health"_s},
         u"[--mapping NAME]... [--fast] [--no-log] [--json]"_s,
         QCoreApplication::translate(
             "couplet-cli",
             "Check the connections, the integration users, their permissions, exchange rates, "
             "the mapped tables and fields, and duplicate match keys; exits 1 when a check "
             "fails."),
         {{u"mapping"_s, u"NAME"_s,
           QCoreApplication::translate("couplet-cli",
                                       "Only this mapping's permissions, exchange rates, schema "
                                       "and keys; may be given more than once."),
           true},
          {u"fast"_s,
           {},
           QCoreApplication::translate("couplet-cli",
                                       "Only the connection and authentication checks.")},
          {u"no-log"_s,
           {},
           QCoreApplication::translate(
               "couplet-cli",
               "Do not write the failed checks to the Integration Synchronization Errors.")},
          option::json()},
         {},
         true,
         runHealth},
    };
}

} // namespace couplet::cli
