// Connection Setup → Health Check in the main window, on the demo workspace
// with problems put into its databases: a CRM currency whose exchange rate is
// 0, two CRM currencies with the same ISO code (the match field of CURRENCY),
// one without a code, and the demo's own ERP currency NOK without a rate. The
// check is run by a click, in the background; the test reads the checklist,
// the fix of the selected result, follows its "Go to" buttons, and finds the
// failures on the Integration Synchronization Errors page and in the store.

#include "demo/demo.h"
#include "dialogs/recordviewdialog.h"
#include "errorsmodel.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "pages/connectionsetuppage.h"
#include "pages/errorspage.h"
#include "pages/mappingspage.h"
#include "session/consolesession.h"
#include "store/statestore.h"
#include "widgets/healthcheckpanel.h"
#include "widgets/recordtableview.h"

#include "clock.h"
#include "health/healthcheck.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace couplet;
using namespace couplet::test;

namespace {

constexpr int checkTimeoutMs = 120000;

const QString usdKey = QStringLiteral("usd-without-rate");
const QString gbpCopyKey = QStringLiteral("gbp-copy");

// Runs statements on one of the demo's SQLite files, in the test thread.
bool execAll(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("health-edit");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The checklist's items share the panel's icon of their status.
bool sameIcon(const QIcon &a, const QIcon &b)
{
    return !a.isNull() && a.cacheKey() == b.cacheKey();
}

// "ok", "warning", "error" or "skipped": the status an item carries.
QString statusOf(const QTreeWidgetItem *item)
{
    return toString(HealthStatus(
        item->data(HealthCheckPanel::CheckColumn, HealthCheckPanel::StatusRole).toInt()));
}

// The result line under `check` whose caption or message contains `text`.
QTreeWidgetItem *resultItem(QTreeWidgetItem *check, const QString &text)
{
    for (int i = 0; check && i < check->childCount(); ++i) {
        QTreeWidgetItem *child = check->child(i);
        if (child->text(HealthCheckPanel::CheckColumn).contains(text) ||
            child->text(HealthCheckPanel::ResultColumn).contains(text))
            return child;
    }
    return nullptr;
}

void clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
{
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

RecordViewDialog *openRecordView()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<RecordViewDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestHealthCheckPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runsInTheBackgroundAndShowsTheChecklist();
    void showsHowToFixAndGoesToTheRecord();
    void goesToTheMapping();
    void writesTheFailuresToTheErrorsPage();
    void waitsForChangesToBeApplied();
    void goesToTheConnectionThatFails();

private:
    // Opens the demo, shows Connection Setup → Health Check and runs the check.
    void runHealthCheck();

    QTemporaryDir m_prepared;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    ConnectionSetupPage *m_page = nullptr;
    HealthCheckPanel *m_panel = nullptr;
    QTreeWidget *m_checklist = nullptr;
};

void TestHealthCheckPage::initTestCase()
{
    // Settings go to a throwaway folder, never to the user's.
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("CoupletTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_healthcheckpage"));

    QVERIFY(m_prepared.isValid());
    Demo::create(m_prepared.path(), SystemClock::instance());
    const QString crm = QDir(m_prepared.path()).filePath(QStringLiteral("crm.sqlite"));
    // The CURRENCY mapping maps the ERP's exchange_rate to the CRM's
    // exchangerate (NOT NULL there) and matches on code = isocurrencycode.
    QVERIFY(execAll(
        crm, {QStringLiteral("UPDATE transactioncurrencies SET transactioncurrencyid = '%1', "
                             "exchangerate = 0 WHERE isocurrencycode = 'USD'")
                  .arg(usdKey),
              QStringLiteral("INSERT INTO transactioncurrencies SELECT '%1', isocurrencycode, "
                             "'Pound Sterling (copy)', exchangerate, modifiedon "
                             "FROM transactioncurrencies WHERE isocurrencycode = 'GBP'")
                  .arg(gbpCopyKey),
              QStringLiteral("INSERT INTO transactioncurrencies SELECT 'no-code', NULL, "
                             "'Unnamed', 1.5, modifiedon FROM transactioncurrencies "
                             "WHERE isocurrencycode = 'EUR'")}));
}

void TestHealthCheckPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const QString &name : Demo::fileNames()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            const QString from = QDir(m_prepared.path()).filePath(name + suffix);
            if (QFile::exists(from))
                QVERIFY(QFile::copy(from, QDir(m_dir->path()).filePath(name + suffix)));
        }
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openWorkspace(QDir(m_dir->path()).filePath(Demo::workspaceFileName())));
    QTRY_VERIFY(m_window->session());
    m_window->showPage(QStringLiteral("connections"));
    m_page = qobject_cast<ConnectionSetupPage *>(m_window->currentPage());
    QVERIFY(m_page);
    m_panel = m_page->healthCheck();
    m_checklist = m_panel->findChild<QTreeWidget *>(QStringLiteral("healthChecklist"));
    QVERIFY(m_checklist);
}

