// ROB-009: after deeply nested, very long and malformed inputs, the server still
// answers an ordinary list request with the list envelope (contract §1.2). The
// hostile answers themselves are the family checks' business; only the ordinary
// answer is judged here.
import { excerpt, type Answer, type Finding } from './judge.ts';

/** The ordinary `GET /rest/{plural}?limit=1` after the burst: 200 with data.<listKey>[], totalCount and pageInfo. */
export function judgeStillServing(answer: Answer, listKey: string): Finding | null {
  const body = answer.json as { data?: Record<string, unknown>; totalCount?: unknown; pageInfo?: unknown } | undefined;
  const records = body?.data?.[listKey];
  if (answer.status === 200 && Array.isArray(records) && body?.pageInfo && typeof body.totalCount === 'number') return null;
  return { received: `HTTP ${answer.status} ${answer.body.slice(0, 160)}`, expected: `200 with data.${listKey}[], totalCount and pageInfo` };
}
