// Handlers of the Dataverse-shaped service: what CAP does not do by itself.
'use strict'

const cds = require('@sap/cds')
const { clients, ids, ENFORCED, rolesOf, privilegesOf, privilegeId } = require('./state')
const { takeFault, faultAnswer } = require('./faults')

// The client whose credentials the request carries (testapi.js's authenticate
// stores it on the HTTP request; a $batch part shares its batch's), or
// couplet-good when auth is off.
const clientOf = req => req.req?.coupletClient ?? cds.context?.http?.req?.coupletClient ?? 'couplet-good'

// The privilege verb an event needs, and Dataverse's name of the operation.
const NEEDS = {
  READ: { verb: 'Read', method: one => (one ? 'Retrieve' : 'RetrieveMultiple') },
  CREATE: { verb: 'Create', method: () => 'Create' },
  UPDATE: { verb: 'Write', method: () => 'Update' },
  UPSERT: { verb: 'Write', method: () => 'Update' },
  DELETE: { verb: 'Delete', method: () => 'Delete' },
}

// The lookups of each entity set: navigation property -> the value property it
// sets, the target entity set, its key and its logical name (the associations
// of db/schema.cds).
const LOOKUPS = {
  accounts: {
    transactioncurrencyid: {
      value: '_transactioncurrencyid_value', target: 'transactioncurrencies', key: 'transactioncurrencyid', logical: 'transactioncurrency',
    },
  },
  contacts: {
    parentcustomerid_account: { value: '_parentcustomerid_value', target: 'accounts', key: 'accountid', logical: 'account' },
    parentcustomerid_contact: { value: '_parentcustomerid_value', target: 'contacts', key: 'contactid', logical: 'contact' },
  },
}

// A 4xx whose body is {"error":{"code","message"}}, as Dataverse answers.
function dataverseError(status, code, message) {
  return Object.assign(new Error(message), { status, statusCode: status, code })
}

