// The console's main window on the demo workspace: navigation with live counts,
// Synchronize Now with progress, the errors and jobs pages driven by clicks and
// key presses (each action checked against the state store), links that open
// the record view, window state kept between runs, the schedule, and a window
// that stays responsive while a sync of thousands of rows runs.

#include "clock.h"
#include "consolearguments.h"
#include "demo/demo.h"
#include "dialogs/recordviewdialog.h"
#include "errorsmodel.h"
#include "guidance/errorcause.h"
#include "guitestsupport.h"
#include "jobsmodel.h"
#include "mainwindow.h"
#include "pages/errorspage.h"
#include "pages/jobspage.h"
#include "session/consolesession.h"
#include "session/schedulerunner.h"
#include "store/statestore.h"
#include "translation.h"
#include "widgets/recordtableview.h"
#include "workspace/workspacefile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace couplet;
using namespace couplet::test;

namespace {

CouplingQuery skippedQuery()
{
    CouplingQuery q;
    q.kind = CouplingQuery::Kind::Skipped;
    return q;
}

CouplingQuery customerCouplings()
{
    CouplingQuery q;
    q.mapping = QStringLiteral("CUSTOMER");
    return q;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void commandLine_data();
    void commandLine();
    void pageIdsAreTheWindowsPages();
    void opensDemoAndSynchronizesWithProgress();
    void navigationShowsLiveCounts();
    void errorsPageDetailsSearchAndCauses();
    void errorsPageDeletesOlderThanSevenDaysAndAll();
    void errorsPageExportsCsv();
    void errorsPageRefusesASelectionNotReadYet();
    void linkOpensTheRightRow();
    void jobsPageDrillsDownAndDeletes();
    void windowStateIsKept();
    void scheduledRunIsMarkedScheduled();
    void staysResponsiveDuringALargeSync();
    void germanTranslation();

private:
    void openDemo();
    void synchronizeAndWait();
    void waitForErrorsList(ErrorsPage *page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    QString m_workspace;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throwaway folder, never to the user's.
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("CoupletTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    m_clock->setStep(1);
}

void TestMainWindow::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestMainWindow::openDemo()
{
    m_workspace = Demo::create(m_dir->path(), *m_clock).workspacePath;
    m_window = std::make_unique<MainWindow>();
    m_window->setClock(m_clock.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openWorkspace(m_workspace));
}

void TestMainWindow::synchronizeAndWait()
{
    ConsoleSession *session = m_window->session();
    QSignalSpy finished(session, &ConsoleSession::syncFinished);
    QTRY_VERIFY(!session->isBusy()); // an operation still finishing
    QVERIFY(clickAction(m_window.get(), QStringLiteral("synchronizeNow")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!session->isSyncing());
}

// The errors list shows the store as the sync left it. The refresh that follows
// a sync keeps the old rows until the new ones arrive, and then resets the list
// (newest first, so the rows move): a row, an index or a count read before that
// belongs to the old list.
void TestMainWindow::waitForErrorsList(ErrorsPage *page)
{
    const int errors = StoreCheck(m_window->session()->workspace()).store.countErrors({});
    ErrorsModel *model = page->model();
    QTRY_VERIFY(!model->isLoading());
    QTRY_COMPARE(model->totalCount(), errors);
    QCOMPARE(model->rowCount(), errors);
    QTRY_VERIFY(errors == 0 || model->isRowLoaded(0));
}

void TestMainWindow::opensDemoAndSynchronizesWithProgress()
{
    openDemo();
    ConsoleSession *session = m_window->session();
    QVERIFY(session);
    QCOMPARE(m_window->currentPage()->pageId(), QStringLiteral("errors"));

    QSignalSpy progress(session, &ConsoleSession::progress);
    QSignalSpy jobs(session, &ConsoleSession::jobFinished);
    synchronizeAndWait();
    QVERIFY(progress.size() > 0);
    QVERIFY(jobs.size() >= 3);
    // Progress names the mapping and done/total.
    const QList<QVariant> last = progress.constLast();
    QVERIFY(!last.at(0).toString().isEmpty());
    QCOMPARE(last.at(1).toInt(), last.at(2).toInt());

    StoreCheck check(session->workspace());
    QVERIFY(check.store.countErrors(ErrorQuery{}) > 0);
    QVERIFY(check.store.countCouplings(skippedQuery()) > 0);
    // The status line reports the run, and the progress bar is gone.
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("finished")));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("syncProgress"))->isVisible());
}

