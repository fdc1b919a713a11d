#include "store/records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace couplet::store {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

QVariant keyValue(const QString &key)
{
    return key.isEmpty() ? QVariant() : QVariant(key);
}

QVariant flagValue(bool b)
{
    return b ? 1 : 0;
}

QVariant idValue(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

void appendJsonString(QString &out, const QString &text)
{
    static const char16_t *const hex = u"0123456789abcdef";
    out += QLatin1Char('"');
    // Most keys and values need no escaping: copy them whole.
    if (std::none_of(text.cbegin(), text.cend(),
                     [](QChar c) { return needsEscape(c.unicode()); })) {
        out += text;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'"' || c == u'\\') {
            out += QLatin1Char('\\');
            out += ch;
        } else if (c < 0x20) {
            out += QLatin1String("\\u00");
            out += QChar(hex[c >> 4]);
            out += QChar(hex[c & 0xf]);
        } else {
            out += ch;
        }
    }
    out += QLatin1Char('"');
}

// False for a value that is not a plain scalar.
bool appendJsonScalar(QString &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out += QLatin1String("null");
        return true;
    case QMetaType::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        return true;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        out += QString::number(v.toLongLong());
        return true;
    case QMetaType::Double: {
        const double d = v.toDouble();
        // Like Qt's writer: JSON has no infinity or NaN.
        out += std::isfinite(d) ? QString::number(d, 'g', QLocale::FloatingPointShortest)
                                : QLatin1String("null");
        return true;
    }
    case QMetaType::QString:
        appendJsonString(out, v.toString());
        return true;
    default:
        return false;
    }
}

// Qt's JSON writer goes through QCborValue and cost more than the insert itself.
// Synced values are plain scalars, so they are written directly; a map holding
// anything else goes through Qt.
QString toJson(const QVariantMap &map)
{
    QString out;
    out.reserve(2 + map.size() * 32);
    out += QLatin1Char('{');
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it != map.cbegin())
            out += QLatin1Char(',');
        appendJsonString(out, it.key());
        out += QLatin1Char(':');
        if (!appendJsonScalar(out, it.value())) {
            return QString::fromUtf8(
                QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
        }
    }
    out += QLatin1Char('}');
    return out;
}

// The journal records a batch of keys before every batch of inserts: written
// directly too, as [["source","target"],...].
QString toJson(const QList<QPair<QString, QString>> &pairs)
{
    QString out;
    out.reserve(2 + pairs.size() * 64);
    out += QLatin1Char('[');
    for (const auto &[source, target] : pairs) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1Char('[');
        appendJsonString(out, source);
        out += QLatin1Char(',');
        appendJsonString(out, target);
        out += QLatin1Char(']');
    }
    out += QLatin1Char(']');
    return out;
}

// Reads the columns of one row in order, the mirror of values().
class Reader
{
public:
    explicit Reader(const QSqlQuery &q)
        : m_query(q)
    {}
    QVariant next() { return m_query.value(m_column++); }
    qint64 integer() { return next().toLongLong(); }
    bool flag() { return next().toLongLong() != 0; }
    QString text() { return next().toString(); }
    QDateTime stamp() { return stampFrom(next()); }
    QVariantMap map() { return mapFromJson(next().toString().toUtf8()); }
    RecordRef ref()
    {
        RecordRef r;
        r.side = enumeration(Side::Local);
        r.table = text();
        r.key = text();
        return r;
    }
    QList<QPair<QString, QString>> pairs()
    {
        QList<QPair<QString, QString>> result;
        const QJsonArray array = QJsonDocument::fromJson(next().toString().toUtf8()).array();
        for (const QJsonValue &v : array) {
            const QJsonArray pair = v.toArray();
            result.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        return result;
    }
    // A name this version does not know (written by a newer one) reads as `fallback`.
    template <typename Enum> Enum enumeration(Enum fallback)
    {
        return enumFromString<Enum>(text()).value_or(fallback);
    }

private:
    const QSqlQuery &m_query;
    int m_column = 0;
};

// The same reads from SQLite's own statement: each value as Reader would read it
// from Qt's (a NULL integer is 0, a NULL text a null string, a NULL map empty),
// with the text and JSON taken from SQLite's UTF-8 as it is.
class SqliteReader
{
public:
    explicit SqliteReader(sqlite3_stmt *row)
        : m_row(row)
    {}
    qint64 integer() { return sqlite3_column_int64(m_row, m_column++); }
    bool flag() { return integer() != 0; }
    QString text()
    {
        const int column = m_column++;
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_row, column));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_row, column)) : QString();
    }
    QDateTime stamp()
    {
        const int column = m_column++;
        if (sqlite3_column_type(m_row, column) == SQLITE_NULL)
            return {};
        return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(m_row, column), Qt::UTC);
    }
    QVariantMap map()
    {
        const int column = m_column++;
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_row, column));
        if (!p)
            return {};
        // Parsed before the next step, while SQLite's bytes are still there.
        return mapFromJson(QByteArrayView(p, sqlite3_column_bytes(m_row, column)));
    }
    template <typename Enum> Enum enumeration(Enum fallback)
    {
        return enumFromString<Enum>(text()).value_or(fallback);
    }

