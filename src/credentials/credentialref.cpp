#include "credentialref.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace couplet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(couplet::CredentialStore)
};

} // namespace

CredentialRef CredentialRef::store(const QString &workspacePath)
{
    return {canonicalWorkspacePath(workspacePath), Kind::Store, {}};
}

CredentialRef CredentialRef::connection(const QString &workspacePath, const QString &name)
{
    return {canonicalWorkspacePath(workspacePath), Kind::Connection, name};
}

QString CredentialRef::key() const
{
    if (kind == Kind::Store)
        return workspacePath + QStringLiteral("#store");
    return workspacePath + QStringLiteral("#connection/") + name;
}

QString CredentialRef::describe() const
{
    if (kind == Kind::Store)
        return Tr::tr("the state store");
    return Tr::tr("the %1 connection").arg(name);
}

QString CredentialRef::canonicalWorkspacePath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when the file does not exist
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace couplet
