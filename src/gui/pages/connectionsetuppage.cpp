#include "connectionsetuppage.h"

#include "credentialstore.h"
#include "mainwindow.h"
#include "session/consolesession.h"
#include "widgets/healthcheckpanel.h"

#include "engine/connectiontest.h"
#include "workspace/workspacefile.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace couplet {

namespace {

constexpr int defaultPageSize = 500;
constexpr int defaultBatchSize = 100;

// The option names of an odata connection this form edits (see docs/workspace.md).
const QLatin1String profileOption("profile");
const QLatin1String urlOption("url");
const QLatin1String serviceRootOption("serviceRoot");
const QLatin1String authOption("auth");
const QLatin1String tokenUrlOption("tokenUrl");
const QLatin1String clientIdOption("clientId");
const QLatin1String scopeOption("scope");
const QLatin1String pageSizeOption("pageSize");
const QLatin1String batchSizeOption("batchSize");
const QLatin1String caFileOption("caFile");

void setText(QVariantMap &options, QLatin1String key, const QString &value)
{
    if (value.trimmed().isEmpty())
        options.remove(key);
    else
        options.insert(key, value.trimmed());
}

void setNumber(QVariantMap &options, QLatin1String key, int value, int defaultValue)
{
    if (value == defaultValue)
        options.remove(key);
    else
        options.insert(key, value);
}

void selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        // A value this form has no caption for (a driver it does not list): keep it.
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}

QString comboData(const QComboBox *combo)
{
    return combo->currentData().toString();
}

CredentialRef credentialRef(const QString &workspacePath, const QString &name, Side side)
{
    return CredentialRef::connection(workspacePath, name.isEmpty() ? toString(side) : name);
}

} // namespace

// ---- ConnectionEditor ------------------------------------------------------------

ConnectionEditor::ConnectionEditor(Side side, CredentialStore *credentials, QWidget *parent)
    : QGroupBox(parent)
    , m_side(side)
    , m_credentials(credentials)
{
    setObjectName(side == Side::Local ? QStringLiteral("localConnection")
                                      : QStringLiteral("remoteConnection"));
    buildForm();
}

ConnectionEditor::~ConnectionEditor()
{
    // Qt 6.4's QLabel does not drop its buddy's destroyed() connection when it
    // goes first: part labels and fields before either goes.
    for (QLabel *label : std::as_const(m_labels))
        label->setBuddy(nullptr);
}