private:
    sqlite3_stmt *m_row;
    int m_column = 0;
};

template <typename R> Coupling couplingFrom(R &r)
{
    Coupling c;
    c.id = r.integer();
    c.mapping = r.text();
    c.localKey = r.text();
    c.remoteKey = r.text();
    c.localStamp = r.stamp();
    c.remoteStamp = r.stamp();
    c.remoteEtag = r.text();
    c.localValues = r.map();
    c.remoteValues = r.map();
    c.lastToRemote = r.enumeration(SyncResult::None);
    c.lastFromRemote = r.enumeration(SyncResult::None);
    c.lastSyncedAt = r.stamp();
    c.skipped = r.flag();
    c.skipReason = r.enumeration(SkipReason::None);
    c.localDeleted = r.flag();
    c.remoteDeleted = r.flag();
    c.lastError = r.text();
    c.failedSince = r.stamp();
    return c;
}

} // namespace

Table::Table(const char *name, const char *fields)
    : m_name(QString::fromLatin1(name))
{
    const QStringList list = QString::fromLatin1(fields).split(QLatin1Char(','));
    m_fields = list;
    m_fieldCount = list.size();
    m_fieldList = list.join(QLatin1String(", "));
    m_columns = QStringLiteral("id, ") + m_fieldList;
    m_insert = insertRowsSql(1);
    m_insertReturning = m_insert + QLatin1String(" RETURNING id");
    m_update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                   .arg(m_name, list.join(QLatin1String(" = ?, ")));
}

QString Table::updateSql(qsizetype skipped, const QString &where) const
{
    return QStringLiteral("UPDATE %1 SET %2 = ?%3")
        .arg(m_name, m_fields.mid(skipped).join(QLatin1String(" = ?, ")), where);
}

QString Table::insertRowsSql(qsizetype rows) const
{
    const QString row = QLatin1Char('(') + placeholders(m_fieldCount) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_name, m_fieldList, QStringList(rows, row).join(QLatin1String(", ")));
}

const Table &couplingsTable()
{
    static const Table t("couplings", "mapping,local_key,remote_key,local_stamp,remote_stamp,"
                                      "remote_etag,local_values,remote_values,last_to_remote,"
                                      "last_from_remote,last_synced_at,skipped,skip_reason,"
                                      "local_deleted,remote_deleted,last_error,failed_since");
    return t;
}

const Table &jobsTable()
{
    static const Table t("jobs", "mapping,direction,job_trigger,status,started,finished,"
                                 "inserted,modified,deleted,unchanged,skipped,failed,"
                                 "coupled,uncoupled,message");
    return t;
}

const Table &errorsTable()
{
    static const Table t("errors", "at,mapping,job_id,message,detail,"
                                   "source_side,source_table,source_key,"
                                   "destination_side,destination_table,destination_key,cause");
    return t;
}

const Table &journalTable()
{
    static const Table t("journal", "mapping,target_side,created,keys_json");
    return t;
}

QVariantList values(const Coupling &c)
{
    return {textValue(c.mapping),       keyValue(c.localKey),       keyValue(c.remoteKey),
            stampValue(c.localStamp),   stampValue(c.remoteStamp),  textValue(c.remoteEtag),
            toJson(c.localValues),      toJson(c.remoteValues),     toString(c.lastToRemote),
            toString(c.lastFromRemote), stampValue(c.lastSyncedAt), flagValue(c.skipped),
            toString(c.skipReason),     flagValue(c.localDeleted),  flagValue(c.remoteDeleted),
            textValue(c.lastError),     stampValue(c.failedSince)};
}

Coupling readCoupling(const QSqlQuery &q)
{
    Reader r(q);
    return couplingFrom(r);
}

Coupling readCoupling(sqlite3_stmt *row)
{
    SqliteReader r(row);
    return couplingFrom(r);
}

QVariantList values(const SyncJob &job)
{
    return {textValue(job.mapping),
            toString(job.direction),
            toString(job.trigger),
            toString(job.status),
            stampValue(job.started),
            stampValue(job.finished),
            job.inserted,
            job.modified,
            job.deleted,
            job.unchanged,
            job.skipped,
            job.failed,
            job.coupled,
            job.uncoupled,
            textValue(job.message)};
}

SyncJob readJob(const QSqlQuery &q)
{
    Reader r(q);
    SyncJob job;
    job.id = r.integer();
    job.mapping = r.text();
    job.direction = r.enumeration(PassDirection::LocalToRemote);
    job.trigger = r.enumeration(JobTrigger::Manual);
    job.status = r.enumeration(JobStatus::Failed);
    job.started = r.stamp();
    job.finished = r.stamp();
    job.inserted = int(r.integer());
    job.modified = int(r.integer());
    job.deleted = int(r.integer());
    job.unchanged = int(r.integer());
    job.skipped = int(r.integer());
    job.failed = int(r.integer());
    job.coupled = int(r.integer());
    job.uncoupled = int(r.integer());
    job.message = r.text();
    return job;
}

