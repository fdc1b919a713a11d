#include "consolesession.h"

#include "storereaderthread.h"
#include "workspace/workspacefile.h"

#include "clock.h"
#include "logging.h"

#include <utility>

namespace couplet {

ConsoleSession::ConsoleSession(Workspace workspace, QHash<QString, QString> secrets,
                               const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_secrets(std::move(secrets))
    , m_clock(clock)
{
    registerConsoleMetaTypes();
    registerModelMetaTypes();
    m_workThread.setObjectName(QStringLiteral("couplet-worker"));
    m_readThread.setObjectName(QStringLiteral("couplet-reader"));
    m_storeReader = std::make_unique<StoreReaderThread>(m_workspace.resolvedStore(),
                                                        m_secrets.value(QStringLiteral("store")));
    startWorkers();
}

ConsoleSession::~ConsoleSession()
{
    stopWorkers();
}

QDateTime ConsoleSession::now() const
{
    return (m_clock ? *m_clock : static_cast<const Clock &>(SystemClock::instance())).now();
}

StoreReader *ConsoleSession::reader() const
{
    return m_storeReader->reader();
}

void ConsoleSession::startWorkers()
{
    auto makeWorker = [this](QThread &thread) {
        auto *worker = new ConsoleWorker(m_workspace, m_secrets, m_clock);
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &ConsoleWorker::failed, this, &ConsoleSession::fail);
        connect(
            worker, &ConsoleWorker::operationFinished, this,
            [this](quint64 id, const OperationResult &r) { answer(id, QVariant::fromValue(r)); });
        connect(
            worker, &ConsoleWorker::snapshotReady, this,
            [this](quint64 id, const RecordSnapshot &s) { answer(id, QVariant::fromValue(s)); });
        connect(
            worker, &ConsoleWorker::comparisonsReady, this,
            [this](quint64 id, const QList<Comparison> &c) { answer(id, QVariant::fromValue(c)); });
        connect(
            worker, &ConsoleWorker::candidatesReady, this,
            [this](quint64 id, const QList<Row> &rows) { answer(id, QVariant::fromValue(rows)); });
        connect(worker, &ConsoleWorker::localChangesFound, this,
                [this](quint64 id, const QStringList &m) { answer(id, QVariant::fromValue(m)); });
        connect(worker, &ConsoleWorker::healthChecked, this,
                [this](quint64 id, const QList<HealthResult> &results, int logged) {
                    answer(id, QVariantList{QVariant::fromValue(results), logged});
                    // The failures written show on the Errors page and in the counts.
                    if (logged > 0)
                        emit storeChanged();
                });
        thread.start();
        return worker;
    };
    m_worker = makeWorker(m_workThread);
    m_reader = makeWorker(m_readThread);

    connect(m_worker, &ConsoleWorker::progress, this,
            [this](quint64, const QString &mapping, int done, int total) {
                emit progress(mapping, done, total);
            });
    connect(m_worker, &ConsoleWorker::healthProgress, this,
            [this](quint64, const QString &check) { emit healthProgress(check); });
    connect(m_worker, &ConsoleWorker::jobFinished, this, [this](quint64, const SyncJob &job) {
        emit jobFinished(job);
        emit storeChanged();
    });
    connect(m_worker, &ConsoleWorker::syncFinished, this,
            [this](quint64 id, const QList<SyncJob> &jobs) {
                if (id != m_syncRequest)
                    return;
                m_syncRequest = 0;
                setBusy(-1);
                emit syncFinished(jobs);
                emit storeChanged();
            });
}

void ConsoleSession::stopWorkers(bool failPending)
{
    if (m_worker)
        m_worker->cancel();
    for (QThread *thread : {&m_workThread, &m_readThread}) {
        thread->quit();
        thread->wait();
    }
    // The workers are gone with their unanswered requests (reads: a record view,
    // a comparison). Their callers hear so, later, from the event loop, so that a
    // dialog waiting for a record does not wait for ever.
    const QHash<quint64, Pending> dropped = std::exchange(m_pending, {});
    if (failPending) {
        const QString message =
            tr("Cancelled because the workspace's settings changed; please try again.");
        for (const Pending &pending : dropped) {
            if (pending.busy)
                setBusy(-1);
            if (!pending.context || !pending.failed)
                continue;
            QMetaObject::invokeMethod(
                pending.context,
                [context = pending.context, failed = pending.failed, message] {
                    if (context)
                        failed(message, {});
                },
                Qt::QueuedConnection);
        }
    }
    if (m_syncRequest != 0) {
        m_syncRequest = 0;
        setBusy(-1);
    }
}

QString ConsoleSession::updateWorkspace(const Workspace &workspace)
{
    if (isBusy())
        return tr("Wait until the running job or operation has finished.");
    const QList<WorkspaceIssue> issues = WorkspaceFile::validateStructure(workspace);
    if (!issues.isEmpty())
        return issues.constFirst().toString();
    QString error;
    if (!WorkspaceFile::save(workspace, workspace.path, &error))
        return error;
    stopWorkers(true);
    m_workspace = workspace;
    startWorkers();
    emit workspaceChanged();
    return {};
}

QString ConsoleSession::setSecret(const QString &role, const QString &secret)
{
    if (isBusy())
        return tr("Wait until the running job or operation has finished.");
    if (secret.isEmpty())
        m_secrets.remove(role);
    else
        m_secrets.insert(role, secret);
    stopWorkers(true);
    startWorkers();
    return {};
}

void ConsoleSession::synchronize(const QStringList &mappings, JobTrigger trigger)
{
    if (m_syncRequest != 0)
        return;
    m_syncRequest = nextId();
    setBusy(+1);
    emit syncStarted(mappings, trigger);
    QMetaObject::invokeMethod(m_worker, "sync", Qt::QueuedConnection, Q_ARG(quint64, m_syncRequest),
                              Q_ARG(QStringList, mappings), Q_ARG(couplet::JobTrigger, trigger));
}

void ConsoleSession::cancelSync()
{
    if (m_worker && m_syncRequest != 0)
        m_worker->cancel();
}

quint64 ConsoleSession::add(QObject *context, std::function<void(const QVariant &)> done,
                            FailureCallback failed, bool changesStore)
{
    return add(context, std::move(done), std::move(failed), changesStore, changesStore);
}

quint64 ConsoleSession::add(QObject *context, std::function<void(const QVariant &)> done,
                            FailureCallback failed, bool busy, bool changesStore)
{
    const quint64 id = nextId();
    m_pending.insert(id, Pending{context, std::move(done), std::move(failed), busy, changesStore});
    if (busy)
        setBusy(+1);
    return id;
}

void ConsoleSession::answer(quint64 id, const QVariant &value)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    if (pending.busy)
        setBusy(-1);
    if (pending.context && pending.done)
        pending.done(value);
    if (pending.changesStore)
        emit storeChanged();
}