void ConnectionEditor::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    layout->addLayout(m_form);

    auto lineEdit = [this](const char *name, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textEdited, this, &ConnectionEditor::edited);
        return edit;
    };
    auto combo = [this](const char *name, const QList<std::pair<QString, QString>> &items) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1String(name));
        for (const auto &[caption, value] : items)
            box->addItem(caption, value);
        connect(box, &QComboBox::currentIndexChanged, this, &ConnectionEditor::edited);
        return box;
    };
    auto spin = [this](const char *name, int min, int max) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(min, max);
        connect(box, &QSpinBox::valueChanged, this, &ConnectionEditor::edited);
        return box;
    };

    m_name = lineEdit("name", m_side == Side::Local ? tr("ERP") : tr("CRM"));
    addRow(tr("&Name:"), m_name);
    m_kind = combo("kind", {{tr("SQL database"), QStringLiteral("sql")},
                            {tr("OData service (Dataverse Web API)"), QStringLiteral("odata")}});
    addRow(tr("&Kind:"), m_kind);

    m_driver = combo("driver", {{tr("SQLite file"), QStringLiteral("QSQLITE")},
                                {tr("PostgreSQL"), QStringLiteral("QPSQL")},
                                {tr("MySQL or MariaDB"), QStringLiteral("QMYSQL")},
                                {tr("ODBC data source"), QStringLiteral("QODBC")}});
    addRow(tr("&Driver:"), m_driver);
    m_database = lineEdit("database", tr("A file beside the workspace, or a database name"));
    addRow(tr("Data&base:"), m_database);
    m_host = lineEdit("host", tr("localhost"));
    addRow(tr("&Host:"), m_host);
    m_port = spin("port", 0, 65535);
    m_port->setSpecialValueText(tr("Default"));
    addRow(tr("&Port:"), m_port);

    m_profile = combo("profile", {{tr("Dataverse"), QStringLiteral("dataverse")},
                                  {tr("Generic OData v4"), QStringLiteral("generic")}});
    addRow(tr("P&rofile:"), m_profile);
    m_url = lineEdit("url", tr("https://contoso.crm.dynamics.com"));
    addRow(tr("Organi&zation URL:"), m_url);
    m_serviceRoot = lineEdit("serviceRoot", tr("https://server/odata/"));
    addRow(tr("&Service root:"), m_serviceRoot);
    m_auth = combo("auth", {{tr("None"), QStringLiteral("none")},
                            {tr("User name and password (basic)"), QStringLiteral("basic")},
                            {tr("OAuth2 client credentials"), QStringLiteral("oauth2")}});
    addRow(tr("&Authentication:"), m_auth);
    m_tokenUrl =
        lineEdit("tokenUrl", tr("https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token"));
    addRow(tr("&Token URL:"), m_tokenUrl);
    m_clientId = lineEdit("clientId", tr("The application (client) ID"));
    addRow(tr("&Client ID:"), m_clientId);
    m_scope = lineEdit("scope", tr("Default: the organization URL + /.default"));
    addRow(tr("S&cope:"), m_scope);

    m_user = lineEdit("user");
    addRow(tr("&User:"), m_user);

    m_pageSize = spin("pageSize", 1, 5000);
    m_pageSize->setToolTip(tr("Rows per page when reading (sent as Prefer: odata.maxpagesize)"));
    addRow(tr("Rows per pa&ge:"), m_pageSize);
    m_batchSize = spin("batchSize", 1, 1000);
    m_batchSize->setToolTip(tr("Writes sent together in one $batch request"));
    addRow(tr("Writes per &batch:"), m_batchSize);
    m_caFile = lineEdit("caFile", tr("Optional: extra CA certificates (PEM file)"));
    addRow(tr("CA certificates:"), m_caFile);
    m_recordUrl =
        lineEdit("recordUrl", tr("Optional: https://server/record?table={table}&id={key}"));
    m_recordUrl->setToolTip(tr("The address of one row in the system's own pages, for "
                               "\"Open in Browser\". {table} and {key} are replaced."));
    addRow(tr("Record &URL:"), m_recordUrl);

    m_secretSource = combo(
        "secretSource", {{tr("Not needed"), QStringLiteral("none")},
                         {tr("Kept in the keychain"), QStringLiteral("keychain")},
                         {tr("Environment variable"), QStringLiteral("env")},
                         {tr("File readable by its owner only (0600)"), QStringLiteral("file")}});
    addRow(tr("Pass&word:"), m_secretSource);
    m_secretName = lineEdit("secretName");
    addRow(tr("Variable or file:"), m_secretName);

    m_keychainRow = new QWidget(this);
    auto *keychain = new QHBoxLayout(m_keychainRow);
    keychain->setContentsMargins(0, 0, 0, 0);
    m_secretStatus = new QLabel(m_keychainRow);
    m_secretStatus->setObjectName(QStringLiteral("secretStatus"));
    m_secretStatus->setWordWrap(true);
    m_newSecret = new QLineEdit(m_keychainRow);
    m_newSecret->setObjectName(QStringLiteral("newSecret"));
    m_newSecret->setEchoMode(QLineEdit::Password);
    m_newSecret->setPlaceholderText(tr("Enter a new password or client secret"));
    m_storeSecret = new QPushButton(tr("St&ore"), m_keychainRow);
    m_storeSecret->setObjectName(QStringLiteral("storeSecret"));
    m_storeSecret->setToolTip(tr("Store the password in the keychain"));
    m_removeSecret = new QPushButton(tr("Remo&ve"), m_keychainRow);
    m_removeSecret->setObjectName(QStringLiteral("removeSecret"));
    m_removeSecret->setToolTip(tr("Remove the password from the keychain"));
    keychain->addWidget(m_newSecret, 1);
    keychain->addWidget(m_storeSecret);
    keychain->addWidget(m_removeSecret);
    addRow(tr("Keychain:"), m_secretStatus);
    addRow(QString(), m_keychainRow);
    connect(m_newSecret, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_storeSecret->setEnabled(!text.isEmpty()); });
    connect(m_newSecret, &QLineEdit::returnPressed, this, &ConnectionEditor::storeSecret);
    connect(m_storeSecret, &QPushButton::clicked, this, &ConnectionEditor::storeSecret);
    connect(m_removeSecret, &QPushButton::clicked, this, &ConnectionEditor::removeSecret);
    connect(m_name, &QLineEdit::editingFinished, this, &ConnectionEditor::refreshSecretStatus);
    m_storeSecret->setEnabled(false);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(tr("Connect with the settings as shown, in the background"));
    connect(m_test, &QPushButton::clicked, this, &ConnectionEditor::testConnection);
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
}

