// META-011/012: a metadata item's life (contract §1.5): created and updated with
// 2xx answers holding every value sent, read back with those values, deleted with
// 2xx, then 404. The spec walks a custom object with a field (META-011) and a view
// with its fields, filters and sorts (META-012) through these steps; each step's
// answer is judged here.
import type { Answer, Finding } from '../operations/finding.ts';
import { itemOf, readBackProblems } from './judges.ts';

type Json = Record<string, unknown>;

export type CrudStep =
  /** A create or update: 2xx with the item holding every value sent. */
  | { step: 'write'; what: string; sent: Json; answer: Answer }
  /** A GET after a write: 200 with the values written. */
  | { step: 'read'; what: string; sent: Json; answer: Answer }
  /** A DELETE: 2xx. */
  | { step: 'delete'; what: string; answer: Answer }
  /** A GET after the delete: 404. */
  | { step: 'gone'; what: string; answer: Answer };

export function judgeCrudStep(seen: CrudStep): Finding | null {
  const { what, answer } = seen;
  const success = answer.status >= 200 && answer.status < 300;
  switch (seen.step) {
    case 'write': {
      const problems = success ? readBackProblems(seen.sent, itemOf(answer.json)) : [`HTTP ${answer.status} ${answer.responseBody.slice(0, 160)}`];
      return problems.length > 0 ? { received: `${what}: ${problems.join('; ')}`, expected: `${what} answered 2xx with the item holding every value sent` } : null;
    }
    case 'read': {
      const problems = answer.status === 200 ? readBackProblems(seen.sent, itemOf(answer.json)) : [`HTTP ${answer.status}`];
      return problems.length > 0 ? { received: `${what}: ${problems.join('; ')}`, expected: `${what} read back with the values written` } : null;
    }
    case 'delete':
      return success ? null : { received: `${what}: HTTP ${answer.status} ${answer.responseBody.slice(0, 160)}`, expected: `${what} deleted with 2xx` };
    case 'gone':
      return answer.status === 404 ? null : { received: `${what}: HTTP ${answer.status} after the delete`, expected: `${what} answers 404 once deleted` };
  }
}

/** META-011: an object that lists its fields lists the custom field just created. */
export function fieldListedProblem(object: Json, field: { id: unknown; name: string }): Finding | null {
  const fields = Array.isArray(object['fields']) ? (object['fields'] as Json[]) : undefined;
  if (!fields || fields.some((candidate) => candidate['id'] === field.id)) return null;
  return { received: `the object lists ${fields.length} fields without ${field.name}`, expected: "the custom field among the object's fields" };
}
