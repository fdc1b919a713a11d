#include "guidance/errorcause.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <optional>
#include <utility>

namespace couplet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("couplet", text);
}

constexpr std::array causeIds{
    std::pair{ErrorCause::Authentication, "authentication"},
    std::pair{ErrorCause::Permission, "permission"},
    std::pair{ErrorCause::ChangedUnderUs, "changed-during-sync"},
    std::pair{ErrorCause::Throttled, "throttled"},
    std::pair{ErrorCause::MissingExchangeRate, "missing-exchange-rate"},
    std::pair{ErrorCause::RelatedNotCoupled, "related-not-coupled"},
    std::pair{ErrorCause::CoupledRowDeleted, "coupled-record-deleted"},
    std::pair{ErrorCause::TypeMismatch, "type-mismatch"},
    std::pair{ErrorCause::ValueTooLong, "value-too-long"},
    std::pair{ErrorCause::LookupFailed, "lookup-failed"},
    std::pair{ErrorCause::Timeout, "timeout"},
    std::pair{ErrorCause::UpdateConflict, "update-conflict"},
    std::pair{ErrorCause::RequiredValueMissing, "required-value-missing"},
    std::pair{ErrorCause::Connection, "connection"},
    std::pair{ErrorCause::AdministratorAccount, "administrator-account"},
    std::pair{ErrorCause::SchemaMismatch, "schema-mismatch"},
    std::pair{ErrorCause::Other, "other"},
};

// Words that name a cause, matched in the lowered message and detail; the first
// rule that matches wins. The engine's own sentences come first (they may quote
// anything, even a field named "exchangerate"), then the systems' answers from the
// most to the least specific: "password authentication failed" is also a failed
// "connection", "NOT NULL constraint failed: ...exchangerate" also a missing value.
struct Rule
{
    ErrorCause cause;
    const char *text;
};

// The sentences of the engine, the administrator operations and the SQL connector.
constexpr std::array engineRules{
    Rule{ErrorCause::UpdateConflict, "has a later modified date than"},
    Rule{ErrorCause::UpdateConflict, "were both changed since the last synchronization"},
    Rule{ErrorCause::CoupledRowDeleted, "has been deleted"},
    Rule{ErrorCause::CoupledRowDeleted, "the row does not exist"},
    Rule{ErrorCause::ChangedUnderUs, "changed after it was read"},
    Rule{ErrorCause::ChangedUnderUs, "changed again while it was being synchronized"},
    Rule{ErrorCause::ChangedUnderUs, "changed while you were deciding"},
    Rule{ErrorCause::RelatedNotCoupled, "is not coupled through mapping"},
    Rule{ErrorCause::LookupFailed, "has no value mapping"},
    Rule{ErrorCause::LookupFailed, "match-based coupling"},
};

