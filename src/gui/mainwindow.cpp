#include "mainwindow.h"

#include "delegates/recordlinkdelegate.h"
#include "dialogs/recordviewdialog.h"
#include "mappingsmodel.h"
#include "pages/connectionsetuppage.h"
#include "pages/coupleddataerrorspage.h"
#include "pages/couplingspage.h"
#include "pages/errorspage.h"
#include "pages/jobspage.h"
#include "pages/mappingspage.h"
#include "pages/skippedrecordspage.h"
#include "session/consolesession.h"
#include "session/schedulerunner.h"
#include "settings.h"
#include "widgets/recordtableview.h"

#include "clock.h"
#include "credentialstore.h"
#include "demo/demo.h"
#include "error.h"
#include "secrets.h"
#include "workspace/workspacefile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

namespace couplet {

namespace {

constexpr int PageIdRole = Qt::UserRole + 1;

// The Troubleshooting summary shows a few columns of the Mappings model under
// short headers that fit the navigation column.
class SummaryModel final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
            switch (section) {
            case MappingsModel::NameColumn:
                return MainWindow::tr("Mapping");
            case MappingsModel::ErrorsColumn:
                return MainWindow::tr("Errors");
            case MappingsModel::CoupledErrorsColumn:
                return MainWindow::tr("Coupled");
            case MappingsModel::SkippedColumn:
                return MainWindow::tr("Skipped");
            default:
                break;
            }
        }
        if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
            switch (section) {
            case MappingsModel::ErrorsColumn:
                return MainWindow::tr("Integration Synchronization Errors of the mapping");
            case MappingsModel::CoupledErrorsColumn:
                return MainWindow::tr("Coupled Data Synchronization Errors of the mapping");
            case MappingsModel::SkippedColumn:
                return MainWindow::tr("Skipped Synch. Records of the mapping");
            default:
                break;
            }
        }
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Couplet"));
    m_credentials = new CredentialStore(this);
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    createCentral();
    restoreWindowState();
    updateSyncControls();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Workspace…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_demoAction = new QAction(tr("Open &Demo Workspace"), this);
    connect(m_demoAction, &QAction::triggered, this, [this] {
        openDemo(QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                     .filePath(QStringLiteral("demo")));
    });

    m_syncAction = new QAction(tr("&Synchronize Now"), this);
    m_syncAction->setObjectName(QStringLiteral("synchronizeNow"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncAction->setToolTip(tr("Synchronize the chosen mappings now (F9)"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::synchronizeNow);

    m_cancelAction = new QAction(tr("&Cancel"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelSync"));
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_cancelAction->setToolTip(tr("Stop the running job at the next row; it is saved as "
                                  "Cancelled"));
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (m_session) {
            m_session->cancelSync();
            m_statusLabel->setText(tr("Cancelling…"));
        }
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    QMenu *sync = menuBar()->addMenu(tr("&Synchronization"));
    sync->addAction(m_syncAction);
    sync->addAction(m_cancelAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Couplet"), this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Synchronization"));
    bar->setObjectName(QStringLiteral("synchronizationToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr("Mappings:") + QLatin1Char(' '), bar));
    m_syncTarget = new QComboBox(bar);
    m_syncTarget->setObjectName(QStringLiteral("syncTarget"));
    m_syncTarget->setMinimumContentsLength(14);
    m_syncTarget->setToolTip(tr("What Synchronize Now runs: all mappings in order, or one"));
    bar->addWidget(m_syncTarget);
    bar->addAction(m_syncAction);
    bar->addAction(m_cancelAction);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(statusBar());
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_progress = new QProgressBar(statusBar());
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_workspaceLabel = new QLabel(statusBar());
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_workspaceLabel);
}

void MainWindow::createCentral()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("navigationSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_navigation = new QListWidget(left);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSpacing(1);
    m_navigation->setUniformItemSizes(true);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            m_stack->setCurrentWidget(m_pages.at(row));
    });
    auto *summaryTitle = new QLabel(tr("<b>Troubleshooting</b>"), left);
    m_troubleshooting = new QTableView(left);
    m_troubleshooting->setObjectName(QStringLiteral("troubleshooting"));
    m_troubleshooting->verticalHeader()->hide();
    m_troubleshooting->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_troubleshooting->setSelectionMode(QAbstractItemView::SingleSelection);
    m_troubleshooting->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_troubleshooting->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_troubleshooting->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_troubleshooting->setShowGrid(false);
    m_troubleshooting->setAlternatingRowColors(true);
    m_troubleshooting->setToolTip(tr("Errors and skipped records per mapping. Click a count to "
                                     "open its page for that mapping."));
    connect(m_troubleshooting, &QAbstractItemView::clicked, this, [this](const QModelIndex &i) {
        if (!m_summaryModel || !i.isValid())
            return;
        const QString mapping = m_summaryModel->mapping(i.row()).name;
        const QString target =
            i.column() == MappingsModel::SkippedColumn         ? QStringLiteral("skipped")
            : i.column() == MappingsModel::CoupledErrorsColumn ? QStringLiteral("coupled")
                                                               : QStringLiteral("errors");
        if (Page *p = page(target)) {
            p->focusMapping(mapping);
            showPage(target);
        }
    });
    leftLayout->addWidget(m_navigation);
    leftLayout->addSpacing(8);
    leftLayout->addWidget(summaryTitle);
    leftLayout->addWidget(m_troubleshooting, 1);

    m_stack = new QStackedWidget(m_splitter);
    m_welcome = new QLabel(tr("<h2>No workspace is open</h2>"
                              "<p>Open a workspace file (<i>*.couplet.json</i>) with "
                              "<b>File → Open Workspace</b>, or try Couplet on the demo "
                              "workspace with <b>File → Open Demo Workspace</b>.</p>"),
                           m_stack);
    static_cast<QLabel *>(m_welcome)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_welcome)->setWordWrap(true);
    m_stack->addWidget(m_welcome);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({275, 1005});
    setCentralWidget(m_splitter);
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId)
            m_navigation->setCurrentRow(i);
    }
}

