#pragma once

#include <QDateTime>

namespace couplet {

// Time in the engine comes from here, so tests can set it ("older than 7 days").
class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC, millisecond precision.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

// A clock that only moves when told to, or by `step` milliseconds each time it is
// read (so writes made during a run get distinct, increasing stamps, as with a
// real clock). Not thread-safe: tests and the demo use it from one thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(start.toUTC())
    {}
    QDateTime now() const override
    {
        const QDateTime t = m_now;
        m_now = m_now.addMSecs(m_step);
        return t;
    }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void setStep(qint64 ms) { m_step = ms; }

private:
    mutable QDateTime m_now;
    qint64 m_step = 0;
};

} // namespace couplet
