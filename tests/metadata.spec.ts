// META-*: the metadata API (contract §1.5, §1.6). Its document is judged from the
// run state (no request); every list the document (or, where it lags, the
// contract) names is judged for the flat envelope, bounded forward and backward
// walks with raw-id cursors, limit default/maximum/non-integer, cursor errors and
// get-one/404, using the pagination and AUTH judges of those areas; gate writes
// a custom object with a custom field and a view with its fields, filters and
// sorts, tagged with the run tag and removed (the runner sweeps leftovers too).
// Requests, measured on the reference: smoke 1 (one list); install and gate about
// 10 a resource for the reads, plus ~30 for the two write flows in gate.
import { randomUUID } from 'node:crypto';
import { echoProblem } from '../generators/auth/echo.ts';
import { rejectionProblem, sameRejectionProblem } from '../generators/auth/answer-rules.ts';
import type { AuthMode, Exchange } from '../generators/client/exchange.ts';
import type { TwentyClient } from '../generators/client/twenty-client.ts';
import { runTag } from '../generators/fixtures/run-tag.ts';
import { asPage, flatEnvelopeProblems, itemOf, legacyAliasProblems, readBackProblems, walkLimit } from '../generators/metadata/judges.ts';
import { metadataNames, METADATA_PATH } from '../generators/metadata/names.ts';
import { CONTRACT_METADATA_LIMIT, CONTRACT_METADATA_RESOURCES, buildMetadataCatalogue, serversMismatch, type MetadataResourceEntry } from '../generators/openapi/metadata-catalogue.ts';
import { cursorIdViolations, forwardPageViolations, idsOf, limitViolations, walkPageBound } from '../generators/pagination/page-rules.ts';
import { pageInvariants, rawIdCursor, walkBackward, walkForward, type Page, type PageParams } from '../generators/pagination/walk.ts';
import { judgeErrorBody, judgeRejectionStatus } from '../generators/robustness/judge.ts';
import { defineCheck } from './support/define-check.ts';
import { memoGet } from './support/list-pages.ts';
import { loadRunState } from './support/run-state.ts';
import { subjectResources } from './support/subjects.ts';
import { fail, inconclusive } from './support/verdicts.ts';

type Json = Record<string, unknown>;

const runState = loadRunState();
const { config, target } = runState;
const metadata = runState.metadata;
const analysed = metadata && 'catalogue' in metadata ? metadata : undefined;
const resources: MetadataResourceEntry[] =
  analysed?.catalogue.resources ?? CONTRACT_METADATA_RESOURCES.map((name) => ({ name, listPath: `/${name}`, onePath: `/${name}/{id}`, documented: false }));
const limits = analysed?.catalogue.limit ?? { ...CONTRACT_METADATA_LIMIT, fromDocument: false };
const listed = subjectResources('META-004', resources);
const walked = subjectResources('META-005', resources);

const listPathOf = (resource: MetadataResourceEntry) => `${METADATA_PATH}${resource.listPath}`;
const onePathOf = (resource: MetadataResourceEntry, id: string) => `${METADATA_PATH}/${resource.name}/${encodeURIComponent(id)}`;
const FLAT = 'HTTP 200 with the flat envelope {data: [...], pageInfo: {hasNextPage, hasPreviousPage, startCursor, endCursor}, totalCount}';

/** A list answer judged for its envelope; a resource neither documented nor served is inconclusive. */
function pageFrom(exchange: Exchange, resource: MetadataResourceEntry): Page {
  if (exchange.status === 404 && !resource.documented) inconclusive(`${listPathOf(resource)} answers 404 and the metadata document does not list it`);
  const problems = exchange.status === 200 ? flatEnvelopeProblems(exchange.json) : [`HTTP ${exchange.status}`];
  if (problems.length > 0) fail({ received: problems.join('; '), expected: FLAT, exchange });
  return asPage(exchange.json);
}

/** The whole list in one page (its default limit), shared by the checks of a worker; `fresh` reads it again. */
async function fullList(client: TwentyClient, resource: MetadataResourceEntry, fresh = false): Promise<{ page: Page; exchange: Exchange }> {
  const exchange = await memoGet(client, listPathOf(resource), {}, { fresh });
  return { page: pageFrom(exchange, resource), exchange };
}