void ConsoleSession::fail(quint64 id, const QString &message, const QString &detail)
{
    if (id == m_syncRequest && id != 0) {
        m_syncRequest = 0;
        setBusy(-1);
        emit syncFailed(message, detail);
        emit storeChanged();
        return;
    }
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    if (pending.busy)
        setBusy(-1);
    if (pending.context && pending.failed)
        pending.failed(message, detail);
    else
        emit errorOccurred(message, detail);
    if (pending.changesStore)
        emit storeChanged();
}

void ConsoleSession::setBusy(int delta)
{
    const bool was = isBusy();
    m_busy += delta;
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void ConsoleSession::perform(const Operation &operation, QObject *context,
                             std::function<void(const OperationResult &)> done,
                             FailureCallback failedCallback)
{
    const quint64 id = add(
        context,
        [done = std::move(done)](const QVariant &v) {
            if (done)
                done(v.value<OperationResult>());
        },
        std::move(failedCallback), true);
    QMetaObject::invokeMethod(m_worker, "perform", Qt::QueuedConnection, Q_ARG(quint64, id),
                              Q_ARG(couplet::Operation, operation));
}

void ConsoleSession::fetchSnapshot(const QString &mapping, const RecordRef &ref, QObject *context,
                                   std::function<void(const RecordSnapshot &)> done,
                                   FailureCallback failedCallback)
{
    const quint64 id = add(
        context, [done = std::move(done)](const QVariant &v) { done(v.value<RecordSnapshot>()); },
        std::move(failedCallback), false);
    QMetaObject::invokeMethod(m_reader, "fetchSnapshot", Qt::QueuedConnection, Q_ARG(quint64, id),
                              Q_ARG(QString, mapping), Q_ARG(couplet::RecordRef, ref));
}

void ConsoleSession::fetchComparisons(const QList<qint64> &couplingIds, QObject *context,
                                      std::function<void(const QList<Comparison> &)> done,
                                      FailureCallback failedCallback)
{
    const quint64 id = add(
        context,
        [done = std::move(done)](const QVariant &v) { done(v.value<QList<Comparison>>()); },
        std::move(failedCallback), false);
    QMetaObject::invokeMethod(m_reader, "fetchComparisons", Qt::QueuedConnection,
                              Q_ARG(quint64, id), Q_ARG(QList<qint64>, couplingIds));
}

void ConsoleSession::fetchCandidates(const QString &mapping, Side side, const QString &search,
                                     int limit, QObject *context,
                                     std::function<void(const QList<Row> &)> done,
                                     FailureCallback failedCallback)
{
    const quint64 id = add(
        context, [done = std::move(done)](const QVariant &v) { done(v.value<QList<Row>>()); },
        std::move(failedCallback), false);
    QMetaObject::invokeMethod(m_reader, "fetchCandidates", Qt::QueuedConnection, Q_ARG(quint64, id),
                              Q_ARG(QString, mapping), Q_ARG(couplet::Side, side),
                              Q_ARG(QString, search), Q_ARG(int, limit));
}

void ConsoleSession::probeLocalChanges(const QStringList &mappings, QObject *context,
                                       std::function<void(const QStringList &)> done)
{
    // A failed probe answers "no change seen", so the schedule keeps going.
    auto callback = std::make_shared<std::function<void(const QStringList &)>>(std::move(done));
    const quint64 id = add(
        context, [callback](const QVariant &v) { (*callback)(v.toStringList()); },
        [callback](const QString &message, const QString &) {
            qCWarning(lcEngine) << "Probe for local changes failed:" << message;
            (*callback)({});
        },
        false);
    QMetaObject::invokeMethod(m_reader, "probeLocalChanges", Qt::QueuedConnection,
                              Q_ARG(quint64, id), Q_ARG(QStringList, mappings));
}

void ConsoleSession::checkHealth(const QStringList &mappings, QObject *context,
                                 std::function<void(const QList<HealthResult> &, int)> done,
                                 FailureCallback failedCallback)
{
    // Busy, so that no workspace change restarts the worker (and waits for it)
    // while the checks wait on the systems. The store changes only when a
    // failure is written: the answer says so.
    const quint64 id = add(
        context,
        [done = std::move(done)](const QVariant &v) {
            const QVariantList answer = v.toList();
            if (done && answer.size() == 2)
                done(answer.at(0).value<QList<HealthResult>>(), answer.at(1).toInt());
        },
        std::move(failedCallback), true, false);
    QMetaObject::invokeMethod(m_worker, "checkHealth", Qt::QueuedConnection, Q_ARG(quint64, id),
                              Q_ARG(QStringList, mappings));
}

} // namespace couplet
