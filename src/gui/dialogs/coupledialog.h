#pragma once

#include "model/tablemapping.h"
#include "model/types.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace couplet {

class ConsoleSession;
struct Coupling;
struct Row;

// Couple (manual): the administrator picks one local and one remote row of a
// mapping, each from a searchable list that the session fills in the
// background. Rows already coupled are marked; choosing one explains that
// Couple refuses it (Administration::couple couples only rows that are not
// coupled) and keeps the dialog from accepting. The caller runs the Couple
// operation with localKey() and remoteKey() when the dialog is accepted.
class CoupleDialog final : public QDialog
{
    Q_OBJECT
public:
    // How many rows each list shows; searching narrows them.
    static constexpr int candidateLimit = 100;
    // The columns of both lists: the key, the other side's key of a row already
    // coupled (empty otherwise), then a few mapped values.
    static constexpr int KeyColumn = 0;
    static constexpr int CoupledToColumn = 1;
    static constexpr int FirstValueColumn = 2;

    CoupleDialog(ConsoleSession *session, const QString &mapping, QWidget *parent = nullptr);

    QString mapping() const { return m_mapping.name; }
    QString localKey() const { return chosenKey(Side::Local); }
    QString remoteKey() const { return chosenKey(Side::Remote); }
    // Whether both lists have their rows and coupling marks.
    bool isLoading() const;

private:
    struct Panel
    {
        Side side = Side::Local;
        QLineEdit *search = nullptr;
        QTreeWidget *list = nullptr;
        QLabel *status = nullptr;
        QTimer *debounce = nullptr;
        QStringList columns; // the mapped columns shown after the key
        quint64 rowsRequest = 0;
        quint64 couplingsRequest = 0;
    };

    Panel &panel(Side side) { return side == Side::Local ? m_local : m_remote; }
    const Panel &panel(Side side) const { return side == Side::Local ? m_local : m_remote; }
    QWidget *createPanel(Side side);
    void fetch(Side side);
    void showRows(Side side, quint64 request, const QList<Row> &rows);
    void markCoupled(quint64 request, const QList<Coupling> &couplings);
    QString chosenKey(Side side) const;
    // The key of the other side's row that the chosen row is coupled to; empty when none.
    QString coupledTo(Side side) const;
    void updateState();

    ConsoleSession *m_session;
    TableMapping m_mapping;
    Panel m_local;
    Panel m_remote;
    QLabel *m_hint;
    QLabel *m_warning;
    QPushButton *m_ok;
    quint64 m_lastRequest = 0;
};

} // namespace couplet
