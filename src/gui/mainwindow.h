#pragma once

#include "model/recordref.h"
#include "model/syncjob.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace couplet {

class Clock;
class ConsoleSession;
class CredentialStore;
class MappingsModel;
class Page;
class ScheduleRunner;
struct ResolvedSecrets;
struct Workspace;

// The console's window: the navigation list with live counts and the
// Troubleshooting summary on the left, the pages on the right, Synchronize Now
// and Cancel in the tool bar, and the running job's progress in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file; on failure shows why and keeps the current one.
    // Passwords kept in the keychain are read first, asynchronously: then it
    // returns true at once and the workspace opens when the keychain has
    // answered (workspaceOpened()). A password that cannot be read opens the
    // workspace anyway, with a warning that says which and why.
    bool openWorkspace(const QString &path);
    // Creates the demo workspace in `dir` (in the background) and opens it.
    void openDemo(const QString &dir);

    ConsoleSession *session() const { return m_session.get(); }
    // The page with this id ("errors", "coupled", "skipped", "mappings", "jobs",
    // "couplings"), or nullptr.
    Page *page(const QString &pageId) const;
    Page *currentPage() const;
    void showPage(const QString &pageId);
    // For tests: an injected clock for the workers (must outlive the window).
    void setClock(const Clock *clock) { m_clock = clock; }

signals:
    void workspaceOpened(const QString &path);
    // The demo could not be created.
    void demoFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createCentral();
    void closeWorkspace();
    void openSession(const QString &path, Workspace workspace, const ResolvedSecrets &secrets);
    void buildPages();
    void updateNavigation();
    void updateRecentMenu();
    void updateSyncControls();
    void openWorkspaceDialog();
    void openRecordView(const QString &mapping, const RecordRef &ref);
    void synchronizeNow();
    void onProgress(const QString &mapping, int done, int total);
    void onSyncFinished(const QList<SyncJob> &jobs);
    void onSyncFailed(const QString &message, const QString &detail);
    void saveWindowState();
    void restoreWindowState();
    void showAbout();
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                     const QString &detail = {});

    const Clock *m_clock = nullptr;
    std::unique_ptr<ConsoleSession> m_session;
    CredentialStore *m_credentials = nullptr;
    quint64 m_openRequest = 0; // the latest openWorkspace(); older keychain answers are dropped
    QList<Page *> m_pages;
    QPointer<ScheduleRunner> m_schedule;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QTableView *m_troubleshooting = nullptr;
    MappingsModel *m_summaryModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcome = nullptr;
    QComboBox *m_syncTarget = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace couplet
