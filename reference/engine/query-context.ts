// What a compiler needs to know about the query it is building: the object and
// its table alias, where the schema lives, the parameters collected so far, the
// LEFT JOINs that relation paths (company.name) asked for, and the active fault.
import type { Datamodel, FieldDef, ObjectDef } from '../datamodel/types.ts';
import type { ActiveFault } from '../faults/catalogue.ts';
import { qualified, quoteIdent } from '../schema/identifiers.ts';
import { SqlParams } from './sql-params.ts';

export interface RelationJoin {
  alias: string;
  field: FieldDef;
  target: ObjectDef;
}

export class QueryContext {
  readonly params = new SqlParams();
  readonly joins = new Map<string, RelationJoin>();

  constructor(
    readonly model: Datamodel,
    readonly object: ObjectDef,
    readonly schema: string,
    readonly fault: ActiveFault,
    readonly alias = 't',
  ) {}

  table(object: ObjectDef = this.object): string {
    return qualified(this.schema, object.nameSingular);
  }

  objectNamed(nameSingular: string): ObjectDef {
    const found = this.model.objects.find((object) => object.nameSingular === nameSingular);
    if (!found) throw new Error(`Datamodel has no object ${nameSingular}`);
    return found;
  }

  /** A LEFT JOIN to a many-to-one target (one row per source row, so counts stay right). */
  joinFor(field: FieldDef): RelationJoin {
    const existing = this.joins.get(field.name);
    if (existing) return existing;
    const join: RelationJoin = { alias: `j_${field.name}`, field, target: this.objectNamed(field.relation!.target) };
    this.joins.set(field.name, join);
    return join;
  }

  /** FROM clause with every join requested so far. */
  fromClause(): string {
    const parts = [`${this.table()} AS ${quoteIdent(this.alias)}`];
    for (const join of this.joins.values()) {
      parts.push(
        `LEFT JOIN ${this.table(join.target)} AS ${quoteIdent(join.alias)} ON ${quoteIdent(join.alias)}."id" = ${quoteIdent(this.alias)}.${quoteIdent(join.field.relation!.joinColumn!)}`,
      );
    }
    return parts.join(' ');
  }
}
