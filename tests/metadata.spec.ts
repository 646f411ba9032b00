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
import type { AuthMode, Exchange } from '../generators/client/exchange.ts';
import type { TwentyClient } from '../runtime/client/twenty-client.ts';
import { runTag } from '../generators/fixtures/run-tag.ts';
import { fieldListedProblem, judgeCrudStep } from '../generators/metadata/crud-judges.ts';
import { judgeDocumentAliases, judgeMetadataDocument, judgeServers } from '../generators/metadata/document-judges.ts';
import { asPage, itemOf, judgeLegacyAlias, walkLimit } from '../generators/metadata/judges.ts';
import { judgeQueryToken } from '../generators/metadata/key-judges.ts';
import { judgeBackwardWalk, judgeCursorErrors, judgeFirstPage, judgeForwardWalk, judgeItemById, judgeLimits, listEnvelopeFinding } from '../generators/metadata/list-judges.ts';
import { metadataNames } from '../generators/metadata/names.ts';
import { metadataItemPath, metadataListPath } from '../generators/metadata/paths.ts';
import { CONTRACT_METADATA_LIMIT, CONTRACT_METADATA_RESOURCES, type MetadataResourceEntry } from '../generators/openapi/metadata-catalogue.ts';
import { idsOf, walkPageBound } from '../generators/pagination/page-rules.ts';
import { walkBackward, walkForward, type Page, type PageParams } from '../generators/pagination/walk.ts';
import { defineCheck } from './support/define-check.ts';
import { memoGet } from './support/list-pages.ts';
import { failAt, failOn } from './support/fail-on.ts';
import { loadRunState } from '../runtime/run-state.ts';
import { subjectResources } from './support/subjects.ts';
import { inconclusive } from './support/verdicts.ts';

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

const listPathOf = (resource: MetadataResourceEntry) => metadataListPath(resource.name);

/** A resource neither documented nor served is inconclusive: the contract's list may name more than this release serves. */
function served(exchange: Exchange, resource: MetadataResourceEntry): Exchange {
  if (exchange.status === 404 && !resource.documented) inconclusive(`${listPathOf(resource)} answers 404 and the metadata document does not list it`);
  return exchange;
}

