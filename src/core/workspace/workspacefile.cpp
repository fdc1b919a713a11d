#include "workspace/workspacefile.h"

#include "connectors/connector.h"
#include "connectors/odata/odatasettings.h"
#include "error.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>
#include <initializer_list>

namespace couplet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(couplet::WorkspaceFile)
};

constexpr int formatVersion = 1;
constexpr int maxIntervalMinutes = 24 * 60;

const QStringList &sqlDrivers()
{
    static const QStringList names{
        QStringLiteral("QSQLITE"),  QStringLiteral("QPSQL"),  QStringLiteral("QMYSQL"),
        QStringLiteral("QMARIADB"), QStringLiteral("QODBC"),  QStringLiteral("QOCI"),
        QStringLiteral("QDB2"),     QStringLiteral("QIBASE"), QStringLiteral("QMIMER")};
    return names;
}

const QStringList &connectionKinds()
{
    static const QStringList kinds{QStringLiteral("sql"), QStringLiteral("odata")};
    return kinds;
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

QString quotedList(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

template <typename Enum> QStringList enumNames(std::initializer_list<Enum> values)
{
    QStringList names;
    for (Enum v : values)
        names << toString(v);
    return names;
}

QString secretAdvice()
{
    return Tr::tr("secrets are never stored in the workspace; use \"secret\": \"keychain\", "
                  "{\"env\": NAME} or {\"file\": PATH}");
}

// "demo.couplet.json" -> "demo.state.sqlite"
QString defaultStoreFile(const QString &workspacePath, const QString &name)
{
    QString base = QFileInfo(workspacePath).fileName();
    if (base.endsWith(QLatin1String(".couplet.json")))
        base.chop(int(qstrlen(".couplet.json")));
    else
        base = QFileInfo(workspacePath).completeBaseName();
    if (base.isEmpty())
        base = name.isEmpty() ? QStringLiteral("workspace") : name;
    return base + QStringLiteral(".state.sqlite");
}

// Walks the JSON and collects every type error, unknown key, unknown enum value
// and literal secret, naming each by its JSON path.
class Reader final
{
public:
    explicit Reader(QList<WorkspaceIssue> &issues)
        : m_issues(issues)
    {}

    void issue(const QString &path, const QString &message) { m_issues.append({path, message}); }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                issue(child(path, it.key()),
                      Tr::tr("unknown key; the allowed keys are: %1").arg(quotedList(allowed)));
            }
        }
    }

    bool string(const QJsonObject &o, const QString &path, const QString &key, QString *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isString()) {
            issue(child(path, key), Tr::tr("expected a string"));
            return false;
        }
        *out = v.toString();
        return true;
    }

    void boolean(const QJsonObject &o, const QString &path, const QString &key, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            issue(child(path, key), Tr::tr("expected true or false"));
        else
            *out = v.toBool();
    }

    bool integer(const QJsonObject &o, const QString &path, const QString &key, int *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)) || d < 0) {
            issue(child(path, key), Tr::tr("expected a whole number"));
            return false;
        }
        *out = int(d);
        return true;
    }

    bool object(const QJsonObject &o, const QString &path, const QString &key, QJsonObject *out,
                bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                issue(child(path, key), Tr::tr("required"));
            return false;
        }
        if (!v.isObject()) {
            issue(child(path, key), Tr::tr("expected an object"));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    bool array(const QJsonObject &o, const QString &path, const QString &key, QJsonArray *out,
               bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                issue(child(path, key), Tr::tr("required"));
            return false;
        }
        if (!v.isArray()) {
            issue(child(path, key), Tr::tr("expected an array"));
            return false;
        }
        *out = v.toArray();
        return true;
    }

    template <typename Enum>
    void enumeration(const QJsonObject &o, const QString &path, const QString &key, Enum *out,
                     const QStringList &allowed)
    {
        QString text;
        if (!string(o, path, key, &text))
            return;
        const std::optional<Enum> value = enumFromString<Enum>(text);
        if (!value) {
            issue(child(path, key),
                  Tr::tr("unknown value \"%1\"; allowed: %2").arg(text, quotedList(allowed)));
            return;
        }
        *out = *value;
    }

    Workspace workspace(const QJsonObject &json, const QString &path);
    void version(const QJsonObject &json);
    ConnectionConfig connection(const QJsonObject &o, const QString &path);
    SecretSource secret(const QJsonValue &v, const QString &path);
    TableSide side(const QJsonObject &o, const QString &path);
    FieldMapping field(const QJsonObject &o, const QString &path, Direction mappingDirection);
    TableMapping mapping(const QJsonObject &o, const QString &path);
    Schedule schedule(const QJsonObject &o, const QString &path);

