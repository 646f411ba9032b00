// Faults that prove a check can fail: each check ID had no fault declaring it
// until these (issue 11). Every one is a realistic server bug, switched deep in the
// code path that owns the behaviour (the OpenAPI generator, auth, SQL compilation,
// pagination, serialisation, the write path), never by rewriting a finished response.
import type { FaultDef } from './catalogue.ts';

export const PROOF_FAULTS = [
  // the OpenAPI generator
  { name: 'openapi-path-id-optional', area: 'openapi', description: 'The generator marks the {id} path parameter required: false (OpenAPI requires path parameters to be required).', caughtBy: ['OAS-001'] },
  { name: 'openapi-reads-query-token-only', area: 'openapi', description: 'The OpenAPI route reads its token from ?token= only (the era-A way), so the header key gets the base document.', caughtBy: ['OAS-002'] },
  // envelopes
  { name: 'find-one-missing-answers-null', area: 'responses', description: 'GET one of an id that does not exist answers 200 {data:{<singular>:null}} instead of 404.', caughtBy: ['RESP-004'] },
  // auth
  { name: 'one-route-requires-user-token', area: 'auth', description: 'The get-one route\'s guard accepts only user access tokens, so a valid API key gets 401 there.', caughtBy: ['AUTH-001'] },
  { name: 'bearer-scheme-case-sensitive', area: 'auth', description: 'The header extractor matches the scheme word "Bearer" case-sensitively (passport-jwt\'s is case-insensitive).', caughtBy: ['AUTH-002'] },
  { name: 'batch-body-validated-before-auth', area: 'auth', description: 'The batch routes validate the body before the auth guard runs: an empty batch answers 400 whatever the credential.', caughtBy: ['AUTH-003', 'AUTH-005', 'AUTH-006'] },
  { name: 'missing-token-answers-401', area: 'auth', description: 'A request without a token answers 401 UNAUTHENTICATED "Token invalid." instead of 403 "Missing authentication token".', caughtBy: ['AUTH-012'] },
  // filters
  { name: 'contains-any-matches-all', area: 'filters', description: 'MULTI_SELECT containsAny compiles to array containment (@>) instead of overlap (&&).', caughtBy: ['FLT-001'] },
  { name: 'date-time-compared-by-second', area: 'filters', description: 'DATE_TIME comparisons truncate both sides to the second, so eq matches a whole second.', caughtBy: ['FLT-008'] },
  { name: 'composite-sub-field-reads-sibling', area: 'filters', description: 'A filter on a composite text sub-field other than the first reads the column of the sub-field declared before it.', caughtBy: ['FLT-009'] },
  { name: 'one-child-group-ignored', area: 'filters', description: 'A group with a single child compiles to TRUE (the compiler handles and/or of two or more only).', caughtBy: ['FLT-010'] },
  { name: 'single-quotes-kept', area: 'filters', description: 'Unquoting strips double quotes only: a value written in single quotes keeps them.', caughtBy: ['FLT-011'] },
  // ordering
  { name: 'order-by-first-item-only', area: 'ordering', description: 'Only the first order_by item is used; the others are dropped before the id tie-break.', caughtBy: ['ORD-003'] },
  // pagination
  { name: 'ending-before-includes-cursor', area: 'pagination', description: 'ending_before includes the cursor record itself (off by one backwards).', caughtBy: ['PAG-003'] },
  { name: 'absent-limit-uses-maximum', area: 'pagination', description: 'A request without limit gets a page of the maximum instead of the documented default.', caughtBy: ['PAG-007'] },
  { name: 'undecodable-cursor-ignored', area: 'pagination', description: 'A cursor that does not decode is dropped and the first page is answered instead of 400 "Invalid cursor".', caughtBy: ['PAG-008', 'ROB-005'] },
  { name: 'both-cursors-accepted', area: 'pagination', description: 'starting_after together with ending_before is not refused: starting_after wins.', caughtBy: ['PAG-009'] },
  { name: 'empty-ending-before-first-page', area: 'pagination', description: 'An empty ending_before is read as absent, so the first page is answered instead of the last.', caughtBy: ['PAG-010'] },
  // robustness
  { name: 'unknown-filter-field-ignored', area: 'robustness', description: 'A filter leaf naming a field the object does not have is dropped (matches everything) instead of answering 400.', caughtBy: ['ROB-002'] },
  { name: 'malformed-order-by-ignored', area: 'robustness', description: 'An order_by the parser refuses is swallowed and the list answered in the default order.', caughtBy: ['ROB-003'] },
  { name: 'invalid-limit-falls-back', area: 'robustness', description: 'A limit that is not a non-negative integer falls back to the default instead of answering 400.', caughtBy: ['ROB-004'] },
  { name: 'error-body-status-code-as-text', area: 'robustness', description: 'The exception filter serialises statusCode as a string ("400") in every error body.', caughtBy: ['ROB-007'] },
  { name: 'sort-plan-overflow-poisons-object', area: 'robustness', description: 'An order_by of more than 100 items overflows the object\'s cached sort plan: every list of that object answers 500 for the next 10 s.', caughtBy: ['ROB-009'] },
  { name: 'primitive-body-creates-empty-record', area: 'robustness', description: 'A create body that is JSON but not an object (null, 42, "x") is read as {} and a record of defaults is written (201).', caughtBy: ['ROB-010'] },
  // writes
  { name: 'create-answers-200', area: 'writes', description: 'Create and batch create answer 200 instead of 201 (the records are written and returned).', caughtBy: ['WRITE-001', 'WRITE-002'] },
  { name: 'create-answers-input', area: 'writes', description: 'The create answer is built from the request body and JS defaults, not read back from the row as stored.', caughtBy: ['WRITE-003'] },
  { name: 'patch-answers-stale-record', area: 'writes', description: 'PATCH applies the change but answers the record as it was before the update.', caughtBy: ['WRITE-004'] },
  { name: 'destroy-soft-deletes', area: 'writes', description: 'DELETE without soft_delete only sets deletedAt: the record stays, listed when the filter names deletedAt.', caughtBy: ['WRITE-005'] },
] as const satisfies readonly FaultDef[];