void TestHealthCheckPage::cleanup()
{
    if (QWidget *dialog = openRecordView())
        dialog->close();
    if (m_window) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session() || !m_window->session()->isBusy(),
                                 checkTimeoutMs);
        m_window->close();
    }
    m_window.reset();
    m_page = nullptr;
    m_panel = nullptr;
    m_checklist = nullptr;
    m_dir.reset();
}

void TestHealthCheckPage::runHealthCheck()
{
    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("connectionTabs"));
    QVERIFY(tabs);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                      tabs->tabBar()->tabRect(tabs->indexOf(m_panel)).center());
    QCOMPARE(tabs->currentWidget(), m_panel);
    auto *run = m_panel->findChild<QPushButton *>(QStringLiteral("runHealthCheck"));
    QVERIFY(run->isVisible());
    QTRY_VERIFY(run->isEnabled());
    QSignalSpy finished(m_panel, &HealthCheckPanel::finished);
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, checkTimeoutMs);
    QVERIFY(!m_panel->results().isEmpty());
}

void TestHealthCheckPage::runsInTheBackgroundAndShowsTheChecklist()
{
    // Before the first run the checklist names what will be checked.
    QCOMPARE(m_checklist->topLevelItemCount(), int(healthCheckIds().size()));
    QVERIFY(m_panel->checkItem(QStringLiteral("exchange-rates")));
    QCOMPARE(m_panel->checkItem(QStringLiteral("exchange-rates"))->text(0),
             healthCheckTitle(QStringLiteral("exchange-rates")));
    QVERIFY(m_panel->checkItem(QStringLiteral("exchange-rates"))->childCount() == 0);

    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("connectionTabs"));
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                      tabs->tabBar()->tabRect(tabs->indexOf(m_panel)).center());
    auto *run = m_panel->findChild<QPushButton *>(QStringLiteral("runHealthCheck"));
    QVERIFY(run->isEnabled());
    QSignalSpy finished(m_panel, &HealthCheckPanel::finished);
    QTest::mouseClick(run, Qt::LeftButton);
    // The click returned before the worker answered: the page says it is
    // checking, and the button waits for the answer.
    QVERIFY(m_panel->isRunning());
    QVERIFY(!run->isEnabled());
    QVERIFY(m_window->session()->isBusy());
    QVERIFY2(m_panel->summaryText().startsWith(QStringLiteral("Checking")),
             qPrintable(m_panel->summaryText()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, checkTimeoutMs);
    QVERIFY(!m_panel->isRunning());
    QVERIFY(run->isEnabled());

    // A healthy check: both SQLite files open, shown as ok.
    QTreeWidgetItem *connection = m_panel->checkItem(QStringLiteral("connection"));
    QCOMPARE(statusOf(connection), toString(HealthStatus::Ok));
    QVERIFY(sameIcon(connection->icon(0), m_panel->statusIcon(HealthStatus::Ok)));
    QCOMPARE(connection->childCount(), 2); // ERP and CRM
    for (int i = 0; i < connection->childCount(); ++i)
        QCOMPARE(statusOf(connection->child(i)), toString(HealthStatus::Ok));

    // Exchange rates: an error, naming both currencies without a rate.
    QTreeWidgetItem *rates = m_panel->checkItem(QStringLiteral("exchange-rates"));
    QCOMPARE(statusOf(rates), toString(HealthStatus::Error));
    QVERIFY(sameIcon(rates->icon(0), m_panel->statusIcon(HealthStatus::Error)));
    QVERIFY(!sameIcon(rates->icon(0), m_panel->statusIcon(HealthStatus::Ok)));
    QVERIFY(rates->isExpanded());
    QTreeWidgetItem *usd = resultItem(rates, QStringLiteral("USD"));
    QVERIFY(usd);
    QCOMPARE(statusOf(usd), toString(HealthStatus::Error));
    QVERIFY(usd->text(1).contains(QStringLiteral("CRM")));
    QVERIFY(sameIcon(usd->icon(0), m_panel->statusIcon(HealthStatus::Error)));
    QTreeWidgetItem *nok = resultItem(rates, QStringLiteral("NOK"));
    QVERIFY(nok);
    QVERIFY(nok->text(1).contains(QStringLiteral("ERP")));
    QVERIFY(!resultItem(rates, QStringLiteral("EUR"))); // it has a rate

    // Duplicates and keys: the two GBP rows are an error, the row without a
    // code a warning.
    QTreeWidgetItem *keys = m_panel->checkItem(QStringLiteral("keys"));
    QCOMPARE(statusOf(keys), toString(HealthStatus::Error));
    QTreeWidgetItem *gbp = resultItem(keys, QStringLiteral("GBP"));
    QVERIFY(gbp);
    QCOMPARE(statusOf(gbp), toString(HealthStatus::Error));
    bool warned = false;
    for (int i = 0; i < keys->childCount(); ++i)
        warned = warned || statusOf(keys->child(i)) == toString(HealthStatus::Warning);
    QVERIFY(warned);
    QVERIFY(sameIcon(resultItem(keys, QStringLiteral("no value"))->icon(0),
                     m_panel->statusIcon(HealthStatus::Warning)));

    // The summary line counts the problems; the tab shows the worst status.
    QVERIFY2(m_panel->summaryText().contains(QStringLiteral("3 problem")),
             qPrintable(m_panel->summaryText()));
    QVERIFY(m_panel->summaryText().contains(QStringLiteral("warning")));
    QVERIFY(
        sameIcon(tabs->tabIcon(tabs->indexOf(m_panel)), m_panel->statusIcon(HealthStatus::Error)));
}

