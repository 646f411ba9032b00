// WRITE-*: create (one and batch), get-one after create, PATCH, hard and soft
// DELETE, restore, the refused bulk DELETE, depth=1 on reads and writes, invalid
// bodies, normalisation on write (contract §1.1–§1.4, §5.6, §6). Every body is a
// designed fixture body (generators/fixtures/design.ts) carrying the run tag, so
// whatever a test leaves behind is removed by the teardown; each test also
// removes what it created itself. Relations point at the run's own fixtures.
import type { Exchange } from '../generators/client/exchange.ts';
import type { TwentyClient } from '../generators/client/twenty-client.ts';
import { creationOrder, designRecords, relationTargetOf, type Body } from '../generators/fixtures/design.ts';
import { readFixtureFile } from '../generators/fixtures/fixture-file.ts';
import { destroyIds } from '../generators/fixtures/fixture-io.ts';
import { tagFilters, tagLocation, tagValueOf } from '../generators/fixtures/run-tag.ts';
import { printFilter } from '../generators/filter/grammar.ts';
import type { CatalogueField, CatalogueObject } from '../generators/openapi/catalogue-types.ts';
import { invalidCases } from '../generators/writes/invalid-bodies.ts';
import { changedFields, normalisedEmail, normalisedLink, readBackDifferences, sameValue } from '../generators/writes/read-back.ts';
import { defineCheck } from './support/define-check.ts';
import { listPage } from './support/list-pages.ts';
import { idFilter } from './support/ordering/probe.ts';
import { loadRunState } from './support/run-state.ts';
import { subjectObjects } from './support/subjects.ts';
import { samplePageSize } from './support/samples.ts';
import { fail, inconclusive, notRun } from './support/verdicts.ts';
import { canonicalTwin, isDuplicateRefusal, refusalStatusViolations, refusedButWritten, refusedProbes } from '../generators/writes/refusal-judges.ts';
import { recordPath } from '../generators/openapi/record-path.ts';
import { brief, capitalize, dataOf, expectStatus, idOf, send } from './support/write-requests.ts';

const runState = loadRunState();
const { catalogue } = runState;
const fixtures = runState.fixtures ?? null;
/** Objects the run writes fixtures to (a batch path and a tag field), parents first. */
const objects = fixtures ? creationOrder(catalogue, runState.writePlan?.objects) : [];
const checkedObjects = subjectObjects('WRITE-001', runState);
const pageSize = samplePageSize(catalogue);

type RecordJson = Record<string, unknown>;

/** The fixture ids of every object, the targets of the join columns in write bodies. */
function parents(): Map<string, string[]> {
  const file = fixtures ? readFixtureFile(fixtures.path) : undefined;
  return new Map((file?.objects ?? []).map((entry) => [entry.plural, entry.ids]));
}

function fixtureRecords(object: CatalogueObject): RecordJson[] {
  const file = fixtures ? readFixtureFile(fixtures.path) : undefined;
  return file?.objects?.find((entry) => entry.plural === object.plural)?.records ?? [];
}

/**
 * Designed body number `n` (100…999: never a fixture's, and a 3-digit tag number
 * so one tag is never the prefix of another).
 */
function bodyOf(object: CatalogueObject, n: number): Body {
  const unique = runState.writePlan?.unique[object.plural];
  return designRecords(object, catalogue, { runId: fixtures!.runId, parents: parents(), count: n + 1, ...(unique ? { unique } : {}) })[n]!;
}

const tagOf = (object: CatalogueObject, body: Body) => String(tagValueOf(body, tagLocation(object)!));

const onePath = recordPath;


function recordAt(exchange: Exchange, key: string, what: string): RecordJson {
  const record = dataOf(exchange, key);
  if (typeof record !== 'object' || record === null || Array.isArray(record) || typeof (record as RecordJson)['id'] !== 'string') {
    fail({ received: brief(exchange), expected: `{"data":{"${key}":{…record with an id…}}} for ${what}`, exchange });
  }
  return record as RecordJson;
}

const createKey = (object: CatalogueObject) => object.envelopeKeys.create ?? `create${capitalize(object.singular)}`;
const oneKey = (object: CatalogueObject) => object.envelopeKeys.one ?? object.singular;

/**
 * A create through the one-record route. WRITE-001 owns its status: the other
 * checks go on with any 2xx that holds the record (a 200 for a 201 is WRITE-001's
 * failure, not theirs).
 */
