#pragma once

#include <QStringList>

namespace couplet::cli {

// Runs couplet-cli with its arguments (the program name first) and returns the
// exit code. Needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace couplet::cli
