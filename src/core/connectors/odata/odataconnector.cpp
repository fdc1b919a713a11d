#include "connectors/odata/odataconnector.h"

#include "connectors/odata/odataprotocol.h"
#include "error.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace couplet {

namespace {

using odata::BatchPart;
using odata::BatchResponsePart;

// Characters left readable in query values: OData's own punctuation.
const QByteArray queryReadable = "(),':$@/";

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, queryReadable));
}

QDateTime epoch()
{
    return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
}

QString keyText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::fabs(d) < 9e15 ? QString::number(qint64(d))
                                                         : QString::number(d, 'g', 17);
    }
    return {};
}

bool isGuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

// Whether the row holds the values that were sent: null and "" alike, numbers
// by value, date-times by instant.
bool sameSent(const QVariant &have, const QJsonValue &sent)
{
    const QVariant want = odata::fromJson(sent);
    const auto empty = [](const QVariant &v) {
        return !v.isValid() || v.isNull() ||
               (v.typeId() == QMetaType::QString && v.toString().isEmpty());
    };
    if (empty(have) || empty(want))
        return empty(have) && empty(want);
    bool a = false;
    bool b = false;
    const double x = have.toString().toDouble(&a);
    const double y = want.toString().toDouble(&b);
    if (a && b)
        return x == y;
    const QDateTime s = odata::parseStamp(have.toString());
    const QDateTime t = odata::parseStamp(want.toString());
    if (s.isValid() && t.isValid())
        return s == t;
    if (isGuid(have.toString()) && isGuid(want.toString())) // GUIDs ignore case
        return have.toString().compare(want.toString(), Qt::CaseInsensitive) == 0;
    return have.toString() == want.toString();
}

// Whether a row read back holds every value that was sent for it (its key aside).
bool holdsSent(const Row &row, const QJsonObject &sent, const QString &key)
{
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (it.key() != key &&
            !(row.values.contains(it.key()) && sameSent(row.values.value(it.key()), it.value())))
            return false;
    }
    return true;
}

QString verb(WriteOp::Kind kind)
{
    switch (kind) {
    case WriteOp::Kind::Insert:
        return OdataConnector::tr("insert");
    case WriteOp::Kind::Update:
        return OdataConnector::tr("update");
    case WriteOp::Kind::Delete:
        return OdataConnector::tr("delete");
    }
    return {};
}

} // namespace

OdataConnector::OdataConnector(ConnectionConfig config, QString workspaceDir, QString secret)
    : m_config(std::move(config))
    , m_workspaceDir(std::move(workspaceDir))
    , m_settings(OdataSettings::read(m_config, m_workspaceDir, &m_issues))
    , m_http(std::make_unique<OdataHttp>(m_settings, std::move(secret), displayName()))
{}

OdataConnector::~OdataConnector()
{
    close();
}

// ---- connection --------------------------------------------------------------

void OdataConnector::open()
{
    if (!m_issues.isEmpty()) {
        QStringList lines;
        for (const OdataOptionIssue &i : std::as_const(m_issues))
            lines << (i.key.isEmpty() ? i.message
                                      : QStringLiteral("options.%1: %2").arg(i.key, i.message));
        throw Error(tr("The connection %1 is not set up completely.").arg(displayName()),
                    lines.join(QLatin1Char('\n')));
    }
    if (m_thread && m_thread != QThread::currentThread()) {
        throw Error(tr("%1 was opened in another thread; it can only be used by the thread "
                       "that opened it.")
                        .arg(displayName()));
    }
    m_http->setBackoffBase(m_backoffBaseMs);
    m_http->open();
    m_thread = QThread::currentThread();
    qCInfo(lcOdata) << "Opened" << displayName();
}

void OdataConnector::close()
{
    m_http->close();
    m_thread = nullptr;
    m_metadata.reset();
    m_userId.clear();
    m_privileges.reset();
    m_scan = {};
}

