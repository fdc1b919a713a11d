#include "mappingfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace couplet {

MappingFilterBar::MappingFilterBar(const QList<TableMapping> &mappings, QWidget *parent)
    : QWidget(parent)
    , m_mappings(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    m_mappings->setObjectName(QStringLiteral("mappingFilter"));
    m_mappings->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mappings->setToolTip(tr("Show the lines of one mapping only"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Local or integration key"));
    m_search->setMinimumWidth(260);

    auto *mappingLabel = new QLabel(tr("&Mapping:"), this);
    mappingLabel->setBuddy(m_mappings);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(mappingLabel);
    layout->addWidget(m_mappings);
    layout->addSpacing(12);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addStretch(1);

    setMappings(mappings);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { emit searchChanged(m_search->text().trimmed()); });
    connect(m_mappings, &QComboBox::currentIndexChanged, this,
            [this] { emit mappingChanged(mapping()); });
}

void MappingFilterBar::setMappings(const QList<TableMapping> &mappings)
{
    const QString current = mapping();
    const QSignalBlocker blocker(m_mappings);
    m_mappings->clear();
    m_mappings->addItem(tr("All mappings"), QString());
    for (const TableMapping &m : mappings)
        m_mappings->addItem(m.name, m.name);
    const int index = m_mappings->findData(current);
    m_mappings->setCurrentIndex(index >= 0 ? index : 0);
    if (mapping() != current)
        emit mappingChanged(mapping());
}

QString MappingFilterBar::mapping() const
{
    return m_mappings->currentData().toString();
}

void MappingFilterBar::setMapping(const QString &mapping)
{
    const int index = m_mappings->findData(mapping);
    m_mappings->setCurrentIndex(index >= 0 ? index : 0);
}

QString MappingFilterBar::searchText() const
{
    return m_search->text().trimmed();
}

void MappingFilterBar::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
}

} // namespace couplet
