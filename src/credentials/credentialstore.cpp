#include "credentialstore.h"

#include "credentialslogging.h"

#include <qt6keychain/keychain.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace couplet {

namespace {

enum class Operation { Read, Write, Remove };

const char *operationName(Operation op)
{
    switch (op) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "";
}

// Why no keychain answers, when that is the cause; empty when a Secret Service
// is there (and the failure is something else).
QString unavailableReason()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return CredentialStore::tr("there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is "
                                   "not set, or nothing answers at its address)");
    }
    const QString secretService = QStringLiteral("org.freedesktop.secrets");
    QDBusConnectionInterface *bus_interface = bus.interface();
    if (bus_interface && !bus_interface->isServiceRegistered(secretService).value() &&
        !bus_interface->activatableServiceNames().value().contains(secretService)) {
        return CredentialStore::tr("no Secret Service (such as gnome-keyring or KWallet) runs "
                                   "on the D-Bus session bus");
    }
    return {};
}

QString noKeychain(const QString &reason)
{
    return CredentialStore::tr("No keychain is available: %1. Use an environment variable or a "
                               "0600 secret file for headless runs (\"secret\": {\"env\": "
                               "\"VARIABLE\"} or {\"file\": \"path\"} in the workspace).")
        .arg(reason);
}

QString otherFailure(Operation op, const CredentialRef &ref, const QString &backendText)
{
    switch (op) {
    case Operation::Read:
        return CredentialStore::tr("The keychain could not read the password of %1: %2")
            .arg(ref.describe(), backendText);
    case Operation::Write:
        return CredentialStore::tr("The keychain could not store the password of %1: %2")
            .arg(ref.describe(), backendText);
    case Operation::Remove:
        return CredentialStore::tr("The keychain could not remove the password of %1: %2")
            .arg(ref.describe(), backendText);
    }
    return {};
}

// QtKeychain's error codes in plain words. The backend's own text (never the
// secret) is kept where it helps.
CredentialResult failure(Operation op, const CredentialRef &ref, QKeychain::Error error,
                         const QString &backendText)
{
    CredentialResult r;
    switch (error) {
    case QKeychain::NoError:
        r.ok = true;
        return r;
    case QKeychain::EntryNotFound:
        r.notFound = true;
        if (op == Operation::Remove) {
            r.ok = true; // nothing to remove is what was asked for
            return r;
        }
        r.message = CredentialStore::tr("The keychain holds no password for %1 of this "
                                        "workspace.")
                        .arg(ref.describe());
        return r;
    case QKeychain::AccessDeniedByUser:
        r.message = CredentialStore::tr("Access to the password of %1 was refused at the "
                                        "keychain's prompt.")
                        .arg(ref.describe());
        return r;
    case QKeychain::AccessDenied:
        r.message = CredentialStore::tr("The keychain refused access to the password of %1; it "
                                        "may be locked. Unlock it (log in to the desktop session "
                                        "or open the keyring) and try again.")
                        .arg(ref.describe());
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: {
        const QString reason = unavailableReason();
        r.message = noKeychain(
            reason.isEmpty()
                ? CredentialStore::tr("no keychain service was found (%1)").arg(backendText)
                : reason);
        return r;
    }
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: {
        const QString reason = unavailableReason();
        r.message = reason.isEmpty() ? otherFailure(op, ref, backendText) : noKeychain(reason);
        return r;
    }
    }
    r.message = otherFailure(op, ref, backendText);
    return r;
}

void startJob(CredentialStore *owner, Operation op, const CredentialRef &ref, const QString &secret,
              QObject *context, CredentialStore::Callback done)
{
    // Jobs have no parent: the libsecret backend calls back into a job until it
    // has finished, so a job deleted early (with a store that is gone) would
    // crash. Each one deletes itself when done; its answer goes to `owner` only
    // while that exists.
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(CredentialStore::serviceName(), nullptr);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(CredentialStore::serviceName(), nullptr);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(CredentialStore::serviceName(), nullptr);
        break;
    }
    // Never fall back to a plain-text file: a secret is in the keychain or nowhere.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(ref.key());
    qCInfo(lcCredentials).noquote() << "keychain" << operationName(op) << ref.key();

    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, owner,
        [op, ref, hasContext, guard, done = std::move(done)](QKeychain::Job *j) {
            CredentialResult result = failure(op, ref, j->error(), j->errorString());
            if (result.ok && op == Operation::Read)
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            // A failure reaches the user through result.message; the backend's
            // own words are for --verbose.
            if (result.ok || result.notFound) {
                qCInfo(lcCredentials).noquote() << "keychain" << operationName(op) << ref.key()
                                                << (result.notFound ? "not found" : "done");
            } else {
                qCInfo(lcCredentials).noquote() << "keychain" << operationName(op) << ref.key()
                                                << "failed:" << j->error() << j->errorString();
            }
            if (hasContext && !guard)
                return;
            if (done)
                done(result);
        });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return QStringLiteral("Couplet");
}

void CredentialStore::read(const CredentialRef &ref, QObject *context, Callback done)
{
    startJob(this, Operation::Read, ref, {}, context, std::move(done));
}

void CredentialStore::write(const CredentialRef &ref, const QString &secret, QObject *context,
                            Callback done)
{
    startJob(this, Operation::Write, ref, secret, context, std::move(done));
}

void CredentialStore::remove(const CredentialRef &ref, QObject *context, Callback done)
{
    startJob(this, Operation::Remove, ref, {}, context, std::move(done));
}

CredentialResult CredentialStore::wait(const std::function<void(QObject *, Callback)> &start,
                                       int timeoutMs)
{
    QEventLoop loop;
    auto result = std::make_shared<CredentialResult>();
    auto finished = std::make_shared<bool>(false);
    start(&loop, [&loop, result, finished](const CredentialResult &r) {
        *result = r;
        *finished = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!*finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!*finished) {
        result->message = tr("The keychain did not answer within %n second(s); it may be "
                             "waiting for a password prompt that nobody can see.",
                             nullptr, timeoutMs / 1000);
    }
    return *result;
}

CredentialResult CredentialStore::readBlocking(const CredentialRef &ref, int timeoutMs)
{
    return wait([this, &ref](QObject *context, Callback done) { read(ref, context, done); },
                timeoutMs);
}

CredentialResult CredentialStore::writeBlocking(const CredentialRef &ref, const QString &secret,
                                                int timeoutMs)
{
    return wait([this, &ref, &secret](QObject *context,
                                      Callback done) { write(ref, secret, context, done); },
                timeoutMs);
}

CredentialResult CredentialStore::removeBlocking(const CredentialRef &ref, int timeoutMs)
{
    return wait([this, &ref](QObject *context, Callback done) { remove(ref, context, done); },
                timeoutMs);
}

} // namespace couplet
