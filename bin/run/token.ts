// The run's API key (generators/config/api-key.ts), its token file read from disk.
import { readFileSync } from 'node:fs';
import { resolveApiKey } from '../../generators/config/api-key.ts';

export function resolveToken(tokenFile: string | null, env: Record<string, string | undefined>): string | undefined {
  return resolveApiKey(tokenFile, env, (path) => readFileSync(path, 'utf8'));
}
