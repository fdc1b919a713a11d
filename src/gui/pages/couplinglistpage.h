#pragma once

#include "page.h"

#include "model/coupling.h"

#include <QList>
#include <QStringList>
#include <QTimer>

class QSplitter;

namespace couplet {

class CouplingListModel;
class MappingFilterBar;
class RecordTableView;

// A page that lists couplings (Coupled Data Synchronization Errors, Skipped
// Synch. Records): a tool bar, a filter row, and a splitter with the table
// over a details pane. It keeps the list current after every job and
// operation and offers the actions both pages share: Retry, Synchronize and
// Delete Coupling, on the selected lines.
class CouplingListPage : public Page
{
    Q_OBJECT
public:
    int count() const override;
    // Keys "pages/<pageId>/table/header" and "pages/<pageId>/splitter".
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void focusMapping(const QString &mapping) override;

    CouplingListModel *listModel() const { return m_model; }
    RecordTableView *table() const { return m_table; }
    MappingFilterBar *filterBar() const { return m_filter; }

protected:
    CouplingListPage(ConsoleSession *session, QWidget *parent);

    // Lays the page out around `model` (which the page takes) and `details`,
    // which gets `detailsShare` percent of the height at first.
    void setUpList(QToolBar *toolBar, CouplingListModel *model, QWidget *details, int detailsShare);
    // Called shortly after the selected lines change or the list was refreshed.
    virtual void selectionChanged() {}

    // The shared actions; each page puts them on its tool bar.
    QAction *retryAction() const { return m_retry; }
    QAction *synchronizeAction() const { return m_synchronize; }
    QAction *deleteCouplingAction() const { return m_deleteCoupling; }

    // The couplings of the selected lines that have been read (for the details).
    QList<Coupling> selectedCouplings() const;
    // The couplings of the selected lines, for an action; empty (and the
    // administrator told why) when the selection reaches lines not read yet.
    QList<Coupling> couplingsToActOn();
    static QList<qint64> idsOf(const QList<Coupling> &couplings);
    static QStringList mappingsOf(const QList<Coupling> &couplings);
    // The mapping chosen in the filter row, or every mapping of the workspace.
    QStringList filteredMappings() const;
    QStringList allMappings() const;
    // "ERP", "CRM" or "ERP and CRM", for messages.
    QString systemNames(bool local, bool remote) const;

private:
    void retrySelected();
    void synchronizeSelected();
    void deleteSelectedCouplings();

    CouplingListModel *m_model = nullptr;
    MappingFilterBar *m_filter = nullptr;
    RecordTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_retry;
    QAction *m_synchronize;
    QAction *m_deleteCoupling;
    QTimer m_selectionDelay;
};

} // namespace couplet
