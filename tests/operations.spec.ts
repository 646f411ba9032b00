// The core operations of era D (issue 13, generators/checks/areas/operations.ts):
// bulk update/delete/restore by filter, upsert, merge, find duplicates, groupBy,
// the bulk-write limit, the pinned error cases, `fields` and `depth` on every
// route, composite order_by walks, and the new routes under AUTH and ROB.
// Every write goes to records the check created itself (designed, tagged bodies)
// and every bulk write is scoped to their ids first; each check removes what it
// created, and the teardown removes anything tagged that is left.
import type { TwentyClient } from '../generators/client/twenty-client.ts';
import type { Exchange } from '../generators/client/exchange.ts';
import { rejectionProblem } from '../generators/auth/answer-rules.ts';
import { fieldPaths, resolverFor } from '../generators/fixtures/catalogue-resolver.ts';
import { withTag } from '../generators/fixtures/run-tag.ts';
import { precisePaths } from '../generators/filter/filterable-paths.ts';
import { printFilter } from '../generators/filter/grammar.ts';
import type { CatalogueObject } from '../generators/openapi/catalogue-types.ts';
import { chooseBulkSelection, describeBulkVerdict, judgeBulkWrite } from '../generators/operations/bulk-selection.ts';
import { DEDUPLICATED_PATHS, duplicateLists, judgeDuplicates, textCriterion, withCriterion } from '../generators/operations/duplicates.ts';
import { GROUPABLE_KINDS, groupableField, groupCounts, groupDifferences, readGroups } from '../generators/operations/group-by.ts';
import { judgeDryRun, judgeMergeAnswer } from '../generators/operations/merge.ts';
import { firstOrderViolation, describeViolation } from '../generators/order/decidable-order.ts';
import { parseOrderBy } from '../generators/order/grammar.ts';
import { walkBackward, walkForward, walkRecords } from '../generators/pagination/walk.ts';
import { defineCheck } from './support/define-check.ts';
import { listPage, pageFetcher } from './support/list-pages.ts';
import {
  bodiesOf,
  brief,
  capitalize,
  createScope,
  dataOf,
  errorBodyProblem,
  expectStatus,
  fixtureRecords,
  idOf,
  liveAndDeleted,
  onePath,
  send,
  tagAt,
  tagOf,
  withScope,
  writableObjects,
  type RecordJson,
} from './support/operations/scope.ts';
import { idFilter, textPolicyOf } from './support/ordering/probe.ts';
import { loadRunState } from './support/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { fail, inconclusive, notRun } from './support/verdicts.ts';

const runState = loadRunState();
const { catalogue } = runState;
const objects = writableObjects(runState);
const object: CatalogueObject | undefined = subjectObjects('WRITE-012', runState)[0];
/** How many records a bulk-by-filter check writes. */
const SCOPE_SIZE = 8;

function requireObject(): CatalogueObject {
  if (!object) inconclusive('no object the suite can write to');
  return object;
}

/** The scope's records and a filter whose answer among them is a proper subset (the oracle's ids). */
function selectionOver(target: CatalogueObject, records: RecordJson[]) {
  const paths = precisePaths(fieldPaths(target), { embeddedReference: runState.target.embeddedReference });
  const selection = chooseBulkSelection(paths, records, resolverFor(target));
  if (!selection) inconclusive(`no filter selects a proper subset of the ${records.length} designed ${target.plural} records`);
  return selection;
}

function expectSelection(selected: string[], touched: string[], what: string, exchange: Exchange, why: string): void {
  const verdict = judgeBulkWrite(selected, touched);
  if (!verdict.ok) fail({ received: `${what}: ${describeBulkVerdict(verdict)}`, expected: `exactly the ${selected.length} record(s) the filter selects among the check's ${SCOPE_SIZE}`, hint: why, exchange });
}

const idsAt = (exchange: Exchange, key: string): string[] => {
  const records = dataOf(exchange, key);
  return Array.isArray(records) ? (records as RecordJson[]).map(idOf) : [];
};

// ---------------------------------------------------------------- bulk writes by filter

