// Prints the milliseconds it takes a fresh process to require one module (argv[2]).
'use strict';
const t = process.hrtime.bigint();
require(require('node:path').resolve(process.argv[2]));
process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));
