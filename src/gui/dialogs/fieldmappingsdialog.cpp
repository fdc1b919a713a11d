#include "fieldmappingsdialog.h"

#include "captions.h"

#include "model/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace couplet {

namespace {

QString valueText(const QVariant &v)
{
    return v.isNull() ? FieldMappingsDialog::tr("(empty)") : v.toString();
}

QString valueMapText(const FieldMapping &f)
{
    QStringList pairs;
    for (const auto &[local, remote] : f.valueMap)
        pairs.append(QStringLiteral("%1 \u2192 %2").arg(valueText(local), valueText(remote)));
    return pairs.join(QStringLiteral(", "));
}

} // namespace

FieldMappingsDialog::FieldMappingsDialog(const TableMapping &mapping, const Workspace &workspace,
                                         QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(mapping.fields.size()), ColumnCount, this))
{
    setObjectName(QStringLiteral("fieldMappingsDialog"));
    setWindowTitle(tr("Integration Field Mappings \u2013 %1").arg(mapping.name));

    auto *intro =
        new QLabel(tr("How each field of %1 (%2) and %3 (%4) is synchronized. Field "
                      "mappings are edited in the workspace file.")
                       .arg(mapping.local.displayName(), workspace.systemName(Side::Local),
                            mapping.remote.displayName(), workspace.systemName(Side::Remote)),
                   this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("fields"));
    m_table->setHorizontalHeaderLabels(
        {tr("%1 Field").arg(mapping.local.displayName()),
         tr("%1 Field").arg(mapping.remote.displayName()), tr("Direction"), tr("Constant"),
         tr("Value Map"), tr("Lookup Through"), tr("Clear on Failed Lookup"), tr("Match")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < mapping.fields.size(); ++row) {
        const FieldMapping &f = mapping.fields.at(row);
        const QStringList cells{
            f.local,
            f.remote,
            Captions::direction(f.direction),
            f.isConstant() ? valueText(*f.constant) : QString(),
            valueMapText(f),
            f.lookupMapping,
            f.isLookup() ? Captions::yesNo(f.clearOnFailedLookup) : QString(),
            mapping.matchFields.contains(f.local) && !f.local.isEmpty() ? Captions::yesNo(true)
                                                                        : QString(),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 380);
}

} // namespace couplet
