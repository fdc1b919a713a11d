#pragma once

#include "pagedtablemodel.h"

#include "model/coupling.h"
#include "model/recordref.h"
#include "model/tablemapping.h"
#include "store/statestore.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace couplet {

// The rows and paging shared by the lists of couplings (coupled-data errors,
// skipped records, couplings of a mapping); each subclass has its own columns.
// Couplings come in id order unless a column sorts them (in SQL); the Couplings
// page of one mapping pages by keyset in id order, the others by offset.
class CouplingListModel : public PagedTableModel
{
    Q_OBJECT
public:
    // `mappings` give the table names of the local and remote rows.
    CouplingListModel(StoreReader *reader, CouplingQuery::Kind kind,
                      const QList<TableMapping> &mappings, int pageSize, QObject *parent);

    // Sorts in the store and reloads from the first page; a column without a
    // sort key is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The store's sort key of a column; nullopt for a column that does not sort.
    virtual std::optional<CouplingQuery::SortKey> sortKey(int column) const = 0;

    const Coupling &coupling(int row) const { return m_rows.at(row); }
    const CouplingQuery &filter() const { return m_query; }
    // Each change reloads from the first page.
    void setMappingFilter(const QString &mapping);
    void setSearchText(const QString &text); // matches the local or remote key

protected:
    void requestRows(quint64 id, int offset, int limit) override;
    void requestCount(quint64 id) override;
    int loadedRows() const override { return int(m_rows.size()); }
    qint64 idOfRow(int row) const override { return m_rows.at(row).id; }

    RecordRef recordRef(const Coupling &c, Side side) const;
    // Id, RecordRole and tooltips of a local or remote row cell; nullopt for other roles.
    static QVariant recordData(const RecordRef &ref, int role);

private:
    void onCouplings(quint64 id, const QList<Coupling> &couplings);

    CouplingQuery m_query;
    QList<Coupling> m_rows;
    QHash<QString, QPair<QString, QString>> m_tables; // mapping -> (local, remote) table
};

} // namespace couplet