// The answers of databases (SQLite, PostgreSQL, MySQL, SQL Server) and of
// Dataverse / OData services, after the HTTP status and the exchange rate.
constexpr std::array systemRules{
    Rule{ErrorCause::Authentication, "authentication failed"},
    Rule{ErrorCause::Authentication, "login failed"},
    Rule{ErrorCause::Authentication, "invalid credentials"},
    Rule{ErrorCause::Authentication, "invalid username or password"},
    Rule{ErrorCause::Authentication, "invalid_grant"},
    Rule{ErrorCause::Authentication, "invalid_client"},
    Rule{ErrorCause::Authentication, "unauthorized"},
    Rule{ErrorCause::Authentication, "access denied for user"},
    Rule{ErrorCause::Authentication, "password must be changed"},
    Rule{ErrorCause::Authentication, "password has expired"},
    Rule{ErrorCause::Authentication, "password expired"},
    Rule{ErrorCause::Authentication, "no password supplied"},
    Rule{ErrorCause::Authentication, "account is disabled"},
    Rule{ErrorCause::Authentication, "account has been disabled"},
    Rule{ErrorCause::Authentication, "account is locked"},
    Rule{ErrorCause::Authentication, "user is disabled"},
    Rule{ErrorCause::Authentication, "token has expired"},
    Rule{ErrorCause::Authentication, "aadsts"},
    Rule{ErrorCause::Authentication, "fatal:  role \""}, // PostgreSQL: no such user

    Rule{ErrorCause::Permission, "permission denied"},
    Rule{ErrorCause::Permission, "privilege"},
    Rule{ErrorCause::Permission, "forbidden"},
    Rule{ErrorCause::Permission, "not authorized"},
    Rule{ErrorCause::Permission, "access is denied"},
    Rule{ErrorCause::Permission, "access denied"},
    Rule{ErrorCause::Permission, "readonly database"},
    Rule{ErrorCause::Permission, "read-only database"},
    Rule{ErrorCause::Permission, "must be owner of"},
    Rule{ErrorCause::Permission, "does not have permission"},
    Rule{ErrorCause::Permission, "insufficient permission"},
    Rule{ErrorCause::Permission, "seclib::"},

    Rule{ErrorCause::Throttled, "too many requests"},
    Rule{ErrorCause::Throttled, "rate limit"},
    Rule{ErrorCause::Throttled, "throttl"},
    Rule{ErrorCause::Throttled, "service protection"},
    Rule{ErrorCause::Throttled, "retry-after"},
    Rule{ErrorCause::Throttled, "too many clients"},
    Rule{ErrorCause::Throttled, "too many connections"},

    Rule{ErrorCause::ValueTooLong, "value too long"},
    Rule{ErrorCause::ValueTooLong, "would be truncated"},
    Rule{ErrorCause::ValueTooLong, "data too long"},
    Rule{ErrorCause::ValueTooLong, "string data, right truncat"},
    Rule{ErrorCause::ValueTooLong, "exceeds the maximum length"},
    Rule{ErrorCause::ValueTooLong, "maximum length"},
    Rule{ErrorCause::ValueTooLong, "is too long"},

    Rule{ErrorCause::RequiredValueMissing, "not null constraint"},
    Rule{ErrorCause::RequiredValueMissing, "not-null constraint"},
    Rule{ErrorCause::RequiredValueMissing, "cannot be null"},
    Rule{ErrorCause::RequiredValueMissing, "the value null into column"},
    Rule{ErrorCause::RequiredValueMissing, "is required"},
    Rule{ErrorCause::RequiredValueMissing, "required field"},
    Rule{ErrorCause::RequiredValueMissing, "must have a value"},

    Rule{ErrorCause::TypeMismatch, "datatype mismatch"},
    Rule{ErrorCause::TypeMismatch, "cannot store"}, // SQLite STRICT tables
    Rule{ErrorCause::TypeMismatch, "type mismatch"},
    Rule{ErrorCause::TypeMismatch, "invalid input syntax"},
    Rule{ErrorCause::TypeMismatch, "invalid input value"},
    Rule{ErrorCause::TypeMismatch, "but expression is of type"},
    Rule{ErrorCause::TypeMismatch, "cannot convert"},
    Rule{ErrorCause::TypeMismatch, "cannot be converted"},
    Rule{ErrorCause::TypeMismatch, "conversion failed"},
    Rule{ErrorCause::TypeMismatch, "incorrect integer value"},
    Rule{ErrorCause::TypeMismatch, "incorrect decimal value"},
    Rule{ErrorCause::TypeMismatch, "incorrect datetime value"},
    Rule{ErrorCause::TypeMismatch, "out of range"},
    Rule{ErrorCause::TypeMismatch, "numeric field overflow"},
    Rule{ErrorCause::TypeMismatch, "invalid cast"},

    Rule{ErrorCause::Timeout, "timed out"},
    Rule{ErrorCause::Timeout, "did not answer within"},
    Rule{ErrorCause::Timeout, "timeout"},
    Rule{ErrorCause::Timeout, "database is locked"},
    Rule{ErrorCause::Timeout, "deadlock"},
    Rule{ErrorCause::Timeout, "lock wait"},
    Rule{ErrorCause::Timeout, "could not serialize access"},
    Rule{ErrorCause::Timeout, "canceling statement"},

    Rule{ErrorCause::Connection, "fatal:  database \""}, // PostgreSQL: no such database
    Rule{ErrorCause::SchemaMismatch, "no such table"},
    Rule{ErrorCause::SchemaMismatch, "no such column"},
    Rule{ErrorCause::SchemaMismatch, "\" does not exist"}, // column "x" does not exist
    Rule{ErrorCause::SchemaMismatch, "could not find a property named"},
    Rule{ErrorCause::SchemaMismatch, "resource not found for the segment"},

    Rule{ErrorCause::Connection, "connection to"},
    Rule{ErrorCause::Connection, "connection was lost"},
    Rule{ErrorCause::Connection, "could not connect"},
    Rule{ErrorCause::Connection, "connection refused"},
    Rule{ErrorCause::Connection, "connection reset"},
    Rule{ErrorCause::Connection, "closed the connection"},
    Rule{ErrorCause::Connection, "no route to host"},
    Rule{ErrorCause::Connection, "host not found"},
    Rule{ErrorCause::Connection, "unknown host"},
    Rule{ErrorCause::Connection, "name or service not known"},
    Rule{ErrorCause::Connection, "could not translate host name"},
    Rule{ErrorCause::Connection, "network is unreachable"},
    Rule{ErrorCause::Connection, "network error"},
    Rule{ErrorCause::Connection, "certificate"},
    Rule{ErrorCause::Connection, "ssl error"},
    Rule{ErrorCause::Connection, "tls handshake"},
    Rule{ErrorCause::Connection, "driver not loaded"},
    Rule{ErrorCause::Connection, "is not installed"},
    Rule{ErrorCause::Connection, "unable to open database"},
    Rule{ErrorCause::Connection, "cannot open"},
    Rule{ErrorCause::Connection, "is not open"},
};

