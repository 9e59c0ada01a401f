// Preloaded into the LRS (node -r tests/lrs/bind_loopback.js): xapi-statements calls
// app.listen(EXPRESS_PORT) with no host, which listens on every interface; this forces every TCP
// listen() in the process onto 127.0.0.1, so a test's LRS is never reachable from the network.
// With LECTERN_LISTEN_PORT_FILE set, it also writes the port it got there (EXPRESS_PORT=0 lets
// the kernel pick a free one, with no race between picking and binding).
'use strict';
const net = require('net');
const fs = require('fs');

const LOOPBACK = '127.0.0.1';
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object' && !first._handle && first.fd === undefined) {
    if (first.path === undefined) args[0] = Object.assign({}, first, { host: LOOPBACK });
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] === 'string') args[1] = LOOPBACK; else args.splice(1, 0, LOOPBACK);
  } else if (first === undefined || typeof first === 'function') {
    args.unshift(0, LOOPBACK);   // listen() and listen(cb) pick a port on every interface
  }
  const portFile = process.env.LECTERN_LISTEN_PORT_FILE;
  if (portFile) {
    this.once('listening', () => {
      const address = this.address();
      if (address && typeof address === 'object') {
        fs.writeFileSync(portFile + '.tmp', String(address.port) + '\n');
        fs.renameSync(portFile + '.tmp', portFile);   // a reader never sees half a number
      }
    });
  }
  return listen.apply(this, args);
};
