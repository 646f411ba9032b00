// The workspace's metadata in Postgres: one table `_metadata` in the workspace
// schema (resource, id, parent, JSON body), seeded from the datamodel at first
// use, paged by id with keyset SQL (contract §1.5: raw-UUID cursors). A custom
// object is a real table `_<nameSingular>` and a custom field a real column,
// created and dropped with the metadata rows in one transaction.
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../database/database.ts';
import type { Datamodel } from '../datamodel/types.ts';
import { badRequest, notFound } from '../errors.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import { qualified, quoteIdent } from '../schema/identifiers.ts';
import { childResources, type MetadataResource, type MetadataResourceName } from './resources.ts';
import { seedMetadataRows, type MetadataRow } from './seed-metadata.ts';
import { customFieldColumnType, customObjectStandardFields, validateCustomField, validateCustomObject } from './custom-ddl.ts';

export interface MetadataPageArgs {
  limit: number;
  afterId?: string;
  beforeId?: string;
  parentId?: string;
}

export interface MetadataPage {
  items: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export interface MetadataStore {
  list(resource: MetadataResource, args: MetadataPageArgs): Promise<MetadataPage>;
  get(resource: MetadataResource, id: string): Promise<Record<string, unknown>>;
  create(resource: MetadataResource, input: Record<string, unknown>): Promise<Record<string, unknown>>;
  update(resource: MetadataResource, id: string, changes: Record<string, unknown>): Promise<Record<string, unknown>>;
  delete(resource: MetadataResource, id: string): Promise<Record<string, unknown>>;
}

const TABLE = '_metadata';

export function createMetadataStore(db: Database, model: Datamodel, fault: ActiveFault): MetadataStore {
  const table = qualified(db.schema, TABLE);
  let ready: Promise<void> | undefined;
  const init = () =>
    (ready ??= db.transaction(async (tx) => {
      await tx.exec(
        `CREATE TABLE IF NOT EXISTS ${table} (resource text NOT NULL, id uuid PRIMARY KEY, parent_id uuid, body jsonb NOT NULL);
         CREATE INDEX IF NOT EXISTS "_metadata_resource_id" ON ${table} (resource, id)`,
      );
      const { rows } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      if ((rows[0]?.n ?? 0) === 0) await insertRows(tx, seedMetadataRows(model));
    }));

  async function insertRows(tx: Queryable, rows: readonly MetadataRow[]): Promise<void> {
    const payload = rows.map((row) => ({ resource: row.resource, id: row.id, parent: row.parentId, body: row.body }));
    await tx.query(
      `INSERT INTO ${table} (resource, id, parent_id, body)
       SELECT x->>'resource', (x->>'id')::uuid, (x->>'parent')::uuid, x->'body' FROM jsonb_array_elements($1::jsonb) AS x`,
      [JSON.stringify(payload)],
    );
  }

  /** The body as answered: an object carries its fields (ordered by id). */
  const bodyExpr = (resource: MetadataResourceName, alias: string) =>
    resource === 'objects'
      ? `${alias}.body || jsonb_build_object('fields', COALESCE((SELECT jsonb_agg(f.body ORDER BY f.id) FROM ${table} f WHERE f.resource = 'fields' AND f.parent_id = ${alias}.id), '[]'::jsonb))`
      : `${alias}.body`;

  async function readOne(tx: Queryable, resource: MetadataResource, id: string): Promise<Record<string, unknown>> {
    const { rows } = await tx.query<{ body: Record<string, unknown> }>(
      `SELECT ${bodyExpr(resource.name, 'm')} AS body FROM ${table} m WHERE m.resource = $1 AND m.id = $2::uuid`,
      [resource.name, id],
    );
    if (!rows[0]) {
      if (fault.is('metadata-unknown-id-answers-200')) return {};
      throw notFound(`${resource.label} not found`);
    }
    return rows[0].body;
  }

  async function parentExists(tx: Queryable, resource: MetadataResourceName, id: unknown): Promise<boolean> {
    if (typeof id !== 'string') return false;
    const { rows } = await tx.query(`SELECT 1 FROM ${table} WHERE resource = $1 AND id::text = $2`, [resource, id]);
    return rows.length > 0;
  }

  async function objectRow(tx: Queryable, id: string): Promise<Record<string, unknown>> {
    const { rows } = await tx.query<{ body: Record<string, unknown> }>(`SELECT body FROM ${table} WHERE resource = 'objects' AND id = $1::uuid`, [id]);
    if (!rows[0]) throw notFound('Object not found');
    return rows[0].body;
  }

  /** Deletes the rows of the children of `ids` (a view's fields, filters, sorts …), depth first. */
  async function deleteChildren(tx: Queryable, resource: MetadataResourceName, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const child of childResources(resource)) {
      const { rows } = await tx.query<{ id: string }>(`DELETE FROM ${table} WHERE resource = $1 AND parent_id = ANY($2::uuid[]) RETURNING id::text AS id`, [child.name, ids]);
      await deleteChildren(tx, child.name, rows.map((row) => row.id));
    }
  }

