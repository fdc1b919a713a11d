#pragma once

#include "model/connectionconfig.h"
#include "model/coupling.h"
#include "model/journalentry.h"
#include "model/syncerror.h"
#include "model/syncjob.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace couplet {

// Which couplings a list shows.
struct CouplingQuery
{
    enum class Kind {
        All,           // the Couplings page
        CoupledErrors, // last result Failure either way, or a row deleted on one side
        Skipped,       // Skipped Synch. Records
    };
    Kind kind = Kind::All;
    QString mapping; // empty: every mapping
    QString search;  // matches local or remote key
    int offset = 0;
    int limit = 500;
};

struct ErrorQuery
{
    QString mapping;  // empty: every mapping
    qint64 jobId = 0; // 0: any job
    QDateTime from;   // invalid: open; inclusive
    QDateTime to;     // invalid: open; inclusive
    QString search;   // matches message, detail, source and destination keys
    int offset = 0;
    int limit = 500;
    bool newestFirst = true;
};

struct JobQuery
{
    QString mapping;
    int offset = 0;
    int limit = 500;
};

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
    qint64 addError(SyncError &error); // sets and returns the id; `at` must be valid
    QList<SyncError> errors(const ErrorQuery &query) const;
    int countErrors(const ErrorQuery &query) const;
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
