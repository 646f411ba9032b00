// FLT-*: filter semantics. Random filters compared with the local oracle over
// records the suite read (FLT-001), targeted probes that name the rule a failure
// breaks (FLT-002…009), boolean laws that need no oracle (FLT-010), and the
// parser's reading of odd and malformed strings (FLT-011, FLT-012). The rules are
// the judges their catalogue entries name (generators/filter/*-judge.ts,
// metamorphic.ts): this file chooses subjects, sends, and fails with what the
// judge finds. Smoke filters
// one object (the one with the most filterable paths) in 14 requests, sample
// included; a failing selection check adds one re-read to rule out other writers.
import type { CheckId } from '../generators/checks/catalogue.ts';
import fc from 'fast-check';
import type { FieldPath } from '../generators/fixtures/catalogue-resolver.ts';
import { exprArb, overlapExamples } from '../generators/filter/arbitraries.ts';
import { arbFields } from '../generators/filter/filterable-paths.ts';
import { printFilter, parseFilter } from '../generators/filter/grammar.ts';
import { judgeBooleanLaws, relatedFilters, type RelatedFilters } from '../generators/filter/metamorphic.ts';
import { judgeParserAcceptance, judgeParserRejection } from '../generators/filter/parser-judge.ts';
import { malformedCases, plainTextValue, quirkCases, quirkFilter } from '../generators/filter/parser-probes.ts';
import {
  andOrProbes,
  boundProbes,
  compositeProbes,
  dateTimeProbes,
  emptyTextProbes,
  neqNullProbes,
  notProbes,
  textCaseProbes,
  type Probe,
} from '../generators/filter/probes.ts';
import { judgeSelection } from '../generators/filter/selection-judge.ts';
import { idOf, type RecordJson } from '../generators/filter/selection.ts';
import { BudgetExhaustedError } from '../generators/client/errors.ts';
import { checkDef, defineCheck } from './support/define-check.ts';
import { observeAnswer, observeLaws, observeSelection, universeOf, type ObservedLaws, type ObservedSelection } from './support/filters/selection-check.ts';
import { listPage } from './support/list-pages.ts';
import { checkProperty } from './support/property.ts';
import { loadRunState } from '../runtime/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { fail, inconclusive } from './support/verdicts.ts';

const { config } = loadRunState();
const smoke = config.profile === 'smoke';
const objects = subjectObjects('FLT-001');

function titleOf(id: CheckId, subject: string | null): string {
  const { title } = checkDef(id);
  return subject ? `${title} [${subject}]` : title;
}

/** Hands one answer to the selection judge (generators/filter/selection-judge.ts). */
function judged({ observation, exchange }: ObservedSelection): void {
  const finding = judgeSelection(observation);
  if (finding) fail({ ...finding, exchange });
}

// ---------------------------------------------------------------- FLT-001 random filters vs the oracle

for (const object of objects) {
  defineCheck('FLT-001', object.plural, async (fixtures) => {
    const universe = await universeOf(fixtures, object);
    const fields = arbFields(universe.paths, universe.records);
    if (fields.length === 0) inconclusive(`${object.plural} has no field the suite can filter exactly`);
    await checkProperty(exprArb(fields, { maxDepth: 2 }), (filter) => observeSelection(fixtures, universe, filter).then(judged), {
      runSeed: config.seed,
      key: titleOf('FLT-001', object.plural),
      // Smoke keeps its few random cases; elsewhere the cases random lists rarely draw run first.
      ...(smoke ? {} : { examples: overlapExamples(fields) }),
      runs: smoke ? Math.min(config.runs, 3) : config.runs,
      describe: printFilter,
      shrink: !smoke,
    });
  });
}

// ---------------------------------------------------------------- FLT-002…009 targeted probes

type ProbeFamily = (paths: readonly FieldPath[], records: readonly RecordJson[]) => Probe[];

/**
 * One test per rule: the probes of every object whose data can exercise it (smoke:
 * the first probe of its one object). Inconclusive only when no object can.
 */
function defineProbeCheck(id: CheckId, family: ProbeFamily, missing: string): void {
  defineCheck(id, null, async (fixtures) => {
    if (objects.length === 0) inconclusive('the catalogue has no object to filter');
    let sent = 0;
    for (const object of objects) {
      const universe = await universeOf(fixtures, object);
      const probes = family(universe.paths, universe.records);
      for (const probe of smoke ? probes.slice(0, 1) : probes) {
        judged(await observeSelection(fixtures, universe, probe.filter, probe.why));
        sent++;
      }
    }
    if (sent === 0) inconclusive(`no sampled ${objects.map((o) => o.plural).join('/')} record ${missing}`);
  });
}

