// The token comes from TWENTY_API_KEY or a file, never from a flag (DESIGN §5).
import { readFileSync } from 'node:fs';
import { UsageError } from '../../generators/config/usage-error.ts';

export function resolveToken(tokenFile: string | null, env: Record<string, string | undefined>): string | undefined {
  if (tokenFile) {
    let text: string;
    try {
      text = readFileSync(tokenFile, 'utf8');
    } catch {
      throw new UsageError(`--token-file: cannot read ${tokenFile}. Check the path and its permissions.`);
    }
    const token = text.trim();
    if (!token) throw new UsageError(`--token-file: ${tokenFile} is empty. Put the API key on its first line.`);
    if (/\s/.test(token)) throw new UsageError(`--token-file: ${tokenFile} must hold only the API key (no spaces or extra lines).`);
    return token;
  }
  const token = env.TWENTY_API_KEY?.trim();
  return token ? token : undefined;
}
