#!/usr/bin/env node
// npm test: the self-test (unit tests, the suite on the faithful reference, the
// suite on every fault, the mutation table).
import { register } from 'tsx/esm/api';

register();
const { selfTest } = await import('../scripts/self-test/self-test.ts');
process.exitCode = await selfTest(process.argv.slice(2));
