#include "connectors/odata/odatasettings.h"

#include <QDir>
#include <QVariant>

namespace couplet {

namespace {

const char *const profileKey = "profile";
const char *const urlKey = "url";
const char *const serviceRootKey = "serviceRoot";
const char *const authKey = "auth";
const char *const tokenUrlKey = "tokenUrl";
const char *const clientIdKey = "clientId";
const char *const scopeKey = "scope";
const char *const pageSizeKey = "pageSize";
const char *const batchSizeKey = "batchSize";
const char *const timeoutKey = "timeoutSeconds";
const char *const retriesKey = "retries";
const char *const caFileKey = "caFile";
const char *const administratorRolesKey = "administratorRoles";
const char *const bindLookupsKey = "bindLookups";
const char *const lookupsKey = "lookups";

// Collects problems; every option is read the same way.
class OptionReader
{
public:
    OptionReader(const QVariantMap &options, QList<OdataOptionIssue> *issues)
        : m_options(options)
        , m_issues(issues)
    {}

    void issue(const char *key, const QString &message)
    {
        if (m_issues)
            m_issues->append({QLatin1String(key), message});
    }

    void issueAt(const QString &path, const QString &message)
    {
        if (m_issues)
            m_issues->append({path, message});
    }

    bool has(const char *key) const { return m_options.contains(QLatin1String(key)); }

    QString text(const char *key, const QString &fallback = {})
    {
        const QVariant v = m_options.value(QLatin1String(key));
        if (!v.isValid())
            return fallback;
        if (v.typeId() != QMetaType::QString) {
            issue(key, OdataSettings::tr("expected a string"));
            return fallback;
        }
        return v.toString();
    }

    // An array of non-empty strings.
    QStringList texts(const char *key, const QStringList &fallback)
    {
        const QVariant v = m_options.value(QLatin1String(key));
        if (!v.isValid())
            return fallback;
        const bool list =
            v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList;
        QStringList out;
        for (const QVariant &item : list ? v.toList() : QVariantList()) {
            if (item.typeId() != QMetaType::QString || item.toString().trimmed().isEmpty()) {
                out.clear();
                break;
            }
            out << item.toString().trimmed();
        }
        if (!list || out.size() != v.toList().size()) {
            issue(key, OdataSettings::tr("expected an array of names"));
            return fallback;
        }
        return out;
    }

    bool flag(const char *key, bool fallback)
    {
        const QVariant v = m_options.value(QLatin1String(key));
        if (!v.isValid())
            return fallback;
        if (v.typeId() != QMetaType::Bool) {
            issue(key, OdataSettings::tr("expected true or false"));
            return fallback;
        }
        return v.toBool();
    }

    // {"<entity set>": {"<property>": "<name>"}}; problems are reported at
    // their own path ("lookups.contacts._parentcustomerid_value").
    QHash<QString, QHash<QString, QString>> lookups(const char *key)
    {
        QHash<QString, QHash<QString, QString>> out;
        const QVariant v = m_options.value(QLatin1String(key));
        if (!v.isValid())
            return out;
        if (v.typeId() != QMetaType::QVariantMap) {
            issue(key, OdataSettings::tr("expected an object of entity set -> {lookup property: "
                                         "target entity set}"));
            return out;
        }
        const QVariantMap sets = v.toMap();
        for (auto set = sets.cbegin(); set != sets.cend(); ++set) {
            const QString setPath = QLatin1String(key) + QLatin1Char('.') + set.key();
            if (set.value().typeId() != QMetaType::QVariantMap) {
                issueAt(setPath, OdataSettings::tr("expected an object of lookup property -> "
                                                   "target entity set"));
                continue;
            }
            const QVariantMap properties = set.value().toMap();
            for (auto p = properties.cbegin(); p != properties.cend(); ++p) {
                if (p.value().typeId() != QMetaType::QString ||
                    p.value().toString().trimmed().isEmpty()) {
                    issueAt(setPath + QLatin1Char('.') + p.key(),
                            OdataSettings::tr("expected the name of the target entity set or of "
                                              "the navigation property"));
                    continue;
                }
                out[set.key()].insert(p.key(), p.value().toString().trimmed());
            }
        }
        return out;
    }

