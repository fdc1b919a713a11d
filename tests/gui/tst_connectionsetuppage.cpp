// The Connection Setup page on the demo workspace, driven by clicks and keys:
// passwords go to the real keychain (gnome-keyring on a private D-Bus session,
// see support/keychain-session.sh) and are shown only as "Stored"; Test
// Connection runs in the background against the real OData test server; Apply
// saves the workspace file without any password.

#include "demoworkspace.h"
#include "guitestsupport.h"
#include "odataserver.h"

#include "credentialref.h"
#include "credentialstore.h"
#include "pages/connectionsetuppage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace couplet;
using namespace couplet::test;

namespace {

constexpr int testTimeoutMs = 60000;
const QString GOOD_SECRET = QStringLiteral("good-secret");

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename T> T *child(QWidget *root, const char *name)
{
    auto *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

void typeText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

bool rowVisible(QWidget *editor, QWidget *field)
{
    return field->isVisibleTo(editor);
}

} // namespace

class TestConnectionSetupPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsBothConnections();
    void fieldsFollowTheKind();
    void storesThePasswordInTheKeychain();
    void testsTheConnectionInTheBackground();
    void reportsAWrongPasswordInPlainWords();
    void appliesWithoutWritingThePassword();
    void refusesToApplyAnIncompleteConnection();

private:
    // Points the remote editor at the OData test server with basic authentication.
    void editRemoteToTestServer(ConnectionEditor *remote);

    QTemporaryDir m_prepared;
    ODataServer m_server;
    std::unique_ptr<DemoWorkspace> m_demo;
    ConnectionSetupPage *m_page = nullptr;
};

void TestConnectionSetupPage::initTestCase()
{
    QVERIFY(m_prepared.isValid());
    QVERIFY(DemoWorkspace::prepare(m_prepared.path()));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.setConfig({{QStringLiteral("auth"), QStringLiteral("basic")}}));
}

void TestConnectionSetupPage::init()
{
    m_demo = std::make_unique<DemoWorkspace>(m_prepared.path());
    m_page = new ConnectionSetupPage(m_demo->session.get());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestConnectionSetupPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    // Each test starts without stored passwords.
    CredentialStore store;
    const QString path = m_demo->workspace.path;
    for (const QString &name : {m_demo->workspace.local.name, m_demo->workspace.remote.name})
        store.removeBlocking(CredentialRef::connection(path, name), 30000);
    m_demo.reset();
}

void TestConnectionSetupPage::editRemoteToTestServer(ConnectionEditor *remote)
{
    choose(child<QComboBox>(remote, "kind"), QStringLiteral("odata"));
    choose(child<QComboBox>(remote, "profile"), QStringLiteral("generic"));
    typeText(child<QLineEdit>(remote, "serviceRoot"), m_server.serviceRoot().toString());
    choose(child<QComboBox>(remote, "auth"), QStringLiteral("basic"));
    typeText(child<QLineEdit>(remote, "user"), QStringLiteral("couplet-good"));
    choose(child<QComboBox>(remote, "secretSource"), QStringLiteral("keychain"));
}

void TestConnectionSetupPage::showsBothConnections()
{
    const Workspace &w = m_demo->workspace;
    ConnectionEditor *local = m_page->editor(Side::Local);
    ConnectionEditor *remote = m_page->editor(Side::Remote);
    QCOMPARE(child<QLineEdit>(local, "name")->text(), w.local.name);
    QCOMPARE(child<QLineEdit>(remote, "name")->text(), w.remote.name);
    QCOMPARE(child<QComboBox>(local, "kind")->currentData().toString(), w.local.kind);
    QCOMPARE(child<QLineEdit>(local, "database")->text(), w.local.database);
    QCOMPARE(child<QLineEdit>(remote, "database")->text(), w.remote.database);
    // Nothing is edited yet: Apply and Revert have nothing to do.
    QVERIFY(!m_page->findChild<QAction *>(QStringLiteral("applyConnections"))->isEnabled());
    QVERIFY(!m_page->findChild<QAction *>(QStringLiteral("revertConnections"))->isEnabled());
}

