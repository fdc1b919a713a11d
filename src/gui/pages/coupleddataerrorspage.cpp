#include "coupleddataerrorspage.h"

#include "captions.h"
#include "coupleddataerrorsmodel.h"
#include "session/consolesession.h"
#include "widgets/mappingfilterbar.h"
#include "widgets/recordtableview.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QToolBar>

namespace couplet {

CoupledDataErrorsPage::CoupledDataErrorsPage(ConsoleSession *session, QWidget *parent)
    : CouplingListPage(session, parent)
    , m_details(new QPlainTextEdit(this))
{
    const Workspace &w = session->workspace();
    setObjectName(QStringLiteral("coupledPage"));

    auto *restore = new QAction(tr("Restore Records"), this);
    restore->setObjectName(QStringLiteral("restoreRecords"));
    restore->setToolTip(tr("Recreate the deleted row of each selected line from the row left on "
                           "the other side"));
    connect(restore, &QAction::triggered, this, &CoupledDataErrorsPage::restoreRecords);

    auto *deleteRecords = new QAction(tr("Delete Records"), this);
    deleteRecords->setObjectName(QStringLiteral("deleteRecords"));
    deleteRecords->setToolTip(tr("Delete the row left after a deletion, and the coupling, for "
                                 "each selected line"));
    connect(deleteRecords, &QAction::triggered, this, &CoupledDataErrorsPage::deleteRecords);

    auto *find = new QAction(tr("Find for Deleted"), this);
    find->setObjectName(QStringLiteral("findForDeleted"));
    find->setToolTip(tr("Check every coupling of the chosen mapping (or of all) for rows deleted "
                        "in %1 or %2")
                         .arg(w.systemName(Side::Local), w.systemName(Side::Remote)));
    connect(find, &QAction::triggered, this, &CoupledDataErrorsPage::findForDeleted);

    QToolBar *bar = createToolBar();
    bar->setObjectName(QStringLiteral("toolBar"));
    bar->addAction(deleteCouplingAction());
    bar->addSeparator();
    bar->addAction(retryAction());
    bar->addAction(synchronizeAction());
    bar->addSeparator();
    bar->addAction(restore);
    bar->addAction(deleteRecords);
    bar->addSeparator();
    bar->addAction(find);

    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a line to see its last error in full."));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *model = new CoupledDataErrorsModel(session->reader(), w.mappings, 200, this);
    setUpList(bar, model, m_details, 30);
    table()->addActions(
        {deleteCouplingAction(), retryAction(), synchronizeAction(), restore, deleteRecords});
    table()->setColumnWidth(CoupledDataErrorsModel::MappingColumn, 100);
    table()->setColumnWidth(CoupledDataErrorsModel::LocalColumn, 150);
    table()->setColumnWidth(CoupledDataErrorsModel::RemoteColumn, 190);
    table()->setColumnWidth(CoupledDataErrorsModel::ToRemoteColumn, 165);
    table()->setColumnWidth(CoupledDataErrorsModel::FromRemoteColumn, 180);
    table()->setColumnWidth(CoupledDataErrorsModel::ErrorColumn, 330);

    trackAction(restore, true);
    trackAction(deleteRecords, true);
    trackAction(find, false);
}

QString CoupledDataErrorsPage::title() const
{
    return tr("Coupled Data Synchronization Errors");
}

void CoupledDataErrorsPage::selectionChanged()
{
    if (!table()->selectionModel()->hasSelection()) {
        m_details->clear();
        return;
    }
    // The current line when it is selected, else the first selected one.
    const int current = table()->currentIndex().row();
    const int row = current >= 0 && table()->selectionModel()->isRowSelected(current)
                        ? current
                        : table()->firstSelectedRow();
    if (listModel()->isRowLoaded(row))
        m_details->setPlainText(describe(listModel()->coupling(row)));
    else
        m_details->clear(); // its page is on its way
}

QString CoupledDataErrorsPage::describe(const Coupling &c) const
{
    const Workspace &w = session()->workspace();
    const TableMapping *m = w.mapping(c.mapping);
    const RecordRef local{Side::Local, m ? m->local.table : QString(), c.localKey};
    const RecordRef remote{Side::Remote, m ? m->remote.table : QString(), c.remoteKey};
    QStringList lines;
    lines.append(
        tr("%1: %2 ↔ %3")
            .arg(c.mapping, Captions::recordToolTip(local), Captions::recordToolTip(remote)));
    auto result = [](SyncResult r) {
        return r == SyncResult::None ? tr("not run yet") : Captions::result(r);
    };
    lines.append(
        tr("Last result to %1: %2 · from %1: %3")
            .arg(w.systemName(Side::Remote), result(c.lastToRemote), result(c.lastFromRemote)));
    if (c.failedSince.isValid())
        lines.append(tr("Failing since %1").arg(Captions::dateTime(c.failedSince)));
    if (c.localDeleted)
        lines.append(tr("The %1 row was deleted.").arg(w.systemName(Side::Local)));
    if (c.remoteDeleted)
        lines.append(tr("The %1 row was deleted.").arg(w.systemName(Side::Remote)));
    lines.append(QString());
    lines.append(c.lastError.isEmpty() ? tr("No error message was recorded.") : c.lastError);
    return lines.join(QLatin1Char('\n'));
}

void CoupledDataErrorsPage::restoreRecords()
{
    const QList<Coupling> lines = couplingsToActOn();
    if (lines.isEmpty())
        return;
    QList<qint64> ids;
    bool localGone = false;
    bool remoteGone = false;
    for (const Coupling &c : lines) {
        if (c.localDeleted == c.remoteDeleted)
            continue; // both rows there, or both gone: nothing to restore from
        ids.append(c.id);
        localGone |= c.localDeleted;
        remoteGone |= c.remoteDeleted;
    }
    if (ids.isEmpty()) {
        inform(QMessageBox::Information, tr("Restore Records"),
               tr("None of the selected lines has a row deleted on one side only. Restore "
                  "Records recreates such a row from the row left on the other side; use Find "
                  "for Deleted to look for deleted rows."));
        return;
    }
    confirm(
        tr("Restore Records"),
        tr("Recreate the deleted rows of %n coupling(s) in %1 from the rows left in %2?", nullptr,
           int(ids.size()))
            .arg(systemNames(localGone, remoteGone), systemNames(remoteGone, localGone)),
        [this, ids] {
            Operation op;
            op.kind = Operation::Kind::RestoreRecords;
            op.couplingIds = ids;
            run(op, [](const OperationResult &r) {
                return tr("Restored %n record(s).", nullptr, r.done);
            });
        },
        false);
}

void CoupledDataErrorsPage::deleteRecords()
{
    const QList<Coupling> lines = couplingsToActOn();
    if (lines.isEmpty())
        return;
    QList<qint64> ids;
    bool localLeft = false;
    bool remoteLeft = false;
    for (const Coupling &c : lines) {
        if (!c.localDeleted && !c.remoteDeleted)
            continue; // both rows there: Delete Records only removes what a deletion left
        ids.append(c.id);
        localLeft |= !c.localDeleted;
        remoteLeft |= !c.remoteDeleted;
    }
    if (ids.isEmpty()) {
        inform(QMessageBox::Information, tr("Delete Records"),
               tr("None of the selected lines has a deleted row. Delete Records removes the row "
                  "left after a deletion on the other side, with its coupling."));
        return;
    }
    const QString text =
        localLeft || remoteLeft
            ? tr("Delete the rows of %n coupling(s) in %1? This cannot be undone.", nullptr,
                 int(ids.size()))
                  .arg(systemNames(localLeft, remoteLeft))
            : tr("Both rows of %n coupling(s) are already gone. Delete the coupling(s)?", nullptr,
                 int(ids.size()));
    confirm(tr("Delete Records"), text, [this, ids] {
        Operation op;
        op.kind = Operation::Kind::DeleteRecords;
        op.couplingIds = ids;
        run(op, [](const OperationResult &r) {
            return tr("Deleted the records of %n coupling(s).", nullptr, r.done);
        });
    });
}

void CoupledDataErrorsPage::findForDeleted()
{
    Operation op;
    op.kind = Operation::Kind::FindForDeleted;
    op.mappings = filteredMappings();
    const QString scope =
        filterBar()->mapping().isEmpty() ? tr("every mapping") : filterBar()->mapping();
    emit statusMessage(tr("Looking for deleted rows in %1…").arg(scope));
    run(op, [scope](const OperationResult &r) {
        return tr("Find for Deleted (%1) found %n coupling(s) with a newly deleted row.", nullptr,
                  r.done)
            .arg(scope);
    });
}

} // namespace couplet