defineCheck('WRITE-012', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const records = await createScope(client, target, bodiesOf(runState, target, 121, SCOPE_SIZE), created);
    const selection = selectionOver(target, records);
    // One PATCH sends one value: the first record's tag plus a suffix (still the run's tag, so cleanup finds it).
    const newTag = `${String(tagOf(target, records[0]!))}-u`;
    const filter = printFilter(selection.filter);
    const answer = await send(client, { method: 'PATCH', path: target.listPath, query: { filter, depth: '0' }, body: withTag({}, tagAt(target), newTag) });
    expectStatus(answer, 200, `PATCH ${target.listPath}?filter=…`);
    const key = `update${capitalize(target.plural)}`;
    if (!Array.isArray(dataOf(answer, key))) fail({ received: brief(answer), expected: `{"data":{"${key}":[…]}}`, exchange: answer });
    expectSelection(selection.selected, idsAt(answer, key), `the update answer lists`, answer, selection.why);
    const after = await listPage(client, target, { filter: idFilter(records.map(idOf)), limit: SCOPE_SIZE + 1 });
    const changed = after.records.filter((record) => tagOf(target, record) === newTag).map(idOf);
    expectSelection(selection.selected, changed, 'read back, the updated records are', after.exchange, selection.why);
  });
});

for (const soft of [false, true]) {
  defineCheck(soft ? 'WRITE-014' : 'WRITE-013', null, async ({ client }) => {
    const target = requireObject();
    await withScope(client, catalogue, target, async (created) => {
      const records = await createScope(client, target, bodiesOf(runState, target, soft ? 141 : 161, SCOPE_SIZE), created);
      const selection = selectionOver(target, records);
      const query: Record<string, string> = { filter: printFilter(selection.filter), ...(soft ? { soft_delete: 'true' } : {}) };
      const answer = await send(client, { method: 'DELETE', path: target.listPath, query });
      expectStatus(answer, 200, `DELETE ${target.listPath}?filter=…${soft ? '&soft_delete=true' : ''}`);
      expectSelection(selection.selected, idsAt(answer, `delete${capitalize(target.plural)}`), 'the delete answer lists', answer, selection.why);
      const { live, deleted, exchange } = await liveAndDeleted(client, target, records.map(idOf));
      const gone = records.map(idOf).filter((id) => !live.some((record) => idOf(record) === id));
      expectSelection(selection.selected, gone, 'read back, the records no longer listed are', exchange, selection.why);
      const softDeleted = deleted.map(idOf);
      if (soft) expectSelection(selection.selected, softDeleted, 'the records listed as soft-deleted are', exchange, selection.why);
      else if (softDeleted.length > 0) fail({ received: `${softDeleted.length} record(s) listed as soft-deleted after a hard bulk DELETE`, expected: 'none: without soft_delete=true the records are destroyed', exchange });
    });
  });
}

defineCheck('WRITE-015', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const records = await createScope(client, target, bodiesOf(runState, target, 181, SCOPE_SIZE), created);
    const ids = records.map(idOf);
    const removed = await send(client, { method: 'DELETE', path: target.listPath, query: { filter: idFilter(ids), soft_delete: 'true' } });
    expectStatus(removed, 200, 'the soft delete before the restore');
    const selection = selectionOver(target, records);
    const path = `${target.listPath}/restore`;
    const answer = await send(client, { method: 'PATCH', path, query: { filter: printFilter(selection.filter), depth: '0' } });
    expectStatus(answer, 200, `PATCH ${path}?filter=…`);
    expectSelection(selection.selected, idsAt(answer, `restore${capitalize(target.plural)}`), 'the restore answer lists', answer, selection.why);
    const after = await listPage(client, target, { filter: idFilter(ids), limit: SCOPE_SIZE + 1 });
    expectSelection(selection.selected, after.records.map(idOf), 'read back, the records listed again are', after.exchange, selection.why);
  });
});

// ---------------------------------------------------------------- upsert