QString OdataConnector::displayName() const
{
    const QString where = m_settings.isDataverse() && !m_settings.url.isEmpty()
                              ? tr("Dataverse %1").arg(m_settings.url.host())
                              : tr("OData %1")
                                    .arg(m_settings.serviceRoot.toDisplayString(
                                        QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    return m_config.name.isEmpty() ? where : QStringLiteral("%1 (%2)").arg(m_config.name, where);
}

void OdataConnector::setBackoffBase(int milliseconds)
{
    m_backoffBaseMs = milliseconds;
    m_http->setBackoffBase(milliseconds);
}

OdataHttp &OdataConnector::http()
{
    if (!m_thread || !m_http->isOpen())
        throw Error(tr("%1 is not open.").arg(displayName()));
    if (QThread::currentThread() != m_thread) {
        throw Error(tr("%1 was opened in another thread; it can only be used by the thread "
                       "that opened it.")
                        .arg(displayName()));
    }
    return *m_http;
}

ConnectionTestResult OdataConnector::testConnection()
{
    try {
        open();
        if (m_settings.isDataverse()) {
            const QJsonObject who = getJson(setUrl(QStringLiteral("WhoAmI")), tr("WhoAmI"));
            const QString user = who.value(QLatin1String("UserId")).toString();
            if (user.isEmpty()) {
                return {false, tr("%1 answered, but WhoAmI named no user.").arg(displayName()),
                        QString::fromUtf8(QJsonDocument(who).toJson(QJsonDocument::Compact))};
            }
            return {true, tr("Connected to %1 as user %2.").arg(displayName(), user),
                    tr("Organization %1, business unit %2.")
                        .arg(who.value(QLatin1String("OrganizationId")).toString(),
                             who.value(QLatin1String("BusinessUnitId")).toString())};
        }
        m_metadata.reset();
        const QStringList sets = metadata().entitySets();
        const QString listed = sets.mid(0, 20).join(QStringLiteral(", ")) +
                               (sets.size() > 20 ? QStringLiteral(", …") : QString());
        return {true, tr("Connected to %1.").arg(displayName()),
                tr("Entity sets (%1): %2").arg(sets.size()).arg(listed)};
    } catch (const Error &e) {
        return {false, e.message(), e.detail()};
    }
}

// ---- access ------------------------------------------------------------------

QString OdataConnector::whoAmI()
{
    if (!m_userId.isEmpty())
        return m_userId;
    const QJsonObject who = getJson(setUrl(QStringLiteral("WhoAmI")), tr("WhoAmI"));
    const QUuid id = QUuid::fromString(who.value(QLatin1String("UserId")).toString());
    if (id.isNull()) {
        throw Error(tr("%1 answered, but WhoAmI named no user.").arg(displayName()),
                    QString::fromUtf8(QJsonDocument(who).toJson(QJsonDocument::Compact)).left(500));
    }
    m_userId = id.toString(QUuid::WithoutBraces);
    return m_userId;
}

AccessInfo OdataConnector::access()
{
    if (!m_settings.isDataverse())
        return {}; // a generic service has no users to tell of
    const QString user = QStringLiteral("systemusers(%1)").arg(whoAmI());
    const QJsonObject row =
        getJson(withQuery(setUrl(user),
                          {{QStringLiteral("$select"), QStringLiteral("fullname,domainname")}}),
                tr("the integration user (systemusers)"));
    AccessInfo info;
    info.known = true;
    for (const char *name : {"domainname", "fullname"}) {
        if (info.user.isEmpty())
            info.user = row.value(QLatin1String(name)).toString();
    }
    if (info.user.isEmpty())
        info.user = m_userId;

    const QJsonArray roles =
        valuesOf(withQuery(setUrl(user, QStringLiteral("/systemuserroles_association")),
                           {{QStringLiteral("$select"), QStringLiteral("name")}}),
                 tr("the security roles of the integration user"));
    for (const QJsonValue &role : roles) {
        const QString name = role.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty() && !info.roles.contains(name))
            info.roles << name;
    }
    std::sort(info.roles.begin(), info.roles.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    for (const QString &role : std::as_const(info.roles)) {
        if (m_settings.administratorRoles.contains(role, Qt::CaseInsensitive)) {
            info.administrator = true;
            info.administratorBecause = role;
            break;
        }
    }
    return info;
}

const QStringList &OdataConnector::userPrivileges()
{
    if (m_privileges)
        return *m_privileges;
    const QString what = tr("the privileges of the integration user (RetrieveUserPrivileges)");
    const QJsonObject answer = getJson(
        setUrl(QStringLiteral("systemusers(%1)/Microsoft.Dynamics.CRM.RetrieveUserPrivileges()")
                   .arg(whoAmI())),
        what);
    const QJsonValue list = answer.value(QLatin1String("RolePrivileges"));
    if (!list.isArray()) {
        throw Error(tr("%1 gave an answer for %2 without privileges.").arg(displayName(), what),
                    tr("The JSON has no \"RolePrivileges\" array."));
    }
    QStringList names;
    for (const QJsonValue &p : list.toArray()) {
        const QString name = p.toObject().value(QLatin1String("PrivilegeName")).toString();
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    m_privileges = std::move(names);
    return *m_privileges;
}

TableAccess OdataConnector::tableAccess(const QString &entitySet)
{
    if (!m_settings.isDataverse())
        return {}; // a generic service has no privileges to tell of
    const QString entity = metadata().entityTypeName(entitySet);
    if (entity.isEmpty()) {
        TableAccess unknown;
        unknown.detail = tr("%1 has no entity set %2.").arg(displayName(), entitySet);
        return unknown;
    }
    const QStringList &held = userPrivileges();
    struct Need
    {
        QLatin1String verb;
        bool TableAccess::*flag;
    };
    const Need needs[] = {{QLatin1String("Read"), &TableAccess::read},
                          {QLatin1String("Create"), &TableAccess::create},
                          {QLatin1String("Write"), &TableAccess::write},
                          {QLatin1String("Delete"), &TableAccess::remove}};
    TableAccess access;
    access.known = true;
    QStringList found;
    QStringList missingVerbs;
    QString schemaName = entity; // as the privileges spell it ("Account"), when one is held
    for (const Need &n : needs) {
        const QString name = QStringLiteral("prv%1%2").arg(n.verb, entity);
        const auto it = std::find_if(held.cbegin(), held.cend(), [&name](const QString &p) {
            return p.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (it == held.cend()) {
            missingVerbs << n.verb;
            continue;
        }
        access.*n.flag = true;
        found << *it;
        schemaName = it->mid(3 + n.verb.size());
    }
    QStringList missing;
    for (const QString &verb : std::as_const(missingVerbs))
        missing << QStringLiteral("prv%1%2").arg(verb, schemaName);
    const QString separator = QStringLiteral(", ");
    if (missing.isEmpty())
        access.detail = found.join(separator);
    else if (found.isEmpty())
        access.detail = tr("The integration user has none of %1.").arg(missing.join(separator));
    else
        access.detail = tr("The integration user lacks %1; it has %2.")
                            .arg(missing.join(separator), found.join(separator));
    return access;
}

// ---- requests ----------------------------------------------------------------

QUrl OdataConnector::setUrl(const QString &entitySet, const QString &suffix) const
{
    QUrl relative;
    relative.setPath(entitySet + suffix);
    return m_settings.serviceRoot.resolved(relative);
}

QUrl OdataConnector::withQuery(QUrl url, const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[name, value] : items)
        parts << name + QLatin1Char('=') + encoded(value);
    url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

QList<QPair<QString, QString>> OdataConnector::selectItems(const TableSpec &table) const
{
    QStringList columns = table.columns;
    for (const QString &c : {table.key, table.modified}) {
        if (!c.isEmpty() && !columns.contains(c))
            columns << c;
    }
    return {{QStringLiteral("$select"), columns.join(QLatin1Char(','))}};
}

void OdataConnector::throwHttp(const OdataHttp::Response &r, const QString &what)
{
    const odata::ServerError e = odata::parseError(r.body);
    const QString detail = m_http->scrub(odata::describeHttp(r.status, r.reason, e));
    QString message;
    if (r.status == 401 && e.message.startsWith(QLatin1String("AADSTS"))) {
        message = odata::tokenErrorMessage(e.message); // Azure AD's reason, in plain words
    } else if (r.status == 401) {
        message = tr("%1 refused the credentials (%2).").arg(displayName(), what);
    } else if (r.status == 403) {
        message = tr("The integration user may not read %1 in %2: %3")
                      .arg(what, displayName(), e.message.isEmpty() ? detail : e.message);
    } else if (r.status == 404 && e.message.isEmpty()) {
        message = tr("%1 has no %2.").arg(displayName(), what);
    } else {
        message = tr("%1 refused the request for %2: %3")
                      .arg(displayName(), what, e.message.isEmpty() ? detail : e.message);
    }
    throw Error(m_http->scrub(message), detail);
}

// A GET whose answer must be a JSON object. A malformed answer is retried like
// a dropped connection, then reported.
QJsonObject OdataConnector::getJson(const QUrl &url, const QString &what, int pageSize)
{
    OdataHttp &h = http();
    QString problem;
    for (int attempt = 0; attempt <= m_settings.retries; ++attempt) {
        OdataHttp::Request request;
        request.url = url;
        request.headers.emplaceBack(
            "Prefer", "odata.maxpagesize=" +
                          QByteArray::number(pageSize > 0 ? pageSize : m_settings.pageSize));
        const OdataHttp::Response r = h.send(request);
        if (!r.isSuccess())
            throwHttp(r, what);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            return doc.object();
        problem = error.error != QJsonParseError::NoError
                      ? tr("the JSON does not parse: %1 at offset %2 of %3 bytes")
                            .arg(error.errorString())
                            .arg(error.offset)
                            .arg(r.body.size())
                      : tr("the JSON is not an object");
        qCWarning(lcOdata).noquote()
            << "Malformed answer from" << displayName() << "for" << what << "-" << problem;
        if (attempt < m_settings.retries)
            QThread::msleep(qMin(10'000, m_backoffBaseMs << qMin(attempt, 8)));
    }
    throw Error(tr("%1 gave a malformed answer for %2.").arg(displayName(), what),
                QStringLiteral("GET %1: %2")
                    .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), problem));
}

QJsonArray OdataConnector::valuesOf(QUrl url, const QString &what)
{
    QJsonArray values;
    int pages = 0;
    while (true) {
        const QJsonObject page = getJson(url, what);
        const QJsonValue value = page.value(QLatin1String("value"));
        if (!value.isArray()) {
            throw Error(tr("%1 gave an answer for %2 without rows.").arg(displayName(), what),
                        tr("The JSON has no \"value\" array."));
        }
        for (const QJsonValue &v : value.toArray())
            values.append(v);
        const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
        if (next.isEmpty())
            return values;
        const QUrl following = odata::resolveLink(url, next);
        if (following == url || ++pages > 10'000) {
            throw Error(
                tr("%1 sent a next page link for %2 that goes nowhere.").arg(displayName(), what),
                next.left(500));
        }
        url = following;
    }
}

QList<Row> OdataConnector::rowsOf(const QJsonObject &page, const TableSpec &table,
                                  const QString &what) const
{
    const QJsonValue value = page.value(QLatin1String("value"));
    if (!value.isArray()) {
        throw Error(tr("%1 gave an answer for %2 without rows.").arg(displayName(), what),
                    tr("The JSON has no \"value\" array."));
    }
    const QJsonArray items = value.toArray();
    QList<Row> rows;
    rows.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            throw Error(
                tr("%1 gave an answer for %2 that is not a list of rows.").arg(displayName(), what),
                tr("An element of \"value\" is not an object."));
        }
        const QJsonObject o = item.toObject();
        Row row;
        row.key = keyText(o.value(table.key));
        if (row.key.isEmpty()) {
            throw Error(
                tr("%1 gave a row of %2 without its key %3.").arg(displayName(), what, table.key),
                tr("The key property is missing, empty, or neither text nor a number."));
        }
        const QJsonValue stamp = o.value(table.modified);
        row.stamp = stamp.isString() ? odata::parseStamp(stamp.toString()) : QDateTime();
        if (!row.stamp.isValid()) {
            if (!stamp.isNull() && !stamp.isUndefined()) {
                throw Error(
                    tr("%1 gave the row %2 of %3 a modified stamp that is not a "
                       "date-time.")
                        .arg(displayName(), row.key, what),
                    tr("%1: %2").arg(table.modified, odata::fromJson(stamp).toString().left(100)));
            }
            row.stamp = epoch(); // no stamp reads as the oldest
        }
        row.etag = o.value(QLatin1String("@odata.etag")).toString();
        if (table.columns.isEmpty()) {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!it.key().contains(QLatin1Char('@')))
                    row.values.insert(it.key(), odata::fromJson(it.value()));
            }
        } else {
            for (const QString &c : table.columns)
                row.values.insert(c, odata::fromJson(o.value(c)));
        }
        row.values.insert(table.key, row.key);
        rows.append(std::move(row));
    }
    return rows;
}

// Every row the address gives, following @odata.nextLink, at most `limit` (0: all).
QList<Row> OdataConnector::readAll(QUrl url, const TableSpec &table, int limit, const QString &what)
{
    QList<Row> rows;
    int pages = 0;
    while (url.isValid() && !url.isEmpty()) {
        const QJsonObject page = getJson(url, what);
        rows += rowsOf(page, table, what);
        if (limit > 0 && rows.size() >= limit) {
            rows.resize(limit);
            break;
        }
        const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
        if (next.isEmpty())
            break;
        const QUrl following = odata::resolveLink(url, next);
        if (following == url || ++pages > 1'000'000) {
            throw Error(
                tr("%1 sent a next page link for %2 that goes nowhere.").arg(displayName(), what),
                next.left(500));
        }
        url = following;
    }
    return rows;
}

// ---- schema ------------------------------------------------------------------

const OdataMetadata &OdataConnector::metadata()
{
    if (m_metadata)
        return *m_metadata;
    OdataHttp &h = http();
    OdataHttp::Request request;
    request.url = setUrl(QStringLiteral("$metadata"));
    request.accept = "application/xml";
    const OdataHttp::Response r = h.send(request);
    if (!r.isSuccess())
        throwHttp(r, tr("the service description ($metadata)"));
    QString error;
    OdataMetadata parsed = OdataMetadata::parse(r.body, &error);
    if (!error.isEmpty()) {
        throw Error(
            tr("%1 gave a service description ($metadata) that cannot be read.").arg(displayName()),
            error);
    }
    m_metadata = std::move(parsed);
    return *m_metadata;
}

QStringList OdataConnector::tables()
{
    return metadata().entitySets();
}

TableInfo OdataConnector::tableInfo(const QString &table)
{
    return metadata().tableInfo(table);
}

TableInfo OdataConnector::cachedInfo(const QString &table)
{
    return metadata().tableInfo(table);
}

// Dataverse keys are GUIDs by definition, so no $metadata (tens of megabytes
// there) is read just to address a row.
QMetaType::Type OdataConnector::keyType(const TableSpec &table)
{
    if (m_settings.isDataverse() && !m_metadata)
        return QMetaType::QUuid;
    const ColumnInfo *c = cachedInfo(table.table).column(table.key);
    if (c)
        return c->type;
    return m_settings.isDataverse() ? QMetaType::QUuid : QMetaType::QString;
}

QString OdataConnector::recordUrl(const QString &entitySet, const QString &key)
{
    QString url = m_config.recordUrl.isEmpty() ? m_settings.defaultRecordUrl() : m_config.recordUrl;
    if (url.isEmpty())
        return {};
    QString entity = entitySet;
    if (m_settings.isDataverse()) {
        try {
            const QString type = metadata().entityTypeName(entitySet);
            if (!type.isEmpty())
                entity = type;
        } catch (const Error &e) {
            qCDebug(lcOdata).noquote() << "No entity name for" << entitySet << ":" << e.message();
        }
    }
    url.replace(QLatin1String("{table}"), QString::fromLatin1(QUrl::toPercentEncoding(entity)));
    url.replace(QLatin1String("{key}"), QString::fromLatin1(QUrl::toPercentEncoding(key)));
    return url;
}

// ---- reading -----------------------------------------------------------------

bool OdataConnector::isDuplicate(const Row &row) const
{
    const ScanCursor &last = m_scan.last;
    if (!last.isValid())
        return false;
    if (row.stamp < last.stamp)
        return true;
    if (row.stamp > last.stamp)
        return false;
    if (m_scan.foreign.isValid() && row.stamp == m_scan.foreign.stamp &&
        row.key.compare(m_scan.foreign.key, Qt::CaseInsensitive) <= 0)
        return true;
    return m_scan.keysAtLast.contains(row.key);
}

// Each call continues from the rows it has read ahead; when they run out it asks
// again from the stamp of the last row returned, with `ge`, and drops the rows
// it returned already. A nextLink is not kept between calls: it may be an
// offset ($skiptoken=1000), which skips a row when an earlier one changes.
QList<Row> OdataConnector::modifiedSince(const TableSpec &table, const QDateTime &since,
                                         const ScanCursor &after, int limit)
{
    http();
    const QString signature =
        QStringList{table.table,
                    table.key,
                    table.modified,
                    table.columns.join(QLatin1Char(',')),
                    table.filter,
                    since.isValid() ? QString::number(since.toMSecsSinceEpoch()) : QString()}
            .join(QLatin1Char('\x1f'));
    const bool continues = after.isValid() && m_scan.signature == signature &&
                           m_scan.last.stamp == after.stamp && m_scan.last.key == after.key;
    if (!continues) {
        m_scan = {};
        m_scan.signature = signature;
        m_scan.last = after;
        m_scan.foreign = after;
    }
    QList<Row> out;
    const auto full = [&] { return limit > 0 && out.size() >= limit; };
    const auto take = [&](Row &&row) {
        if (isDuplicate(row))
            return;
        if (row.stamp != m_scan.last.stamp)
            m_scan.keysAtLast.clear();
        m_scan.keysAtLast.insert(row.key);
        m_scan.last = ScanCursor{row.stamp, row.key};
        out.append(std::move(row));
    };
    while (!m_scan.buffer.isEmpty() && !full())
        take(m_scan.buffer.takeFirst());
    if (full() || (continues && m_scan.atEnd))
        return out;

    QDateTime from = since;
    if (m_scan.last.isValid() && (!from.isValid() || m_scan.last.stamp > from))
        from = m_scan.last.stamp;
    QStringList filters;
    if (!table.filter.isEmpty())
        filters << QLatin1Char('(') + table.filter + QLatin1Char(')');
    if (from.isValid())
        filters << QStringLiteral("%1 ge %2").arg(table.modified, odata::stampLiteral(from));
    auto items = selectItems(table);
    if (!filters.isEmpty())
        items.append({QStringLiteral("$filter"), filters.join(QStringLiteral(" and "))});
    items.append({QStringLiteral("$orderby"), table.modified + QLatin1Char(',') + table.key});
    QUrl url = withQuery(setUrl(table.table), items);
    const QString what = tr("the changed rows of %1").arg(table.table);
    m_scan.atEnd = false;
    while (url.isValid() && !url.isEmpty()) {
        const QJsonObject page = getJson(url, what);
        QList<Row> rows = rowsOf(page, table, what);
        const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
        qsizetype k = 0;
        for (; k < rows.size() && !full(); ++k)
            take(std::move(rows[k]));
        if (full()) {
            m_scan.buffer = rows.mid(k);
            m_scan.atEnd = next.isEmpty();
            return out;
        }
        if (next.isEmpty())
            break;
        const QUrl following = odata::resolveLink(url, next);
        if (following == url)
            throw Error(
                tr("%1 sent a next page link for %2 that goes nowhere.").arg(displayName(), what),
                next.left(500));
        url = following;
    }
    m_scan.atEnd = true;
    return out;
}

// $count=true, which Dataverse documents (with a count of at most 5000; this is
// for progress only), and one row a page.
int OdataConnector::countModifiedSince(const TableSpec &table, const QDateTime &since)
{
    http();
    QStringList filters;
    if (!table.filter.isEmpty())
        filters << QLatin1Char('(') + table.filter + QLatin1Char(')');
    if (since.isValid())
        filters << QStringLiteral("%1 ge %2").arg(table.modified, odata::stampLiteral(since));
    QList<QPair<QString, QString>> items{{QStringLiteral("$select"), table.key}};
    if (!filters.isEmpty())
        items.append({QStringLiteral("$filter"), filters.join(QStringLiteral(" and "))});
    items.append({QStringLiteral("$count"), QStringLiteral("true")});
    const QString what = tr("the number of changed rows of %1").arg(table.table);
    const QJsonObject page = getJson(withQuery(setUrl(table.table), items), what, 1);
    const QJsonValue count = page.value(QLatin1String("@odata.count"));
    const double n = count.isString() ? count.toString().toDouble() : count.toDouble(-1);
    if (n < 0 || n != std::floor(n)) {
        throw Error(tr("%1 gave an answer for %2 without a count.").arg(displayName(), what),
                    tr("The JSON has no whole number \"@odata.count\"."));
    }
    return int(qMin<double>(n, std::numeric_limits<int>::max()));
}

// Rows by key, in requests whose address stays under maxUrlLength: "k eq a or k eq b".
QList<Row> OdataConnector::readByKeys(const TableSpec &table, const QStringList &keys, bool keyOnly)
{
    http();
    const QMetaType::Type type = keyType(table);
    TableSpec spec = table;
    if (keyOnly)
        spec.columns = QStringList{table.key, table.modified};
    QStringList terms;
    QSet<QString> seen;
    for (const QString &key : keys) {
        const QString literal = odata::keyLiteral(key, type);
        if (literal.isEmpty() || seen.contains(literal))
            continue; // no row can have a key of another type
        seen.insert(literal);
        terms << QStringLiteral("%1 eq %2").arg(table.key, literal);
    }
    auto base = selectItems(spec);
    const QString prefix = table.filter.isEmpty()
                               ? QString()
                               : QLatin1Char('(') + table.filter + QStringLiteral(") and (");
    const QString suffix = table.filter.isEmpty() ? QString() : QStringLiteral(")");
    const auto urlFor = [&](const QStringList &chunk) {
        auto items = base;
        items.append(
            {QStringLiteral("$filter"), prefix + chunk.join(QStringLiteral(" or ")) + suffix});
        return withQuery(setUrl(table.table), items);
    };
    const int fixed = int(urlFor({}).toEncoded().size());
    const QString what = tr("rows of %1 by key").arg(table.table);
    QList<Row> rows;
    QStringList chunk;
    int length = fixed;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            rows += readAll(urlFor(chunk), spec, 0, what);
        chunk.clear();
        length = fixed;
    };
    for (const QString &term : std::as_const(terms)) {
        const int termLength = int(QUrl::toPercentEncoding(term, queryReadable).size()) + 8;
        if (!chunk.isEmpty() && length + termLength > maxUrlLength)
            flush();
        chunk << term;
        length += termLength;
    }
    flush();
    return rows;
}

