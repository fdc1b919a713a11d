#pragma once

#include "engine/syncengine.h"

#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace couplet::cli {

// Shows the engine's progress on stderr: one line rewritten in place on a
// terminal, or a line now and then (and at each new pass) when stderr is a file.
class SyncProgressPrinter final
{
public:
    SyncProgressPrinter(QTextStream &err, bool terminal, const Workspace &workspace);
    ~SyncProgressPrinter();
    void update(const SyncProgress &progress);
    // Clears the line on a terminal.
    void finish();

private:
    QTextStream &m_err;
    bool m_terminal;
    const Workspace &m_workspace;
    QString m_lastPass;
    QElapsedTimer m_sinceLine;
    bool m_lineShown = false;
};

} // namespace couplet::cli