template <std::size_t N>
std::optional<ErrorCause> firstMatch(const std::array<Rule, N> &rules, const QString &text)
{
    for (const Rule &rule : rules) {
        if (text.contains(QLatin1String(rule.text)))
            return rule.cause;
    }
    return std::nullopt;
}

// "HTTP 401", "HTTP/1.1 403", "http 429 too many requests": the status a web
// service answered, which says more than the words of its body.
std::optional<ErrorCause> fromHttpStatus(const QString &text)
{
    // Most messages never mention HTTP: skip the expression for them (a migration
    // classifies a million logged errors).
    if (!text.contains(QLatin1String("http")))
        return std::nullopt;
    static const QRegularExpression status(
        QStringLiteral("\\bhttp\\s*(?:/\\s*[12](?:\\.[01])?\\s*)?(\\d{3})\\b"));
    QRegularExpressionMatchIterator it = status.globalMatch(text);
    while (it.hasNext()) {
        switch (it.next().captured(1).toInt()) {
        case 401:
            return ErrorCause::Authentication;
        case 403:
            return ErrorCause::Permission;
        case 412:
            return ErrorCause::ChangedUnderUs;
        case 429:
            return ErrorCause::Throttled;
        case 408:
        case 504:
            return ErrorCause::Timeout;
        case 502:
        case 503:
            return ErrorCause::Connection;
        default:
            break;
        }
    }
    return std::nullopt;
}

// A currency without its rate: the ERP says "no exchange rate", a database
// "NOT NULL constraint failed: transactioncurrencies.exchangerate".
bool missingExchangeRate(const QString &text)
{
    if (!text.contains(QLatin1String("exchange")))
        return false;
    static const QRegularExpression rate(QStringLiteral("exchange[\\s_-]?rate"));
    static const QRegularExpression missing(
        QStringLiteral("\\bnull\\b|not[ -]null|missing|\\bno\\b|required|not found|does not "
                       "exist|\\bempty\\b|\\bzero\\b|must (?:be|have)"));
    return text.contains(rate) && text.contains(missing);
}

} // namespace

ErrorCause classifyError(const QString &message, const QString &detail)
{
    const QString text = (message + QLatin1Char('\n') + detail).toLower();
    if (const auto cause = firstMatch(engineRules, text))
        return *cause;
    if (const auto cause = fromHttpStatus(text))
        return *cause;
    if (missingExchangeRate(text))
        return ErrorCause::MissingExchangeRate;
    return firstMatch(systemRules, text).value_or(ErrorCause::Other);
}

QString causeId(ErrorCause cause)
{
    for (const auto &[value, id] : causeIds) {
        if (value == cause)
            return QString::fromLatin1(id);
    }
    return QStringLiteral("other");
}

ErrorCause causeFromId(const QString &id)
{
    for (const auto &[value, name] : causeIds) {
        if (id == QLatin1String(name))
            return value;
    }
    return ErrorCause::Other;
}