private:
    QList<WorkspaceIssue> &m_issues;
};

Workspace Reader::workspace(const QJsonObject &json, const QString &path)
{
    checkKeys(json, {},
              {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("store"),
               QStringLiteral("local"), QStringLiteral("remote"), QStringLiteral("mappings")});
    version(json);
    Workspace w;
    w.path = path;
    string(json, {}, QStringLiteral("name"), &w.name);
    QJsonObject o;
    if (object(json, {}, QStringLiteral("store"), &o, false)) {
        w.store = connection(o, QStringLiteral("store"));
    } else {
        w.store.driver = QStringLiteral("QSQLITE");
        w.store.database = defaultStoreFile(path, w.name);
    }
    if (object(json, {}, QStringLiteral("local"), &o, true))
        w.local = connection(o, QStringLiteral("local"));
    if (object(json, {}, QStringLiteral("remote"), &o, true))
        w.remote = connection(o, QStringLiteral("remote"));
    QJsonArray list;
    if (array(json, {}, QStringLiteral("mappings"), &list, true)) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString mappingPath = indexed(QStringLiteral("mappings"), i);
            if (!list.at(i).isObject())
                issue(mappingPath, Tr::tr("expected an object"));
            // Always appended, so indexes in later messages match the file.
            w.mappings << mapping(list.at(i).toObject(), mappingPath);
        }
    }
    return w;
}

void Reader::version(const QJsonObject &json)
{
    const QJsonValue v = json.value(QLatin1String("version"));
    if (v.isUndefined()) {
        issue(QStringLiteral("version"), Tr::tr("required"));
    } else if (!v.isDouble()) {
        issue(QStringLiteral("version"), Tr::tr("expected the number %1").arg(formatVersion));
    } else if (v.toDouble() != formatVersion) {
        issue(QStringLiteral("version"),
              Tr::tr("unsupported version %1; this Couplet reads version %2")
                  .arg(v.toDouble())
                  .arg(formatVersion));
    }
}

ConnectionConfig Reader::connection(const QJsonObject &o, const QString &path)
{
    if (o.contains(QLatin1String("password")))
        issue(child(path, QStringLiteral("password")), secretAdvice());
    QJsonObject rest = o;
    rest.remove(QStringLiteral("password"));
    checkKeys(rest, path,
              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("driver"),
               QStringLiteral("database"), QStringLiteral("host"), QStringLiteral("port"),
               QStringLiteral("user"), QStringLiteral("secret"), QStringLiteral("options"),
               QStringLiteral("recordUrl")});
    ConnectionConfig c;
    string(o, path, QStringLiteral("name"), &c.name);
    string(o, path, QStringLiteral("kind"), &c.kind);
    string(o, path, QStringLiteral("driver"), &c.driver);
    string(o, path, QStringLiteral("database"), &c.database);
    string(o, path, QStringLiteral("host"), &c.host);
    integer(o, path, QStringLiteral("port"), &c.port);
    string(o, path, QStringLiteral("user"), &c.user);
    string(o, path, QStringLiteral("recordUrl"), &c.recordUrl);
    if (o.contains(QLatin1String("secret")))
        c.secret = secret(o.value(QLatin1String("secret")), child(path, QStringLiteral("secret")));
    QJsonObject options;
    if (object(o, path, QStringLiteral("options"), &options, false))
        c.options = options.toVariantMap();
    return c;
}

SecretSource Reader::secret(const QJsonValue &v, const QString &path)
{
    if (v.isString() && v.toString() == QLatin1String("keychain"))
        return {SecretSource::Kind::Keychain, {}};
    if (!v.isObject()) {
        // Anything else written here is the secret itself.
        issue(path, secretAdvice());
        return {};
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, path, {QStringLiteral("env"), QStringLiteral("file")});
    if (o.size() != 1) {
        issue(path, Tr::tr("give exactly one of \"env\" or \"file\""));
        return {};
    }
    const bool isEnv = o.contains(QLatin1String("env"));
    const QString key = isEnv ? QStringLiteral("env") : QStringLiteral("file");
    QString name;
    if (!string(o, path, key, &name))
        return {};
    if (name.isEmpty()) {
        issue(child(path, key),
              isEnv ? Tr::tr("name the environment variable") : Tr::tr("name the file"));
        return {};
    }
    return {isEnv ? SecretSource::Kind::Environment : SecretSource::Kind::File, name};
}

