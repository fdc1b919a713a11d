#include "page.h"

#include "engine/consoleworker.h"
#include "session/consolesession.h"
#include "storereader.h"

#include <QAction>
#include <QMessageBox>
#include <QToolBar>

namespace couplet {

Page::Page(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    connect(session, &ConsoleSession::busyChanged, this, &Page::updateActions);
}

void Page::saveState(QSettings &) const {}

void Page::restoreState(QSettings &) {}

QToolBar *Page::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    return bar;
}

void Page::confirm(const QString &title, const QString &text, std::function<void()> onYes,
                   bool destructive)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(destructive ? QMessageBox::No : QMessageBox::Yes);
    connect(box, &QMessageBox::finished, this, [box, onYes = std::move(onYes)](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onYes();
    });
    box->open();
}

void Page::inform(QMessageBox::Icon icon, const QString &title, const QString &text,
                  const QString &detail)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("information"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!detail.isEmpty())
        box->setDetailedText(detail);
    box->open();
}

bool Page::selectionIsRead(int unread, const QString &howToNarrow)
{
    if (unread <= 0)
        return true;
    inform(QMessageBox::Information, tr("Selection Too Large"),
           tr("%n of the selected lines have not been read from the store yet, so the action "
              "would not cover them.",
              nullptr, unread) +
               QLatin1Char(' ') + howToNarrow);
    return false;
}

void Page::run(const Operation &operation, std::function<QString(const OperationResult &)> what,
               std::function<void()> then)
{
    m_session->perform(
        operation, this,
        [this, what = std::move(what), then = std::move(then)](const OperationResult &result) {
            emit statusMessage(what(result));
            if (result.failed > 0) {
                inform(QMessageBox::Warning, tr("Some lines failed"),
                       tr("%n line(s) could not be processed. Each one is logged on the "
                          "Integration Synchronization Errors page.",
                          nullptr, result.failed),
                       result.messages.join(QLatin1Char('\n')));
            }
            if (then)
                then();
        },
        [this](const QString &message, const QString &detail) {
            emit statusMessage(message);
            inform(QMessageBox::Critical, tr("The operation failed"), message, detail);
        });
}

void Page::askCount(std::function<void(quint64)> send, std::function<void(int)> then)
{
    StoreReader *reader = m_session->reader();
    const quint64 id = reader->newRequestId();
    // One-shot connections that remove themselves when the answer (or a failure) arrives.
    auto connections =
        std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
    auto finish = [connections] {
        QObject::disconnect(connections->first);
        QObject::disconnect(connections->second);
    };
    connections->first = connect(reader, &StoreReader::countReady, this,
                                 [id, finish, then = std::move(then)](quint64 answered, int n) {
                                     if (answered != id)
                                         return;
                                     finish();
                                     then(n);
                                 });
    connections->second = connect(
        reader, &StoreReader::failed, this,
        [this, id, finish](quint64 answered, const QString &message, const QString &detail) {
            if (answered != id)
                return;
            finish();
            inform(QMessageBox::Critical, tr("Cannot count the entries"), message, detail);
        });
    send(id);
}

void Page::countConfirmRun(std::function<void(quint64)> sendCount, const QString &title,
                           std::function<QString(int)> question, const QString &nothing,
                           const Operation &operation,
                           std::function<QString(const OperationResult &)> what)
{
    askCount(std::move(sendCount), [=, this](int n) {
        if (n == 0) {
            emit statusMessage(nothing);
            return;
        }
        confirm(title, question(n), [=, this] { run(operation, what); });
    });
}

void Page::trackAction(QAction *action, bool needsSelection)
{
    m_tracked.append({action, needsSelection});
    updateActions();
}

void Page::setHasSelection(bool hasSelection)
{
    m_hasSelection = hasSelection;
    updateActions();
}

void Page::updateActions()
{
    const bool busy = m_session->isBusy();
    for (const auto &[action, needsSelection] : std::as_const(m_tracked))
        action->setEnabled(!busy && (!needsSelection || m_hasSelection));
}

} // namespace couplet