async function createOne(client: TwentyClient, object: CatalogueObject, body: Body, depth = 0, owner = false): Promise<{ record: RecordJson; exchange: Exchange }> {
  const exchange = await send(client, { method: 'POST', path: object.listPath, query: { depth: String(depth) }, body });
  if (owner || exchange.status < 200 || exchange.status > 299) expectStatus(exchange, 201, `POST ${object.listPath}`);
  return { record: recordAt(exchange, createKey(object), `POST ${object.listPath}`), exchange };
}

/** The fixture setup's batch answers that wrote the records but broke the contract (it went on with them). */
function setupDeviations(object: CatalogueObject) {
  const file = fixtures ? readFixtureFile(fixtures.path) : undefined;
  return (file?.deviations ?? []).filter((entry) => entry.plural === object.plural);
}

async function getOne(client: TwentyClient, object: CatalogueObject, id: string, depth = 0): Promise<Exchange> {
  return send(client, { method: 'GET', path: onePath(object, id), query: { depth: String(depth) } });
}

function expectReadBack(object: CatalogueObject, sent: Body, record: RecordJson, exchange: Exchange, what: string): void {
  const differences = readBackDifferences(object, sent, record);
  if (differences.length > 0) {
    fail({
      received: `${what}: ${differences.slice(0, 4).join('; ')}${differences.length > 4 ? `; … ${differences.length - 4} more` : ''}`,
      expected: 'every sent value read back (text "" ≡ NULL; links and emails may be normalised)',
      exchange,
    });
  }
}

/** How many records (soft-deleted included) carry this exact tag. */
async function countTagged(client: TwentyClient, object: CatalogueObject, tag: string): Promise<{ count: number; exchange: Exchange }> {
  let count = 0;
  let exchange: Exchange | undefined;
  for (const filter of tagFilters(tagLocation(object)!, tag)) {
    const page = await listPage(client, object, { filter, limit: 5 });
    count += page.records.length;
    if (!exchange || page.records.length > 0) exchange = page.exchange;
  }
  return { count, exchange: exchange! };
}

/** Runs a test body, then removes whatever it created (errors of the removal are the teardown's to retry). */
async function removingAfter(client: TwentyClient, object: CatalogueObject, work: (created: string[]) => Promise<void>): Promise<void> {
  const created: string[] = [];
  try {
    await work(created);
  } finally {
    if (created.length > 0) await destroyIds(client, object, created, pageSize).catch(() => undefined);
  }
}


function expectErrorBody(exchange: Exchange, what: string, why: string): void {
  const body = exchange.json as { statusCode?: unknown; error?: unknown; messages?: unknown } | undefined;
  const messages = Array.isArray(body?.messages) ? body.messages : [];
  if (exchange.status !== 400 || body?.statusCode !== 400 || typeof body?.error !== 'string' || typeof messages[0] !== 'string') {
    fail({ received: brief(exchange), expected: `400 {"statusCode":400,"error":"…","messages":["…"]} for ${what}`, hint: why, exchange });
  }
}

/** A writable plain field (not the tag, not a composite or relation) and a designed value different from the body's. */
function patchableField(object: CatalogueObject, body: Body): { field: CatalogueField; value: unknown } | undefined {
  const tag = tagLocation(object)!.path[0];
  for (const field of object.fields) {
    if (!field.writable || field.name === tag || field.kind === 'RELATION' || field.subFields || !(field.name in body)) continue;
    for (let n = 900; n < 930; n++) {
      const value = bodyOf(object, n)[field.name];
      if (value !== undefined && value !== null && !sameValue(field.kind, value, body[field.name])) return { field, value };
    }
  }
  return undefined;
}