module.exports = class extends cds.ApplicationService {
  init() {
    // Faults queued with "inBatch": true answer a $batch part (CAP's sub-request
    // of it, req.req._subrequest) inside the batch's 200 multipart answer, with
    // the part's own status, Retry-After and error JSON. First, before any other
    // handler; once per part (a part may run several events).
    this.before('*', req => {
      const part = req.req
      if (!part?._subrequest || part._coupletFaultChecked) return
      part._coupletFaultChecked = true
      const f = takeFault(part.method, part.originalUrl ?? part.url, true)
      if (!f) return
      const [status, code, message, headers] = faultAnswer(f)
      const res = req.res ?? req.http?.res
      if (res?.set && !res.headersSent) res.set(headers)
      req.reject(dataverseError(status, code, message))
    })

    // Prefer: odata.maxpagesize=N -- CAP pages at 1000 rows and ignores the
    // preference; the generic paging handler ran before this one, so lowering
    // the row limit here also makes CAP compute the (relative) nextLink.
    this.before('READ', '*', req => {
      const limit = req.query?.SELECT?.limit
      if (!limit?.rows || req.query.SELECT.one) return
      const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(req.headers?.prefer ?? '')
      if (!m) return
      const n = Math.max(1, parseInt(m[1]))
      if (n < limit.rows.val) limit.rows = { val: n }
      const res = req.res ?? req.http?.res // req.res: the $batch part's response
      if (res?.append && !res.headersSent) res.append('Preference-Applied', `odata.maxpagesize=${n}`)
    })

    // return=minimal answers 204; Dataverse names the new row in OData-EntityId.
    this.after('CREATE', '*', (row, req) => {
      const res = req.res ?? req.http?.res // req.res: the $batch part's response
      const entity = req.target
      const key = Object.keys(entity.keys).find(k => !entity.keys[k].isAssociation)
      const id = row?.[key] ?? req.data?.[key]
      const host = cds.context?.http?.req?.headers?.host
      if (res?.set && !res.headersSent && id && host)
        res.set('OData-EntityId', `http://${host}/api/data/v9.2/${entity.name.split('.').pop()}(${id})`)
    })

    // A duplicate key on POST: the SQLite driver's constraint error would be a
    // 500; answer like Dataverse's DuplicateRecord instead.
    this.on('error', err => {
      if (/UNIQUE constraint failed/.test(err.message ?? '')) {
        err.status = err.statusCode = 412
        err.code = '0x80040237'
        err.message = 'A record with matching key values already exists.'
      }
    })

    // Privileges: accounts, contacts and transactioncurrencies need the
    // caller's prv<Verb><Entity> (Read, Create, Write, Delete), as in Dataverse;
    // the other sets are open to every user. Runs for $batch parts too.
    this.before(Object.keys(NEEDS), '*', req => {
      const entity = ENFORCED[req.target?.name?.split('.').pop()]
      const need = NEEDS[req.event]
      if (!entity || !need) return
      const privilege = `prv${need.verb}${entity.schema}`
      const userId = clients[clientOf(req)].userId
      const held = privilegesOf(userId)
      if (held.includes(privilege)) return
      req.reject(dataverseError(403, '0x80040220',
        `Principal user (Id=${userId}, type=8, roleCount=${rolesOf(userId).length}, ` +
        `privilegeCount=${held.length}, accessMode=0), is missing ${privilege} privilege ` +
        `(Id=${privilegeId(privilege)}) on OTC=${entity.otc} for entity '${entity.logical}'. ` +
        `context: Method=${need.method(!!req.query?.SELECT?.one)}`))
    })

    // Lookups, as in Dataverse: the value property ("_<lookup>_value") is read
    // only, and a write that names it is refused in Dataverse's words; a
    // navigation property's bind sets or clears it (testapi.js turns the bind
    // into {"<navigation property>": {"<key>": "<id>"}} or {"...": null}). A bind
    // to a row that does not exist is refused as Dataverse refuses a missing row
    // (404, 0x80040217).
    this.before(['CREATE', 'UPDATE', 'UPSERT'], '*', async req => {
      const lookups = LOOKUPS[req.target?.name?.split('.').pop()]
      const data = req.data
      if (!lookups || !data || typeof data !== 'object') return
      const bound = new Set()
      for (const [nav, { value, target, key, logical }] of Object.entries(lookups)) {
        if (!(nav in data)) continue
        const id = data[nav]?.[key] ?? null
        if (id !== null && !(await cds.ql.SELECT.one.from(this.entities[target]).where({ [key]: id })))
          return req.reject(dataverseError(404, '0x80040217', `${logical} With Id = ${id} Does Not Exist`))
        data[value] = id
        delete data[nav]
        bound.add(value)
      }
      for (const { value } of Object.values(lookups)) {
        if (value in data && !bound.has(value))
          return req.reject(dataverseError(400, '0x80060888',
            'CRM do not support direct update of Entity Reference properties, Use Navigation properties instead.'))
      }
    })

    // A currency needs an exchange rate above zero, as in Dataverse (seed.js
    // writes GBP's null rate past this check, straight into the database).
    this.before(['CREATE', 'UPDATE', 'UPSERT'], 'transactioncurrencies', async req => {
      const data = req.data ?? {}
      let rate = data.exchangerate
      let code = data.isocurrencycode
      if (req.event !== 'CREATE' && (!('exchangerate' in data) || code === undefined)) {
        const key = data.transactioncurrencyid ?? req.params?.at(-1)?.transactioncurrencyid ?? req.params?.at(-1)
        const current = key ? await cds.ql.SELECT.one.from(req.target).where({ transactioncurrencyid: key }) : null
        if (!current && !('exchangerate' in data)) return // a missing row: CAP's 404
        if (!('exchangerate' in data)) rate = current.exchangerate
        code ??= current?.isocurrencycode
      }
      if (rate === null || rate === undefined || !(Number(rate) > 0))
        req.reject(dataverseError(400, '0x80040203',
          `The exchange rate of a currency must be greater than zero: currency '${code ?? ''}' has no exchange rate.`))
    })

    // WhoAmI: the systemuser of the authenticated client (server.js stores the
    // client id on the HTTP request), or of couplet-good when auth is off.
    this.on('WhoAmI', req => {
      return {
        UserId: clients[clientOf(req)].userId,
        BusinessUnitId: ids.businessUnit,
        OrganizationId: ids.organization,
      }
    })

    return super.init()
  }
}
