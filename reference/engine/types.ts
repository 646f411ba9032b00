// The boundary between the reference's HTTP layer (routing, auth, query-string
// parsing, envelopes) and its engine (SQL on Postgres). The HTTP layer parses the
// query string with the shared grammars and hands the engine typed arguments;
// the engine validates them against the datamodel, runs parameterised SQL and
// throws RestApiError with Twenty's texts.
import type { Database } from '../database/database.ts';
import type { FilterNode } from '../../generators/filter/ast.ts';
import type { OrderByItem } from '../../generators/order/grammar.ts';
import type { ObjectDef } from '../datamodel/types.ts';
import type { Group, GroupByArgs } from './group-by.ts';
import type { MergeArgs } from './merge.ts';

export type RecordJson = Record<string, unknown>;

export interface PageInfo {
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface FindManyArgs {
  object: ObjectDef;
  filter?: FilterNode;
  /** Parsed order_by, the id tie-breaker already appended. */
  orderBy: OrderByItem[];
  /** Already defaulted and clamped. */
  limit: number;
  /** Raw cursor strings as received; '' is meaningful for ending_before (contract §12.4). */
  startingAfter?: string;
  endingBefore?: string;
  depth: 0 | 1;
  /** `fields`: the field names to return besides `id` (all when absent). */
  fields?: readonly string[];
}

export interface FindManyResult {
  records: RecordJson[];
  totalCount: number;
  pageInfo: PageInfo;
}

export interface RecordEngine {
  /** The database under the engine, when it has one (the metadata store lives beside the records). */
  readonly database?: Database;
  findMany(args: FindManyArgs): Promise<FindManyResult>;
  findOne(object: ObjectDef, id: string, depth: 0 | 1, fields?: readonly string[]): Promise<RecordJson>;
  createOne(object: ObjectDef, body: unknown, depth: 0 | 1): Promise<RecordJson>;
  createMany(object: ObjectDef, body: unknown, depth: 0 | 1): Promise<RecordJson[]>;
  updateOne(object: ObjectDef, id: string, body: unknown, depth: 0 | 1): Promise<RecordJson>;
  deleteOne(object: ObjectDef, id: string, soft: boolean): Promise<{ id: string }>;
  deleteMany(object: ObjectDef, filter: FilterNode, soft: boolean): Promise<{ id: string }[]>;
  /** Clears deletedAt (contract §1.1, era D restore routes); 404 for an unknown id. */
  restoreOne(object: ObjectDef, id: string, depth: 0 | 1): Promise<RecordJson>;
  restoreMany(object: ObjectDef, filter: FilterNode, depth: 0 | 1): Promise<RecordJson[]>;
  /** GET /rest/{plural}/groupBy: the groups of the visible rows the filter selects. */
  groupBy(object: ObjectDef, args: GroupByArgs): Promise<Group[]>;
  /** PATCH /rest/{plural}/merge: the merged record (nothing written on a dry run). */
  mergeMany(object: ObjectDef, args: MergeArgs, depth: 0 | 1): Promise<RecordJson>;
  close(): Promise<void>;
}
