#pragma once

#include "model/connectionconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace couplet {

// A problem with one option of an odata connection: `key` is the option's name
// ("pageSize") or the path inside it ("lookups.contacts._parentcustomerid_value"),
// empty for a problem of the options as a whole.
struct OdataOptionIssue
{
    QString key;
    QString message;
};

// The settings of an "odata" connection, read from ConnectionConfig::options
// (see docs/workspace.md). One place knows the option names, their types and
// their defaults: the connector and the workspace validation both read them here.
struct OdataSettings
{
    Q_DECLARE_TR_FUNCTIONS(couplet::OdataSettings)

public:
    enum class Profile { Dataverse, Generic };
    enum class Auth { None, Basic, OAuth2 };

    Profile profile = Profile::Dataverse;
    QUrl url;         // dataverse: the organisation's address
    QUrl serviceRoot; // always ends with "/"
    Auth auth = Auth::None;
    QUrl tokenUrl;
    QString clientId; // oauth2; the connection's "user" when not given
    QString scope;    // oauth2; dataverse default "<url>/.default"
    QString user;     // basic
    int pageSize = 500;
    int batchSize = 100;
    int timeoutSeconds = 60;
    int retries = 5;
    QString caFile; // absolute, or empty
    // dataverse: the security roles that make a user an administrator (Health
    // Check), compared without case.
    QStringList administratorRoles{QStringLiteral("System Administrator")};
    // Whether a lookup (a property that the referential constraint of a
    // navigation property in $metadata sets, Dataverse's "_<name>_value") is
    // written as "<navigation property>@odata.bind". Dataverse refuses a write
    // of the property itself; a generic service usually takes it.
    bool bindLookups = true; // generic: false
    // The target of each lookup that $metadata leaves open (a polymorphic
    // lookup): entity set -> lookup property -> target entity set or
    // navigation property.
    QHash<QString, QHash<QString, QString>> lookups;

    bool isDataverse() const { return profile == Profile::Dataverse; }

    // Reads and checks the options. Problems are appended to `issues` (when
    // given); the settings are then only partly usable.
    static OdataSettings read(const ConnectionConfig &config, const QString &workspaceDir,
                              QList<OdataOptionIssue> *issues);
    static QStringList optionNames();

    // Dataverse's "Open in browser" address with the {table} and {key}
    // placeholders of ConnectionConfig::recordUrl; empty for the generic profile.
    // {table} must then be the entity's logical name ("account"), see
    // OdataConnector::recordUrl().
    QString defaultRecordUrl() const;
};

} // namespace couplet
