// WRITE-021: the error cases Twenty's integration tests pin (contract §1.3, §6.2,
// §9): a create with an existing id → 400 "Record already exists"; an update or
// delete of an id that names nothing → 404 "Record not found"; each in Twenty's
// error body. All three answers are judged, the findings joined.
import { refusalProblem, type Answer, type Located } from './finding.ts';

export interface PinnedErrorsObservation {
  duplicate: Answer;
  patchUnknown: Answer;
  deleteUnknown: Answer;
}

type Probe = keyof PinnedErrorsObservation;

const PINNED: readonly { probe: Probe; what: string; status: number; message: string }[] = [
  { probe: 'duplicate', what: 'POST with an existing id', status: 400, message: 'Record already exists' },
  { probe: 'patchUnknown', what: 'PATCH of an unknown id', status: 404, message: 'Record not found' },
  { probe: 'deleteUnknown', what: 'DELETE of an unknown id', status: 404, message: 'Record not found' },
];

export function judgePinnedErrors(seen: PinnedErrorsObservation): Located<Probe> | null {
  const problems = PINNED.flatMap(({ probe, what, status, message }) => {
    const problem = refusalProblem(seen[probe], status, message);
    return problem ? [{ probe, line: `${what}: ${problem}` }] : [];
  });
  if (problems.length === 0) return null;
  return {
    at: problems[0]!.probe,
    received: problems.map((entry) => entry.line).join('; '),
    expected: '400 "Record already exists" for a duplicate id; 404 "Record not found" for PATCH and DELETE of an unknown id',
  };
}
