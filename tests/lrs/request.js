#!/usr/bin/env node
// One request to an LRS, the way an xAPI client sends it (HTTP Basic, X-Experience-API-Version
// 1.0.3, JSON): prints the status on the first line and the body after it.
//   LRS_KEY=.. LRS_SECRET=.. node request.js METHOD URL [BODY_FILE]
// Node's built-in http only (no curl on a minimal Debian). Exit 0 whatever the status; 1 when
// there is no answer at all (refused, reset, 30 s without one).
'use strict';
const http = require('http');
const fs = require('fs');

const [method, url, bodyFile] = process.argv.slice(2);
if (!method || !url) {
  console.error('usage: LRS_KEY=.. LRS_SECRET=.. node request.js METHOD URL [BODY_FILE]');
  process.exit(2);
}
const headers = { 'X-Experience-API-Version': '1.0.3' };
if (process.env.LRS_KEY !== undefined) {
  headers.Authorization = 'Basic ' + Buffer.from(process.env.LRS_KEY + ':' + (process.env.LRS_SECRET || '')).toString('base64');
}
const body = bodyFile ? fs.readFileSync(bodyFile) : null;
if (body) {
  headers['Content-Type'] = 'application/json';
  headers['Content-Length'] = body.length;
}
const req = http.request(url, { method, headers }, (res) => {
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => process.stdout.write(res.statusCode + '\n' + Buffer.concat(chunks).toString('utf8') + '\n'));
});
req.on('error', (e) => { console.error('request.js: ' + method + ' ' + url + ': ' + e.message); process.exit(1); });
req.setTimeout(30000, () => req.destroy(new Error('no answer within 30 s')));
req.end(body || undefined);
