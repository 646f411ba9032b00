// The write stage of gate and install, before Playwright starts: gather the
// evidence (metadata API, webhooks, workflow triggers), choose the write targets
// (generators/fixtures/write-targets.ts), then probe each candidate with one
// minimal create (the tag only), destroyed at once. An object refused is left out
// by name; a refusal is looked up by its tag, since a refused write must write
// nothing (the probe body is valid: tag and required fields, generators/fixtures/probe-body.ts). Gate (a disposable workspace) also probes the objects Twenty refuses by
// design, so WRITE-041/042 have a refusal to judge. No object writable → exit 2.
import type { Exchange } from '../../generators/client/exchange.ts';
import { isGatewayShaped } from '../../generators/client/gateway.ts';
import type { Pacer } from '../../generators/client/pacer.ts';
import type { TwentyClient } from '../../runtime/client/twenty-client.ts';
import type { RunConfig } from '../../generators/config/run-config.ts';
import { UsageError } from '../../generators/config/usage-error.ts';
import { creationOrder } from '../../generators/fixtures/design.ts';
import { destroyIds, findTagged, GATEWAY_ATTEMPTS, gatewayPause } from '../../generators/fixtures/fixture-io.ts';
import { updateFixtureFile } from '../../runtime/fixtures/fixture-file.ts';
import { metadataObjects } from '../../generators/fixtures/metadata-evidence.ts';
import { classifyRefusal } from '../../generators/fixtures/refusal.ts';
import { tagLocation } from '../../generators/fixtures/run-tag.ts';
import { NO_SUBSCRIPTIONS, triggerPatterns, webhookPatterns, type Subscriptions } from '../../generators/fixtures/subscriptions.ts';
import { nothingWritableLine, probeVerdict, type ProbeObservation, type WritePlan } from '../../generators/fixtures/write-plan.ts';
import { chooseWriteTargets, uniquePaths, type MetadataObject } from '../../generators/fixtures/write-targets.ts';
import { probeBody, probeTag } from '../../generators/fixtures/probe-body.ts';
import type { Catalogue, CatalogueObject } from '../../generators/openapi/catalogue-types.ts';
import { readingPageSize } from '../../generators/pagination/limits.ts';
import { runnerClient } from './runner-client.ts';
import { recordPath } from '../../generators/openapi/record-path.ts';

/** Objects whose create Twenty refuses by design (REAL-WORKSPACE.md §3): gate's refusal probes. */
export const REFUSED_BY_DESIGN = ['workspaceMembers', 'workflowRuns', 'workflowVersions'] as const;

/** Install writes to this many objects (its 450 requests hold on a workspace of dozens); its read checks visit them. */
export const INSTALL_WRITE_OBJECTS = 4;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const brief = (exchange: Exchange) => exchange.responseBody.replace(/\s+/g, ' ').slice(0, 300);

async function readMetadata(client: TwentyClient): Promise<MetadataObject[] | undefined> {
  const exchange = await client.request({ method: 'GET', path: '/metadata/objects', query: { limit: '1000' } });
  return exchange.status === 200 ? metadataObjects(exchange.json) : undefined;
}

/** Webhooks from the metadata API, else the older core path; workflow triggers from core REST when the document has them. */
async function readSubscriptions(client: TwentyClient, catalogue: Catalogue): Promise<Subscriptions> {
  const patterns: Subscriptions['patterns'] = [];
  const unreadable: string[] = [];
  let hooks = await client.request({ method: 'GET', path: '/metadata/webhooks' });
  if (hooks.status !== 200) hooks = await client.request({ method: 'GET', path: '/webhooks' });
  if (hooks.status === 200) patterns.push(...webhookPatterns(hooks.json).map((pattern) => ({ pattern, source: 'webhook' as const })));
  else unreadable.push('webhooks');
  const triggers = catalogue.objects.find((object) => object.plural === 'workflowAutomatedTriggers');
  if (triggers) {
    const exchange = await client.request({ method: 'GET', path: triggers.listPath, query: { limit: '200' } });
    if (exchange.status === 200) patterns.push(...triggerPatterns(exchange.json).map((pattern) => ({ pattern, source: 'workflow trigger' as const })));
    else unreadable.push('workflow triggers');
  }
  return patterns.length === 0 && unreadable.length === 0 ? NO_SUBSCRIPTIONS : { patterns, unreadable };
}

