#include "couplinglistpage.h"

#include "couplinglistmodel.h"
#include "session/consolesession.h"
#include "widgets/mappingfilterbar.h"
#include "widgets/recordtableview.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace couplet {

CouplingListPage::CouplingListPage(ConsoleSession *session, QWidget *parent)
    : Page(session, parent)
    , m_retry(new QAction(tr("Retry"), this))
    , m_synchronize(new QAction(tr("Synchronize"), this))
    , m_deleteCoupling(new QAction(tr("Delete Coupling"), this))
{
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setToolTip(tr("Take the selected lines out of this list; the next synchronization "
                           "tries them again first"));
    connect(m_retry, &QAction::triggered, this, &CouplingListPage::retrySelected);

    m_synchronize->setObjectName(QStringLiteral("synchronize"));
    m_synchronize->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_synchronize->setToolTip(tr("Synchronize the mappings of the selected lines now"));
    connect(m_synchronize, &QAction::triggered, this, &CouplingListPage::synchronizeSelected);

    m_deleteCoupling->setObjectName(QStringLiteral("deleteCoupling"));
    m_deleteCoupling->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteCoupling->setShortcut(QKeySequence::Delete);
    m_deleteCoupling->setShortcutContext(Qt::WidgetShortcut);
    m_deleteCoupling->setToolTip(tr("Remove the link between the rows of the selected lines; "
                                    "the rows themselves stay (Del)"));
    connect(m_deleteCoupling, &QAction::triggered, this,
            &CouplingListPage::deleteSelectedCouplings);

    m_selectionDelay.setSingleShot(true);
    m_selectionDelay.setInterval(50);
    connect(&m_selectionDelay, &QTimer::timeout, this, &CouplingListPage::selectionChanged);
}

void CouplingListPage::setUpList(QToolBar *toolBar, CouplingListModel *model, QWidget *details,
                                 int detailsShare)
{
    m_model = model;
    m_model->setParent(this);

    m_filter = new MappingFilterBar(session()->workspace().mappings, this);
    connect(m_filter, &MappingFilterBar::mappingChanged, m_model,
            &CouplingListModel::setMappingFilter);
    connect(m_filter, &MappingFilterBar::searchChanged, m_model, &CouplingListModel::setSearchText);

    m_table = new RecordTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &RecordTableView::linkActivated, this, &Page::linkActivated);
    connect(m_table, &RecordTableView::selectedRowsChanged, this, [this] {
        // Not selectedIds(): a selection may span a million rows not read yet.
        setHasSelection(m_table->selectionModel()->hasSelection());
        m_selectionDelay.start();
    });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 100 - detailsShare);
    m_splitter->setStretchFactor(1, detailsShare);
    m_splitter->setSizes({10 * (100 - detailsShare), 10 * detailsShare});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(m_filter);
    layout->addWidget(m_splitter, 1);

    // Lists follow the store: after every job and operation, and a resolved
    // line leaves the list. The selection is kept by coupling id.
    connect(session(), &ConsoleSession::storeChanged, m_model, &CouplingListModel::refresh);
    connect(session(), &ConsoleSession::workspaceChanged, this,
            [this] { m_filter->setMappings(session()->workspace().mappings); });
    connect(m_model, &CouplingListModel::totalCountChanged, this, &Page::countChanged);
    connect(m_model, &CouplingListModel::refreshed, &m_selectionDelay, qOverload<>(&QTimer::start));
    // A selected line whose page arrives is shown then (the details, the comparison).
    connect(m_model, &CouplingListModel::dataChanged, &m_selectionDelay,
            qOverload<>(&QTimer::start));
    connect(m_model, &CouplingListModel::loadFailed, this,
            [this](const QString &message) { emit statusMessage(message); });

    for (QAction *action : {m_retry, m_synchronize, m_deleteCoupling})
        trackAction(action, true);
    setHasSelection(false);
}

int CouplingListPage::count() const
{
    return m_model ? m_model->totalCount() : -1;
}