void TestMainWindow::navigationShowsLiveCounts()
{
    openDemo();
    synchronizeAndWait();
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), 7); // six lists and Connection Setup
    QCOMPARE(nav->item(6)->text(), QStringLiteral("Connection Setup")); // no count

    StoreCheck check(m_window->session()->workspace());
    const int errors = check.store.countErrors(ErrorQuery{});
    const int skipped = check.store.countCouplings(skippedQuery());
    QTRY_COMPARE(navigationCount(nav, 0), errors);
    QTRY_COMPARE(navigationCount(nav, 2), skipped);
    QVERIFY(nav->item(2)->text().startsWith(QStringLiteral("Skipped Synch. Records (")));

    // Clicking a page in the list shows it.
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                      nav->visualItemRect(nav->item(4)).center());
    QCOMPARE(m_window->currentPage()->pageId(), QStringLiteral("jobs"));

    // The Troubleshooting summary lists each mapping with its counts, and a
    // click on a mapping's skipped count opens that page for the mapping.
    auto *summary = m_window->findChild<QTableView *>(QStringLiteral("troubleshooting"));
    QCOMPARE(summary->model()->rowCount(), m_window->session()->workspace().mappings.size());

    // Deleting every error updates the count in the list.
    Operation op;
    op.kind = Operation::Kind::DeleteAllErrors;
    bool done = false;
    m_window->session()->perform(op, this, [&done](const OperationResult &) { done = true; });
    QTRY_VERIFY(done);
    QTRY_COMPARE(navigationCount(nav, 0), 0);
}

void TestMainWindow::errorsPageDetailsSearchAndCauses()
{
    openDemo();
    synchronizeAndWait();
    auto *page = qobject_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    m_window->showPage(QStringLiteral("errors"));
    RecordTableView *table = page->table();
    waitForErrorsList(page);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(table->model()->rowCount() > 0);

    // A click on a line shows its message, detail and guidance.
    const int rows = table->model()->rowCount();
    const int row = 0;
    const SyncError error = page->model()->error(row);
    QVERIFY(!error.cause.isEmpty());
    const QRect cell = table->visualRect(table->model()->index(row, ErrorsModel::MessageColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(page->detailsText().contains(QStringLiteral("How to fix")));
    QVERIFY(page->detailsText().contains(error.message));
    QVERIFY(page->detailsText().contains(guidance(causeFromId(error.cause)).title));

    // Search narrows the list in SQL.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("NOK"));
    QTRY_VERIFY(page->model()->filter().search == QStringLiteral("NOK"));
    QTRY_VERIFY(page->model()->totalCount() >= 1 && page->model()->totalCount() < rows);
    search->clear();
    QTRY_COMPARE(page->model()->totalCount(), rows);

    // Group by cause: the causes with their counts; picking one filters.
    auto *group = page->findChild<QCheckBox *>(QStringLiteral("groupByCause"));
    QTest::mouseClick(group, Qt::LeftButton, {}, QPoint(8, group->height() / 2));
    auto *causes = page->findChild<QListWidget *>(QStringLiteral("causes"));
    QTRY_VERIFY(causes->count() >= 2);
    QVERIFY(causes->item(0)->text().contains(QString::number(rows)));
    QListWidgetItem *causeItem = nullptr;
    for (int i = 0; i < causes->count(); ++i) {
        if (causes->item(i)->data(Qt::UserRole + 1).toString() == error.cause)
            causeItem = causes->item(i);
    }
    QVERIFY(causeItem);
    QVERIFY(causeItem->text().startsWith(guidance(causeFromId(error.cause)).title));
    QTest::mouseClick(causes->viewport(), Qt::LeftButton, {},
                      causes->visualItemRect(causeItem).center());
    QTRY_COMPARE(page->model()->filter().cause, error.cause);
    QTRY_VERIFY(page->model()->rowCount() >= 1);
    for (int r = 0; r < page->model()->rowCount(); ++r)
        QCOMPARE(page->model()->error(r).cause, error.cause);
}

void TestMainWindow::errorsPageDeletesOlderThanSevenDaysAndAll()
{
    openDemo();
    synchronizeAndWait();
    auto *page = m_window->page(QStringLiteral("errors"));
    m_window->showPage(QStringLiteral("errors"));
    const Workspace ws = m_window->session()->workspace();
    const int before = StoreCheck(ws).store.countErrors(ErrorQuery{});
    QVERIFY(before > 0);

    // Nothing is older than 7 days yet: no question, a status line.
    QVERIFY(clickAction(page, QStringLiteral("deleteOlderThan7Days")));
    QTest::qWait(200);
    QVERIFY(!messageBox());
    QCOMPARE(StoreCheck(ws).store.countErrors(ErrorQuery{}), before);

    // Eight days later, every error is older than 7 days: the question says how many.
    m_clock->advance(8 * 24 * 3600 * 1000LL);
    QVERIFY(clickAction(page, QStringLiteral("deleteOlderThan7Days")));
    QTRY_VERIFY(messageBox());
    QVERIFY(messageBox()->text().contains(QString::number(before)));
    // No keeps them.
    clickButton(messageBox(), QMessageBox::No);
    QTest::qWait(100);
    QCOMPARE(StoreCheck(ws).store.countErrors(ErrorQuery{}), before);
    QVERIFY(clickAction(page, QStringLiteral("deleteOlderThan7Days")));
    QTRY_VERIFY(messageBox());
    clickButton(messageBox(), QMessageBox::Yes);
    QTRY_COMPARE(StoreCheck(ws).store.countErrors(ErrorQuery{}), 0);

    // A new run logs new errors; Delete All Entries removes them after asking.
    synchronizeAndWait();
    const int again = StoreCheck(ws).store.countErrors(ErrorQuery{});
    QVERIFY(again > 0);
    QTRY_VERIFY(clickAction(page, QStringLiteral("deleteAllEntries")));
    QTRY_VERIFY(messageBox());
    QVERIFY(messageBox()->text().contains(QString::number(again)));
    clickButton(messageBox(), QMessageBox::Yes);
    QTRY_COMPARE(StoreCheck(ws).store.countErrors(ErrorQuery{}), 0);
    QTRY_COMPARE(page->count(), 0);
}

void TestMainWindow::errorsPageExportsCsv()
{
    openDemo();
    synchronizeAndWait();
    auto *page = m_window->page(QStringLiteral("errors"));
    const int errors = StoreCheck(m_window->session()->workspace()).store.countErrors({});
    QVERIFY(clickAction(page, QStringLiteral("exportCsv")));
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<QFileDialog *>(QStringLiteral("exportDialog"))));
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept");
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), errors + 1); // a header line, then one line per error
}

