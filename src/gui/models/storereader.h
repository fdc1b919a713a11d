#pragma once

#include "model/connectionconfig.h"
#include "model/coupling.h"
#include "model/syncerror.h"
#include "model/syncjob.h"
#include "store/statestore.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace couplet {

// The marks and counts of one mapping, for the Mappings page.
struct MappingState
{
    QString mapping;
    QDateTime markToRemote;   // Synch. Modified On Filter (local changes since)
    QDateTime markFromRemote; // Synch. Int. Tbl. Mod. On Fltr. (remote changes since)
    MappingCounts counts;
};

// The count of a list query and some of its pages (by page number), read
// together when a list is opened, filtered or refreshed.
template <typename Row> struct RowWindow
{
    int count = 0; // -1: the first page alone, sent ahead of the count
    QHash<int, QList<Row>> pages;
};
using ErrorWindow = RowWindow<SyncError>;
using CouplingWindow = RowWindow<Coupling>;

// Registers the value types that cross from the reader thread to the models.
void registerModelMetaTypes();

// Runs the list queries of the console in its own thread, on its own StateStore,
// opened in that thread on the first request. The request functions are
// thread-safe and return at once: the query runs in the reader's thread and the
// answer comes back through a signal carrying the request id, so a model can
// drop answers it no longer waits for. Only value types cross threads.
class StoreReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreReader)
public:
    // `secret` is the store's password for QPSQL; it is never logged.
    explicit StoreReader(StoreConfig config, QString secret = {}, QObject *parent = nullptr);
    ~StoreReader() override;

    // A new id for a request, unique for this reader.
    quint64 newRequestId();

    // Errors page by keyset when the query's `after` is set and it sorts by
    // time, otherwise by offset. Given the `total` the query matches, rows past
    // the middle are read from the end (the query in reverse, handed back in its
    // order), so that the last page of a million costs what the first does.
    void requestErrors(quint64 id, const ErrorQuery &query, int total = -1);
    // The `query.limit` rows just before `before` in the query's order (keyset
    // backwards, by time only): the page above a loaded one. Answers with errorsReady().
    void requestErrorsBefore(quint64 id, const ErrorQuery &query, const ErrorPosition &before);
    // The count of `query` and its pages `pages` of `pageSize` rows (those that
    // exist), in one answer: errorWindowReady(). With `aheadOfCount`, page 0
    // comes first on its own (count -1): on a million rows, counting takes
    // longer than reading the first rows.
    void requestErrorWindow(quint64 id, const ErrorQuery &query, const QList<int> &pages,
                            int pageSize, bool aheadOfCount = false);
    void requestErrorCount(quint64 id, ErrorQuery query);
    // Answers with causeCountsReady(): the errors the query matches per cause.
    void requestErrorCauseCounts(quint64 id, const ErrorQuery &query);
    // Couplings as errors: by keyset when the query's `afterId` is set and it
    // sorts by id, otherwise by offset, from the nearer end given the `total`.
    void requestCouplings(quint64 id, const CouplingQuery &query, int total = -1);
    // The `query.limit` couplings just before the one with id `beforeId` in the
    // query's order (keyset backwards, by id only). Answers with couplingsReady().
    void requestCouplingsBefore(quint64 id, const CouplingQuery &query, qint64 beforeId);
    // The count of `query` and some of its pages, as requestErrorWindow().
    void requestCouplingWindow(quint64 id, const CouplingQuery &query, const QList<int> &pages,
                               int pageSize, bool aheadOfCount = false);
    void requestCouplingCount(quint64 id, CouplingQuery query);
    // Answers with couplingsReady(): the couplings of `keys` on one side of a
    // mapping (the Couple dialog marks the rows already coupled).
    void requestCouplingsByKeys(quint64 id, const QString &mapping, Side side,
                                const QStringList &keys);
    void requestJobs(quint64 id, const JobQuery &query);
    void requestJobCount(quint64 id, const JobQuery &query);
    void requestMappingStates(quint64 id, const QStringList &mappings);

signals:
    void errorsReady(quint64 id, const QList<couplet::SyncError> &errors);
    void errorWindowReady(quint64 id, const couplet::ErrorWindow &window);
    void couplingsReady(quint64 id, const QList<couplet::Coupling> &couplings);
    void couplingWindowReady(quint64 id, const couplet::CouplingWindow &window);
    void jobsReady(quint64 id, const QList<couplet::SyncJob> &jobs);
    void countReady(quint64 id, int count);
    // (cause id, count) pairs, most frequent first.
    void causeCountsReady(quint64 id, const couplet::ErrorCauseCounts &counts);
    void mappingStatesReady(quint64 id, const QList<couplet::MappingState> &states);
    // A query failed; `message` is for the administrator, `detail` technical.
    void failed(quint64 id, const QString &message, const QString &detail);

private:
    // Runs `work` in the reader's thread with an open store; reports a failure.
    template <typename Work> void post(quint64 id, Work work);
    // Reads the count and pages of a window; `send` emits each answer.
    template <typename Query, typename Send>
    void postWindow(quint64 id, Query query, const QList<int> &pages, int pageSize,
                    bool aheadOfCount, Send send);
    StateStore &store();

    StoreConfig m_config;
    QString m_secret;
    std::unique_ptr<StateStore> m_store; // created and used in the reader's thread only
    QAtomicInteger<quint64> m_nextId{0};
};

} // namespace couplet

Q_DECLARE_METATYPE(couplet::MappingState)
Q_DECLARE_METATYPE(couplet::ErrorWindow)
Q_DECLARE_METATYPE(couplet::CouplingWindow)
