// couplet-cli health on SQLite demo workspaces: a healthy one, one with a
// currency without a rate, a duplicate match key and a renamed field, and one
// whose local database cannot be reached.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace couplet::test;

namespace {

// The stable check ids, in the order they run: part of the --json contract.
const QStringList checkIds{u"connection"_s,  u"authentication"_s, u"administrator"_s,
                           u"permissions"_s, u"exchange-rates"_s, u"schema"_s,
                           u"keys"_s};

QList<QJsonObject> resultsOf(const QJsonObject &health)
{
    QList<QJsonObject> results;
    for (const QJsonValue &v : health.value(u"results"_s).toArray())
        results.append(v.toObject());
    return results;
}

// The results of one check on one side with one status.
QList<QJsonObject> find(const QJsonObject &health, const QString &check, const QString &side,
                        const QString &status)
{
    QList<QJsonObject> found;
    for (const QJsonObject &r : resultsOf(health)) {
        if (r.value(u"check"_s).toString() == check && r.value(u"side"_s).toString() == side &&
            r.value(u"status"_s).toString() == status) {
            found.append(r);
        }
    }
    return found;
}

QJsonObject withSubject(const QList<QJsonObject> &results, const QString &subject)
{
    for (const QJsonObject &r : results) {
        if (r.value(u"subject"_s).toString() == subject)
            return r;
    }
    return {};
}

// The first line with a match of `re` (anywhere in it); -1 when none.
qsizetype lineMatching(const QStringList &lines, const QString &pattern)
{
    const QRegularExpression re(pattern);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (re.match(lines.at(i)).hasMatch())
            return i;
    }
    return -1;
}

int countStatus(const QJsonObject &health, const QString &status)
{
    int n = 0;
    for (const QJsonObject &r : resultsOf(health))
        n += r.value(u"status"_s).toString() == status ? 1 : 0;
    return n;
}

} // namespace

class TestCliHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void healthyWorkspaceExits0();
    void everyResultHasTheJsonFields();
    void failingChecksExit1AndAreLogged();
    void problemsAreLoggedOnce();
    void noLogWritesNothing();
    void unreachableDatabaseIsAResult();
    void textOutputHasFixLines();
    void fastRunsOnlyConnectionChecks();
    void mappingLimitsTheMappingChecks();
    void unknownMappingExits2();
    void unusableStoreExits4UnlessNoLog();
    void invalidWorkspaceExits3();
    void helpMentionsHealth();

private:
    QString workspace() const { return m_dir->filePath(u"demo.couplet.json"_s); }
    QString erp() const { return m_dir->filePath(u"erp.sqlite"_s); }
    QString crm() const { return m_dir->filePath(u"crm.sqlite"_s); }
    CliResult cli(const QStringList &args)
    {
        return runCli(QStringList{u"-w"_s, workspace()} + args);
    }
    // `health --json` with the exit code it must end with.
    QJsonObject health(int expectedExit, const QStringList &more = {});
    QJsonArray errorsList();
    // The demo's one local currency without a rate gets one.
    void makeHealthy();
    // A currency without a rate in the CRM, two CRM currencies sharing the match
    // field, and a CONTACT field mapped to a column the CRM does not have.
    void makeBroken();
    void editWorkspace(const std::function<void(QJsonObject &)> &edit);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliHealth::initTestCase()
{
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(),
             qPrintable(u"couplet-cli not found at \"%1\"; run through ctest"_s.arg(cliBinary())));
}

void TestCliHealth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const CliResult r = runCli({u"demo"_s, u"init"_s, m_dir->path()});
    QVERIFY2(r.exitCode == 0, r.describe());
}

QJsonObject TestCliHealth::health(int expectedExit, const QStringList &more)
{
    const CliResult r = cli(QStringList{u"health"_s, u"--json"_s} + more);
    if (r.crashed || r.exitCode != expectedExit) {
        QTest::qFail(r.describe().constData(), __FILE__, __LINE__);
        return {};
    }
    return r.json();
}

QJsonArray TestCliHealth::errorsList()
{
    const CliResult r = cli({u"errors"_s, u"list"_s, u"--limit"_s, u"0"_s, u"--json"_s});
    if (r.exitCode != 0) {
        QTest::qFail(r.describe().constData(), __FILE__, __LINE__);
        return {};
    }
    return r.json().value(u"errors"_s).toArray();
}

