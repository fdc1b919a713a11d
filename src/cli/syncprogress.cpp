#include "syncprogress.h"

#include "format.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace couplet::cli {

SyncProgressPrinter::SyncProgressPrinter(QTextStream &err, bool terminal,
                                         const Workspace &workspace)
    : m_err(err)
    , m_terminal(terminal)
    , m_workspace(workspace)
{}

SyncProgressPrinter::~SyncProgressPrinter()
{
    finish();
}

void SyncProgressPrinter::update(const SyncProgress &p)
{
    const QString pass = p.mapping + QLatin1Char(' ') + directionText(m_workspace, p.direction);
    const bool newPass = pass != m_lastPass;
    const bool done = p.total > 0 && p.done >= p.total;
    // A terminal line costs little; a log file gets a line a second at most.
    const qint64 interval = m_terminal ? 100 : 1000;
    if (!newPass && !done && m_sinceLine.isValid() && m_sinceLine.elapsed() < interval)
        return;
    m_lastPass = pass;
    m_sinceLine.start();
    const QString text = QCoreApplication::translate("couplet-cli", "%1: %2 of %3 rows")
                             .arg(pass)
                             .arg(p.done)
                             .arg(p.total);
    if (m_terminal) {
        m_err << "\r\x1b[K" << text;
        m_lineShown = true;
    } else {
        m_err << text << '\n';
    }
    m_err.flush();
}

void SyncProgressPrinter::finish()
{
    if (m_terminal && m_lineShown) {
        m_err << "\r\x1b[K";
        m_err.flush();
        m_lineShown = false;
    }
}

} // namespace couplet::cli
