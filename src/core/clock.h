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

// A clock that only moves when told to. Thread-safe reads are not needed: tests
// set it between runs.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(start.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace couplet
