// A check that found too few records of an object to judge: inconclusive when the
// run could have given it data (it writes that object, or writes nothing at all),
// "not run" when the run's write plan left the object out (a system object, one
// Twenty refuses, one with side effects): its records are an input only the
// workspace can provide, so gate does not fail on a real workspace for lack of them.
import type { CatalogueObject } from '../../generators/openapi/catalogue-types.ts';
import { loadRunState } from '../../runtime/run-state.ts';
import { inconclusive, notRun } from './verdicts.ts';

export function tooFewRecords(object: CatalogueObject, reason: string): never {
  const plan = loadRunState().writePlan;
  if (plan && !plan.objects.includes(object.plural)) {
    const why = plan.skipped.find((entry) => entry.plural === object.plural)?.reason ?? 'no batch path, or no text field to carry the run tag';
    notRun(`records of ${object.plural}`, `${reason}; the run does not write ${object.plural} (${why})`);
  }
  inconclusive(reason);
}