/** Attempts of a judgement whose list changed meanwhile (gate's write checks run beside the reads). */
const STABLE_ATTEMPTS = 3;

/**
 * Judges `judge(truth)` against the single-page list; when it finds problems the
 * list is read again, and only if it is unchanged are the problems the server's.
 * A list that changed (another worker's META-011/012 writes) is judged again.
 */
async function judgeOnStableList(client: TwentyClient, resource: MetadataResourceEntry, judge: (truth: Page) => Promise<string[]>): Promise<{ problems: string[]; truth: Page }> {
  let truth = await walkTruth(client, resource);
  for (let attempt = 1; ; attempt++) {
    const problems = await judge(truth);
    if (problems.length === 0) return { problems, truth };
    const again = await walkTruth(client, resource, true);
    if (JSON.stringify(idsOf(again.records)) === JSON.stringify(idsOf(truth.records))) return { problems, truth };
    if (attempt >= STABLE_ATTEMPTS) inconclusive(`${resource.name} changed during each of ${STABLE_ATTEMPTS} walks (concurrent writes)`);
    truth = again;
  }
}

function pageFetcher(client: TwentyClient, resource: MetadataResourceEntry) {
  return async (params: PageParams): Promise<Page> => {
    const query: Record<string, string> = { limit: String(params.limit) };
    if (params.starting_after !== undefined) query['starting_after'] = params.starting_after;
    if (params.ending_before !== undefined) query['ending_before'] = params.ending_before;
    return pageFrom(await client.request({ method: 'GET', path: listPathOf(resource), query }), resource);
  };
}

/** The truth a walk is judged against: the complete list, which must fit one page. */
async function walkTruth(client: TwentyClient, resource: MetadataResourceEntry, fresh = false): Promise<Page> {
  const { page } = await fullList(client, resource, fresh);
  if (page.pageInfo.hasNextPage) inconclusive(`${resource.name} holds more than one default page (${page.totalCount} items): no single-page answer to walk against`);
  return page;
}

function expectError(exchange: Exchange, message: string | null, what: string): void {
  const answer = { status: exchange.status, body: exchange.responseBody, json: exchange.json };
  const finding = judgeRejectionStatus(answer, 'bad-request') ?? judgeErrorBody(answer);
  if (finding) fail({ ...finding, hint: what, exchange });
  const messages = (exchange.json as { messages?: unknown }).messages;
  if (message !== null && !(Array.isArray(messages) && messages.includes(message))) {
    fail({ received: `messages ${JSON.stringify(messages)}`, expected: `messages holding ${JSON.stringify(message)}`, hint: what, exchange });
  }
}

// ------------------------------------------------------------------ document

defineCheck('META-001', null, async () => {
  if (!metadata) inconclusive('the run state holds no metadata document stage');
  if ('problem' in metadata) fail({ received: metadata.problem, expected: `a metadata OpenAPI document at ${metadata.source}` });
  if (!metadata.valid) {
    fail({ received: `${metadata.validationErrors.length} validation error(s): ${metadata.validationErrors.slice(0, 3).join('; ')}`, expected: 'a valid OpenAPI 3.0/3.1 document' });
  }
  if (metadata.catalogue.baseDocumentOnly) {
    fail({ received: `${metadata.source} with the header token lists no metadata resource (base document only)`, expected: 'paths for the workspace metadata resources (/objects, /fields, …)' });
  }
});