void TestCliHealth::makeHealthy()
{
    QVERIFY(sqliteExec(erp(), u"UPDATE currency SET exchange_rate = 11.72 WHERE code = 'NOK'"_s));
}

void TestCliHealth::editWorkspace(const std::function<void(QJsonObject &)> &edit)
{
    QFile file(workspace());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject ws = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    edit(ws);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(ws).toJson());
}

void TestCliHealth::makeBroken()
{
    makeHealthy();
    QVERIFY(sqliteExec(
        crm(),
        u"UPDATE transactioncurrencies SET exchangerate = 0 WHERE isocurrencycode = 'GBP'"_s));
    QVERIFY(sqliteExec(crm(), u"INSERT INTO transactioncurrencies VALUES ('usd-copy', 'USD', "
                              "'US Dollar (copy)', 1.08, '2024-01-01T00:00:00.000Z')"_s));
    editWorkspace([](QJsonObject &ws) {
        QJsonArray mappings = ws.value(u"mappings"_s).toArray();
        for (qsizetype i = 0; i < mappings.size(); ++i) {
            QJsonObject m = mappings.at(i).toObject();
            if (m.value(u"name"_s).toString() != "CONTACT"_L1)
                continue;
            QJsonArray fields = m.value(u"fields"_s).toArray();
            for (qsizetype k = 0; k < fields.size(); ++k) {
                QJsonObject f = fields.at(k).toObject();
                if (f.value(u"remote"_s).toString() == "telephone1"_L1)
                    f.insert(u"remote"_s, u"mobilephone"_s);
                fields[k] = f;
            }
            m.insert(u"fields"_s, fields);
            mappings[i] = m;
        }
        ws.insert(u"mappings"_s, mappings);
    });
}

void TestCliHealth::healthyWorkspaceExits0()
{
    makeHealthy();
    const QJsonObject h = health(0);
    QCOMPARE(h.value(u"ok"_s).toBool(), true);
    QCOMPARE(QFileInfo(h.value(u"workspace"_s).toString()), QFileInfo(workspace()));
    QStringList seen;
    for (const QJsonObject &r : resultsOf(h)) {
        seen.append(r.value(u"check"_s).toString());
        QVERIFY2(r.value(u"status"_s).toString() != "error"_L1,
                 QJsonDocument(r).toJson().constData());
    }
    for (const QString &id : checkIds)
        QVERIFY2(seen.contains(id), qPrintable(id));
    // SQLite connects and has no users: both connections are ok.
    QCOMPARE(find(h, u"connection"_s, u"local"_s, u"ok"_s).size(), 1);
    QCOMPARE(find(h, u"connection"_s, u"remote"_s, u"ok"_s).size(), 1);
    QCOMPARE(find(h, u"authentication"_s, u"local"_s, u"ok"_s).size(), 1);
    QCOMPARE(find(h, u"authentication"_s, u"remote"_s, u"ok"_s).size(), 1);
    const QJsonObject summary = h.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"error"_s).toInt(), 0);
    QCOMPARE(summary.value(u"ok"_s).toInt(), countStatus(h, u"ok"_s));
    QCOMPARE(summary.value(u"warning"_s).toInt(), countStatus(h, u"warning"_s));
    QCOMPARE(summary.value(u"skipped"_s).toInt(), countStatus(h, u"skipped"_s));
    QCOMPARE(h.value(u"logged"_s).toInt(), 0);
}

void TestCliHealth::everyResultHasTheJsonFields()
{
    makeBroken();
    const QJsonObject h = health(1);
    const QStringList fields{u"check"_s,   u"title"_s, u"side"_s,   u"subject"_s, u"status"_s,
                             u"message"_s, u"fix"_s,   u"detail"_s, u"cause"_s};
    const QStringList statuses{u"ok"_s, u"warning"_s, u"error"_s, u"skipped"_s};
    const QStringList sides{u"local"_s, u"remote"_s};
    const QList<QJsonObject> results = resultsOf(h);
    QVERIFY(!results.isEmpty());
    for (const QJsonObject &r : results) {
        const QByteArray text = QJsonDocument(r).toJson();
        for (const QString &f : fields)
            QVERIFY2(r.value(f).isString(), qPrintable(f + u": "_s + QString::fromUtf8(text)));
        QVERIFY2(checkIds.contains(r.value(u"check"_s).toString()), text.constData());
        QVERIFY2(!r.value(u"title"_s).toString().isEmpty(), text.constData());
        QVERIFY2(statuses.contains(r.value(u"status"_s).toString()), text.constData());
        QVERIFY2(sides.contains(r.value(u"side"_s).toString()), text.constData());
        QVERIFY2(!r.value(u"message"_s).toString().isEmpty(), text.constData());
        if (r.value(u"status"_s).toString() == "error"_L1) {
            QVERIFY2(!r.value(u"fix"_s).toString().isEmpty(), text.constData());
            QVERIFY2(r.value(u"cause"_s).toString() != "other"_L1, text.constData());
        }
        if (r.contains(u"target"_s)) {
            const QJsonObject t = r.value(u"target"_s).toObject();
            QVERIFY2((QStringList{u"mapping"_s, u"record"_s, u"connection"_s})
                         .contains(t.value(u"kind"_s).toString()),
                     text.constData());
            QVERIFY2(sides.contains(t.value(u"side"_s).toString()), text.constData());
            for (const char *key : {"mapping", "table", "key"})
                QVERIFY2(t.value(QLatin1String(key)).isString(), text.constData());
        }
    }
}

