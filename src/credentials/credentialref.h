#pragma once

#include <QString>

namespace couplet {

// Which secret of which workspace: the password of the state store, or of one
// connection. In the keychain it is the entry of the service "Couplet" whose
// key is
//
//     <canonical absolute path of the workspace file>#store            the state store
//     <canonical absolute path of the workspace file>#connection/<name> a connection
//
// so two workspaces with a connection of the same name never share a secret,
// and a connection named "store" never meets the state store's.
struct CredentialRef
{
    enum class Kind { Store, Connection };

    QString workspacePath; // canonical absolute path (see canonicalWorkspacePath)
    Kind kind = Kind::Store;
    QString name; // the connection's name; empty for the state store

    static CredentialRef store(const QString &workspacePath);
    static CredentialRef connection(const QString &workspacePath, const QString &name);

    // The keychain key described above.
    QString key() const;
    // For messages: "the state store" or "the ERP connection".
    QString describe() const;

    // The workspace file's path with symbolic links, "." and ".." resolved, so the
    // same file opened by different paths finds the same secrets.
    static QString canonicalWorkspacePath(const QString &path);
};

} // namespace couplet
