#pragma once

#include "connectors/connector.h"
#include "model/connectionconfig.h"

#include <QObject>
#include <QString>

#include <functional>

namespace couplet {

// Runs Connector::testConnection() for `config` in a thread of its own, so a
// test that waits for a slow server's timeouts holds up nothing else: not the
// GUI thread, and not the workers of an open workspace (the connection being
// tested may not even be saved yet). `done` runs on the thread of `context`,
// unless `context` is gone by then. The secret is used for this test only.
void testConnectionInBackground(const ConnectionConfig &config, const QString &workspaceDir,
                                const QString &secret, QObject *context,
                                std::function<void(const ConnectionTestResult &)> done);

} // namespace couplet