defineCheck('WRITE-016', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const [first, second] = bodiesOf(runState, target, 201, 2);
    const id = crypto.randomUUID();
    const path = target.listPath;
    const inserted = await send(client, { method: 'POST', path, query: { upsert: 'true', depth: '0' }, body: { ...first, id } });
    created.push(id);
    expectStatus(inserted, 201, `POST ${path}?upsert=true with an id that does not exist`);
    const secondTag = String(tagOf(target, second!));
    const updated = await send(client, { method: 'POST', path, query: { upsert: 'true', depth: '0' }, body: withTag({ ...first, id }, tagAt(target), secondTag) });
    expectStatus(updated, 201, `POST ${path}?upsert=true with the id just created`);
    const listed = await listPage(client, target, { filter: idFilter([id]), limit: 3 });
    if (listed.records.length !== 1 || tagOf(target, listed.records[0]!) !== secondTag) {
      fail({ received: `${listed.records.length} record(s) with id ${id}${listed.records[0] ? `, tagged ${JSON.stringify(tagOf(target, listed.records[0]))}` : ''}`, expected: `one record, updated to ${JSON.stringify(secondTag)} by the second upsert`, exchange: listed.exchange });
    }
  });
});

// ---------------------------------------------------------------- merge and duplicates

/** An object with Twenty's duplicate criteria the run can write, and the criterion made of writable TEXT paths. */
function dedupTarget() {
  // An object whose criterion leaves the tag field alone first: the merge judge tells the records apart by their tags.
  const tagFree = (candidate: CatalogueObject) => (DEDUPLICATED_PATHS[candidate.plural] ?? []).some((group) => !group.some((path) => path.join('.') === tagAt(candidate).path.join('.')));
  for (const candidate of [...objects].sort((a, b) => Number(tagFree(b)) - Number(tagFree(a)))) {
    const criterion = textCriterion(candidate.plural, (path) => {
      const field = candidate.fields.find((entry) => entry.name === path[0]);
      if (!field?.writable) return false;
      if (path.length === 1) return field.kind === 'TEXT';
      return field.subFields?.some((sub) => sub.name === path[1] && sub.kind === 'TEXT') ?? false;
    });
    if (criterion) return { target: candidate, criterion };
  }
  notRun('a writable people or companies object', 'merge and find duplicates are served only for objects with duplicate criteria (Twenty: people, companies)');
}

for (const dryRun of [false, true]) {
  defineCheck(dryRun ? 'WRITE-018' : 'WRITE-017', null, async ({ client }) => {
    const { target, criterion } = dedupTarget();
    await withScope(client, catalogue, target, async (created) => {
      const bodies = bodiesOf(runState, target, dryRun ? 221 : 231, 2);
      const shared = `${String(tagOf(target, bodies[0]!))}-twin`;
      const records = await createScope(client, target, bodies.map((body) => withCriterion(body, criterion, shared)), created);
      const plan = { ids: records.map(idOf), conflictPriorityIndex: 1 };
      const priorityTag = String(tagOf(target, records[1]!));
      const path = `${target.listPath}/merge`;
      const answer = await send(client, { method: 'PATCH', path, query: { depth: '0' }, body: { ...plan, dryRun } });
      expectStatus(answer, 200, `PATCH ${path}${dryRun ? ' (dryRun)' : ''}`);
      const merged = dataOf(answer, `merge${capitalize(target.singular)}`) as RecordJson | undefined;
      const tagReader = (record: RecordJson) => tagOf(target, record);
      const problems = dryRun ? judgeDryRun(merged, priorityTag, tagReader) : judgeMergeAnswer(merged, plan, priorityTag, tagReader);
      if (problems.length) fail({ received: problems.join('; '), expected: `{"data":{"merge${capitalize(target.singular)}":…}} with the priority record's values`, exchange: answer });
      const { live, deleted, exchange } = await liveAndDeleted(client, target, plan.ids);
      if (dryRun) {
        const unchanged = records.every((record) => live.some((row) => idOf(row) === idOf(record) && tagOf(target, row) === tagOf(target, record)));
        if (!unchanged || live.length !== 2) fail({ received: `after the dry run ${live.length} of the 2 records are listed${unchanged ? '' : ', some with other values'}`, expected: 'both records, unchanged: a dry run writes nothing', exchange });
      } else {
        const left = [...live, ...deleted].map(idOf);
        if (left.length !== 1 || left[0] !== plan.ids[1]) fail({ received: `after the merge these records remain: ${left.join(', ') || 'none'}`, expected: `only the priority record ${plan.ids[1]}`, exchange });
      }
    });
  });
}

