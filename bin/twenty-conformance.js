#!/usr/bin/env node
// Thin entry: teach Node TypeScript (tsx), then hand over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