void TestCliHealth::failingChecksExit1AndAreLogged()
{
    makeBroken();
    const QJsonObject h = health(1);
    QCOMPARE(h.value(u"ok"_s).toBool(), false);

    // The CRM's GBP has a rate of 0.
    const QJsonObject gbp =
        withSubject(find(h, u"exchange-rates"_s, u"remote"_s, u"error"_s), u"Currency GBP"_s);
    QVERIFY2(!gbp.isEmpty(), QJsonDocument(h).toJson().constData());
    QVERIFY2(gbp.value(u"message"_s).toString().contains(u"GBP"_s),
             qPrintable(gbp[u"message"_s].toString()));
    QVERIFY(gbp.value(u"message"_s).toString().contains(u"CRM"_s));
    QVERIFY(gbp.value(u"message"_s).toString().contains(u"transactioncurrencies.exchangerate"_s));
    QVERIFY(gbp.value(u"fix"_s).toString().contains(u"GBP"_s));
    QCOMPARE(gbp.value(u"detail"_s).toString(), u"exchangerate = 0"_s);
    QCOMPARE(gbp.value(u"cause"_s).toString(), u"missing-exchange-rate"_s);
    const QJsonObject gbpTarget = gbp.value(u"target"_s).toObject();
    QCOMPARE(gbpTarget.value(u"kind"_s).toString(), u"record"_s);
    QCOMPARE(gbpTarget.value(u"mapping"_s).toString(), u"CURRENCY"_s);
    QCOMPARE(gbpTarget.value(u"table"_s).toString(), u"transactioncurrencies"_s);
    QVERIFY(!gbpTarget.value(u"key"_s).toString().isEmpty());
    // The other currencies of the CRM are fine.
    QCOMPARE(find(h, u"exchange-rates"_s, u"remote"_s, u"error"_s).size(), 1);

    // Two CRM currencies share USD, the match field of CURRENCY.
    const QList<QJsonObject> duplicates = find(h, u"keys"_s, u"remote"_s, u"error"_s);
    QCOMPARE(duplicates.size(), 1);
    const QJsonObject usd = duplicates.first();
    QCOMPARE(usd.value(u"subject"_s).toString(), u"CURRENCY"_s);
    QVERIFY2(usd.value(u"message"_s).toString().contains(u"USD"_s),
             qPrintable(usd.value(u"message"_s).toString()));
    QVERIFY(usd.value(u"message"_s).toString().contains(u"transactioncurrencies"_s));
    QVERIFY(usd.value(u"fix"_s).toString().contains(u"usd-copy"_s));
    QCOMPARE(usd.value(u"cause"_s).toString(), u"lookup-failed"_s);
    QCOMPARE(usd.value(u"target"_s).toObject().value(u"kind"_s).toString(), u"record"_s);
    QVERIFY(find(h, u"keys"_s, u"local"_s, u"error"_s).isEmpty());

    // CONTACT maps a column the CRM does not have.
    const QJsonObject schema =
        withSubject(find(h, u"schema"_s, u"remote"_s, u"error"_s), u"CONTACT"_s);
    QVERIFY2(!schema.isEmpty(), QJsonDocument(h).toJson().constData());
    QVERIFY2(schema.value(u"message"_s).toString().contains(u"mobilephone"_s),
             qPrintable(schema.value(u"message"_s).toString()));
    QVERIFY(!schema.value(u"fix"_s).toString().isEmpty());
    QCOMPARE(schema.value(u"cause"_s).toString(), u"schema-mismatch"_s);
    const QJsonObject schemaTarget = schema.value(u"target"_s).toObject();
    QCOMPARE(schemaTarget.value(u"kind"_s).toString(), u"mapping"_s);
    QCOMPARE(schemaTarget.value(u"mapping"_s).toString(), u"CONTACT"_s);
    // The other mappings' schemas are fine.
    QVERIFY(!withSubject(find(h, u"schema"_s, u"remote"_s, u"ok"_s), u"CUSTOMER"_s).isEmpty());

    // Every failure is in the errors log with its cause.
    const int failed = h.value(u"summary"_s).toObject().value(u"error"_s).toInt();
    QCOMPARE(failed, countStatus(h, u"error"_s));
    QCOMPARE(h.value(u"logged"_s).toInt(), failed);
    const QJsonArray errors = errorsList();
    for (const QJsonObject &r : {gbp, usd, schema}) {
        const QList<QJsonObject> logged =
            entriesWith(errors, u"message"_s, r.value(u"message"_s).toString());
        QVERIFY2(logged.size() == 1, qPrintable(r.value(u"message"_s).toString()));
        QCOMPARE(logged.first().value(u"cause"_s).toString(), r.value(u"cause"_s).toString());
        QCOMPARE(logged.first().value(u"job"_s).toInt(), 0);
    }
    QCOMPARE(entriesWith(errors, u"message"_s, gbp.value(u"message"_s).toString())
                 .first()
                 .value(u"source"_s)
                 .toString(),
             u"remote:transactioncurrencies/"_s + gbpTarget.value(u"key"_s).toString());
    QCOMPARE(entriesWith(errors, u"message"_s, schema.value(u"message"_s).toString())
                 .first()
                 .value(u"mapping"_s)
                 .toString(),
             u"CONTACT"_s);
}