void TestHealthCheckPage::showsHowToFixAndGoesToTheRecord()
{
    runHealthCheck();
    QTreeWidgetItem *usd =
        resultItem(m_panel->checkItem(QStringLiteral("exchange-rates")), QStringLiteral("USD"));
    QVERIFY(usd);
    clickItem(m_checklist, usd);
    QCOMPARE(m_checklist->currentItem(), usd);
    const HealthResult result =
        m_panel->results().value(usd->data(0, HealthCheckPanel::ResultRole).toInt());
    QCOMPARE(result.check, QStringLiteral("exchange-rates"));
    QVERIFY(result.message.contains(QStringLiteral("USD")));
    QVERIFY(result.fix.contains(QStringLiteral("exchange rate")));
    const QString details = m_panel->detailsText();
    QVERIFY2(details.contains(result.message), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("How to fix")), qPrintable(details));
    QVERIFY2(details.contains(result.fix), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("exchangerate = 0"))); // the technical detail

    // The currency row: Go to opens it in the record view.
    auto *goTo = m_panel->findChild<QPushButton *>(QStringLiteral("healthGoTo"));
    QVERIFY(goTo->isVisible());
    QVERIFY2(goTo->text().contains(QStringLiteral("Record")), qPrintable(goTo->text()));
    QTest::mouseClick(goTo, Qt::LeftButton);
    RecordViewDialog *view = nullptr;
    QTRY_VERIFY((view = openRecordView()) != nullptr);
    QCOMPARE(view->mapping(), QStringLiteral("CURRENCY"));
    QCOMPARE(view->recordRef(),
             (RecordRef{Side::Remote, QStringLiteral("transactioncurrencies"), usdKey}));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), checkTimeoutMs);
    view->close();

    // A check line shows its summary, and no Go to.
    clickItem(m_checklist, m_panel->checkItem(QStringLiteral("connection")));
    QVERIFY(!goTo->isVisible());
    QVERIFY(m_panel->detailsText().contains(QStringLiteral("OK")));
}

