#include "recordtableview.h"

#include "delegates/recordlinkdelegate.h"
#include "pagedtablemodel.h"
#include "windowedmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>

namespace couplet {

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(false); // enabled in setModel, after the model's own order is shown
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    addColumnMenu(this);
    m_links = RecordLinkDelegate::attach(this);
    connect(m_links, &RecordLinkDelegate::linkActivated, this, &RecordTableView::linkActivated);
}

void RecordTableView::addColumnMenu(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, view, [view, header](const QPoint &pos) {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        auto *menu = new QMenu(view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (int c = 0; c < model->columnCount(); ++c) {
            QAction *a = menu->addAction(model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            // The last visible column cannot be hidden.
            a->setEnabled(header->isSectionHidden(c) ||
                          header->count() - header->hiddenSectionCount() > 1);
            connect(a, &QAction::toggled, header,
                    [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu->popup(header->mapToGlobal(pos)); // no nested event loop
    });
}

void RecordTableView::setSystemNames(const QString &local, const QString &remote)
{
    m_links->setSystemNames(local, remote);
}

void RecordTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_firstRowSelected = false;
    delete m_headerSelection;
    m_headerSelection = nullptr;
    if (!model)
        return;
    // The column header gets a selection model of its own, always empty: it
    // paints no selection (no highlighted sections), but Qt's header asks the
    // view's selection model whether each column is selected at every paint,
    // and QItemSelectionModel::isColumnSelected() reads every selected row,
    // a million of them after Select All on a long list.
    m_headerSelection = new QItemSelectionModel(model, horizontalHeader());
    horizontalHeader()->setSelectionModel(m_headerSelection);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &RecordTableView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTableView::restoreSelection);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordTableView::selectedRowsChanged);
    // The first line is selected when the list first shows rows, so the page's
    // details are never an empty pane by default.
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordTableView::selectFirstRow);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTableView::selectFirstRow);
    // The model starts in its own order (newest first, or by key): no column
    // shows an indicator until the administrator clicks a header, which then
    // sorts in SQL through the model.
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (QAbstractItemModel *m = this->model(); m && column >= 0)
                    m->sort(column, order);
            });
    horizontalHeader()->setSectionsClickable(true);
}

