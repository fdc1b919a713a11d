// Console features that only the main window ties together: File → Open Recent,
// the demo opened the way `couplet --demo DIR --page ID` opens it, the header
// menu that shows and hides columns (kept between runs), and the schedule's
// probe that wakes a backed-off mapping when its local table changes.

#include "clock.h"
#include "demo/demo.h"
#include "demoworkspace.h"
#include "errorsmodel.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "pages/errorspage.h"
#include "session/consolesession.h"
#include "session/schedulerunner.h"
#include "settings.h"
#include "store/statestore.h"
#include "widgets/recordtableview.h"
#include "workspace/workspacefile.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace couplet;
using namespace couplet::test;

namespace {

int scheduledJobs(const Workspace &workspace, const QString &mapping)
{
    int n = 0;
    for (const SyncJob &job : StoreCheck(workspace).store.jobs(JobQuery{})) {
        if (job.trigger == JobTrigger::Scheduled && job.mapping == mapping)
            ++n;
    }
    return n;
}

QString erpStamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

// Runs one statement on the workspace's ERP (local) database; true when it
// changed exactly one row.
bool editErp(const Workspace &workspace, const QString &sql, const QVariantList &values)
{
    const QString name = QStringLiteral("erp-edit");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(workspace.resolvePath(workspace.local.database));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = q.exec() && q.numRowsAffected() == 1;
            if (!ok)
                qWarning() << sql << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The paths File → Open Recent lists, in menu order (none for its placeholder).
QStringList recentMenuPaths(QMainWindow *window, QList<QAction *> *actions = nullptr)
{
    QMenu *recent = nullptr;
    for (QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == MainWindow::tr("Open &Recent"))
            recent = menu;
    }
    if (!recent)
        return {QStringLiteral("<no Open Recent menu>")};
    QStringList paths;
    for (QAction *a : recent->actions()) {
        if (!a->isEnabled())
            continue; // "No recent workspaces"
        paths.append(QDir::fromNativeSeparators(a->text()));
        if (actions)
            actions->append(a);
    }
    return paths;
}

// The visible pop-up menu of `view` (the header menu is a child of its table).
QMenu *visibleMenu(QWidget *view)
{
    for (QMenu *menu : view->findChildren<QMenu *>()) {
        if (menu->isVisible())
            return menu;
    }
    return nullptr;
}

QAction *menuAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestConsoleFeatures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openRecentListsMostRecentFirst();
    void openRecentOpensTheWorkspace();
    void openRecentDropsAWorkspaceThatIsGone();
    void demoOptionOpensTheDemoOnThePage();
    void headerMenuHidesAndShowsColumns();
    void probeWakesABackedOffMapping();

private:
    void newWindow(const Clock *clock = nullptr);
    bool openAndWait(const QString &path);
    void rightClickHeader(RecordTableView *table, int column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsoleFeatures::initTestCase()
{
    // Settings go to a throwaway folder, never to the user's.
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("CoupletTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consolefeatures"));
}

void TestConsoleFeatures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Each test starts with no recent workspaces and on the default page.
    for (const QString &path : Settings::recentWorkspaces())
        Settings::removeRecentWorkspace(path);
    Settings::setCurrentPage(QString());
}

void TestConsoleFeatures::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    // Message boxes the window opened with open() went with it.
    m_dir.reset();
}