void CouplingListPage::saveState(QSettings &settings) const
{
    const QString key = QStringLiteral("pages/%1/").arg(pageId());
    m_table->saveState(settings, key + QStringLiteral("table"));
    settings.setValue(key + QStringLiteral("splitter"), m_splitter->saveState());
}

void CouplingListPage::restoreState(QSettings &settings)
{
    const QString key = QStringLiteral("pages/%1/").arg(pageId());
    m_table->restoreState(settings, key + QStringLiteral("table"));
    const QByteArray splitter = settings.value(key + QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void CouplingListPage::focusMapping(const QString &mapping)
{
    m_filter->setMapping(mapping);
}

QList<Coupling> CouplingListPage::selectedCouplings() const
{
    QList<Coupling> couplings;
    for (int row : m_table->selectedReadRows())
        couplings.append(m_model->coupling(row));
    return couplings;
}

QList<Coupling> CouplingListPage::couplingsToActOn()
{
    if (!selectionIsRead(m_table->selectedUnreadRowCount(),
                         tr("Narrow the list with the search or the mapping filter, then select "
                            "the lines again.")))
        return {};
    return selectedCouplings();
}

QList<qint64> CouplingListPage::idsOf(const QList<Coupling> &couplings)
{
    QList<qint64> ids;
    ids.reserve(couplings.size());
    for (const Coupling &c : couplings)
        ids.append(c.id);
    return ids;
}

QStringList CouplingListPage::mappingsOf(const QList<Coupling> &couplings)
{
    QStringList mappings;
    for (const Coupling &c : couplings) {
        if (!mappings.contains(c.mapping))
            mappings.append(c.mapping);
    }
    return mappings;
}

QStringList CouplingListPage::filteredMappings() const
{
    if (!m_filter->mapping().isEmpty())
        return {m_filter->mapping()};
    return allMappings();
}

QStringList CouplingListPage::allMappings() const
{
    QStringList all;
    for (const TableMapping &m : session()->workspace().mappings)
        all.append(m.name);
    return all;
}

QString CouplingListPage::systemNames(bool local, bool remote) const
{
    const Workspace &w = session()->workspace();
    if (local && remote) {
        return tr("%1 and %2").arg(w.systemName(Side::Local), w.systemName(Side::Remote));
    }
    return w.systemName(remote ? Side::Remote : Side::Local);
}

void CouplingListPage::retrySelected()
{
    const QList<Coupling> lines = couplingsToActOn();
    if (lines.isEmpty())
        return;
    Operation op;
    op.kind = Operation::Kind::Retry;
    op.couplingIds = idsOf(lines);
    run(op, [](const OperationResult &r) {
        return tr("%n line(s) will be tried again by the next synchronization.", nullptr, r.done);
    });
}

void CouplingListPage::synchronizeSelected()
{
    if (session()->isSyncing())
        return;
    const QStringList mappings = mappingsOf(couplingsToActOn());
    if (mappings.isEmpty())
        return;
    session()->synchronize(mappings, JobTrigger::Manual);
    emit statusMessage(tr("Synchronizing %1…").arg(mappings.join(QStringLiteral(", "))));
}

void CouplingListPage::deleteSelectedCouplings()
{
    const QList<Coupling> lines = couplingsToActOn();
    if (lines.isEmpty())
        return;
    const QList<qint64> ids = idsOf(lines);
    const Workspace &w = session()->workspace();
    confirm(tr("Delete Coupling"),
            tr("Delete the coupling of %n selected line(s)? The rows themselves stay in %1 and "
               "%2, no longer linked.",
               nullptr, int(ids.size()))
                .arg(w.systemName(Side::Local), w.systemName(Side::Remote)),
            [this, ids] {
                Operation op;
                op.kind = Operation::Kind::DeleteCouplings;
                op.couplingIds = ids;
                run(op, [](const OperationResult &r) {
                    return tr("Deleted %n coupling(s).", nullptr, r.done);
                });
            });
}

} // namespace couplet