  return {
    async list(resource, args) {
      await init();
      const params: unknown[] = [resource.name, args.parentId ?? null];
      const scope = `m.resource = $1 AND ($2::uuid IS NULL OR m.parent_id = $2::uuid)`;
      const { rows: counted } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} m WHERE ${scope}`, params);
      const totalCount = counted[0]?.n ?? 0;
      const backward = args.beforeId !== undefined;
      const cursor = backward ? args.beforeId : args.afterId;
      const comparison = backward ? '<' : fault.is('metadata-cursor-inclusive') ? '>=' : '>';
      const { rows } = await db.query<{ id: string; body: Record<string, unknown> }>(
        `SELECT m.id::text AS id, ${bodyExpr(resource.name, 'm')} AS body FROM ${table} m
         WHERE ${scope} AND ($3::text IS NULL OR m.id ${comparison} $3::text::uuid)
         ORDER BY m.id ${backward ? 'DESC' : 'ASC'} LIMIT $4`,
        [...params, cursor ?? null, args.limit + 1],
      );
      const more = rows.length > args.limit;
      const page = rows.slice(0, args.limit);
      if (backward && !fault.is('metadata-backward-page-unreversed')) page.reverse();
      const items = page.map((row) => row.body);
      return {
        items,
        pageInfo: {
          hasNextPage: backward ? true : more,
          hasPreviousPage: backward ? more : cursor !== undefined,
          startCursor: page.length > 0 ? String(items[0]?.['id']) : null,
          endCursor: page.length > 0 ? String(items[items.length - 1]?.['id']) : null,
        },
        totalCount,
      };
    },

    async get(resource, id) {
      await init();
      return readOne(db, resource, id);
    },

    async create(resource, input) {
      await init();
      return db.transaction(async (tx) => {
        const id = randomUUID();
        const now = new Date().toISOString();
        const parentKey = resource.parent?.key;
        if (resource.parent && !(await parentExists(tx, resource.parent.resource, input[resource.parent.key]))) {
          throw badRequest(`${resource.parent.key} does not name an existing ${resource.parent.resource.replace(/s$/, '')}`);
        }
        const body: Record<string, unknown> = { id, ...resource.defaults, ...input, createdAt: now, updatedAt: now };
        if (resource.name !== 'objects' && resource.name !== 'fields' && resource.name !== 'apiKeys' && resource.name !== 'webhooks') body['deletedAt'] = null;
        const rows: MetadataRow[] = [];
        if (resource.name === 'objects') {
          validateCustomObject(input, model);
          const { rows: taken } = await tx.query(`SELECT 1 FROM ${table} WHERE resource = 'objects' AND (body->>'nameSingular' IN ($1, $2) OR body->>'namePlural' IN ($1, $2))`, [input['nameSingular'], input['namePlural']]);
          if (taken.length > 0) throw badRequest('Object already exists');
          Object.assign(body, { isCustom: true, isSystem: false, isRemote: false });
          const tableName = qualified(db.schema, `_${String(input['nameSingular'])}`);
          await tx.exec(
            `CREATE TABLE ${tableName} ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "name" text, "position" double precision, "createdAt" timestamptz NOT NULL DEFAULT now(), "updatedAt" timestamptz NOT NULL DEFAULT now(), "deletedAt" timestamptz)`,
          );
          for (const field of customObjectStandardFields(id, now)) rows.push({ resource: 'fields', id: String(field['id']), parentId: id, body: field });
        }
        if (resource.name === 'fields') {
          const object = await objectRow(tx, String(input['objectMetadataId']));
          validateCustomField(input, object);
          const { rows: taken } = await tx.query(`SELECT 1 FROM ${table} WHERE resource = 'fields' AND parent_id = $1::uuid AND body->>'name' = $2`, [object['id'], input['name']]);
          if (taken.length > 0) throw badRequest(`Field "${String(input['name'])}" already exists on ${String(object['nameSingular'])}`);
          Object.assign(body, { isCustom: true, isSystem: false, isUnique: false, relation: null });
          await tx.exec(
            `ALTER TABLE ${qualified(db.schema, `_${String(object['nameSingular'])}`)} ADD COLUMN ${quoteIdent(String(input['name']))} ${customFieldColumnType(String(input['type']))}`,
          );
        }
        rows.unshift({ resource: resource.name, id, parentId: parentKey ? String(input[parentKey]) : null, body });
        await insertRows(tx, rows);
        return readOne(tx, resource, id);
      });
    },

    async update(resource, id, changes) {
      await init();
      return db.transaction(async (tx) => {
        const current = await readOne(tx, resource, id);
        const updated: Record<string, unknown> = { ...current, ...changes, updatedAt: new Date().toISOString() };
        delete updated['fields'];
        if (!fault.is('metadata-update-not-persisted')) {
          await tx.query(`UPDATE ${table} SET body = $3::jsonb WHERE resource = $1 AND id = $2::uuid`, [resource.name, id, JSON.stringify(updated)]);
          return readOne(tx, resource, id);
        }
        return resource.name === 'objects' ? { ...updated, fields: current['fields'] } : updated;
      });
    },

    async delete(resource, id) {
      await init();
      return db.transaction(async (tx) => {
        const current = await readOne(tx, resource, id);
        if (resource.name === 'objects') {
          if (current['isCustom'] !== true) throw badRequest('Standard objects cannot be deleted');
          await tx.exec(`DROP TABLE IF EXISTS ${qualified(db.schema, `_${String(current['nameSingular'])}`)}`);
        }
        if (resource.name === 'fields') {
          if (current['isCustom'] !== true) throw badRequest('Standard fields cannot be deleted');
          const object = await objectRow(tx, String(current['objectMetadataId']));
          await tx.exec(`ALTER TABLE ${qualified(db.schema, `_${String(object['nameSingular'])}`)} DROP COLUMN IF EXISTS ${quoteIdent(String(current['name']))}`);
        }
        await tx.query(`DELETE FROM ${table} WHERE resource = $1 AND id = $2::uuid`, [resource.name, id]);
        if (!fault.is('view-delete-keeps-children')) await deleteChildren(tx, resource.name, [id]);
        return current;
      });
    },
  };
}
