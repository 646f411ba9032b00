// How the reference deployment describes its workspace datamodel: the same
// information Twenty's object and field metadata carry, reduced to what REST needs.
import type { FieldKind } from '../../generators/kinds/field-kinds.ts';

export interface SelectOption {
  value: string;
  label: string;
}

export interface RelationDef {
  type: 'MANY_TO_ONE' | 'ONE_TO_MANY';
  /** nameSingular of the target object. */
  target: string;
  /** MANY_TO_ONE: the join column on this object, e.g. companyId. */
  joinColumn?: string;
  /** ONE_TO_MANY: the MANY_TO_ONE field on the target that points back. */
  inverseField?: string;
}

export interface FieldDef {
  name: string;
  kind: FieldKind;
  description?: string;
  nullable: boolean;
  /** System fields (id, createdAt, updatedAt, deletedAt) are not writable. */
  system?: boolean;
  /** A workspace custom field (Twenty lets workspaces add fields of any kind). */
  custom?: boolean;
  /** SELECT / MULTI_SELECT / RATING options, in declared order. */
  options?: readonly SelectOption[];
  /** NUMBER: integer or float, as Twenty's settings.dataType says. */
  numberType?: 'int' | 'float';
  relation?: RelationDef;
}

export interface ObjectDef {
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  description: string;
  fields: readonly FieldDef[];
}

export interface Datamodel {
  objects: readonly ObjectDef[];
}
