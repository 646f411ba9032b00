// The one home of the API key's resolution (DESIGN §5): from a file named by
// --token-file, else from TWENTY_API_KEY; never from a flag. Trimmed wherever it
// comes from; a problem is named by its variable or file, never by the key. The
// file is read through the caller's `readText` (the I/O stays at the edge).
import { UsageError } from './usage-error.ts';

export const API_KEY_VARIABLE = 'TWENTY_API_KEY';

type Env = Record<string, string | undefined>;

/** The key in the environment, trimmed; undefined when unset or blank. Never throws (redaction uses it). */
export function envApiKey(env: Env): string | undefined {
  return env[API_KEY_VARIABLE]?.trim() || undefined;
}

/**
 * The run's API key: the token file's content when one is named, else
 * TWENTY_API_KEY; undefined when neither gives one. Throws a UsageError when the
 * file cannot be read, is empty or holds more than the key.
 */
export function resolveApiKey(tokenFile: string | null | undefined, env: Env, readText: (path: string) => string): string | undefined {
  if (tokenFile) {
    let text: string;
    try {
      text = readText(tokenFile);
    } catch {
      throw new UsageError(`--token-file: cannot read ${tokenFile}. Check the path and its permissions.`);
    }
    const token = text.trim();
    if (!token) throw new UsageError(`--token-file: ${tokenFile} is empty. Put the API key on its first line.`);
    if (/\s/.test(token)) throw new UsageError(`--token-file: ${tokenFile} must hold only the API key (no spaces or extra lines).`);
    return token;
  }
  const token = envApiKey(env);
  if (token && /\s/.test(token)) throw new UsageError(`${API_KEY_VARIABLE} must hold only the API key (no spaces or line breaks inside it).`);
  return token;
}