void ConnectionEditor::load(const ConnectionConfig &config, const QString &workspacePath)
{
    m_loading = true;
    m_loaded = config;
    m_workspacePath = workspacePath;
    if (config.name.isEmpty())
        setTitle(m_side == Side::Local ? tr("Local system") : tr("Remote system"));
    else if (m_side == Side::Local)
        setTitle(tr("Local system: %1").arg(config.name));
    else
        setTitle(tr("Remote system: %1").arg(config.name));

    m_name->setText(config.name);
    selectData(m_kind, config.kind);
    selectData(m_driver, config.driver);
    m_database->setText(config.database);
    m_host->setText(config.host);
    m_port->setValue(config.port);
    m_user->setText(config.user);
    m_recordUrl->setText(config.recordUrl);

    const QVariantMap &o = config.options;
    const bool odata = config.kind == QLatin1String("odata");
    selectData(m_profile, o.value(profileOption, QStringLiteral("dataverse")).toString());
    m_url->setText(o.value(urlOption).toString());
    m_serviceRoot->setText(o.value(serviceRootOption).toString());
    const bool dataverse = comboData(m_profile) == QLatin1String("dataverse");
    selectData(m_auth, o.value(authOption, odata && dataverse ? QStringLiteral("oauth2")
                                                              : QStringLiteral("none"))
                           .toString());
    m_tokenUrl->setText(o.value(tokenUrlOption).toString());
    m_clientId->setText(o.value(clientIdOption).toString());
    m_scope->setText(o.value(scopeOption).toString());
    m_pageSize->setValue(o.value(pageSizeOption, defaultPageSize).toInt());
    m_batchSize->setValue(o.value(batchSizeOption, defaultBatchSize).toInt());
    m_caFile->setText(o.value(caFileOption).toString());

    switch (config.secret.kind) {
    case SecretSource::Kind::None:
        selectData(m_secretSource, QStringLiteral("none"));
        break;
    case SecretSource::Kind::Keychain:
        selectData(m_secretSource, QStringLiteral("keychain"));
        break;
    case SecretSource::Kind::Environment:
        selectData(m_secretSource, QStringLiteral("env"));
        break;
    case SecretSource::Kind::File:
        selectData(m_secretSource, QStringLiteral("file"));
        break;
    }
    m_secretName->setText(config.secret.name);
    m_newSecret->clear();
    m_testResult->clear();
    m_modified = false;
    m_loading = false;
    updateVisibility();
    refreshSecretStatus();
}