bool MainWindow::openWorkspace(const QString &path)
{
    // A file that has gone (a recent workspace moved or deleted) is said in
    // those words, and leaves Open Recent; WorkspaceFile::load() would report it
    // as a problem to correct in the file. One with mistakes stays listed, to be
    // fixed and opened again.
    if (!QFileInfo::exists(path)) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (Settings::recentWorkspaces().contains(absolute)) {
            showMessage(QMessageBox::Critical, tr("Cannot open the workspace"),
                        tr("%1 does not exist any more. It was moved or deleted, and has been "
                           "removed from the recent workspaces.")
                            .arg(QDir::toNativeSeparators(path)));
            Settings::removeRecentWorkspace(absolute);
            updateRecentMenu();
        } else {
            // A path given on the command line, or typed: it never was a recent one.
            showMessage(QMessageBox::Critical, tr("Cannot open the workspace"),
                        tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        }
        return false;
    }
    QList<WorkspaceIssue> issues;
    Workspace workspace;
    try {
        workspace = WorkspaceFile::load(path, &issues);
    } catch (const Error &error) {
        showMessage(QMessageBox::Critical, tr("Cannot open the workspace"),
                    tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), error.message()),
                    error.detail());
        Settings::removeRecentWorkspace(QFileInfo(path).absoluteFilePath());
        updateRecentMenu();
        return false;
    }
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const WorkspaceIssue &issue : std::as_const(issues))
            lines.append(issue.toString());
        showMessage(QMessageBox::Critical, tr("Cannot open the workspace"),
                    tr("%1 has %n problem(s). Correct the file and open it again.", nullptr,
                       int(issues.size()))
                        .arg(QDir::toNativeSeparators(path)),
                    lines.join(QLatin1Char('\n')));
        return false;
    }
    const quint64 request = ++m_openRequest;
    if (!secrets::needsKeychain(workspace)) {
        const ResolvedSecrets resolved = secrets::readHeadless(workspace);
        openSession(path, std::move(workspace), resolved);
        return true;
    }
    // The keychain answers asynchronously (it may even ask the user to unlock
    // it): the window stays responsive and the workspace opens on the answer.
    m_statusLabel->setText(
        tr("Reading the passwords of %1 from the keychain…").arg(QFileInfo(path).fileName()));
    secrets::resolve(workspace, *m_credentials, this,
                     [this, path, workspace, request](const ResolvedSecrets &resolved) {
                         if (request == m_openRequest) // no other workspace was opened since
                             openSession(path, workspace, resolved);
                     });
    return true;
}

