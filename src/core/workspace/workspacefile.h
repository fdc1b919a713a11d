#pragma once

#include "model/workspace.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace couplet {

class Connector;

// A mistake in a workspace file, named by its JSON path:
// `mappings[1].fields[3].local: column "emial" does not exist in table customer`.
struct WorkspaceIssue
{
    QString path;
    QString message;
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

// Reads, validates and writes *.couplet.json files.
class WorkspaceFile final
{
public:
    // Parses and validates the structure. On any issue the returned workspace
    // must not be used; `issues` says what is wrong.
    static Workspace load(const QString &path, QList<WorkspaceIssue> *issues);
    static Workspace fromJson(const QJsonObject &json, const QString &path,
                              QList<WorkspaceIssue> *issues);
    static QJsonObject toJson(const Workspace &workspace);
    // Writes atomically (QSaveFile). Secrets are never part of a Workspace.
    static bool save(const Workspace &workspace, const QString &path, QString *error);

    // Names, directions, policies, lookups and match fields that refer to nothing.
    static QList<WorkspaceIssue> validateStructure(const Workspace &workspace);
    // Tables and columns against both systems' schemas.
    static QList<WorkspaceIssue> validateSchema(const Workspace &workspace, Connector &local,
                                                Connector &remote);
};

// Reads a secret from where the workspace says (environment variable or 0600
// file). Keychain secrets come from CredentialStore. Returns an empty string and
// sets `error` when it cannot be read; the secret is never part of the error.
QString readSecret(const SecretSource &source, const QString &workspaceDir, QString *error);

} // namespace couplet
