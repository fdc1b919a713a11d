#pragma once

#include "page.h"

class QComboBox;

namespace couplet {

class JobsModel;
class RecordTableView;

// Integration Synchronization Jobs: one line per job with all its counts; drill
// down from a job to its errors; delete old entries.
class JobsPage final : public Page
{
    Q_OBJECT
public:
    explicit JobsPage(ConsoleSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Integration Synchronization Jobs"); }
    QString pageId() const override { return QStringLiteral("jobs"); }
    int count() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void focusMapping(const QString &mapping) override;

    JobsModel *model() const { return m_model; }
    RecordTableView *table() const { return m_table; }

signals:
    // Show the errors of this job on the errors page.
    void jobErrorsRequested(qint64 jobId);

private:
    void showErrorsOfCurrent();
    void deleteOlderThan(int days);
    void deleteAll();

    JobsModel *m_model;
    RecordTableView *m_table;
    QComboBox *m_mappingFilter;
};

} // namespace couplet