for (const object of checkedObjects) {
  defineCheck('WRITE-001', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const body = bodyOf(object, 171);
      const { record, exchange } = await createOne(client, object, body, 0, true);
      created.push(idOf(record));
      expectReadBack(object, body, record, exchange, `POST ${object.listPath}`);
    });
  });

  defineCheck('WRITE-002', object.plural, async ({ client }) => {
    const [deviant] = setupDeviations(object);
    if (deviant) {
      fail({ received: deviant.deviation, expected: `201 {"data":{"create${capitalize(object.plural)}":[…every record…]}}`, hint: 'seen while creating the fixtures; the run went on with the records it wrote', exchange: deviant.exchange });
    }
    await removingAfter(client, object, async (created) => {
      const bodies = [241, 242, 243].map((n) => bodyOf(object, n));
      const exchange = await send(client, { method: 'POST', path: object.batchPath!, query: { depth: '0' }, body: bodies });
      expectStatus(exchange, 201, `POST ${object.batchPath}`);
      const key = `create${capitalize(object.plural)}`;
      const records = dataOf(exchange, key);
      if (!Array.isArray(records)) fail({ received: brief(exchange), expected: `{"data":{"${key}":[…]}}`, exchange });
      created.push(...(records as RecordJson[]).map(idOf));
      const sentTags = bodies.map((body) => tagOf(object, body));
      const gotTags = (records as RecordJson[]).map((record) => String(tagValueOf(record, tagLocation(object)!)));
      if (JSON.stringify(sentTags) !== JSON.stringify(gotTags)) {
        fail({ received: `records tagged ${gotTags.join(', ')}`, expected: `the ${bodies.length} records in input order: ${sentTags.join(', ')}`, exchange });
      }
      bodies.forEach((body, index) => expectReadBack(object, body, (records as RecordJson[])[index]!, exchange, `batch item ${index + 1}`));
    });
  });

  defineCheck('WRITE-003', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const body = bodyOf(object, 311);
      const { record } = await createOne(client, object, body);
      created.push(idOf(record));
      const exchange = await getOne(client, object, idOf(record));
      expectStatus(exchange, 200, `GET ${onePath(object, idOf(record))}`);
      const got = recordAt(exchange, oneKey(object), 'get-one');
      expectReadBack(object, body, got, exchange, 'get-one after create');
      const changed = changedFields(record, got, new Set());
      if (changed.length > 0) fail({ received: `get-one differs from the create answer in ${changed.join(', ')}`, expected: 'the record as created', exchange });
    });
  });

  defineCheck('WRITE-004', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const body = bodyOf(object, 381);
      const { record: before } = await createOne(client, object, body);
      created.push(idOf(before));
      const patch = patchableField(object, body);
      if (!patch) inconclusive(`${object.plural} has no plain writable field to change`);
      const path = onePath(object, idOf(before));
      const answer = await send(client, { method: 'PATCH', path, query: { depth: '0' }, body: { [patch.field.name]: patch.value } });
      expectStatus(answer, 200, `PATCH ${path}`);
      const answered = recordAt(answer, `update${capitalize(object.singular)}`, `PATCH ${path}`);
      // The answer itself must be the updated record, not the one before the update.
      if (!sameValue(patch.field.kind, patch.value, answered[patch.field.name])) {
        fail({ received: `the PATCH answer holds ${patch.field.name} = ${JSON.stringify(answered[patch.field.name])}`, expected: `the updated record: ${JSON.stringify(patch.value)} as sent`, exchange: answer });
      }
      const exchange = await getOne(client, object, idOf(before));
      const after = recordAt(exchange, oneKey(object), 'get-one after PATCH');
      if (!sameValue(patch.field.kind, patch.value, after[patch.field.name])) {
        fail({ received: `${patch.field.name} is ${JSON.stringify(after[patch.field.name])}`, expected: `${JSON.stringify(patch.value)} as sent in the PATCH`, exchange });
      }
      const changed = changedFields(before, after, new Set(['updatedAt', patch.field.name]));
      if (changed.length > 0) {
        fail({
          received: `PATCH {${patch.field.name}} also changed ${changed.map((name) => `${name} (${JSON.stringify(before[name])} → ${JSON.stringify(after[name])})`).slice(0, 4).join(', ')}`,
          expected: 'every field the body did not name unchanged',
          exchange,
        });
      }
    });
  });

  defineCheck('WRITE-005', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const body = bodyOf(object, 451);
      const { record } = await createOne(client, object, body);
      created.push(idOf(record));
      const path = onePath(object, idOf(record));
      const answer = await send(client, { method: 'DELETE', path });
      expectStatus(answer, 200, `DELETE ${path}`);
      const deleted = dataOf(answer, `delete${capitalize(object.singular)}`) as RecordJson | undefined;
      if (deleted?.['id'] !== idOf(record)) fail({ received: brief(answer), expected: `{"data":{"delete${capitalize(object.singular)}":{"id":"${idOf(record)}"}}}`, exchange: answer });
      const after = await getOne(client, object, idOf(record));
      expectStatus(after, 404, `GET ${path} after DELETE`);
      const { count, exchange } = await countTagged(client, object, tagOf(object, body));
      if (count !== 0) fail({ received: `${count} record(s) still listed with deletedAt named in the filter`, expected: 'none: a plain DELETE destroys the record', exchange });
    });
  });

  defineCheck('WRITE-006', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const { record } = await createOne(client, object, bodyOf(object, 521));
      const id = idOf(record);
      created.push(id);
      const path = onePath(object, id);
      const answer = await send(client, { method: 'DELETE', path, query: { soft_delete: 'true' } });
      expectStatus(answer, 200, `DELETE ${path}?soft_delete=true`);
      const deleted = dataOf(answer, `delete${capitalize(object.singular)}`) as RecordJson | undefined;
      if (deleted?.['id'] !== id) fail({ received: brief(answer), expected: `{"data":{"delete${capitalize(object.singular)}":{"id":"${id}"}}}`, exchange: answer });
      const hidden = await listPage(client, object, { filter: idFilter([id]), limit: 2 });
      if (hidden.records.length !== 0) fail({ received: `id[in]:[${id}] lists ${hidden.records.length} record(s)`, expected: 'none: a soft-deleted record is hidden unless the filter names deletedAt', exchange: hidden.exchange });
      const named = await listPage(client, object, { filter: printFilter({ type: 'and', children: [{ type: 'leaf', path: ['id'], comparator: 'in', value: [id] }, { type: 'leaf', path: ['deletedAt'], comparator: 'is', value: 'NOT_NULL' }] }), limit: 2 });
      const found = named.records[0];
      if (named.records.length !== 1 || found?.['deletedAt'] === null || found?.['deletedAt'] === undefined) {
        fail({ received: `${named.records.length} record(s)${found ? `, deletedAt ${JSON.stringify(found['deletedAt'])}` : ''}`, expected: 'the record, with deletedAt set, when the filter names deletedAt', exchange: named.exchange });
      }
    });
  });

  defineCheck('WRITE-007', object.plural, async ({ client }) => {
    await removingAfter(client, object, async (created) => {
      const { record } = await createOne(client, object, bodyOf(object, 591));
      const id = idOf(record);
      created.push(id);
      const soft = await send(client, { method: 'DELETE', path: onePath(object, id), query: { soft_delete: 'true' } });
      expectStatus(soft, 200, 'the soft delete before the restore');
      const path = `${onePath(object, id)}/restore`;
      const answer = await send(client, { method: 'PATCH', path, query: { depth: '0' } });
      expectStatus(answer, 200, `PATCH ${path}`);
      const restored = recordAt(answer, `restore${capitalize(object.singular)}`, `PATCH ${path}`);
      if (restored['deletedAt'] !== null && restored['deletedAt'] !== undefined) {
        fail({ received: `deletedAt ${JSON.stringify(restored['deletedAt'])} in the restore answer`, expected: 'deletedAt null', exchange: answer });
      }
      const listed = await listPage(client, object, { filter: idFilter([id]), limit: 2 });
      if (listed.records.length !== 1) fail({ received: `id[in]:[${id}] lists ${listed.records.length} record(s) after the restore`, expected: 'the restored record, listed again', exchange: listed.exchange });
    });
  });

  const joins = object.fields.filter((field) => field.writable && relationTargetOf(field, catalogue) && objects.includes(relationTargetOf(field, catalogue)!));
  if (joins.length > 0) {
    defineCheck('WRITE-009', object.plural, async ({ client }) => {
      for (const join of joins) {
        const relation = object.fields.find((field) => field.name !== join.name && field.kind === 'RELATION' && field.relation?.joinColumn === join.name);
        if (!relation) continue;
        const child = fixtureRecords(object).find((record) => typeof record[join.name] === 'string');
        if (!child) inconclusive(`no ${object.plural} fixture has ${join.name} set`);
        const exchange = await getOne(client, object, idOf(child), 1);
        expectStatus(exchange, 200, `GET ${onePath(object, idOf(child))}?depth=1`);
        const embedded = recordAt(exchange, oneKey(object), 'get-one depth=1')[relation.name] as RecordJson | null | undefined;
        if (embedded?.['id'] !== child[join.name]) {
          fail({ received: `${relation.name} is ${JSON.stringify(embedded)?.slice(0, 120)}`, expected: `the related record ${child[join.name]} embedded as ${relation.name} with depth=1`, exchange });
        }
        await removingAfter(client, object, async (created) => {
          const body = { ...bodyOf(object, 461), [join.name]: child[join.name] };
          const { record, exchange: write } = await createOne(client, object, body, 1);
          created.push(idOf(record));
          const onWrite = record[relation.name] as RecordJson | null | undefined;
          if (onWrite?.['id'] !== child[join.name]) {
            fail({ received: `${relation.name} is ${JSON.stringify(onWrite)?.slice(0, 120)} in the create answer`, expected: `the related record embedded with depth=1 on POST`, exchange: write });
          }
        });
      }
    });
  }

  defineCheck('WRITE-010', object.plural, async ({ client }) => {
    // 4xx: the operations spec creates records 600…800 (WRITE-020), so unique values must not meet those.
    let n = 471;
    for (const invalid of invalidCases(object, () => bodyOf(object, n++))) {
      await removingAfter(client, object, async (created) => {
        const path = invalid.batch ? object.batchPath! : object.listPath;
        const exchange = await send(client, { method: 'POST', path, query: { depth: '0' }, body: invalid.body });
        if (exchange.status < 300) {
          const answered = dataOf(exchange, invalid.batch ? `create${capitalize(object.plural)}` : createKey(object));
          created.push(...(Array.isArray(answered) ? answered : [answered]).filter((record): record is RecordJson => typeof record === 'object' && record !== null).map(idOf));
        }
        expectErrorBody(exchange, `POST ${path} with ${invalid.name}`, invalid.why);
        for (const body of Array.isArray(invalid.body) ? invalid.body : [invalid.body]) {
          const { count, exchange: listed } = await countTagged(client, object, tagOf(object, body));
          if (count !== 0) {
            fail({ received: `${count} record(s) tagged ${tagOf(object, body)} exist after the refused ${invalid.name}`, expected: 'nothing written by a refused request (a batch is all or nothing)', hint: invalid.why, exchange: listed });
          }
        }
      });
    }
  });
}

