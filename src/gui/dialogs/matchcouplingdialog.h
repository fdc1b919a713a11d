#pragma once

#include <QDialog>
#include <QStringList>

class QTableWidget;

namespace couplet {

struct TableMapping;

// Match-Based Coupling: the administrator checks the fields (among the
// mapping's compared field mappings) whose equal values couple a record that
// is not coupled yet to one on the other side. No field checked: no matching.
class MatchCouplingDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MatchCouplingDialog(const TableMapping &mapping, QWidget *parent = nullptr);

    // The local columns of the checked fields, in field order.
    QStringList matchFields() const;
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace couplet
