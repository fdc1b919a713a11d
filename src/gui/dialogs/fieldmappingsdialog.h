#pragma once

#include <QDialog>

class QTableWidget;

namespace couplet {

struct TableMapping;
struct Workspace;

// Integration Field Mappings of one mapping, read-only: each local column and
// remote property with its direction, constant, value map, lookup and "clear
// on failed lookup". They are edited in the workspace file.
class FieldMappingsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        LocalColumn,
        RemoteColumn,
        DirectionColumn,
        ConstantColumn,
        ValueMapColumn,
        LookupColumn,
        ClearOnFailedLookupColumn,
        MatchColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    FieldMappingsDialog(const TableMapping &mapping, const Workspace &workspace,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace couplet