void TestCliHealth::problemsAreLoggedOnce()
{
    makeBroken();
    const QJsonObject first = health(1);
    QVERIFY(first.value(u"logged"_s).toInt() > 0);
    const qsizetype total = errorsList().size();

    const QJsonObject second = health(1);
    QCOMPARE(second.value(u"logged"_s).toInt(), 0);
    QCOMPARE(second.value(u"summary"_s), first.value(u"summary"_s));
    QCOMPARE(errorsList().size(), total);

    // The text output says where the problems are, though none is new.
    const CliResult text = cli({u"health"_s});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.outText().contains(u"already in the Integration Synchronization Errors"_s),
             text.describe());
    QCOMPARE(errorsList().size(), total);
}

void TestCliHealth::noLogWritesNothing()
{
    makeBroken();
    const qsizetype before = errorsList().size();
    const QJsonObject h = health(1, {u"--no-log"_s});
    QCOMPARE(h.value(u"ok"_s).toBool(), false);
    QCOMPARE(h.value(u"logged"_s).toInt(), 0);
    QCOMPARE(errorsList().size(), before);

    const CliResult text = cli({u"health"_s, u"--no-log"_s});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(!text.outText().contains(u"Integration Synchronization Errors"_s), text.describe());
    QCOMPARE(errorsList().size(), before);
}