QList<Row> OdataConnector::rowsByKeys(const TableSpec &table, const QStringList &keys)
{
    return readByKeys(table, keys, false);
}

QSet<QString> OdataConnector::existingKeys(const TableSpec &table, const QStringList &keys)
{
    QSet<QString> found;
    for (const Row &row : readByKeys(table, keys, true))
        found.insert(row.key.toLower());
    // Answer with the caller's spelling (GUIDs compare without case).
    QSet<QString> result;
    for (const QString &key : keys) {
        if (found.contains(key.toLower()))
            result.insert(key);
    }
    return result;
}

QList<Row> OdataConnector::findRows(const TableSpec &table, const QVariantMap &equals, int limit)
{
    http();
    if (equals.isEmpty())
        return {}; // matching on nothing would match every row
    const TableInfo info = cachedInfo(table.table);
    QStringList filters;
    if (!table.filter.isEmpty())
        filters << QLatin1Char('(') + table.filter + QLatin1Char(')');
    for (auto it = equals.cbegin(); it != equals.cend(); ++it) {
        const ColumnInfo *c = info.column(it.key());
        const QString literal = odata::literal(it.value(), c ? c->type : QMetaType::UnknownType);
        if (literal.isEmpty())
            return {}; // a value the property cannot hold matches no row
        filters << QStringLiteral("%1 eq %2").arg(it.key(), literal);
    }
    auto items = selectItems(table);
    items.append({QStringLiteral("$filter"), filters.join(QStringLiteral(" and "))});
    items.append({QStringLiteral("$orderby"), table.key});
    if (limit > 0)
        items.append({QStringLiteral("$top"), QString::number(limit)});
    return readAll(withQuery(setUrl(table.table), items), table, limit,
                   tr("matching rows of %1").arg(table.table));
}