void TestHealthCheckPage::goesToTheMapping()
{
    // Another mapping is selected on the Mappings page first.
    auto *mappings = qobject_cast<MappingsPage *>(m_window->page(QStringLiteral("mappings")));
    QVERIFY(mappings);
    mappings->focusMapping(QStringLiteral("CONTACT"));
    QCOMPARE(mappings->selectedMappings(), QStringList{QStringLiteral("CONTACT")});

    runHealthCheck();
    // The currency row without a code: a mapping-level result (the fix is in
    // the mapping's match fields or the data).
    QTreeWidgetItem *keys = m_panel->checkItem(QStringLiteral("keys"));
    QTreeWidgetItem *incomplete = resultItem(keys, QStringLiteral("no value"));
    QVERIFY(incomplete);
    clickItem(m_checklist, incomplete);
    QVERIFY(m_panel->detailsText().contains(QStringLiteral("Fill in")));
    auto *goTo = m_panel->findChild<QPushButton *>(QStringLiteral("healthGoTo"));
    QVERIFY(goTo->isVisible());
    QVERIFY2(goTo->text().contains(QStringLiteral("CURRENCY")), qPrintable(goTo->text()));
    QTest::mouseClick(goTo, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), mappings);
    QCOMPARE(mappings->selectedMappings(), QStringList{QStringLiteral("CURRENCY")});
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation->currentItem()->text().startsWith(mappings->title()));
}

void TestHealthCheckPage::writesTheFailuresToTheErrorsPage()
{
    const Workspace workspace = m_window->session()->workspace();
    ErrorQuery rateErrors;
    rateErrors.cause = QStringLiteral("missing-exchange-rate");
    int before = 0;
    int allBefore = 0;
    {
        StateStore store(workspace.resolvedStore());
        store.open();
        before = store.countErrors(rateErrors);
        allBefore = store.countErrors({});
    }
    auto *errorsPage = qobject_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    QVERIFY(errorsPage);
    QTRY_COMPARE(errorsPage->model()->totalCount(), allBefore);

    runHealthCheck();
    int allAfter = 0;
    {
        StateStore store(workspace.resolvedStore());
        store.open();
        QCOMPARE(store.countErrors(rateErrors), before + 2); // USD in the CRM, NOK in the ERP
        bool usd = false;
        for (const SyncError &e : store.errors(rateErrors)) {
            if (e.message.contains(QStringLiteral("USD"))) {
                usd = true;
                QCOMPARE(e.mapping, QStringLiteral("CURRENCY"));
                QCOMPARE(e.jobId, 0);
                QCOMPARE(e.source, (RecordRef{Side::Remote, QStringLiteral("transactioncurrencies"),
                                              usdKey}));
                QVERIFY(e.detail.contains(QStringLiteral("Exchange rates")));
            }
        }
        QVERIFY(usd);
        allAfter = store.countErrors({});
    }
    QCOMPARE(allAfter, allBefore + 3); // and the duplicate GBP
    QVERIFY2(m_panel->summaryText().contains(QStringLiteral("3 new problem")),
             qPrintable(m_panel->summaryText()));

    // The Errors page and its count in the navigation follow.
    QTRY_COMPARE(errorsPage->model()->totalCount(), allAfter);
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QTRY_VERIFY(navigation->item(0)->text().endsWith(QStringLiteral("(%1)").arg(allAfter)));

    // The link in the summary line opens the Errors page; there the error
    // shows its guidance.
    auto *summary = m_panel->findChild<QLabel *>(QStringLiteral("healthSummary"));
    emit summary->linkActivated(QStringLiteral("#errors"));
    QCOMPARE(m_window->currentPage(), errorsPage);
    errorsPage->model()->setSearchText(QStringLiteral("Currency USD"));
    QTRY_COMPARE(errorsPage->model()->totalCount(), 1);
    QTRY_VERIFY(errorsPage->model()->isRowLoaded(0));
    errorsPage->table()->selectRow(0);
    QTRY_VERIFY(errorsPage->detailsText().contains(QStringLiteral("Currency USD")));
    QVERIFY(errorsPage->detailsText().contains(QStringLiteral("How to fix")));

    // The same problems found again are not written twice.
    m_window->showPage(QStringLiteral("connections"));
    runHealthCheck();
    StateStore store(workspace.resolvedStore());
    store.open();
    QCOMPARE(store.countErrors({}), allAfter);
    QVERIFY2(m_panel->summaryText().contains(QStringLiteral("already")),
             qPrintable(m_panel->summaryText()));
}