TableSide Reader::side(const QJsonObject &o, const QString &path)
{
    checkKeys(o, path,
              {QStringLiteral("table"), QStringLiteral("key"), QStringLiteral("modified"),
               QStringLiteral("caption"), QStringLiteral("filter")});
    TableSide s;
    string(o, path, QStringLiteral("table"), &s.table);
    string(o, path, QStringLiteral("key"), &s.key);
    string(o, path, QStringLiteral("modified"), &s.modified);
    string(o, path, QStringLiteral("caption"), &s.caption);
    string(o, path, QStringLiteral("filter"), &s.filter);
    return s;
}

FieldMapping Reader::field(const QJsonObject &o, const QString &path, Direction mappingDirection)
{
    checkKeys(o, path,
              {QStringLiteral("local"), QStringLiteral("remote"), QStringLiteral("direction"),
               QStringLiteral("constant"), QStringLiteral("valueMap"), QStringLiteral("lookup"),
               QStringLiteral("clearOnFailedLookup")});
    FieldMapping f;
    f.direction = mappingDirection; // a field follows its mapping unless it says otherwise
    string(o, path, QStringLiteral("local"), &f.local);
    string(o, path, QStringLiteral("remote"), &f.remote);
    enumeration(o, path, QStringLiteral("direction"), &f.direction,
                enumNames({Direction::Bidirectional, Direction::ToRemote, Direction::FromRemote}));
    if (o.contains(QLatin1String("constant")))
        f.constant = o.value(QLatin1String("constant")).toVariant();
    string(o, path, QStringLiteral("lookup"), &f.lookupMapping);
    boolean(o, path, QStringLiteral("clearOnFailedLookup"), &f.clearOnFailedLookup);
    QJsonArray pairs;
    if (array(o, path, QStringLiteral("valueMap"), &pairs, false)) {
        const QString mapPath = child(path, QStringLiteral("valueMap"));
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QJsonArray pair = pairs.at(i).toArray();
            if (!pairs.at(i).isArray() || pair.size() != 2) {
                issue(indexed(mapPath, i), Tr::tr("expected a pair [local, remote]"));
                continue;
            }
            f.valueMap.append({pair.at(0).toVariant(), pair.at(1).toVariant()});
        }
    }
    return f;
}

TableMapping Reader::mapping(const QJsonObject &o, const QString &path)
{
    checkKeys(o, path,
              {QStringLiteral("name"), QStringLiteral("local"), QStringLiteral("remote"),
               QStringLiteral("direction"), QStringLiteral("onlyCoupled"), QStringLiteral("match"),
               QStringLiteral("deletionPolicy"), QStringLiteral("updateConflictPolicy"),
               QStringLiteral("conflictDetection"), QStringLiteral("fields"),
               QStringLiteral("schedule"), QStringLiteral("exchangeRate")});
    TableMapping m;
    if (!o.contains(QLatin1String("name")))
        issue(child(path, QStringLiteral("name")), Tr::tr("required"));
    string(o, path, QStringLiteral("name"), &m.name);
    QJsonObject sideObject;
    if (object(o, path, QStringLiteral("local"), &sideObject, true))
        m.local = side(sideObject, child(path, QStringLiteral("local")));
    if (object(o, path, QStringLiteral("remote"), &sideObject, true))
        m.remote = side(sideObject, child(path, QStringLiteral("remote")));
    enumeration(o, path, QStringLiteral("direction"), &m.direction,
                enumNames({Direction::Bidirectional, Direction::ToRemote, Direction::FromRemote}));
    boolean(o, path, QStringLiteral("onlyCoupled"), &m.onlyCoupled);
    enumeration(
        o, path, QStringLiteral("deletionPolicy"), &m.deletionPolicy,
        enumNames({DeletionPolicy::None, DeletionPolicy::Restore, DeletionPolicy::RemoveCoupling}));
    enumeration(o, path, QStringLiteral("updateConflictPolicy"), &m.updateConflictPolicy,
                enumNames({UpdateConflictPolicy::None, UpdateConflictPolicy::SendToRemote,
                           UpdateConflictPolicy::GetFromRemote}));
    enumeration(o, path, QStringLiteral("conflictDetection"), &m.conflictDetection,
                enumNames({ConflictDetection::FieldLevel, ConflictDetection::RecordLevel}));
    QJsonObject scheduleObject;
    if (object(o, path, QStringLiteral("schedule"), &scheduleObject, false))
        m.schedule = schedule(scheduleObject, child(path, QStringLiteral("schedule")));
    QJsonObject rateObject;
    if (object(o, path, QStringLiteral("exchangeRate"), &rateObject, false)) {
        const QString ratePath = child(path, QStringLiteral("exchangeRate"));
        checkKeys(rateObject, ratePath, {QStringLiteral("local"), QStringLiteral("remote")});
        string(rateObject, ratePath, QStringLiteral("local"), &m.exchangeRate.local);
        string(rateObject, ratePath, QStringLiteral("remote"), &m.exchangeRate.remote);
        if (!m.exchangeRate.isSet())
            issue(ratePath, Tr::tr("name the exchange-rate column of one side or both"));
    }
    QJsonArray list;
    if (array(o, path, QStringLiteral("match"), &list, false)) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString())
                issue(indexed(child(path, QStringLiteral("match")), i),
                      Tr::tr("expected a string"));
            m.matchFields << list.at(i).toString();
        }
    }
    if (array(o, path, QStringLiteral("fields"), &list, true)) {
        const QString fieldsPath = child(path, QStringLiteral("fields"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            // Always appended, so indexes in later messages match the file.
            if (!list.at(i).isObject())
                issue(indexed(fieldsPath, i), Tr::tr("expected an object"));
            m.fields << field(list.at(i).toObject(), indexed(fieldsPath, i), m.direction);
        }
    }
    return m;
}