void TestCliHealth::unreachableDatabaseIsAResult()
{
    makeHealthy();
    const QString missing = m_dir->filePath(u"no-such-folder/erp.sqlite"_s);
    editWorkspace([&missing](QJsonObject &ws) {
        QJsonObject local = ws.value(u"local"_s).toObject();
        local.insert(u"database"_s, missing);
        ws.insert(u"local"_s, local);
    });
    const QJsonObject h = health(1);
    QCOMPARE(h.value(u"ok"_s).toBool(), false);

    const QList<QJsonObject> connection = find(h, u"connection"_s, u"local"_s, u"error"_s);
    QCOMPARE(connection.size(), 1);
    const QJsonObject c = connection.first();
    QCOMPARE(c.value(u"subject"_s).toString(), u"ERP"_s);
    QVERIFY2(c.value(u"message"_s).toString().contains(u"ERP"_s),
             qPrintable(c.value(u"message"_s).toString()));
    QVERIFY(!c.value(u"fix"_s).toString().isEmpty());
    QCOMPARE(c.value(u"cause"_s).toString(), u"connection"_s);
    QCOMPARE(c.value(u"target"_s).toObject().value(u"kind"_s).toString(), u"connection"_s);
    QCOMPARE(c.value(u"target"_s).toObject().value(u"side"_s).toString(), u"local"_s);
    QCOMPARE(find(h, u"authentication"_s, u"local"_s, u"skipped"_s).size(), 1);
    // Nothing else about the ERP could be checked, and the CRM still was.
    for (const QJsonObject &r : resultsOf(h)) {
        if (r.value(u"side"_s).toString() == "local"_L1 &&
            r.value(u"check"_s).toString() != "connection"_L1) {
            QVERIFY2(r.value(u"status"_s).toString() == "skipped"_L1,
                     QJsonDocument(r).toJson().constData());
        }
    }
    QCOMPARE(find(h, u"connection"_s, u"remote"_s, u"ok"_s).size(), 1);
    QCOMPARE(find(h, u"authentication"_s, u"remote"_s, u"ok"_s).size(), 1);
    QCOMPARE(h.value(u"summary"_s).toObject().value(u"error"_s).toInt(), 1);
    QCOMPARE(h.value(u"logged"_s).toInt(), 1);
    QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));

    const QList<QJsonObject> logged =
        entriesWith(errorsList(), u"message"_s, c.value(u"message"_s).toString());
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().value(u"cause"_s).toString(), u"connection"_s);

    const CliResult text = cli({u"health"_s, u"--no-log"_s});
    QVERIFY2(!text.crashed && text.exitCode == 1, text.describe());
    QVERIFY2(text.outText().contains(u"Fix: "_s), text.describe());
}

void TestCliHealth::textOutputHasFixLines()
{
    makeBroken();
    const CliResult r = cli({u"health"_s});
    QVERIFY2(!r.crashed && r.exitCode == 1, r.describe());
    const QStringList lines = r.outText().split(QLatin1Char('\n'));

    // The result line, then its fix indented under it.
    const qsizetype gbp = lineMatching(lines, u"^\\[error\\]\\s+Exchange rates\\s+Currency GBP\\s+"
                                              "Currency GBP has no valid exchange rate in CRM"_s);
    QVERIFY2(gbp >= 0, r.describe());
    QVERIFY2(lines.value(gbp + 1).contains(QRegularExpression(u"^\\s+Fix: .*GBP"_s)), r.describe());
    const qsizetype usd =
        lineMatching(lines, u"^\\[error\\]\\s+Duplicates and keys\\s+CURRENCY\\s+.*USD"_s);
    QVERIFY2(usd >= 0, r.describe());
    QVERIFY2(lines.value(usd + 1).contains(QRegularExpression(u"^\\s+Fix: "_s)), r.describe());
    const qsizetype schema =
        lineMatching(lines, u"^\\[error\\]\\s+Schema\\s+CONTACT\\s+.*mobilephone"_s);
    QVERIFY2(schema >= 0, r.describe());
    QVERIFY2(lines.value(schema + 1).contains(QRegularExpression(u"^\\s+Fix: "_s)), r.describe());

    // Ok results have no fix; the lines come grouped by check in their order.
    int lastCheck = -1;
    const QStringList titles{
        u"Connection"_s,     u"Authentication"_s, u"Administrator account"_s, u"Permissions"_s,
        u"Exchange rates"_s, u"Schema"_s,         u"Duplicates and keys"_s};
    static const QRegularExpression resultLine(
        u"^\\[(ok|warning|error|not checked)\\]\\s+(.+?)  "_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = resultLine.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        const int check = int(titles.indexOf(m.captured(2).trimmed()));
        QVERIFY2(check >= 0, qPrintable(lines.at(i)));
        QVERIFY2(check >= lastCheck, qPrintable(lines.at(i)));
        lastCheck = check;
        if (m.captured(1) == "ok"_L1)
            QVERIFY2(!lines.value(i + 1).trimmed().startsWith(u"Fix:"_s), qPrintable(lines.at(i)));
    }

    // The summary, and where the problems were written.
    const QJsonObject h = health(1, {u"--no-log"_s});
    const QJsonObject n = h.value(u"summary"_s).toObject();
    const QRegularExpression summary(u"^(\\d+) error\\(s\\), (\\d+) warning\\(s\\), (\\d+) ok, "
                                     "(\\d+) not checked$"_s);
    const qsizetype at = lineMatching(lines, summary.pattern());
    QVERIFY2(at >= 0, r.describe());
    const QRegularExpressionMatch m = summary.match(lines.at(at));
    QCOMPARE(m.captured(1).toInt(), n.value(u"error"_s).toInt());
    QCOMPARE(m.captured(2).toInt(), n.value(u"warning"_s).toInt());
    QCOMPARE(m.captured(3).toInt(), n.value(u"ok"_s).toInt());
    QCOMPARE(m.captured(4).toInt(), n.value(u"skipped"_s).toInt());
    QVERIFY2(r.outText().contains(
                 u"%1 problem(s) written to the Integration Synchronization Errors"_s.arg(
                     n.value(u"error"_s).toInt())),
             r.describe());
    // stderr is not a terminal: no progress there.
    QVERIFY2(!r.errText().contains(u"Checking"_s), r.describe());
}

