#!/usr/bin/env node
// The credentials endpoint xapi-statements asks in its `fetch` auth mode (AUTH_REPO=fetch,
// LL_CLIENT_INFO_ENDPOINT=this server): for every request, the LRS sends the learner's
// Authorization header here unchanged and expects 200 with the client (ClientModel: _id, title,
// authority, isTrusted, lrs_id, organisation, scopes), or 404, which it answers with 401 (see
// dist/repo/authRepo/getClient/fetch.js and dist/service/getClient.js in the package).
// Only HTTP Basic with exactly LRS_AUTH_KEY:LRS_AUTH_SECRET (environment, never argv: argv is
// visible in ps) is a client, with the statement scopes to write and read the whole store.
// Listens on 127.0.0.1, on a port the kernel picks, written to the file named by argv[2].
'use strict';
const http = require('http');
const crypto = require('crypto');
const fs = require('fs');

const portFile = process.argv[2];
const key = process.env.LRS_AUTH_KEY, secret = process.env.LRS_AUTH_SECRET;
if (!portFile || !key || !secret) {
  console.error('usage: LRS_AUTH_KEY=.. LRS_AUTH_SECRET=.. node auth_server.js PORT_FILE');
  process.exit(2);
}
const expected = Buffer.from('Basic ' + Buffer.from(key + ':' + secret).toString('base64'));

const client = {
  _id: '5f0c00000000000000000001',
  title: 'Lectern test client',
  authority: { objectType: 'Agent', name: 'Lectern test client', mbox: 'mailto:lectern-test@example.org' },
  isTrusted: true,
  lrs_id: '5f0c00000000000000000002',
  organisation: '5f0c00000000000000000003',
  scopes: ['statements/write', 'statements/read'],
};

function matches(header) {
  const given = Buffer.from(header || '');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

const server = http.createServer((req, res) => {
  if (matches(req.headers.authorization)) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(client));
  } else {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"message":"no such client"}');
  }
});
server.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(portFile + '.tmp', String(server.address().port) + '\n');
  fs.renameSync(portFile + '.tmp', portFile);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
