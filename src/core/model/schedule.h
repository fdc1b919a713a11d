#pragma once

namespace couplet {

// When a mapping runs by itself (the console's scheduler): every
// `intervalMinutes`, backing off while runs find nothing to do, up to
// `inactivityLimitMinutes` between runs. An interval of 0: not scheduled.
struct Schedule
{
    int intervalMinutes = 0;        // 1..1440 when scheduled
    int inactivityLimitMinutes = 0; // >= intervalMinutes; 0: four times the interval

    bool enabled() const { return intervalMinutes > 0; }
    // The longest delay between runs, with the default applied.
    int limitMinutes() const
    {
        return inactivityLimitMinutes > 0 ? inactivityLimitMinutes : 4 * intervalMinutes;
    }

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

} // namespace couplet
