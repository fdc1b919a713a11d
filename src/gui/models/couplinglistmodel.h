#pragma once

#include "pagedtablemodel.h"

#include "model/coupling.h"
#include "model/recordref.h"
#include "model/tablemapping.h"
#include "store/statestore.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace couplet {

// The rows and paging shared by the lists of couplings (coupled-data errors,
// skipped records, couplings of a mapping); each subclass has its own columns.
// Couplings come in id order (the only order the store offers); the Couplings
// page of one mapping pages by keyset, the others by offset.
class CouplingListModel : public PagedTableModel
{
    Q_OBJECT
public:
    // `mappings` give the table names of the local and remote rows.
    CouplingListModel(StoreReader *reader, CouplingQuery::Kind kind,
                      const QList<TableMapping> &mappings, int pageSize, QObject *parent);

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
