#pragma once

#include "model/recordref.h"

#include <QList>
#include <QMessageBox>

#include <QWidget>
#include <functional>

class QAction;
class QSettings;
class QToolBar;

namespace couplet {

class ConsoleSession;
struct Operation;
struct OperationResult;

// One page of the console (a list with its actions). Pages are thin: they show
// models, collect a selection and a confirmation, and hand the work to the
// session, which runs it in the worker thread.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(ConsoleSession *session, QWidget *parent = nullptr);

    // The caption in the navigation list, without the count.
    virtual QString title() const = 0;
    // The number shown after the title ("Skipped Synch. Records (3)"); -1: none.
    virtual int count() const { return -1; }
    // A stable name for the settings keys and tests.
    virtual QString pageId() const = 0;

    // Window state: column widths, sort order, splitter sizes.
    virtual void saveState(QSettings &settings) const;
    virtual void restoreState(QSettings &settings);

    // Narrows the page to one mapping (from the Troubleshooting summary).
    virtual void focusMapping(const QString &mapping) { Q_UNUSED(mapping); }

    ConsoleSession *session() const { return m_session; }

signals:
    void countChanged();
    // A Source/Destination/row link was activated: the main window opens the record view.
    void linkActivated(const QString &mapping, const couplet::RecordRef &ref);
    // A line for the status bar.
    void statusMessage(const QString &text);
    // Ask the main window to show another page (drill-down).
    void showPageRequested(const QString &pageId);

protected:
    // A tool bar placed at the top of the page, for the page's actions.
    QToolBar *createToolBar();
    // Asks a yes/no question in a window-modal box (no nested event loop) and
    // runs `onYes` when the administrator agrees. `destructive` makes No the default.
    void confirm(const QString &title, const QString &text, std::function<void()> onYes,
                 bool destructive = true);
    // Shows a message in a window-modal box without waiting for it.
    void inform(QMessageBox::Icon icon, const QString &title, const QString &text,
                const QString &detail = {});
    // Runs an operation and reports its result on the status bar (and in a
    // message box when some lines failed). `what` turns the result into a sentence.
    void run(const Operation &operation, std::function<QString(const OperationResult &)> what,
             std::function<void()> then = {});
    // Asks the store reader for a count in its thread (`send` posts the request
    // with the given id) and calls `then` with the answer on the GUI thread.
    void askCount(std::function<void(quint64 id)> send, std::function<void(int count)> then);
    // The "Delete Entries Older Than N Days" / "Delete All Entries" flow: counts
    // the entries (`sendCount` posts the count request), says `nothing` when
    // there are none, otherwise asks `question(count)` and runs `operation`.
    void countConfirmRun(std::function<void(quint64 id)> sendCount, const QString &title,
                         std::function<QString(int count)> question, const QString &nothing,
                         const Operation &operation,
                         std::function<QString(const OperationResult &)> what);
    // Refuses an action on a selection that reaches `unread` lines not read
    // from the store yet (a long list holds only the pages around the view, so
    // the action would silently skip them), and says how to narrow the list
    // (`howToNarrow`). True when every selected line has been read.
    bool selectionIsRead(int unread, const QString &howToNarrow);
    // Disables the actions while the session is busy with a job or operation
    // and when nothing is selected (for `needsSelection`).
    void trackAction(QAction *action, bool needsSelection);
    // Called when the selection changes, so tracked actions follow it.
    void setHasSelection(bool hasSelection);

private:
    void updateActions();

    ConsoleSession *m_session;
    QList<std::pair<QAction *, bool>> m_tracked;
    bool m_hasSelection = false;
};

} // namespace couplet