/** One minimal create (the tag only), destroyed at once; a refusal looked up by its tag. */
async function probe(
  client: TwentyClient,
  object: CatalogueObject,
  runId: string,
  purpose: ProbeObservation['purpose'],
  pageSize: number,
  onCreated: (plural: string, ids: string[]) => void,
  body: Record<string, unknown>,
): Promise<ProbeObservation> {
  const tag = probeTag(runId);
  const create = () => client.request({ method: 'POST', path: object.listPath, query: { depth: '0' }, body });
  let exchange = await create();
  // A gateway answer leaves the create in doubt: found by its tag it happened (removed, and the object is writable); else ask again.
  for (let attempt = 1; attempt < GATEWAY_ATTEMPTS && isGatewayShaped(exchange.status, exchange.json); attempt++) {
    await gatewayPause(attempt);
    const written = await findTagged(client, object, tag, pageSize).catch(() => undefined);
    if (written === undefined) break;
    if (written.length > 0) {
      onCreated(object.plural, written);
      await destroyIds(client, object, written, pageSize).catch(() => undefined);
      return { plural: object.plural, purpose, status: 201, request: `POST ${object.listPath}?depth=0`, response: `${brief(exchange)} (written all the same: found by its tag)` };
    }
    exchange = await create();
  }
  const observation: ProbeObservation = { plural: object.plural, purpose, status: exchange.status, request: `POST ${object.listPath}?depth=0`, response: brief(exchange) };
  if (isGatewayShaped(exchange.status, exchange.json)) return { ...observation, gateway: true };
  if (exchange.status === 201 || exchange.status === 200) {
    const data = (exchange.json as { data?: Record<string, { id?: unknown }> } | undefined)?.data;
    const id = data?.[object.envelopeKeys.create ?? `create${capitalize(object.singular)}`]?.id;
    if (typeof id === 'string') {
      onCreated(object.plural, [id]);
      // One DELETE by id is a hard delete; should it fail, the run's cleanup still knows the id.
      const path = recordPath(object, id);
      await client.request({ method: 'DELETE', path }).catch(() => undefined);
    }
    return observation;
  }
  observation.refusal = classifyRefusal(exchange.status, exchange.json, exchange.responseBody);
  // A refused write writes nothing: anything carrying the probe's tag is removed and reported (WRITE-042).
  const written = await findTagged(client, object, tag, pageSize).catch(() => []);
  if (written.length > 0) {
    observation.wroteAnyway = written.length;
    onCreated(object.plural, written);
    await destroyIds(client, object, written, pageSize).catch(() => undefined);
  }
  return observation;
}

export async function runWriteStage(
  config: RunConfig,
  target: { baseUrl: string; token: string },
  catalogue: Catalogue,
  fixtures: { runId: string; path: string },
  pacer?: Pacer,
): Promise<WritePlan> {
  // Paced with every other request of the run (pacing-authority.ts), answers capped like theirs.
  const client = runnerClient({ baseUrl: target.baseUrl, token: target.token, readOnly: false, rate: config.rate, timeoutMs: config.timeoutMs, maxResponseBytes: config.maxResponseBytes, ...(pacer ? { pacer } : {}) });
  const onCreated = (plural: string, ids: string[]) =>
    updateFixtureFile(fixtures.path, (file) => ({ ...file, created: { ...file.created, [plural]: [...(file.created[plural] ?? []), ...ids] } }));
  const pageSize = readingPageSize(catalogue);
  const metadata = await readMetadata(client);
  const subscriptions = await readSubscriptions(client, catalogue);
  const targets = chooseWriteTargets(catalogue, {
    ...(metadata ? { metadata } : {}),
    choice: config.writeObjects ?? { include: [], exclude: [] },
    subscriptions,
    allowSideEffects: config.allowSideEffects === true,
    ...(config.profile === 'install' ? { limit: INSTALL_WRITE_OBJECTS } : {}),
  });
  const metaOf = (object: CatalogueObject) => metadata?.find((meta) => meta.namePlural === object.plural);
  const probes: ProbeObservation[] = [];
  const objects: string[] = [];
  const skipped = [...targets.skipped];
  for (const object of creationOrder(catalogue, targets.candidates)) {
    const body = probeBody(object, catalogue, fixtures.runId, { ...(metaOf(object) ? { meta: metaOf(object)! } : {}), ...(targets.unique[object.plural] ? { unique: targets.unique[object.plural]! } : {}) });
    const observation = await probe(client, object, fixtures.runId, 'candidate', pageSize, onCreated, body);
    probes.push(observation);
    const verdict = probeVerdict(object.plural, observation.status, observation.refusal, observation.gateway);
    if (verdict.write) objects.push(object.plural);
    else skipped.push({ plural: object.plural, reason: verdict.reason });
  }
  // Children of a skipped object may have lost a required parent: the plan keeps only what can still be written.
  const written = creationOrder(catalogue, objects).map((object) => object.plural);
  if (config.profile === 'gate') {
    for (const plural of REFUSED_BY_DESIGN) {
      const object = catalogue.objects.find((candidate) => candidate.plural === plural);
      if (!object || objects.includes(plural) || !tagLocation(object)) continue;
      const unique = uniquePaths(object, metaOf(object));
      const body = probeBody(object, catalogue, fixtures.runId, { ...(metaOf(object) ? { meta: metaOf(object)! } : {}), ...(unique.length > 0 ? { unique } : {}) });
      probes.push(await probe(client, object, fixtures.runId, 'refusal', pageSize, onCreated, body));
    }
  }
  const plan: WritePlan = {
    source: targets.source,
    objects: written,
    skipped,
    unique: Object.fromEntries(Object.entries(targets.unique).filter(([plural]) => written.includes(plural))),
    probes,
    subscriptionsUnreadable: subscriptions.unreadable,
    requests: client.requestCount(),
  };
  // A document that describes no object at all is the document's failure (OAS-002 judges it), not the key's:
  // the run goes on without writes instead of ending with exit 2.
  if (plan.objects.length === 0 && catalogue.objects.length > 0) throw new UsageError(nothingWritableLine(plan));
  return plan;
}
