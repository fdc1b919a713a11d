// CredentialStore where no keychain can answer: ctest runs this test with a
// D-Bus session bus address that leads nowhere (tests/credentials/CMakeLists.txt).
#include "credentialref.h"
#include "credentialstore.h"
#include "secrets.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace couplet;

class TestNoKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyJobSaysThereIsNoKeychain_data();
    void everyJobSaysThereIsNoKeychain();
    void resolveNamesThePassword();

private:
    QTemporaryDir m_dir;
    CredentialStore m_store;
};

void TestNoKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"_L1),
             "run through ctest, which points the session bus nowhere");
    QVERIFY(m_dir.isValid());
}

void TestNoKeychain::everyJobSaysThereIsNoKeychain_data()
{
    QTest::addColumn<QString>("job");
    QTest::newRow("read") << u"read"_s;
    QTest::newRow("write") << u"write"_s;
    QTest::newRow("remove") << u"remove"_s;
}

void TestNoKeychain::everyJobSaysThereIsNoKeychain()
{
    QFETCH(QString, job);
    const CredentialRef ref =
        CredentialRef::connection(m_dir.filePath(u"w.couplet.json"_s), u"ERP"_s);
    const QString secret = u"unused-secret-41"_s;
    std::optional<CredentialResult> result;
    auto done = [&result](const CredentialResult &r) { result = r; };
    if (job == "read"_L1)
        m_store.read(ref, this, done);
    else if (job == "write"_L1)
        m_store.write(ref, secret, this, done);
    else
        m_store.remove(ref, this, done);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY(!result->ok);
    QVERIFY(!result->notFound);
    QVERIFY2(result->message.startsWith(u"No keychain is available: there is no D-Bus session "
                                        "bus"_s),
             qPrintable(result->message));
    QVERIFY2(result->message.contains(u"Use an environment variable or a 0600 secret file for "
                                      "headless runs"_s),
             qPrintable(result->message));
    QVERIFY(!result->message.contains(secret));

    // The blocking form of couplet-cli says the same.
    const CredentialResult blocking = job == "read"_L1    ? m_store.readBlocking(ref)
                                      : job == "write"_L1 ? m_store.writeBlocking(ref, secret)
                                                          : m_store.removeBlocking(ref);
    QVERIFY(!blocking.ok);
    QCOMPARE(blocking.message, result->message);
}

void TestNoKeychain::resolveNamesThePassword()
{
    Workspace ws;
    ws.path = m_dir.filePath(u"w.couplet.json"_s);
    ws.local.name = u"ERP"_s;
    ws.remote.name = u"CRM"_s;
    ws.remote.secret = {SecretSource::Kind::Keychain, {}};
    std::optional<ResolvedSecrets> resolved;
    secrets::resolve(ws, m_store, this, [&resolved](const ResolvedSecrets &r) { resolved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 60000);
    QVERIFY(resolved->secrets.isEmpty());
    QCOMPARE(resolved->problems.size(), 1);
    QVERIFY2(resolved->problems.constFirst().startsWith(
                 u"The password of the CRM connection: No keychain is available"_s),
             qPrintable(resolved->problems.constFirst()));
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
