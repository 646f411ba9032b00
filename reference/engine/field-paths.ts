// Resolving a dotted path from a filter or order_by against the datamodel: to a
// column (scalar, composite sub-field, join column), possibly one many-to-one hop
// away (company.name). Each caller turns a failed resolution into its own text.
import { ACTOR_SOURCES, storedSubFields, compositeColumnName, isCompositeKind, type ScalarKind } from '../../generators/kinds/field-kinds.ts';
import type { FieldDef, ObjectDef } from '../datamodel/types.ts';
import { columnsOfField, type ColumnDef } from '../schema/columns.ts';

export interface ResolvedColumn {
  column: ColumnDef;
  /** The kind deciding comparators (RELATION for join columns). */
  operatorKind: ScalarKind | 'RELATION';
  /** The name used in messages (field, sub-field or join column). */
  label: string;
  /** Path segments consumed to reach the column. */
  consumed: number;
  /** Options for enum-like columns. */
  options?: readonly string[];
  /** Set when the column lives on a many-to-one target (one hop). */
  via?: FieldDef;
}

export type Resolution =
  | { ok: true; resolved: ResolvedColumn }
  | { ok: false; reason: 'unknown-field'; key: string }
  | { ok: false; reason: 'composite-needs-sub-field'; field: FieldDef; subKey: string | undefined }
  | { ok: false; reason: 'relation-by-name'; field: FieldDef }
  | { ok: false; reason: 'one-to-many'; field: FieldDef }
  | { ok: false; reason: 'too-deep'; field: FieldDef };

function optionsOf(field: FieldDef, column: ColumnDef): readonly string[] | undefined {
  if (column.type.kind !== 'enum') return undefined;
  if (field.kind === 'ACTOR') return ACTOR_SOURCES;
  return (field.options ?? []).map((option) => option.value);
}

/**
 * Resolve path on object. `subKeyFallback` is what a composite's missing
 * sub-field would be read as (Twenty's object form makes `name[eq]` look like
 * the sub-field "eq").
 */
export function resolvePath(
  object: ObjectDef,
  path: readonly string[],
  subKeyFallback: string | undefined,
  hopTarget?: (field: FieldDef) => ObjectDef,
): Resolution {
  const [key, ...rest] = path;
  if (key === undefined) return { ok: false, reason: 'unknown-field', key: '' };
  const field = object.fields.find((candidate) => candidate.name === key);
  if (!field) {
    const joinField = object.fields.find(
      (candidate) => candidate.relation?.type === 'MANY_TO_ONE' && candidate.relation.joinColumn === key,
    );
    if (!joinField) return { ok: false, reason: 'unknown-field', key };
    const [column] = columnsOfField(object, joinField);
    return { ok: true, resolved: { column: column!, operatorKind: 'RELATION', label: key, consumed: 1 } };
  }
  if (field.kind === 'RELATION') {
    if (field.relation?.type !== 'MANY_TO_ONE') return { ok: false, reason: 'one-to-many', field };
    if (rest.length === 0 || !hopTarget) return { ok: false, reason: 'relation-by-name', field };
    const target = hopTarget(field);
    const inner = resolvePath(target, rest, subKeyFallback);
    if (!inner.ok) {
      if (inner.reason === 'relation-by-name' || inner.reason === 'one-to-many') return { ok: false, reason: 'too-deep', field };
      return inner;
    }
    return { ok: true, resolved: { ...inner.resolved, consumed: inner.resolved.consumed + 1, via: field } };
  }
  if (isCompositeKind(field.kind)) {
    const subKey = rest[0] ?? subKeyFallback;
    const sub = storedSubFields(field.kind).find((candidate) => candidate.name === subKey);
    if (!sub || rest.length === 0) return { ok: false, reason: 'composite-needs-sub-field', field, subKey };
    const column = columnsOfField(object, field).find((candidate) => candidate.name === compositeColumnName(field.name, sub.name))!;
    const options = optionsOf(field, column);
    return {
      ok: true,
      resolved: { column, operatorKind: sub.kind, label: sub.name, consumed: 2, ...(options ? { options } : {}) },
    };
  }
  const [column] = columnsOfField(object, field);
  const options = optionsOf(field, column!);
  return {
    ok: true,
    resolved: { column: column!, operatorKind: column!.kind, label: field.name, consumed: 1, ...(options ? { options } : {}) },
  };
}
