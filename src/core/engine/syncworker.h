#pragma once

#include "engine/syncengine.h"
#include "model/syncjob.h"
#include "model/workspace.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace couplet {

class Connector;
class StateStore;

// Runs the engine in a worker thread. Create it, moveToThread(), then call
// start() through a queued connection or QMetaObject::invokeMethod. Its state
// store and connectors are created in start(), so in the worker thread, and
// closed before it returns. Only value types cross threads.
class SyncWorker final : public QObject
{
    Q_OBJECT
public:
    // `secrets` holds the passwords of the store and connections, by "store",
    // "local" and "remote"; they never leave memory.
    explicit SyncWorker(Workspace workspace, QHash<QString, QString> secrets = {},
                        QObject *parent = nullptr);
    ~SyncWorker() override;

    // Thread-safe: may be called directly from any thread. The running pass stops
    // at the next row boundary and is saved as Cancelled.
    void cancel();

public slots:
    void start(const QStringList &mappings, couplet::JobTrigger trigger);

signals:
    void progress(const QString &mapping, int done, int total);
    void jobFinished(const couplet::SyncJob &job);
    void finished(const QList<couplet::SyncJob> &jobs);
    // The run could not start or stopped early (store or connection unusable).
    void failed(const QString &message, const QString &detail);

private:
    Workspace m_workspace;
    QHash<QString, QString> m_secrets;
    std::atomic_bool m_cancel{false};
};

} // namespace couplet
