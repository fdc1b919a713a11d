#include "storereader.h"

#include "error.h"

#include <QMetaObject>

#include <algorithm>

namespace couplet {

namespace {

ErrorQuery reversed(ErrorQuery query)
{
    query.order = query.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    return query;
}

QList<SyncError> backwards(QList<SyncError> rows)
{
    std::reverse(rows.begin(), rows.end());
    return rows;
}

// The rows [offset, offset + limit) of `query`, read from the nearer end of
// its `total` rows: OFFSET walks the rows it skips.
QList<SyncError> errorsAt(StateStore &s, ErrorQuery query, int total)
{
    const bool fromEnd = total > 0 && query.offset > total / 2 && !query.after.isValid();
    if (!fromEnd)
        return s.errors(query);
    query.limit = std::max(0, std::min(query.limit, total - query.offset));
    query.offset = total - query.offset - query.limit;
    return backwards(s.errors(reversed(query)));
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

void StoreReader::requestErrors(quint64 id, const ErrorQuery &query, int total)
{
    post(id, [this, id, query, total](StateStore &s) {
        emit errorsReady(id, errorsAt(s, query, total));
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
    post(id, [this, id, query, pages, pageSize, aheadOfCount](StateStore &s) {
        ErrorQuery q = query;
        q.offset = 0;
        q.after = {};
        if (aheadOfCount && pages.contains(0)) {
            ErrorQuery first = q;
            first.limit = pageSize;
            ErrorWindow ahead;
            ahead.count = -1;
            ahead.pages.insert(0, s.errors(first));
            emit errorWindowReady(id, ahead);
        }
        ErrorWindow window;
        window.count = s.countErrors(q);
        for (const int page : pages) {
            q.offset = page * pageSize;
            if (page < 0 || q.offset >= window.count)
                continue;
            q.limit = std::min(pageSize, window.count - q.offset);
            window.pages.insert(page, errorsAt(s, q, window.count));
        }
        emit errorWindowReady(id, window);
    });
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

void StoreReader::requestCouplings(quint64 id, const CouplingQuery &query, qint64 afterId)
{
    post(id, [this, id, query, afterId](StateStore &s) {
        const bool keyset = afterId > 0 && query.kind == CouplingQuery::Kind::All &&
                            !query.mapping.isEmpty() && query.search.isEmpty() &&
                            query.sortBy == CouplingQuery::SortKey::Id &&
                            query.order == Qt::AscendingOrder;
        emit couplingsReady(id, keyset ? s.couplingsOfMapping(query.mapping, afterId, query.limit)
                                       : s.couplings(query));
    });
}

void StoreReader::requestCouplingCount(quint64 id, CouplingQuery query)
{
    query.offset = 0;
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