QVariantList values(const SyncError &e)
{
    return {stampValue(e.at),
            textValue(e.mapping),
            idValue(e.jobId),
            textValue(e.message),
            textValue(e.detail),
            toString(e.source.side),
            textValue(e.source.table),
            textValue(e.source.key),
            toString(e.destination.side),
            textValue(e.destination.table),
            textValue(e.destination.key),
            textValue(e.cause)};
}

SyncError readError(const QSqlQuery &q)
{
    Reader r(q);
    SyncError e;
    e.id = r.integer();
    e.at = r.stamp();
    e.mapping = r.text();
    e.jobId = r.integer(); // NULL reads as 0: no job
    e.message = r.text();
    e.detail = r.text();
    e.source = r.ref();
    e.destination = r.ref();
    e.cause = r.text();
    return e;
}

QVariantList values(const JournalEntry &e)
{
    return {textValue(e.mapping), toString(e.targetSide), stampValue(e.created), toJson(e.keys)};
}

JournalEntry readJournalEntry(const QSqlQuery &q)
{
    Reader r(q);
    JournalEntry e;
    e.id = r.integer();
    e.mapping = r.text();
    e.targetSide = r.enumeration(Side::Remote);
    e.created = r.stamp();
    e.keys = r.pairs();
    return e;
}

QVariant stampValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime stampFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// The parse of the flat objects toJson() writes, {"key":scalar,...}, without
// going through QJsonDocument (which builds a CBOR container, then the map, and
// cost more than the rest of a coupling's read). It takes only what it reads
// exactly as Qt would: keys and strings of printable ASCII without escapes,
// integers of up to 18 digits, plain decimals, true, false and null, no spaces,
// no key twice. For anything else it says no, and Qt parses.
std::optional<QVariantMap> parseFlatJson(QByteArrayView json)
{
    const char *p = json.data();
    const char *const end = p + json.size();
    auto plainString = [&](QString *out) {
        if (p == end || *p != '"')
            return false;
        const char *const start = ++p;
        while (p != end && *p != '"') {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return false;
            ++p;
        }
        if (p == end)
            return false;
        *out = QString::fromLatin1(start, p - start);
        ++p;
        return true;
    };
    auto literal = [&](const char *word, qsizetype size) {
        if (end - p < size || std::memcmp(p, word, size_t(size)) != 0)
            return false;
        p += size;
        return true;
    };
    auto number = [&](QVariant *out) {
        const char *const start = p;
        if (p != end && *p == '-')
            ++p;
        const char *const digits = p;
        while (p != end && *p >= '0' && *p <= '9')
            ++p;
        const qsizetype intDigits = p - digits;
        if (intDigits == 0 || (intDigits > 1 && *digits == '0'))
            return false;
        if (p == end || *p != '.') {
            if (intDigits > 18 || (start != digits && intDigits == 1 && *digits == '0'))
                return false; // -0 and long integers: Qt's own rules
            qint64 n = 0;
            for (const char *d = digits; d != p; ++d)
                n = n * 10 + (*d - '0');
            *out = QVariant(start != digits ? -n : n);
            return true;
        }
        ++p;
        const char *const fraction = p;
        while (p != end && *p >= '0' && *p <= '9')
            ++p;
        if (p == fraction || (p != end && (*p == 'e' || *p == 'E')))
            return false;
        bool ok = false;
        const double d = QByteArrayView(start, p - start).toDouble(&ok);
        if (!ok)
            return false;
        *out = QVariant(d);
        return true;
    };
    QVariantMap map;
    if (p == end || *p++ != '{')
        return std::nullopt;
    if (p != end && *p == '}')
        return ++p == end ? std::optional<QVariantMap>(map) : std::nullopt;
    for (;;) {
        QString key;
        if (!plainString(&key) || p == end || *p++ != ':' || map.contains(key))
            return std::nullopt;
        QVariant value;
        if (p == end)
            return std::nullopt;
        if (*p == '"') {
            QString text;
            if (!plainString(&text))
                return std::nullopt;
            value = text;
        } else if (literal("true", 4)) {
            value = true;
        } else if (literal("false", 5)) {
            value = false;
        } else if (literal("null", 4)) {
            value = QVariant::fromValue(nullptr);
        } else if (!number(&value)) {
            return std::nullopt;
        }
        map.insert(key, value);
        if (p == end)
            return std::nullopt;
        const char next = *p++;
        if (next == '}')
            return p == end ? std::optional<QVariantMap>(std::move(map)) : std::nullopt;
        if (next != ',')
            return std::nullopt;
    }
}

QVariantMap mapFromJson(QByteArrayView json)
{
    if (std::optional<QVariantMap> map = parseFlatJson(json))
        return *std::move(map);
    return QJsonDocument::fromJson(json.toByteArray()).object().toVariantMap();
}

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace couplet::store
