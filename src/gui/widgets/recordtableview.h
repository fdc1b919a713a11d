#pragma once

#include "model/recordref.h"

#include <QList>
#include <QPointer>
#include <QTableView>

#include <functional>

class QItemSelectionModel;
class QSettings;

namespace couplet {

class PagedTableModel;
class WindowedTableModel;
class RecordLinkDelegate;

// The table of every list page. It sorts through the model (the model sorts in
// SQL), keeps the selection across refreshes by row id, and saves its column
// widths and sort order. Source/Destination cells are links (RecordLinkDelegate).
class RecordTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Sets a model whose IdRole gives each row a stable id.
    void setModel(QAbstractItemModel *model) override;

    // A selection may span a million lines of a windowed list (Select All),
    // so what the pages ask of it never walks every selected row: counts and
    // the first row come from the selection's ranges, rows and ids only from
    // the rows the model holds.

    // The ids (IdRole) of the selected rows that the model holds, in row order.
    QList<QVariant> selectedIds() const;
    // Every selected row, in row order: only for a model that holds all its
    // rows (the jobs list); a windowed list uses selectedReadRows().
    QList<int> selectedRowNumbers() const;
    // The selected rows whose data the model holds, in row order: for a
    // windowed model the selected rows among its pages in memory (at most a
    // few thousand), for any other model every selected row.
    QList<int> selectedReadRows() const;
    // How many rows are selected, read or not, without listing them.
    int selectedRowCount() const;
    // How many selected rows a windowed model has not read yet (0 for other
    // models): an action on the selection must not silently skip them.
    int selectedUnreadRowCount() const;
    // The first selected row, or -1.
    int firstSelectedRow() const;
    // The selected rows as [first, last] ranges in row order, merged.
    QList<std::pair<int, int>> selectedRowRanges() const;
    // Selects the rows showing these ids among the rows the model holds
    // (QAbstractItemModel::match() by IdRole).
    void selectIds(const QList<QVariant> &ids);

    // The names of the two systems in link tooltips ("ERP", "CRM").
    void setSystemNames(const QString &local, const QString &remote);

    void saveState(QSettings &settings, const QString &key) const;
    void restoreState(QSettings &settings, const QString &key);

    // Right-click on the header of `view` shows or hides its columns (the
    // header's saved state keeps them). Every RecordTableView has it.
    static void addColumnMenu(QTableView *view);

signals:
    // A link cell was activated by click or key (see RecordLinkDelegate).
    void linkActivated(const QString &mapping, const couplet::RecordRef &ref);
    // The selected rows changed (also after a refresh restored them).
    void selectedRowsChanged();

private:
    void selectFirstRow();
    void forEachSelectedReadRange(const WindowedTableModel &model,
                                  const std::function<void(int, int)> &read) const;
    void rememberSelection();
    void restoreSelection();
    int rowOfId(const QVariant &id) const;

    RecordLinkDelegate *m_links;
    QPointer<QItemSelectionModel> m_headerSelection;
    bool m_firstRowSelected = false;
    QList<QVariant> m_savedIds;
    // Every line was selected, some of them unread: selected all again.
    bool m_savedAll = false;
    QVariant m_savedCurrent;
    int m_savedColumn = 0;
};

} // namespace couplet
