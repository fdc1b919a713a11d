#pragma once

#include "couplinglistpage.h"

class QPlainTextEdit;

namespace couplet {

// Coupled Data Synchronization Errors: couplings whose last synchronization
// failed, or whose row on one side was deleted. On the selected lines the
// administrator deletes the coupling, retries, synchronizes, recreates a
// deleted row from the surviving one (Restore Records) or deletes the
// surviving row with the coupling (Delete Records); Find for Deleted looks
// for rows deleted on either side. The pane below shows the last error of the
// current line in full.
class CoupledDataErrorsPage final : public CouplingListPage
{
    Q_OBJECT
public:
    explicit CoupledDataErrorsPage(ConsoleSession *session, QWidget *parent = nullptr);

    QString title() const override;
    QString pageId() const override { return QStringLiteral("coupled"); }

protected:
    void selectionChanged() override;

private:
    void restoreRecords();
    void deleteRecords();
    void findForDeleted();
    QString describe(const Coupling &coupling) const;

    QPlainTextEdit *m_details;
};

} // namespace couplet
