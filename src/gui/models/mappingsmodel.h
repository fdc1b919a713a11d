#pragma once

#include "storereader.h"

#include "model/tablemapping.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace couplet {

// Integration Table Mappings. The mappings come from the workspace (a short
// list, shown at once); their marks and counts come from the store through the
// reader and fill in when they arrive.
class MappingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SortRole }; // IdRole: the mapping's name
    Q_ENUM(Role)
    enum Column {
        NameColumn,
        DirectionColumn,
        FiltersColumn,
        MarkToRemoteColumn,
        MarkFromRemoteColumn,
        DeletionPolicyColumn,
        UpdateConflictPolicyColumn,
        ConflictDetectionColumn,
        OnlyCoupledColumn,
        ScheduleColumn,
        CouplingsColumn,
        ErrorsColumn,
        CoupledErrorsColumn,
        SkippedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit MappingsModel(StoreReader *reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows `mappings` and loads their marks and counts.
    void setMappings(const QList<TableMapping> &mappings);
    const TableMapping &mapping(int row) const { return m_mappings.at(row); }
    // Whether the marks and counts of the current mappings have arrived.
    bool hasState() const { return m_request == 0 && !m_states.isEmpty(); }

public slots:
    // Reloads the marks and counts, after a job or an action.
    void refresh();

signals:
    void stateLoaded();
    void loadFailed(const QString &message, const QString &detail);

private:
    void onStates(quint64 id, const QList<MappingState> &states);
    void onFailed(quint64 id, const QString &message, const QString &detail);

    QPointer<StoreReader> m_reader;
    QList<TableMapping> m_mappings;
    QHash<QString, MappingState> m_states;
    quint64 m_request = 0;
};

} // namespace couplet
