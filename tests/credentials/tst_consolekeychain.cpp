// The console opens a workspace whose passwords are in the keychain: it reads
// them in the background first, and opens the workspace anyway (with a warning
// that names the password) when one cannot be read. Runs inside
// tests/support/keychain-session.sh, against the real gnome-keyring.
#include "credentialref.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "session/consolesession.h"

#include "clock.h"
#include "demo/demo.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace couplet;

class TestConsoleKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensWhenTheKeychainHasAnswered();
    void opensWithAWarningWhenAPasswordIsMissing();
    void aLaterOpenWins();

private:
    // The demo workspace with `"secret": "keychain"` on the given connections.
    QString keychainWorkspace(const QStringList &sides);
    void store(const CredentialRef &ref, const QString &secret);
    QMessageBox *message() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    CredentialStore m_credentials;
};

void TestConsoleKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("HOME").contains("couplet-keychain"_L1),
             "run through tests/support/keychain-session.sh (ctest does)");
    QCoreApplication::setOrganizationName(u"CoupletTest"_s);
    QCoreApplication::setApplicationName(u"tst_consolekeychain"_s);
}

void TestConsoleKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConsoleKeychain::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestConsoleKeychain::keychainWorkspace(const QStringList &sides)
{
    const QString path = Demo::create(m_dir->path(), SystemClock::instance()).workspacePath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    for (const QString &side : sides) {
        QJsonObject connection = json.value(side).toObject();
        connection.insert(u"secret"_s, u"keychain"_s);
        json.insert(side, connection);
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(json).toJson());
    return path;
}

void TestConsoleKeychain::store(const CredentialRef &ref, const QString &secret)
{
    std::optional<CredentialResult> result;
    m_credentials.write(ref, secret, this, [&result](const CredentialResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY2(result->ok, qPrintable(result->message));
}

QMessageBox *TestConsoleKeychain::message() const
{
    return m_window->findChild<QMessageBox *>(u"message"_s);
}

void TestConsoleKeychain::opensWhenTheKeychainHasAnswered()
{
    const QString path = keychainWorkspace({u"local"_s});
    QVERIFY(!path.isEmpty());
    store(CredentialRef::connection(path, u"ERP"_s), u"erp-console-secret"_s);

    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    QVERIFY(m_window->openWorkspace(path));
    // Nothing waited for the keychain: the session comes with its answer.
    QVERIFY(!m_window->session());
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 60000);
    QVERIFY(m_window->session());
    QVERIFY(!message());
}

void TestConsoleKeychain::opensWithAWarningWhenAPasswordIsMissing()
{
    const QString path = keychainWorkspace({u"local"_s, u"remote"_s});
    QVERIFY(!path.isEmpty());
    store(CredentialRef::connection(path, u"ERP"_s), u"erp-console-secret"_s);

    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    QVERIFY(m_window->openWorkspace(path));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 60000);
    QVERIFY(m_window->session());
    QMessageBox *box = message();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), u"Some passwords could not be read"_s);
    QVERIFY2(box->text().contains(u"The password of the CRM connection: The keychain holds no "
                                  "password for the CRM connection of this workspace."_s),
             qPrintable(box->text()));
    QVERIFY(box->text().contains(u"The workspace is open"_s));
    QVERIFY(!box->text().contains(u"erp-console-secret"_s));
}

void TestConsoleKeychain::aLaterOpenWins()
{
    const QString first = keychainWorkspace({u"local"_s});
    store(CredentialRef::connection(first, u"ERP"_s), u"first-secret"_s);
    QTemporaryDir other;
    const QString second = Demo::create(other.path(), SystemClock::instance()).workspacePath;

    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    QVERIFY(m_window->openWorkspace(first));  // waits for the keychain
    QVERIFY(m_window->openWorkspace(second)); // opens at once
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_window->session()->workspace().path, second);
    // The keychain's late answer for the first one opens nothing. (QtKeychain
    // runs its jobs one after another: when a later job has answered, so has
    // the window's.)
    std::optional<CredentialResult> later;
    m_credentials.read(CredentialRef::connection(first, u"ERP"_s), this,
                       [&later](const CredentialResult &r) { later = r; });
    QTRY_VERIFY_WITH_TIMEOUT(later.has_value(), 60000);
    QCoreApplication::processEvents();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_window->session()->workspace().path, second);
}

QTEST_MAIN(TestConsoleKeychain)
#include "tst_consolekeychain.moc"
