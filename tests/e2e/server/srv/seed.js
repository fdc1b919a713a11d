// Seeds (and re-seeds, for /test/reset) the reference data: currencies,
// roles, users and their roles. Accounts and contacts start empty.
'use strict'

const cds = require('@sap/cds')
const { clients, ids } = require('./state')

const T = 'couplet.dataverse.'

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

    const r = ids.roles
    const links = [
      [ids.humanUser, r['System Administrator']],
      [clients['couplet-admin'].userId, r['System Administrator']],
      [clients['couplet-good'].userId, r['Couplet Integration']],
      [clients['couplet-good'].userId, r['Basic User']],
      [clients['couplet-expired'].userId, r['Couplet Integration']],
      [clients['couplet-disabled'].userId, r['Couplet Integration']],
    ]
    await INSERT.into(T + 'systemuserroles').entries(links.map(([systemuserid, roleid]) => ({ systemuserid, roleid })))
  })
}

module.exports = { seed }
