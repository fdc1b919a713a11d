// CredentialStore against the real gnome-keyring, on the private D-Bus session
// of tests/support/keychain-session.sh.
#include "credentialref.h"
#include "credentialstore.h"
#include "secrets.h"

#include "workspace/workspacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace couplet;

namespace {

// Every log line of the process, whatever its category or level.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' +
                     message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keys();
    void writeReadOverwriteRemove();
    void jobsAreAsynchronous();
    void callbackDroppedWithItsContext();
    void notFound();
    void workspacesDoNotCollide();
    void connectionsDoNotCollide();
    void sameFileByAnotherPath();
    void unusualSecrets();
    void resolveForRuns();
    void secretsNeverInWorkspaceFileOrLog();

private:
    CredentialResult read(const CredentialRef &ref);
    CredentialResult write(const CredentialRef &ref, const QString &secret);
    CredentialResult remove(const CredentialRef &ref);
    QString workspaceFile(const QString &name);
    Workspace workspace(const QString &path);

    QTemporaryDir m_dir;
    CredentialStore m_store;
};

void TestCredentialStore::initTestCase()
{
    // Never the keychain of whoever runs the tests: only the throwaway one.
    QVERIFY2(qEnvironmentVariable("HOME").contains("couplet-keychain"_L1),
             "run through tests/support/keychain-session.sh (ctest does)");
    QVERIFY(m_dir.isValid());
    QLoggingCategory::setFilterRules(u"couplet.*=true"_s);
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestCredentialStore::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

// A job run to its end (through the event loop, as the console does).
CredentialResult TestCredentialStore::read(const CredentialRef &ref)
{
    std::optional<CredentialResult> result;
    m_store.read(ref, this, [&result](const CredentialResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000))
        return {false, false, {}, u"timed out"_s};
    return *result;
}

CredentialResult TestCredentialStore::write(const CredentialRef &ref, const QString &secret)
{
    std::optional<CredentialResult> result;
    m_store.write(ref, secret, this, [&result](const CredentialResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000))
        return {false, false, {}, u"timed out"_s};
    return *result;
}

CredentialResult TestCredentialStore::remove(const CredentialRef &ref)
{
    std::optional<CredentialResult> result;
    m_store.remove(ref, this, [&result](const CredentialResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 60000))
        return {false, false, {}, u"timed out"_s};
    return *result;
}

QString TestCredentialStore::workspaceFile(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.exists()) {
        file.open(QIODevice::WriteOnly);
        file.write("{}");
    }
    return path;
}

Workspace TestCredentialStore::workspace(const QString &path)
{
    Workspace ws;
    ws.path = path;
    ws.name = u"Test"_s;
    ws.store.driver = u"QSQLITE"_s;
    ws.store.database = u"test.state.sqlite"_s;
    ws.local.name = u"ERP"_s;
    ws.local.database = u"erp.sqlite"_s;
    ws.remote.name = u"CRM"_s;
    ws.remote.database = u"crm.sqlite"_s;
    return ws;
}

void TestCredentialStore::keys()
{
    const QString path = workspaceFile(u"keys.couplet.json"_s);
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QCOMPARE(CredentialStore::serviceName(), u"Couplet"_s);
    QCOMPARE(CredentialRef::store(path).key(), canonical + u"#store"_s);
    QCOMPARE(CredentialRef::connection(path, u"ERP"_s).key(), canonical + u"#connection/ERP"_s);
    // A connection named "store" is not the state store.
    QVERIFY(CredentialRef::connection(path, u"store"_s).key() != CredentialRef::store(path).key());
    QCOMPARE(CredentialRef::connection(path, u"ERP"_s).describe(), u"the ERP connection"_s);
    QCOMPARE(CredentialRef::store(path).describe(), u"the state store"_s);
}

void TestCredentialStore::writeReadOverwriteRemove()
{
    const CredentialRef ref =
        CredentialRef::connection(workspaceFile(u"basic.couplet.json"_s), u"ERP"_s);
    CredentialResult r = write(ref, u"first-secret"_s);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.message.isEmpty());

    r = read(ref);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(!r.notFound);
    QCOMPARE(r.secret, u"first-secret"_s);

    r = write(ref, u"second-secret"_s);
    QVERIFY2(r.ok, qPrintable(r.message));
    r = read(ref);
    QCOMPARE(r.secret, u"second-secret"_s);

    r = remove(ref);
    QVERIFY2(r.ok, qPrintable(r.message));
    r = read(ref);
    QVERIFY(!r.ok);
    QVERIFY(r.notFound);
    QVERIFY(r.secret.isEmpty());

    // Removing what is not there is not a failure.
    r = remove(ref);
    QVERIFY2(r.ok, qPrintable(r.message));
}

