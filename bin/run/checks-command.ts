// `twenty-conformance checks [--json]`: the catalogue of check IDs, for choosing
// --check IDs and writing waivers.
import { CHECKS } from '../../generators/checks/catalogue.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import { table } from '../../generators/report/render-summary.ts';
import type { Io } from './run-command.ts';

export function checksCommand(argv: string[], io: Io): number {
  const unknown = argv.filter((arg) => arg !== '--json');
  if (unknown.length > 0) throw new UsageError(`checks: unknown argument ${unknown[0]}. Usage: twenty-conformance checks [--json]`);
  if (argv.includes('--json')) {
    io.stdout(JSON.stringify(CHECKS, null, 2));
    return 0;
  }
  io.stdout(
    table(
      ['ID', 'LEVEL', 'PROFILES', 'TITLE'],
      CHECKS.map((check) => [check.id, check.level, check.profiles.join(','), check.title]),
    ),
  );
  io.stdout(`\n${CHECKS.length} checks. \`checks --json\` adds each check's contract sentence.`);
  return 0;
}
