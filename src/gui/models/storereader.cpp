#include "storereader.h"

#include "error.h"

#include <QMetaObject>

#include <algorithm>

namespace couplet {

namespace {

// The lists read alike: a query, its rows, its count, and a keyset that the
// query may carry (errors by time, couplings by id).
QList<SyncError> readRows(StateStore &s, const ErrorQuery &query)
{
    return s.errors(query);
}

QList<Coupling> readRows(StateStore &s, const CouplingQuery &query)
{
    return s.couplings(query);
}

int countRows(StateStore &s, const ErrorQuery &query)
{
    return s.countErrors(query);
}

int countRows(StateStore &s, const CouplingQuery &query)
{
    return s.countCouplings(query);
}

bool hasKeyset(const ErrorQuery &query)
{
    return query.after.isValid();
}

bool hasKeyset(const CouplingQuery &query)
{
    return query.afterId > 0;
}

void clearKeyset(ErrorQuery &query)
{
    query.after = {};
}

void clearKeyset(CouplingQuery &query)
{
    query.afterId = 0;
}

template <typename Query> Query reversed(Query query)
{
    query.order = query.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    return query;
}

template <typename Row> QList<Row> backwards(QList<Row> rows)
{
    std::reverse(rows.begin(), rows.end());
    return rows;
}

// The rows [offset, offset + limit) of `query`, read from the nearer end of
// its `total` rows: OFFSET walks the rows it skips.
template <typename Query> auto rowsAt(StateStore &s, Query query, int total)
{
    const bool fromEnd = total > 0 && query.offset > total / 2 && !hasKeyset(query);
    if (!fromEnd)
        return readRows(s, query);
    query.limit = std::max(0, std::min(query.limit, total - query.offset));
    query.offset = total - query.offset - query.limit;
    return backwards(readRows(s, reversed(query)));
}

} // namespace

void registerModelMetaTypes()
{
    qRegisterMetaType<SyncError>();
    qRegisterMetaType<Coupling>();
    qRegisterMetaType<SyncJob>();
    qRegisterMetaType<MappingState>();
    qRegisterMetaType<QList<SyncError>>();
    qRegisterMetaType<QList<Coupling>>();
    qRegisterMetaType<QList<SyncJob>>();
    qRegisterMetaType<QList<MappingState>>();
    qRegisterMetaType<ErrorCauseCounts>();
    qRegisterMetaType<ErrorWindow>();
    qRegisterMetaType<CouplingWindow>();
}

StoreReader::StoreReader(StoreConfig config, QString secret, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_secret(std::move(secret))
{
    registerModelMetaTypes();
}

// Runs in the reader's thread (the thread finishes before the object is deleted),
// so the store's connection is closed by the thread that opened it.
StoreReader::~StoreReader() = default;

quint64 StoreReader::newRequestId()
{
    return m_nextId.fetchAndAddRelaxed(1) + 1;
}

StateStore &StoreReader::store()
{
    if (!m_store) {
        auto store = std::make_unique<StateStore>(m_config, m_secret);
        store->open();
        m_store = std::move(store);
    }
    return *m_store;
}

template <typename Work> void StoreReader::post(quint64 id, Work work)
{
    QMetaObject::invokeMethod(
        this,
        [this, id, work = std::move(work)]() {
            try {
                work(store());
            } catch (const Error &e) {
                emit failed(id, e.message(), e.detail());
            }
        },
        Qt::QueuedConnection);
}

template <typename Query, typename Send>
void StoreReader::postWindow(quint64 id, Query query, const QList<int> &pages, int pageSize,
                             bool aheadOfCount, Send send)
{
    query.offset = 0;
    clearKeyset(query);
    post(id, [id, query, pages, pageSize, aheadOfCount, send](StateStore &s) {
        using Window = RowWindow<typename decltype(readRows(s, query))::value_type>;
        Query q = query;
        if (aheadOfCount && pages.contains(0)) {
            Query first = q;
            first.limit = pageSize;
            Window ahead;
            ahead.count = -1;
            ahead.pages.insert(0, readRows(s, first));
            send(id, ahead);
        }
        Window window;
        window.count = countRows(s, q);
        for (const int page : pages) {
            q.offset = page * pageSize;
            if (page < 0 || q.offset >= window.count)
                continue;
            q.limit = std::min(pageSize, window.count - q.offset);
            window.pages.insert(page, rowsAt(s, q, window.count));
        }
        send(id, window);
    });
}

void StoreReader::requestErrors(quint64 id, const ErrorQuery &query, int total)
{
    post(id, [this, id, query, total](StateStore &s) {
        emit errorsReady(id, rowsAt(s, query, total));
    });
}

void StoreReader::requestErrorsBefore(quint64 id, const ErrorQuery &query,
                                      const ErrorPosition &before)
{
    ErrorQuery q = reversed(query);
    q.after = before;
    q.offset = 0;
    post(id, [this, id, q](StateStore &s) { emit errorsReady(id, backwards(s.errors(q))); });
}

void StoreReader::requestErrorWindow(quint64 id, const ErrorQuery &query, const QList<int> &pages,
                                     int pageSize, bool aheadOfCount)
{
    postWindow(id, query, pages, pageSize, aheadOfCount,
               [this](quint64 answer, const ErrorWindow &w) { emit errorWindowReady(answer, w); });
}

void StoreReader::requestErrorCount(quint64 id, ErrorQuery query)
{
    query.offset = 0;
    query.after = {};
    post(id, [this, id, query](StateStore &s) { emit countReady(id, s.countErrors(query)); });
}

void StoreReader::requestErrorCauseCounts(quint64 id, const ErrorQuery &query)
{
    post(id, [this, id, query](StateStore &s) {
        emit causeCountsReady(id, s.errorCauseCounts(query));
    });
}

void StoreReader::requestCouplings(quint64 id, const CouplingQuery &query, int total)
{
    post(id, [this, id, query, total](StateStore &s) {
        emit couplingsReady(id, rowsAt(s, query, total));
    });
}

void StoreReader::requestCouplingsBefore(quint64 id, const CouplingQuery &query, qint64 beforeId)
{
    CouplingQuery q = reversed(query);
    q.afterId = beforeId;
    q.offset = 0;
    post(id, [this, id, q](StateStore &s) { emit couplingsReady(id, backwards(s.couplings(q))); });
}

void StoreReader::requestCouplingWindow(quint64 id, const CouplingQuery &query,
                                        const QList<int> &pages, int pageSize, bool aheadOfCount)
{
    postWindow(
        id, query, pages, pageSize, aheadOfCount,
        [this](quint64 answer, const CouplingWindow &w) { emit couplingWindowReady(answer, w); });
}

void StoreReader::requestCouplingCount(quint64 id, CouplingQuery query)
{
    query.offset = 0;
    query.afterId = 0;
    post(id, [this, id, query](StateStore &s) { emit countReady(id, s.countCouplings(query)); });
}

void StoreReader::requestCouplingsByKeys(quint64 id, const QString &mapping, Side side,
                                         const QStringList &keys)
{
    post(id, [this, id, mapping, side, keys](StateStore &s) {
        emit couplingsReady(id, s.couplingsByKeys(mapping, side, keys).values());
    });
}

void StoreReader::requestJobs(quint64 id, const JobQuery &query)
{
    post(id, [this, id, query](StateStore &s) { emit jobsReady(id, s.jobs(query)); });
}

void StoreReader::requestJobCount(quint64 id, const JobQuery &query)
{
    post(id, [this, id, query](StateStore &s) { emit countReady(id, s.countJobs(query)); });
}

void StoreReader::requestMappingStates(quint64 id, const QStringList &mappings)
{
    post(id, [this, id, mappings](StateStore &s) {
        QList<MappingState> states;
        states.reserve(mappings.size());
        for (const QString &name : mappings) {
            MappingState st;
            st.mapping = name;
            st.markToRemote = s.mark(name, PassDirection::LocalToRemote);
            st.markFromRemote = s.mark(name, PassDirection::RemoteToLocal);
            st.counts = s.mappingCounts(name);
            states.append(st);
        }
        emit mappingStatesReady(id, states);
    });
}

} // namespace couplet