// The ranges are checked with the structure, so that a schedule made in the
// console is held to the same rules.
Schedule Reader::schedule(const QJsonObject &o, const QString &path)
{
    checkKeys(o, path,
              {QStringLiteral("intervalMinutes"), QStringLiteral("inactivityLimitMinutes")});
    Schedule s;
    if (!o.contains(QLatin1String("intervalMinutes"))) {
        issue(child(path, QStringLiteral("intervalMinutes")), Tr::tr("required"));
        return {};
    }
    if (integer(o, path, QStringLiteral("intervalMinutes"), &s.intervalMinutes) &&
        s.intervalMinutes == 0) {
        // 0 would read as "not scheduled"; leaving "schedule" out says that.
        issue(child(path, QStringLiteral("intervalMinutes")),
              Tr::tr("expected 1 to %1 minutes; leave \"schedule\" out for a mapping that only "
                     "runs when started")
                  .arg(maxIntervalMinutes));
    }
    if (!integer(o, path, QStringLiteral("inactivityLimitMinutes"), &s.inactivityLimitMinutes))
        s.inactivityLimitMinutes = 4 * s.intervalMinutes;
    return s;
}

// ---- structure ---------------------------------------------------------------

class StructureCheck final
{
public:
    explicit StructureCheck(const Workspace &w)
        : m_ws(w)
    {}

    QList<WorkspaceIssue> run()
    {
        connection(m_ws.store, QStringLiteral("store"), true);
        connection(m_ws.local, QStringLiteral("local"), false);
        connection(m_ws.remote, QStringLiteral("remote"), false);
        names();
        for (qsizetype i = 0; i < m_ws.mappings.size(); ++i)
            mapping(i);
        cycles();
        return m_issues;
    }

private:
    void issue(const QString &path, const QString &message) { m_issues.append({path, message}); }

    void connection(const ConnectionConfig &c, const QString &path, bool isStore);
    void odata(const ConnectionConfig &c, const QString &path);
    void names();
    void mapping(qsizetype i);
    void side(const TableSide &s, const QString &path);
    void field(const TableMapping &m, const FieldMapping &f, const QString &path);
    void constant(const FieldMapping &f, const QString &path);
    void schedule(const Schedule &s, const QString &path);
    void cycles();
    bool reaches(const QString &from, const QString &target, QStringList *trail) const;

    const Workspace &m_ws;
    QList<WorkspaceIssue> m_issues;
};

