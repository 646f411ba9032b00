// The core operations of era D (issue 13, generators/checks/areas/operations.ts):
// bulk update/delete/restore by filter, upsert, merge, find duplicates, groupBy,
// the bulk-write limit, the pinned error cases, `fields` and `depth` on every
// route, composite order_by walks, and the new routes under AUTH and ROB.
// Every write goes to records the check created itself (designed, tagged bodies)
// and every bulk write is scoped to their ids first; each check removes what it
// created, and the teardown removes anything tagged that is left.
import type { TwentyClient } from '../runtime/client/twenty-client.ts';
import type { Exchange } from '../generators/client/exchange.ts';
import { fieldPaths, resolverFor } from '../generators/fixtures/catalogue-resolver.ts';
import { withTag } from '../generators/fixtures/run-tag.ts';
import { precisePaths } from '../generators/filter/filterable-paths.ts';
import { printFilter } from '../generators/filter/grammar.ts';
import type { CatalogueObject } from '../generators/openapi/catalogue-types.ts';
import { recordPath } from '../generators/openapi/record-path.ts';
import { judgeBatchLimits } from '../generators/operations/batch-limits.ts';
import { judgeBulkByFilter } from '../generators/operations/bulk-by-filter.ts';
import { chooseBulkSelection } from '../generators/operations/bulk-selection.ts';
import { judgeCompositeOrder } from '../generators/operations/composite-order.ts';
import { judgeDepthRefusals } from '../generators/operations/depth.ts';
import { DEDUPLICATED_PATHS, judgeFindDuplicates, textCriterion, withCriterion } from '../generators/operations/duplicates.ts';
import { GROUPABLE_KINDS, groupableField, judgeGroupBy } from '../generators/operations/group-by.ts';
import { judgeHeaderOnlyRoute } from '../generators/operations/header-token.ts';
import { judgeMalformedInput } from '../generators/operations/malformed-input.ts';
import { judgeMerge } from '../generators/operations/merge.ts';
import { judgePinnedErrors } from '../generators/operations/pinned-errors.ts';
import { judgeProjection, type ProjectedAnswer } from '../generators/operations/projection.ts';
import { judgeUpsert } from '../generators/operations/upsert.ts';
import { walkBackward, walkForward, walkRecords } from '../generators/pagination/walk.ts';
import { defineCheck } from './support/define-check.ts';
import { listPage, pageFetcher } from './support/list-pages.ts';
import {
  bodiesOf,
  capitalize,
  createScope,
  dataOf,
  expectStatus,
  fixtureRecords,
  idOf,
  liveAndDeleted,
  send,
  tagAt,
  tagOf,
  withScope,
  writableObjects,
  type RecordJson,
} from './support/operations/scope.ts';
import { idFilter, textPolicyOf } from './support/ordering/probe.ts';
import { loadRunState } from '../runtime/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { failAt, failOn } from './support/fail-on.ts';
import { inconclusive, notRun } from './support/verdicts.ts';

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

// ---------------------------------------------------------------- bulk writes by filter