defineCheck('WRITE-008', null, async ({ client }) => {
  const object = objects[0];
  if (!object) inconclusive('no object the suite can write fixtures to');
  const ids = fixtureRecords(object).map(idOf);
  for (const [query, word] of [[{ soft_delete: 'true' }, 'delete'], [{}, 'destroy']] as const) {
    const exchange = await send(client, { method: 'DELETE', path: object.listPath, query });
    const messages = (exchange.json as { messages?: unknown } | undefined)?.messages;
    const message = `Filters are mandatory for bulk ${word} operations`;
    if (exchange.status !== 400 || !Array.isArray(messages) || !messages.some((text) => typeof text === 'string' && text.includes(message))) {
      fail({ received: brief(exchange), expected: `400 with "${message}" for DELETE ${object.listPath}${'soft_delete' in query ? '?soft_delete=true' : ''} without a filter`, exchange });
    }
  }
  const still = await listPage(client, object, { filter: idFilter(ids), limit: ids.length + 1 });
  if (still.records.length !== ids.length) fail({ received: `${still.records.length} of the ${ids.length} fixtures left`, expected: 'every fixture still there after the refused bulk deletes', exchange: still.exchange });
});

defineCheck('WRITE-011', null, async ({ client }) => {
  const cases: { object: CatalogueObject; field: string; sub: string; sent: string; stored: string }[] = [];
  // Per run: the LINKS and EMAILS fields met first are unique on a real workspace (REAL-WORKSPACE.md §2.1).
  const link = `https://WWW.${fixtures!.runId.toUpperCase()}.Example.COM/Some/Path/`;
  const email = `Mixed.Case.${fixtures!.runId.toUpperCase()}@Example.COM`;
  for (const kind of ['LINKS', 'EMAILS'] as const) {
    for (const object of objects) {
      const field = object.fields.find((candidate) => candidate.writable && candidate.kind === kind && candidate.name !== tagLocation(object)!.path[0]);
      if (!field) continue;
      cases.push(kind === 'LINKS' ? { object, field: field.name, sub: 'primaryLinkUrl', sent: link, stored: normalisedLink(link) } : { object, field: field.name, sub: 'primaryEmail', sent: email, stored: normalisedEmail(email) });
      break;
    }
  }
  // The run writes no such field (none exists, or its objects were left out): nothing to judge, not a failure.
  if (cases.length === 0) notRun('a writable LINKS or EMAILS field', 'no object the run writes has one');
  for (const probe of cases) {
    await removingAfter(client, probe.object, async (created) => {
      const base = bodyOf(probe.object, 801);
      const current = base[probe.field];
      const body = { ...base, [probe.field]: { ...(typeof current === 'object' && current !== null ? current : {}), [probe.sub]: probe.sent } };
      const { record } = await createOne(client, probe.object, body);
      created.push(idOf(record));
      const exchange = await getOne(client, probe.object, idOf(record));
      const stored = (recordAt(exchange, oneKey(probe.object), 'get-one')[probe.field] as RecordJson | null)?.[probe.sub];
      if (stored !== probe.stored) {
        fail({ received: `${probe.object.plural}.${probe.field}.${probe.sub} stored as ${JSON.stringify(stored)}`, expected: `${JSON.stringify(probe.stored)} (sent ${JSON.stringify(probe.sent)})`, exchange });
      }
    });
  }
});