defineCheck('META-002', null, async ({ client }) => {
  const main = await client.request({ method: 'GET', path: '/open-api/metadata' });
  // Paths are relative to <base>/rest: one dot segment reaches the alias outside it.
  const alias = await client.request({ method: 'GET', path: '/../open-api/metadata' });
  for (const exchange of [main, alias]) {
    if (exchange.status !== 200 || typeof exchange.json !== 'object' || exchange.json === null) {
      fail({ received: `HTTP ${exchange.status}`, expected: 'HTTP 200 with the metadata document on both aliases', exchange });
    }
  }
  const pathsOf = (exchange: Exchange) => Object.keys(((exchange.json as Json)['paths'] ?? {}) as Json).sort();
  const [a, b] = [pathsOf(main), pathsOf(alias)];
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    fail({ received: `/open-api/metadata lists ${b.length} paths (${b.slice(0, 5).join(', ')}…)`, expected: `the ${a.length} paths of /rest/open-api/metadata`, exchange: alias });
  }
});

defineCheck('META-003', null, async () => {
  if (!analysed) inconclusive('no metadata document was analysed');
  const problem = serversMismatch(analysed.catalogue.servers, target.baseUrl);
  if (problem) fail({ received: problem, expected: `servers naming ${target.baseUrl.replace(/\/+$/, '')}/rest/metadata, the base URL in use` });
});

// ------------------------------------------------------------------ lists

for (const resource of listed) {
  defineCheck('META-004', resource.name, async ({ client }) => {
    const { page, exchange } = await fullList(client, resource);
    const problems = [
      ...cursorIdViolations(page, rawIdCursor),
      ...forwardPageViolations(page, { startingAfter: false, remaining: page.totalCount - page.records.length }),
    ];
    if (problems.length > 0) fail({ received: problems.join('; '), expected: 'raw item ids as startCursor/endCursor and era-D flags on the first page', exchange });
  });
}

for (const resource of walked) {
  defineCheck('META-005', resource.name, async ({ client }) => {
    let pages = 0;
    const { problems, truth } = await judgeOnStableList(client, resource, async (truth) => {
      const ids = idsOf(truth.records);
      const limit = walkLimit(ids.length);
      const walk = await walkForward({ limit, maxPages: walkPageBound(ids.length, limit), fetchPage: pageFetcher(client, resource) });
      pages = walk.pages.length;
      return pageInvariants(walk, ids, { limit, decode: rawIdCursor, expectedTotal: truth.totalCount });
    });
    if (problems.length > 0) {
      const limit = walkLimit(truth.records.length);
      fail({ received: problems.slice(0, 4).join('; '), expected: `the ${truth.records.length} items of the single-page answer, each once and in order, in pages of ${limit}`, hint: `${pages} page(s) fetched` });
    }
  });

  defineCheck('META-006', resource.name, async ({ client }) => {
    let pages = 0;
    const { problems, truth } = await judgeOnStableList(client, resource, async (truth) => {
      const ids = idsOf(truth.records);
      const last = ids[ids.length - 1];
      if (last === undefined) return []; // an empty list has nothing before anything; META-004 judged its envelope
      const limit = walkLimit(ids.length);
      const walk = await walkBackward({ limit, maxPages: walkPageBound(ids.length, limit), before: last, fetchPage: pageFetcher(client, resource) });
      pages = walk.pages.length;
      return pageInvariants(walk, ids.slice(0, -1), { limit, decode: rawIdCursor, expectedTotal: truth.totalCount });
    });
    if (problems.length > 0) {
      const limit = walkLimit(truth.records.length);
      fail({ received: problems.slice(0, 4).join('; '), expected: `the ${truth.records.length - 1} items before the last one, in list order, in pages of ${limit}`, hint: `${pages} page(s) fetched backward` });
    }
  });

  defineCheck('META-007', resource.name, async ({ client }) => {
    const { page, exchange } = await fullList(client, resource);
    const atDefault = limitViolations(page, { requested: limits.default, maximum: limits.maximum });
    if (atDefault.length > 0) fail({ received: `without limit: ${atDefault.join('; ')}`, expected: `the document's default page of ${limits.default}`, exchange });
    const above = await client.request({ method: 'GET', path: listPathOf(resource), query: { limit: String(limits.maximum + 1) } });
    const clamped = limitViolations(pageFrom(above, resource), { requested: limits.maximum + 1, maximum: limits.maximum });
    if (clamped.length > 0) fail({ received: clamped.join('; '), expected: `a page clamped to the document's maximum ${limits.maximum}`, exchange: above });
    const fraction = await client.request({ method: 'GET', path: listPathOf(resource), query: { limit: '1.5' } });
    expectError(fraction, "limit '1.5' is invalid. Should be an integer", 'limit=1.5');
  });

  defineCheck('META-008', resource.name, async ({ client }) => {
    const id = randomUUID();
    const both = await client.request({ method: 'GET', path: listPathOf(resource), query: { starting_after: id, ending_before: id } });
    expectError(both, "'starting_after' and 'ending_before' cannot be used together.", 'starting_after and ending_before together');
    const notUuid = await client.request({ method: 'GET', path: listPathOf(resource), query: { starting_after: 'not-a-uuid' } });
    expectError(notUuid, 'Invalid cursor: not-a-uuid', 'starting_after=not-a-uuid');
  });

  defineCheck('META-010', resource.name, async ({ client }) => {
    let one: Exchange | undefined;
    const { problems } = await judgeOnStableList(client, resource, async (truth) => {
      const first = truth.records[0];
      if (first === undefined) return [];
      const id = String(first['id']);
      one = await client.request({ method: 'GET', path: onePathOf(resource, id) });
      return one.status === 200 && itemOf(one.json)?.['id'] === id ? [] : [`GET ${onePathOf(resource, id)} answered HTTP ${one.status} ${one.responseBody.slice(0, 120)}`];
    });
    if (problems.length > 0) fail({ received: problems.join('; '), expected: 'HTTP 200 with the listed item', ...(one ? { exchange: one } : {}) });
    const unknown = await client.request({ method: 'GET', path: onePathOf(resource, randomUUID()) });
    const answer = { status: unknown.status, body: unknown.responseBody, json: unknown.json };
    if (unknown.status !== 404) fail({ received: `HTTP ${unknown.status} ${unknown.responseBody.slice(0, 120)}`, expected: 'HTTP 404 for an id that names nothing', exchange: unknown });
    const body = judgeErrorBody(answer);
    if (body) fail({ ...body, exchange: unknown });
  });
}

