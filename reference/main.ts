// Direct entry for the reference CLI (the bench spawns it; the package bin
// `twenty-conformance reference` calls runReferenceCli the same way).
import { runReferenceCli } from './cli.ts';

runReferenceCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`reference: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
