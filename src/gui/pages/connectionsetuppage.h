#pragma once

#include "page.h"

#include "guidance/errorcause.h"
#include "model/connectionconfig.h"
#include "model/types.h"

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;

namespace couplet {

class CredentialStore;
class HealthCheckPanel;
struct ConnectionTestResult;
struct HealthResult;

// The settings of one connection (the local or the remote system) as a form:
// its address, how it signs in, where its password is kept, and Test Connection.
// Only the fields of the chosen kind (SQL database or OData service) are shown.
class ConnectionEditor final : public QGroupBox
{
    Q_OBJECT
public:
    ConnectionEditor(Side side, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ConnectionEditor() override;

    // Shows `config` of the workspace at `workspacePath`, dropping edits.
    void load(const ConnectionConfig &config, const QString &workspacePath);
    // The connection as edited; options this form does not know are kept as loaded.
    ConnectionConfig config() const;
    bool isModified() const { return m_modified; }

    // Runs Test Connection (also the toolbar's action); the result shows below the form.
    void testConnection();
    // The keychain state of the password: "Stored", "Not stored", or why it cannot be read.
    QString secretStatus() const;
    QString testResult() const;
    // Puts the focus on the field that most likely needs fixing for a problem
    // of this cause (the password for a refused sign-in, else the address).
    // Returns that field.
    QWidget *focusProblem(ErrorCause cause);

signals:
    void modified();
    // A password was stored in the keychain (`secret`) or removed from it (empty),
    // under the connection's saved name.
    void secretChanged(const QString &secret);
    void testFinished(bool ok);

private:
    void buildForm();
    void updateVisibility();
    void addRow(const QString &label, QWidget *field);
    QLabel *labelForField(QWidget *field) const;
    void showRow(QWidget *field, bool shown);
    void edited();
    void refreshSecretStatus();
    void storeSecret();
    void removeSecret();
    void runTest(const ConnectionConfig &config, const QString &secret);
    void showTestResult(const ConnectionTestResult &result);
    void setSecretStatus(const QString &text, bool problem);
    bool usesKeychain() const;

    Side m_side;
    CredentialStore *m_credentials;
    ConnectionConfig m_loaded;
    QString m_workspacePath;
    bool m_modified = false;
    bool m_loading = false;
    bool m_testing = false;

    QGridLayout *m_form = nullptr;
    QHash<QWidget *, QLabel *> m_labels; // the caption of each field
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    // SQL
    QComboBox *m_driver = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    // OData
    QComboBox *m_profile = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_serviceRoot = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_scope = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QLineEdit *m_caFile = nullptr;
    // Both
    QLineEdit *m_user = nullptr;
    QLineEdit *m_recordUrl = nullptr;
    QComboBox *m_secretSource = nullptr;
    QLineEdit *m_secretName = nullptr;
    QLabel *m_secretStatus = nullptr;
    QLineEdit *m_newSecret = nullptr;
    QPushButton *m_storeSecret = nullptr;
    QPushButton *m_removeSecret = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QWidget *m_keychainRow = nullptr;
};

// Connection Setup: both connections of the workspace, their passwords in the
// keychain, and Test Connection, on one tab; the Health Check on the other.
// Apply saves the workspace file (never a password) and reopens the workspace
// on the new settings.
class ConnectionSetupPage final : public Page
{
    Q_OBJECT
public:
    explicit ConnectionSetupPage(ConsoleSession *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Connection Setup"); }
    QString pageId() const override { return QStringLiteral("connections"); }

    ConnectionEditor *editor(Side side) const;
    HealthCheckPanel *healthCheck() const { return m_health; }
    // Shows the Connections tab or the Health Check tab.
    void showConnections();
    void showHealthCheck();

    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

private:
    void useSecret(Side side, const QString &secret);
    void load();
    void apply();
    void revert();
    void updateButtons();
    // The "Go to" of a health check result: the connection here, the mapping
    // on its page, the record in the record view.
    void goTo(const HealthResult &result);
    void goToMapping(const QString &mapping);
    void showHealthStatus();

    CredentialStore *m_credentials;
    ConnectionEditor *m_local;
    ConnectionEditor *m_remote;
    HealthCheckPanel *m_health;
    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_scroll = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_revert = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace couplet
