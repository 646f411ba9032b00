// The specs' way to end a check other than passing. The classes and the
// annotation names they become have one home, generators/checks/verdicts.ts,
// shared with the check wrapper and the report; specs keep importing them here.
export { CheckFailure, Inconclusive, NotRun, fail, inconclusive, notRun, type FailureDetail } from '../../generators/checks/verdicts.ts';
