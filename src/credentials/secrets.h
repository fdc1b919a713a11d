#pragma once

#include "credentialref.h"

#include "model/workspace.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace couplet {

class CredentialStore;

// One password a run may need, under the role the workers know it by:
// "store" (the state store), "local" or "remote" (the connections).
struct SecretNeed
{
    QString role;
    SecretSource source;
    CredentialRef ref; // where it is in the keychain (when source is Keychain)
};

// The passwords of a workspace's state store and connections, by role, and what
// could not be read (one plain-words line each; never a secret).
struct ResolvedSecrets
{
    QHash<QString, QString> secrets;
    QStringList problems;
};

// Secret resolution for runs: environment variables and 0600 files through
// readSecret(), keychain entries through CredentialStore.
namespace secrets {

// Every password the workspace names a source for, in the order store, local, remote.
QList<SecretNeed> needs(const Workspace &workspace);
// The need of one role ("store", "local", "remote").
SecretNeed need(const Workspace &workspace, const QString &role);
bool needsKeychain(const Workspace &workspace);

// The passwords from environment variables and files, read now; keychain ones
// are left out.
ResolvedSecrets readHeadless(const Workspace &workspace);

// All passwords: environment and files now, the keychain asynchronously. `done`
// runs once, on the thread of `store`, when every keychain job has answered
// (dropped when `context` is gone). Never waits.
void resolve(const Workspace &workspace, CredentialStore &store, QObject *context,
             std::function<void(const ResolvedSecrets &)> done);

} // namespace secrets

} // namespace couplet
