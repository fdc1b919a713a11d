#include "engine/connectiontest.h"

#include "clock.h"
#include "error.h"
#include "logging.h"

#include <QCoreApplication>
#include <QThread>

#include <exception>
#include <memory>

namespace couplet {

namespace {

ConnectionTestResult runTest(const ConnectionConfig &config, const QString &workspaceDir,
                             const QString &secret)
{
    try {
        const std::unique_ptr<Connector> connector =
            createConnector(config, workspaceDir, secret, SystemClock::instance());
        ConnectionTestResult result = connector->testConnection();
        connector->close();
        return result;
    } catch (const Error &e) {
        return {false, e.message(), e.detail()};
    } catch (const std::exception &e) {
        return {false,
                QCoreApplication::translate("couplet::ConnectionTest",
                                            "The connection test stopped unexpectedly."),
                QString::fromLocal8Bit(e.what())};
    }
}

} // namespace

void testConnectionInBackground(const ConnectionConfig &config, const QString &workspaceDir,
                                const QString &secret, QObject *context,
                                std::function<void(const ConnectionTestResult &)> done)
{
    auto result = std::make_shared<ConnectionTestResult>();
    QThread *thread = QThread::create([config, workspaceDir, secret, result] {
        *result = runTest(config, workspaceDir, secret);
        qCDebug(lcEngine).noquote()
            << "Connection test of" << config.name << (result->ok ? "succeeded" : "failed");
    });
    thread->setObjectName(QStringLiteral("ConnectionTest"));
    // finished() comes from the test's thread; with `context` as the receiver the
    // answer is queued to its thread, and dropped when it is gone.
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace couplet
