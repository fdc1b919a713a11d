// Seeds (and re-seeds, for /test/reset) the reference data: currencies,
// roles, users and their roles (as state.js's rolesOf() tells them). Accounts
// and contacts start empty.
'use strict'

const cds = require('@sap/cds')
const { clients, ids, rolesOf } = require('./state')

const T = 'couplet.dataverse.'

// The systemuserroles rows of one user.
function userRoleLinks(systemuserid) {
  return rolesOf(systemuserid).map(name => ({ systemuserid, roleid: ids.roles[name] }))
}

// Makes systemuserroles_association show a user's roles after /test/config
// changed them.
async function storeUserRoles(systemuserid) {
  const { DELETE, INSERT } = cds.ql
  await cds.tx(async () => {
    await DELETE.from(T + 'systemuserroles').where({ systemuserid })
    const links = userRoleLinks(systemuserid)
    if (links.length) await INSERT.into(T + 'systemuserroles').entries(links)
  })
}

async function seed() {
  const { DELETE, INSERT } = cds.ql
  await cds.tx(async () => {
    for (const t of ['accounts', 'contacts', 'transactioncurrencies', 'systemuserroles', 'systemusers', 'roles'])
      await DELETE.from(T + t)

    await INSERT.into(T + 'transactioncurrencies').entries([
      { transactioncurrencyid: ids.currencies.USD, isocurrencycode: 'USD', currencyname: 'US Dollar', currencysymbol: '$', exchangerate: 1.0 },
      { transactioncurrencyid: ids.currencies.EUR, isocurrencycode: 'EUR', currencyname: 'Euro', currencysymbol: '€', exchangerate: 0.92 },
      // A currency whose exchange rate is missing, for health checks.
      { transactioncurrencyid: ids.currencies.GBP, isocurrencycode: 'GBP', currencyname: 'Pound Sterling', currencysymbol: '£', exchangerate: null },
    ])

    await INSERT.into(T + 'roles').entries(Object.entries(ids.roles).map(([name, roleid]) => ({ roleid, name })))

    const users = [{ systemuserid: ids.humanUser, domainname: 'admin@couplet.test', fullname: 'Test Administrator', applicationid: null, isdisabled: false }]
    for (const [clientId, c] of Object.entries(clients))
      users.push({ systemuserid: c.userId, domainname: `${clientId}@couplet.test`, fullname: `# ${clientId}`, applicationid: clientId, isdisabled: c.problem === 'disabled' })
    await INSERT.into(T + 'systemusers').entries(users)

    const links = users.flatMap(u => userRoleLinks(u.systemuserid))
    await INSERT.into(T + 'systemuserroles').entries(links)
  })
}

module.exports = { seed, storeUserRoles }
