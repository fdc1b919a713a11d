#pragma once

// What the console's page benchmarks (errors_page_1m, couplings_page_1m) measure
// the same way: the process's peak memory and the GUI thread's stalls.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace couplet::bench {

// The peak resident memory of this process in MB (VmHWM), or -1 when unknown.
inline double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Measures the longest gap between turns of the GUI thread's event loop: a
// timer due every 2 ms that fires late by the length of any stall.
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_max = std::max(m_max, now - m_last - m_timer.interval());
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_overall = 0;
        m_timer.start();
    }
    // The longest stall since start().
    qint64 maxStallMs() const { return std::max(m_max, m_overall); }
    // The longest stall since the last call (for each phase's figure).
    qint64 takePhaseStallMs()
    {
        const qint64 phase = m_max;
        m_overall = std::max(m_overall, m_max);
        m_max = 0;
        return phase;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_overall = 0;
};

} // namespace couplet::bench