// {table} and {key} stand for text that is percent-encoded when substituted,
// so plain words in their place make a template that parses like a real address.
bool isRecordUrlTemplate(const QString &text)
{
    QString sample = text;
    sample.replace(QLatin1String("{table}"), QLatin1String("table"));
    sample.replace(QLatin1String("{key}"), QLatin1String("key"));
    const QUrl url(sample, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && text.contains(QLatin1String("{key}"));
}

void StructureCheck::connection(const ConnectionConfig &c, const QString &path, bool isStore)
{
    if (!c.recordUrl.isEmpty()) {
        const QString urlPath = child(path, QStringLiteral("recordUrl"));
        if (isStore) {
            issue(urlPath, Tr::tr("only the local and remote connections have records to open"));
        } else if (!isRecordUrlTemplate(c.recordUrl)) {
            issue(urlPath, Tr::tr("expected an http or https address with the placeholder {key} "
                                  "(and optionally {table}), such as "
                                  "https://crm.example.com/main.aspx?etn={table}&id={key}"));
        }
    }
    const QStringList kinds = isStore ? QStringList{QStringLiteral("sql")} : connectionKinds();
    if (!kinds.contains(c.kind)) {
        issue(child(path, QStringLiteral("kind")),
              Tr::tr("unknown value \"%1\"; allowed: %2").arg(c.kind, quotedList(kinds)));
        return;
    }
    if (c.kind == QLatin1String("odata")) {
        odata(c, path);
        return;
    }
    if (c.kind != QLatin1String("sql"))
        return;
    const QStringList drivers =
        isStore ? QStringList{QStringLiteral("QSQLITE"), QStringLiteral("QPSQL")} : sqlDrivers();
    if (!drivers.contains(c.driver)) {
        issue(
            child(path, QStringLiteral("driver")),
            Tr::tr("unknown Qt Sql driver \"%1\"; allowed: %2").arg(c.driver, quotedList(drivers)));
    }
    if (c.database.isEmpty())
        issue(child(path, QStringLiteral("database")), Tr::tr("required"));
}

// The options of an odata connection, read by the connector's own rules.
void StructureCheck::odata(const ConnectionConfig &c, const QString &path)
{
    QList<OdataOptionIssue> problems;
    OdataSettings::read(c, {}, &problems);
    const QString options = child(path, QStringLiteral("options"));
    for (const OdataOptionIssue &p : std::as_const(problems))
        issue(p.key.isEmpty() ? options : child(options, p.key), p.message);
    for (const char *sqlKey : {"driver", "database", "host", "port"}) {
        const bool set = (qstrcmp(sqlKey, "driver") == 0 && c.driver != QLatin1String("QSQLITE")) ||
                         (qstrcmp(sqlKey, "database") == 0 && !c.database.isEmpty()) ||
                         (qstrcmp(sqlKey, "host") == 0 && !c.host.isEmpty()) ||
                         (qstrcmp(sqlKey, "port") == 0 && c.port != 0);
        if (set) {
            issue(child(path, QLatin1String(sqlKey)),
                  Tr::tr("an odata connection has no \"%1\"; its address is "
                         "\"options.url\" or \"options.serviceRoot\"")
                      .arg(QLatin1String(sqlKey)));
        }
    }
}

void StructureCheck::names()
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < m_ws.mappings.size(); ++i) {
        const QString &name = m_ws.mappings.at(i).name;
        const QString path = child(indexed(QStringLiteral("mappings"), i), QStringLiteral("name"));
        if (name.isEmpty()) {
            issue(path, Tr::tr("required"));
            continue;
        }
        const QString folded = name.toCaseFolded();
        if (first.contains(folded)) {
            issue(path, Tr::tr("duplicate mapping name \"%1\" (also mappings[%2])")
                            .arg(name)
                            .arg(first.value(folded)));
        } else {
            first.insert(folded, i);
        }
    }
}

void StructureCheck::side(const TableSide &s, const QString &path)
{
    if (s.table.isEmpty())
        issue(child(path, QStringLiteral("table")), Tr::tr("required"));
    if (s.key.isEmpty())
        issue(child(path, QStringLiteral("key")), Tr::tr("required"));
    if (s.modified.isEmpty())
        issue(child(path, QStringLiteral("modified")), Tr::tr("required"));
}

void StructureCheck::mapping(qsizetype i)
{
    const TableMapping &m = m_ws.mappings.at(i);
    const QString path = indexed(QStringLiteral("mappings"), i);
    side(m.local, child(path, QStringLiteral("local")));
    side(m.remote, child(path, QStringLiteral("remote")));
    for (qsizetype j = 0; j < m.matchFields.size(); ++j) {
        const FieldMapping *f = m.fieldByLocal(m.matchFields.at(j));
        if (!f || !f->isCompared()) {
            issue(indexed(child(path, QStringLiteral("match")), j),
                  Tr::tr("\"%1\" is not the local column of a mapped field")
                      .arg(m.matchFields.at(j)));
        }
    }
    for (qsizetype j = 0; j < m.fields.size(); ++j)
        field(m, m.fields.at(j), indexed(child(path, QStringLiteral("fields")), j));
    schedule(m.schedule, child(path, QStringLiteral("schedule")));
}

void StructureCheck::schedule(const Schedule &s, const QString &path)
{
    if (s.intervalMinutes == 0 && s.inactivityLimitMinutes == 0)
        return; // not scheduled
    if (s.intervalMinutes < 1 || s.intervalMinutes > maxIntervalMinutes) {
        issue(child(path, QStringLiteral("intervalMinutes")),
              Tr::tr("expected 1 to %1 minutes").arg(maxIntervalMinutes));
    } else if (s.inactivityLimitMinutes != 0 && s.inactivityLimitMinutes < s.intervalMinutes) {
        issue(child(path, QStringLiteral("inactivityLimitMinutes")),
              Tr::tr("must be at least the interval (%1 minutes)").arg(s.intervalMinutes));
    }
}