void TestHealthCheckPage::waitsForChangesToBeApplied()
{
    auto *run = m_panel->findChild<QPushButton *>(QStringLiteral("runHealthCheck"));
    auto *blocked = m_panel->findChild<QLabel *>(QStringLiteral("healthBlocked"));
    QVERIFY(run->isEnabled());
    // An edit on the Connections tab not applied yet.
    auto *name = m_page->editor(Side::Remote)->findChild<QLineEdit *>(QStringLiteral("name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("2"));
    QVERIFY(!run->isEnabled());
    QVERIFY(blocked->isVisibleTo(m_panel));
    QVERIFY(blocked->text().startsWith(QStringLiteral("Apply your changes first")));
    QVERIFY(clickAction(m_page, QStringLiteral("revertConnections")));
    QVERIFY(run->isEnabled());
    QVERIFY(!blocked->isVisibleTo(m_panel));
}

void TestHealthCheckPage::goesToTheConnectionThatFails()
{
    // The CRM file moved away, applied on the Connections tab.
    ConnectionEditor *remote = m_page->editor(Side::Remote);
    auto *database = remote->findChild<QLineEdit *>(QStringLiteral("database"));
    database->selectAll();
    QTest::keyClicks(database, QStringLiteral("missing/crm.sqlite"));
    QSignalSpy changed(m_window->session(), &ConsoleSession::workspaceChanged);
    QVERIFY(clickAction(m_page, QStringLiteral("applyConnections")));
    QTRY_COMPARE(changed.size(), 1);

    runHealthCheck();
    QTreeWidgetItem *connection = m_panel->checkItem(QStringLiteral("connection"));
    QCOMPARE(statusOf(connection), toString(HealthStatus::Error));
    QTreeWidgetItem *crm = resultItem(connection, QStringLiteral("CRM"));
    QVERIFY(crm);
    QCOMPARE(statusOf(crm), toString(HealthStatus::Error));
    QCOMPARE(statusOf(resultItem(connection, QStringLiteral("ERP"))), toString(HealthStatus::Ok));
    // What needs the CRM is not checked, and says why.
    QTreeWidgetItem *rates = m_panel->checkItem(QStringLiteral("exchange-rates"));
    QTreeWidgetItem *notChecked = resultItem(rates, QStringLiteral("Not checked"));
    QVERIFY(notChecked);
    QCOMPARE(statusOf(notChecked), toString(HealthStatus::Skipped));
    QVERIFY(sameIcon(notChecked->icon(0), m_panel->statusIcon(HealthStatus::Skipped)));

    // Go to shows the CRM's form with the field to correct in focus.
    clickItem(m_checklist, crm);
    QVERIFY(m_panel->detailsText().contains(QStringLiteral("How to fix")));
    auto *goTo = m_panel->findChild<QPushButton *>(QStringLiteral("healthGoTo"));
    QVERIFY2(goTo->text().contains(QStringLiteral("CRM")), qPrintable(goTo->text()));
    QTest::mouseClick(goTo, Qt::LeftButton);
    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("connectionTabs"));
    QVERIFY(tabs->currentWidget() != m_panel);
    QVERIFY(database->isVisible());
    QTRY_VERIFY(database->hasFocus());
}

QTEST_MAIN(TestHealthCheckPage)
#include "tst_healthcheckpage.moc"
