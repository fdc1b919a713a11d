// couplet-cli secret set/status/clear against the real gnome-keyring (ctest runs
// this test inside tests/support/keychain-session.sh), and syncs that read a
// password from the keychain: the state store on the test PostgreSQL server,
// under a role whose password the server checks.
#include "clirunner.h"
#include "testsupport.h"

#include "error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace couplet::test;

namespace {

const QString role = u"couplet_keychain_test"_s;

QProcessEnvironment withoutKeychain()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/couplet-no-bus"_s);
    env.remove(u"DISPLAY"_s);
    return env;
}

} // namespace

class TestCliSecret final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheSecretCommands();
    void setStatusClear();
    void storedUnderTheDocumentedKey();
    void typedAtATerminalWithoutEcho();
    void connectionByNameOrRole();
    void unknownConnectionIsAUsageError();
    void emptyInputIsRefused();
    void syncReadsTheStorePasswordFromTheKeychain();
    void noKeychainIsAClearError();

private:
    QStringList w(const QStringList &args) const
    {
        return QStringList{u"-w"_s, m_workspace} + args;
    }
    QStringList pg(const QStringList &args) const
    {
        return QStringList{u"-w"_s, m_pgWorkspace} + args;
    }
    void preparePostgresWorkspace();

    QTemporaryDir m_dir;
    QString m_workspace;   // the demo: SQLite everywhere, no passwords
    QString m_pgWorkspace; // the demo with its state store on PostgreSQL, password in the keychain
    couplet::ConnectionConfig m_pgStore;
    QString m_pgPassword;
};

void TestCliSecret::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("HOME").contains("couplet-keychain"_L1),
             "run through tests/support/keychain-session.sh (ctest does)");
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(), qPrintable(cliBinary()));
    QVERIFY(m_dir.isValid());
    const CliResult demo = runCli({u"demo"_s, u"init"_s, m_dir.filePath(u"demo"_s), u"--json"_s});
    QVERIFY2(demo.exitCode == 0, demo.describe());
    m_workspace = demo.json().value(u"workspace"_s).toString();
    QVERIFY(QFileInfo::exists(m_workspace));
    preparePostgresWorkspace();
}

// A role that must give its password (scram-sha-256 for it alone, ahead of the
// test server's "trust" lines), owning a fresh database for the state store, and
// a copy of the demo workspace whose store is there with "secret": "keychain".
void TestCliSecret::preparePostgresWorkspace()
{
    m_pgPassword = u"kc-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    try {
        m_pgStore = freshDatabase(u"postgres"_s, m_dir.path(), u"cli_secret"_s);
        {
            QSqlDatabase admin = openRaw(m_pgStore, u"admin"_s);
            exec(admin,
                 u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                 "CREATE ROLE %1 LOGIN; END IF; END $$"_s.arg(role));
            exec(admin, u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(role, m_pgPassword));
            exec(admin, u"ALTER DATABASE %1 OWNER TO %2"_s.arg(m_pgStore.database, role));
            QSqlQuery q(admin);
            QVERIFY2(q.exec(u"SHOW hba_file"_s) && q.next(), qPrintable(q.lastError().text()));
            const QString hbaPath = q.value(0).toString();
            QFile hba(hbaPath);
            QVERIFY2(hba.open(QIODevice::ReadWrite), qPrintable(hbaPath));
            const QByteArray rule = "host all " + role.toUtf8() + " 127.0.0.1/32 scram-sha-256\n";
            const QByteArray contents = hba.readAll();
            if (!contents.startsWith(rule)) {
                // Rewritten in place: the file keeps its owner (the server's user).
                hba.seek(0);
                hba.write(rule + contents);
                hba.resize(hba.pos());
            }
            hba.close();
            exec(admin, u"SELECT pg_reload_conf()"_s);
        }
        closeRaw(u"admin"_s);
    } catch (const couplet::Error &e) {
        QFAIL(qPrintable(e.message() + u": "_s + e.detail()));
    }
    // The reload is asynchronous: wait until the server asks the role for its password.
    bool checked = false;
    for (int i = 0; i < 100 && !checked; ++i) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"probe"_s);
            db.setHostName(m_pgStore.host);
            db.setPort(m_pgStore.port);
            db.setDatabaseName(m_pgStore.database);
            db.setUserName(role);
            db.setPassword(u"wrong"_s);
            checked = !db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        if (!checked)
            QThread::msleep(100);
    }
    QVERIFY2(checked, "the test server does not check the role's password");

    QFile file(m_workspace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json.insert(u"store"_s, QJsonObject{{u"driver"_s, u"QPSQL"_s},
                                        {u"host"_s, m_pgStore.host},
                                        {u"port"_s, m_pgStore.port},
                                        {u"database"_s, m_pgStore.database},
                                        {u"user"_s, role},
                                        {u"secret"_s, u"keychain"_s}});
    m_pgWorkspace = QFileInfo(m_workspace).dir().filePath(u"postgres.couplet.json"_s);
    QFile out(m_pgWorkspace);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(json).toJson());
}