QList<Row> OdataConnector::searchRows(const TableSpec &table, const QString &text, int limit)
{
    http();
    QStringList filters;
    if (!table.filter.isEmpty())
        filters << QLatin1Char('(') + table.filter + QLatin1Char(')');
    if (!text.isEmpty()) {
        const TableInfo info = cachedInfo(table.table);
        QStringList terms;
        const QMetaType::Type key = keyType(table);
        // Dataverse compares without case by itself and has no tolower().
        const bool lower = !m_settings.isDataverse();
        const QString needle = odata::stringLiteral(lower ? text.toLower() : text);
        const auto contains = [&](const QString &property) {
            return lower ? QStringLiteral("contains(tolower(%1),%2)").arg(property, needle)
                         : QStringLiteral("contains(%1,%2)").arg(property, needle);
        };
        if (key == QMetaType::QString)
            terms << contains(table.key);
        else if (const QString literal = odata::keyLiteral(text.trimmed(), key); !literal.isEmpty())
            terms << QStringLiteral("%1 eq %2").arg(table.key, literal);
        for (const QString &c : table.columns) {
            const ColumnInfo *column = info.column(c);
            if (c != table.key && c != table.modified && column &&
                column->type == QMetaType::QString)
                terms << contains(c);
        }
        if (terms.isEmpty())
            return {};
        filters << QLatin1Char('(') + terms.join(QStringLiteral(" or ")) + QLatin1Char(')');
    }
    auto items = selectItems(table);
    if (!filters.isEmpty())
        items.append({QStringLiteral("$filter"), filters.join(QStringLiteral(" and "))});
    items.append({QStringLiteral("$orderby"), table.key});
    if (limit > 0)
        items.append({QStringLiteral("$top"), QString::number(limit)});
    return readAll(withQuery(setUrl(table.table), items), table, limit,
                   tr("rows of %1").arg(table.table));
}

