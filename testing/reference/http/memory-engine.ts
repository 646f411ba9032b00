// A small in-memory RecordEngine for the HTTP layer's tests: enough behaviour
// to exercise routes and envelopes, and a log of the arguments each call got,
// so tests can see what the HTTP layer handed over (limits, orderings, filters).
import { randomUUID } from 'node:crypto';
import type { FilterNode } from '../../../generators/filter/ast.ts';
import type { ObjectDef } from '../../../reference/datamodel/types.ts';
import type { FindManyArgs, FindManyResult, RecordEngine, RecordJson } from '../../../reference/engine/types.ts';
import { badRequest, notFound } from '../../../reference/errors.ts';

export interface MemoryEngine extends RecordEngine {
  findManyCalls: FindManyArgs[];
  records(object: ObjectDef): RecordJson[];
}

function matches(record: RecordJson, filter: FilterNode | undefined): boolean {
  if (filter === undefined) return true;
  switch (filter.type) {
    case 'and':
      return filter.children.every((child) => matches(record, child));
    case 'or':
      return filter.children.some((child) => matches(record, child));
    case 'not':
      return !matches(record, filter.child);
    case 'leaf': {
      const value = record[filter.path[0] ?? ''];
      if (filter.comparator === 'eq') return String(value) === filter.value;
      if (filter.comparator === 'in') return Array.isArray(filter.value) && filter.value.includes(String(value));
      if (filter.comparator === 'is') return filter.value === 'NULL' ? value === null || value === undefined : value !== null && value !== undefined;
      throw badRequest(`memory engine: comparator ${filter.comparator} not supported`);
    }
  }
}

const encode = (id: string) => Buffer.from(JSON.stringify({ id })).toString('base64');

function decode(cursor: string): string {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64').toString()) as { id?: unknown };
    if (typeof value.id === 'string') return value.id;
  } catch {
    // fall through to the contract's text
  }
  throw badRequest(`Invalid cursor: ${cursor}`);
}

export function createMemoryEngine(): MemoryEngine {
  const store = new Map<string, RecordJson[]>();
  const table = (object: ObjectDef) => {
    let rows = store.get(object.nameSingular);
    if (!rows) store.set(object.nameSingular, (rows = []));
    return rows;
  };
  const findRow = (object: ObjectDef, id: string) => {
    const row = table(object).find((candidate) => candidate['id'] === id);
    if (!row) throw notFound();
    return row;
  };
  const insert = (object: ObjectDef, body: unknown): RecordJson => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Body must be an object');
    const input = body as RecordJson;
    const id = typeof input['id'] === 'string' ? input['id'] : randomUUID();
    if (table(object).some((row) => row['id'] === id)) throw badRequest('Record already exists');
    const now = new Date().toISOString();
    const row = { ...input, id, createdAt: now, updatedAt: now, deletedAt: null };
    table(object).push(row);
    return { ...row };
  };

  const engine: MemoryEngine = {
    findManyCalls: [],
    records: (object) => table(object).map((row) => ({ ...row })),
    async findMany(args): Promise<FindManyResult> {
      engine.findManyCalls.push(args);
      const all = table(args.object)
        .filter((row) => matches(row, args.filter))
        .sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
      const after = args.startingAfter ? decode(args.startingAfter) : undefined;
      const rest = after === undefined ? all : all.filter((row) => String(row['id']) > after);
      const records = rest.slice(0, args.limit).map((row) => ({ ...row }));
      const first = records[0];
      const last = records[records.length - 1];
      return {
        records,
        totalCount: all.length,
        pageInfo: {
          startCursor: first ? encode(String(first['id'])) : null,
          endCursor: last ? encode(String(last['id'])) : null,
          hasNextPage: rest.length > records.length,
          hasPreviousPage: after !== undefined,
        },
      };
    },
    async findOne(object, id) {
      return { ...findRow(object, id) };
    },
    async createOne(object, body) {
      return insert(object, body);
    },
    async createMany(object, body) {
      if (!Array.isArray(body)) throw badRequest('Body must be an array');
      if (body.length === 0) throw badRequest('Input must not be empty');
      return body.map((item) => insert(object, item));
    },
    async updateOne(object, id, body) {
      const row = findRow(object, id);
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Body must be an object');
      Object.assign(row, body, { id, updatedAt: new Date().toISOString() });
      return { ...row };
    },
    async deleteOne(object, id) {
      findRow(object, id);
      store.set(object.nameSingular, table(object).filter((row) => row['id'] !== id));
      return { id };
    },
    async deleteMany(object, filter) {
      const doomed = table(object).filter((row) => matches(row, filter));
      store.set(object.nameSingular, table(object).filter((row) => !doomed.includes(row)));
      return doomed.map((row) => ({ id: String(row['id']) }));
    },
    async restoreOne(object, id) {
      const row = findRow(object, id);
      row['deletedAt'] = null;
      return { ...row };
    },
    async restoreMany(object, filter) {
      return table(object)
        .filter((row) => matches(row, filter))
        .map((row) => ({ ...Object.assign(row, { deletedAt: null }) }));
    },
    async groupBy() {
      throw new Error('the memory engine does not group (the SQL engine does)');
    },
    async mergeMany() {
      throw new Error('the memory engine does not merge (the SQL engine does)');
    },
    async close() {},
  };
  return engine;
}