void TestCredentialStore::jobsAreAsynchronous()
{
    const CredentialRef ref =
        CredentialRef::connection(workspaceFile(u"async.couplet.json"_s), u"ERP"_s);
    bool called = false;
    m_store.write(ref, u"async-secret"_s, this,
                  [&called](const CredentialResult &) { called = true; });
    // The job answers later, from the event loop; nothing waited.
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 60000);
}

void TestCredentialStore::callbackDroppedWithItsContext()
{
    const CredentialRef ref =
        CredentialRef::connection(workspaceFile(u"context.couplet.json"_s), u"ERP"_s);
    QVERIFY(write(ref, u"context-secret"_s).ok);
    bool dropped = true;
    bool control = false;
    auto *context = new QObject;
    m_store.read(ref, context, [&dropped](const CredentialResult &) { dropped = false; });
    delete context;
    // A second job on a live context: when it answers, the first has too.
    m_store.read(ref, this, [&control](const CredentialResult &) { control = true; });
    QTRY_VERIFY_WITH_TIMEOUT(control, 60000);
    QVERIFY(dropped);
}

void TestCredentialStore::notFound()
{
    const CredentialRef ref =
        CredentialRef::connection(workspaceFile(u"never.couplet.json"_s), u"CRM"_s);
    const CredentialResult r = read(ref);
    QVERIFY(!r.ok);
    QVERIFY(r.notFound);
    QVERIFY2(r.message.contains(u"holds no password for the CRM connection"_s),
             qPrintable(r.message));
}

void TestCredentialStore::workspacesDoNotCollide()
{
    const CredentialRef a = CredentialRef::connection(workspaceFile(u"a.couplet.json"_s), u"ERP"_s);
    const CredentialRef b = CredentialRef::connection(workspaceFile(u"b.couplet.json"_s), u"ERP"_s);
    QVERIFY(write(a, u"secret-of-a"_s).ok);
    QVERIFY(write(b, u"secret-of-b"_s).ok);
    QCOMPARE(read(a).secret, u"secret-of-a"_s);
    QCOMPARE(read(b).secret, u"secret-of-b"_s);
    QVERIFY(remove(a).ok);
    QVERIFY(read(a).notFound);
    QCOMPARE(read(b).secret, u"secret-of-b"_s);
}

void TestCredentialStore::connectionsDoNotCollide()
{
    const QString path = workspaceFile(u"three.couplet.json"_s);
    const CredentialRef erp = CredentialRef::connection(path, u"ERP"_s);
    const CredentialRef crm = CredentialRef::connection(path, u"CRM"_s);
    const CredentialRef store = CredentialRef::store(path);
    const CredentialRef namedStore = CredentialRef::connection(path, u"store"_s);
    QVERIFY(write(erp, u"erp-secret"_s).ok);
    QVERIFY(write(crm, u"crm-secret"_s).ok);
    QVERIFY(write(store, u"store-secret"_s).ok);
    QVERIFY(read(namedStore).notFound);
    QCOMPARE(read(erp).secret, u"erp-secret"_s);
    QCOMPARE(read(crm).secret, u"crm-secret"_s);
    QCOMPARE(read(store).secret, u"store-secret"_s);
}

void TestCredentialStore::sameFileByAnotherPath()
{
    const QString path = workspaceFile(u"linked.couplet.json"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"sub"_s));
    const QString detour = m_dir.filePath(u"sub/../linked.couplet.json"_s);
    const QString link = m_dir.filePath(u"link.couplet.json"_s);
    QVERIFY(QFile::link(path, link));
    QVERIFY(write(CredentialRef::connection(path, u"ERP"_s), u"linked-secret"_s).ok);
    QCOMPARE(read(CredentialRef::connection(detour, u"ERP"_s)).secret, u"linked-secret"_s);
    QCOMPARE(read(CredentialRef::connection(link, u"ERP"_s)).secret, u"linked-secret"_s);
}

