// Handlers of the Dataverse-shaped service: what CAP does not do by itself.
'use strict'

const cds = require('@sap/cds')
const { clients, ids } = require('./state')

module.exports = class extends cds.ApplicationService {
  init() {
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

    // WhoAmI: the systemuser of the authenticated client (server.js stores the
    // client id on the HTTP request), or of couplet-good when auth is off.
    this.on('WhoAmI', req => {
      const clientId = req.req?.coupletClient ?? cds.context?.http?.req?.coupletClient ?? 'couplet-good'
      return {
        UserId: clients[clientId].userId,
        BusinessUnitId: ids.businessUnit,
        OrganizationId: ids.organization,
      }
    })

    return super.init()
  }
}