void TestCliSecret::helpListsTheSecretCommands()
{
    const CliResult r = runCli({u"--help"_s});
    QVERIFY2(r.exitCode == 0, r.describe());
    for (const char *line : {"couplet-cli -w FILE secret set CONNECTION",
                             "couplet-cli -w FILE secret status CONNECTION",
                             "couplet-cli -w FILE secret clear CONNECTION"}) {
        QVERIFY2(r.outText().contains(QLatin1String(line)), r.describe());
    }
}

void TestCliSecret::setStatusClear()
{
    CliResult r = runCli(w({u"secret"_s, u"status"_s, u"ERP"_s}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.outText(), u"not stored\n"_s);
    // The demo takes no password from the keychain: a note says so.
    QVERIFY2(r.errText().contains(u"does not take the password of the ERP connection from the "
                                  "keychain"_s),
             r.describe());

    r = runCliWithInput(w({u"secret"_s, u"set"_s, u"ERP"_s}), "erp-password-1\nsecond line\n");
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(u"Stored the password of the ERP connection in the keychain."_s),
             r.describe());
    QVERIFY(!r.out.contains("erp-password-1") && !r.err.contains("erp-password-1"));

    r = runCli(w({u"secret"_s, u"status"_s, u"ERP"_s}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.outText(), u"stored\n"_s);
    QVERIFY(!r.out.contains("erp-password-1") && !r.err.contains("erp-password-1"));

    r = runCli(w({u"secret"_s, u"status"_s, u"CRM"_s}));
    QCOMPARE(r.outText(), u"not stored\n"_s);

    r = runCli(w({u"secret"_s, u"clear"_s, u"ERP"_s}));
    QVERIFY2(r.exitCode == 0, r.describe());
    r = runCli(w({u"secret"_s, u"status"_s, u"ERP"_s}));
    QCOMPARE(r.outText(), u"not stored\n"_s);
    // Clearing again is fine.
    r = runCli(w({u"secret"_s, u"clear"_s, u"ERP"_s}));
    QVERIFY2(r.exitCode == 0, r.describe());
}

// The entry is where docs/workspace.md says: service "Couplet", key
// "<canonical workspace path>#connection/<name>", readable by other Secret
// Service clients (QtKeychain's attributes: server = service, user = key).
void TestCliSecret::storedUnderTheDocumentedKey()
{
    CliResult r = runCliWithInput(w({u"secret"_s, u"set"_s, u"CRM"_s}), "crm-password\n");
    QVERIFY2(r.exitCode == 0, r.describe());
    QProcess lookup;
    lookup.start(u"secret-tool"_s,
                 {u"lookup"_s, u"server"_s, u"Couplet"_s, u"user"_s,
                  QFileInfo(m_workspace).canonicalFilePath() + u"#connection/CRM"_s});
    QVERIFY(lookup.waitForFinished(60000));
    QCOMPARE(lookup.readAllStandardOutput().trimmed(), QByteArray("crm-password"));
    r = runCli(w({u"secret"_s, u"clear"_s, u"CRM"_s}));
    QVERIFY2(r.exitCode == 0, r.describe());
}

// At a terminal (a pseudo-terminal from script(1)) the password is asked for and
// not echoed.
void TestCliSecret::typedAtATerminalWithoutEcho()
{
    QProcess terminal;
    const QString command = u"'%1' -w '%2' secret set CRM"_s.arg(cliBinary(), m_workspace);
    terminal.start(u"script"_s, {u"-qec"_s, command, u"/dev/null"_s});
    QVERIFY2(terminal.waitForStarted(30000), qPrintable(terminal.errorString()));
    QByteArray shown;
    QTRY_VERIFY_WITH_TIMEOUT(
        (shown += terminal.readAllStandardOutput()).contains("Password of the CRM connection: "),
        30000);
    terminal.write("typed-secret\r");
    QVERIFY(terminal.waitForFinished(60000));
    shown += terminal.readAllStandardOutput();
    QCOMPARE(terminal.exitCode(), 0);
    QVERIFY2(shown.contains("Stored the password of the CRM connection in the keychain."), shown);
    QVERIFY2(!shown.contains("typed-secret"), shown);

    QProcess lookup;
    lookup.start(u"secret-tool"_s,
                 {u"lookup"_s, u"server"_s, u"Couplet"_s, u"user"_s,
                  QFileInfo(m_workspace).canonicalFilePath() + u"#connection/CRM"_s});
    QVERIFY(lookup.waitForFinished(60000));
    QCOMPARE(lookup.readAllStandardOutput().trimmed(), QByteArray("typed-secret"));
    const CliResult r = runCli(w({u"secret"_s, u"clear"_s, u"CRM"_s}));
    QVERIFY2(r.exitCode == 0, r.describe());
}

void TestCliSecret::connectionByNameOrRole()
{
    // Names match without regard to case; "store" is the state store.
    CliResult r = runCliWithInput(w({u"secret"_s, u"set"_s, u"erp"_s}), "lower\n");
    QVERIFY2(r.exitCode == 0, r.describe());
    r = runCli(w({u"secret"_s, u"status"_s, u"ERP"_s}));
    QCOMPARE(r.outText(), u"stored\n"_s);
    r = runCli(w({u"secret"_s, u"status"_s, u"store"_s}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.outText(), u"not stored\n"_s);
    r = runCli(w({u"secret"_s, u"clear"_s, u"ERP"_s}));
    QVERIFY2(r.exitCode == 0, r.describe());
}

void TestCliSecret::unknownConnectionIsAUsageError()
{
    const CliResult r = runCli(w({u"secret"_s, u"status"_s, u"NAV"_s}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(u"no connection \"NAV\". Give one of: ERP, CRM, store."_s),
             r.describe());
    QVERIFY(r.out.isEmpty());
}

void TestCliSecret::emptyInputIsRefused()
{
    for (const QByteArray &input : {QByteArray(), QByteArray("\n")}) {
        const CliResult r = runCliWithInput(w({u"secret"_s, u"set"_s, u"ERP"_s}), input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"No password given"_s), r.describe());
    }
    const CliResult r = runCli(w({u"secret"_s, u"status"_s, u"ERP"_s}));
    QCOMPARE(r.outText(), u"not stored\n"_s);
}

void TestCliSecret::syncReadsTheStorePasswordFromTheKeychain()
{
    const QStringList sync{u"sync"_s, u"--json"_s};
    // Nothing stored yet: a clear error that says how to store it.
    CliResult r = runCli(pg(sync));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.errText().contains(u"Cannot read the password of the state store: The keychain "
                                  "holds no password for the state store of this workspace."_s),
             r.describe());
    QVERIFY2(r.errText().contains(u"secret set store"_s), r.describe());

    // A wrong password reaches the server, which refuses it.
    r = runCliWithInput(pg({u"secret"_s, u"set"_s, u"store"_s}), "not-the-password\n");
    QVERIFY2(r.exitCode == 0, r.describe());
    r = runCli(pg(sync));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.errText().contains(u"Cannot open the state store"_s), r.describe());
    QVERIFY(!r.err.contains("not-the-password") && !r.out.contains("not-the-password"));

    // The right one opens it, and the sync runs.
    r = runCliWithInput(pg({u"secret"_s, u"set"_s, u"store"_s}), m_pgPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, r.describe());
    r = runCli(pg(sync));
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.describe());
    QVERIFY2(!r.json().value(u"jobs"_s).toArray().isEmpty(), r.describe());
    QVERIFY(!r.err.contains(m_pgPassword.toUtf8()) && !r.out.contains(m_pgPassword.toUtf8()));

    // The jobs are in the PostgreSQL store, as the role wrote them.
    r = runCli(pg({u"jobs"_s, u"list"_s, u"--json"_s}));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(!r.json().isEmpty(), r.describe());
    try {
        {
            QSqlDatabase admin = openRaw(m_pgStore, u"check"_s);
            QSqlQuery q(admin);
            QVERIFY(q.exec(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND "
                           "tableowner = '%1'"_s.arg(role)));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() > 0, "the role created no tables");
            q.finish();
        }
        closeRaw(u"check"_s);
    } catch (const couplet::Error &e) {
        QFAIL(qPrintable(e.message() + u": "_s + e.detail()));
    }

    // The workspace file still names only where the password is.
    QFile file(m_pgWorkspace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_pgPassword.toUtf8()));
}

void TestCliSecret::noKeychainIsAClearError()
{
    const QString expected = u"No keychain is available: there is no D-Bus session bus"_s;
    CliResult r = runCli(pg({u"secret"_s, u"status"_s, u"store"_s}), withoutKeychain());
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.errText().contains(expected), r.describe());
    QVERIFY2(r.errText().contains(u"Use an environment variable or a 0600 secret file for "
                                  "headless runs"_s),
             r.describe());
    QVERIFY(r.out.isEmpty());

    r = runCliWithInput(pg({u"secret"_s, u"set"_s, u"store"_s}), "x\n", withoutKeychain());
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.errText().contains(expected), r.describe());

    r = runCli(pg({u"sync"_s}), withoutKeychain());
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.errText().contains(u"Cannot read the password of the state store: "_s + expected),
             r.describe());
    QVERIFY(!r.err.contains(m_pgPassword.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliSecret)
#include "tst_cli_secret.moc"
