#pragma once

#include "page.h"
#include "store/statestore.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTextBrowser;
class QTimer;

namespace couplet {

class ErrorsModel;
class RecordTableView;

// Integration Synchronization Errors: the error log, filtered and searched in
// SQL, grouped by cause, with the full message, the technical detail and the
// guidance for the selected error.
class ErrorsPage final : public Page
{
    Q_OBJECT
public:
    explicit ErrorsPage(ConsoleSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Integration Synchronization Errors"); }
    QString pageId() const override { return QStringLiteral("errors"); }
    int count() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void focusMapping(const QString &mapping) override;
    // Shows only the errors of one job (drill-down from the Jobs page).
    void showJob(qint64 jobId);

    ErrorsModel *model() const { return m_model; }
    RecordTableView *table() const { return m_table; }
    // The text of the details pane, for tests.
    QString detailsText() const;

private:
    void applyDateFilter();
    void updateDetails();
    void updateCauses(const ErrorCauseCounts &counts);
    void synchronizeSelected();
    void deleteCouplingsOfSelected();
    void exportCsv();
    void deleteOlderThan(int days);
    void deleteAll();
    // The source rows of the selected errors; *complete is false (and the
    // administrator told why) when the selection reaches rows not read yet.
    QList<std::pair<QString, RecordRef>> selectedSources(bool *complete);

    ErrorsModel *m_model;
    RecordTableView *m_table;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_mappingFilter;
    QComboBox *m_dateFilter;
    QCheckBox *m_groupByCause;
    QListWidget *m_causes;
    QLabel *m_jobBanner;
    QTextBrowser *m_details;
    QSplitter *m_mainSplitter;
    QSplitter *m_detailSplitter;
};

} // namespace couplet