QList<ErrorCause> allErrorCauses()
{
    QList<ErrorCause> all;
    for (const auto &[value, id] : causeIds)
        all.append(value);
    return all;
}

Guidance guidance(ErrorCause cause)
{
    Guidance g;
    g.cause = cause;
    g.id = causeId(cause);
    switch (cause) {
    case ErrorCause::Authentication:
        g.title = tr("Sign-in failed");
        g.explanation =
            tr("The system refused the credentials of the integration user. The password may be "
               "wrong or expired, the password may have to be changed at the next sign-in, the "
               "account may be disabled or locked, or the client secret of the app registration "
               "may have expired.");
        g.fix = tr("In Connection Setup, check the user name and enter the password or client "
                   "secret again, then choose Test Connection. If the password must be changed, "
                   "sign in once as the integration user and change it. When the connection "
                   "works, synchronize again: the failed records are retried first.");
        break;
    case ErrorCause::Permission:
        g.title = tr("Missing permission or privilege");
        g.explanation =
            tr("The integration user signed in, but is not allowed to read, create, modify or "
               "delete this kind of record. In the integration service a security role lacks a "
               "privilege (the message names it, for example prvCreateAccount); in a database the "
               "user lacks a grant on the table, or the database is read-only.");
        g.fix = tr("Assign the integration user a security role with the read, create, write "
                   "and delete privileges that the mapping needs, or grant them on the table in "
                   "the database. Do not make the integration user an administrator: give it "
                   "only the roles it needs. Run the Health Check to list what is missing, then "
                   "synchronize again.");
        break;
    case ErrorCause::ChangedUnderUs:
        g.title = tr("Record changed during synchronization");
        g.explanation =
            tr("Someone changed the record after Couplet read it and before Couplet wrote to it "
               "(HTTP 412 Precondition Failed). Couplet never overwrites changes it has not seen.");
        g.fix = tr("Usually no action is needed: the next synchronization reads the record "
                   "again and takes both changes into account. If the error repeats for the "
                   "same record, find the user or process that keeps changing it.");
        break;
    case ErrorCause::Throttled:
        g.title = tr("Too many requests");
        g.explanation =
            tr("The integration service limits how many requests a user may send in a period "
               "(HTTP 429 Too Many Requests, service protection limits). It refused further "
               "requests for a while.");
        g.fix = tr("Wait a few minutes and synchronize again: the failed records are retried "
                   "first. If it happens often, schedule the synchronization less frequently, "
                   "lower the batch size, or avoid running several jobs at the same time.");
        break;
    case ErrorCause::MissingExchangeRate:
        g.title = tr("Missing exchange rate");
        g.explanation =
            tr("A currency has no exchange rate, so the currency, or a record that uses it, "
               "cannot be created in the other system. The integration service requires an "
               "exchange rate for every currency.");
        g.fix = tr("Open the currency in the business app and enter its exchange rate. Then "
                   "synchronize the currency mapping, and after it the records that use the "
                   "currency.");
        break;
    case ErrorCause::RelatedNotCoupled:
        g.title = tr("Related record not coupled");
        g.explanation =
            tr("The record refers to another record, for example its currency, customer or "
               "salesperson, that is not coupled to a record in the other system. The reference "
               "cannot be set there.");
        g.fix = tr("Synchronize the mapping of the related record first and fix its errors; "
                   "the message names the field and the mapping. Then synchronize this record "
                   "again. To leave the field empty instead, turn on Clear Value on Failed "
                   "Lookup in the field mapping.");
        break;
    case ErrorCause::CoupledRowDeleted:
        g.title = tr("Coupled record deleted");
        g.explanation =
            tr("The record that this record is coupled to has been deleted in one of the "
               "systems. Couplet does not decide on its own whether to restore it or to delete "
               "the remaining record, so it set the coupling aside.");
        g.fix = tr("On the Coupled Data Synchronization Errors page, choose Restore Records to "
                   "recreate the deleted record from the remaining one, Delete Records to delete "
                   "the remaining record as well, or Delete Coupling to keep both apart.");
        break;
    case ErrorCause::TypeMismatch:
        g.title = tr("Value of the wrong type");
        g.explanation =
            tr("A value does not fit the type of the field in the destination, for example text "
               "in a number or date field, or a number that is out of range.");
        g.fix = tr("Compare the field mapping with the types of the two fields (the Health "
                   "Check lists incompatible fields). Correct the value in the source record, or "
                   "change the field mapping or its transformation, then synchronize again.");
        break;
    case ErrorCause::ValueTooLong:
        g.title = tr("Value too long");
        g.explanation = tr("A text value is longer than the destination field allows, so the "
                           "record could not be saved.");
        g.fix = tr("Shorten the value in the source record, or map the field to a destination "
                   "field that is long enough, then synchronize again.");
        break;
    case ErrorCause::LookupFailed:
        g.title = tr("Value could not be matched");
        g.explanation =
            tr("A value has no counterpart in the other system: an option value has no value "
               "mapping, or the match-based coupling found more than one record that matches.");
        g.fix = tr("Add the missing value to the value mapping of the field mapping, or make "
                   "the match-based coupling fields unique (remove the duplicates, or match on "
                   "more fields), then synchronize again.");
        break;
    case ErrorCause::Timeout:
        g.title = tr("No answer in time");
        g.explanation =
            tr("The other system or database did not answer in time, or another process held a "
               "lock on the data. This is usually temporary.");
        g.fix = tr("Synchronize again later: the failed records are retried first. If it "
                   "happens often, check the load of the system and the network, lower the "
                   "batch size, or schedule the synchronization outside busy hours.");
        break;
    case ErrorCause::UpdateConflict:
        g.title = tr("Record changed on both sides");
        g.explanation =
            tr("The record was changed in both systems since the last synchronization, and the "
               "same field has different values on each side. Couplet skipped the record so that "
               "neither change is lost.");
        g.fix = tr("On the Skipped Synch. Records page, compare the two records and choose to "
                   "keep the local changes, keep the integration changes, or merge field by "
                   "field, then choose Synchronize. To resolve such conflicts automatically, "
                   "set the update conflict resolution of the integration table mapping.");
        break;
    case ErrorCause::RequiredValueMissing:
        g.title = tr("Required value missing");
        g.explanation = tr("A field that the destination requires has no value, so the record "
                           "could not be saved.");
        g.fix = tr("Fill in the field in the source record (the technical details name it), or "
                   "give the field mapping a constant value, then synchronize again.");
        break;
    case ErrorCause::Connection:
        g.title = tr("Cannot connect");
        g.explanation =
            tr("Couplet could not reach the system or database, or the connection was lost during "
               "the synchronization. The server may be down, its address may be wrong, or a "
               "firewall, proxy or certificate may block the connection.");
        g.fix = tr("In Connection Setup, check the server address and choose Test Connection; "
                   "check the network and the server's certificate. When the connection works "
                   "again, synchronize: the failed records are retried first.");
        break;
    case ErrorCause::AdministratorAccount:
        g.title = tr("Integration user is an administrator");
        g.explanation =
            tr("The integration user has an administrator role (in Dataverse, System "
               "Administrator), or is a database superuser. An administrator can change "
               "anything, so a mistake in a mapping can damage any record, and the changes it "
               "makes cannot be told apart from an administrator's own.");
        g.fix = tr("Create a dedicated integration user, give it only the security roles with "
                   "the privileges the mappings need (the Health Check lists them), enter it in "
                   "Connection Setup, and remove the administrator role from the user Couplet "
                   "signs in as.");
        break;
    case ErrorCause::SchemaMismatch:
        g.title = tr("Table or field missing");
        g.explanation =
            tr("A table, column or property that a mapping uses does not exist in the system, "
               "or has been renamed. Every record of the mapping fails until it is fixed.");
        g.fix = tr("Open the mapping on the Integration Table Mappings page and correct the "
                   "table or field name (the message suggests the closest name), or add the "
                   "field in the system. Run the Health Check again to confirm.");
        break;
    case ErrorCause::Other:
        g.title = tr("Other error");
        g.explanation = tr("Couplet does not recognize this error. The message and the "
                           "technical details give the system's own words.");
        g.fix = tr("Read the technical details, correct the data or the setup they point to, "
                   "and synchronize again. Delete the coupling if the record should not be "
                   "synchronized.");
        break;
    }
    return g;
}

} // namespace couplet
