#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <optional>

// The small rules of OData v4 and of Azure AD that the connector follows, as
// pure functions so that each is tested on its own.
namespace couplet::odata {

// 'O''Brien': a string literal for $filter, with ' doubled.
QString stringLiteral(const QString &text);
// A value as a $filter literal for a property of `type` (UnknownType: by the
// value's own type). Empty when the value cannot be one (a GUID property and
// text that is no GUID).
QString literal(const QVariant &value, QMetaType::Type type = QMetaType::UnknownType);
// The key segment of a row's address: accounts(<key>) for a GUID or number,
// accounts('<key>') for text. Empty when the key cannot be of that type.
QString keyLiteral(const QString &key, QMetaType::Type type);
// A stamp as a DateTimeOffset literal: 2024-05-01T10:00:00.123Z.
QString stampLiteral(const QDateTime &stamp);

// Where an @odata.nextLink points: taken exactly as given, absolute or relative
// to the address of the request that returned it.
QUrl resolveLink(const QUrl &requestUrl, const QString &link);

// The wait a Retry-After header asks for, in seconds (delta-seconds or an HTTP
// date); nothing when the header is missing or unreadable.
std::optional<qint64> retryAfterSeconds(const QByteArray &value, const QDateTime &now);

// An OData error body: {"error":{"code","message","details":[...],"innererror"}}.
struct ServerError
{
    QString code;
    QString message;
    QString details; // further messages, one line each
};
// Reads an error body; a body that is not OData error JSON gives its first
// line of text (at most 200 characters) as the message.
ServerError parseError(const QByteArray &body);
// "HTTP 400 Bad Request; code 0x80040237: message; details" for SyncError details.
QString describeHttp(int status, const QByteArray &reason, const ServerError &error);

// The plain-words message for an Azure AD token error: its error_description
// starts "AADSTSnnnn:". Known codes get a sentence; others the description's
// first line.
QString tokenErrorMessage(const QString &errorDescription);

// A stamp from an ISO 8601 value (fractions beyond milliseconds cut off, no
// zone read as UTC). Invalid when the value is none.
QDateTime parseStamp(const QString &text);

// A JSON value as a row value: strings, whole numbers as qlonglong, other
// numbers as double, booleans, null as an invalid QVariant.
QVariant fromJson(const QJsonValue &value);
// A row value as JSON for a property of `type` (UnknownType: by the value's
// own type). `ok` is false when the value cannot be of that type.
QJsonValue toJson(const QVariant &value, QMetaType::Type type, bool *ok);

} // namespace couplet::odata