// ---- writing -----------------------------------------------------------------

bool OdataConnector::generatesKeys(const TableSpec &)
{
    return false; // a client-made GUID makes a retried insert harmless
}

OdataMetadata::LookupBind OdataConnector::lookupBind(const QString &entitySet,
                                                     const QString &property)
{
    if (!m_settings.bindLookups)
        return {};
    return metadata().lookupBind(entitySet, property,
                                 m_settings.lookups.value(entitySet).value(property));
}

// A lookup's value as "<navigation property>@odata.bind": "/<set>(<key>)", or
// null to clear it, as Dataverse documents ("Associate and disassociate table
// rows using the Web API"). An insert leaves a lookup without a value out: the
// new row has none to clear, and Dataverse documents the null bind for
// updates only. Returns false (and fills `failure`) when the value is no key
// of the target.
bool OdataConnector::addBind(const TableSpec &table, const WriteOp &op, const QString &property,
                             const QVariant &value, const OdataMetadata::LookupBind &bind,
                             QJsonObject *body, QJsonObject *sent, WriteResult *failure)
{
    const QString name = bind.navigation + QLatin1String("@odata.bind");
    if (!value.isValid() || value.isNull() || value.toString().isEmpty()) {
        if (op.kind != WriteOp::Kind::Insert) {
            body->insert(name, QJsonValue::Null);
            sent->insert(property, QJsonValue::Null);
        }
        return true;
    }
    QMetaType::Type type = m_settings.isDataverse() ? QMetaType::QUuid : QMetaType::QString;
    for (const ColumnInfo &c : metadata().tableInfo(bind.targetSet).columns) {
        if (c.primaryKey) {
            type = c.type;
            break;
        }
    }
    const QString text = value.typeId() == QMetaType::QUuid
                             ? value.toUuid().toString(QUuid::WithoutBraces)
                             : value.toString();
    const QString literal = odata::keyLiteral(text, type);
    if (literal.isEmpty()) {
        failure->message =
            tr("Cannot %1 the %2 row %3: the value \"%4\" of the lookup %5 is no "
               "key of %6.")
                .arg(verb(op.kind), table.table, op.key, text.left(100), property, bind.targetSet);
        return false;
    }
    body->insert(name, QLatin1Char('/') + bind.targetSet + QLatin1Char('(') +
                           QString::fromLatin1(QUrl::toPercentEncoding(literal, "'")) +
                           QLatin1Char(')'));
    sent->insert(property, type == QMetaType::QUuid ? literal : text);
    return true;
}

