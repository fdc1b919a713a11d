#pragma once

#include "engine/inspector.h"
#include "model/types.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace couplet {

class ConsoleSession;

// The field-by-field comparison of the couplings selected on the Skipped
// Synch. Records page: for each coupling a line with its rows and why it was
// skipped, and under it one line per compared field with the value at the
// last synchronization, the value now on each side, and a Keep choice. The
// side that changed a field is tinted; a field both sides changed is a
// conflict and stands out. The comparisons are read in the session's reader
// thread; an answer for an earlier selection is dropped.
class ComparisonView final : public QWidget
{
    Q_OBJECT
public:
    enum Column { FieldColumn, LastSyncColumn, LocalNowColumn, RemoteNowColumn, KeepColumn };
    Q_ENUM(Column)
    enum Role {
        CouplingIdRole = Qt::UserRole + 1, // every item: its coupling's id
        FieldRole,                         // field items: the local column
        ChangeRole,                        // field items, every column: a Change
        TitleRole, // coupling items: the rows ("CUSTOMER: customer C00010 ↔ accounts 6f0c…")
        NoteRole,  // coupling items: why it is skipped, and its last error
    };
    Q_ENUM(Role)
    enum Change { Unchanged = 0, LocalChanged = 1, RemoteChanged = 2, BothChanged = 3 };
    Q_ENUM(Change)

    // At most this many couplings are compared at once.
    static constexpr int MaxCouplings = 20;

    explicit ComparisonView(ConsoleSession *session, QWidget *parent = nullptr);

    // Compares these couplings (the first MaxCouplings of them); `selectedCount`
    // is how many lines are selected in all, for the note above the tree. The
    // same ids are read again only after the store has changed.
    void setCouplings(const QList<qint64> &ids, int selectedCount = -1);
    QList<qint64> couplingIds() const { return m_ids; }
    bool isLoading() const { return m_loading; }
    // Whether the comparison of this coupling is shown.
    bool hasComparison(qint64 couplingId) const { return m_comparisons.contains(couplingId); }

    // The Keep choice of every compared field of a shown coupling, by local
    // column: what the administrator chose, or the side that changed (local
    // when both or neither did). Empty for a coupling that is not shown.
    QHash<QString, Side> fieldChoices(qint64 couplingId) const;
    // Whether both sides changed this field of a shown coupling.
    bool isConflict(qint64 couplingId, const QString &localColumn) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // Comparisons arrived and are shown.
    void comparisonsLoaded();
    void fieldChoicesChanged(qint64 couplingId);

private:
    void fetch();
    void showComparisons(const QList<Comparison> &comparisons);
    void showFailure(const QString &message, const QString &detail);
    QTreeWidgetItem *addCoupling(const Comparison &comparison);
    void addField(QTreeWidgetItem *parent, const Comparison &comparison,
                  const FieldComparison &field);
    Side choiceOf(qint64 couplingId, const FieldComparison &field) const;
    // The width each column needs for its field lines; fitColumns() shares the
    // view's width out from these, eliding the widest values first.
    void measureColumns();
    void fitColumns();
    void updateStatus();

    ConsoleSession *m_session;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QLabel *m_legend;
    QList<int> m_needed; // by column
    QList<qint64> m_ids;
    int m_selectedCount = 0;
    quint64 m_request = 0; // the answer waited for; earlier ones are dropped
    bool m_loading = false;
    bool m_stale = false; // the store changed since the shown comparisons were read
    QString m_failure;
    QHash<qint64, Comparison> m_comparisons;
    QHash<qint64, QHash<QString, Side>> m_choices; // the administrator's own choices
};

} // namespace couplet