// ------------------------------------------------------------------ auth

defineCheck('META-009', null, async ({ client }) => {
  const objects = resources.find((resource) => resource.name === 'objects') ?? resources[0]!;
  const { page } = await fullList(client, objects);
  const firstId = String(page.records[0]?.['id'] ?? randomUUID());
  // Every endpoint kind; the create carries an empty body, so an accepted token writes nothing.
  const kinds: { what: string; method: string; path: string; body?: unknown }[] = [
    { what: 'list', method: 'GET', path: listPathOf(objects) },
    { what: 'get one', method: 'GET', path: onePathOf(objects, firstId) },
    { what: 'create', method: 'POST', path: listPathOf(objects), body: {} },
    // Unknown ids: an accepted token still changes nothing.
    { what: 'update', method: 'PATCH', path: onePathOf(objects, randomUUID()), body: {} },
    { what: 'delete', method: 'DELETE', path: onePathOf(objects, randomUUID()) },
    { what: 'legacy alias', method: 'GET', path: '/webhooks' },
  ];
  // Install (450 requests) probes the read kinds; gate every endpoint kind.
  for (const kind of config.profile === 'install' ? kinds.filter((entry) => entry.method === 'GET') : kinds) {
    // Every probe writes nothing even if accepted (empty bodies, unknown ids): a gateway answer is retried.
    const send = (auth: AuthMode) => client.request({ method: kind.method, path: kind.path, auth, safe: true, ...(kind.body !== undefined ? { body: kind.body } : {}) });
    const absent = await send('none');
    const query = await send({ queryToken: true });
    const problem = rejectionProblem(query) ?? sameRejectionProblem(query, absent) ?? echoProblem(query, []) ?? echoProblem(absent, []);
    if (problem) fail({ received: `${kind.what}: ${problem}`, expected: 'the token in ?token= rejected exactly as if absent (401/403, no data), never echoed', exchange: query });
  }
  // The document is public: with ?token= it is the base document, as without any token (§1.6).
  const document = await client.request({ method: 'GET', path: '/open-api/metadata', auth: { queryToken: true } });
  if (document.status === 200 && !buildMetadataCatalogue(document.json).baseDocumentOnly) {
    fail({ received: 'the metadata document lists the workspace resources for a ?token= request', expected: 'the base document only (the query token is ignored)', exchange: document });
  }
});