/** A list answer judged for its envelope (list-judges.ts), read as a page. */
function pageFrom(exchange: Exchange, resource: MetadataResourceEntry): Page {
  failOn(listEnvelopeFinding(served(exchange, resource)), exchange);
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
 * Judges `judge(truth)` against the single-page list; when it finds something the
 * list is read again, and only if it is unchanged is the finding the server's.
 * A list that changed (another worker's META-011/012 writes) is judged again.
 */
async function judgeOnStableList<F>(client: TwentyClient, resource: MetadataResourceEntry, judge: (truth: Page) => Promise<F | null>): Promise<F | null> {
  let truth = await walkTruth(client, resource);
  for (let attempt = 1; ; attempt++) {
    const finding = await judge(truth);
    if (finding === null) return null;
    const again = await walkTruth(client, resource, true);
    if (JSON.stringify(idsOf(again.records)) === JSON.stringify(idsOf(truth.records))) return finding;
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

// ------------------------------------------------------------------ document

defineCheck('META-001', null, async () => {
  if (!metadata) inconclusive('the run state holds no metadata document stage');
  failOn(judgeMetadataDocument(metadata));
});

defineCheck('META-002', null, async ({ client }) => {
  const main = await client.request({ method: 'GET', path: '/open-api/metadata' });
  // Paths are relative to <base>/rest: one dot segment reaches the alias outside it.
  const alias = await client.request({ method: 'GET', path: '/../open-api/metadata' });
  failAt(judgeDocumentAliases(main, alias), { main, alias });
});

defineCheck('META-003', null, async () => {
  if (!analysed) inconclusive('no metadata document was analysed');
  failOn(judgeServers(analysed.catalogue.servers, target.baseUrl));
});

// ------------------------------------------------------------------ lists

for (const resource of listed) {
  defineCheck('META-004', resource.name, async ({ client }) => {
    const exchange = served(await memoGet(client, listPathOf(resource), {}), resource);
    failOn(judgeFirstPage(exchange), exchange);
  });
}

for (const resource of walked) {
  defineCheck('META-005', resource.name, async ({ client }) => {
    const finding = await judgeOnStableList(client, resource, async (truth) => {
      const limit = walkLimit(truth.records.length);
      const walk = await walkForward({ limit, maxPages: walkPageBound(truth.records.length, limit), fetchPage: pageFetcher(client, resource) });
      return judgeForwardWalk({ truth, limit, walk });
    });
    failOn(finding);
  });

  defineCheck('META-006', resource.name, async ({ client }) => {
    const finding = await judgeOnStableList(client, resource, async (truth) => {
      const limit = walkLimit(truth.records.length);
      const last = idsOf(truth.records).at(-1);
      // An empty list has nothing before anything; META-004 judged its envelope.
      const walk = last === undefined ? undefined : await walkBackward({ limit, maxPages: walkPageBound(truth.records.length, limit), before: last, fetchPage: pageFetcher(client, resource) });
      return judgeBackwardWalk({ truth, limit, ...(walk ? { walk } : {}) });
    });
    failOn(finding);
  });

  defineCheck('META-007', resource.name, async ({ client }) => {
    const { page: unlimited, exchange } = await fullList(client, resource);
    const above = served(await client.request({ method: 'GET', path: listPathOf(resource), query: { limit: String(limits.maximum + 1) } }), resource);
    const fraction = await client.request({ method: 'GET', path: listPathOf(resource), query: { limit: '1.5' } });
    failAt(judgeLimits({ limits, unlimited, above, fraction }), { unlimited: exchange, above, fraction });
  });

  defineCheck('META-008', resource.name, async ({ client }) => {
    const id = randomUUID();
    const both = await client.request({ method: 'GET', path: listPathOf(resource), query: { starting_after: id, ending_before: id } });
    const notUuid = await client.request({ method: 'GET', path: listPathOf(resource), query: { starting_after: 'not-a-uuid' } });
    failAt(judgeCursorErrors({ both, notUuid }), { both, notUuid });
  });

  defineCheck('META-010', resource.name, async ({ client }) => {
    let one: Exchange | undefined;
    const finding = await judgeOnStableList(client, resource, async (truth) => {
      const first = truth.records[0];
      if (first === undefined) return null;
      const id = String(first['id']);
      const path = metadataItemPath(resource.name, id);
      one = await client.request({ method: 'GET', path });
      return judgeItemById({ listed: { id, path, answer: one } });
    });
    failAt(finding, { listed: one });
    const unknown = await client.request({ method: 'GET', path: metadataItemPath(resource.name, randomUUID()) });
    failAt(judgeItemById({ unknown }), { unknown });
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
    { what: 'get one', method: 'GET', path: metadataItemPath(objects.name, firstId) },
    { what: 'create', method: 'POST', path: listPathOf(objects), body: {} },
    // Unknown ids: an accepted token still changes nothing.
    { what: 'update', method: 'PATCH', path: metadataItemPath(objects.name, randomUUID()), body: {} },
    { what: 'delete', method: 'DELETE', path: metadataItemPath(objects.name, randomUUID()) },
    { what: 'legacy alias', method: 'GET', path: '/webhooks' },
  ];
  // Install (450 requests) probes the read kinds; gate every endpoint kind.
  for (const kind of config.profile === 'install' ? kinds.filter((entry) => entry.method === 'GET') : kinds) {
    // Every probe writes nothing even if accepted (empty bodies, unknown ids): a gateway answer is retried.
    const send = (auth: AuthMode) => client.request({ method: kind.method, path: kind.path, auth, safe: true, ...(kind.body !== undefined ? { body: kind.body } : {}) });
    const absent = await send('none');
    const query = await send({ queryToken: true });
    failOn(judgeQueryToken({ kind: 'route', what: kind.what, query, absent }), query);
  }
  // The document is public: with ?token= it is the base document, as without any token (§1.6).
  const document = await client.request({ method: 'GET', path: '/open-api/metadata', auth: { queryToken: true } });
  failOn(judgeQueryToken({ kind: 'document', answer: document }), document);
});

defineCheck('META-013', null, async ({ client }) => {
  for (const name of ['webhooks', 'apiKeys']) {
    const exchange = await client.request({ method: 'GET', path: `/${name}` });
    failOn(judgeLegacyAlias(name, exchange), exchange);
  }
});

// ------------------------------------------------------------------ writes (gate)

/** A create or update answered 2xx with the item holding every value sent; returns the item. */
async function written(client: TwentyClient, method: string, path: string, body: Json, what: string): Promise<Json> {
  const answer = await client.request({ method, path, body });
  failOn(judgeCrudStep({ step: 'write', what, sent: body, answer }), answer);
  return itemOf(answer.json)!;
}

async function readsBack(client: TwentyClient, path: string, sent: Json, what: string): Promise<Json> {
  const answer = await client.request({ method: 'GET', path });
  failOn(judgeCrudStep({ step: 'read', what, sent, answer }), answer);
  return itemOf(answer.json)!;
}

async function gone(client: TwentyClient, path: string, what: string): Promise<void> {
  const answer = await client.request({ method: 'GET', path });
  failOn(judgeCrudStep({ step: 'gone', what, answer }), answer);
}

async function deleted(client: TwentyClient, path: string, what: string): Promise<void> {
  const answer = await client.request({ method: 'DELETE', path });
  failOn(judgeCrudStep({ step: 'delete', what, answer }), answer);
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
    const object = await written(client, 'POST', metadataListPath('objects'), objectBody, 'create object');
    const objectPath = metadataItemPath('objects', String(object['id']));
    leftovers.push(objectPath);
    const fieldBody = { objectMetadataId: String(object['id']), name: names.field, label: `${tag} note`, type: 'TEXT' };
    const field = await written(client, 'POST', metadataListPath('fields'), fieldBody, 'create field');
    const fieldPath = metadataItemPath('fields', String(field['id']));
    leftovers.push(fieldPath);

    const readObject = await readsBack(client, objectPath, objectBody, 'the object');
    failOn(fieldListedProblem(readObject, { id: field['id'], name: names.field }));
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
  const fieldsAnswer = await client.request({ method: 'GET', path: metadataListPath('fields'), query: { objectMetadataId: String(object['id']) } });
  const field = pageFrom(fieldsAnswer, resources.find((resource) => resource.name === 'fields')!).records.find(
    (candidate) => candidate['objectMetadataId'] === object['id'] && candidate['isSystem'] !== true,
  );
  if (!field) inconclusive(`object ${String(object['nameSingular'])} lists no visible field`);
  const leftovers: string[] = [];
  try {
    const viewBody = { objectMetadataId: String(object['id']), name: `${tag} view`, type: 'TABLE' };
    const view = await written(client, 'POST', metadataListPath('views'), viewBody, 'create view');
    const viewPath = metadataItemPath('views', String(view['id']));
    leftovers.push(viewPath);
    const childBodies: [string, Json, Json][] = [
      ['viewFields', { position: 0, isVisible: true, size: 120 }, { isVisible: false }],
      ['viewFilters', { operand: 'isNotEmpty', value: '' }, { operand: 'isEmpty' }],
      ['viewSorts', { direction: 'asc' }, { direction: 'desc' }],
    ];
    const children: string[] = [];
    for (const [resource, extra, change] of childBodies) {
      const body = { viewId: String(view['id']), fieldMetadataId: String(field['id']), ...extra };
      const child = await written(client, 'POST', metadataListPath(resource), body, `create ${resource}`);
      const childPath = metadataItemPath(resource, String(child['id']));
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