ConnectionConfig ConnectionEditor::config() const
{
    ConnectionConfig c = m_loaded;
    c.name = m_name->text().trimmed();
    c.kind = comboData(m_kind);
    c.user = m_user->text().trimmed();
    c.recordUrl = m_recordUrl->text().trimmed();
    if (c.kind != m_loaded.kind)
        c.options.clear(); // the other kind's options mean nothing here
    if (c.kind == QLatin1String("odata")) {
        c.driver = QStringLiteral("QSQLITE"); // the default, which the file leaves out
        c.database.clear();
        c.host.clear();
        c.port = 0;
        const QString profile = comboData(m_profile);
        const bool dataverse = profile == QLatin1String("dataverse");
        setText(c.options, profileOption, dataverse ? QString() : profile);
        setText(c.options, urlOption, dataverse ? m_url->text() : QString());
        setText(c.options, serviceRootOption, m_serviceRoot->text());
        const QString auth = comboData(m_auth);
        setText(c.options, authOption,
                auth == (dataverse ? QLatin1String("oauth2") : QLatin1String("none")) ? QString()
                                                                                      : auth);
        const bool oauth = auth == QLatin1String("oauth2");
        setText(c.options, tokenUrlOption, oauth ? m_tokenUrl->text() : QString());
        setText(c.options, clientIdOption, oauth ? m_clientId->text() : QString());
        setText(c.options, scopeOption, oauth ? m_scope->text() : QString());
        setNumber(c.options, pageSizeOption, m_pageSize->value(), defaultPageSize);
        setNumber(c.options, batchSizeOption, m_batchSize->value(), defaultBatchSize);
        setText(c.options, caFileOption, m_caFile->text());
    } else {
        c.driver = comboData(m_driver);
        c.database = m_database->text().trimmed();
        const bool server = c.driver != QLatin1String("QSQLITE");
        c.host = server ? m_host->text().trimmed() : QString();
        c.port = server ? m_port->value() : 0;
        if (!server)
            c.user.clear();
    }
    const QString source = comboData(m_secretSource);
    c.secret = {};
    if (source == QLatin1String("keychain")) {
        c.secret.kind = SecretSource::Kind::Keychain;
    } else if (source == QLatin1String("env")) {
        c.secret.kind = SecretSource::Kind::Environment;
        c.secret.name = m_secretName->text().trimmed();
    } else if (source == QLatin1String("file")) {
        c.secret.kind = SecretSource::Kind::File;
        c.secret.name = m_secretName->text().trimmed();
    }
    return c;
}