defineCheck('META-013', null, async ({ client }) => {
  for (const name of ['webhooks', 'apiKeys']) {
    const exchange = await client.request({ method: 'GET', path: `/${name}` });
    const problems = legacyAliasProblems({ status: exchange.status, json: exchange.json, headers: exchange.responseHeaders }, name);
    if (problems.length > 0) fail({ received: `/rest/${name}: ${problems.join('; ')}`, expected: `a raw array with Deprecation: @1786320000 and Link: </rest/metadata/${name}>; rel="successor-version"`, exchange });
  }
});

// ------------------------------------------------------------------ writes (gate)

/** A write answered 2xx with an item that reads back what was sent; returns the item. */
async function written(client: TwentyClient, method: string, path: string, body: Json, what: string): Promise<Json> {
  const exchange = await client.request({ method, path, body });
  const item = itemOf(exchange.json);
  const problems = exchange.status >= 200 && exchange.status < 300 ? readBackProblems(body, item) : [`HTTP ${exchange.status} ${exchange.responseBody.slice(0, 160)}`];
  if (problems.length > 0 || !item) fail({ received: `${what}: ${problems.join('; ')}`, expected: `${what} answered 2xx with the item holding every value sent`, exchange });
  return item;
}

async function readsBack(client: TwentyClient, path: string, sent: Json, what: string): Promise<Json> {
  const exchange = await client.request({ method: 'GET', path });
  const item = itemOf(exchange.json);
  const problems = exchange.status === 200 ? readBackProblems(sent, item) : [`HTTP ${exchange.status}`];
  if (problems.length > 0 || !item) fail({ received: `${what}: ${problems.join('; ')}`, expected: `${what} read back with the values written`, exchange });
  return item;
}

async function gone(client: TwentyClient, path: string, what: string): Promise<void> {
  const exchange = await client.request({ method: 'GET', path });
  if (exchange.status !== 404) fail({ received: `${what}: HTTP ${exchange.status} after the delete`, expected: `${what} answers 404 once deleted`, exchange });
}

async function deleted(client: TwentyClient, path: string, what: string): Promise<void> {
  const exchange = await client.request({ method: 'DELETE', path });
  if (exchange.status < 200 || exchange.status >= 300) fail({ received: `${what}: HTTP ${exchange.status} ${exchange.responseBody.slice(0, 160)}`, expected: `${what} deleted with 2xx`, exchange });
}

/** Best effort: what a failed flow left behind (the runner sweeps tagged metadata again at the end). */
async function removeQuietly(client: TwentyClient, paths: string[]): Promise<void> {
  for (const path of paths.reverse()) await client.request({ method: 'DELETE', path }).catch(() => undefined);
}

function tagOfRun(): { tag: string; names: ReturnType<typeof metadataNames> } {
  const runId = runState.fixtures?.runId;
  if (!runId) inconclusive('this run has no run id to tag metadata with');
  return { tag: runTag(runId), names: metadataNames(runId) };
}

