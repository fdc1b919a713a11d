#pragma once

#include "model/workspace.h"

#include <QString>

#include <memory>

namespace couplet {
class Administration;
class Clock;
class Connector;
class CredentialStore;
class StateStore;
} // namespace couplet

namespace couplet::cli {

// The workspace of one command and what it opens: the state store and the two
// connections, each opened on first use. Problems end the command: a workspace
// with mistakes exits 3, a store or connection that cannot be used exits 4.
class Session final
{
public:
    Session(QString workspacePath, const Clock &clock);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const QString &workspacePath() const { return m_path; }
    const Workspace &workspace();
    // The mapping of that name; exits 2 (usage) naming the known mappings when none.
    const TableMapping &mapping(const QString &name);
    QString workspaceDir();

    StateStore &store();
    // The connector of one side, opened unless `open` is false (for operations
    // that only touch the state store, and for the health check, which opens it
    // itself and reports a connection that fails as a result).
    Connector &connector(Side side, bool open = true);
    // The administrator operations over this session's store and connections.
    Administration &administration(bool openConnections);

    const Clock &clock() const { return m_clock; }
    // The OS keychain, created on first use (`secret` commands, "secret": "keychain").
    CredentialStore &credentials();

private:
    // The password of "store", "local" or "remote", from the environment, a 0600
    // file or the keychain; exits 4 when it cannot be read.
    QString secretOf(const QString &role);

    QString m_path;
    const Clock &m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<Connector> m_local;
    std::unique_ptr<Connector> m_remote;
    bool m_localOpen = false;
    bool m_remoteOpen = false;
    std::unique_ptr<Administration> m_administration;
    std::unique_ptr<CredentialStore> m_credentials;
};

} // namespace couplet::cli
