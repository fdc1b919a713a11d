#pragma once

#include "windowedmodel.h"

#include "model/coupling.h"
#include "model/recordref.h"
#include "model/tablemapping.h"
#include "store/statestore.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace couplet {

// The lists of couplings (coupled-data errors, skipped records, couplings of a
// mapping), each of which may hold a million rows: a window on the store
// (WindowedModel); each subclass has its own columns. Couplings come in id
// order unless a column sorts them (in SQL). In id order, a page next to a
// loaded one is read by keyset (after or before its ids); any other page, and
// every page in another order, by offset from the nearer end of the list.
class CouplingListModel : public WindowedModel<Coupling>
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

    // The coupling on `row`; an empty Coupling (id 0) while its page is on its way.
    const Coupling &coupling(int row) const { return rowAt(row); }
    const CouplingQuery &filter() const { return m_query; }
    // Each change reloads from the first page.
    void setMappingFilter(const QString &mapping);
    void setSearchText(const QString &text); // matches the local or remote key

protected:
    void sendWindow(quint64 id, const QList<int> &pages, bool aheadOfCount) override;
    void sendRows(quint64 id, int first, int limit, int total, const QList<Coupling> *above,
                  const QList<Coupling> *below) override;

    RecordRef recordRef(const Coupling &c, Side side) const;
    // Id, RecordRole and tooltips of a local or remote row cell; nullopt for other roles.
    static QVariant recordData(const RecordRef &ref, int role);

private:
    CouplingQuery m_query;
    QHash<QString, QPair<QString, QString>> m_tables; // mapping -> (local, remote) table
};

} // namespace couplet
