#pragma once

#include "engine/inspector.h"
#include "model/recordref.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QToolButton;
class QTreeWidget;

namespace couplet {

class ConsoleSession;

// One row as it is now in its own system, fetched in the background through
// the session's reader: its fields, its coupling in the mapping (the other
// side's row is a link, given to linkActivated() so the main window opens it the
// same way), and its recent errors. Non-modal; Refresh fetches it again.
class RecordViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordViewDialog)
public:
    RecordViewDialog(ConsoleSession *session, const QString &mapping, const RecordRef &ref,
                     QWidget *parent = nullptr);

    const QString &mapping() const { return m_mapping; }
    const RecordRef &recordRef() const { return m_ref; }
    bool isLoading() const { return m_request != 0; }

public slots:
    // Fetches the row again; the shown one stays until the answer arrives.
    void refresh();

signals:
    // The other side's row was clicked.
    void linkActivated(const QString &mapping, const couplet::RecordRef &ref);
    // A snapshot or a failure has arrived and is shown.
    void loaded();

private:
    void buildHeader();
    void buildSections();
    void showSnapshot(const RecordSnapshot &snapshot);
    void showFailure(const QString &message, const QString &detail);
    void showFields(const RecordSnapshot &snapshot);
    void showCoupling(const RecordSnapshot &snapshot);
    void showErrors(const QList<SyncError> &errors);
    void setStatus(const QString &text, const QString &detail = {}, bool warning = false);
    void openInBrowser();
    QString systemName(Side side) const;

    QPointer<ConsoleSession> m_session;
    QString m_mapping;
    RecordRef m_ref;
    QString m_url;
    quint64 m_request = 0; // the refresh the dialog waits for; 0: none
    quint64 m_lastRequest = 0;

    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_modifiedOn = nullptr;
    QGroupBox *m_fieldsBox = nullptr;
    QTableWidget *m_fields = nullptr;
    QGroupBox *m_couplingBox = nullptr;
    QLabel *m_notCoupled = nullptr;
    QWidget *m_couplingForm = nullptr;
    QLabel *m_coupledWith = nullptr;
    QLabel *m_lastSynced = nullptr;
    QLabel *m_toRemote = nullptr;
    QLabel *m_fromRemote = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_lastError = nullptr;
    QGroupBox *m_errorsBox = nullptr;
    QTreeWidget *m_errors = nullptr;
    QLabel *m_noErrors = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_browserButton = nullptr;
};

} // namespace couplet
