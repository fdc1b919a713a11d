#include "signalcancel.h"

#include <csignal>

namespace couplet::cli {

namespace {

static_assert(std::atomic_bool::is_always_lock_free, "the flag is set from a signal handler");
std::atomic_bool cancelRequested{false};
struct sigaction previousInt;
struct sigaction previousTerm;

void onSignal(int)
{
    cancelRequested.store(true);
}

} // namespace

SignalCancel::SignalCancel()
{
    cancelRequested.store(false);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(SIGINT, &action, &previousInt);
    sigaction(SIGTERM, &action, &previousTerm);
}

SignalCancel::~SignalCancel()
{
    sigaction(SIGINT, &previousInt, nullptr);
    sigaction(SIGTERM, &previousTerm, nullptr);
}

const std::atomic_bool *SignalCancel::flag() const
{
    return &cancelRequested;
}

bool SignalCancel::triggered() const
{
    return cancelRequested.load();
}

} // namespace couplet::cli
