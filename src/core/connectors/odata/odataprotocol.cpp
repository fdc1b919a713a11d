#include "connectors/odata/odataprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace couplet::odata {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(couplet::OdataConnector)
};

constexpr int maxMessageLength = 500;

bool isIntegerType(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::SChar:
        return true;
    default:
        return false;
    }
}

// Whether a whole number fits the property's type (Edm.Int32 and so on).
bool fitsInteger(double d, QMetaType::Type type)
{
    switch (type) {
    case QMetaType::UChar:
        return d >= 0 && d <= 255;
    case QMetaType::SChar:
        return d >= -128 && d <= 127;
    case QMetaType::Short:
    case QMetaType::UShort:
        return d >= -32768 && d <= 32767;
    case QMetaType::Int:
    case QMetaType::UInt:
        return d >= -2147483648.0 && d <= 2147483647.0;
    default:
        return d >= -9.2e18 && d <= 9.2e18;
    }
}

bool isNumberType(QMetaType::Type type)
{
    return isIntegerType(type) || type == QMetaType::Double || type == QMetaType::Float;
}

QString shortened(QString text)
{
    text = text.trimmed();
    if (text.size() > maxMessageLength)
        text = text.left(maxMessageLength) + QStringLiteral("…");
    return text;
}

QString firstLine(const QString &text)
{
    return shortened(text.section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('\r')));
}

// A number as OData writes it: whole numbers without ".0", others with enough
// digits to read back the same double.
QString numberText(double d)
{
    if (d == std::floor(d) && std::fabs(d) < 9e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

// QUuid reads anything that is no GUID as the nil GUID, which is a GUID too.
std::optional<QUuid> parseGuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text.trimmed());
    if (!uuid.isNull())
        return uuid;
    static const QRegularExpression nil(
        QStringLiteral("^\\{?00000000-0000-0000-0000-000000000000\\}?$"));
    if (nil.match(text.trimmed()).hasMatch())
        return uuid;
    return std::nullopt;
}

} // namespace

QString stringLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString stampLiteral(const QDateTime &stamp)
{
    return stamp.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QString literal(const QVariant &value, QMetaType::Type type)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("null");
    const auto valueType = static_cast<QMetaType::Type>(value.typeId());
    if (type == QMetaType::UnknownType)
        type = valueType == QMetaType::QByteArray ? QMetaType::QString : valueType;
    switch (type) {
    case QMetaType::QUuid: {
        const std::optional<QUuid> uuid = valueType == QMetaType::QUuid
                                              ? std::optional<QUuid>(value.toUuid())
                                              : parseGuid(value.toString());
        return uuid ? uuid->toString(QUuid::WithoutBraces) : QString();
    }
    case QMetaType::Bool:
        if (valueType == QMetaType::QString) {
            const QString t = value.toString().trimmed().toLower();
            if (t == QLatin1String("true") || t == QLatin1String("1"))
                return QStringLiteral("true");
            if (t == QLatin1String("false") || t == QLatin1String("0"))
                return QStringLiteral("false");
            return {};
        }
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime: {
        const QDateTime t =
            valueType == QMetaType::QDateTime ? value.toDateTime() : parseStamp(value.toString());
        return t.isValid() ? stampLiteral(t) : QString();
    }
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    default:
        break;
    }
    if (isNumberType(type)) {
        bool ok = false;
        const double d = valueType == QMetaType::QString ? value.toString().trimmed().toDouble(&ok)
                                                         : value.toDouble(&ok);
        if (!ok || !std::isfinite(d) ||
            (isIntegerType(type) && (d != std::floor(d) || !fitsInteger(d, type))))
            return {};
        return numberText(d);
    }
    if (valueType == QMetaType::QDateTime)
        return stringLiteral(stampLiteral(value.toDateTime()));
    return stringLiteral(value.toString());
}

QString keyLiteral(const QString &key, QMetaType::Type type)
{
    if (type == QMetaType::QUuid || isNumberType(type))
        return literal(key, type);
    return stringLiteral(key);
}

QUrl resolveLink(const QUrl &requestUrl, const QString &link)
{
    const QUrl next = QUrl::fromEncoded(link.trimmed().toUtf8(), QUrl::TolerantMode);
    if (!next.isValid())
        return {};
    return next.isRelative() ? requestUrl.resolved(next) : next;
}

std::optional<qint64> retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds);
    // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        date = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return qMax<qint64>(0, now.secsTo(date));
}

ServerError parseError(const QByteArray &body)
{
    ServerError e;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject error = doc.object().value(QLatin1String("error")).toObject();
    if (parseError.error != QJsonParseError::NoError || error.isEmpty()) {
        const QString text = QString::fromUtf8(body.left(4096)).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1Char('<')))
            e.message = firstLine(text);
        return e;
    }
    const QJsonValue code = error.value(QLatin1String("code"));
    e.code = code.isDouble() ? numberText(code.toDouble()) : code.toString();
    const QJsonValue message = error.value(QLatin1String("message"));
    // OData 4.0 JSON allowed {"message":{"lang","value"}}.
    e.message =
        shortened(message.isObject() ? message.toObject().value(QLatin1String("value")).toString()
                                     : message.toString());
    QStringList details;
    const QJsonArray list = error.value(QLatin1String("details")).toArray();
    for (const QJsonValue &d : list) {
        const QJsonObject o = d.toObject();
        QString line = o.value(QLatin1String("message")).toString();
        const QString target = o.value(QLatin1String("target")).toString();
        if (!target.isEmpty())
            line = target + QStringLiteral(": ") + line;
        if (!line.isEmpty() && line != e.message)
            details << shortened(line);
        if (details.size() >= 20)
            break;
    }
    const QJsonObject inner = error.value(QLatin1String("innererror")).toObject();
    const QString innerMessage = inner.value(QLatin1String("message")).toString();
    if (!innerMessage.isEmpty() && innerMessage != e.message)
        details << shortened(innerMessage);
    e.details = details.join(QLatin1Char('\n'));
    return e;
}