void TestConnectionSetupPage::fieldsFollowTheKind()
{
    ConnectionEditor *local = m_page->editor(Side::Local);
    auto *host = child<QLineEdit>(local, "host");
    auto *serviceRoot = child<QLineEdit>(local, "serviceRoot");
    QVERIFY(!rowVisible(local, host)); // an SQLite file has no host
    choose(child<QComboBox>(local, "driver"), QStringLiteral("QPSQL"));
    QVERIFY(rowVisible(local, host));
    QVERIFY(!rowVisible(local, serviceRoot));
    choose(child<QComboBox>(local, "kind"), QStringLiteral("odata"));
    QVERIFY(!rowVisible(local, host));
    choose(child<QComboBox>(local, "profile"), QStringLiteral("generic"));
    QVERIFY(rowVisible(local, serviceRoot));
    choose(child<QComboBox>(local, "auth"), QStringLiteral("oauth2"));
    QVERIFY(rowVisible(local, child<QLineEdit>(local, "tokenUrl")));
    QVERIFY(m_page->findChild<QAction *>(QStringLiteral("applyConnections"))->isEnabled());

    QVERIFY(clickAction(m_page, QStringLiteral("revertConnections")));
    QCOMPARE(child<QComboBox>(local, "kind")->currentData().toString(), QStringLiteral("sql"));
    QVERIFY(!m_page->findChild<QAction *>(QStringLiteral("applyConnections"))->isEnabled());
}