void TestConsoleFeatures::newWindow(const Clock *clock)
{
    m_window = std::make_unique<MainWindow>();
    if (clock)
        m_window->setClock(clock);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

// Opens a workspace (the demo keeps no password in the keychain, so it opens at
// once; the signal is waited for all the same).
bool TestConsoleFeatures::openAndWait(const QString &path)
{
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    if (!m_window->openWorkspace(path))
        return false;
    return opened.size() > 0 || opened.wait(30000);
}

// A right-click on the header section of `column`, as the window system sends it.
void TestConsoleFeatures::rightClickHeader(RecordTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint pos(header->sectionViewportPosition(column) + 4, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, header->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(header->viewport(), &event);
}

// Opening a workspace puts it first in File → Open Recent: most recent first,
// no duplicates, at most Settings::maxRecentWorkspaces.
void TestConsoleFeatures::openRecentListsMostRecentFirst()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    const QString demo = Demo::create(m_dir->path(), clock).workspacePath;
    // More workspaces than the menu keeps: copies of the demo's file (their
    // databases are named relative to the file, so each opens the same demo).
    QStringList paths;
    for (int i = 0; i < Settings::maxRecentWorkspaces + 2; ++i) {
        const QString path = m_dir->filePath(QStringLiteral("w%1.couplet.json").arg(i));
        QVERIFY(QFile::copy(demo, path));
        paths.append(QFileInfo(path).absoluteFilePath());
    }
    newWindow(&clock);
    QCOMPARE(recentMenuPaths(m_window.get()), QStringList());

    QVERIFY(openAndWait(paths.at(0)));
    QCOMPARE(recentMenuPaths(m_window.get()), QStringList{paths.at(0)});
    QVERIFY(openAndWait(paths.at(1)));
    QCOMPARE(recentMenuPaths(m_window.get()), (QStringList{paths.at(1), paths.at(0)}));
    // Opening one again moves it to the top instead of listing it twice.
    QVERIFY(openAndWait(paths.at(0)));
    QCOMPARE(recentMenuPaths(m_window.get()), (QStringList{paths.at(0), paths.at(1)}));

    for (const QString &path : std::as_const(paths))
        QVERIFY(openAndWait(path));
    QStringList expected;
    for (qsizetype i = paths.size() - 1; expected.size() < Settings::maxRecentWorkspaces; --i)
        expected.append(paths.at(i));
    QCOMPARE(recentMenuPaths(m_window.get()), expected);
    QCOMPARE(Settings::recentWorkspaces(), expected);

    // A new window (the next run of the console) lists them too.
    m_window->close();
    newWindow(&clock);
    QCOMPARE(recentMenuPaths(m_window.get()), expected);
}

// Choosing an entry of Open Recent opens that workspace: the title, the status
// bar and the pages are its own.
void TestConsoleFeatures::openRecentOpensTheWorkspace()
{
    // "alpha" after the demo's second sync (errors on its pages); "beta" a demo
    // before it, with other errors (none at all, or fewer).
    const QString alphaDir = m_dir->filePath(QStringLiteral("alpha"));
    const QString betaDir = m_dir->filePath(QStringLiteral("beta"));
    QVERIFY(DemoWorkspace::prepare(alphaDir));
    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    const QString beta = Demo::create(betaDir, clock).workspacePath;
    const QString alpha = QDir(alphaDir).filePath(QStringLiteral("alpha.couplet.json"));
    QVERIFY(QFile::rename(QDir(alphaDir).filePath(Demo::workspaceFileName()), alpha));

    QList<WorkspaceIssue> issues;
    const Workspace alphaWorkspace = WorkspaceFile::load(alpha, &issues);
    QVERIFY(issues.isEmpty());
    const int alphaErrors = StoreCheck(alphaWorkspace).store.countErrors(ErrorQuery{});
    const int betaErrors =
        StoreCheck(WorkspaceFile::load(beta, &issues)).store.countErrors(ErrorQuery{});
    QVERIFY(alphaErrors > 0);
    QVERIFY(alphaErrors != betaErrors);

    newWindow();
    QVERIFY(openAndWait(alpha));
    QVERIFY(openAndWait(beta));
    QTRY_COMPARE(m_window->page(QStringLiteral("errors"))->count(), betaErrors);

    QList<QAction *> actions;
    const QStringList listed = recentMenuPaths(m_window.get(), &actions);
    QCOMPARE(listed, (QStringList{QFileInfo(beta).absoluteFilePath(),
                                  QFileInfo(alpha).absoluteFilePath()}));
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    actions.at(1)->trigger();
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().constFirst().toString(), QFileInfo(alpha).absoluteFilePath());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("alpha.couplet — Couplet"));
    QCOMPARE(m_window->session()->workspace().resolvedStore().database,
             alphaWorkspace.resolvedStore().database);
    // The errors page lists alpha's errors, read from alpha's store.
    auto *errors = qobject_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    QVERIFY(errors);
    m_window->showPage(QStringLiteral("errors"));
    QTRY_COMPARE_WITH_TIMEOUT(errors->model()->totalCount(), alphaErrors, 30000);
    QTRY_VERIFY(errors->model()->isRowLoaded(0));
    QCOMPARE(errors->model()->error(0).message,
             StoreCheck(alphaWorkspace).store.errors(ErrorQuery{}).constFirst().message);
    // And it is first in the menu now.
    QCOMPARE(recentMenuPaths(m_window.get()).constFirst(), QFileInfo(alpha).absoluteFilePath());
}