// Select All on a list longer than what the page holds: an action would reach
// only the rows read so far, so it is refused with a word on how to narrow the
// list, and nothing is deleted.
void TestMainWindow::errorsPageRefusesASelectionNotReadYet()
{
    openDemo();
    synchronizeAndWait();
    const Workspace ws = m_window->session()->workspace();
    {
        StoreCheck check(ws);
        const std::optional<Coupling> any = [&]() -> std::optional<Coupling> {
            CouplingQuery q;
            q.mapping = QStringLiteral("CUSTOMER");
            const QList<Coupling> list = check.store.couplings(q);
            return list.isEmpty() ? std::nullopt : std::optional<Coupling>(list.constFirst());
        }();
        QVERIFY(any);
        check.store.begin();
        for (int i = 0; i < 3000; ++i) {
            SyncError e;
            e.at = m_clock->now();
            e.mapping = QStringLiteral("CUSTOMER");
            e.message = QStringLiteral("Seeded error %1").arg(i);
            e.source.side = Side::Local;
            e.source.table = QStringLiteral("customer");
            e.source.key = any->localKey;
            check.store.addError(e);
        }
        check.store.commit();
    }
    const int couplings = StoreCheck(ws).store.countCouplings(CouplingQuery{});
    auto *page = static_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    m_window->showPage(QStringLiteral("errors"));
    emit m_window->session()->storeChanged();
    waitForErrorsList(page);
    QVERIFY(page->model()->rowCount() > 3000);
    QVERIFY(!page->model()->isRowLoaded(page->model()->rowCount() - 1));

    page->table()->selectAll();
    QVERIFY(clickAction(page, QStringLiteral("deleteCoupling")));
    QTRY_VERIFY(messageBox(QStringLiteral("information")));
    QVERIFY2(
        messageBox(QStringLiteral("information"))->text().contains(QLatin1String("not been read")),
        qPrintable(messageBox(QStringLiteral("information"))->text()));
    QVERIFY(!messageBox()); // no confirmation: nothing is about to go
    clickButton(messageBox(QStringLiteral("information")), QMessageBox::Ok);
    QCOMPARE(StoreCheck(ws).store.countCouplings(CouplingQuery{}), couplings);
}