void MainWindow::openSession(const QString &path, Workspace workspace,
                             const ResolvedSecrets &resolved)
{
    // A password that cannot be read does not keep the workspace closed: its
    // lists (in the state store) stay useful for troubleshooting, and what needs
    // the password fails with the connection's own error until it is fixed.
    if (!resolved.problems.isEmpty()) {
        showMessage(QMessageBox::Warning, tr("Some passwords could not be read"),
                    tr("%1\n\nThe workspace is open, but what needs these passwords fails until "
                       "they can be read.")
                        .arg(resolved.problems.join(QLatin1Char('\n'))));
    }
    QHash<QString, QString> secrets = resolved.secrets;

    saveWindowState();
    closeWorkspace();
    m_session = std::make_unique<ConsoleSession>(std::move(workspace), std::move(secrets), m_clock);
    connect(m_session.get(), &ConsoleSession::progress, this, &MainWindow::onProgress);
    connect(m_session.get(), &ConsoleSession::syncFinished, this, &MainWindow::onSyncFinished);
    connect(m_session.get(), &ConsoleSession::syncFailed, this, &MainWindow::onSyncFailed);
    connect(m_session.get(), &ConsoleSession::busyChanged, this, &MainWindow::updateSyncControls);
    connect(m_session.get(), &ConsoleSession::syncStarted, this,
            [this](const QStringList &mappings, JobTrigger trigger) {
                m_progress->setRange(0, 0);
                m_progress->show();
                m_statusLabel->setText(
                    trigger == JobTrigger::Scheduled
                        ? tr("Scheduled synchronization of %1…")
                              .arg(mappings.isEmpty() ? tr("all mappings")
                                                      : mappings.join(QStringLiteral(", ")))
                        : tr("Synchronizing %1…")
                              .arg(mappings.isEmpty() ? tr("all mappings")
                                                      : mappings.join(QStringLiteral(", "))));
                updateSyncControls();
            });
    connect(m_session.get(), &ConsoleSession::errorOccurred, this,
            [this](const QString &message, const QString &detail) {
                m_statusLabel->setText(message);
                showMessage(QMessageBox::Warning, tr("Couplet"), message, detail);
            });
    connect(m_session.get(), &ConsoleSession::workspaceChanged, this, [this] {
        m_summaryModel->setMappings(m_session->workspace().mappings);
        updateSyncControls();
    });
    connect(m_session.get(), &ConsoleSession::storeChanged, this, [this] {
        if (m_summaryModel)
            m_summaryModel->refresh();
    });

    buildPages();
    m_schedule = new ScheduleRunner(m_session.get(), this);

    const QString absolute = QFileInfo(path).absoluteFilePath();
    Settings::addRecentWorkspace(absolute);
    updateRecentMenu();
    setWindowTitle(tr("%1 — Couplet").arg(QFileInfo(path).completeBaseName()));
    m_workspaceLabel->setText(QDir::toNativeSeparators(absolute));
    m_statusLabel->setText(tr("Opened %1.").arg(QFileInfo(path).fileName()));
    updateSyncControls();
    emit workspaceOpened(absolute);
}

void MainWindow::openDemo(const QString &dir)
{
    m_statusLabel->setText(
        tr("Creating the demo workspace in %1…").arg(QDir::toNativeSeparators(dir)));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_demoAction->setEnabled(false);
    // Demo::create writes two databases and runs a first sync: seconds of work
    // that must not freeze the window.
    auto result = std::make_shared<std::pair<QString, QString>>(); // (path, error)
    QThread *thread = QThread::create([dir, result] {
        try {
            result->first = Demo::create(dir, SystemClock::instance()).workspacePath;
        } catch (const Error &error) {
            result->second = error.message();
        }
    });
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        m_progress->hide();
        m_demoAction->setEnabled(true);
        if (!result->second.isEmpty()) {
            m_statusLabel->setText(result->second);
            emit demoFailed(result->second);
            showMessage(QMessageBox::Critical, tr("Cannot create the demo workspace"),
                        result->second);
            return;
        }
        // The demo's second sync runs here, in the console, so its errors,
        // conflicts and skipped records appear on the pages as it goes.
        // (The demo keeps no password in the keychain, so it opens at once.)
        if (openWorkspace(result->first) && m_session)
            m_session->synchronize({}, JobTrigger::Manual);
    });
    thread->start();
}

