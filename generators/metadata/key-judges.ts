// META-009: the metadata API takes its key only from the Authorization header
// (seed prose; DESIGN §6): a token in ?token= is rejected exactly as if absent on
// every endpoint kind, and never echoed; the public document with ?token= is the
// base document, as without any token (contract §1.6). The rejection and echo
// rules are the auth area's (generators/auth/).
import { rejectionProblem, sameRejectionProblem } from '../auth/answer-rules.ts';
import { echoProblem, type EchoEvidence } from '../auth/echo.ts';
import { buildMetadataCatalogue } from '../openapi/metadata-catalogue.ts';
import type { Answer, Finding } from '../operations/finding.ts';

export type KeyAnswer = Answer & EchoEvidence;

export type QueryTokenObservation =
  /** One endpoint kind (`list`, `create`…) asked with ?token= and with no credential. */
  | { kind: 'route'; what: string; query: KeyAnswer; absent: KeyAnswer }
  /** The metadata document asked with ?token=. */
  | { kind: 'document'; answer: Answer };

export function judgeQueryToken(seen: QueryTokenObservation): Finding | null {
  if (seen.kind === 'document') {
    if (seen.answer.status === 200 && !buildMetadataCatalogue(seen.answer.json).baseDocumentOnly) {
      return { received: 'the metadata document lists the workspace resources for a ?token= request', expected: 'the base document only (the query token is ignored)' };
    }
    return null;
  }
  const { query, absent } = seen;
  const [asked, without] = [{ status: query.status, json: query.json }, { status: absent.status, json: absent.json }];
  const problem = rejectionProblem(asked) ?? sameRejectionProblem(asked, without) ?? echoProblem(query, []) ?? echoProblem(absent, []);
  return problem ? { received: `${seen.what}: ${problem}`, expected: 'the token in ?token= rejected exactly as if absent (401/403, no data), never echoed' } : null;
}