void TestCliHealth::fastRunsOnlyConnectionChecks()
{
    makeBroken();
    const QJsonObject h = health(0, {u"--fast"_s});
    QCOMPARE(h.value(u"ok"_s).toBool(), true);
    QCOMPARE(resultsOf(h).size(), 4);
    for (const QJsonObject &r : resultsOf(h)) {
        const QString check = r.value(u"check"_s).toString();
        QVERIFY2(check == "connection"_L1 || check == "authentication"_L1, qPrintable(check));
        QCOMPARE(r.value(u"status"_s).toString(), u"ok"_s);
    }
}

void TestCliHealth::mappingLimitsTheMappingChecks()
{
    makeBroken();
    // CUSTOMER is fine; the broken CURRENCY and CONTACT are not checked.
    const QJsonObject customer = health(0, {u"--mapping"_s, u"customer"_s});
    for (const QJsonObject &r : resultsOf(customer)) {
        const QString subject = r.value(u"subject"_s).toString();
        QVERIFY2(subject != "CURRENCY"_L1 && subject != "CONTACT"_L1 &&
                     !subject.startsWith(u"Currency "_s),
                 QJsonDocument(r).toJson().constData());
    }
    QVERIFY(
        !withSubject(find(customer, u"schema"_s, u"remote"_s, u"ok"_s), u"CUSTOMER"_s).isEmpty());

    // Two mappings: both of their failures, and none of CONTACT's.
    const QJsonObject two =
        health(1, {u"--mapping"_s, u"CURRENCY"_s, u"--mapping"_s, u"CUSTOMER"_s, u"--no-log"_s});
    QCOMPARE(find(two, u"keys"_s, u"remote"_s, u"error"_s).size(), 1);
    QVERIFY(!withSubject(find(two, u"exchange-rates"_s, u"remote"_s, u"error"_s), u"Currency GBP"_s)
                 .isEmpty());
    QVERIFY(withSubject(find(two, u"schema"_s, u"remote"_s, u"error"_s), u"CONTACT"_s).isEmpty());
}

void TestCliHealth::unknownMappingExits2()
{
    const CliResult r = cli({u"health"_s, u"--mapping"_s, u"NOPE"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(u"CUSTOMER"_s), r.describe());
    QVERIFY(r.out.isEmpty());
}

void TestCliHealth::unusableStoreExits4UnlessNoLog()
{
    makeHealthy();
    editWorkspace([this](QJsonObject &ws) {
        QJsonObject store = ws.value(u"store"_s).toObject();
        store.insert(u"database"_s, m_dir->filePath(u"no-such-folder/state.sqlite"_s));
        ws.insert(u"store"_s, store);
    });
    // The failures could not be logged: the check does not run.
    const CliResult r = cli({u"health"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().contains(u"state store"_s), r.describe());
    // Without logging it needs no state store.
    const QJsonObject h = health(0, {u"--no-log"_s});
    QCOMPARE(h.value(u"ok"_s).toBool(), true);
}

void TestCliHealth::invalidWorkspaceExits3()
{
    editWorkspace([](QJsonObject &ws) { ws.insert(u"mappings"_s, u"none"_s); });
    const CliResult r = cli({u"health"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().contains(u"mappings"_s), r.describe());
}

void TestCliHealth::helpMentionsHealth()
{
    const CliResult general = runCli({u"--help"_s});
    QCOMPARE(general.exitCode, 0);
    QVERIFY2(general.outText().contains(u"couplet-cli -w FILE health"_s), general.describe());
    QVERIFY2(general.outText().simplified().contains(u"or a health check failed"_s),
             general.describe());

    const CliResult command = runCli({u"health"_s, u"--help"_s});
    QCOMPARE(command.exitCode, 0);
    for (const QString &option : {u"--json"_s, u"--mapping"_s, u"--fast"_s, u"--no-log"_s})
        QVERIFY2(command.outText().contains(option), qPrintable(option));
}

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_cli_health.moc"
