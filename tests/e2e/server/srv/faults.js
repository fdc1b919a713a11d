// The queued faults (POST /test/faults): checking a new entry, and which entry
// a request, or a part of a $batch request, takes. testapi.js serves the faults
// of whole requests (in front of the service); service.js those of $batch parts
// (inside CAP, which answers them as parts of its 200 multipart answer).
'use strict'

const { state } = require('./state')

const FAULT_KINDS = ['429', '503', '500', 'slow', 'late', 'drop', 'malformed', 'truncated']
const BATCH_PART_KINDS = ['429', '503', '500']

// A queued entry from the body of POST /test/faults: { fault } or { error }.
function faultFrom(f) {
  f = f ?? {}
  if (!FAULT_KINDS.includes(String(f.kind)))
    return { error: `unknown fault kind '${f.kind}' (${FAULT_KINDS.join(', ')})` }
  const inBatch = f.inBatch === true
  if (inBatch && !BATCH_PART_KINDS.includes(String(f.kind)))
    return { error: `fault kind '${f.kind}' cannot apply to $batch parts (${BATCH_PART_KINDS.join(', ')})` }
  const count = f.count === undefined ? 1 : Number(f.count)
  const skip = f.skip === undefined ? 0 : Number(f.skip)
  if (!Number.isInteger(count) || count < 1) return { error: 'count: expected a whole number of at least 1' }
  if (!Number.isInteger(skip) || skip < 0) return { error: 'skip: expected a whole number of at least 0' }
  return {
    fault: {
      kind: String(f.kind),
      count,
      skip,
      inBatch,
      retryAfter: f.retryAfter,
      delayMs: f.delayMs ?? 2000,
      method: f.method ? String(f.method).toUpperCase() : undefined,
      path: f.path,
    },
  }
}

// The fault this request (inBatch false) or $batch part (inBatch true) gets,
// or null. The first queued entry that matches decides: while it has requests
// to skip it lets this one through (and counts the skip down), else it serves
// and counts down, and leaves the queue when spent.
function takeFault(method, url, inBatch) {
  const i = state.faults.findIndex(f =>
    f.inBatch === inBatch && (!f.method || f.method === method) && (!f.path || url.includes(f.path)))
  if (i < 0) return null
  const f = state.faults[i]
  if (f.skip > 0) {
    f.skip--
    return null
  }
  if (--f.count <= 0) state.faults.splice(i, 1)
  state.stats.faultsServed++
  return f
}

// Dataverse's answers of the HTTP faults: [status, code, message, headers].
function faultAnswer(f) {
  switch (f.kind) {
    case '429':
      return [429, '0x80072322', 'Number of requests exceeded the limit of 6000 over time window of 300 seconds.',
        { 'Retry-After': String(f.retryAfter ?? 1) }]
    case '503':
      return [503, '0x80040216', 'The service is temporarily unavailable.',
        f.retryAfter !== undefined ? { 'Retry-After': String(f.retryAfter) } : {}]
    case '500':
      return [500, '0x80040216', 'An unexpected error occurred.', {}]
  }
  return null
}

module.exports = { FAULT_KINDS, faultFrom, takeFault, faultAnswer }
