// ROB-*: fuzzed and malformed inputs get a clear 4xx, never a 5xx, never a leak.
// Each family check (ROB-001…006) sends its fixed table first (fast-check
// examples) and then generated cases; ROB-007/008 judge the answers of all
// families together; ROB-009 asks for an ordinary page after hostile input;
// ROB-010 (gate/install) posts bodies that must be refused and checks that
// nothing was written. Smoke probes one object with ≤ 15 GET requests, install
// one, gate the fewest objects that together hold every field kind (the parsers
// are Twenty's, the same for every object): the checks' `subjects:` policies.
import type { CheckId } from '../generators/checks/catalogue.ts';
import type { Arbitrary } from 'fast-check';
import type { CatalogueObject } from '../generators/openapi/catalogue-types.ts';
import { anyCaseArb, caseFamilies, interleavedExamples } from '../generators/robustness/all-cases.ts';
import { bodyCaseArb, bodyCaseExamples, describeBodyCase, type BodyCase } from '../generators/robustness/body-cases.ts';
import { caseInputs, describeCase, type RobustnessCase } from '../generators/robustness/cases.ts';
import { baseLeaf, invalidFilterArb, invalidFilterExamples, malformedFilterArb, malformedFilterExamples } from '../generators/robustness/filter-cases.ts';
import { hostileBurst } from '../generators/robustness/hostile-burst.ts';
import { judgeErrorBody, judgeRejectionStatus } from '../generators/robustness/judge.ts';
import { judgeNoLeak } from '../generators/robustness/leaks.ts';
import { malformedPathArb, malformedPathExamples } from '../generators/robustness/path-cases.ts';
import { judgeNothingWritten, judgeRefusedBody } from '../generators/robustness/refused-body.ts';
import { judgeStillServing } from '../generators/robustness/still-serving.ts';
import {
  invalidLimitDepthArb,
  invalidLimitDepthExamples,
  malformedCursorArb,
  malformedCursorExamples,
  malformedOrderByArb,
  malformedOrderByExamples,
} from '../generators/robustness/query-cases.ts';
import { checkDef, defineCheck } from './support/define-check.ts';
import { listPage } from './support/list-pages.ts';
import { checkProperty } from './support/property.ts';
import { failOnFinding, sendAndJudge, sendOrFail } from './support/robustness/send.ts';
import { loadRunState } from '../runtime/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { fail, inconclusive } from './support/verdicts.ts';

const { catalogue, config } = loadRunState();
const smoke = config.profile === 'smoke';

/** Smoke's share of the 90-request budget: 15 requests, spread so each check sends at least one. */
const SMOKE_RUNS: Record<string, number> = {
  'ROB-001': 2,
  'ROB-002': 2,
  'ROB-003': 2,
  'ROB-004': 2,
  'ROB-005': 1,
  'ROB-006': 2,
  'ROB-007': 1,
  'ROB-008': 1,
};
/** ROB-009: hostile requests before the ordinary one (smoke: one, so 1 + 1 requests). */
const HOSTILE_BURST = smoke ? 1 : 4;

function runsFor(id: CheckId): number {
  return smoke ? Math.min(config.runs, SMOKE_RUNS[id] ?? 1) : config.runs;
}

const objects = subjectObjects('ROB-001');
const richest = subjectObjects('ROB-009')[0];
const plurals = catalogue.objects.map((object) => object.plural);

function titleOf(id: CheckId, subject: string): string {
  return `${checkDef(id).title} [${subject}]`;
}

async function runCases(
  id: CheckId,
  object: CatalogueObject,
  arb: Arbitrary<RobustnessCase>,
  examples: RobustnessCase[],
  body: (value: RobustnessCase) => Promise<void>,
): Promise<void> {
  await checkProperty(arb, body, {
    runSeed: config.seed,
    key: titleOf(id, object.plural),
    runs: runsFor(id),
    describe: describeCase,
    shrink: !smoke,
    examples,
  });
}

// ---------------------------------------------------------------- ROB-001…006: one family each

