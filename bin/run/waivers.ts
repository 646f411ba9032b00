// --expected-failures FILE: known gaps by check ID, each with a reason.
// Accepted shapes (JSON or YAML): {"waivers": [{"id": "RESP-003", "reason": "…"}]}
// or a plain list of such entries.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { findCheck } from '../../generators/checks/catalogue.ts';
import { UsageError } from '../../generators/config/usage-error.ts';

export function parseWaivers(text: string, origin: string): Record<string, string> {
  let data: unknown;
  try {
    data = parseYaml(text); // YAML is a superset of JSON
  } catch (error) {
    throw new UsageError(`${origin}: not JSON or YAML (${(error as Error).message.split('\n')[0]}).`);
  }
  const list = Array.isArray(data) ? data : (data as { waivers?: unknown } | null)?.waivers;
  if (!Array.isArray(list)) {
    throw new UsageError(`${origin}: expected {"waivers": [{"id": "RESP-003", "reason": "…"}]} or a list of such entries.`);
  }
  const waivers: Record<string, string> = {};
  list.forEach((entry, index) => {
    const { id, reason } = (entry ?? {}) as { id?: unknown; reason?: unknown };
    if (typeof id !== 'string' || !findCheck(id)) {
      throw new UsageError(`${origin}: entry ${index + 1} names ${JSON.stringify(id)}, which is not a check ID (see reports/summary.json or --help).`);
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new UsageError(`${origin}: the waiver of ${id} needs a non-empty "reason".`);
    }
    if (waivers[id]) throw new UsageError(`${origin}: ${id} is waived twice.`);
    waivers[id] = reason.trim();
  });
  return waivers;
}

export function readWaivers(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--expected-failures: cannot read ${path}. Check the path.`);
  }
  return parseWaivers(text, path);
}
