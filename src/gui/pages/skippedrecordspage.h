#pragma once

#include "couplinglistpage.h"

#include "model/types.h"

namespace couplet {

class ComparisonView;
struct Operation;
struct OperationResult;

// Skipped Synch. Records: couplings set aside because both sides changed, a
// coupled row was deleted, or the same error repeated. The administrator
// compares the rows field by field (ComparisonView) and, for one or many
// lines, keeps the local or the remote changes, or applies a choice per
// field; then synchronizes, retries, or deletes the coupling.
class SkippedRecordsPage final : public CouplingListPage
{
    Q_OBJECT
public:
    explicit SkippedRecordsPage(ConsoleSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QString pageId() const override { return QStringLiteral("skipped"); }

    ComparisonView *comparison() const { return m_comparison; }

protected:
    void selectionChanged() override;

private:
    void keep(Resolution resolution);
    void applyFieldChoices();
    void retryAll();
    void confirmRetryAll(const QString &mapping, int count);
    // Runs the operations in order and reports them as one.
    void runAll(const QList<Operation> &operations,
                const std::function<QString(const OperationResult &)> &what);

    ComparisonView *m_comparison;
    quint64 m_countRequest = 0; // Retry All counts the lines it will take first
    QString m_countMapping;
};

} // namespace couplet