void TestMainWindow::linkOpensTheRightRow()
{
    openDemo();
    synchronizeAndWait();
    auto *page = qobject_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    m_window->showPage(QStringLiteral("errors"));
    RecordTableView *table = page->table();
    waitForErrorsList(page);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(table->model()->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
        if (page->model()->error(r).source.isValid())
            row = r;
    }
    QVERIFY(row >= 0);
    const SyncError error = page->model()->error(row);
    const QModelIndex index = table->model()->index(row, ErrorsModel::SourceColumn);
    table->scrollTo(index);
    // The link text starts at the cell's left edge (plus the margin).
    const QRect rect = table->visualRect(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      QPoint(rect.left() + 12, rect.center().y()));
    RecordViewDialog *view = nullptr;
    QTRY_VERIFY((view = m_window->findChild<RecordViewDialog *>()));
    QCOMPARE(view->recordRef(), error.source);
    QCOMPARE(view->mapping(), error.mapping);
    QTRY_VERIFY(!view->isLoading());
    view->close();

    // By keyboard: the current cell on a link, then Return.
    QTRY_VERIFY(!m_window->findChild<RecordViewDialog *>());
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY((view = m_window->findChild<RecordViewDialog *>()));
    QCOMPARE(view->recordRef(), error.source);
}