defineCheck('WRITE-019', null, async ({ client }) => {
  const { target, criterion } = dedupTarget();
  await withScope(client, catalogue, target, async (created) => {
    const bodies = bodiesOf(runState, target, 251, 3);
    const shared = `${String(tagOf(target, bodies[0]!))}-twin`;
    const records = await createScope(client, target, [withCriterion(bodies[0]!, criterion, shared), withCriterion(bodies[1]!, criterion, shared), withCriterion(bodies[2]!, criterion, `${shared}-other`)], created);
    const [a, b] = records.map(idOf) as [string, string];
    const path = `${target.listPath}/duplicates`;
    const answer = await send(client, { method: 'POST', path, query: { depth: '0' }, body: { ids: [a] } });
    expectStatus(answer, 200, `POST ${path} with {ids}`);
    const { lists, malformed } = duplicateLists(answer.json, target.singular);
    if (malformed || lists.length !== 1) fail({ received: malformed ?? `${lists.length} entries`, expected: `{"data":[{"${target.singular}Duplicates":[…],"totalCount":n,"pageInfo":{…}}]} (one entry per id)`, exchange: answer });
    const verdict = judgeDuplicates(lists[0]!, { twin: b, self: a });
    if (!verdict.ok) fail({ received: verdict.problems.join('; '), expected: `the duplicates of ${a} by ${criterion.map((p) => p.join('.')).join(' + ')}`, exchange: answer });
  });
});

// ---------------------------------------------------------------- limits and pinned errors

defineCheck('WRITE-020', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const empty = await send(client, { method: 'POST', path: target.batchPath!, query: { depth: '0' }, body: [] });
    const emptyProblem = errorBodyProblem(empty, 400);
    if (emptyProblem) fail({ received: `${emptyProblem} (${brief(empty)})`, expected: '400 Input must not be empty for an empty batch', exchange: empty });
    const bodies = bodiesOf(runState, target, 600, 201);
    const over = await send(client, { method: 'POST', path: target.batchPath!, query: { depth: '0', fields: 'id' }, body: bodies });
    const written = dataOf(over, `create${capitalize(target.plural)}`);
    if (Array.isArray(written)) created.push(...(written as RecordJson[]).map(idOf));
    const problem = errorBodyProblem(over, 400);
    if (problem) fail({ received: `${problem} (HTTP ${over.status}${Array.isArray(written) ? `, ${written.length} records written` : ''})`, expected: '400 Maximum number of records to upsert is 200. for a batch of 201', exchange: over });
    // Gate only: it writes 201 of the run's records (two batches within the limit), all removed after.
    if (runState.config.profile === 'gate') await expectOversizedUpdateRefused(client, target, created);
  });
});

/** An update by filter matching more than 200 records is refused with 400, and changes none of them. */
async function expectOversizedUpdateRefused(client: TwentyClient, target: CatalogueObject, created: string[]): Promise<void> {
  const bodies = bodiesOf(runState, target, 600, 201);
  const records = [...(await createScope(client, target, bodies.slice(0, 200), created)), ...(await createScope(client, target, bodies.slice(200), created))];
  const ids = records.map(idOf);
  const newTag = `${String(tagOf(target, records[0]!))}-u`;
  const answer = await send(client, { method: 'PATCH', path: target.listPath, query: { filter: idFilter(ids), depth: '0' }, body: withTag({}, tagAt(target), newTag) });
  const problem = errorBodyProblem(answer, 400);
  const changed: string[] = [];
  for (let start = 0; start < ids.length; start += 200) {
    const page = await listPage(client, target, { filter: idFilter(ids.slice(start, start + 200)), limit: 200 });
    changed.push(...page.records.filter((record) => tagOf(target, record) === newTag).map(idOf));
  }
  if (problem || changed.length > 0) {
    fail({ received: `${problem ?? `HTTP ${answer.status}`}; ${changed.length} of the ${ids.length} records changed (${brief(answer)})`, expected: '400 Cannot update more than 200 records at once, and no record changed, for an update whose filter matches 201', exchange: answer });
  }
}