std::optional<BatchPart> OdataConnector::partFor(const TableSpec &table, const TableInfo &info,
                                                 const WriteOp &op, QJsonObject *sent,
                                                 WriteResult *failure)
{
    const QMetaType::Type type = keyType(table);
    const QString key = odata::keyLiteral(op.key, type);
    if (key.isEmpty()) {
        failure->message = tr("Cannot %1 the %2 row %3: the key is not a valid %4.")
                               .arg(verb(op.kind), table.table, op.key,
                                    type == QMetaType::QUuid ? tr("GUID") : tr("number"));
        return std::nullopt;
    }
    QJsonObject values;
    for (auto it = op.values.cbegin(); it != op.values.cend(); ++it) {
        if (it.key() == table.key || it.key() == table.modified)
            continue;
        const OdataMetadata::LookupBind bind = lookupBind(table.table, it.key());
        if (!bind.error.isEmpty()) {
            failure->message = tr("Cannot %1 the %2 row %3: %4")
                                   .arg(verb(op.kind), table.table, op.key, bind.error);
            return std::nullopt;
        }
        if (bind.isBind()) {
            if (!addBind(table, op, it.key(), it.value(), bind, &values, sent, failure))
                return std::nullopt;
            continue;
        }
        const ColumnInfo *c = info.column(it.key());
        bool ok = false;
        const QJsonValue v = odata::toJson(it.value(), c ? c->type : QMetaType::UnknownType, &ok);
        if (!ok) {
            failure->message = tr("Cannot %1 the %2 row %3: the value \"%4\" does not fit the "
                                  "property %5.")
                                   .arg(verb(op.kind), table.table, op.key,
                                        it.value().toString().left(100), it.key());
            failure->detail = tr("%1 is of type %2.")
                                  .arg(it.key(), QString::fromLatin1(QMetaType(c->type).name()));
            return std::nullopt;
        }
        if (c && c->length > 0 && v.isString() && v.toString().size() > c->length) {
            failure->message = tr("Cannot %1 the %2 row %3: the value of %4 is longer than %5 "
                                  "characters.")
                                   .arg(verb(op.kind), table.table, op.key, it.key())
                                   .arg(c->length);
            failure->detail = v.toString().left(200);
            return std::nullopt;
        }
        values.insert(it.key(), v);
        sent->insert(it.key(), v);
    }
    BatchPart part;
    const QString address = table.table + QLatin1Char('(') +
                            QString::fromLatin1(QUrl::toPercentEncoding(key, "'")) +
                            QLatin1Char(')');
    const QByteArray ifMatch = op.etag.isEmpty() ? QByteArray("*") : op.etag.toUtf8();
    switch (op.kind) {
    case WriteOp::Kind::Insert: {
        bool ok = false;
        values.insert(table.key, odata::toJson(op.key, type, &ok));
        sent->insert(table.key, values.value(table.key));
        part.method = "POST";
        part.url = table.table;
        part.headers.emplaceBack("Prefer", "return=representation");
        break;
    }
    case WriteOp::Kind::Update:
        part.method = "PATCH";
        part.url = address;
        part.headers.emplaceBack("If-Match", ifMatch);
        part.headers.emplaceBack("Prefer", "return=representation");
        break;
    case WriteOp::Kind::Delete:
        part.method = "DELETE";
        part.url = address;
        part.headers.emplaceBack("If-Match", ifMatch);
        break;
    }
    part.headers.emplaceBack("Accept", "application/json");
    if (op.kind != WriteOp::Kind::Delete)
        part.body = QJsonDocument(values).toJson(QJsonDocument::Compact);
    return part;
}

WriteResult OdataConnector::failed(const TableSpec &table, const WriteOp &op, int status,
                                   const QByteArray &reason, const QByteArray &body) const
{
    const odata::ServerError e = odata::parseError(body);
    WriteResult r;
    r.key = op.key;
    r.detail = m_http->scrub(odata::describeHttp(status, reason, e));
    const QString why = e.message.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : e.message;
    r.message = m_http->scrub(tr("Cannot %1 the %2 row %3 in %4: %5")
                                  .arg(verb(op.kind), table.table, op.key, displayName(), why));
    return r;
}

WriteResult OdataConnector::succeeded(const TableSpec &table, const WriteOp &op,
                                      const BatchResponsePart &part) const
{
    WriteResult r;
    r.ok = true;
    r.key = op.key;
    r.etag = QString::fromUtf8(odata::headerValue(part.headers, "ETag"));
    if (part.body.trimmed().isEmpty())
        return r; // 204: the stamp is read afterwards
    const QJsonObject o = QJsonDocument::fromJson(part.body).object();
    const QString key = keyText(o.value(table.key));
    if (!key.isEmpty())
        r.key = key;
    r.stamp = odata::parseStamp(o.value(table.modified).toString());
    const QString etag = o.value(QLatin1String("@odata.etag")).toString();
    if (!etag.isEmpty())
        r.etag = etag;
    return r;
}

WriteResult OdataConnector::throttledFailure(const TableSpec &table, const WriteOp &op,
                                             const BatchResponsePart &part, int times) const
{
    const odata::ServerError e = odata::parseError(part.body);
    WriteResult r;
    r.key = op.key;
    QString detail = odata::describeHttp(part.status, part.reason, e);
    const QByteArray retryAfter = odata::headerValue(part.headers, "Retry-After");
    if (!retryAfter.isEmpty())
        detail += QStringLiteral("\nRetry-After: ") + QString::fromLatin1(retryAfter.left(100));
    const QByteArray body = part.body.trimmed();
    if (!body.isEmpty())
        detail += QLatin1Char('\n') + QString::fromUtf8(body.left(2000));
    r.detail = m_http->scrub(detail);
    QString why = e.message;
    if (why.isEmpty())
        why = part.reason.isEmpty() ? QStringLiteral("Too Many Requests")
                                    : QString::fromLatin1(part.reason);
    r.message = m_http->scrub(tr("Cannot %1 the %2 row %3 in %4: the service throttled the request "
                                 "(HTTP %5) %n time(s) in a row: %6",
                                 nullptr, times)
                                  .arg(verb(op.kind), table.table, op.key, displayName())
                                  .arg(part.status)
                                  .arg(why));
    return r;
}