void StructureCheck::field(const TableMapping &m, const FieldMapping &f, const QString &path)
{
    if (f.local.isEmpty() && f.remote.isEmpty()) {
        issue(path, Tr::tr("a field needs \"local\", \"remote\" or both"));
        return;
    }
    if (m.direction != Direction::Bidirectional && f.direction != m.direction) {
        issue(child(path, QStringLiteral("direction")),
              Tr::tr("\"%1\" is not allowed in a mapping whose direction is \"%2\"")
                  .arg(toString(f.direction), toString(m.direction)));
    }
    if (f.isConstant()) {
        constant(f, path);
    } else if (f.local.isEmpty() || f.remote.isEmpty()) {
        const bool missingLocal = f.local.isEmpty();
        issue(child(path, missingLocal ? QStringLiteral("local") : QStringLiteral("remote")),
              Tr::tr("required: a field without \"constant\" maps a local column to a remote "
                     "property"));
    }
    if (f.isLookup()) {
        if (!m_ws.mapping(f.lookupMapping)) {
            issue(child(path, QStringLiteral("lookup")),
                  Tr::tr("mapping \"%1\" does not exist").arg(f.lookupMapping));
        }
        if (!f.valueMap.isEmpty()) {
            issue(child(path, QStringLiteral("valueMap")),
                  Tr::tr("a field cannot have both \"valueMap\" and \"lookup\""));
        }
    } else if (f.clearOnFailedLookup) {
        issue(child(path, QStringLiteral("clearOnFailedLookup")),
              Tr::tr("only applies to a field with \"lookup\""));
    }
}

// A constant is written to one column, so it has no source column.
void StructureCheck::constant(const FieldMapping &f, const QString &path)
{
    if (!f.local.isEmpty() && !f.remote.isEmpty()) {
        if (f.direction == Direction::ToRemote) {
            issue(child(path, QStringLiteral("local")),
                  Tr::tr("a constant has no source column; remove \"local\""));
        } else if (f.direction == Direction::FromRemote) {
            issue(child(path, QStringLiteral("remote")),
                  Tr::tr("a constant has no source column; remove \"remote\""));
        } else {
            issue(child(path, QStringLiteral("constant")),
                  Tr::tr("a constant is written to one column; give only \"local\" or only "
                         "\"remote\""));
        }
    } else if (f.local.isEmpty() && f.direction == Direction::FromRemote) {
        issue(child(path, QStringLiteral("direction")),
              Tr::tr("a constant for the remote property \"%1\" is written \"toRemote\"")
                  .arg(f.remote));
    } else if (f.remote.isEmpty() && f.direction == Direction::ToRemote) {
        issue(child(path, QStringLiteral("direction")),
              Tr::tr("a constant for the local column \"%1\" is written \"fromRemote\"")
                  .arg(f.local));
    }
    if (f.isLookup() || !f.valueMap.isEmpty()) {
        issue(child(path, QStringLiteral("constant")),
              Tr::tr("a constant cannot also have \"valueMap\" or \"lookup\""));
    }
}

bool StructureCheck::reaches(const QString &from, const QString &target, QStringList *trail) const
{
    const TableMapping *m = m_ws.mapping(from);
    if (!m || trail->contains(from, Qt::CaseInsensitive))
        return false;
    trail->append(m->name);
    for (const QString &next : m->lookupDependencies()) {
        if (next.compare(target, Qt::CaseInsensitive) == 0)
            return true;
        if (reaches(next, target, trail))
            return true;
    }
    trail->removeLast();
    return false;
}

// A lookup cycle has no order in which every lookup target runs first. Each
// cycle is reported once, at the first mapping in the file that is part of it.
void StructureCheck::cycles()
{
    QStringList reported;
    for (qsizetype i = 0; i < m_ws.mappings.size(); ++i) {
        const TableMapping &m = m_ws.mappings.at(i);
        QStringList trail;
        if (m.name.isEmpty() || reported.contains(m.name, Qt::CaseInsensitive) ||
            !reaches(m.name, m.name, &trail))
            continue;
        reported << trail;
        const QString next = trail.size() > 1 ? trail.at(1) : m.name;
        for (qsizetype j = 0; j < m.fields.size(); ++j) {
            if (m.fields.at(j).lookupMapping.compare(next, Qt::CaseInsensitive) == 0) {
                issue(child(indexed(child(indexed(QStringLiteral("mappings"), i),
                                          QStringLiteral("fields")),
                                    j),
                            QStringLiteral("lookup")),
                      Tr::tr("lookup cycle: %1").arg((trail + QStringList{m.name}).join(u" → ")));
                break;
            }
        }
    }
}

