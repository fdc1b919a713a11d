#include "matchcouplingdialog.h"

#include "model/tablemapping.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace couplet {

MatchCouplingDialog::MatchCouplingDialog(const TableMapping &mapping, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("matchCouplingDialog"));
    setWindowTitle(tr("Match-Based Coupling \u2013 %1").arg(mapping.name));

    auto *intro = new QLabel(
        tr("A %1 record that is not coupled yet is coupled to the %2 record whose values of "
           "all the checked fields are equal. Check fields that identify a record, such as a "
           "number, a code or an e-mail address. With no field checked, uncoupled records are "
           "inserted on the other side.")
            .arg(mapping.local.displayName(), mapping.remote.displayName()),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("matchFields"));
    m_table->setHorizontalHeaderLabels({tr("%1 Field").arg(mapping.local.displayName()),
                                        tr("%1 Field").arg(mapping.remote.displayName())});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const FieldMapping &f : mapping.fields) {
        // Only a field that exists on both sides and is not a constant can match.
        if (!f.isCompared())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *local = new QTableWidgetItem(f.local);
        local->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        local->setCheckState(mapping.matchFields.contains(f.local) ? Qt::Checked : Qt::Unchecked);
        local->setData(Qt::UserRole, f.local);
        m_table->setItem(row, 0, local);
        auto *remote = new QTableWidgetItem(f.remote);
        remote->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, 1, remote);
    }
    m_table->resizeColumnsToContents();
    // A click anywhere on the row, or Space, toggles its box.
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == 0)
            return; // the check box of column 0 toggles by itself
        QTableWidgetItem *item = m_table->item(row, 0);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (mapping.onlyCoupled) {
        auto *warning = new QLabel(tr("Synch. Only Coupled Records is set for %1, so "
                                      "synchronization leaves uncoupled records alone and "
                                      "matching couples nothing. Clear it in the mapping first.")
                                       .arg(mapping.name),
                                   this);
        warning->setObjectName(QStringLiteral("onlyCoupledWarning"));
        warning->setWordWrap(true);
        QPalette p = warning->palette();
        p.setColor(QPalette::WindowText, QColor(0xa0, 0x5a, 0x00));
        warning->setPalette(p);
        layout->addWidget(warning);
    }
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Match Fields"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

QStringList MatchCouplingDialog::matchFields() const
{
    QStringList fields;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item->checkState() == Qt::Checked)
            fields.append(item->data(Qt::UserRole).toString());
    }
    return fields;
}

} // namespace couplet