// The ops go in $batch requests of batchSize. Once the service has answered
// one of them, write() no longer throws: when a later request fails as a whole
// (it stays unanswered, or keeps answering 5xx, past the retries), the rows of
// that request and of those after it get failed results that carry its error,
// and the rows written before keep theirs. The engine records those results
// (couplings, keys, stamps) instead of failing the whole job and dropping them.
//
// While nothing has been answered, a failed request still throws. That loses
// nothing and is what the engine expects of a system it cannot reach: the job
// fails with one error instead of one per row, no more batches are attempted,
// and the engine's insert journal stays, so that its next run couples any row
// that the failed request may have created after all (a timed-out request may
// have been carried out) rather than inserting it again under a new key.
QList<WriteResult> OdataConnector::write(const TableSpec &table, const QList<WriteOp> &ops)
{
    http();
    if (ops.isEmpty())
        return {};
    const TableInfo info = cachedInfo(table.table);
    WriteProgress progress(ops.size());
    for (qsizetype start = 0; start < ops.size(); start += m_settings.batchSize) {
        QList<int> todo;
        for (qsizetype i = start; i < qMin<qsizetype>(ops.size(), start + m_settings.batchSize);
             ++i)
            todo << int(i);
        try {
            writeChunk(table, info, ops, todo, progress);
        } catch (const Error &e) {
            if (!progress.answered)
                throw;
            qCWarning(lcOdata).noquote()
                << "A $batch request to" << displayName()
                << "failed after earlier ones were answered; its rows and the rest fail:"
                << e.message() << e.detail();
            failUnsettled(table, info, ops, todo, e, progress);
            break;
        }
    }
    QList<WriteResult> &results = progress.results;
    // Rows answered without a body (204) get their stamp and ETag read back.
    QStringList missing;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (results.at(i).ok && ops.at(i).kind != WriteOp::Kind::Delete &&
            (!results.at(i).stamp.isValid() || results.at(i).etag.isEmpty()))
            missing << results.at(i).key;
    }
    if (!missing.isEmpty()) {
        QHash<QString, Row> rows;
        try {
            for (Row &row : readByKeys(table, missing, true))
                rows.insert(row.key.toLower(), std::move(row));
        } catch (const Error &e) {
            // The rows are written: their results stand without a stamp.
            qCWarning(lcOdata).noquote()
                << "Cannot read back the stamps of" << missing.size() << "written rows of"
                << table.table << "from" << displayName() << "-" << e.message() << e.detail();
        }
        for (qsizetype i = 0; i < ops.size(); ++i) {
            WriteResult &r = results[i];
            const auto row = rows.constFind(r.key.toLower());
            if (r.ok && row != rows.constEnd() && ops.at(i).kind != WriteOp::Kind::Delete) {
                r.stamp = row->stamp;
                r.etag = row->etag;
            }
        }
    }
    return results;
}

// After `error` ended the $batch request of `chunk`: the ops without a final
// result fail with it. An insert of that request may have been carried out
// before the request failed (a timeout, a connection lost on the way back), and
// a failed insert is sent again under a new key by the engine's next run: unless
// the request was surely refused before any work (429, 503, a connection
// refused), the rows are looked for first, and one that holds the values sent
// counts as written.
void OdataConnector::failUnsettled(const TableSpec &table, const TableInfo &info,
                                   const QList<WriteOp> &ops, const QList<int> &chunk,
                                   const Error &error, WriteProgress &progress)
{
    QHash<int, QJsonObject> sentInserts;
    QStringList keys;
    for (int i : chunk) {
        if (progress.settled.at(i) || ops.at(i).kind != WriteOp::Kind::Insert)
            continue;
        QJsonObject sent;
        WriteResult unused;
        if (partFor(table, info, ops.at(i), &sent, &unused)) {
            sentInserts.insert(i, sent);
            keys << ops.at(i).key;
        }
    }
    QHash<QString, Row> rows;
    if (!keys.isEmpty() && !m_http->lastFailureWasUndone()) {
        try {
            for (Row &row : readByKeys(table, keys, false))
                rows.insert(row.key.toLower(), std::move(row));
        } catch (const Error &e) {
            qCWarning(lcOdata).noquote() << "Cannot tell whether" << keys.size() << "inserts of"
                                         << table.table << "were carried out -" << e.message();
        }
    }
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (progress.settled.at(i))
            continue;
        const WriteOp &op = ops.at(i);
        WriteResult r;
        r.key = op.key;
        const auto row = rows.constFind(op.key.toLower());
        if (row != rows.constEnd() && sentInserts.contains(int(i)) &&
            holdsSent(*row, sentInserts.value(int(i)), table.key)) {
            r.ok = true;
            r.key = row->key;
            r.stamp = row->stamp;
            r.etag = row->etag;
            qCInfo(lcOdata) << "Row" << op.key << "of" << table.table
                            << "was written by the request that failed";
        } else if (chunk.contains(int(i))) {
            r.message = m_http->scrub(
                tr("Cannot %1 the %2 row %3: the connection to %4 failed while writing it: %5")
                    .arg(verb(op.kind), table.table, op.key, displayName(), error.message()));
            r.detail = error.detail();
        } else {
            r.message = m_http->scrub(
                tr("Cannot %1 the %2 row %3: it was not sent, since the "
                   "connection to %4 failed while writing earlier rows: %5")
                    .arg(verb(op.kind), table.table, op.key, displayName(), error.message()));
            r.detail = error.detail();
        }
        progress.results[i] = r;
        progress.settled[i] = true;
    }
}

