// Shared helpers for the engine's tests: one seeded PGlite per test file, engines
// with any fault, and a terse way to write filter ASTs.
import type { Comparator } from '../../../generators/kinds/comparators.ts';
import type { FilterLeaf, FilterNode } from '../../../generators/filter/ast.ts';
import type { Direction, OrderByItem } from '../../../generators/order/grammar.ts';
import type { Database } from '../../../reference/database/database.ts';
import { openReferenceDatabase } from '../../../reference/database/open-reference-database.ts';
import { STANDARD_DATAMODEL } from '../../../reference/datamodel/standard-objects.ts';
import type { ObjectDef } from '../../../reference/datamodel/types.ts';
import { ActiveFault, type FaultName } from '../../../reference/faults/catalogue.ts';
import { createEngine } from '../../../reference/engine/engine.ts';
import type { FindManyArgs, RecordEngine } from '../../../reference/engine/types.ts';

export const model = STANDARD_DATAMODEL;

export function objectNamed(name: string): ObjectDef {
  return model.objects.find((object) => object.nameSingular === name)!;
}

export async function openSeeded(): Promise<Database> {
  return (await openReferenceDatabase({ model })).database;
}

export function engineFor(db: Database, fault: FaultName | null = null): RecordEngine {
  // Engines share the database; close the database, not the engines.
  return createEngine(db, model, { maxLimit: 200, fault: new ActiveFault(fault) });
}

export function leaf(path: string, comparator: Comparator, value: string | string[]): FilterLeaf {
  return { type: 'leaf', path: path.split('.'), comparator, value };
}
export const and = (...children: FilterNode[]): FilterNode => ({ type: 'and', children });
export const or = (...children: FilterNode[]): FilterNode => ({ type: 'or', children });
export const not = (child: FilterNode): FilterNode => ({ type: 'not', child });

export function order(spec: string): OrderByItem[] {
  if (spec === '') return [];
  return spec.split(',').map((item) => {
    const [path, direction] = item.split(':');
    return { path: path!.split('.'), direction: (direction ?? 'AscNullsFirst') as Direction };
  });
}

/** The serial number a seed id carries (its last 12 hex digits). */
export function serialOf(id: unknown): number {
  return Number.parseInt(String(id).slice(-12), 16);
}

export async function serials(engine: RecordEngine, object: string, filter?: FilterNode, extra: Partial<FindManyArgs> = {}): Promise<number[]> {
  const result = await engine.findMany({
    object: objectNamed(object),
    ...(filter ? { filter } : {}),
    orderBy: order('id'),
    limit: 200,
    depth: 0,
    ...extra,
  });
  return result.records.map((record) => serialOf(record.id));
}