// An entry whose file has gone since: the console says it cannot open it, keeps
// the workspace that is open, and drops the entry from the menu.
void TestConsoleFeatures::openRecentDropsAWorkspaceThatIsGone()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    const QString demo = Demo::create(m_dir->path(), clock).workspacePath;
    const QString gone = m_dir->filePath(QStringLiteral("gone.couplet.json"));
    QVERIFY(QFile::copy(demo, gone));
    newWindow(&clock);
    QVERIFY(openAndWait(gone));
    QVERIFY(openAndWait(demo));
    QVERIFY(QFile::remove(gone));
    const QString title = m_window->windowTitle();
    ConsoleSession *session = m_window->session();

    QList<QAction *> actions;
    QCOMPARE(recentMenuPaths(m_window.get(), &actions),
             (QStringList{QFileInfo(demo).absoluteFilePath(), QFileInfo(gone).absoluteFilePath()}));
    actions.at(1)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = messageBox(QStringLiteral("message"))));
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(gone)), qPrintable(box->text()));
    // Said as what happened, not as problems to correct in the file.
    QVERIFY2(box->text().contains(QLatin1String("does not exist any more")),
             qPrintable(box->text()));
    QCOMPARE(box->icon(), QMessageBox::Critical);
    clickButton(box, QMessageBox::Ok);
    // The open workspace stays open, and the menu no longer offers the lost one.
    QCOMPARE(m_window->session(), session);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(recentMenuPaths(m_window.get()), QStringList{QFileInfo(demo).absoluteFilePath()});
    QCOMPARE(Settings::recentWorkspaces(), QStringList{QFileInfo(demo).absoluteFilePath()});

    // A missing file that never was a recent workspace (a typed path) is not
    // said to have been moved, nor removed from a list it was never in.
    const QString typo = m_dir->filePath(QStringLiteral("typo.couplet.json"));
    QVERIFY(!m_window->openWorkspace(typo));
    QTRY_VERIFY((box = messageBox(QStringLiteral("message"))));
    QVERIFY2(box->text().contains(QLatin1String("does not exist.")), qPrintable(box->text()));
    QVERIFY2(!box->text().contains(QLatin1String("recent")), qPrintable(box->text()));
    clickButton(box, QMessageBox::Ok);
    QCOMPARE(m_window->session(), session);
    QCOMPARE(Settings::recentWorkspaces(), QStringList{QFileInfo(demo).absoluteFilePath()});
}

// `couplet --demo DIR --page skipped`: main() stores the page, then calls
// MainWindow::openDemo(DIR). The demo is made in a background thread, the
// window opens it on that page, and the demo's second sync runs in the console.
void TestConsoleFeatures::demoOptionOpensTheDemoOnThePage()
{
    const QString dir = m_dir->filePath(QStringLiteral("demo"));
    Settings::setCurrentPage(QStringLiteral("skipped")); // what --page does
    newWindow();
    // The sync starts as soon as the workspace opens: watch for its end from then on.
    int syncs = 0;
    QList<SyncJob> jobs;
    connect(m_window.get(), &MainWindow::workspaceOpened, this, [&] {
        connect(m_window->session(), &ConsoleSession::syncFinished, this,
                [&](const QList<SyncJob> &finished) {
                    jobs = finished;
                    ++syncs;
                });
    });
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    QSignalSpy failed(m_window.get(), &MainWindow::demoFailed);
    m_window->openDemo(dir);
    QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1 || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(0).toString()));

    for (const QString &name : Demo::fileNames())
        QVERIFY2(QFile::exists(QDir(dir).filePath(name)), qPrintable(name));
    const QString path = QDir(dir).filePath(Demo::workspaceFileName());
    QCOMPARE(opened.constFirst().constFirst().toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_window->currentPage()->pageId(), QStringLiteral("skipped"));

    QTRY_COMPARE_WITH_TIMEOUT(syncs, 1, 60000);
    QVERIFY(jobs.size() >= 3); // CURRENCY, CUSTOMER, CONTACT
    for (const SyncJob &job : std::as_const(jobs))
        QVERIFY(job.trigger == JobTrigger::Manual);
    // The counts in the navigation are those the sync left in the store, and the
    // demo leaves some on both pages.
    StoreCheck check(m_window->session()->workspace());
    CouplingQuery skippedQuery;
    skippedQuery.kind = CouplingQuery::Kind::Skipped;
    const int errors = check.store.countErrors(ErrorQuery{});
    const int skipped = check.store.countCouplings(skippedQuery);
    QVERIFY(errors > 0);
    QVERIFY(skipped > 0);
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QTRY_COMPARE_WITH_TIMEOUT(navigationCount(nav, 0), errors, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(navigationCount(nav, 2), skipped, 30000);
    QVERIFY(nav->item(0)->text().startsWith(QStringLiteral("Integration Synchronization Errors")));
    QVERIFY(nav->item(2)->text().startsWith(QStringLiteral("Skipped Synch. Records")));
    // The page it opened on lists the skipped records.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(QStringLiteral("skipped"))->count(), skipped, 30000);
}

