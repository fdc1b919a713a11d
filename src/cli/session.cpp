#include "session.h"

#include "exitcode.h"

#include "clock.h"
#include "connectors/connector.h"
#include "credentialstore.h"
#include "engine/administration.h"
#include "error.h"
#include "secrets.h"
#include "store/statestore.h"
#include "workspace/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace couplet::cli {

Session::Session(QString workspacePath, const Clock &clock)
    : m_path(std::move(workspacePath))
    , m_clock(clock)
{}

Session::~Session()
{
    // The operations refer to the store and connectors: they go first.
    m_administration.reset();
    // Every connector made is closed, opened here or not: the health check
    // opens them itself, and closing one that is not open does nothing.
    if (m_local)
        m_local->close();
    if (m_remote)
        m_remote->close();
    if (m_store)
        m_store->close();
}

const Workspace &Session::workspace()
{
    if (m_workspace)
        return *m_workspace;
    QList<WorkspaceIssue> issues;
    Workspace ws = WorkspaceFile::load(m_path, &issues);
    if (!issues.isEmpty()) {
        Failure failure{ExitCode::InvalidWorkspace, {}};
        failure.lines.append(
            QCoreApplication::translate("couplet-cli", "The workspace %1 is not valid:")
                .arg(QDir::toNativeSeparators(m_path)));
        for (const WorkspaceIssue &issue : issues)
            failure.lines.append(issue.toString());
        throw failure;
    }
    if (ws.path.isEmpty())
        ws.path = QFileInfo(m_path).absoluteFilePath();
    m_workspace = std::make_unique<Workspace>(std::move(ws));
    return *m_workspace;
}

const TableMapping &Session::mapping(const QString &name)
{
    if (const TableMapping *m = workspace().mapping(name))
        return *m;
    QStringList names;
    for (const TableMapping &m : workspace().mappings)
        names.append(m.name);
    usageError(QCoreApplication::translate("couplet-cli",
                                           "The workspace has no mapping %1. Its mappings: %2.")
                   .arg(name, names.join(u", "_s)));
}

QString Session::workspaceDir()
{
    return QFileInfo(workspace().path).absolutePath();
}

CredentialStore &Session::credentials()
{
    if (!m_credentials)
        m_credentials = std::make_unique<CredentialStore>();
    return *m_credentials;
}

QString Session::secretOf(const QString &role)
{
    const SecretNeed need = secrets::need(workspace(), role);
    if (!need.source.isSet())
        return {};
    QString error;
    QString secret;
    bool notFound = false;
    if (need.source.kind == SecretSource::Kind::Keychain) {
        const CredentialResult r = credentials().readBlocking(need.ref);
        secret = r.secret;
        error = r.message;
        notFound = r.notFound;
    } else {
        secret = readSecret(need.source, workspaceDir(), &error);
    }
    if (error.isEmpty())
        return secret;
    Failure failure{
        ExitCode::Unusable,
        {QCoreApplication::translate("couplet-cli", "Cannot read the password of %1: %2")
             .arg(need.ref.describe(), error)}};
    if (notFound) {
        const QString name =
            need.ref.kind == CredentialRef::Kind::Store ? u"store"_s : need.ref.name;
        failure.lines.append(QCoreApplication::translate(
                                 "couplet-cli", "Store it with: couplet-cli -w %1 secret set %2")
                                 .arg(QDir::toNativeSeparators(m_path), name));
    }
    throw failure;
}

StateStore &Session::store()
{
    if (m_store)
        return *m_store;
    const StoreConfig config = workspace().resolvedStore();
    auto store = std::make_unique<StateStore>(config, secretOf(u"store"_s));
    try {
        store->open();
    } catch (const Error &e) {
        Failure failure{
            ExitCode::Unusable,
            {QCoreApplication::translate("couplet-cli", "Cannot open the state store %1: %2")
                 .arg(QDir::toNativeSeparators(config.database), e.message())}};
        if (!e.detail().isEmpty())
            failure.lines.append(e.detail());
        throw failure;
    }
    m_store = std::move(store);
    return *m_store;
}

Connector &Session::connector(Side side, bool open)
{
    std::unique_ptr<Connector> &connector = side == Side::Local ? m_local : m_remote;
    bool &isOpen = side == Side::Local ? m_localOpen : m_remoteOpen;
    const ConnectionConfig &config = workspace().connection(side);
    const QString role = config.name.isEmpty() ? toString(side) : config.name;
    if (!connector) {
        connector =
            createConnector(config, workspaceDir(),
                            secretOf(side == Side::Local ? u"local"_s : u"remote"_s), m_clock);
        if (!connector) {
            fail(ExitCode::Unusable,
                 QCoreApplication::translate("couplet-cli",
                                             "The %1 connection has a kind (%2) that this "
                                             "version of couplet-cli does not support.")
                     .arg(role, config.kind));
        }
    }
    if (open && !isOpen) {
        try {
            connector->open();
        } catch (const Error &e) {
            Failure failure{ExitCode::Unusable,
                            {QCoreApplication::translate("couplet-cli", "Cannot connect to %1: %2")
                                 .arg(role, e.message())}};
            if (!e.detail().isEmpty())
                failure.lines.append(e.detail());
            throw failure;
        }
        isOpen = true;
    }
    return *connector;
}

Administration &Session::administration(bool openConnections)
{
    Connector &local = connector(Side::Local, openConnections);
    Connector &remote = connector(Side::Remote, openConnections);
    if (!m_administration) {
        m_administration =
            std::make_unique<Administration>(workspace(), store(), local, remote, m_clock);
    }
    return *m_administration;
}

} // namespace couplet::cli