// ---------------------------------------------------------------- a real workspace's refusals (WRITE-040…042)

const plan = runState.writePlan ?? null;
const duplicateObjects = subjectObjects('WRITE-040', runState, (object) => (plan?.unique[object.plural] ?? []).length > 0);

for (const object of duplicateObjects) {
  defineCheck('WRITE-040', object.plural, async ({ client }) => {
    const [head, sub] = plan!.unique[object.plural]![0]! as [string, string | undefined];
    const field = object.fields.find((candidate) => candidate.name === head)!;
    const at = (body: Body) => (sub === undefined ? body[head] : (body[head] as Body | null | undefined)?.[sub]);
    await removingAfter(client, object, async (created) => {
      const first = bodyOf(object, 941);
      const held = at(first);
      if (typeof held !== 'string') inconclusive(`the designed ${object.plural} body has no text at ${[head, sub].filter(Boolean).join('.')}`);
      const { record } = await createOne(client, object, first);
      created.push(idOf(record));
      const twin = canonicalTwin(field.kind, sub, held);
      const clash = bodyOf(object, 943);
      clash[head] = sub === undefined ? twin : { ...((clash[head] as Body | null) ?? {}), [sub]: twin };
      const batch = [bodyOf(object, 942), clash];
      const exchange = await send(client, { method: 'POST', path: object.batchPath!, query: { depth: '0' }, body: batch });
      if (exchange.status < 300) {
        const answered = dataOf(exchange, `create${capitalize(object.plural)}`);
        if (Array.isArray(answered)) created.push(...answered.filter((entry): entry is RecordJson => typeof entry === 'object' && entry !== null).map(idOf));
      }
      if (!isDuplicateRefusal(exchange.status, exchange.json)) {
        fail({
          received: brief(exchange),
          expected: `400 "A duplicate entry was detected" for a batch whose second record repeats ${object.plural}.${[head, sub].filter(Boolean).join('.')} ${JSON.stringify(held)} as ${JSON.stringify(twin)}`,
          exchange,
        });
      }
      for (const body of batch) {
        const { count, exchange: listed } = await countTagged(client, object, tagOf(object, body));
        if (count !== 0) fail({ received: `${count} record(s) tagged ${tagOf(object, body)} exist after the refused batch`, expected: 'nothing of a refused batch written', exchange: listed });
      }
    });
  });
}

if (fixtures) {
  defineCheck('WRITE-041', null, async () => {
    const refused = refusedProbes(plan?.probes ?? []);
    if (refused.length === 0) notRun('a refused write', 'no write probe was refused in this run (gate probes the objects Twenty refuses by design; install only its candidates)');
    const violations = refusalStatusViolations(refused);
    if (violations.length > 0) fail({ received: violations.join('; '), expected: 'a 400/401/403 with {statusCode, error, messages} for every refused write' });
  });

  defineCheck('WRITE-042', null, async () => {
    const refused = refusedProbes(plan?.probes ?? []);
    if (refused.length === 0) notRun('a refused write', 'no write probe was refused in this run (gate probes the objects Twenty refuses by design; install only its candidates)');
    const written = refusedButWritten(refused);
    if (written.length > 0) fail({ received: written.join('; '), expected: 'no record carrying the tag of a refused write (the runner removed what it found)' });
  });
}