bool isUnder(const QString &path, const QString &prefix)
{
    if (prefix.isEmpty() || !path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('.') ||
           path.at(prefix.size()) == QLatin1Char('[');
}

// A structural issue under a path that already has a JSON issue says the same
// thing twice ("local: required", then "local.database: required"); and match
// fields name mapped fields, so unreadable fields make every match look wrong.
QList<WorkspaceIssue> withoutRepeats(const QList<WorkspaceIssue> &jsonIssues,
                                     const QList<WorkspaceIssue> &structural)
{
    static const QRegularExpression matchPath(QStringLiteral("^(mappings\\[\\d+\\])\\.match\\["));
    QList<WorkspaceIssue> all = jsonIssues;
    for (const WorkspaceIssue &s : structural) {
        const QRegularExpressionMatch m = matchPath.match(s.path);
        const QString fields = m.hasMatch() ? m.captured(1) + QStringLiteral(".fields") : QString();
        const bool repeated =
            std::any_of(jsonIssues.cbegin(), jsonIssues.cend(), [&](const WorkspaceIssue &j) {
                return isUnder(s.path, j.path) || (!fields.isEmpty() && isUnder(j.path, fields));
            });
        if (!repeated)
            all.append(s);
    }
    return all;
}

// ---- writing -----------------------------------------------------------------

QJsonValue secretJson(const SecretSource &s)
{
    switch (s.kind) {
    case SecretSource::Kind::Keychain:
        return QStringLiteral("keychain");
    case SecretSource::Kind::Environment:
        return QJsonObject{{QStringLiteral("env"), s.name}};
    case SecretSource::Kind::File:
        return QJsonObject{{QStringLiteral("file"), s.name}};
    case SecretSource::Kind::None:
        break;
    }
    return {};
}

QJsonObject connectionJson(const ConnectionConfig &c, bool isStore)
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("name", c.name);
    if (!isStore || c.kind != QLatin1String("sql"))
        put("kind", c.kind);
    if (c.kind == QLatin1String("sql") || c.driver != QLatin1String("QSQLITE"))
        put("driver", c.driver);
    put("database", c.database);
    put("host", c.host);
    if (c.port > 0)
        o.insert(QLatin1String("port"), c.port);
    put("user", c.user);
    if (c.secret.isSet())
        o.insert(QLatin1String("secret"), secretJson(c.secret));
    if (!c.options.isEmpty())
        o.insert(QLatin1String("options"), QJsonObject::fromVariantMap(c.options));
    put("recordUrl", c.recordUrl);
    return o;
}

QJsonObject sideJson(const TableSide &s)
{
    QJsonObject o{{QStringLiteral("table"), s.table},
                  {QStringLiteral("key"), s.key},
                  {QStringLiteral("modified"), s.modified}};
    if (!s.caption.isEmpty())
        o.insert(QLatin1String("caption"), s.caption);
    if (!s.filter.isEmpty())
        o.insert(QLatin1String("filter"), s.filter);
    return o;
}

QJsonObject fieldJson(const FieldMapping &f, Direction mappingDirection)
{
    QJsonObject o;
    if (!f.local.isEmpty())
        o.insert(QLatin1String("local"), f.local);
    if (!f.remote.isEmpty())
        o.insert(QLatin1String("remote"), f.remote);
    if (f.direction != mappingDirection)
        o.insert(QLatin1String("direction"), toString(f.direction));
    if (f.constant)
        o.insert(QLatin1String("constant"), QJsonValue::fromVariant(*f.constant));
    if (!f.valueMap.isEmpty()) {
        QJsonArray pairs;
        for (const auto &[local, remote] : f.valueMap)
            pairs.append(
                QJsonArray{QJsonValue::fromVariant(local), QJsonValue::fromVariant(remote)});
        o.insert(QLatin1String("valueMap"), pairs);
    }
    if (f.isLookup())
        o.insert(QLatin1String("lookup"), f.lookupMapping);
    if (f.clearOnFailedLookup)
        o.insert(QLatin1String("clearOnFailedLookup"), true);
    return o;
}

