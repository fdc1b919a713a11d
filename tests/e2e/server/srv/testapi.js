// The parts of the test server that are not OData: the switches under /test,
// the Azure AD-shaped token endpoint, and the middleware that sits in front of
// the OData service (statistics, faults, authentication, RetrieveUserPrivileges,
// lookup binds).
'use strict'

const crypto = require('node:crypto')
const cds = require('@sap/cds')
const express = require('express')
const { state, resetAll, clients, ids, privilegesOf, privilegeId } = require('./state')
const { seed, storeUserRoles } = require('./seed')
const { faultFrom, takeFault, faultAnswer } = require('./faults')

const SERVICE = '/api/data/v9.2'

// ---------------------------------------------------------------- /test/*
const isStringList = v => Array.isArray(v) && v.every(x => typeof x === 'string')

// {"<role>": ["prvReadAccount", ...]}: known roles, lists of names.
function checkPrivileges(privileges) {
  if (privileges === undefined) return null
  if (typeof privileges !== 'object' || privileges === null || Array.isArray(privileges))
    return 'privileges: expected an object of role name -> privilege names'
  for (const [role, names] of Object.entries(privileges)) {
    if (!(role in ids.roles)) return `privileges: unknown role '${role}' (${Object.keys(ids.roles).join(', ')})`
    if (!isStringList(names)) return `privileges.${role}: expected an array of privilege names`
  }
  return null
}

// {"<client id>": ["Basic User", ...]}: known clients, known roles.
function checkUserRoles(userRoles) {
  if (userRoles === undefined) return null
  if (typeof userRoles !== 'object' || userRoles === null || Array.isArray(userRoles))
    return 'userRoles: expected an object of client id -> role names'
  for (const [clientId, roles] of Object.entries(userRoles)) {
    if (!(clientId in clients)) return `userRoles: unknown client '${clientId}' (${Object.keys(clients).join(', ')})`
    if (!isStringList(roles)) return `userRoles.${clientId}: expected an array of role names`
    const unknown = roles.find(r => !(r in ids.roles))
    if (unknown !== undefined) return `userRoles.${clientId}: unknown role '${unknown}' (${Object.keys(ids.roles).join(', ')})`
  }
  return null
}

function testRouter() {
  const r = express.Router()
  r.use(express.json())

  r.post('/config', async (req, res, next) => {
    const { auth, tokenLifetimeSeconds, privileges, userRoles } = req.body ?? {}
    if (auth !== undefined && !['none', 'basic', 'bearer'].includes(auth))
      return res.status(400).json({ error: `unknown auth '${auth}' (none, basic or bearer)` })
    const problem = checkPrivileges(privileges) ?? checkUserRoles(userRoles)
    if (problem) return res.status(400).json({ error: problem })
    try {
      if (auth !== undefined) state.config.auth = auth
      if (tokenLifetimeSeconds !== undefined) state.config.tokenLifetimeSeconds = Number(tokenLifetimeSeconds)
      for (const [role, names] of Object.entries(privileges ?? {})) state.config.privileges[role] = [...names]
      for (const [clientId, roles] of Object.entries(userRoles ?? {})) {
        state.config.userRoles[clientId] = [...new Set(roles)]
        await storeUserRoles(clients[clientId].userId)
      }
      res.json(state.config)
    } catch (e) {
      next(e)
    }
  })
  r.get('/config', (req, res) => res.json(state.config))

  r.post('/faults', (req, res) => {
    const { fault, error } = faultFrom(req.body)
    if (error) return res.status(400).json({ error })
    state.faults.push(fault)
    res.json({ faults: state.faults })
  })
  r.get('/faults', (req, res) => res.json({ faults: state.faults }))
  r.delete('/faults', (req, res) => {
    state.faults = []
    res.json({ faults: [] })
  })

  r.post('/reset', async (req, res, next) => {
    try {
      resetAll()
      await seed()
      res.json({ reset: true })
    } catch (e) {
      next(e)
    }
  })

  r.get('/stats', (req, res) => res.json(state.stats))
  return r
}