interface Family {
  id: CheckId;
  arb: (object: CatalogueObject) => Arbitrary<RobustnessCase>;
  examples: (object: CatalogueObject) => RobustnessCase[];
  /** Why the family cannot run on this object, if it cannot. */
  unavailable?: (object: CatalogueObject) => string | null;
}

const FAMILIES: Family[] = [
  { id: 'ROB-001', arb: malformedFilterArb, examples: malformedFilterExamples },
  { id: 'ROB-002', arb: invalidFilterArb, examples: invalidFilterExamples },
  { id: 'ROB-003', arb: malformedOrderByArb, examples: malformedOrderByExamples },
  { id: 'ROB-004', arb: invalidLimitDepthArb, examples: invalidLimitDepthExamples },
  {
    id: 'ROB-005',
    arb: malformedCursorArb,
    examples: malformedCursorExamples,
    unavailable: () => (catalogue.legacy ? 'the document is 2024-style: no starting_after/ending_before to probe' : null),
  },
  { id: 'ROB-006', arb: malformedPathArb, examples: (object) => malformedPathExamples(object, plurals) },
];

for (const object of objects) {
  for (const family of FAMILIES) {
    defineCheck(family.id, object.plural, async ({ client }) => {
      const reason = family.unavailable?.(object);
      if (reason) inconclusive(reason);
      await runCases(family.id, object, family.arb(object), family.examples(object), (value) =>
        sendAndJudge(client, value, (answer) => judgeRejectionStatus(answer, value.expect)),
      );
    });
  }

  // ---------------------------------------------------------------- ROB-007, ROB-008: every family's answers

  const families = caseFamilies(object, { otherPlurals: plurals, cursors: !catalogue.legacy });

  defineCheck('ROB-007', object.plural, async ({ client }) => {
    await runCases('ROB-007', object, anyCaseArb(families), interleavedExamples(families), (value) => sendAndJudge(client, value, judgeErrorBody));
  });

  defineCheck('ROB-008', object.plural, async ({ client }) => {
    await runCases('ROB-008', object, anyCaseArb(families), interleavedExamples(families), (value) =>
      sendAndJudge(client, value, (answer) => judgeNoLeak(answer, caseInputs(value))),
    );
  });
}

// ---------------------------------------------------------------- ROB-009: still serving

if (richest) {
  defineCheck('ROB-009', richest.plural, async ({ client }) => {
    // The hostile answers themselves are the family checks' business; only silence fails here.
    for (const value of hostileBurst(richest.listPath, baseLeaf(richest)).slice(0, HOSTILE_BURST)) {
      await sendOrFail(client, { method: 'GET', path: value.path, query: value.query }, value.why);
    }
    // Then the ordinary request, which must get the list envelope.
    const exchange = await client.request({ method: 'GET', path: richest.listPath, query: { limit: '1' } });
    failOnFinding(exchange, (answer) => judgeStillServing(answer, richest.envelopeKeys.list));
  });
}

// ---------------------------------------------------------------- ROB-010: refused bodies write nothing

async function totalCount(client: Parameters<typeof listPage>[0], object: CatalogueObject): Promise<number> {
  return (await listPage(client, object, { limit: 1 })).totalCount;
}

for (const object of objects) {
  defineCheck('ROB-010', object.plural, async ({ client }) => {
    const before = await totalCount(client, object);
    let failure: unknown;
    try {
      await checkProperty(
        bodyCaseArb(object),
        async (value: BodyCase) => {
          // A body the contract refuses writes nothing: retried after a gateway answer like a read.
          const exchange = await sendOrFail(client, { method: value.method, path: value.path, body: value.body, safe: true }, value.why);
          failOnFinding(exchange, (answer) => judgeRefusedBody(answer, value));
        },
        { runSeed: config.seed, key: titleOf('ROB-010', object.plural), runs: config.runs, describe: describeBodyCase, shrink: !smoke, examples: bodyCaseExamples(object) },
      );
    } catch (error) {
      failure = error;
    }
    const written = judgeNothingWritten(before, await totalCount(client, object));
    if (written) fail(written);
    if (failure !== undefined) throw failure;
  });
}