    int number(const char *key, int fallback, int min, int max)
    {
        const QVariant v = m_options.value(QLatin1String(key));
        if (!v.isValid())
            return fallback;
        bool ok = false;
        const double d = v.toDouble(&ok);
        const bool numeric = v.typeId() != QMetaType::QString && v.typeId() != QMetaType::Bool;
        if (!numeric || !ok || d != double(qint64(d)) || d < min || d > max) {
            issue(key,
                  OdataSettings::tr("expected a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    QUrl address(const char *key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QUrl url(value, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            issue(key, OdataSettings::tr("expected an http or https address"));
            return {};
        }
        return url;
    }

private:
    const QVariantMap &m_options;
    QList<OdataOptionIssue> *m_issues;
};

QUrl withSlash(QUrl url)
{
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        url.setPath(path + QLatin1Char('/'));
    return url;
}

QString withoutSlash(const QUrl &url)
{
    QString text = url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

QStringList OdataSettings::optionNames()
{
    QStringList names;
    for (const char *key : {profileKey, urlKey, serviceRootKey, authKey, tokenUrlKey, clientIdKey,
                            scopeKey, pageSizeKey, batchSizeKey, timeoutKey, retriesKey, caFileKey,
                            administratorRolesKey, bindLookupsKey, lookupsKey})
        names << QLatin1String(key);
    return names;
}

OdataSettings OdataSettings::read(const ConnectionConfig &config, const QString &workspaceDir,
                                  QList<OdataOptionIssue> *issues)
{
    OdataSettings s;
    const QStringList known = optionNames();
    for (auto it = config.options.cbegin(); it != config.options.cend(); ++it) {
        if (!known.contains(it.key()) && issues) {
            issues->append({it.key(), tr("unknown option; the options of an odata connection "
                                         "are: %1")
                                          .arg(known.join(QStringLiteral(", ")))});
        }
    }
    OptionReader r(config.options, issues);

    const QString profile = r.text(profileKey, QStringLiteral("dataverse"));
    if (profile == QLatin1String("generic")) {
        s.profile = Profile::Generic;
    } else if (profile != QLatin1String("dataverse")) {
        r.issue(profileKey, tr("unknown value \"%1\"; allowed: dataverse, generic").arg(profile));
    }

    s.url = r.address(urlKey);
    const QUrl root = r.address(serviceRootKey);
    if (!root.isEmpty()) {
        s.serviceRoot = withSlash(root);
    } else if (s.isDataverse() && !s.url.isEmpty()) {
        s.serviceRoot = QUrl(withoutSlash(s.url) + QStringLiteral("/api/data/v9.2/"));
    } else if (!r.has(serviceRootKey) && !r.has(urlKey)) {
        if (s.isDataverse())
            r.issue(urlKey, tr("required: the organisation's address, such as "
                               "https://contoso.crm.dynamics.com"));
        else
            r.issue(serviceRootKey, tr("required: the address of the OData service"));
    }

    const QString auth =
        r.text(authKey, s.isDataverse() ? QStringLiteral("oauth2") : QStringLiteral("none"));
    if (auth == QLatin1String("none")) {
        s.auth = Auth::None;
    } else if (auth == QLatin1String("basic")) {
        s.auth = Auth::Basic;
    } else if (auth == QLatin1String("oauth2")) {
        s.auth = Auth::OAuth2;
    } else {
        r.issue(authKey, tr("unknown value \"%1\"; allowed: none, basic, oauth2").arg(auth));
    }
    s.tokenUrl = r.address(tokenUrlKey);
    s.clientId = r.text(clientIdKey, config.user);
    s.user = config.user;
    s.scope = r.text(scopeKey);
    if (s.scope.isEmpty() && s.isDataverse() && !s.url.isEmpty())
        s.scope = withoutSlash(s.url) + QStringLiteral("/.default");
    if (s.auth == Auth::OAuth2) {
        if (s.tokenUrl.isEmpty() && !r.has(tokenUrlKey))
            r.issue(tokenUrlKey, tr("required with \"auth\": \"oauth2\""));
        if (s.clientId.isEmpty())
            r.issue(clientIdKey, tr("required with \"auth\": \"oauth2\" (or the connection's "
                                    "\"user\")"));
    } else if (s.auth == Auth::Basic && s.user.isEmpty() && issues) {
        issues->append({{}, tr("\"auth\": \"basic\" needs the connection's \"user\"")});
    }

    s.pageSize = r.number(pageSizeKey, s.pageSize, 1, 5000);
    s.batchSize = r.number(batchSizeKey, s.batchSize, 1, 1000);
    s.timeoutSeconds = r.number(timeoutKey, s.timeoutSeconds, 1, 3600);
    s.retries = r.number(retriesKey, s.retries, 0, 20);
    s.caFile = r.text(caFileKey);
    if (!s.caFile.isEmpty() && !QDir::isAbsolutePath(s.caFile) && !workspaceDir.isEmpty())
        s.caFile = QDir::cleanPath(QDir(workspaceDir).absoluteFilePath(s.caFile));
    s.administratorRoles = r.texts(administratorRolesKey, s.administratorRoles);
    s.bindLookups = r.flag(bindLookupsKey, s.isDataverse());
    s.lookups = r.lookups(lookupsKey);
    if (!s.bindLookups && r.has(lookupsKey)) {
        r.issue(lookupsKey, tr("has no effect with \"bindLookups\": false; lookups are then "
                               "written as plain properties"));
    }
    return s;
}

QString OdataSettings::defaultRecordUrl() const
{
    if (!isDataverse() || url.isEmpty())
        return {};
    return withoutSlash(url) +
           QStringLiteral("/main.aspx?pagetype=entityrecord&etn={table}&id={key}");
}

} // namespace couplet