QList<int> RecordTableView::selectedRowNumbers() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<std::pair<int, int>> RecordTableView::selectedRowRanges() const
{
    QList<std::pair<int, int>> ranges;
    if (!selectionModel())
        return ranges;
    // Whole rows are selected (SelectRows): a range's rows are selected rows.
    for (const QItemSelectionRange &range : selectionModel()->selection())
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && merged.constLast().second + 1 >= range.first)
            merged.last().second = std::max(merged.constLast().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

int RecordTableView::selectedRowCount() const
{
    int count = 0;
    for (const auto &[first, last] : selectedRowRanges())
        count += last - first + 1;
    return count;
}

int RecordTableView::firstSelectedRow() const
{
    const QList<std::pair<int, int>> ranges = selectedRowRanges();
    return ranges.isEmpty() ? -1 : ranges.constFirst().first;
}

// Calls `read(first, last)` for each run of selected rows that a windowed
// model holds, in row order. Both lists of ranges are in row order and
// merged: one pass over each.
void RecordTableView::forEachSelectedReadRange(const WindowedTableModel &model,
                                               const std::function<void(int, int)> &read) const
{
    const QList<std::pair<int, int>> selected = selectedRowRanges();
    const QList<std::pair<int, int>> inMemory = model.rowRangesInMemory();
    qsizetype s = 0;
    qsizetype m = 0;
    while (s < selected.size() && m < inMemory.size()) {
        const int first = std::max(selected.at(s).first, inMemory.at(m).first);
        const int last = std::min(selected.at(s).second, inMemory.at(m).second);
        if (first <= last)
            read(first, last);
        if (selected.at(s).second < inMemory.at(m).second)
            ++s;
        else
            ++m;
    }
}

QList<int> RecordTableView::selectedReadRows() const
{
    const auto *windowed = qobject_cast<const WindowedTableModel *>(model());
    if (!windowed)
        return selectedRowNumbers();
    QList<int> rows;
    forEachSelectedReadRange(*windowed, [&rows](int first, int last) {
        for (int row = first; row <= last; ++row)
            rows.append(row);
    });
    return rows;
}

int RecordTableView::selectedUnreadRowCount() const
{
    const auto *windowed = qobject_cast<const WindowedTableModel *>(model());
    if (!windowed)
        return 0;
    int read = 0;
    forEachSelectedReadRange(*windowed, [&read](int first, int last) { read += last - first + 1; });
    return selectedRowCount() - read;
}

QList<QVariant> RecordTableView::selectedIds() const
{
    QList<QVariant> ids;
    for (int row : selectedReadRows()) {
        // A row of a page that came back short has no id: it cannot be found again by id.
        const QVariant id = model()->index(row, 0).data(PagedTableModel::IdRole);
        if (id.isValid())
            ids.append(id);
    }
    return ids;
}

void RecordTableView::selectIds(const QList<QVariant> &ids)
{
    if (!model() || !selectionModel())
        return;
    QItemSelection selection;
    const int lastColumn = model()->columnCount() - 1;
    // The model finds each id among the rows it holds (a list of a million
    // errors holds a few pages), never by reading every row.
    for (const QVariant &id : ids) {
        const int row = rowOfId(id);
        if (row >= 0)
            selection.select(model()->index(row, 0), model()->index(row, lastColumn));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

int RecordTableView::rowOfId(const QVariant &id) const
{
    const QModelIndexList found =
        model()->match(model()->index(0, 0), PagedTableModel::IdRole, id, 1, Qt::MatchExactly);
    return found.isEmpty() ? -1 : found.constFirst().row();
}

void RecordTableView::selectFirstRow()
{
    // Only once: after an action removed the selected lines, nothing is
    // selected, so a second click cannot act on a line nobody chose.
    if (m_firstRowSelected || !model() || model()->rowCount() == 0)
        return;
    m_firstRowSelected = true;
    if (!currentIndex().isValid() && !selectionModel()->hasSelection())
        setCurrentIndex(model()->index(0, 0));
}

void RecordTableView::rememberSelection()
{
    // Lines not read yet have no id to find them by after the refresh. When
    // every line was selected (Select All on a long list), every line is
    // selected again; otherwise the read ones are kept by id.
    m_savedAll =
        selectedUnreadRowCount() > 0 && model() && selectedRowCount() == model()->rowCount();
    m_savedIds = m_savedAll ? QList<QVariant>() : selectedIds();
    const QModelIndex current = currentIndex();
    m_savedCurrent =
        current.isValid() ? current.siblingAtColumn(0).data(PagedTableModel::IdRole) : QVariant();
    m_savedColumn = current.isValid() ? current.column() : 0;
}

void RecordTableView::restoreSelection()
{
    if (m_savedIds.isEmpty() && !m_savedCurrent.isValid() && !m_savedAll)
        return;
    if (m_savedAll)
        selectAll();
    else
        selectIds(m_savedIds);
    if (m_savedCurrent.isValid()) {
        if (const int row = rowOfId(m_savedCurrent); row >= 0) {
            selectionModel()->setCurrentIndex(model()->index(row, m_savedColumn),
                                              QItemSelectionModel::NoUpdate);
        }
    }
    m_savedIds.clear();
    m_savedAll = false;
    m_savedCurrent = {};
    emit selectedRowsChanged();
}

void RecordTableView::saveState(QSettings &settings, const QString &key) const
{
    settings.setValue(key + QStringLiteral("/header"), horizontalHeader()->saveState());
}

void RecordTableView::restoreState(QSettings &settings, const QString &key)
{
    const QByteArray state = settings.value(key + QStringLiteral("/header")).toByteArray();
    if (state.isEmpty())
        return;
    // Restoring the header may change the sort indicator, which sorts the model in SQL.
    horizontalHeader()->restoreState(state);
}

} // namespace couplet