defineCheck('WRITE-012', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const records = await createScope(client, target, bodiesOf(runState, target, 121, SCOPE_SIZE), created);
    const selection = selectionOver(target, records);
    // One PATCH sends one value: the first record's tag plus a suffix (still the run's tag, so cleanup finds it).
    const newTag = `${String(tagOf(target, records[0]!))}-u`;
    const answer = await send(client, { method: 'PATCH', path: target.listPath, query: { filter: printFilter(selection.filter), depth: '0' }, body: withTag({}, tagAt(target), newTag) });
    const after = await listPage(client, target, { filter: idFilter(records.map(idOf)), limit: SCOPE_SIZE + 1 });
    const changed = after.records.filter((record) => tagOf(target, record) === newTag).map(idOf);
    const finding = judgeBulkByFilter({
      ...selection,
      scopeSize: SCOPE_SIZE,
      request: `PATCH ${target.listPath}?filter=…`,
      answer,
      key: `update${capitalize(target.plural)}`,
      answerLists: 'the update answer lists',
      requireList: true,
      readBack: [{ what: 'read back, the updated records are', ids: changed }],
    });
    failAt(finding, { answer, readBack: after.exchange });
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
      const { live, deleted, exchange } = await liveAndDeleted(client, target, records.map(idOf));
      const gone = records.map(idOf).filter((id) => !live.some((record) => idOf(record) === id));
      const finding = judgeBulkByFilter({
        ...selection,
        scopeSize: SCOPE_SIZE,
        request: `DELETE ${target.listPath}?filter=…${soft ? '&soft_delete=true' : ''}`,
        answer,
        key: `delete${capitalize(target.plural)}`,
        answerLists: 'the delete answer lists',
        readBack: [
          { what: 'read back, the records no longer listed are', ids: gone },
          ...(soft ? [{ what: 'the records listed as soft-deleted are', ids: deleted.map(idOf) }] : []),
        ],
        ...(soft ? {} : { softDeletedAfterHardDelete: deleted.length }),
      });
      failAt(finding, { answer, readBack: exchange });
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
    const after = await listPage(client, target, { filter: idFilter(ids), limit: SCOPE_SIZE + 1 });
    const finding = judgeBulkByFilter({
      ...selection,
      scopeSize: SCOPE_SIZE,
      request: `PATCH ${path}?filter=…`,
      answer,
      key: `restore${capitalize(target.plural)}`,
      answerLists: 'the restore answer lists',
      readBack: [{ what: 'read back, the records listed again are', ids: after.records.map(idOf) }],
    });
    failAt(finding, { answer, readBack: after.exchange });
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
    const secondTag = String(tagOf(target, second!));
    const updated = await send(client, { method: 'POST', path, query: { upsert: 'true', depth: '0' }, body: withTag({ ...first, id }, tagAt(target), secondTag) });
    const listed = await listPage(client, target, { filter: idFilter([id]), limit: 3 });
    const listedTags = listed.records.map((record) => tagOf(target, record));
    failAt(judgeUpsert({ path, id, inserted, updated, listedTags, secondTag }), { inserted, updated, listed: listed.exchange });
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
      const path = `${target.listPath}/merge`;
      const answer = await send(client, { method: 'PATCH', path, query: { depth: '0' }, body: { ...plan, dryRun } });
      const { live, deleted, exchange } = await liveAndDeleted(client, target, plan.ids);
      const finding = judgeMerge({
        dryRun,
        path,
        answer,
        key: `merge${capitalize(target.singular)}`,
        plan,
        records,
        priorityTag: String(tagOf(target, records[1]!)),
        tagOf: (record) => tagOf(target, record),
        live,
        deleted,
      });
      failAt(finding, { answer, after: exchange });
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
    failOn(judgeFindDuplicates({ path, answer, singular: target.singular, self: a, twin: b, criterion }), answer);
  });
});

// ---------------------------------------------------------------- limits and pinned errors

defineCheck('WRITE-020', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const key = `create${capitalize(target.plural)}`;
    const empty = await send(client, { method: 'POST', path: target.batchPath!, query: { depth: '0' }, body: [] });
    const over = await send(client, { method: 'POST', path: target.batchPath!, query: { depth: '0', fields: 'id' }, body: bodiesOf(runState, target, 600, 201) });
    const written = dataOf(over, key);
    if (Array.isArray(written)) created.push(...(written as RecordJson[]).map(idOf));
    failAt(judgeBatchLimits({ key, empty, over }), { empty, over });
    // Gate only: it writes 201 of the run's records (two batches within the limit), all removed after.
    if (runState.config.profile !== 'gate') return;
    const update = await oversizedUpdate(client, target, created);
    failAt(judgeBatchLimits({ key, empty, over, update }), { update: update.answer });
  });
});

