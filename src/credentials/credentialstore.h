#pragma once

#include "credentialref.h"

#include <QObject>
#include <QString>

#include <functional>

namespace couplet {

// The outcome of one keychain job. `message` is for the administrator, in plain
// words; it never contains the secret.
struct CredentialResult
{
    bool ok = false;
    bool notFound = false; // read: the keychain answered, and holds no such entry
    QString secret;        // read only
    QString message;       // empty when ok
};

// Secrets in the OS keychain (the Secret Service of gnome-keyring or KWallet on
// Linux, the macOS Keychain, the Windows Credential Manager) through QtKeychain,
// under the service name "Couplet" and the keys of CredentialRef.
//
// Every job is asynchronous: its callback runs later on the thread of this
// object, and is dropped when `context` is gone. A missing or locked keychain
// gives a message that says so and points to the headless alternatives (an
// environment variable or a 0600 file). Secrets are never logged.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString serviceName(); // "Couplet"

    void read(const CredentialRef &ref, QObject *context, Callback done);
    // Replaces any secret stored under the same key.
    void write(const CredentialRef &ref, const QString &secret, QObject *context, Callback done);
    // Succeeds also when nothing was stored.
    void remove(const CredentialRef &ref, QObject *context, Callback done);

    // For couplet-cli only: start the job and wait for it in a local event loop
    // (at most `timeoutMs`). Never call these on the console's GUI thread.
    CredentialResult readBlocking(const CredentialRef &ref, int timeoutMs = 120000);
    CredentialResult writeBlocking(const CredentialRef &ref, const QString &secret,
                                   int timeoutMs = 120000);
    CredentialResult removeBlocking(const CredentialRef &ref, int timeoutMs = 120000);

private:
    CredentialResult wait(const std::function<void(QObject *, Callback)> &start, int timeoutMs);
};

} // namespace couplet
