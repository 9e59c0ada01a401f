#!/usr/bin/env node
// Reads back every statement an LRS holds, following `more` from page to page, and writes them
// one JSON per line (newest first, as the LRS returns them) to FILE; prints
// "N statements, P pages" on stdout.
//   LRS_KEY=.. LRS_SECRET=.. node read_statements.js ENDPOINT FILE [PAGE_SIZE]
// ENDPOINT is the xAPI base (http://127.0.0.1:PORT/xAPI); PAGE_SIZE is the `limit` asked per
// page (default: the LRS's own, 100 for xapi-statements). `more` is resolved against the
// endpoint as a URL reference: xapi-statements answers a path from the host's root
// ("/xAPI/statements?...&cursor=..."), which must not be appended to the endpoint.
// Fails (exit 1) on any answer but 200, and when a statement id comes back twice.
// Node's built-in http only: the tests need nothing beyond the LRS itself.
'use strict';
const http = require('http');
const fs = require('fs');

const [endpoint, file, pageSize] = process.argv.slice(2);
const key = process.env.LRS_KEY, secret = process.env.LRS_SECRET;
if (!endpoint || !file || key === undefined || secret === undefined) {
  console.error('usage: LRS_KEY=.. LRS_SECRET=.. node read_statements.js ENDPOINT FILE [PAGE_SIZE]');
  process.exit(2);
}
const auth = 'Basic ' + Buffer.from(key + ':' + secret).toString('base64');

function get(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, {
      headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3', Accept: 'application/json' },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.setTimeout(120000, () => req.destroy(new Error('no answer within 120 s from ' + url)));
  });
}

async function main() {
  const base = endpoint.replace(/\/+$/, '') + '/';
  const first = new URL('statements', base);
  if (pageSize) first.searchParams.set('limit', pageSize);
  const out = fs.openSync(file, 'w');
  const seen = new Set();
  let url = first.href, pages = 0;
  while (url) {
    const { status, body } = await get(url);
    if (status !== 200) throw new Error('GET ' + url + ' answered ' + status + ': ' + body);
    const page = JSON.parse(body);
    if (!Array.isArray(page.statements)) throw new Error('no statements array from ' + url + ': ' + body.slice(0, 200));
    for (const statement of page.statements) {
      if (seen.has(statement.id)) throw new Error('statement ' + statement.id + ' came back twice (page ' + (pages + 1) + ')');
      seen.add(statement.id);
      fs.writeSync(out, JSON.stringify(statement) + '\n');
    }
    pages++;
    url = page.more ? new URL(page.more, base).href : '';
  }
  fs.closeSync(out);
  console.log(seen.size + ' statements, ' + pages + ' pages');
}
main().catch((e) => { console.error('read_statements: ' + e.message); process.exit(1); });
