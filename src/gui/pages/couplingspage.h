#pragma once

#include "page.h"

class QComboBox;
class QLineEdit;
class QTimer;

namespace couplet {

class CouplingsModel;
class RecordTableView;

// Couplings, per mapping: the coupled rows of the mapping chosen in the combo,
// searchable by key; Couple (manual, through CoupleDialog), Delete Coupling and
// Synchronize.
class CouplingsPage final : public Page
{
    Q_OBJECT
public:
    explicit CouplingsPage(ConsoleSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Couplings"); }
    QString pageId() const override { return QStringLiteral("couplings"); }
    // The couplings of the chosen mapping that match the search; -1 until counted.
    int count() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void focusMapping(const QString &mapping) override;

    CouplingsModel *model() const { return m_model; }
    RecordTableView *table() const { return m_table; }
    // The mapping whose couplings are shown.
    QString currentMapping() const;

private:
    void fillMappings();
    // A model for the workspace's mappings (their tables name the rows).
    void createModel();
    void couple();
    void deleteCoupling();
    void synchronize();

    CouplingsModel *m_model = nullptr;
    RecordTableView *m_table;
    QComboBox *m_mappingFilter;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
};

} // namespace couplet