/** An update by filter matching 201 of the check's records, and how many of them it changed. */
async function oversizedUpdate(client: TwentyClient, target: CatalogueObject, created: string[]): Promise<{ answer: Exchange; changed: number; matched: number }> {
  const bodies = bodiesOf(runState, target, 600, 201);
  const records = [...(await createScope(client, target, bodies.slice(0, 200), created)), ...(await createScope(client, target, bodies.slice(200), created))];
  const ids = records.map(idOf);
  const newTag = `${String(tagOf(target, records[0]!))}-u`;
  const answer = await send(client, { method: 'PATCH', path: target.listPath, query: { filter: idFilter(ids), depth: '0' }, body: withTag({}, tagAt(target), newTag) });
  let changed = 0;
  for (let start = 0; start < ids.length; start += 200) {
    const page = await listPage(client, target, { filter: idFilter(ids.slice(start, start + 200)), limit: 200 });
    changed += page.records.filter((record) => tagOf(target, record) === newTag).length;
  }
  return { answer, changed, matched: ids.length };
}

defineCheck('WRITE-021', null, async ({ client }) => {
  const target = requireObject();
  await withScope(client, catalogue, target, async (created) => {
    const [record] = await createScope(client, target, bodiesOf(runState, target, 261, 1), created);
    const duplicate = await send(client, { method: 'POST', path: target.listPath, query: { depth: '0' }, body: { ...bodiesOf(runState, target, 262, 1)[0], id: idOf(record!) } });
    const unknown = crypto.randomUUID();
    const patchUnknown = await send(client, { method: 'PATCH', path: recordPath(target, unknown), query: { depth: '0' }, body: withTag({}, tagAt(target), String(tagOf(target, record!))) });
    const deleteUnknown = await send(client, { method: 'DELETE', path: recordPath(target, unknown) });
    const answers = { duplicate, patchUnknown, deleteUnknown };
    failAt(judgePinnedErrors(answers), answers);
  });
});

// ---------------------------------------------------------------- fields and depth on every route