void TestConnectionSetupPage::storesThePasswordInTheKeychain()
{
    ConnectionEditor *remote = m_page->editor(Side::Remote);
    choose(child<QComboBox>(remote, "secretSource"), QStringLiteral("keychain"));
    QTRY_COMPARE_WITH_TIMEOUT(remote->secretStatus(), QStringLiteral("Not stored"), testTimeoutMs);

    auto *secret = child<QLineEdit>(remote, "newSecret");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    typeText(secret, GOOD_SECRET);
    QTest::mouseClick(child<QPushButton>(remote, "storeSecret"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(remote->secretStatus(), QStringLiteral("Stored"), testTimeoutMs);
    QVERIFY(secret->text().isEmpty()); // the field does not keep it

    // It is in the real keychain, under this workspace and connection.
    CredentialStore store;
    const CredentialResult read = store.readBlocking(
        CredentialRef::connection(m_demo->workspace.path, m_demo->workspace.remote.name), 30000);
    QVERIFY2(read.ok, qPrintable(read.message));
    QCOMPARE(read.secret, GOOD_SECRET);
    // ...and nowhere on the page.
    for (QLabel *label : m_page->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(GOOD_SECRET));

    QTest::mouseClick(child<QPushButton>(remote, "removeSecret"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(remote->secretStatus(), QStringLiteral("Not stored"), testTimeoutMs);
    QVERIFY(store
                .readBlocking(CredentialRef::connection(m_demo->workspace.path,
                                                        m_demo->workspace.remote.name),
                              30000)
                .notFound);
}

void TestConnectionSetupPage::testsTheConnectionInTheBackground()
{
    ConnectionEditor *remote = m_page->editor(Side::Remote);
    editRemoteToTestServer(remote);
    typeText(child<QLineEdit>(remote, "newSecret"), GOOD_SECRET);
    QTest::mouseClick(child<QPushButton>(remote, "storeSecret"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(remote->secretStatus(), QStringLiteral("Stored"), testTimeoutMs);

    // Slow answers from the server: the page keeps answering while it waits.
    QVERIFY(m_server.addFault({{QStringLiteral("kind"), QStringLiteral("slow")},
                               {QStringLiteral("delayMs"), 1500},
                               {QStringLiteral("count"), 1}}));
    QVERIFY(clickAction(m_page, QStringLiteral("testRemote")));
    // The click returned before the server answered: the page still says so.
    QVERIFY(remote->testResult().contains(QStringLiteral("Connecting")));
    QTRY_VERIFY_WITH_TIMEOUT(remote->testResult().startsWith(QChar(0x2714)), testTimeoutMs);
    QVERIFY(!remote->testResult().contains(GOOD_SECRET));
    QVERIFY(m_server.clearFaults());
}

void TestConnectionSetupPage::reportsAWrongPasswordInPlainWords()
{
    ConnectionEditor *remote = m_page->editor(Side::Remote);
    editRemoteToTestServer(remote);
    // A password typed but not stored is what the test uses.
    const QString wrong = QStringLiteral("not-the-secret");
    typeText(child<QLineEdit>(remote, "newSecret"), wrong);
    QTest::mouseClick(child<QPushButton>(remote, "testConnection"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(remote->testResult().startsWith(QChar(0x2716)), testTimeoutMs);
    const QString result = remote->testResult();
    QVERIFY2(result.size() > 10, qPrintable(result));
    QVERIFY(!result.contains(wrong));
    QVERIFY(!child<QLabel>(remote, "testResult")->toolTip().contains(wrong));

    // A keychain without the password says so instead of trying.
    child<QLineEdit>(remote, "newSecret")->clear();
    QTest::mouseClick(child<QPushButton>(remote, "testConnection"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(remote->testResult().contains(QStringLiteral("No password is stored")),
                             testTimeoutMs);
}

void TestConnectionSetupPage::appliesWithoutWritingThePassword()
{
    ConnectionEditor *remote = m_page->editor(Side::Remote);
    editRemoteToTestServer(remote);
    typeText(child<QLineEdit>(remote, "newSecret"), GOOD_SECRET);
    QTest::mouseClick(child<QPushButton>(remote, "storeSecret"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(remote->secretStatus(), QStringLiteral("Stored"), testTimeoutMs);

    QSignalSpy changed(m_demo->session.get(), &ConsoleSession::workspaceChanged);
    QVERIFY(clickAction(m_page, QStringLiteral("applyConnections")));
    QTRY_COMPARE(changed.size(), 1);
    const QString path = m_demo->workspace.path;
    const QByteArray saved = fileContents(path);
    QVERIFY(!saved.contains(GOOD_SECRET.toUtf8()));
    QList<WorkspaceIssue> issues;
    const Workspace reloaded = WorkspaceFile::load(path, &issues);
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.constFirst().toString()));
    QCOMPARE(reloaded.remote.kind, QStringLiteral("odata"));
    QCOMPARE(reloaded.remote.user, QStringLiteral("couplet-good"));
    QCOMPARE(reloaded.remote.options.value(QStringLiteral("serviceRoot")).toString(),
             m_server.serviceRoot().toString());
    QVERIFY(reloaded.remote.secret.kind == SecretSource::Kind::Keychain);
    // The page shows the saved settings, with nothing left to apply.
    QVERIFY(!m_page->findChild<QAction *>(QStringLiteral("applyConnections"))->isEnabled());
    QCOMPARE(child<QComboBox>(remote, "kind")->currentData().toString(), QStringLiteral("odata"));
}

void TestConnectionSetupPage::refusesToApplyAnIncompleteConnection()
{
    const QByteArray before = fileContents(m_demo->workspace.path);
    ConnectionEditor *remote = m_page->editor(Side::Remote);
    choose(child<QComboBox>(remote, "kind"), QStringLiteral("odata"));
    choose(child<QComboBox>(remote, "profile"), QStringLiteral("generic"));
    QVERIFY(clickAction(m_page, QStringLiteral("applyConnections")));
    auto *problem = child<QLabel>(m_page, "connectionProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("serviceRoot")), qPrintable(problem->text()));
    QCOMPARE(fileContents(m_demo->workspace.path), before);
}

QTEST_MAIN(TestConnectionSetupPage)
#include "tst_connectionsetuppage.moc"
