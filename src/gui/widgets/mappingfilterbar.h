#pragma once

#include "model/tablemapping.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace couplet {

// The filter row above a list of couplings: a mapping ("All mappings" or one)
// and a search text. The search is reported once typing pauses, so that the
// list does not query the store on every key.
class MappingFilterBar final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 250;

    explicit MappingFilterBar(const QList<TableMapping> &mappings, QWidget *parent = nullptr);

    // Replaces the mappings offered, keeping the chosen one when it still exists.
    void setMappings(const QList<TableMapping> &mappings);
    // The chosen mapping's name; empty for all mappings.
    QString mapping() const;
    // Chooses a mapping (empty: all); emits mappingChanged() when it changes.
    void setMapping(const QString &mapping);
    QString searchText() const;
    void setSearchPlaceholder(const QString &text);

signals:
    void mappingChanged(const QString &mapping);
    void searchChanged(const QString &text);

private:
    QComboBox *m_mappings;
    QLineEdit *m_search;
    QTimer m_searchDelay;
};

} // namespace couplet
