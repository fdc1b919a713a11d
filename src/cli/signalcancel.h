#pragma once

#include <atomic>

namespace couplet::cli {

// While it lives, SIGINT and SIGTERM set a flag instead of ending the process, so
// the engine stops at the next row boundary and saves the job as cancelled. A
// second signal ends the process at once (the handler resets itself).
class SignalCancel final
{
public:
    SignalCancel();
    ~SignalCancel();
    SignalCancel(const SignalCancel &) = delete;
    SignalCancel &operator=(const SignalCancel &) = delete;

    const std::atomic_bool *flag() const;
    bool triggered() const;
};

} // namespace couplet::cli
