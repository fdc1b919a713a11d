#pragma once

#include "store/statestore.h"

#include <QString>

class QIODevice;

namespace couplet {

// The error log as CSV (RFC 4180, UTF-8, CRLF): a header line, then one line per
// error of `query` in its order, with the columns
// id,at,mapping,job,message,detail,source,destination.
// The store is read in pages, so an export never holds the log in memory; the
// query's offset and limit are ignored. Errors logged while it runs are left out.
// Returns how many errors were written. Throws couplet::Error when the store
// cannot be read or the output cannot be written.

// Writes to `path` through a temporary file that replaces it only when complete.
int exportErrorsCsv(const StateStore &store, ErrorQuery query, const QString &path);
// Writes to an open device (standard output).
int exportErrorsCsv(const StateStore &store, ErrorQuery query, QIODevice &out);

} // namespace couplet
