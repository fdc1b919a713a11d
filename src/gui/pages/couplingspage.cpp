#include "couplingspage.h"

#include "couplingsmodel.h"
#include "dialogs/coupledialog.h"
#include "session/consolesession.h"
#include "widgets/recordtableview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace couplet {

namespace {

constexpr int searchDelayMs = 300;

} // namespace

CouplingsPage::CouplingsPage(ConsoleSession *session, QWidget *parent)
    : Page(session, parent)
    , m_table(new RecordTableView(this))
    , m_mappingFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("couplingsPage"));
    QToolBar *bar = createToolBar();
    QAction *coupleAction = bar->addAction(tr("Couple\u2026"), this, &CouplingsPage::couple);
    coupleAction->setObjectName(QStringLiteral("couple"));
    coupleAction->setToolTip(tr("Couple a record of each system by hand"));
    QAction *deleteAction =
        bar->addAction(tr("Delete Coupling"), this, &CouplingsPage::deleteCoupling);
    deleteAction->setObjectName(QStringLiteral("deleteCoupling"));
    deleteAction->setToolTip(tr("Delete the selected couplings; the records stay in both systems"));
    bar->addSeparator();
    QAction *syncAction = bar->addAction(tr("Synchronize"), this, &CouplingsPage::synchronize);
    syncAction->setObjectName(QStringLiteral("synchronize"));
    syncAction->setToolTip(tr("Synchronize the records of this mapping changed since the last "
                              "run"));
    trackAction(coupleAction, false);
    trackAction(deleteAction, true);
    trackAction(syncAction, false);

    m_mappingFilter->setObjectName(QStringLiteral("mappingFilter"));
    m_mappingFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillMappings();

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by key\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearchText(m_search->text().trimmed());
    });

    m_table->setObjectName(QStringLiteral("table"));
    m_table->addActions({coupleAction, deleteAction, syncAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &RecordTableView::linkActivated, this, &Page::linkActivated);
    // Not selectedIds(): a selection may span a million rows not read yet.
    connect(m_table, &RecordTableView::selectedRowsChanged, this,
            [this] { setHasSelection(m_table->selectionModel()->hasSelection()); });
    createModel();

    connect(m_mappingFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setMappingFilter(currentMapping()); });
    connect(session, &ConsoleSession::storeChanged, this, [this] { m_model->refresh(); });
    connect(session, &ConsoleSession::workspaceChanged, this, [this] {
        fillMappings();
        createModel();
    });

    auto *filters = new QHBoxLayout;
    auto *mappingLabel = new QLabel(tr("&Mapping:"), this);
    mappingLabel->setBuddy(m_mappingFilter);
    filters->addWidget(mappingLabel);
    filters->addWidget(m_mappingFilter);
    filters->addSpacing(12);
    filters->addWidget(m_search);
    filters->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

void CouplingsPage::fillMappings()
{
    const QString current = currentMapping();
    const QSignalBlocker blocker(m_mappingFilter);
    m_mappingFilter->clear();
    for (const TableMapping &m : session()->workspace().mappings) {
        m_mappingFilter->addItem(
            tr("%1 (%2 \u2194 %3)").arg(m.name, m.local.displayName(), m.remote.displayName()),
            m.name);
    }
    m_mappingFilter->setCurrentIndex(std::max(0, m_mappingFilter->findData(current)));
}

void CouplingsPage::createModel()
{
    CouplingsModel *old = m_model;
    m_model = new CouplingsModel(session()->reader(), session()->workspace().mappings, 200, this);
    m_model->setMappingFilter(currentMapping());
    m_model->setSearchText(m_search->text().trimmed());
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(m_model);
    if (oldSelection)
        oldSelection->deleteLater();
    connect(m_model, &CouplingsModel::totalCountChanged, this, &Page::countChanged);
    connect(m_model, &CouplingsModel::loadFailed, this,
            [this](const QString &message, const QString &) { emit statusMessage(message); });
    if (old) {
        old->deleteLater();
    } else {
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        m_table->setColumnWidth(CouplingsModel::LocalColumn, 220);
        m_table->setColumnWidth(CouplingsModel::RemoteColumn, 300);
        m_table->setColumnWidth(CouplingsModel::LastSynchronizedColumn, 150);
        m_table->setColumnWidth(CouplingsModel::ToRemoteColumn, 170);
        m_table->setColumnWidth(CouplingsModel::FromRemoteColumn, 170);
    }
    setHasSelection(false);
    emit countChanged();
}

QString CouplingsPage::currentMapping() const
{
    return m_mappingFilter->currentData().toString();
}

int CouplingsPage::count() const
{
    return m_model ? m_model->totalCount() : -1;
}

void CouplingsPage::saveState(QSettings &settings) const
{
    m_table->saveState(settings, QStringLiteral("pages/couplings/table"));
    settings.setValue(QStringLiteral("pages/couplings/mapping"), currentMapping());
}

void CouplingsPage::restoreState(QSettings &settings)
{
    m_table->restoreState(settings, QStringLiteral("pages/couplings/table"));
    const QString mapping = settings.value(QStringLiteral("pages/couplings/mapping")).toString();
    if (!mapping.isEmpty())
        focusMapping(mapping);
}

void CouplingsPage::focusMapping(const QString &mapping)
{
    const int i = m_mappingFilter->findData(mapping);
    if (i >= 0)
        m_mappingFilter->setCurrentIndex(i);
}

void CouplingsPage::couple()
{
    const QString mapping = currentMapping();
    if (mapping.isEmpty())
        return;
    auto *dialog = new CoupleDialog(session(), mapping, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Operation op;
        op.kind = Operation::Kind::Couple;
        op.mappings = {dialog->mapping()};
        op.localKey = dialog->localKey();
        op.remoteKey = dialog->remoteKey();
        run(op, [op](const OperationResult &r) {
            return r.done > 0 ? tr("Coupled %1 with %2.").arg(op.localKey, op.remoteKey)
                              : tr("%1 and %2 were not coupled.").arg(op.localKey, op.remoteKey);
        });
    });
    dialog->open();
}

void CouplingsPage::deleteCoupling()
{
    if (!selectionIsRead(m_table->selectedUnreadRowCount(),
                         tr("Narrow the list with the search, then select the lines again.")))
        return;
    QList<qint64> ids;
    for (int row : m_table->selectedReadRows())
        ids.append(m_model->coupling(row).id);
    if (ids.isEmpty())
        return;
    confirm(tr("Delete Coupling"),
            tr("Delete %n coupling(s) of %1?\n\nThe records stay in both systems, but they are no "
               "longer linked. The next synchronization treats them as new: it couples a record "
               "again when its match fields find one, and otherwise inserts it on the other "
               "side.",
               nullptr, int(ids.size()))
                .arg(currentMapping()),
            [this, ids] {
                Operation op;
                op.kind = Operation::Kind::DeleteCouplings;
                op.couplingIds = ids;
                run(op, [](const OperationResult &r) {
                    return tr("Deleted %n coupling(s).", nullptr, r.done);
                });
            });
}

void CouplingsPage::synchronize()
{
    const QString mapping = currentMapping();
    if (mapping.isEmpty())
        return;
    session()->synchronize({mapping});
    emit statusMessage(tr("Synchronizing %1\u2026").arg(mapping));
}

} // namespace couplet