void TestMainWindow::jobsPageDrillsDownAndDeletes()
{
    openDemo();
    synchronizeAndWait();
    auto *jobs = qobject_cast<JobsPage *>(m_window->page(QStringLiteral("jobs")));
    m_window->showPage(QStringLiteral("jobs"));
    RecordTableView *table = jobs->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    // A job with failed rows: double-click its Failed count.
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
        if (table->model()
                ->index(r, JobsModel::FailedColumn)
                .data(PagedTableModel::SortRole)
                .toInt() > 0)
            row = r;
    }
    QVERIFY(row >= 0);
    const qint64 jobId = table->model()->index(row, 0).data(PagedTableModel::IdRole).toLongLong();
    const QRect cell = table->visualRect(table->model()->index(row, JobsModel::FailedColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(m_window->currentPage()->pageId(), QStringLiteral("errors"));
    auto *errors = qobject_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    QCOMPARE(errors->model()->filter().jobId, jobId);
    QTRY_VERIFY(errors->model()->rowCount() > 0);
    for (int r = 0; r < errors->model()->rowCount(); ++r)
        QCOMPARE(errors->model()->error(r).jobId, jobId);

    // Delete All Entries on the jobs page asks, then empties the job list.
    m_window->showPage(QStringLiteral("jobs"));
    const Workspace ws = m_window->session()->workspace();
    const int count = StoreCheck(ws).store.countJobs(JobQuery{});
    QVERIFY(clickAction(jobs, QStringLiteral("deleteAllEntries")));
    QTRY_VERIFY(messageBox());
    QVERIFY(messageBox()->text().contains(QString::number(count)));
    clickButton(messageBox(), QMessageBox::Yes);
    QTRY_COMPARE(StoreCheck(ws).store.countJobs(JobQuery{}), 0);
    QTRY_COMPARE(table->model()->rowCount(), 0);
}

void TestMainWindow::windowStateIsKept()
{
    openDemo();
    auto *errors = qobject_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    errors->table()->setColumnWidth(ErrorsModel::MessageColumn, 333);
    errors->table()->horizontalHeader()->setSortIndicator(ErrorsModel::MappingColumn,
                                                          Qt::AscendingOrder);
    m_window->resize(1111, 777);
    m_window->showPage(QStringLiteral("jobs"));
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>();
    m_window->setClock(m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openWorkspace(m_workspace));
    QCOMPARE(m_window->size(), QSize(1111, 777));
    QCOMPARE(m_window->currentPage()->pageId(), QStringLiteral("jobs"));
    errors = qobject_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    QCOMPARE(errors->table()->columnWidth(ErrorsModel::MessageColumn), 333);
    QCOMPARE(errors->table()->horizontalHeader()->sortIndicatorSection(),
             int(ErrorsModel::MappingColumn));
    // The sort reached the store's query.
    QCOMPARE(errors->model()->filter().sortBy, ErrorQuery::SortKey::Mapping);
}

void TestMainWindow::scheduledRunIsMarkedScheduled()
{
    m_workspace = Demo::create(m_dir->path(), *m_clock).workspacePath;
    // Schedule CURRENCY every 5 minutes.
    QList<WorkspaceIssue> issues;
    Workspace ws = WorkspaceFile::load(m_workspace, &issues);
    QVERIFY(issues.isEmpty());
    for (TableMapping &m : ws.mappings) {
        if (m.name == QStringLiteral("CURRENCY"))
            m.schedule = Schedule{5, 20};
    }
    QString error;
    QVERIFY2(WorkspaceFile::save(ws, m_workspace, &error), qPrintable(error));

    m_window = std::make_unique<MainWindow>();
    m_window->setClock(m_clock.get());
    m_window->show();
    QVERIFY(m_window->openWorkspace(m_workspace));
    auto *runner = m_window->findChild<ScheduleRunner *>();
    QVERIFY(runner);
    // A newly scheduled mapping is due at once.
    QSignalSpy finished(m_window->session(), &ConsoleSession::syncFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    StoreCheck check(ws);
    // The demo's own first sync left jobs started from the command line.
    int scheduled = 0;
    for (const SyncJob &job : check.store.jobs(JobQuery{})) {
        if (job.trigger == JobTrigger::Scheduled) {
            QCOMPARE(job.mapping, QStringLiteral("CURRENCY"));
            ++scheduled;
        }
    }
    QVERIFY(scheduled > 0);
    // Not due again before its interval.
    m_clock->advance(60 * 1000);
    runner->tick();
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QVERIFY(runner->scheduler().nextRun(QStringLiteral("CURRENCY")).isValid());
    m_clock->advance(10 * 60 * 1000);
    runner->tick();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    // The Jobs page says how each job was started.
    auto *jobsPage = qobject_cast<JobsPage *>(m_window->page(QStringLiteral("jobs")));
    QTRY_VERIFY(jobsPage->model()->rowCount() > 0);
    QCOMPARE(jobsPage->model()->index(0, JobsModel::TriggerColumn).data().toString(),
             QStringLiteral("Scheduled"));
}

void TestMainWindow::staysResponsiveDuringALargeSync()
{
    // A demo workspace with several thousand more customers to insert.
    m_workspace = Demo::create(m_dir->path(), *m_clock).workspacePath;
    QList<WorkspaceIssue> issues;
    const Workspace ws = WorkspaceFile::load(m_workspace, &issues);
    QVERIFY(issues.isEmpty());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(ws.resolvePath(ws.local.database));
        QVERIFY(db.open());
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO customer (no, name, email, city, currency_code, modified_at) "
            "VALUES (?, ?, ?, ?, ?, ?)")));
        // After every mark the demo's syncs left, before the console's clock.
        m_clock->advance(3600 * 1000);
        const qint64 stamp = m_clock->now().toMSecsSinceEpoch();
        for (int i = 0; i < 6000; ++i) {
            q.addBindValue(QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("Bulk customer %1").arg(i));
            q.addBindValue(QStringLiteral("bulk%1@example.com").arg(i));
            q.addBindValue(QStringLiteral("Lyon"));
            q.addBindValue(QStringLiteral("EUR"));
            q.addBindValue(QDateTime::fromMSecsSinceEpoch(stamp - 6000 + i, Qt::UTC)
                               .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    m_clock->advance(1000);

    m_window = std::make_unique<MainWindow>();
    m_window->setClock(m_clock.get());
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openWorkspace(m_workspace));
    ConsoleSession *session = m_window->session();

    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start();

    QSignalSpy finished(session, &ConsoleSession::syncFinished);
    QSignalSpy progress(session, &ConsoleSession::progress);
    QVERIFY(clickAction(m_window.get(), QStringLiteral("synchronizeNow")));
    QVERIFY(session->isSyncing());
    // While it runs: the event loop turns, the window resizes, the pages switch.
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() > 2 || finished.size() > 0, 60000);
    const bool stillRunning = session->isSyncing();
    const int ticksBefore = ticks;
    m_window->resize(1200, 820);
    m_window->showPage(QStringLiteral("jobs"));
    QCOMPARE(m_window->currentPage()->pageId(), QStringLiteral("jobs"));
    m_window->showPage(QStringLiteral("skipped"));
    QCOMPARE(m_window->currentPage()->pageId(), QStringLiteral("skipped"));
    QTest::qWait(50);
    QTRY_VERIFY(m_window->size() == QSize(1200, 820));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
    QVERIFY2(stillRunning, "the sync ended before the window was used; make it larger");
    QVERIFY(ticks > ticksBefore);
    // The event loop kept turning for the whole run (a 5 ms timer, thousands of rows).
    QVERIFY2(ticks > 20, qPrintable(QString::number(ticks)));
    StoreCheck check(ws);
    QVERIFY(check.store.countCouplings(customerCouplings()) > 6000);
}