// The form is a two-column grid: QFormLayout of Qt 6.4 writes past its
// buffers in heightForWidth() once rows are hidden, and this form hides rows
// by kind and authentication.
void ConnectionEditor::addRow(const QString &label, QWidget *field)
{
    const int row = m_form->rowCount();
    QLabel *caption = nullptr;
    if (!label.isEmpty()) {
        caption = new QLabel(label, this);
        caption->setBuddy(field);
        m_form->addWidget(caption, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        m_labels.insert(field, caption);
    }
    m_form->addWidget(field, row, 1);
}

QLabel *ConnectionEditor::labelForField(QWidget *field) const
{
    return m_labels.value(field);
}

void ConnectionEditor::showRow(QWidget *field, bool shown)
{
    field->setVisible(shown);
    if (QLabel *label = labelForField(field))
        label->setVisible(shown);
}

void ConnectionEditor::updateVisibility()
{
    const bool odata = comboData(m_kind) == QLatin1String("odata");
    const bool server = !odata && comboData(m_driver) != QLatin1String("QSQLITE");
    const bool dataverse = odata && comboData(m_profile) == QLatin1String("dataverse");
    const QString auth = comboData(m_auth);
    const bool oauth = odata && auth == QLatin1String("oauth2");
    const bool basic = odata && auth == QLatin1String("basic");
    const QString source = comboData(m_secretSource);

    showRow(m_driver, !odata);
    showRow(m_database, !odata);
    showRow(m_host, server);
    showRow(m_port, server);
    showRow(m_profile, odata);
    showRow(m_url, dataverse);
    // Dataverse derives the service root from the organization URL; it stays
    // visible there only when the file overrides it.
    showRow(m_serviceRoot, odata && (!dataverse || !m_serviceRoot->text().isEmpty()));
    showRow(m_auth, odata);
    showRow(m_tokenUrl, oauth);
    showRow(m_clientId, oauth);
    showRow(m_scope, oauth);
    showRow(m_user, server || basic);
    showRow(m_pageSize, odata);
    showRow(m_batchSize, odata);
    showRow(m_caFile, odata);
    showRow(m_secretName, source == QLatin1String("env") || source == QLatin1String("file"));
    m_secretName->setPlaceholderText(source == QLatin1String("env")
                                         ? tr("COUPLET_CRM_SECRET")
                                         : tr("A path, relative to the workspace file"));
    showRow(m_secretStatus, usesKeychain());
    showRow(m_keychainRow, usesKeychain());
    if (QLabel *label = labelForField(m_secretSource))
        label->setText(oauth ? tr("Client sec&ret:") : tr("Pass&word:"));
}

void ConnectionEditor::edited()
{
    updateVisibility();
    if (m_loading)
        return;
    m_modified = true;
    emit modified();
}

QWidget *ConnectionEditor::focusProblem(ErrorCause cause)
{
    QWidget *field = nullptr;
    const auto shown = [this](QWidget *w) { return w->isVisibleTo(this); };
    if (cause == ErrorCause::Authentication && usesKeychain())
        field = m_newSecret;
    else if (cause == ErrorCause::Authentication || cause == ErrorCause::AdministratorAccount)
        field = shown(m_user)       ? static_cast<QWidget *>(m_user)
                : shown(m_clientId) ? static_cast<QWidget *>(m_clientId)
                                    : m_secretSource;
    else if (comboData(m_kind) == QLatin1String("odata"))
        field = shown(m_url) ? m_url : m_serviceRoot;
    else
        field = shown(m_host) ? m_host : m_database;
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    return field;
}

bool ConnectionEditor::usesKeychain() const
{
    return comboData(m_secretSource) == QLatin1String("keychain");
}

void ConnectionEditor::setSecretStatus(const QString &text, bool problem)
{
    m_secretStatus->setText(text);
    m_secretStatus->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

QString ConnectionEditor::secretStatus() const
{
    return m_secretStatus->text();
}

QString ConnectionEditor::testResult() const
{
    return m_testResult->text();
}

void ConnectionEditor::refreshSecretStatus()
{
    if (!m_credentials || m_workspacePath.isEmpty())
        return;
    setSecretStatus(tr("Checking the keychain\u2026"), false);
    m_removeSecret->setEnabled(false);
    const CredentialRef ref = credentialRef(m_workspacePath, m_name->text().trimmed(), m_side);
    m_credentials->read(ref, this, [this](const CredentialResult &r) {
        // Only whether it is there is kept; the password itself is dropped here.
        if (r.ok) {
            setSecretStatus(tr("Stored"), false);
            m_removeSecret->setEnabled(true);
        } else if (r.notFound) {
            setSecretStatus(tr("Not stored"), usesKeychain());
        } else {
            setSecretStatus(r.message, true);
        }
    });
}

void ConnectionEditor::storeSecret()
{
    const QString secret = m_newSecret->text();
    if (secret.isEmpty() || !m_credentials)
        return;
    m_storeSecret->setEnabled(false);
    setSecretStatus(tr("Storing\u2026"), false);
    const CredentialRef ref = credentialRef(m_workspacePath, m_name->text().trimmed(), m_side);
    m_credentials->write(ref, secret, this, [this, secret](const CredentialResult &r) {
        if (!r.ok) {
            setSecretStatus(r.message, true);
            m_storeSecret->setEnabled(!m_newSecret->text().isEmpty());
            return;
        }
        m_newSecret->clear();
        setSecretStatus(tr("Stored"), false);
        m_removeSecret->setEnabled(true);
        if (m_name->text().trimmed() == m_loaded.name)
            emit secretChanged(secret);
    });
}

void ConnectionEditor::removeSecret()
{
    if (!m_credentials)
        return;
    m_removeSecret->setEnabled(false);
    const CredentialRef ref = credentialRef(m_workspacePath, m_name->text().trimmed(), m_side);
    m_credentials->remove(ref, this, [this](const CredentialResult &r) {
        if (!r.ok) {
            setSecretStatus(r.message, true);
            m_removeSecret->setEnabled(true);
            return;
        }
        setSecretStatus(tr("Not stored"), true);
        if (m_name->text().trimmed() == m_loaded.name)
            emit secretChanged(QString());
    });
}

void ConnectionEditor::testConnection()
{
    if (m_testing)
        return;
    const ConnectionConfig c = config();
    m_testing = true;
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1\u2026").arg(c.name.isEmpty() ? title() : c.name));

    // A password typed but not stored yet is what the administrator means to test.
    if (!m_newSecret->text().isEmpty() || c.secret.kind == SecretSource::Kind::None) {
        runTest(c, m_newSecret->text());
        return;
    }
    if (c.secret.kind == SecretSource::Kind::Keychain) {
        m_credentials->read(credentialRef(m_workspacePath, c.name, m_side), this,
                            [this, c](const CredentialResult &r) {
                                if (r.ok)
                                    runTest(c, r.secret);
                                else
                                    showTestResult(
                                        {false,
                                         r.notFound ? tr("No password is stored in the "
                                                         "keychain for this connection. Enter it "
                                                         "and choose Store.")
                                                    : r.message,
                                         {}});
                            });
        return;
    }
    QString error;
    const QString secret = readSecret(c.secret, QFileInfo(m_workspacePath).absolutePath(), &error);
    if (!error.isEmpty()) {
        showTestResult({false, error, {}});
        return;
    }
    runTest(c, secret);
}

void ConnectionEditor::runTest(const ConnectionConfig &config, const QString &secret)
{
    testConnectionInBackground(config, QFileInfo(m_workspacePath).absolutePath(), secret, this,
                               [this](const ConnectionTestResult &r) { showTestResult(r); });
}

void ConnectionEditor::showTestResult(const ConnectionTestResult &result)
{
    m_testing = false;
    m_test->setEnabled(true);
    const QString mark = result.ok ? QStringLiteral("\u2714 ") : QStringLiteral("\u2716 ");
    m_testResult->setText(mark + result.message);
    m_testResult->setToolTip(result.detail);
    m_testResult->setStyleSheet(result.ok ? QStringLiteral("color: #1b5e20;")
                                          : QStringLiteral("color: #b00020;"));
    emit testFinished(result.ok);
}

// ---- ConnectionSetupPage ---------------------------------------------------------

ConnectionSetupPage::ConnectionSetupPage(ConsoleSession *session, QWidget *parent)
    : Page(session, parent)
    , m_credentials(new CredentialStore(this))
    , m_local(new ConnectionEditor(Side::Local, m_credentials, this))
    , m_remote(new ConnectionEditor(Side::Remote, m_credentials, this))
    , m_health(new HealthCheckPanel(session, this))
{
    setObjectName(QStringLiteral("connectionSetupPage"));
    QToolBar *bar = createToolBar();
    m_apply = bar->addAction(tr("Apply"), this, &ConnectionSetupPage::apply);
    m_apply->setObjectName(QStringLiteral("applyConnections"));
    m_apply->setToolTip(tr("Save both connections in the workspace file and reconnect "
                           "(passwords are never written to the file)"));
    m_revert = bar->addAction(tr("Revert"), this, &ConnectionSetupPage::revert);
    m_revert->setObjectName(QStringLiteral("revertConnections"));
    m_revert->setToolTip(tr("Drop the changes and show the saved settings"));
    bar->addSeparator();
    QAction *testLocal =
        bar->addAction(tr("Test Local Connection"), m_local, &ConnectionEditor::testConnection);
    testLocal->setObjectName(QStringLiteral("testLocal"));
    QAction *testRemote =
        bar->addAction(tr("Test Remote Connection"), m_remote, &ConnectionEditor::testConnection);
    testRemote->setObjectName(QStringLiteral("testRemote"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->addWidget(m_local, 1);
    columns->addWidget(m_remote, 1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);

    // The health check gets a tab of its own: the checklist and its fixes
    // need the page's height, which the two forms already fill.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("connectionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scroll, tr("C&onnections"));
    m_tabs->addTab(m_health, tr("&Health Check"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(bar);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);

    connect(m_health, &HealthCheckPanel::goToRequested, this, &ConnectionSetupPage::goTo);
    connect(m_health, &HealthCheckPanel::finished, this, &ConnectionSetupPage::showHealthStatus);
    connect(m_health, &HealthCheckPanel::statusMessage, this, &Page::statusMessage);
    connect(m_health, &HealthCheckPanel::errorsPageRequested, this,
            [this] { emit showPageRequested(QStringLiteral("errors")); });

    for (ConnectionEditor *e : {m_local, m_remote}) {
        connect(e, &ConnectionEditor::modified, this, &ConnectionSetupPage::updateButtons);
    }
    connect(m_local, &ConnectionEditor::secretChanged, this,
            [this](const QString &secret) { useSecret(Side::Local, secret); });
    connect(m_remote, &ConnectionEditor::secretChanged, this,
            [this](const QString &secret) { useSecret(Side::Remote, secret); });
    connect(session, &ConsoleSession::workspaceChanged, this, &ConnectionSetupPage::load);
    load();
}

ConnectionEditor *ConnectionSetupPage::editor(Side side) const
{
    return side == Side::Local ? m_local : m_remote;
}

// The open workspace uses a password stored here from now on, when its saved
// connection takes it from the keychain.
void ConnectionSetupPage::useSecret(Side side, const QString &secret)
{
    if (session()->workspace().connection(side).secret.kind != SecretSource::Kind::Keychain)
        return;
    const QString problem = session()->setSecret(toString(side), secret);
    emit statusMessage(problem.isEmpty()
                           ? tr("The %1 connection now uses the password in the keychain.")
                                 .arg(session()->workspace().systemName(side))
                           : tr("The new password is used once the running job has finished "
                                "and the workspace is opened again."));
}

void ConnectionSetupPage::load()
{
    const Workspace &w = session()->workspace();
    m_local->load(w.local, w.path);
    m_remote->load(w.remote, w.path);
    m_problem->hide();
    updateButtons();
}

void ConnectionSetupPage::revert()
{
    load();
    emit statusMessage(tr("The saved connection settings are shown again."));
}

void ConnectionSetupPage::apply()
{
    Workspace w = session()->workspace();
    w.local = m_local->config();
    w.remote = m_remote->config();
    const QList<WorkspaceIssue> issues = WorkspaceFile::validateStructure(w);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const WorkspaceIssue &issue : issues.mid(0, 5))
            lines.append(issue.toString());
        m_problem->setText(
            tr("The settings were not saved: %1").arg(lines.join(QLatin1Char('\n'))));
        m_problem->show();
        return;
    }
    const QString problem = session()->updateWorkspace(w);
    if (!problem.isEmpty()) {
        m_problem->setText(tr("The settings were not saved: %1").arg(problem));
        m_problem->show();
        return;
    }
    m_problem->hide();
    emit statusMessage(tr("The connection settings were saved."));
}

void ConnectionSetupPage::updateButtons()
{
    const bool modified = m_local->isModified() || m_remote->isModified();
    m_apply->setEnabled(modified);
    m_revert->setEnabled(modified);
    // The check runs in the session's worker, on the saved settings: edits not
    // applied yet would not be checked.
    m_health->setBlockedReason(
        modified ? tr("Apply your changes first: the health check uses the saved settings.")
                 : QString());
}

void ConnectionSetupPage::showConnections()
{
    m_tabs->setCurrentWidget(m_scroll);
}

void ConnectionSetupPage::showHealthCheck()
{
    m_tabs->setCurrentWidget(m_health);
}

void ConnectionSetupPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("pages/connections/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("pages/connections/healthSplitter"),
                      m_health->saveSplitterState());
}

void ConnectionSetupPage::restoreState(QSettings &settings)
{
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("pages/connections/tab"), 0).toInt());
    m_health->restoreSplitterState(
        settings.value(QStringLiteral("pages/connections/healthSplitter")).toByteArray());
}

