// Preloaded into the LRS (node -r tests/lrs/ordered_cursors.js), mending a bug of
// xapi-statements 5.0.1's in-memory models that loses statements when reading them back:
// each stored statement gets `_id: uuid.v1()` (dist/repo/modelsRepo/createStatements/memory.js),
// pages are sorted by `stored` and the `more` cursor keeps those whose _id is less than the
// last one's, compared as text (getStatements/memory/matchesCursorOption.js). A v1 UUID starts
// with the low 32 bits of its clock, which wrap every 429.5 s: a store that spans a wrap is read
// back short (seen: 115 statements posted over 8 minutes, 15 read back, one of them twice).
// The mongo models use ObjectIDs, which do sort by time, so a real Learning Locker is not hit.
// The mend: the same UUID with its clock fields in the order of significance (as a v6 UUID
// lays them out), so text order is time order; nothing else in the LRS reads these ids.
'use strict';
const path = require('path');

const main = process.argv[1] || '';
const memoryRepo = path.join(path.dirname(main), 'repo', 'modelsRepo', 'createStatements');
let uuid;
try {
  uuid = require(require.resolve('uuid', { paths: [memoryRepo] }));
} catch (e) {
  throw new Error('ordered_cursors.js: no uuid module beside ' + memoryRepo + ' (is this xapi-statements?): ' + e.message);
}
const v1 = uuid.v1;

// "LLLLLLLL-MMMM-1HHH-CCCC-NNNNNNNNNNNN" (time low, mid, high) -> "HHHMMMML-LLLL-6LLL-CCCC-NNN..."
function timeOrdered(id) {
  const low = id.slice(0, 8), mid = id.slice(9, 13), high = id.slice(15, 18);
  const t = high + mid + low;   // 60 bits, most significant first
  return t.slice(0, 8) + '-' + t.slice(8, 12) + '-6' + t.slice(12, 15) + id.slice(18);
}

uuid.v1 = function (options, buf, offset) {
  if (options !== undefined || buf !== undefined) return v1(options, buf, offset);
  return timeOrdered(v1());
};
module.exports = { timeOrdered };