void TestCredentialStore::unusualSecrets()
{
    const CredentialRef ref =
        CredentialRef::connection(workspaceFile(u"unusual.couplet.json"_s), u"ERP"_s);
    const QString secrets[] = {u"with spaces and \"quotes\" and \\ backslash"_s,
                               u"Grüße-日本語-🔑"_s, QString(4096, u'x')};
    for (const QString &secret : secrets) {
        QVERIFY(write(ref, secret).ok);
        QCOMPARE(read(ref).secret, secret);
    }
}

void TestCredentialStore::resolveForRuns()
{
    const QString path = workspaceFile(u"resolve.couplet.json"_s);
    Workspace ws = workspace(path);
    ws.store.secret = {SecretSource::Kind::Environment, u"COUPLET_TEST_STORE_PASSWORD"_s};
    ws.local.secret = {SecretSource::Kind::Keychain, {}};
    ws.remote.secret = {SecretSource::Kind::Keychain, {}};
    qputenv("COUPLET_TEST_STORE_PASSWORD", "env-secret");
    QVERIFY(secrets::needsKeychain(ws));
    QVERIFY(write(CredentialRef::connection(path, u"ERP"_s), u"keychain-secret"_s).ok);
    QVERIFY(remove(CredentialRef::connection(path, u"CRM"_s)).ok);

    std::optional<ResolvedSecrets> resolved;
    secrets::resolve(ws, m_store, this, [&resolved](const ResolvedSecrets &r) { resolved = r; });
    QVERIFY(!resolved); // asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 60000);
    QCOMPARE(resolved->secrets.value(u"store"_s), u"env-secret"_s);
    QCOMPARE(resolved->secrets.value(u"local"_s), u"keychain-secret"_s);
    QVERIFY(!resolved->secrets.contains(u"remote"_s));
    QCOMPARE(resolved->problems.size(), 1);
    QVERIFY2(resolved->problems.constFirst().contains(u"CRM connection"_s),
             qPrintable(resolved->problems.constFirst()));

    // Nothing in the keychain: still answered, and still later.
    Workspace plain = workspace(path);
    QVERIFY(!secrets::needsKeychain(plain));
    resolved.reset();
    secrets::resolve(plain, m_store, this, [&resolved](const ResolvedSecrets &r) { resolved = r; });
    QVERIFY(!resolved);
    QTRY_VERIFY(resolved.has_value());
    QVERIFY(resolved->secrets.isEmpty());
    QVERIFY(resolved->problems.isEmpty());
    qunsetenv("COUPLET_TEST_STORE_PASSWORD");
}

void TestCredentialStore::secretsNeverInWorkspaceFileOrLog()
{
    const QString secret = u"Never-Show-Me-7f3a9c"_s;
    const QString path = m_dir.filePath(u"saved.couplet.json"_s);
    Workspace ws = workspace(path);
    ws.store.secret = {SecretSource::Kind::Keychain, {}};
    ws.local.secret = {SecretSource::Kind::Keychain, {}};
    QString error;
    QVERIFY2(WorkspaceFile::save(ws, path, &error), qPrintable(error));
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    QVERIFY(write(CredentialRef::store(path), secret).ok);
    QVERIFY(write(CredentialRef::connection(path, u"ERP"_s), secret).ok);
    std::optional<ResolvedSecrets> resolved;
    secrets::resolve(ws, m_store, this, [&resolved](const ResolvedSecrets &r) { resolved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 60000);
    QCOMPARE(resolved->secrets.value(u"store"_s), secret);
    QCOMPARE(resolved->secrets.value(u"local"_s), secret);
    // Saved again after the secrets were used: the file names only their source.
    QVERIFY2(WorkspaceFile::save(ws, path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("\"secret\": \"keychain\""));
    QVERIFY(!contents.contains(secret.toUtf8()));

    QMutexLocker lock(&g_logMutex);
    // The handler did see the jobs (debug output of every category is on)...
    QVERIFY2(!g_log.filter(u"couplet.credentials"_s).isEmpty(), qPrintable(g_log.join(u'\n')));
    // ...and none of its lines holds the secret.
    QVERIFY(g_log.filter(secret).isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
