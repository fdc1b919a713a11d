#include "engine/values.h"

#include "connectors/connector.h"
#include "store/statestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <cmath>

namespace couplet {

namespace {

bool isEmptyValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    return v.typeId() == QMetaType::QString && v.toString().isEmpty();
}

bool isNumericType(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

std::optional<double> asNumber(const QVariant &v)
{
    if (isNumericType(v))
        return v.toDouble();
    if (v.typeId() == QMetaType::QString) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<qint64> asInstant(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toMSecsSinceEpoch();
    if (v.typeId() == QMetaType::QString) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

QString lookupKey(const QString &mapping, Side side, const QString &key)
{
    return mapping + QLatin1Char('\x1f') + toString(side) + QLatin1Char('\x1f') + key;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("couplet::FieldTransfer", text);
}

} // namespace

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = isEmptyValue(a);
    const bool bEmpty = isEmptyValue(b);
    if (aEmpty || bEmpty)
        return aEmpty && bEmpty;
    if (isNumericType(a) || isNumericType(b)) {
        const auto x = asNumber(a);
        const auto y = asNumber(b);
        if (x && y) {
            const double scale = std::max({1.0, std::fabs(*x), std::fabs(*y)});
            return std::fabs(*x - *y) <= 1e-9 * scale;
        }
        return false;
    }
    if (a.typeId() == QMetaType::QDateTime || b.typeId() == QMetaType::QDateTime) {
        const auto x = asInstant(a);
        const auto y = asInstant(b);
        return x && y && *x == *y;
    }
    return a.toString() == b.toString();
}

QVariant storableValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QVariant();
    switch (v.typeId()) {
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QByteArray:
        return QString::fromLatin1(v.toByteArray().toBase64());
    default:
        return v;
    }
}

QVariantMap mappedValues(const TableMapping &mapping, Side side, const QVariantMap &row)
{
    QVariantMap result;
    for (const FieldMapping &f : mapping.fields) {
        const QString &column = side == Side::Local ? f.local : f.remote;
        if (!column.isEmpty() && row.contains(column))
            result.insert(column, storableValue(row.value(column)));
    }
    return result;
}

FieldTransfer::FieldTransfer(const TableMapping &mapping, StateStore &store)
    : m_mapping(mapping)
    , m_store(store)
{}

FieldTransfer::Result FieldTransfer::apply(PassDirection pass, const QVariantMap &source,
                                           const QStringList *onlyLocalColumns)
{
    Result result;
    for (const FieldMapping &field : m_mapping.fields) {
        if (!field.transfers(pass))
            continue;
        if (onlyLocalColumns && !onlyLocalColumns->contains(field.local))
            continue;
        const std::optional<QVariant> value = convert(field, pass, source, &result);
        if (!value)
            return result;
        const QString &destination =
            pass == PassDirection::LocalToRemote ? field.remote : field.local;
        result.values.insert(destination, *value);
    }
    return result;
}

std::optional<QVariant> FieldTransfer::convert(const FieldMapping &field, PassDirection pass,
                                               const QVariantMap &source, Result *failure)
{
    if (field.isConstant())
        return *field.constant;
    const bool toRemote = pass == PassDirection::LocalToRemote;
    const QString &sourceColumn = toRemote ? field.local : field.remote;
    const QVariant value = source.value(sourceColumn);
    if (isEmptyValue(value))
        return QVariant();

    if (field.isLookup()) {
        const std::optional<QString> coupled = lookup(field, pass, value.toString());
        if (coupled)
            return *coupled;
        if (field.clearOnFailedLookup)
            return QVariant();
        failure->error =
            tr("The related record \"%1\" in field %2 is not coupled through mapping %3, "
               "so it cannot be set on the other side.")
                .arg(value.toString(), sourceColumn, field.lookupMapping);
        failure->cause = ErrorCause::RelatedNotCoupled;
        return std::nullopt;
    }

    if (!field.valueMap.isEmpty()) {
        for (const auto &[local, remote] : field.valueMap) {
            if (sameValue(toRemote ? local : remote, value))
                return toRemote ? remote : local;
        }
        failure->error =
            tr("The value \"%1\" of field %2 has no value mapping to %3.")
                .arg(value.toString(), sourceColumn, toRemote ? field.remote : field.local);
        failure->cause = ErrorCause::LookupFailed;
        return std::nullopt;
    }
    return value;
}

std::optional<QString> FieldTransfer::lookup(const FieldMapping &field, PassDirection pass,
                                             const QString &key)
{
    const Side from = sourceSide(pass);
    const QString cacheKey = lookupKey(field.lookupMapping, from, key);
    auto it = m_lookupCache.constFind(cacheKey);
    // A mapping that looks up through itself (a parent account) gains couplings
    // during the pass, so its misses are never trusted from the cache.
    const bool selfLookup = field.lookupMapping == m_mapping.name;
    if (it == m_lookupCache.constEnd() || (selfLookup && it->isEmpty())) {
        const std::optional<Coupling> c = m_store.couplingByKey(field.lookupMapping, from, key);
        const QString other = c && c->isComplete() ? c->key(otherSide(from)) : QString();
        it = m_lookupCache.insert(cacheKey, other);
    }
    if (it->isEmpty())
        return std::nullopt;
    return *it;
}

void FieldTransfer::prefetch(PassDirection pass, const QList<Row> &rows)
{
    const Side from = sourceSide(pass);
    for (const FieldMapping &field : m_mapping.fields) {
        if (!field.isLookup() || !field.transfers(pass) || field.isConstant())
            continue;
        const QString &column = from == Side::Local ? field.local : field.remote;
        QStringList keys;
        QSet<QString> seen;
        for (const Row &row : rows) {
            const QString key = row.values.value(column).toString();
            if (key.isEmpty() || seen.contains(key) ||
                m_lookupCache.contains(lookupKey(field.lookupMapping, from, key)))
                continue;
            seen.insert(key);
            keys.append(key);
        }
        if (keys.isEmpty())
            continue;
        const QHash<QString, Coupling> found =
            m_store.couplingsByKeys(field.lookupMapping, from, keys);
        for (const QString &key : keys) {
            const auto c = found.constFind(key);
            const QString other =
                c != found.constEnd() && c->isComplete() ? c->key(otherSide(from)) : QString();
            m_lookupCache.insert(lookupKey(field.lookupMapping, from, key), other);
        }
    }
}

} // namespace couplet
