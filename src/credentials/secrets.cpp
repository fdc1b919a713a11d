#include "secrets.h"

#include "credentialstore.h"

#include "workspace/workspacefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <memory>

namespace couplet::secrets {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(couplet::CredentialStore)
};

QString workspaceDir(const Workspace &workspace)
{
    return QFileInfo(workspace.path).absolutePath();
}

QString problemLine(const SecretNeed &need, const QString &message)
{
    return Tr::tr("The password of %1: %2").arg(need.ref.describe(), message);
}

} // namespace

SecretNeed need(const Workspace &workspace, const QString &role)
{
    if (role == QLatin1String("store"))
        return {role, workspace.store.secret, CredentialRef::store(workspace.path)};
    const Side side = role == QLatin1String("local") ? Side::Local : Side::Remote;
    return {role, workspace.connection(side).secret,
            CredentialRef::connection(workspace.path, workspace.systemName(side))};
}

QList<SecretNeed> needs(const Workspace &workspace)
{
    QList<SecretNeed> all;
    for (const char *role : {"store", "local", "remote"}) {
        SecretNeed n = need(workspace, QLatin1String(role));
        if (n.source.isSet())
            all.append(std::move(n));
    }
    return all;
}

bool needsKeychain(const Workspace &workspace)
{
    for (const SecretNeed &n : needs(workspace)) {
        if (n.source.kind == SecretSource::Kind::Keychain)
            return true;
    }
    return false;
}

ResolvedSecrets readHeadless(const Workspace &workspace)
{
    ResolvedSecrets resolved;
    for (const SecretNeed &n : needs(workspace)) {
        if (n.source.kind == SecretSource::Kind::Keychain)
            continue;
        QString error;
        const QString secret = readSecret(n.source, workspaceDir(workspace), &error);
        if (!error.isEmpty())
            resolved.problems.append(problemLine(n, error));
        else
            resolved.secrets.insert(n.role, secret);
    }
    return resolved;
}

void resolve(const Workspace &workspace, CredentialStore &store, QObject *context,
             std::function<void(const ResolvedSecrets &)> done)
{
    struct State
    {
        ResolvedSecrets resolved;
        int pending = 0;
        std::function<void(const ResolvedSecrets &)> done;
    };
    auto state = std::make_shared<State>();
    state->resolved = readHeadless(workspace);
    state->done = std::move(done);
    QList<SecretNeed> keychain;
    for (const SecretNeed &n : needs(workspace)) {
        if (n.source.kind == SecretSource::Kind::Keychain)
            keychain.append(n);
    }
    if (keychain.isEmpty()) {
        // Still asynchronous, as promised.
        QTimer::singleShot(0, context ? context : &store,
                           [state] { state->done(state->resolved); });
        return;
    }
    state->pending = int(keychain.size());
    for (const SecretNeed &n : std::as_const(keychain)) {
        store.read(n.ref, context, [state, n](const CredentialResult &r) {
            if (r.ok)
                state->resolved.secrets.insert(n.role, r.secret);
            else
                state->resolved.problems.append(problemLine(n, r.message));
            if (--state->pending == 0)
                state->done(state->resolved);
        });
    }
}

} // namespace couplet::secrets
