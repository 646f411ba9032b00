// Twenty's error body, judged in one place. After authentication every 4xx/5xx
// is {statusCode, error, messages: [text]} with statusCode the HTTP status
// (contract §6.1; the auth middleware uses the same keys, §2.2). The shape is
// schemas/error-body.schema.json; this module adds what a schema cannot say
// (statusCode equals the answer's status) and the looser question every family
// asks first: did Twenty speak at all, or the infrastructure in front of it?
import { schemaErrors } from '../config/validate-against-schema.ts';

type Body = { statusCode?: unknown; error?: unknown; messages?: unknown; message?: unknown };

const asObject = (json: unknown): Body | undefined =>
  typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Body) : undefined;

/**
 * Whether Twenty's exception filter wrote this body: a JSON object with a numeric
 * statusCode. A 5xx without one is an nginx page, an empty body, a proxy's JSON:
 * the gateway spoke, and no family takes it for the server's answer.
 */
export function spokenByTwenty(json: unknown): boolean {
  return typeof asObject(json)?.statusCode === 'number';
}

/** The body's first message: `messages[0]` (contract §6.1), else `message` (older releases). */
export function errorMessageOf(json: unknown): string | undefined {
  const body = asObject(json);
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  if (typeof messages[0] === 'string') return messages[0];
  return typeof body?.message === 'string' ? body.message : undefined;
}

/**
 * A refusal any release can be judged by: Twenty spoke and said why (`messages[0]`,
 * or `message` before the messages array).
 */
export function isTwentyRefusal(json: unknown): boolean {
  return spokenByTwenty(json) && errorMessageOf(json) !== undefined;
}

/**
 * What keeps `json` from being the §6.1 error body of an HTTP `status` answer; empty
 * when it is one. `undefined` stands for a body that is not JSON.
 */
export function errorBodyProblems(json: unknown, status: number): string[] {
  if (json === undefined) return ['a body that is not JSON'];
  const problems = schemaErrors('error-body.schema.json', json);
  if (problems.length > 0) return problems;
  const statusCode = asObject(json)?.statusCode;
  return statusCode === status ? [] : [`statusCode ${JSON.stringify(statusCode)} in an HTTP ${status} answer`];
}

/**
 * The three members of an error body as the answer holds them (undefined where
 * absent), for judges that compare them with an exact expected answer (the auth
 * failures of contract §2.2); undefined when the body is not a JSON object.
 */
export function errorBodyMembers(json: unknown): { statusCode: unknown; error: unknown; messages: unknown } | undefined {
  const body = asObject(json);
  return body && { statusCode: body.statusCode, error: body.error, messages: body.messages };
}