defineCheck('META-011', null, async ({ client }) => {
  const { tag, names } = tagOfRun();
  const leftovers: string[] = [];
  try {
    const objectBody = { nameSingular: names.singular, namePlural: names.plural, labelSingular: `${tag} object`, labelPlural: `${tag} objects` };
    const object = await written(client, 'POST', `${METADATA_PATH}/objects`, objectBody, 'create object');
    const objectPath = `${METADATA_PATH}/objects/${String(object['id'])}`;
    leftovers.push(objectPath);
    const fieldBody = { objectMetadataId: String(object['id']), name: names.field, label: `${tag} note`, type: 'TEXT' };
    const field = await written(client, 'POST', `${METADATA_PATH}/fields`, fieldBody, 'create field');
    const fieldPath = `${METADATA_PATH}/fields/${String(field['id'])}`;
    leftovers.push(fieldPath);

    const readObject = await readsBack(client, objectPath, objectBody, 'the object');
    const fields = Array.isArray(readObject['fields']) ? (readObject['fields'] as Json[]) : undefined;
    if (fields && !fields.some((candidate) => candidate['id'] === field['id'])) {
      fail({ received: `the object lists ${fields.length} fields without ${names.field}`, expected: 'the custom field among the object\'s fields' });
    }
    await readsBack(client, fieldPath, fieldBody, 'the field');

    const fieldChange = { label: `${tag} note (renamed)` };
    await written(client, 'PATCH', fieldPath, fieldChange, 'update field');
    await readsBack(client, fieldPath, fieldChange, 'the updated field');
    const objectChange = { labelPlural: `${tag} objects (renamed)`, isActive: false };
    await written(client, 'PATCH', objectPath, objectChange, 'update object');
    await readsBack(client, objectPath, objectChange, 'the updated object');

    await deleted(client, fieldPath, 'the field');
    await gone(client, fieldPath, 'the field');
    leftovers.pop();
    await deleted(client, objectPath, 'the object');
    await gone(client, objectPath, 'the object');
    leftovers.pop();
  } finally {
    await removeQuietly(client, leftovers);
  }
});

defineCheck('META-012', null, async ({ client }) => {
  const { tag } = tagOfRun();
  const objects = resources.find((resource) => resource.name === 'objects') ?? resources[0]!;
  const { page } = await fullList(client, objects);
  const object = page.records.find((candidate) => candidate['isCustom'] !== true && candidate['isSystem'] !== true) ?? page.records[0];
  if (!object) inconclusive('the workspace lists no object to hang a view on');
  const fieldsAnswer = await client.request({ method: 'GET', path: `${METADATA_PATH}/fields`, query: { objectMetadataId: String(object['id']) } });
  const field = pageFrom(fieldsAnswer, resources.find((resource) => resource.name === 'fields')!).records.find(
    (candidate) => candidate['objectMetadataId'] === object['id'] && candidate['isSystem'] !== true,
  );
  if (!field) inconclusive(`object ${String(object['nameSingular'])} lists no visible field`);
  const leftovers: string[] = [];
  try {
    const viewBody = { objectMetadataId: String(object['id']), name: `${tag} view`, type: 'TABLE' };
    const view = await written(client, 'POST', `${METADATA_PATH}/views`, viewBody, 'create view');
    const viewPath = `${METADATA_PATH}/views/${String(view['id'])}`;
    leftovers.push(viewPath);
    const childBodies: [string, Json, Json][] = [
      ['viewFields', { position: 0, isVisible: true, size: 120 }, { isVisible: false }],
      ['viewFilters', { operand: 'isNotEmpty', value: '' }, { operand: 'isEmpty' }],
      ['viewSorts', { direction: 'asc' }, { direction: 'desc' }],
    ];
    const children: string[] = [];
    for (const [resource, extra, change] of childBodies) {
      const body = { viewId: String(view['id']), fieldMetadataId: String(field['id']), ...extra };
      const child = await written(client, 'POST', `${METADATA_PATH}/${resource}`, body, `create ${resource}`);
      const childPath = `${METADATA_PATH}/${resource}/${String(child['id'])}`;
      children.push(childPath);
      leftovers.push(childPath);
      await readsBack(client, childPath, body, resource);
      await written(client, 'PATCH', childPath, change, `update ${resource}`);
      await readsBack(client, childPath, change, `the updated ${resource}`);
    }
    await readsBack(client, viewPath, viewBody, 'the view');
    const viewChange = { name: `${tag} view (renamed)` };
    await written(client, 'PATCH', viewPath, viewChange, 'update view');
    await readsBack(client, viewPath, viewChange, 'the updated view');

    await deleted(client, viewPath, 'the view');
    await gone(client, viewPath, 'the view');
    for (const childPath of children) await gone(client, childPath, `${childPath.split('/')[2]} of the deleted view`);
    leftovers.length = 0;
  } finally {
    await removeQuietly(client, leftovers);
  }
});