defineProbeCheck('FLT-002', textCaseProbes, 'holds a text value with letters to vary the case of');
defineProbeCheck('FLT-003', neqNullProbes, 'leaves a neq-comparable field NULL next to records holding a value');
defineProbeCheck('FLT-004', emptyTextProbes, 'holds "" in a text field');
defineProbeCheck('FLT-005', notProbes, 'gives a leaf both true and false answers');
defineProbeCheck('FLT-006', andOrProbes, 'gives two values of one field to combine');
defineProbeCheck('FLT-007', boundProbes, 'holds ordered values on both sides of a stored value');
defineProbeCheck('FLT-008', dateTimeProbes, 'holds a date-time value');
defineProbeCheck('FLT-009', compositeProbes, 'holds two values of a composite sub-field');

// ---------------------------------------------------------------- FLT-010 boolean laws

/** Smoke asks only F and not(F); the other profiles the whole set. */
const LAW_KEYS: readonly (keyof RelatedFilters)[] = smoke ? ['f', 'notF'] : ['f', 'notF', 'g', 'andFG', 'orFG', 'groupF'];

for (const object of objects) {
  defineCheck('FLT-010', object.plural, async (fixtures) => {
    // Always restricted to known ids: answers fetched one after another must not see other clients' new records.
    const universe = await universeOf(fixtures, object, { forceRestricted: true });
    if (universe.records.length === 0) inconclusive(`no ${object.plural} record was read`);
    const fields = arbFields(universe.paths, universe.records);
    if (fields.length === 0) inconclusive(`${object.plural} has no field the suite can filter exactly`);
    const expr = exprArb(fields, { maxDepth: 1 });
    await checkProperty(
      fc.tuple(expr, expr),
      async ([f, g]) => {
        const related = relatedFilters(f, g);
        const judge = ({ answers }: ObservedLaws) => judgeBooleanLaws(answers, universe.records.map(idOf), f, g);
        let seen = await observeLaws(fixtures, universe, related, LAW_KEYS);
        // Answers are fetched one after another: ask again before blaming a record another client just changed.
        if (judge(seen)) seen = await observeLaws(fixtures, universe, related, LAW_KEYS).catch((error: unknown) => (error instanceof BudgetExhaustedError ? seen : Promise.reject(error)));
        const finding = judge(seen);
        if (finding) {
          const exchange = seen.exchanges[finding.answer];
          fail({ received: finding.received, expected: finding.expected, ...(finding.hint ? { hint: finding.hint } : {}), ...(exchange ? { exchange } : {}) });
        }
      },
      {
        runSeed: config.seed,
        key: titleOf('FLT-010', object.plural),
        runs: smoke ? 1 : Math.max(1, Math.ceil(config.runs / 4)),
        describe: ([f, g]) => `F = ${printFilter(f)}, G = ${printFilter(g)}`,
        shrink: !smoke,
      },
    );
  });
}

// ---------------------------------------------------------------- FLT-011, FLT-012 the parser's reading

defineCheck('FLT-011', null, async (fixtures) => {
  let sent = 0;
  for (const object of objects) {
    const universe = await universeOf(fixtures, object);
    const chosen = plainTextValue(universe.paths, universe.records);
    if (!chosen) continue;
    for (const quirk of quirkCases(chosen.field, chosen.value)) {
      const raw = quirkFilter(quirk, universe.restricted ? universe.records.map(idOf) : undefined);
      judged(await observeAnswer(fixtures, universe, raw, parseFilter(raw), quirk.why));
      sent++;
    }
  }
  if (sent === 0) inconclusive('no sampled record holds a plain word in a text field');
});

defineCheck('FLT-012', null, async (fixtures) => {
  const object = subjectObjects('FLT-012')[0];
  if (!object) inconclusive('the catalogue has no object');
  const universe = await universeOf(fixtures, object);
  const chosen = plainTextValue(universe.paths, universe.records);
  if (!chosen) inconclusive(`no sampled ${object.plural} record holds a plain word in a text field`);
  const cases = malformedCases(chosen.field, chosen.value);
  // Each negative case changes one thing in a string the server is first seen to accept.
  for (const base of new Set(cases.map((c) => c.base))) {
    const { exchange } = await listPage(fixtures.client, object, { filter: base, limit: 1 });
    const finding = judgeParserAcceptance(exchange.status, base);
    if (finding) fail({ ...finding, exchange });
  }
  for (const malformed of cases) {
    const exchange = await fixtures.client.request({ method: 'GET', path: object.listPath, query: { filter: malformed.raw, limit: '1' } });
    const finding = judgeParserRejection({ status: exchange.status, json: exchange.json, body: exchange.responseBody }, malformed);
    if (finding) fail({ ...finding, exchange });
  }
});