defineCheck('WRITE-021', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const [record] = await createScope(client, target, bodiesOf(runState, target, 261, 1), created);
    const again = await send(client, { method: 'POST', path: target.listPath, query: { depth: '0' }, body: { ...bodiesOf(runState, target, 262, 1)[0], id: idOf(record!) } });
    const problems: { what: string; problem: string; exchange: Exchange }[] = [];
    const duplicate = errorBodyProblem(again, 400, 'Record already exists');
    if (duplicate) problems.push({ what: 'POST with an existing id', problem: duplicate, exchange: again });
    const unknown = crypto.randomUUID();
    const patched = await send(client, { method: 'PATCH', path: onePath(target, unknown), query: { depth: '0' }, body: withTag({}, tagAt(target), String(tagOf(target, record!))) });
    const patchProblem = errorBodyProblem(patched, 404, 'Record not found');
    if (patchProblem) problems.push({ what: 'PATCH of an unknown id', problem: patchProblem, exchange: patched });
    const deleted = await send(client, { method: 'DELETE', path: onePath(target, unknown) });
    const deleteProblem = errorBodyProblem(deleted, 404, 'Record not found');
    if (deleteProblem) problems.push({ what: 'DELETE of an unknown id', problem: deleteProblem, exchange: deleted });
    if (problems.length) fail({ received: problems.map((p) => `${p.what}: ${p.problem}`).join('; '), expected: '400 "Record already exists" for a duplicate id; 404 "Record not found" for PATCH and DELETE of an unknown id', exchange: problems[0]!.exchange });
  });
});

// ---------------------------------------------------------------- fields and depth on every route

/** A record's keys beyond the asked fields and id (a relation's join column comes with it). */
function extraKeys(record: unknown, asked: readonly string[]): string[] {
  if (typeof record !== 'object' || record === null) return ['<not a record>'];
  return Object.keys(record).filter((key) => key !== 'id' && !asked.includes(key));
}

defineCheck('WRITE-022', null, async ({ client }) => {
  const target = requireObject();
  const tagField = tagAt(target).path[0]!;
  await withScope(client, catalogue, target, async (created) => {
    const problems: string[] = [];
    let evidence: Exchange | undefined;
    const note = (exchange: Exchange, what: string, record: unknown, asked: string[]) => {
      const extra = extraKeys(record, asked);
      if (exchange.status >= 300 || extra.length > 0) {
        problems.push(`${what}: ${exchange.status >= 300 ? brief(exchange) : `also answered ${extra.slice(0, 5).join(', ')}`}`);
        evidence ??= exchange;
      }
    };
    const [one, ...batch] = bodiesOf(runState, target, 281, 3);
    const createdOne = await send(client, { method: 'POST', path: target.listPath, query: { fields: 'id', depth: '0' }, body: one });
    const oneRecord = dataOf(createdOne, `create${capitalize(target.singular)}`) as RecordJson | undefined;
    if (oneRecord?.['id']) created.push(idOf(oneRecord));
    note(createdOne, `POST ${target.listPath}?fields=id`, oneRecord, []);
    const createdMany = await send(client, { method: 'POST', path: target.batchPath!, query: { fields: 'id', depth: '0' }, body: batch });
    const many = dataOf(createdMany, `create${capitalize(target.plural)}`);
    if (Array.isArray(many)) created.push(...(many as RecordJson[]).map(idOf));
    for (const record of Array.isArray(many) ? many : [undefined]) note(createdMany, `POST ${target.batchPath}?fields=id`, record, []);
    if (!oneRecord?.['id']) fail({ received: problems.join('; ') || brief(createdOne), expected: 'the created record', exchange: createdOne });
    const id = idOf(oneRecord);
    const read = await send(client, { method: 'GET', path: onePath(target, id), query: { fields: tagField } });
    note(read, `GET ${onePath(target, id)}?fields=${tagField}`, dataOf(read, target.envelopeKeys.one ?? target.singular), [tagField]);
    const patched = await send(client, { method: 'PATCH', path: onePath(target, id), query: { fields: tagField, depth: '0' }, body: withTag({}, tagAt(target), `${String(tagOf(target, one!))}-f`) });
    note(patched, `PATCH ${onePath(target, id)}?fields=${tagField}`, dataOf(patched, `update${capitalize(target.singular)}`), [tagField]);
    if (problems.length) fail({ received: problems.join('; '), expected: 'only id and the asked fields in every answer', ...(evidence ? { exchange: evidence } : {}) });
  });
});