// ---------------------------------------------------- /oauth2/v2.0/token
// Azure AD's answers for the client credentials grant, failures included.
function aadError(res, status, error, code, description) {
  const traceId = crypto.randomUUID()
  const correlationId = crypto.randomUUID()
  const timestamp = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z')
  res.status(status).json({
    error,
    error_description: `AADSTS${code}: ${description}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
  })
}

// Checks a client's id and secret; returns null when fine, else
// [status, error, AADSTS code, description] of Azure AD's refusal.
function checkClient(clientId, secret) {
  const c = clients[clientId]
  if (!c)
    return [400, 'unauthorized_client', 700016,
      `Application with identifier '${clientId}' was not found in the directory 'Couplet Test'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`]
  if (secret !== c.secret)
    return [401, 'invalid_client', 7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`]
  if (c.problem === 'expired')
    return [400, 'invalid_grant', 50055, 'The password is expired. The user must change the password before signing in.']
  if (c.problem === 'disabled')
    return [400, 'invalid_grant', 50057, 'The user account is disabled. The account has been disabled by an administrator.']
  return null
}

function tokenRouter() {
  const r = express.Router()
  r.post('/oauth2/v2.0/token', express.urlencoded({ extended: false }), (req, res) => {
    const b = req.body ?? {}
    if (b.grant_type !== 'client_credentials')
      return aadError(res, 400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${b.grant_type ?? ''}'.`)
    if (!b.client_id)
      return aadError(res, 400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.")
    if (!b.client_secret)
      return aadError(res, 401, 'invalid_client', 7000216, "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.")
    const refusal = checkClient(b.client_id, b.client_secret)
    if (refusal) return aadError(res, ...refusal)

    const lifetime = state.config.tokenLifetimeSeconds
    const token = crypto.randomBytes(32).toString('base64url')
    state.tokens.set(token, { clientId: b.client_id, expiresAt: Date.now() + lifetime * 1000 })
    state.stats.tokensIssued++
    res.json({ token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: token })
  })
  return r
}

// ------------------------------------------- in front of /api/data/v9.2
function odataError(res, status, code, message, headers = {}) {
  res.set(headers)
  res.status(status).type('application/json; odata.metadata=minimal').send(JSON.stringify({ error: { code, message } }))
}

// Counts every request under the service root.
function countRequests(req, res, next) {
  const s = state.stats
  s.requests++
  s.byMethod[req.method] = (s.byMethod[req.method] ?? 0) + 1
  if (/\/\$batch(\?|$)/.test(req.path)) s.batchRequests++
  next()
}

// Lookups: Dataverse writes "<navigation property>@odata.bind": "/<set>(<id>)"
// (null to clear) and reads back "_<lookup>_value". CAP drops instance
// annotations before any handler sees them, so the raw body (a single request
// or a whole $batch) is rewritten before CAP parses it: a bind becomes the
// association with the target's key, {"<navigation property>": {"<key>": "<id>"}}
// (or null), which srv/service.js turns into the value property. A bind of a
// navigation property the model lacks stays as it is, and CAP drops it.
const BINDS = {
  transactioncurrencyid: 'transactioncurrencyid', // accounts -> transactioncurrencies
  parentcustomerid_account: 'accountid', // contacts -> accounts
  parentcustomerid_contact: 'contactid', // contacts -> contacts
}
const readText = express.text({ type: () => true, limit: '200mb' })
function rewriteBinds(req, res, next) {
  if (!['POST', 'PATCH', 'PUT'].includes(req.method)) return next()
  readText(req, res, err => {
    if (err) return next(err)
    if (typeof req.body === 'string' && req.body.includes('@odata.bind'))
      req.body = req.body.replace(
        /"(\w+)@odata\.bind"\s*:\s*(null|"[^"]*?\(([0-9a-fA-F-]{36})\)")/g,
        (all, nav, value, id) => (BINDS[nav] ? `"${nav}":${id ? `{"${BINDS[nav]}":"${id}"}` : 'null'}` : all),
      )
    next()
  })
}

// Dataverse names an entity set's type by the entity's logical name (set
// "accounts", type "account"); CAP names both after the CDS entity. $metadata
// is rewritten so that clients find the logical names where Dataverse has them.
const LOGICAL_NAMES = {
  accounts: 'account',
  contacts: 'contact',
  transactioncurrencies: 'transactioncurrency',
  roles: 'role',
  systemusers: 'systemuser',
}
const TYPE_NAME = new RegExp(`(<EntityType Name="|Microsoft\\.Dynamics\\.CRM\\.)(${Object.keys(LOGICAL_NAMES).join('|')})(?![\\w])`, 'g')
function dataverseTypeNames(req, res, next) {
  if (req.method !== 'GET' || !/^\/\$metadata(\?|$)/.test(req.url)) return next()
  const send = res.send.bind(res)
  res.send = body => {
    if (Buffer.isBuffer(body)) body = body.toString('utf8')
    if (typeof body === 'string' && body.startsWith('<')) body = body.replace(TYPE_NAME, (all, before, set) => before + LOGICAL_NAMES[set])
    return send(body)
  }
  next()
}

// Dataverse accepts the unbound function WhoAmI without parentheses.
function whoAmIAlias(req, res, next) {
  req.url = req.url.replace(/^\/WhoAmI(?=\?|$)/, '/WhoAmI()')
  next()
}

// Dataverse's bound function systemusers(<id>)/Microsoft.Dynamics.CRM.RetrieveUserPrivileges():
// the privileges of the user's roles, each once, at global depth. Answered
// here rather than modelled in CDS: the privileges are switches, not rows.
const RETRIEVE_USER_PRIVILEGES =
  /^\/systemusers\(([0-9a-fA-F-]{36})\)\/(?:Microsoft\.Dynamics\.CRM\.)?RetrieveUserPrivileges(?:\(\))?(?=\?|$)/
async function retrieveUserPrivileges(req, res, next) {
  const m = RETRIEVE_USER_PRIVILEGES.exec(req.url)
  if (!m) return next()
  if (req.method !== 'GET')
    return odataError(res, 405, '0x80060888', `The HTTP method '${req.method}' is not allowed for RetrieveUserPrivileges.`)
  const userId = m[1].toLowerCase()
  try {
    const user = await cds.ql.SELECT.one.from('couplet.dataverse.systemusers').where({ systemuserid: userId })
    if (!user) return odataError(res, 404, '0x80040217', `systemuser With Id = ${userId} Does Not Exist`)
  } catch (e) {
    return next(e)
  }
  const body = {
    '@odata.context': '$metadata#Microsoft.Dynamics.CRM.RetrieveUserPrivilegesResponse',
    RolePrivileges: privilegesOf(userId).map(name => ({
      Depth: 'Global',
      PrivilegeId: privilegeId(name),
      BusinessUnitId: ids.businessUnit,
      PrivilegeName: name,
    })),
  }
  res.status(200).type('application/json; odata.metadata=minimal').send(JSON.stringify(body))
}

// Serves the next queued fault that matches this request, if any (the faults
// of $batch parts are served by service.js).
function faults(req, res, next) {
  const f = takeFault(req.method, req.originalUrl, false)
  if (!f) return next()

  const json = 'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8'
  const answer = faultAnswer(f)
  if (answer) return odataError(res, ...answer)
  switch (f.kind) {
    case 'slow':
      return setTimeout(next, f.delayMs)
    case 'late':
      return answerLate(res, f.delayMs, next)
    case 'drop':
      return req.socket.destroy()
    case 'malformed':
      return res.status(200).type(json).send('{"@odata.context":"$metadata#accounts","value":[{"accountid": <html>not json</html>')
    case 'truncated': {
      // A complete HTTP answer (correct Content-Length) whose JSON stops midway.
      const body = JSON.stringify({
        '@odata.context': '$metadata#accounts',
        value: [{ accountid: crypto.randomUUID(), name: 'Truncated account one' }, { accountid: crypto.randomUUID(), name: 'Truncated account two' }],
      })
      return res.status(200).type(json).send(body.slice(0, Math.floor(body.length / 2)))
    }
  }
}

// Carries the request out at once and holds its answer back for `delayMs`, as a
// service whose answer comes too late: a client that gave up meanwhile never
// sees it, though the work is done.
function answerLate(res, delayMs, next) {
  const started = Date.now()
  const write = res.write
  const end = res.end
  const calls = []
  res.on('error', () => {}) // the client may be gone by then
  res.write = (...args) => {
    calls.push([write, args])
    return true
  }
  res.end = (...args) => {
    calls.push([end, args])
    setTimeout(() => {
      res.write = write
      res.end = end
      if (res.destroyed || res.socket?.destroyed) return
      for (const [method, a] of calls) method.apply(res, a)
    }, Math.max(0, delayMs - (Date.now() - started)))
    return res
  }
  next()
}

// Authentication as switched by /test/config; sets req.coupletClient.
function authenticate(req, res, next) {
  const mode = state.config.auth
  if (mode === 'none') return next()
  const header = req.headers.authorization ?? ''
  const host = req.headers.host
  const challenge = mode === 'basic'
    ? { 'WWW-Authenticate': 'Basic realm="Couplet test Dataverse"' }
    : { 'WWW-Authenticate': `Bearer authorization_uri=http://${host}/oauth2/v2.0/authorize, resource_id=http://${host}/` }
  const deny = (message, extra) => {
    const headers = { ...challenge }
    if (extra) headers['WWW-Authenticate'] += `, ${extra}`
    odataError(res, 401, '0x80072560', message, headers)
  }

  if (mode === 'basic') {
    const m = /^Basic\s+(\S+)$/i.exec(header)
    if (!m) return deny('Authentication required: send HTTP basic credentials.')
    const text = Buffer.from(m[1], 'base64').toString('utf8')
    const colon = text.indexOf(':')
    const [user, password] = colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 1)]
    const refusal = checkClient(user, password)
    if (refusal) return deny(`AADSTS${refusal[2]}: ${refusal[3]}`)
    req.coupletClient = user
    return next()
  }

  const m = /^Bearer\s+(\S+)$/i.exec(header)
  if (!m) return deny('Authentication required: send a bearer token.')
  const t = state.tokens.get(m[1])
  if (!t) return deny('The access token is invalid.', 'error="invalid_token", error_description="The access token is invalid"')
  if (Date.now() >= t.expiresAt)
    return deny('The access token has expired.', 'error="invalid_token", error_description="The access token expiry UTC time is earlier than current UTC time"')
  req.coupletClient = t.clientId
  next()
}

function mount(app) {
  app.use('/test', testRouter())
  app.use(tokenRouter())
  app.use(SERVICE, countRequests, whoAmIAlias, faults, authenticate, retrieveUserPrivileges, dataverseTypeNames, rewriteBinds)
}

module.exports = { mount }
