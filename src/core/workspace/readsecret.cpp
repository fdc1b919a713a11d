// readSecret: a connection's password from an environment variable or a 0600 file.

#include "workspace/workspacefile.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace couplet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(couplet::WorkspaceFile)
};

QString fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCDebug(lcWorkspace).noquote() << message;
    return {};
}

QString fromEnvironment(const QString &name, QString *error)
{
    const QString value = qEnvironmentVariable(name.toLocal8Bit().constData());
    if (value.isEmpty()) {
        return fail(error, Tr::tr("The environment variable %1, which holds the password, is "
                                  "not set or empty.")
                               .arg(name));
    }
    return value;
}

// Like ssh with its keys: a secret others can read is refused, not used.
QString fromFile(const QString &path, QString *error)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return fail(error, Tr::tr("The secret file %1 does not exist.").arg(path));
    const unsigned mode = info.st_mode & 07777;
    if ((mode & 0177) != 0) {
        return fail(error, Tr::tr("The secret file %1 has mode %2; it must be readable by its "
                                  "owner only (mode 0600: chmod 600 %1).")
                               .arg(path, QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error,
                    Tr::tr("Cannot read the secret file %1: %2").arg(path, file.errorString()));
    QByteArray data = file.readAll();
    // Editors and `echo` end the file with a newline that is not part of the secret.
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty())
        return fail(error, Tr::tr("The secret file %1 is empty.").arg(path));
    return QString::fromUtf8(data);
}

} // namespace

QString readSecret(const SecretSource &source, const QString &workspaceDir, QString *error)
{
    if (error)
        error->clear();
    switch (source.kind) {
    case SecretSource::Kind::None:
        return {};
    case SecretSource::Kind::Keychain:
        return fail(error, Tr::tr("This password is kept in the keychain; it is read through "
                                  "the credential store."));
    case SecretSource::Kind::Environment:
        return fromEnvironment(source.name, error);
    case SecretSource::Kind::File: {
        const QString path = QDir::isAbsolutePath(source.name) || workspaceDir.isEmpty()
                                 ? source.name
                                 : QDir(workspaceDir).absoluteFilePath(source.name);
        return fromFile(QDir::cleanPath(path), error);
    }
    }
    return {};
}

} // namespace couplet
