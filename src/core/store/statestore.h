#pragma once

#include "model/connectionconfig.h"
#include "model/coupling.h"
#include "model/journalentry.h"
#include "model/syncerror.h"
#include "model/syncjob.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace couplet {

// Every list sorts in SQL by one of a few columns (a whitelist: the keys are
// enums, never column names from the caller) and then by id, in the same
// direction, so that rows with equal values keep one order and pages never
// overlap or skip a row. Empty values (NULL) sort first when ascending; text
// sorts by the database's collation (binary on SQLite).
// Every member has a default, so that `{kind}` or `{}` name a plain query.

// Which couplings a list shows.
struct CouplingQuery
{
    enum class Kind {
        All,           // the Couplings page
        CoupledErrors, // last result Failure either way, or a row deleted on one side
        Skipped,       // Skipped Synch. Records
    };
    enum class SortKey {
        Id, // the order in which the couplings were made
        Mapping,
        LocalKey,
        RemoteKey,
        LastSynchronized,
        LastToRemote,   // last result to the integration service
        LastFromRemote, // last result from the integration service
        FailedSince,
        SkipReason, // skipped ones after the others, then by reason
        LastError,
    };
    Kind kind = Kind::All;
    QString mapping = {}; // empty: every mapping
    QString search = {};  // matches local or remote key
    int offset = 0;
    int limit = 500;
    SortKey sortBy = SortKey::Id;
    Qt::SortOrder order = Qt::AscendingOrder;
    // Keyset paging: when > 0 and sorting by Id, the page starts after the
    // coupling with this id in the query's order, and `offset` is ignored. It
    // costs the same on the last page of a million couplings as on the first.
    qint64 afterId = 0;
};

// The position of one error in the default order (by time, then id), for keyset
// paging: the next page starts after it.
struct ErrorPosition
{
    QDateTime at = {};
    qint64 id = 0;

    bool isValid() const { return at.isValid() && id > 0; }
};

struct ErrorQuery
{
    enum class SortKey {
        At, // by time; the default, and the only order that pages by keyset
        Mapping,
        Message,
        Source,      // by table, then key
        Destination, // by table, then key
        Job,         // errors of no job first when ascending
    };
    QString mapping = {}; // empty: every mapping
    qint64 jobId = 0;     // 0: any job
    QDateTime from = {};  // invalid: open; inclusive
    QDateTime to = {};    // invalid: open; inclusive
    QString search = {};  // matches message, detail, source and destination keys
    int offset = 0;
    int limit = 500;
    SortKey sortBy = SortKey::At;
    Qt::SortOrder order = Qt::DescendingOrder; // newest first
    QString cause = {};                        // an ErrorCause id; empty: any cause
    // Keyset paging: when valid and sorting by At, the page starts after this
    // row (the last one loaded) in the query's order, and `offset` is ignored.
    // It costs the same on the last page of a million rows as on the first.
    ErrorPosition after = {};
};

struct JobQuery
{
    enum class SortKey {
        Started, // the default
        Finished,
        Mapping,
        Status,
        Inserted,
        Modified,
        Deleted,
        Unchanged,
        Skipped,
        Failed,
        Coupled,
        Uncoupled,
    };
    QString mapping = {};
    QDateTime startedBefore = {}; // invalid: any; else started < it (as deleteJobsOlderThan)
    int offset = 0;
    int limit = 500;
    SortKey sortBy = SortKey::Started;
    Qt::SortOrder order = Qt::DescendingOrder; // newest first
};

// How many errors have one cause (an ErrorCause id), for "group by cause".
using ErrorCauseCounts = QList<QPair<QString, int>>;

// Per-mapping figures for the Mappings page and the Troubleshooting summary.
struct MappingCounts
{
    int couplings = 0;
    int errors = 0;
    int coupledErrors = 0;
    int skipped = 0;
};