void TestMainWindow::germanTranslation()
{
    QCOMPARE(languageArgument(
                 {QStringLiteral("couplet"), QStringLiteral("--lang"), QStringLiteral("de")}),
             QStringLiteral("de"));
    QCOMPARE(languageArgument({QStringLiteral("couplet"), QStringLiteral("--lang=de")}),
             QStringLiteral("de"));
    QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")),
             QStringLiteral("de"));
    openDemo();
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav->item(0)->text().startsWith(QStringLiteral("Integrationssynchronisierungsfehler")));
    auto *sync = m_window->findChild<QAction *>(QStringLiteral("synchronizeNow"));
    QCOMPARE(sync->text(), QStringLiteral("&Jetzt synchronisieren"));
}

// `couplet …`: what main() does with its command line (parseConsoleArguments).
void TestMainWindow::commandLine_data()
{
    using Action = ConsoleArguments::Action;
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says"); // in the message
    const auto row = [](const char *name, QStringList args, Action action, bool demo = false,
                        const QString &page = {}, const QString &path = {},
                        const QString &says = {}) {
        QTest::newRow(name) << (QStringList{QStringLiteral("couplet")} + args) << int(action)
                            << demo << page << path << says;
    };
    row("nothing", {}, Action::Run);
    row("a file", {QStringLiteral("w.couplet.json")}, Action::Run, false, {},
        QStringLiteral("w.couplet.json"));
    row("demo on a page",
        {QStringLiteral("--demo"), QStringLiteral("/tmp/d"), QStringLiteral("--page"),
         QStringLiteral("skipped")},
        Action::Run, true, QStringLiteral("skipped"), QStringLiteral("/tmp/d"));
    row("demo in its folder", {QStringLiteral("--demo")}, Action::Run, true);
    row("language and page",
        {QStringLiteral("--lang=de"), QStringLiteral("--page=connections"),
         QStringLiteral("w.couplet.json")},
        Action::Run, false, QStringLiteral("connections"), QStringLiteral("w.couplet.json"));
    row("unknown page", {QStringLiteral("--page"), QStringLiteral("erors")}, Action::Error, false,
        {}, {}, QStringLiteral("\"erors\""));
    row("unknown option", {QStringLiteral("--bogus")}, Action::Error, false, {}, {},
        QStringLiteral("bogus"));
    row("page without value", {QStringLiteral("--page")}, Action::Error, false, {}, {},
        QStringLiteral("page"));
    row("two files", {QStringLiteral("a.couplet.json"), QStringLiteral("b.couplet.json")},
        Action::Error, false, {}, {}, QStringLiteral("one workspace file"));
    row("help", {QStringLiteral("--help")}, Action::Help, false, {}, {},
        QStringLiteral("--page <page>"));
}

void TestMainWindow::commandLine()
{
    QFETCH(QStringList, args);
    QFETCH(int, action);
    QFETCH(bool, demo);
    QFETCH(QString, page);
    QFETCH(QString, path);
    QFETCH(QString, says);
    const ConsoleArguments parsed = parseConsoleArguments(args);
    QCOMPARE(int(parsed.action), action);
    QVERIFY2(parsed.message.contains(says), qPrintable(parsed.message));
    if (parsed.action == ConsoleArguments::Action::Error) {
        QVERIFY2(parsed.message.contains(QLatin1String("--help")), qPrintable(parsed.message));
        return;
    }
    QCOMPARE(parsed.demo, demo);
    QCOMPARE(parsed.page, page);
    QCOMPARE(parsed.path, path);
}

// --page takes the ids of the window's own pages, and only those.
void TestMainWindow::pageIdsAreTheWindowsPages()
{
    openDemo();
    if (QTest::currentTestFailed())
        return;
    QStringList ids;
    for (const Page *p : m_window->findChildren<Page *>())
        ids.append(p->pageId());
    std::sort(ids.begin(), ids.end());
    QStringList expected = consolePageIds();
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
