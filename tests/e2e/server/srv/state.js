// Shared, in-process state of the test server: its switches (/test/config),
// the queued faults (/test/faults), counters (/test/stats), the issued tokens,
// the fixed ids of the seeded rows, and the security model (which roles hold
// which privileges, which user has which roles).
'use strict'

const crypto = require('node:crypto')

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

// ------------------------------------------------------- security model
// Privileges are named as in Dataverse: prv<Verb><SchemaName>.
const VERBS = ['Create', 'Read', 'Write', 'Delete', 'Append', 'AppendTo', 'Assign', 'Share']
const SCHEMA_NAMES = ['Account', 'Contact', 'TransactionCurrency', 'SystemUser', 'Role']
const ALL_PRIVILEGES = SCHEMA_NAMES.flatMap(s => VERBS.map(v => `prv${v}${s}`))

// The entity sets whose requests need a privilege: schema name, logical name
// and Dataverse's object type code.
const ENFORCED = {
  accounts: { schema: 'Account', logical: 'account', otc: 1 },
  contacts: { schema: 'Contact', logical: 'contact', otc: 2 },
  transactioncurrencies: { schema: 'TransactionCurrency', logical: 'transactioncurrency', otc: 9105 },
}

function defaultPrivileges() {
  return {
    'System Administrator': [...ALL_PRIVILEGES],
    'Couplet Integration': [
      ...['Account', 'Contact'].flatMap(s => ['Read', 'Create', 'Write', 'Delete'].map(v => `prv${v}${s}`)),
      ...['Read', 'Create', 'Write'].map(v => `prv${v}TransactionCurrency`),
    ],
    'Basic User': ['prvReadSystemUser', 'prvReadRole'],
  }
}

function defaultUserRoles() {
  return {
    'couplet-good': ['Couplet Integration', 'Basic User'],
    'couplet-admin': ['System Administrator'],
    'couplet-expired': ['Couplet Integration'],
    'couplet-disabled': ['Couplet Integration'],
  }
}
const HUMAN_USER_ROLES = ['System Administrator']

// A stable id per privilege name (a name-based UUID, version 5 layout).
function privilegeId(name) {
  const h = crypto.createHash('sha1').update(`couplet-privilege:${name}`).digest('hex')
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

// ------------------------------------------------------------ switches
const state = {
  // auth, tokenLifetimeSeconds, privileges (role -> names), userRoles (client -> roles)
  config: null,
  faults: [], // { kind, count, skip, inBatch, retryAfter, delayMs, method, path } (faults.js)
  stats: null,
  tokens: new Map(), // access token -> { clientId, expiresAt (ms) }
}

function resetStats() {
  state.stats = { requests: 0, byMethod: {}, faultsServed: 0, tokensIssued: 0, batchRequests: 0 }
}

function resetAll() {
  state.config = { auth: 'none', tokenLifetimeSeconds: 3600, privileges: defaultPrivileges(), userRoles: defaultUserRoles() }
  state.faults = []
  state.tokens.clear()
  resetStats()
}
resetAll()

// The role names of a systemuser (by id); what systemuserroles_association holds.
function rolesOf(userId) {
  if (userId === ids.humanUser) return HUMAN_USER_ROLES
  const clientId = Object.keys(clients).find(c => clients[c].userId === userId)
  return clientId ? state.config.userRoles[clientId] ?? [] : []
}

// The privilege names a systemuser holds: the union over its roles, sorted.
function privilegesOf(userId) {
  const names = new Set()
  for (const role of rolesOf(userId)) for (const p of state.config.privileges[role] ?? []) names.add(p)
  return [...names].sort()
}

module.exports = {
  state, resetStats, resetAll, clients, ids,
  ENFORCED, rolesOf, privilegesOf, privilegeId,
}
