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
  /**
   * isUnique (Twenty's field metadata): a real unique index on the column, or on a
   * composite's unique sub-field (EMAILS primaryEmail, LINKS primaryLinkUrl, PHONES
   * primaryPhoneNumber). Not visible in the core document.
   */
  unique?: boolean;
  /**
   * A branch of a MORPH_RELATION (a MANY_TO_ONE relation whose join column is
   * `target<X>Id`): Twenty's 2026 generator documents it as a plain string named
   * like the field, and the join column not at all.
   */
  morph?: boolean;
}

export interface ObjectDef {
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  description: string;
  fields: readonly FieldDef[];
  /** Twenty's isSystem object flag (metadata only; REST still serves the object). */
  system?: boolean;
}

/** A webhook (metadata `webhook`): Twenty posts every matching record event to its URL. */
export interface WebhookSubscription {
  id: string;
  targetUrl: string;
  /** `<object>.<operation>` patterns, `*` allowed on either side (e.g. `person.created`, `*.*`). */
  operations: readonly string[];
}

/** An active workflow's DATABASE_EVENT trigger (`workflowAutomatedTrigger`, type DATABASE_EVENT). */
export interface WorkflowTriggerSubscription {
  id: string;
  workflowName: string;
  /** `<object>.<operation>`, e.g. `company.created`. */
  eventName: string;
}

export interface Subscriptions {
  webhooks: readonly WebhookSubscription[];
  workflowTriggers: readonly WorkflowTriggerSubscription[];
}

export interface Datamodel {
  objects: readonly ObjectDef[];
  /** Webhooks and workflow triggers the workspace has set up (none when absent). */
  subscriptions?: Subscriptions;
}
