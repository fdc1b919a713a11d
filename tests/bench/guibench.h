#pragma once

// What the console's page benchmarks (errors_page_1m, couplings_page_1m) measure
// the same way: the process's peak memory and the GUI thread's stalls.

#include "widgets/recordtableview.h"
#include "windowedmodel.h"

#include <QAction>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <stdexcept>

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

// The state store of a page benchmark, filled by `fill` with `rows` `what`:
// in `dir`, or with COUPLET_BENCH_KEEP=DIR (for profiling) as DIR/`keptName`,
// filled once and reused by later runs (the benchmarks' refreshes and
// searches leave it as it was). Returns its path.
inline QString pageBenchStore(const QTemporaryDir &dir, const QString &keptName, int rows,
                              const char *what, const std::function<void(const QString &)> &fill)
{
    const QString keep = qEnvironmentVariable("COUPLET_BENCH_KEEP");
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.state.sqlite"))
                                        : QDir(keep).filePath(keptName);
    if (keep.isEmpty() || !QFile::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QElapsedTimer t;
        t.start();
        fill(path);
        std::printf("filled %d %s in %.1f s\n", rows, what, t.elapsed() / 1000.0);
    }
    return path;
}

// Turns the event loop until `done` or `timeoutMs` has passed.
inline bool waitFor(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

struct SelectAllFigures
{
    qint64 ms = 0;             // Ctrl+A to the refusal closed
    qint64 selectStallMs = 0;  // Ctrl+A and the refresh
    qint64 refusalStallMs = 0; // the action and its refusal
};

// Select All on the whole list (Ctrl+A), a refresh (as after a job) that must
// keep every line selected, and the action `actionText` of `page` on the
// selection, which must refuse: most lines have not been read. Throws when
// the selection is lost or the action does not refuse.
inline SelectAllFigures selectAllThenAct(StallProbe &probe, QWidget *page, RecordTableView *table,
                                         WindowedTableModel *model, const QString &actionText,
                                         qint64 timeoutMs)
{
    SelectAllFigures figures;
    probe.takePhaseStallMs();
    QElapsedTimer t;
    t.start();
    const int rows = model->rowCount();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    if (table->selectedRowCount() != rows)
        throw std::runtime_error("Ctrl+A did not select every line");
    QCoreApplication::processEvents();
    bool refreshed = false;
    const QMetaObject::Connection connection = QObject::connect(
        model, &WindowedTableModel::refreshed, page, [&refreshed] { refreshed = true; });
    model->refresh();
    const bool arrived = waitFor([&refreshed] { return refreshed; }, timeoutMs);
    QObject::disconnect(connection);
    if (!arrived)
        throw std::runtime_error("the refresh never arrived");
    if (table->selectedRowCount() != model->rowCount())
        throw std::runtime_error("the refresh lost the selection of every line");
    figures.selectStallMs = probe.takePhaseStallMs();

    QAction *action = nullptr;
    for (QAction *a : page->findChildren<QAction *>()) {
        if (a->text() == actionText)
            action = a;
    }
    if (!action)
        throw std::runtime_error("the page has no such action");
    action->trigger();
    auto *refusal = page->findChild<QMessageBox *>(QStringLiteral("information"));
    if (!refusal || !refusal->text().contains(QStringLiteral("have not been read")))
        throw std::runtime_error("the action did not refuse the unread lines");
    refusal->close();
    QCoreApplication::processEvents();
    figures.ms = t.elapsed();
    figures.refusalStallMs = probe.takePhaseStallMs();
    table->clearSelection();
    return figures;
}

} // namespace couplet::bench