// Right-click on a header: a menu with a checkable entry per column hides a
// column and shows it again, the last visible column cannot be hidden, and the
// hidden columns are kept when the window is closed and opened again.
void TestConsoleFeatures::headerMenuHidesAndShowsColumns()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    const QString path = Demo::create(m_dir->path(), clock).workspacePath;
    newWindow(&clock);
    QVERIFY(openAndWait(path));
    auto *page = qobject_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    QVERIFY(page);
    m_window->showPage(QStringLiteral("errors"));
    RecordTableView *table = page->table();
    QHeaderView *header = table->horizontalHeader();
    QAbstractItemModel *model = table->model();
    const int column = ErrorsModel::MappingColumn;
    const QString title = model->headerData(column, Qt::Horizontal).toString();
    QVERIFY(!title.isEmpty());
    QVERIFY(!header->isSectionHidden(column));

    // Hide it with a click on its entry.
    rightClickHeader(table, ErrorsModel::MessageColumn);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = visibleMenu(table)));
    QCOMPARE(menu->actions().size(), model->columnCount());
    QAction *entry = menuAction(menu, title);
    QVERIFY(entry);
    QVERIFY(entry->isCheckable() && entry->isChecked() && entry->isEnabled());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
    QTRY_VERIFY(header->isSectionHidden(column));
    QTRY_VERIFY(!visibleMenu(table));

    // The menu shows it unchecked; a click shows it again.
    rightClickHeader(table, ErrorsModel::MessageColumn);
    QTRY_VERIFY((menu = visibleMenu(table)));
    entry = menuAction(menu, title);
    QVERIFY(entry);
    QVERIFY(!entry->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
    QTRY_VERIFY(!header->isSectionHidden(column));
    QTRY_VERIFY(!visibleMenu(table));

    // With one column left, its entry is disabled: the table never goes blank.
    for (int c = 0; c < model->columnCount(); ++c)
        header->setSectionHidden(c, c != ErrorsModel::MessageColumn);
    rightClickHeader(table, ErrorsModel::MessageColumn);
    QTRY_VERIFY((menu = visibleMenu(table)));
    QAction *last =
        menuAction(menu, model->headerData(ErrorsModel::MessageColumn, Qt::Horizontal).toString());
    QVERIFY(last);
    QVERIFY(last->isChecked());
    QVERIFY(!last->isEnabled());
    QVERIFY(menuAction(menu, title)->isEnabled()); // a hidden one can come back
    menu->close();
    for (int c = 0; c < model->columnCount(); ++c)
        header->setSectionHidden(c, false);

    // Hidden through the menu, then the window closes: the next one hides it too.
    rightClickHeader(table, ErrorsModel::MessageColumn);
    QTRY_VERIFY((menu = visibleMenu(table)));
    menuAction(menu, title)->trigger();
    QVERIFY(header->isSectionHidden(column));
    QTRY_VERIFY(!visibleMenu(table));
    m_window->close();
    m_window.reset();

    newWindow(&clock);
    QVERIFY(openAndWait(path));
    page = qobject_cast<ErrorsPage *>(m_window->page(QStringLiteral("errors")));
    header = page->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(column));
    for (int c = 0; c < page->table()->model()->columnCount(); ++c) {
        if (c != column)
            QVERIFY2(!header->isSectionHidden(c), qPrintable(QString::number(c)));
    }
    // And its menu offers it back.
    rightClickHeader(page->table(), ErrorsModel::MessageColumn);
    QTRY_VERIFY((menu = visibleMenu(page->table())));
    QVERIFY(!menuAction(menu, title)->isChecked());
    menu->close();
}

