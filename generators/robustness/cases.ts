// A robustness case is one hostile read request, as plain data: where it goes,
// what it carries, and what the contract says must come back. Arbitraries build
// them, specs send them, and the judges read the answers.
import { encodeQuery } from '../client/build-url.ts';

export type CaseFamily = 'filter' | 'filter-schema' | 'order_by' | 'limit' | 'depth' | 'cursor' | 'record-id' | 'object';

export interface RobustnessCase {
  family: CaseFamily;
  /** Relative to `/rest`, already percent-encoded (e.g. `/people/not-a-uuid`). */
  path: string;
  /** Parameter → value (encoded by the client), or a raw query string for repeated parameters. */
  query: Record<string, string> | string;
  /**
   * `bad-request`: the contract pins a 400 for this input.
   * `client-error`: any 4xx is conformant (the contract names no exact status).
   */
  expect: 'bad-request' | 'client-error';
  /** Why the input is malformed, in the contract's words. */
  why: string;
}

/** How a case reads in a report: the request line. */
export function describeCase(value: RobustnessCase): string {
  const search = encodeQuery(value.query);
  return `GET /rest${value.path}${search === '' ? '' : `?${search}`} (${value.family}: ${value.why})`;
}

function decodeLoosely(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * Everything the request itself said, decoded: a server may quote any of it
 * back in an error message, so a leak pattern found inside it is an echo, not a leak.
 */
export function caseInputs(value: RobustnessCase): string[] {
  const segments = value.path.split('/').filter((segment) => segment !== '').map(decodeLoosely);
  const query =
    typeof value.query === 'string'
      ? value.query.split('&').flatMap((pair) => pair.split('=').map(decodeLoosely))
      : Object.entries(value.query).flat();
  return [...segments, ...query];
}
