#include "storereader.h"

#include "error.h"

#include <QMetaObject>

namespace couplet {

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

void StoreReader::requestErrors(quint64 id, const ErrorQuery &query)
{
    post(id, [this, id, query](StateStore &s) { emit errorsReady(id, s.errors(query)); });
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