defineCheck('WRITE-023', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const [record] = await createScope(client, target, bodiesOf(runState, target, 301, 1), created);
    const id = idOf(record!);
    const [body] = bodiesOf(runState, target, 302, 1);
    const scope = idFilter([id]);
    const probes: { what: string; spec: Parameters<typeof send>[1] }[] = [
      { what: 'GET list', spec: { method: 'GET', path: target.listPath, query: { depth: '2', filter: scope } } },
      { what: 'GET one', spec: { method: 'GET', path: onePath(target, id), query: { depth: '2' } } },
      { what: 'POST one', spec: { method: 'POST', path: target.listPath, query: { depth: '2' }, body } },
      { what: 'POST batch', spec: { method: 'POST', path: target.batchPath!, query: { depth: '2' }, body: [body] } },
      { what: 'PATCH one', spec: { method: 'PATCH', path: onePath(target, id), query: { depth: '2' }, body: {} } },
      { what: 'PATCH many', spec: { method: 'PATCH', path: target.listPath, query: { depth: '2', filter: scope }, body: {} } },
      { what: 'PATCH restore', spec: { method: 'PATCH', path: `${onePath(target, id)}/restore`, query: { depth: '2' } } },
      { what: 'POST duplicates', spec: { method: 'POST', path: `${target.listPath}/duplicates`, query: { depth: '2' }, body: { ids: [id] } } },
      // Unknown ids and a dry run: even a server that ignored depth would change nothing.
      { what: 'PATCH merge', spec: { method: 'PATCH', path: `${target.listPath}/merge`, query: { depth: '2' }, body: { ids: [crypto.randomUUID(), crypto.randomUUID()], conflictPriorityIndex: 0, dryRun: true } } },
    ];
    const problems: string[] = [];
    let evidence: Exchange | undefined;
    for (const probe of probes) {
      const exchange = await send(client, probe.spec);
      const answered = (exchange.json as { data?: Record<string, unknown> } | undefined)?.data;
      for (const value of Object.values(answered ?? {})) {
        for (const row of Array.isArray(value) ? value : [value]) if (typeof (row as RecordJson | null)?.['id'] === 'string') created.push(idOf(row as RecordJson));
      }
      const problem = errorBodyProblem(exchange, 400, "'depth=2' parameter invalid");
      if (problem) {
        problems.push(`${probe.what}: ${problem}`);
        evidence ??= exchange;
      }
    }
    if (problems.length) fail({ received: problems.join('; '), expected: "400 'depth=2' parameter invalid. Allowed values are 0, 1 on every route that takes depth", ...(evidence ? { exchange: evidence } : {}) });
  });
});

// ---------------------------------------------------------------- groupBy

/** GRP-001: fixtures in writing profiles, a sample page in smoke; scoped to their ids. */

defineCheck('GRP-001', null, async ({ client, samples }) => {
  const candidates = subjectObjects('GRP-001', runState, (candidate) => candidate.fields.some((field) => GROUPABLE_KINDS.has(field.kind)));
  for (const candidate of candidates) {
    const records = runState.fixtures ? fixtureRecords(runState, candidate) : (await samples.of(candidate)).records.slice(0, 40);
    const field = groupableField(candidate, records);
    if (!field || records.length === 0) continue;
    const ids = records.map(idOf);
    const path = `${candidate.listPath}/groupBy`;
    const exchange = await client.request({
      method: 'GET',
      path,
      query: { group_by: JSON.stringify([{ [field]: true }]), aggregate: JSON.stringify(['totalCount']), filter: idFilter(ids), limit: String(Math.min(200, records.length + 1)) },
    });
    if (exchange.status !== 200) fail({ received: brief(exchange), expected: `200 with the groups of ${candidate.plural} by ${field}`, exchange });
    const { counts, malformed } = readGroups(exchange.json);
    if (malformed) fail({ received: malformed, expected: '[{"groupByDimensionValues":[value],"totalCount":n}, …]', exchange });
    const differences = groupDifferences(groupCounts(records, [field]), counts);
    if (differences.length) fail({ received: `groups of ${candidate.plural} by ${field}: ${differences.slice(0, 4).join('; ')}`, expected: `the counts of the ${records.length} records the filter selects`, exchange });
    return;
  }
  inconclusive('no object holds records with a repeated SELECT, BOOLEAN, RATING, NUMBER or DATE value to group by');
});

