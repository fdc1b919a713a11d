#!/usr/bin/env node
// Couplet's Dataverse-shaped OData v4 test server on SAP CAP.
//
//   node server.js [--host 127.0.0.1] [--port 0] [--exit-with-parent]
//
// --exit-with-parent: stop when the process that started this one dies (the
// C++ harness passes it, so a killed test leaves no server behind).
//
// Serves the in-memory, freshly seeded service at /api/data/v9.2 plus the
// test switches (/test/*) and a token endpoint (/oauth2/v2.0/token), and
// prints "COUPLET-ODATA-LISTENING <port>" on stdout once it serves.
'use strict'

const path = require('node:path')

function parseArgs(argv) {
  const o = { host: '127.0.0.1', port: 0, exitWithParent: false }
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--host') o.host = argv[++i]
    else if (a === '--port') o.port = Number(argv[++i])
    else if (a === '--exit-with-parent') o.exitWithParent = true
    else {
      console.error(`usage: node server.js [--host 127.0.0.1] [--port 0] [--exit-with-parent]; unknown argument '${a}'`)
      process.exit(64)
    }
  }
  return o
}
const args = parseArgs(process.argv)
if (args.exitWithParent) {
  const parent = process.ppid
  setInterval(() => process.ppid !== parent && process.exit(0), 500).unref()
}

// CAP reads its configuration (package.json "cds") and models from its root.
process.chdir(__dirname)
// stdout carries only the LISTENING line; CAP's own chatter goes to stderr.
console.log = console.info = (...a) => console.error(...a)
const cds = require('@sap/cds')
const express = require('express')
const { mount } = require('./srv/testapi')
const { seed } = require('./srv/seed')

async function main() {
  cds.root = __dirname
  const app = express()
  mount(app) // before CAP: /test, token endpoint, middleware in front of the service

  const csn = await cds.load([path.join(__dirname, 'srv')])
  cds.model = cds.compile.for.nodejs(csn)
  cds.db = await cds.connect.to('db')
  await cds.deploy(csn).to(cds.db)
  await seed()
  await cds.serve('all', { from: csn }).in(app)

  const server = app.listen(args.port, args.host, () => {
    process.stdout.write(`COUPLET-ODATA-LISTENING ${server.address().port}\n`)
  })
  server.on('error', e => {
    console.error(`couplet-odata-server: ${e.message}`)
    process.exit(1)
  })
  // Let test clients keep connections open across requests.
  server.keepAliveTimeout = 60_000
  // Stop cleanly on SIGTERM/SIGINT (QProcess::terminate, Ctrl-C).
  for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => process.exit(0))
}

main().catch(e => {
  console.error(`couplet-odata-server: ${e.stack ?? e}`)
  process.exit(1)
})
