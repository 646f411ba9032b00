// WRITE-023: depth other than 0 or 1 is refused with Twenty's 400
// "'depth=<raw>' parameter invalid. Allowed values are 0, 1" on every route that
// takes it (contract §5.6, §9). The spec sends depth=2 to each route; the judge
// reads every answer and joins what is wrong.
import { refusalProblem, type Answer, type Located } from './finding.ts';

export interface DepthProbe {
  /** The route as a finding names it: `GET list`, `PATCH merge`. */
  what: string;
  answer: Answer;
}

export function judgeDepthRefusals(probes: readonly DepthProbe[]): Located<number> | null {
  const problems = probes.flatMap((probe, index) => {
    const problem = refusalProblem(probe.answer, 400, "'depth=2' parameter invalid");
    return problem ? [{ index, line: `${probe.what}: ${problem}` }] : [];
  });
  if (problems.length === 0) return null;
  return { at: problems[0]!.index, received: problems.map((entry) => entry.line).join('; '), expected: "400 'depth=2' parameter invalid. Allowed values are 0, 1 on every route that takes depth" };
}
