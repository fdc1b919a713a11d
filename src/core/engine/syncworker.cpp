#include "engine/syncworker.h"

#include "clock.h"
#include "connectors/connector.h"
#include "error.h"
#include "logging.h"
#include "store/statestore.h"

#include <QFileInfo>

namespace couplet {

SyncWorker::SyncWorker(Workspace workspace, QHash<QString, QString> secrets, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_secrets(std::move(secrets))
{
    qRegisterMetaType<couplet::SyncJob>();
    qRegisterMetaType<QList<couplet::SyncJob>>();
    qRegisterMetaType<couplet::JobTrigger>();
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::cancel()
{
    m_cancel.store(true);
}

void SyncWorker::start(const QStringList &mappings, couplet::JobTrigger trigger)
{
    m_cancel.store(false);
    const QString dir = QFileInfo(m_workspace.path).absolutePath();
    const Clock &clock = SystemClock::instance();
    try {
        // Created here, so they belong to the worker thread.
        StateStore store(m_workspace.resolvedStore(), m_secrets.value(QStringLiteral("store")));
        store.open();
        std::unique_ptr<Connector> local = createConnector(
            m_workspace.local, dir, m_secrets.value(QStringLiteral("local")), clock);
        std::unique_ptr<Connector> remote = createConnector(
            m_workspace.remote, dir, m_secrets.value(QStringLiteral("remote")), clock);
        local->open();
        remote->open();
        SyncEngine engine(m_workspace, store, *local, *remote, clock);
        engine.setCancelFlag(&m_cancel);
        engine.setProgressHandler(
            [this](const SyncProgress &p) { emit progress(p.mapping, p.done, p.total); });
        engine.setJobHandler([this](const SyncJob &job) { emit jobFinished(job); });
        SyncOptions options;
        options.mappings = mappings;
        options.trigger = trigger;
        const QList<SyncJob> jobs = engine.run(options);
        emit finished(jobs);
    } catch (const Error &error) {
        qCWarning(lcEngine) << "Sync run failed:" << error.message();
        emit failed(error.message(), error.detail());
    }
}

} // namespace couplet