defineCheck('GRP-002', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const records = await createScope(client, target, bodiesOf(runState, target, 321, 4), created);
    const ids = records.map(idOf);
    const removed = await send(client, { method: 'DELETE', path: target.listPath, query: { filter: idFilter(ids.slice(0, 2)), soft_delete: 'true' } });
    expectStatus(removed, 200, 'the soft delete before the groupBy');
    const exchange = await client.request({ method: 'GET', path: `${target.listPath}/groupBy`, query: { group_by: JSON.stringify([{ id: true }]), aggregate: JSON.stringify(['totalCount']), filter: idFilter(ids) } });
    if (exchange.status !== 200) fail({ received: brief(exchange), expected: `200 with the groups of ${target.plural} by id`, exchange });
    const { counts, malformed } = readGroups(exchange.json);
    if (malformed) fail({ received: malformed, expected: '[{"groupByDimensionValues":[id],"totalCount":1}, …]', exchange });
    const differences = groupDifferences(groupCounts(records.slice(2), ['id']), counts);
    if (differences.length) fail({ received: differences.slice(0, 4).join('; '), expected: 'one group per live record; the 2 soft-deleted ones left out', exchange });
  });
});

// ---------------------------------------------------------------- composite order_by walks

/** The composite orders of the brief, where the fixtures hold the sub-fields. */
function compositeOrders(): { target: CatalogueObject; orderBy: string }[] {
  const orders: { target: CatalogueObject; orderBy: string }[] = [];
  const withSub = (kind: string, subs: string[]) =>
    objects.flatMap((candidate) =>
      candidate.fields
        .filter((field) => field.kind === kind && subs.every((sub) => field.subFields?.some((entry) => entry.name === sub && entry.sortable)))
        .map((field) => ({ target: candidate, field: field.name })),
    )[0];
  const name = withSub('FULL_NAME', ['firstName', 'lastName']);
  if (name) orders.push({ target: name.target, orderBy: `${name.field}.firstName[AscNullsFirst],${name.field}.lastName[DescNullsLast]` });
  const amount = withSub('CURRENCY', ['amountMicros']);
  if (amount) orders.push({ target: amount.target, orderBy: `${amount.field}.amountMicros[DescNullsLast]` });
  return orders;
}

defineCheck('PAG-011', null, async ({ client }) => {
  const orders = compositeOrders();
  if (orders.length === 0) inconclusive('no writable object with a FULL_NAME or CURRENCY field');
  const policy = textPolicyOf(runState);
  for (const { target, orderBy } of orders) {
    const ids = fixtureRecords(runState, target).map(idOf);
    if (ids.length < 4) inconclusive(`too few ${target.plural} fixtures to walk`);
    const filter = idFilter(ids);
    const whole = await listPage(client, target, { filter, order_by: orderBy, limit: ids.length + 1 });
    const items = parseOrderBy(orderBy);
    const violation = firstOrderViolation(whole.records, items, resolverFor(target), policy);
    if (violation) fail({ received: `order_by=${orderBy}: ${describeViolation(whole.records, violation, items)}`, expected: 'records sorted by each sub-field in turn', exchange: whole.exchange });
    const expected = whole.records.map(idOf);
    const limit = Math.max(2, Math.ceil(ids.length / 5));
    const maxPages = Math.ceil(ids.length / limit) + 2;
    const fetchPage = pageFetcher(client, target, { filter, order_by: orderBy });
    const forward = walkRecords(await walkForward({ limit, maxPages, fetchPage })).map(idOf);
    const backward = walkRecords(await walkBackward({ limit, maxPages, before: '', fetchPage })).map(idOf);
    for (const [walk, got] of [['forward', forward], ['backward', backward]] as const) {
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        fail({ received: `the ${walk} walk (limit ${limit}) gives ${got.length} records in another order`, expected: `the ${expected.length} records in the order of one page, for order_by=${orderBy}`, exchange: whole.exchange });
      }
    }
  }
});