// A scheduled mapping whose runs find nothing backs off; while it waits, the
// runner probes its local table at the mapping's interval, and a change made in
// the ERP brings the mapping back before its backed-off run is due.
void TestConsoleFeatures::probeWakesABackedOffMapping()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    clock.setStep(1);
    const QString path = Demo::create(m_dir->path(), clock).workspacePath;
    const QString mapping = QStringLiteral("CURRENCY");
    QList<WorkspaceIssue> issues;
    Workspace ws = WorkspaceFile::load(path, &issues);
    QVERIFY(issues.isEmpty());
    for (TableMapping &m : ws.mappings) {
        if (m.name == mapping)
            m.schedule = Schedule{5, 20};
    }
    QString error;
    QVERIFY2(WorkspaceFile::save(ws, path, &error), qPrintable(error));
    // The demo leaves a currency without an exchange rate, which fails on every
    // run, and a run with failed rows counts as work: it would never back off.
    // With its rate, the first run inserts it and the next ones find nothing.
    QVERIFY(editErp(ws,
                    QStringLiteral("UPDATE currency SET exchange_rate = ?, modified_at = ? "
                                   "WHERE code = ?"),
                    {11.5, erpStamp(clock.now()), QStringLiteral("NOK")}));
    clock.advance(1000);

    newWindow(&clock);
    QVERIFY(openAndWait(path));
    auto *runner = m_window->findChild<ScheduleRunner *>();
    QVERIFY(runner);
    ConsoleSession *session = m_window->session();
    QSignalSpy finished(session, &ConsoleSession::syncFinished);
    // The first run is due at once; then run it at each due time until its
    // runs find nothing and it backs off.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    for (int i = 0; i < 6 && !runner->scheduler().isBackedOff(mapping); ++i) {
        QTRY_VERIFY(!session->isBusy());
        clock.set(runner->scheduler().nextRun(mapping).addSecs(1));
        const qsizetype before = finished.size();
        runner->tick();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), before + 1, 60000);
    }
    QVERIFY2(runner->scheduler().isBackedOff(mapping),
             qPrintable(QString::number(runner->scheduler().currentDelayMinutes(mapping))));
    const QDateTime backedOffRun = runner->scheduler().nextRun(mapping);
    const int runs = scheduledJobs(ws, mapping);
    QVERIFY(runs > 0);
    QTRY_VERIFY(!session->isBusy());

    // A minute later: not due, nothing changed, so the probe finds nothing and
    // nothing runs.
    clock.advance(60 * 1000);
    QVERIFY(clock.now().addSecs(5 * 60) < backedOffRun); // room for the probe below
    const qsizetype settled = finished.size();
    runner->tick();
    // The read worker answers probes in order: once a probe of our own is
    // answered, the runner's has been too (and it would have started a run).
    bool answered = false;
    QStringList seen{QStringLiteral("<none>")};
    session->probeLocalChanges({mapping}, this, [&](const QStringList &changed) {
        seen = changed;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QCOMPARE(seen, QStringList());
    QCOMPARE(finished.size(), settled);
    QVERIFY(!session->isSyncing());
    QCOMPARE(scheduledJobs(ws, mapping), runs);
    QCOMPARE(runner->scheduler().nextRun(mapping), backedOffRun);

    // A currency changes in the ERP. One interval later (the probe's pace), the
    // probe sees it and the mapping runs at once, long before its backed-off time.
    clock.advance(5 * 60 * 1000 + 1000);
    const QString stamp = erpStamp(clock.now().addMSecs(-500));
    QVERIFY(editErp(ws,
                    QStringLiteral("UPDATE currency SET description = ?, modified_at = ? "
                                   "WHERE code = ?"),
                    {QStringLiteral("Euro (changed)"), stamp, QStringLiteral("EUR")}));
    QVERIFY(clock.now() < backedOffRun);
    const qsizetype before = finished.size();
    runner->tick();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), before + 1, 60000);
    // A run stores a job per direction: the store holds this run's jobs too.
    QVERIFY(scheduledJobs(ws, mapping) > runs);
    // It ran for the change: its jobs are the scheduled CURRENCY's, one of them
    // wrote the changed currency to the CRM, and the schedule is back to its
    // interval.
    const QList<SyncJob> woken = finished.constLast().constFirst().value<QList<SyncJob>>();
    QVERIFY(!woken.isEmpty());
    int modified = 0;
    for (const SyncJob &job : woken) {
        QCOMPARE(job.mapping, mapping);
        QVERIFY(job.trigger == JobTrigger::Scheduled);
        modified += job.modified;
    }
    QCOMPARE(modified, 1);
    QVERIFY(!runner->scheduler().isBackedOff(mapping));
}

QTEST_MAIN(TestConsoleFeatures)
#include "tst_consolefeatures.moc"
