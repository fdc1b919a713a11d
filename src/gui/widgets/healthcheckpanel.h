#pragma once

#include "health/healthcheck.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace couplet {

class ConsoleSession;

// Connection Setup → Health Check: Run Health Check, when the check last ran
// and what it found, the checklist (one line per check with the worst status
// of its results, the results under it) and, for the selected result, its
// message, how to fix it and a "Go to" button to the place where it is fixed.
// The checks run in the session's worker; the panel only asks and shows, and
// leaves the going to its page (goToRequested()).
class HealthCheckPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCheckPanel)
public:
    enum Column { CheckColumn, ResultColumn };
    Q_ENUM(Column)
    enum Role {
        StatusRole = Qt::UserRole + 1, // every item: its HealthStatus (a check: the worst), as int
        CheckRole,                     // every item: the check's id ("exchange-rates")
        ResultRole,                    // result items: the index in results(); checks: -1
    };
    Q_ENUM(Role)

    explicit HealthCheckPanel(ConsoleSession *session, QWidget *parent = nullptr);

    // Why the check cannot run now (unapplied edits), shown beside the button;
    // empty when it can.
    void setBlockedReason(const QString &reason);
    // Runs the checks of every mapping in the background (Run Health Check).
    void run();
    bool isRunning() const { return m_running; }

    // The results of the last run, in the order the checks gave them.
    const QList<HealthResult> &results() const { return m_results; }
    // The worst status of the last run (Skipped before the first).
    HealthStatus worstStatus() const;
    // The line under the button: when the check last ran and what it found.
    QString summaryText() const;
    // The plain text of the details pane.
    QString detailsText() const;
    // The checklist's item of a check (by id), or nullptr.
    QTreeWidgetItem *checkItem(const QString &check) const;
    // Selects a result (its index in results()) in the checklist.
    void selectResult(int index);

    // The sizes of the checklist and the details pane, for the page's settings.
    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

    // The icon the checklist shows for a status.
    QIcon statusIcon(HealthStatus status) const;
    // "OK", "Warning", "Problem", "Not checked", translated.
    static QString statusText(HealthStatus status);

signals:
    // A run has ended and its results are shown (also after a failed run).
    void finished();
    // The "Go to" button (or a double click) of a result with a target.
    void goToRequested(const couplet::HealthResult &result);
    // The link to the Integration Synchronization Errors in the summary line.
    void errorsPageRequested();
    // A line for the status bar.
    void statusMessage(const QString &text);

private:
    void updateRunButton();
    void showProgress(const QString &check);
    void showResults(const QList<HealthResult> &results, int logged);
    void showFailure(const QString &message, const QString &detail);
    void fillChecklist();
    void updateDetails();
    void goToSelected();
    QString summary(bool html) const;
    QString resultCaption(const HealthResult &result) const;
    QString goToText(const HealthResult &result) const;
    QString goToToolTip(const HealthResult &result) const;
    const HealthResult *selectedResult() const;

    ConsoleSession *m_session;
    QList<HealthResult> m_results;
    QDateTime m_lastRun;
    int m_logged = 0;
    bool m_running = false;
    QString m_blockedReason;
    QString m_failure;                 // why the last run failed as a whole, or empty
    QString m_currentCheck;            // while running: the check under way
    mutable QHash<int, QIcon> m_icons; // by HealthStatus

    QPushButton *m_run = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_checklist = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_goTo = nullptr;
};

} // namespace couplet