// One batch request for `todo`, then again for the ops that got no answer (a
// cut-off reply) or a passing failure (5xx), until retries run out. A part that
// the service throttled (429 or 503: Dataverse applies its service protection
// limits to each request inside a $batch) was not carried out: it goes again,
// in a request with the other such parts only, after the pause that every
// request honours (the parts' Retry-After, else the back-off), at most
// `retries` times; then its row fails as throttled. Parts that succeeded are
// never sent again.
void OdataConnector::writeChunk(const TableSpec &table, const TableInfo &info,
                                const QList<WriteOp> &ops, QList<int> todo, WriteProgress &progress)
{
    OdataHttp &h = http();
    QList<WriteResult> &results = progress.results;
    const auto settle = [&progress](int i, WriteResult result) {
        progress.results[i] = std::move(result);
        progress.settled[i] = true;
    };
    bool repeated = false;
    int idleRounds = 0;
    QString problem;
    QHash<int, int> throttles; // op -> how often its part was throttled
    while (!todo.isEmpty()) {
        QList<BatchPart> parts;
        QList<int> sent;
        QHash<int, QJsonObject> bodies;
        for (int i : std::as_const(todo)) {
            QJsonObject values;
            WriteResult failure;
            failure.key = ops.at(i).key;
            const std::optional<BatchPart> part =
                partFor(table, info, ops.at(i), &values, &failure);
            if (!part) {
                settle(i, failure);
                continue;
            }
            parts << *part;
            sent << i;
            bodies.insert(i, values);
        }
        if (parts.isEmpty())
            return;
        const odata::BatchRequest batch = odata::buildBatch(parts);
        OdataHttp::Request request;
        request.method = "POST";
        request.url = setUrl(QStringLiteral("$batch"));
        request.contentType = batch.contentType;
        request.body = batch.body;
        request.accept = "multipart/mixed";
        request.headers.emplaceBack("Prefer", "odata.continue-on-error");
        const OdataHttp::Response r = h.send(request);
        progress.answered = true;
        repeated = repeated || r.repeated;
        if (!r.isSuccess()) {
            // The batch as a whole was refused: every row gets the reason.
            for (int i : std::as_const(sent))
                settle(i, failed(table, ops.at(i), r.status, r.reason, r.body));
            return;
        }
        const odata::BatchResponse answer =
            odata::parseBatchResponse(r.header("Content-Type"), r.body);
        if (!answer.complete) {
            problem = answer.problem;
            qCWarning(lcOdata).noquote()
                << "Incomplete $batch answer from" << displayName() << "-" << answer.problem;
        }
        QHash<int, const BatchResponsePart *> byPosition;
        for (qsizetype k = 0; k < answer.parts.size(); ++k) {
            const BatchResponsePart &p = answer.parts.at(k);
            const int position =
                p.contentId >= 1 && p.contentId <= sent.size() ? p.contentId - 1 : int(k);
            if (position < sent.size() && !byPosition.contains(position))
                byPosition.insert(position, &p);
        }
        QList<int> again;     // no answer, or a passing failure: perhaps done already
        QList<int> throttled; // refused before any work: again after the pause
        qint64 pauseMs = 0;
        QList<QPair<int, const BatchResponsePart *>> check; // answers that need a look at the row
        QList<QPair<int, const BatchResponsePart *>> lookupMisses; // 404s of writes with binds
        for (int k = 0; k < sent.size(); ++k) {
            const int i = sent.at(k);
            const WriteOp &op = ops.at(i);
            const BatchResponsePart *p = byPosition.value(k);
            if (!p) {
                again << i;
                continue;
            }
            const int status = p->status;
            if (status >= 200 && status < 300) {
                settle(i, succeeded(table, op, *p));
            } else if (status == 429 || status == 503) {
                const int times = ++throttles[i];
                results[i] = throttledFailure(table, op, *p, times);
                if (times > m_settings.retries) {
                    progress.settled[i] = true;
                } else {
                    throttled << i;
                    pauseMs =
                        qMax(pauseMs, h.throttleDelay(odata::headerValue(p->headers, "Retry-After"),
                                                      times - 1));
                }
            } else if (op.kind == WriteOp::Kind::Insert &&
                       (status == 409 || status == 412 || status >= 500 || status == 400)) {
                check.append({i, p}); // perhaps a duplicate of our own earlier attempt
            } else if (op.kind == WriteOp::Kind::Update && status == 412 && repeated) {
                check.append({i, p});
            } else if (status == 404 && op.kind != WriteOp::Kind::Delete &&
                       parts.at(k).body.contains("@odata.bind")) {
                // A bind to a row that does not exist is refused as "Does Not
                // Exist" too: whether the row itself is gone needs a look.
                lookupMisses.append({i, p});
            } else if (status == 404) {
                WriteResult f = failed(table, op, status, p->reason, p->body);
                if (op.kind == WriteOp::Kind::Delete && repeated) {
                    f = WriteResult{};
                    f.ok = true; // gone, as wanted: our earlier attempt
                    f.key = op.key;
                } else {
                    f.notFound = true;
                }
                settle(i, f);
            } else if (status == 412) {
                WriteResult f = failed(table, op, status, p->reason, p->body);
                f.stampChanged = true;
                settle(i, f);
            } else if (status >= 500) {
                results[i] = failed(table, op, status, p->reason, p->body);
                again << i;
            } else {
                settle(i, failed(table, op, status, p->reason, p->body));
            }
        }
        if (!lookupMisses.isEmpty()) {
            QStringList updated;
            for (const auto &[i, p] : std::as_const(lookupMisses)) {
                if (ops.at(i).kind == WriteOp::Kind::Update)
                    updated << ops.at(i).key;
            }
            const QSet<QString> present =
                updated.isEmpty() ? QSet<QString>() : existingKeys(table, updated);
            for (const auto &[i, p] : std::as_const(lookupMisses)) {
                const WriteOp &op = ops.at(i);
                WriteResult f = failed(table, op, p->status, p->reason, p->body);
                // An insert that was refused created nothing; an update's row
                // that is still there failed for a lookup's target.
                f.notFound = op.kind == WriteOp::Kind::Update && !present.contains(op.key);
                settle(i, f);
            }
        }
        if (!check.isEmpty()) {
            QStringList keys;
            for (const auto &[i, p] : std::as_const(check))
                keys << ops.at(i).key;
            QHash<QString, Row> rows;
            for (Row &row : readByKeys(table, keys, false))
                rows.insert(row.key.toLower(), std::move(row));
            for (const auto &[i, p] : std::as_const(check)) {
                const WriteOp &op = ops.at(i);
                const auto row = rows.constFind(op.key.toLower());
                // Rows whose columns were not read count by existence alone.
                if (row != rows.constEnd() && holdsSent(*row, bodies.value(i), table.key)) {
                    WriteResult ok;
                    ok.ok = true;
                    ok.key = row->key;
                    ok.stamp = row->stamp;
                    ok.etag = row->etag;
                    settle(i, ok);
                    qCInfo(lcOdata) << "Row" << op.key << "of" << table.table
                                    << "already holds the values written; an earlier attempt "
                                       "succeeded";
                    continue;
                }
                WriteResult f = failed(table, op, p->status, p->reason, p->body);
                if (op.kind == WriteOp::Kind::Update)
                    f.stampChanged = true;
                if (op.kind == WriteOp::Kind::Insert && row == rows.constEnd() &&
                    p->status >= 500) {
                    results[i] = f;
                    again << i;
                } else {
                    settle(i, f);
                }
            }
        }
        if (again.isEmpty() && throttled.isEmpty())
            return;
        if (!again.isEmpty()) {
            // Ops without an answer may have been done: their next attempt is a repeat.
            repeated = true;
            const bool progressed = !byPosition.isEmpty();
            if (!progressed || again.size() == sent.size())
                ++idleRounds;
        }
        if (idleRounds > m_settings.retries) {
            for (int i : std::as_const(again)) {
                if (results[i].message.isEmpty() || results[i].ok) {
                    results[i] = WriteResult{};
                    results[i].key = ops.at(i).key;
                    results[i].message =
                        tr("Cannot %1 the %2 row %3 in %4: the server's answer was incomplete.")
                            .arg(verb(ops.at(i).kind), table.table, ops.at(i).key, displayName());
                    results[i].detail = problem;
                }
                progress.settled[i] = true;
            }
            for (int i : std::as_const(throttled))
                progress.settled[i] = true; // its throttled failure stands
            return;
        }
        if (!throttled.isEmpty()) {
            qCInfo(lcOdata) << "The service throttled" << throttled.size() << "writes of"
                            << table.table << "- sending them again in" << pauseMs << "ms";
            h.throttle(pauseMs);
        } else if (idleRounds > 0) {
            QThread::msleep(qMin(10'000, m_backoffBaseMs << qMin(idleRounds - 1, 8)));
        }
        if (!again.isEmpty())
            qCInfo(lcOdata) << "Sending" << again.size() << "writes of" << table.table << "again";
        todo = again + throttled;
        std::sort(todo.begin(), todo.end());
    }
}

} // namespace couplet