QString describeHttp(int status, const QByteArray &reason, const ServerError &error)
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (!reason.isEmpty())
        text += QLatin1Char(' ') + QString::fromLatin1(reason);
    if (!error.code.isEmpty())
        text += QStringLiteral("; code %1").arg(error.code);
    if (!error.message.isEmpty())
        text += QStringLiteral(": ") + error.message;
    if (!error.details.isEmpty())
        text += QLatin1Char('\n') + error.details;
    return text;
}

QString tokenErrorMessage(const QString &errorDescription)
{
    static const QRegularExpression codePattern(QStringLiteral("^\\s*AADSTS(\\d+)\\b"));
    const QRegularExpressionMatch m = codePattern.match(errorDescription);
    const QString code = m.hasMatch() ? m.captured(1) : QString();
    if (code == QLatin1String("50055"))
        return Tr::tr("The integration user's password has expired or must be changed at next "
                      "sign-in.");
    if (code == QLatin1String("50057"))
        return Tr::tr("The integration user's account is disabled.");
    if (code == QLatin1String("7000215"))
        return Tr::tr("The client secret is not valid for this application; check the secret or "
                      "create a new one.");
    if (code == QLatin1String("700016"))
        return Tr::tr("The application (client id) is not known to the directory; check the "
                      "client id and the tenant.");
    if (code == QLatin1String("50126"))
        return Tr::tr("The user name or password is not correct.");
    const QString line = firstLine(errorDescription);
    return line.isEmpty() ? Tr::tr("The sign-in was refused.") : line;
}

QDateTime parseStamp(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T "
                       "](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d+))?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QString timeText = m.captured(2);
    if (timeText.size() == 5)
        timeText += QStringLiteral(":00");
    QTime time = QTime::fromString(timeText, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    const QString fraction = (m.captured(3) + QStringLiteral("000")).left(3);
    time = time.addMSecs(fraction.toInt());
    QDateTime stamp(date, time, QTimeZone::utc());
    const QString zone = m.captured(4);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int offset = (digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt()) * 60;
        stamp = stamp.addSecs(zone.startsWith(QLatin1Char('-')) ? offset : -offset);
    }
    return stamp;
}

QVariant fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 9e15)
            return qlonglong(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QJsonValue toJson(const QVariant &value, QMetaType::Type type, bool *ok)
{
    *ok = true;
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    const auto valueType = static_cast<QMetaType::Type>(value.typeId());
    if (valueType == QMetaType::QString && value.toString().isEmpty() &&
        type != QMetaType::QString && type != QMetaType::UnknownType)
        return QJsonValue::Null; // an empty cell is no value, not a malformed number
    if (type == QMetaType::UnknownType)
        type = valueType;
    if (isNumberType(type)) {
        bool converted = false;
        const double d = valueType == QMetaType::QString
                             ? value.toString().trimmed().toDouble(&converted)
                             : value.toDouble(&converted);
        if (!converted || !std::isfinite(d) ||
            (isIntegerType(type) && (d != std::floor(d) || !fitsInteger(d, type)))) {
            *ok = false;
            return {};
        }
        if (isIntegerType(type))
            return QJsonValue(qint64(d));
        return QJsonValue(d);
    }
    switch (type) {
    case QMetaType::Bool: {
        const QString l = literal(value, QMetaType::Bool);
        *ok = !l.isEmpty();
        return QJsonValue(l == QLatin1String("true"));
    }
    case QMetaType::QDateTime: {
        const QString l = literal(value, QMetaType::QDateTime);
        *ok = !l.isEmpty();
        return QJsonValue(l);
    }
    case QMetaType::QDate: {
        const QDate d =
            valueType == QMetaType::QDateTime ? value.toDateTime().toUTC().date() : value.toDate();
        *ok = d.isValid();
        return QJsonValue(d.toString(Qt::ISODate));
    }
    case QMetaType::QUuid: {
        const QString l = literal(value, QMetaType::QUuid);
        *ok = !l.isEmpty();
        return QJsonValue(l);
    }
    case QMetaType::QByteArray:
        if (valueType == QMetaType::QByteArray)
            return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
        return QJsonValue(value.toString());
    default:
        break;
    }
    if (valueType == QMetaType::QDateTime)
        return QJsonValue(stampLiteral(value.toDateTime()));
    if (valueType == QMetaType::Bool)
        return QJsonValue(value.toBool());
    return QJsonValue(value.toString());
}

} // namespace couplet::odata