QJsonObject mappingJson(const TableMapping &m)
{
    QJsonObject o{{QStringLiteral("name"), m.name},
                  {QStringLiteral("local"), sideJson(m.local)},
                  {QStringLiteral("remote"), sideJson(m.remote)}};
    if (m.direction != Direction::Bidirectional)
        o.insert(QLatin1String("direction"), toString(m.direction));
    if (m.onlyCoupled)
        o.insert(QLatin1String("onlyCoupled"), true);
    if (!m.matchFields.isEmpty())
        o.insert(QLatin1String("match"), QJsonArray::fromStringList(m.matchFields));
    if (m.deletionPolicy != DeletionPolicy::None)
        o.insert(QLatin1String("deletionPolicy"), toString(m.deletionPolicy));
    if (m.updateConflictPolicy != UpdateConflictPolicy::None)
        o.insert(QLatin1String("updateConflictPolicy"), toString(m.updateConflictPolicy));
    if (m.conflictDetection != ConflictDetection::FieldLevel)
        o.insert(QLatin1String("conflictDetection"), toString(m.conflictDetection));
    QJsonArray fields;
    for (const FieldMapping &f : m.fields)
        fields.append(fieldJson(f, m.direction));
    o.insert(QLatin1String("fields"), fields);
    if (m.schedule.enabled() || m.schedule.inactivityLimitMinutes != 0) {
        QJsonObject schedule{{QStringLiteral("intervalMinutes"), m.schedule.intervalMinutes}};
        // The default (four times the interval) is left out, as it is read back.
        if (m.schedule.inactivityLimitMinutes != 0 &&
            m.schedule.inactivityLimitMinutes != 4 * m.schedule.intervalMinutes) {
            schedule.insert(QLatin1String("inactivityLimitMinutes"),
                            m.schedule.inactivityLimitMinutes);
        }
        o.insert(QLatin1String("schedule"), schedule);
    }
    if (m.exchangeRate.isSet()) {
        QJsonObject rate;
        if (!m.exchangeRate.local.isEmpty())
            rate.insert(QLatin1String("local"), m.exchangeRate.local);
        if (!m.exchangeRate.remote.isEmpty())
            rate.insert(QLatin1String("remote"), m.exchangeRate.remote);
        o.insert(QLatin1String("exchangeRate"), rate);
    }
    return o;
}

} // namespace

// ---- WorkspaceFile -------------------------------------------------------------

Workspace WorkspaceFile::load(const QString &path, QList<WorkspaceIssue> *issues)
{
    QList<WorkspaceIssue> local;
    QList<WorkspaceIssue> &out = issues ? *issues : local;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.append({{}, Tr::tr("Cannot read %1: %2").arg(path, file.errorString())});
        return {};
    }
    const QByteArray data = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - before.lastIndexOf('\n'));
        out.append({{},
                    Tr::tr("%1 is not valid JSON: %2 at line %3, column %4")
                        .arg(path, error.errorString())
                        .arg(line)
                        .arg(column)});
        return {};
    }
    if (!doc.isObject()) {
        out.append({{}, Tr::tr("%1 must hold one JSON object").arg(path)});
        return {};
    }
    return fromJson(doc.object(), QFileInfo(path).absoluteFilePath(), &out);
}

Workspace WorkspaceFile::fromJson(const QJsonObject &json, const QString &path,
                                  QList<WorkspaceIssue> *issues)
{
    QList<WorkspaceIssue> jsonIssues;
    const Workspace w = Reader(jsonIssues).workspace(json, path);
    const QList<WorkspaceIssue> all = withoutRepeats(jsonIssues, validateStructure(w));
    for (const WorkspaceIssue &i : all)
        qCDebug(lcWorkspace) << "Workspace issue:" << i.toString();
    if (issues)
        issues->append(all);
    return w;
}

QJsonObject WorkspaceFile::toJson(const Workspace &w)
{
    QJsonObject o{{QStringLiteral("version"), formatVersion}};
    if (!w.name.isEmpty())
        o.insert(QLatin1String("name"), w.name);
    // The store is always written: its default depends on the file's name, which
    // changes with "Save As".
    o.insert(QLatin1String("store"), connectionJson(w.store, true));
    o.insert(QLatin1String("local"), connectionJson(w.local, false));
    o.insert(QLatin1String("remote"), connectionJson(w.remote, false));
    QJsonArray mappings;
    for (const TableMapping &m : w.mappings)
        mappings.append(mappingJson(m));
    o.insert(QLatin1String("mappings"), mappings);
    return o;
}

bool WorkspaceFile::save(const Workspace &w, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson(w)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    qCInfo(lcWorkspace) << "Saved workspace" << path;
    return true;
}

QList<WorkspaceIssue> WorkspaceFile::validateStructure(const Workspace &workspace)
{
    return StructureCheck(workspace).run();
}

} // namespace couplet
