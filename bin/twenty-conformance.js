#!/usr/bin/env node
// Thin entry. From a clone (the TypeScript sources sit next to this file) teach
// Node TypeScript with tsx, a devDependency; from the installed package run the
// JavaScript compiled into dist/ at pack time, with no loader at all.
import { existsSync } from 'node:fs';

const source = new URL('./cli.ts', import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import('../dist/bin/cli.js'));
}
process.exitCode = await main(process.argv.slice(2));
