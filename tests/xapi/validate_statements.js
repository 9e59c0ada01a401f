#!/usr/bin/env node
// Validates xAPI statements, one JSON per line on standard input (or in the files named), with
// Learning Locker's validator (@learninglocker/xapi-validation, the package its LRS uses).
// Prints every problem as "line N: statement.path.to.field: Warning (type): value" and exits
// 1 when there is any, 2 when the validator cannot be loaded; prints "N statements valid" and
// exits 0 otherwise.
//
//   LECTERN_XAPI_VALIDATOR_DIR=<npm prefix> node tests/xapi/validate_statements.js [FILE...]
// (tools/xapi-validator installs the package and prints the folder.)
'use strict';
const fs = require('fs');
const path = require('path');

let validate;
try {
  const dir = process.env.LECTERN_XAPI_VALIDATOR_DIR || '';
  validate = require(path.join(dir, 'node_modules', '@learninglocker', 'xapi-validation')).default;
} catch (e) {
  console.error('cannot load @learninglocker/xapi-validation (set LECTERN_XAPI_VALIDATOR_DIR; tools/xapi-validator installs it): ' + e.message);
  process.exit(2);
}

const inputs = process.argv.length > 2 ? process.argv.slice(2) : ['/dev/stdin'];
let count = 0, problems = 0;
for (const file of inputs) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const where = (inputs.length > 1 ? file + ':' : 'line ') + (i + 1);
    count++;
    let statement;
    try {
      statement = JSON.parse(text);
    } catch (e) {
      problems++;
      console.log(where + ': not JSON: ' + e.message);
      return;
    }
    for (const w of validate(statement)) {
      problems++;
      const type = w.type ? ' (' + w.type + ')' : '';
      const value = JSON.stringify(w.data);
      console.log(where + ': ' + w.path.join('.') + ': ' + w.constructor.name + type + ': ' +
                  (value && value.length > 200 ? value.slice(0, 200) + '...' : value));
    }
  });
}
if (count === 0) {
  console.log('no statements to validate');
  process.exit(1);
}
if (problems > 0) {
  console.log(problems + ' problem(s) in ' + count + ' statements');
  process.exit(1);
}
console.log(count + ' statements valid');