void ConnectionSetupPage::showHealthStatus()
{
    const int index = m_tabs->indexOf(m_health);
    m_tabs->setTabIcon(index, m_health->results().isEmpty()
                                  ? QIcon()
                                  : m_health->statusIcon(m_health->worstStatus()));
}

void ConnectionSetupPage::goTo(const HealthResult &result)
{
    const HealthTarget &target = result.target;
    switch (target.kind) {
    case HealthTarget::Kind::Connection: {
        showConnections();
        QWidget *field = editor(target.side)->focusProblem(result.cause);
        m_scroll->ensureWidgetVisible(field);
        break;
    }
    case HealthTarget::Kind::Mapping:
        goToMapping(target.mapping);
        break;
    case HealthTarget::Kind::Record:
        // The main window opens the record view, as for any link.
        emit linkActivated(target.mapping, RecordRef{target.side, target.table, target.key});
        break;
    case HealthTarget::Kind::None:
        break;
    }
}

void ConnectionSetupPage::goToMapping(const QString &mapping)
{
    // The mapping is selected on its page the way the Troubleshooting summary
    // does it, through the main window that holds the pages.
    if (auto *main = qobject_cast<MainWindow *>(window())) {
        if (Page *mappings = main->page(QStringLiteral("mappings")))
            mappings->focusMapping(mapping);
    }
    emit showPageRequested(QStringLiteral("mappings"));
}

} // namespace couplet