// ---------------------------------------------------------------- AUTH and ROB on the new routes

defineCheck('AUTH-013', null, async ({ client }) => {
  const target = requireObject();
  const scope = idFilter([crypto.randomUUID()]);
  const routes: Parameters<typeof send>[1][] = [
    { method: 'GET', path: `${target.listPath}/groupBy`, query: { group_by: JSON.stringify([{ id: true }]), filter: scope } },
    { method: 'POST', path: `${target.listPath}/duplicates`, body: { ids: [crypto.randomUUID()] } },
    { method: 'PATCH', path: `${target.listPath}/merge`, body: { ids: [crypto.randomUUID(), crypto.randomUUID()], conflictPriorityIndex: 0, dryRun: true } },
    { method: 'PATCH', path: target.listPath, query: { filter: scope }, body: {} },
    { method: 'PATCH', path: `${target.listPath}/restore`, query: { filter: scope } },
    { method: 'DELETE', path: target.listPath, query: { filter: scope } },
    { method: 'DELETE', path: target.listPath, query: { filter: scope, soft_delete: 'true' } },
    // An empty upsert batch: even an accepted probe writes nothing.
    ...(target.batchPath ? [{ method: 'POST', path: target.batchPath, query: { upsert: 'true' }, body: [] }] : []),
  ];
  for (const route of routes) {
    for (const auth of ['none', { queryToken: true }] as const) {
      // Scoped to ids that name nothing: even an accepted probe writes nothing, so a gateway answer is retried.
      const exchange = await client.request({ ...route, auth, safe: true });
      const problem = rejectionProblem({ status: exchange.status, json: exchange.json });
      if (problem) fail({ received: `${route.method} ${route.path} ${auth === 'none' ? 'without a token' : 'with the token in the query string'}: ${problem}`, expected: '401 or 403 with no record data', exchange });
    }
  }
});

/** The dedup object, if the run can write one (merge probes reach the merge only there). */
function optionalDedupTarget() {
  try {
    return dedupTarget();
  } catch {
    return undefined;
  }
}

defineCheck('ROB-011', null, async ({ client }) => {
  const target = optionalDedupTarget()?.target ?? requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const records = await createScope(client, target, bodiesOf(runState, target, 341, 2), created);
    const ids = records.map(idOf);
    const groupBy = `${target.listPath}/groupBy`;
    const probes: { what: string; spec: Parameters<typeof send>[1] }[] = [
      { what: 'group_by that is not JSON', spec: { method: 'GET', path: groupBy, query: { group_by: '[{id:true' } } },
      { what: 'no group_by', spec: { method: 'GET', path: groupBy, query: { filter: idFilter(ids) } } },
      { what: 'aggregate that is not JSON', spec: { method: 'GET', path: groupBy, query: { group_by: JSON.stringify([{ id: true }]), aggregate: 'totalCount', filter: idFilter(ids) } } },
      { what: 'duplicates without data or ids', spec: { method: 'POST', path: `${target.listPath}/duplicates`, body: {} } },
      { what: 'merge of one id', spec: { method: 'PATCH', path: `${target.listPath}/merge`, body: { ids: [ids[0]], conflictPriorityIndex: 0, dryRun: true } } },
      { what: 'merge with conflictPriorityIndex out of range', spec: { method: 'PATCH', path: `${target.listPath}/merge`, body: { ids, conflictPriorityIndex: 5, dryRun: true } } },
      { what: 'update many without a filter', spec: { method: 'PATCH', path: target.listPath, body: {} } },
      { what: 'restore many without a filter', spec: { method: 'PATCH', path: `${target.listPath}/restore` } },
    ];
    for (const probe of probes) {
      const exchange = await send(client, probe.spec);
      const body = exchange.json as { statusCode?: unknown; error?: unknown; messages?: unknown } | undefined;
      const wellFormed = exchange.status >= 400 && exchange.status < 500 && body?.statusCode === exchange.status && typeof body?.error === 'string' && Array.isArray(body?.messages);
      if (!wellFormed) fail({ received: `${probe.what}: ${brief(exchange)}`, expected: '4xx with {statusCode, error, messages:[…]}, never a 5xx or a success', exchange });
    }
  });
});