void MainWindow::closeWorkspace()
{
    if (m_schedule)
        delete m_schedule;
    for (Page *p : std::as_const(m_pages)) {
        m_stack->removeWidget(p);
        delete p;
    }
    m_pages.clear();
    m_navigation->clear();
    QAbstractItemModel *summary = m_troubleshooting->model();
    m_troubleshooting->setModel(nullptr);
    delete summary;
    delete m_summaryModel;
    m_summaryModel = nullptr;
    m_session.reset();
    m_syncTarget->clear();
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::buildPages()
{
    ConsoleSession *s = m_session.get();
    m_pages = {new ErrorsPage(s, m_stack),         new CoupledDataErrorsPage(s, m_stack),
               new SkippedRecordsPage(s, m_stack), new MappingsPage(s, m_stack),
               new JobsPage(s, m_stack),           new CouplingsPage(s, m_stack),
               new ConnectionSetupPage(s, m_stack)};
    for (Page *p : std::as_const(m_pages)) {
        m_stack->addWidget(p);
        auto *item = new QListWidgetItem(p->title(), m_navigation);
        item->setData(PageIdRole, p->pageId());
        connect(p, &Page::countChanged, this, &MainWindow::updateNavigation);
        connect(p, &Page::linkActivated, this, &MainWindow::openRecordView);
        connect(p, &Page::statusMessage, m_statusLabel, &QLabel::setText);
        connect(p, &Page::showPageRequested, this, &MainWindow::showPage);
        p->restoreState(Settings::pages());
        for (RecordTableView *table : p->findChildren<RecordTableView *>())
            table->setSystemNames(s->workspace().systemName(Side::Local),
                                  s->workspace().systemName(Side::Remote));
    }
    updateNavigation();
    // The list is as tall as its pages; the summary below takes the rest.
    m_navigation->setFixedHeight(m_navigation->sizeHintForRow(0) * m_navigation->count() +
                                 2 * m_navigation->frameWidth() +
                                 2 * m_navigation->spacing() * m_navigation->count() + 4);
    connect(static_cast<JobsPage *>(page(QStringLiteral("jobs"))), &JobsPage::jobErrorsRequested,
            static_cast<ErrorsPage *>(page(QStringLiteral("errors"))), &ErrorsPage::showJob);

    m_summaryModel = new MappingsModel(s->reader(), this);
    m_summaryModel->setMappings(s->workspace().mappings);
    m_troubleshooting->setModel(new SummaryModel(m_summaryModel));
    static_cast<QIdentityProxyModel *>(m_troubleshooting->model())->setSourceModel(m_summaryModel);
    for (int c = 0; c < MappingsModel::ColumnCount; ++c) {
        const bool shown = c == MappingsModel::NameColumn || c == MappingsModel::ErrorsColumn ||
                           c == MappingsModel::CoupledErrorsColumn ||
                           c == MappingsModel::SkippedColumn;
        m_troubleshooting->setColumnHidden(c, !shown);
    }
    m_troubleshooting->horizontalHeader()->setSectionResizeMode(MappingsModel::NameColumn,
                                                                QHeaderView::Stretch);
    for (int c : {int(MappingsModel::ErrorsColumn), int(MappingsModel::CoupledErrorsColumn),
                  int(MappingsModel::SkippedColumn)})
        m_troubleshooting->horizontalHeader()->setSectionResizeMode(c,
                                                                    QHeaderView::ResizeToContents);

    const QString wanted = Settings::currentPage();
    showPage(page(wanted) ? wanted : QStringLiteral("errors"));
}

void MainWindow::updateNavigation()
{
    for (int i = 0; i < m_pages.size() && i < m_navigation->count(); ++i) {
        Page *p = m_pages.at(i);
        const int n = p->count();
        m_navigation->item(i)->setText(n >= 0 ? tr("%1 (%2)").arg(p->title()).arg(n) : p->title());
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentWorkspaces();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::updateSyncControls()
{
    const bool open = m_session != nullptr;
    const bool syncing = open && m_session->isSyncing();
    m_syncAction->setEnabled(open && !m_session->isBusy());
    m_cancelAction->setEnabled(syncing);
    m_syncTarget->setEnabled(open && !syncing);
    if (!open)
        return;
    const QString chosen = m_syncTarget->currentData().toString();
    QStringList names;
    for (const TableMapping &m : m_session->workspace().mappings)
        names.append(m.name);
    QStringList shown;
    for (int i = 1; i < m_syncTarget->count(); ++i)
        shown.append(m_syncTarget->itemData(i).toString());
    if (shown != names || m_syncTarget->count() == 0) {
        m_syncTarget->clear();
        m_syncTarget->addItem(tr("All mappings"), QString());
        for (const QString &n : std::as_const(names))
            m_syncTarget->addItem(n, n);
        const int i = m_syncTarget->findData(chosen);
        m_syncTarget->setCurrentIndex(i >= 0 ? i : 0);
    }
}

void MainWindow::openWorkspaceDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open Workspace"), QString(),
                                   tr("Couplet workspaces (*.couplet.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { openWorkspace(file); });
    dialog->open();
}

void MainWindow::openRecordView(const QString &mapping, const RecordRef &ref)
{
    if (!m_session || !ref.isValid())
        return;
    auto *view = new RecordViewDialog(m_session.get(), mapping, ref, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &RecordViewDialog::linkActivated, this, &MainWindow::openRecordView);
    view->show();
}

void MainWindow::synchronizeNow()
{
    if (!m_session)
        return;
    const QString chosen = m_syncTarget->currentData().toString();
    m_session->synchronize(chosen.isEmpty() ? QStringList() : QStringList{chosen},
                           JobTrigger::Manual);
}

void MainWindow::onProgress(const QString &mapping, int done, int total)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1: %2/%3").arg(mapping).arg(done).arg(total));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->show();
    m_statusLabel->setText(tr("Synchronizing %1: %2 of %3 rows").arg(mapping).arg(done).arg(total));
}

void MainWindow::onSyncFinished(const QList<SyncJob> &jobs)
{
    m_progress->hide();
    int failed = 0;
    int skipped = 0;
    int changed = 0;
    bool cancelled = false;
    for (const SyncJob &job : jobs) {
        failed += job.failed;
        skipped += job.skipped;
        changed += job.inserted + job.modified + job.deleted;
        cancelled = cancelled || job.status == JobStatus::Cancelled;
    }
    if (cancelled)
        m_statusLabel->setText(tr("Synchronization cancelled; the work done so far is saved."));
    else if (failed + skipped > 0)
        m_statusLabel->setText(tr("Synchronization finished: %1 row(s) changed, %2 failed, "
                                  "%3 skipped. See the error pages.")
                                   .arg(changed)
                                   .arg(failed)
                                   .arg(skipped));
    else
        m_statusLabel->setText(
            tr("Synchronization finished: %n row(s) changed.", nullptr, changed));
    updateSyncControls();
}

void MainWindow::onSyncFailed(const QString &message, const QString &detail)
{
    m_progress->hide();
    m_statusLabel->setText(tr("Synchronization failed: %1").arg(message));
    if (!detail.isEmpty())
        m_statusLabel->setToolTip(detail);
    updateSyncControls();
}

void MainWindow::saveWindowState()
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(QMainWindow::saveState());
    Settings::setNavigationSplitter(m_splitter->saveState());
    if (Page *p = currentPage())
        Settings::setCurrentPage(p->pageId());
    for (Page *p : std::as_const(m_pages))
        p->saveState(Settings::pages());
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = Settings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    QMainWindow::restoreState(Settings::windowState());
    m_splitter->restoreState(Settings::navigationSplitter());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_session && m_session->isSyncing())
        m_session->cancelSync();
    event->accept();
}

void MainWindow::showAbout()
{
    showMessage(QMessageBox::Information, tr("About Couplet"),
                tr("<h3>Couplet %1</h3><p>Keeps records in two systems in sync and helps "
                   "administrators troubleshoot that synchronization.</p>")
                    .arg(QApplication::applicationVersion()));
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                             const QString &detail)
{
    // Window-modal and open(): the GUI thread never runs a nested event loop.
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("message"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!detail.isEmpty())
        box->setDetailedText(detail);
    box->open();
}

} // namespace couplet