defineCheck('WRITE-022', null, async ({ client }) => {
  const target = requireObject();
  const tagField = tagAt(target).path[0]!;
  await withScope(client, catalogue, target, async (created) => {
    const answers: (ProjectedAnswer & { exchange: Exchange })[] = [];
    const note = (exchange: Exchange, what: string, records: unknown[], asked: string[]) => answers.push({ what, answer: exchange, exchange, records, asked });
    const [one, ...batch] = bodiesOf(runState, target, 281, 3);
    const createdOne = await send(client, { method: 'POST', path: target.listPath, query: { fields: 'id', depth: '0' }, body: one });
    const oneRecord = dataOf(createdOne, `create${capitalize(target.singular)}`) as RecordJson | undefined;
    if (oneRecord?.['id']) created.push(idOf(oneRecord));
    note(createdOne, `POST ${target.listPath}?fields=id`, [oneRecord], []);
    const createdMany = await send(client, { method: 'POST', path: target.batchPath!, query: { fields: 'id', depth: '0' }, body: batch });
    const many = dataOf(createdMany, `create${capitalize(target.plural)}`);
    if (Array.isArray(many)) created.push(...(many as RecordJson[]).map(idOf));
    note(createdMany, `POST ${target.batchPath}?fields=id`, Array.isArray(many) ? many : [undefined], []);
    if (oneRecord?.['id']) {
      const id = idOf(oneRecord);
      const read = await send(client, { method: 'GET', path: recordPath(target, id), query: { fields: tagField } });
      note(read, `GET ${recordPath(target, id)}?fields=${tagField}`, [dataOf(read, target.envelopeKeys.one ?? target.singular)], [tagField]);
      const patched = await send(client, { method: 'PATCH', path: recordPath(target, id), query: { fields: tagField, depth: '0' }, body: withTag({}, tagAt(target), `${String(tagOf(target, one!))}-f`) });
      note(patched, `PATCH ${recordPath(target, id)}?fields=${tagField}`, [dataOf(patched, `update${capitalize(target.singular)}`)], [tagField]);
    }
    failAt(judgeProjection(answers, Boolean(oneRecord?.['id'])), answers.map((entry) => entry.exchange));
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
      { what: 'GET one', spec: { method: 'GET', path: recordPath(target, id), query: { depth: '2' } } },
      { what: 'POST one', spec: { method: 'POST', path: target.listPath, query: { depth: '2' }, body } },
      { what: 'POST batch', spec: { method: 'POST', path: target.batchPath!, query: { depth: '2' }, body: [body] } },
      { what: 'PATCH one', spec: { method: 'PATCH', path: recordPath(target, id), query: { depth: '2' }, body: {} } },
      { what: 'PATCH many', spec: { method: 'PATCH', path: target.listPath, query: { depth: '2', filter: scope }, body: {} } },
      { what: 'PATCH restore', spec: { method: 'PATCH', path: `${recordPath(target, id)}/restore`, query: { depth: '2' } } },
      { what: 'POST duplicates', spec: { method: 'POST', path: `${target.listPath}/duplicates`, query: { depth: '2' }, body: { ids: [id] } } },
      // Unknown ids and a dry run: even a server that ignored depth would change nothing.
      { what: 'PATCH merge', spec: { method: 'PATCH', path: `${target.listPath}/merge`, query: { depth: '2' }, body: { ids: [crypto.randomUUID(), crypto.randomUUID()], conflictPriorityIndex: 0, dryRun: true } } },
    ];
    const answers: { what: string; answer: Exchange }[] = [];
    for (const probe of probes) {
      const exchange = await send(client, probe.spec);
      // A server that ignored depth wrote records: remember them for the cleanup.
      const answered = (exchange.json as { data?: Record<string, unknown> } | undefined)?.data;
      for (const value of Object.values(answered ?? {})) {
        for (const row of Array.isArray(value) ? value : [value]) if (typeof (row as RecordJson | null)?.['id'] === 'string') created.push(idOf(row as RecordJson));
      }
      answers.push({ what: probe.what, answer: exchange });
    }
    failAt(judgeDepthRefusals(answers), answers.map((entry) => entry.answer));
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
    failOn(judgeGroupBy({ plural: candidate.plural, field, answer: exchange, records }), exchange);
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
    failOn(judgeGroupBy({ plural: target.plural, field: 'id', answer: exchange, records: records.slice(2), softDeleted: 2 }), exchange);
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
  // The second key in both directions: records that tie on the first name come back in the
  // same order for both if the server drops the second key, so one of the two is wrong
  // whatever their ids (with one direction only, the ids' order matched it about half the time).
  for (const direction of ['DescNullsLast', 'AscNullsFirst']) {
    if (name) orders.push({ target: name.target, orderBy: `${name.field}.firstName[AscNullsFirst],${name.field}.lastName[${direction}]` });
  }
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
    const limit = Math.max(2, Math.ceil(ids.length / 5));
    const maxPages = Math.ceil(ids.length / limit) + 2;
    const fetchPage = pageFetcher(client, target, { filter, order_by: orderBy });
    const forward = walkRecords(await walkForward({ limit, maxPages, fetchPage })).map(idOf);
    const backward = walkRecords(await walkBackward({ limit, maxPages, before: '', fetchPage })).map(idOf);
    failOn(judgeCompositeOrder({ orderBy, page: whole.records, resolve: resolverFor(target), policy, limit, forward, backward }), whole.exchange);
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
      failOn(judgeHeaderOnlyRoute({ route: `${route.method} ${route.path}`, auth: auth === 'none' ? 'none' : 'query', answer: exchange }), exchange);
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
      failOn(judgeMalformedInput(probe.what, exchange), exchange);
    }
  });
});
