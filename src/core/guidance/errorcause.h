#pragma once

#include <QList>
#include <QString>

namespace couplet {

// What usually lies behind an Integration Synchronization Error, told from its
// message and technical detail. The Errors page groups by it and shows its
// guidance; the state store keeps its id with each error.
enum class ErrorCause {
    Authentication,       // HTTP 401, wrong or expired password, disabled account
    Permission,           // HTTP 403, a missing privilege or table grant
    ChangedUnderUs,       // HTTP 412: the row changed between read and write
    Throttled,            // HTTP 429, service protection limits
    MissingExchangeRate,  // a currency without an exchange rate
    RelatedNotCoupled,    // a lookup field refers to a row that is not coupled
    CoupledRowDeleted,    // the coupled row is gone on one side
    TypeMismatch,         // a value that does not fit the destination's type
    ValueTooLong,         // a text longer than the destination field
    LookupFailed,         // no value mapping, or an ambiguous match-based coupling
    Timeout,              // no answer in time, a lock or a busy database
    UpdateConflict,       // both sides changed since the last synchronization
    RequiredValueMissing, // NOT NULL: a required field without a value
    Connection,           // the system cannot be reached or the connection was lost
    AdministratorAccount, // the integration user is an administrator (Health Check)
    SchemaMismatch,       // a mapped table or field does not exist (Health Check)
    Other,
};

// The cause of an error, from the words that the engine, the connectors and the
// systems behind them use. Never fails: what it does not recognize is Other.
ErrorCause classifyError(const QString &message, const QString &detail);

// The stable id of a cause ("missing-exchange-rate"), kept in the state store
// and in --json output; never translated, never changed once released.
QString causeId(ErrorCause cause);
// The inverse of causeId(); Other for an unknown id (written by a newer version).
ErrorCause causeFromId(const QString &id);
// Every cause, in declaration order.
QList<ErrorCause> allErrorCauses();

// What the Errors page tells an administrator about a cause: what usually
// causes the error and how to fix it, in the words of the console's pages.
struct Guidance
{
    ErrorCause cause = ErrorCause::Other;
    QString id; // causeId(cause)
    QString title;
    QString explanation;
    QString fix;
};

// Translated with QCoreApplication::translate("couplet", ...).
Guidance guidance(ErrorCause cause);

} // namespace couplet