// Keeps the engine's state: high-water marks, couplings, jobs, errors and the
// insert journal. Runs on SQLite (WAL) or PostgreSQL with the same schema and
// numbered migrations.
//
// One StateStore is one database connection and belongs to the thread that
// opened it. Failures throw couplet::Error.
class StateStore final
{
public:
    // `config.driver` is QSQLITE or QPSQL; `secret` is the password for QPSQL (never logged).
    explicit StateStore(StoreConfig config, QString secret = {});
    ~StateStore();
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    // Opens the connection in the calling thread and migrates the schema to the
    // newest version. Opening an open store does nothing.
    void open();
    // Migrates only up to `schemaVersion` (1..latestSchemaVersion()); never
    // downgrades. For tests of the migrations, and tools that must not upgrade a
    // shared store.
    void open(int schemaVersion);
    void close();
    bool isOpen() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    QString driverName() const;

    // Transactions nest: only the outermost commits. A rollback() in a nested
    // level marks the whole transaction for rollback: the outermost commit() then
    // rolls back and throws, the outermost rollback() rolls back. A commit() that
    // throws has ended the transaction; a rollback() outside a transaction does
    // nothing, so `begin(); try { ...; commit(); } catch (...) { rollback(); throw; }`
    // is safe. SQLite takes its write lock at begin() (BEGIN IMMEDIATE).
    void begin();
    void commit();
    void rollback();

    // High-water marks, one per mapping and pass direction. Invalid: none yet.
    QDateTime mark(const QString &mapping, PassDirection direction) const;
    void setMark(const QString &mapping, PassDirection direction, const QDateTime &stamp);
    void clearMarks(const QString &mapping);

    // Couplings.
    std::optional<Coupling> coupling(qint64 id) const;
    std::optional<Coupling> couplingByKey(const QString &mapping, Side side,
                                          const QString &key) const;
    // Batched lookup: key -> coupling for every key that has one.
    QHash<QString, Coupling> couplingsByKeys(const QString &mapping, Side side,
                                             const QStringList &keys) const;
    // Inserts (id 0) or updates each coupling, in one transaction; sets the ids of
    // new ones. A key already coupled in the mapping throws, and then nothing is
    // saved and no id is set. A coupling whose id is gone (deleted meanwhile) is
    // not recreated.
    void saveCouplings(QList<Coupling> &couplings);
    void saveCoupling(Coupling &coupling);
    int deleteCouplings(const QList<qint64> &ids);
    int deleteCouplingsOfMapping(const QString &mapping);
    // Couplings to retry first in a pass: last result that way is Failure, not skipped.
    // Ordered by id; page with afterId.
    QList<Coupling> failedCouplings(const QString &mapping, PassDirection direction, qint64 afterId,
                                    int limit) const;
    QList<Coupling> couplings(const CouplingQuery &query) const;
    int countCouplings(const CouplingQuery &query) const;
    // Every coupling of a mapping, in id order, in pages (for Find for Deleted).
    QList<Coupling> couplingsOfMapping(const QString &mapping, qint64 afterId, int limit) const;

    // Jobs.
    void saveJob(SyncJob &job); // inserts when id is 0; `started` must be valid
    std::optional<SyncJob> job(qint64 id) const;
    QList<SyncJob> jobs(const JobQuery &query) const;
    int countJobs(const JobQuery &query) const;
    int deleteJobsOlderThan(const QDateTime &cutoff); // started < cutoff; returns how many
    int deleteAllJobs();

    // Errors.
    // Sets and returns the id; `at` must be valid. An error without a cause gets
    // the one classifyError() finds in its message and detail.
    qint64 addError(SyncError &error);
    QList<SyncError> errors(const ErrorQuery &query) const;
    // The errors whose source or destination is `ref`, newest first, at most `limit`.
    QList<SyncError> errorsOfRecord(const RecordRef &ref, int limit = 20) const;
    int countErrors(const ErrorQuery &query) const;
    // The errors the query matches, counted per cause (ignoring its cause filter,
    // so that every cause can be picked), most frequent first.
    ErrorCauseCounts errorCauseCounts(const ErrorQuery &query) const;
    int countErrorsOlderThan(const QDateTime &cutoff) const; // at < cutoff, as deleted below
    int deleteErrorsOlderThan(const QDateTime &cutoff);
    int deleteAllErrors();
    int deleteErrors(const QList<qint64> &ids);

    MappingCounts mappingCounts(const QString &mapping) const;

    // Insert journal.
    qint64 addJournalEntry(JournalEntry &entry);
    void removeJournalEntry(qint64 id);
    QList<JournalEntry> journal(const QString &mapping) const;

private:
    class Private;
    Private *d;
};

} // namespace couplet
