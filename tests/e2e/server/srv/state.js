// Shared, in-process state of the test server: its switches (/test/config),
// the queued faults (/test/faults), counters (/test/stats), the issued tokens
// and the fixed ids of the seeded rows.
'use strict'

const state = {
  config: { auth: 'none', tokenLifetimeSeconds: 3600 },
  faults: [], // { kind, count, retryAfter, delayMs, method, path }
  stats: null,
  tokens: new Map(), // access token -> { clientId, expiresAt (ms) }
}

function resetStats() {
  state.stats = { requests: 0, byMethod: {}, faultsServed: 0, tokensIssued: 0, batchRequests: 0 }
}

function resetAll() {
  state.config = { auth: 'none', tokenLifetimeSeconds: 3600 }
  state.faults = []
  state.tokens.clear()
  resetStats()
}
resetAll()

// The OAuth test clients. The same id/secret pairs work as user/password for
// basic auth. `problem` makes the token endpoint (and basic auth) refuse them.
const clients = {
  'couplet-good': { secret: 'good-secret', userId: 'c0000000-0000-4000-8000-000000000001' },
  'couplet-admin': { secret: 'admin-secret', userId: 'c0000000-0000-4000-8000-000000000002' },
  'couplet-expired': { secret: 'expired-secret', userId: 'c0000000-0000-4000-8000-000000000003', problem: 'expired' },
  'couplet-disabled': { secret: 'disabled-secret', userId: 'c0000000-0000-4000-8000-000000000004', problem: 'disabled' },
}

const ids = {
  organization: 'c0000000-0000-4000-8000-0000000000f1',
  businessUnit: 'c0000000-0000-4000-8000-0000000000f2',
  currencies: {
    USD: 'c0000000-0000-4000-8000-0000000000c1',
    EUR: 'c0000000-0000-4000-8000-0000000000c2',
    GBP: 'c0000000-0000-4000-8000-0000000000c3',
  },
  roles: {
    'System Administrator': 'c0000000-0000-4000-8000-0000000000a1',
    'Basic User': 'c0000000-0000-4000-8000-0000000000a2',
    'Couplet Integration': 'c0000000-0000-4000-8000-0000000000a3',
  },
  // A human user without an application id, as every environment has one.
  humanUser: 'c0000000-0000-4000-8000-000000000010',
}

module.exports = { state, resetStats, resetAll, clients, ids }
