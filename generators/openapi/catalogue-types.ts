// The catalogue: what the suite knows about a deployment's objects and fields,
// recovered from its OpenAPI document. Generated tests are built from it.
import type { FieldKind, ScalarKind } from '../kinds/field-kinds.ts';
import type { Comparator } from '../kinds/comparators.ts';

export interface Catalogue {
  openapiVersion: string;
  /** 2024-style: no starting_after/ending_before (a `last_cursor` parameter instead). */
  legacy: boolean;
  /** No object paths at all: the token was not accepted or not sent. */
  baseDocumentOnly: boolean;
  servers: string[];
  /**
   * What the document writes before every object path ('' or e.g. '/rest'). The
   * catalogue's paths are without it: relative to `<baseUrl>/rest`, as requests go.
   */
  pathPrefix: string;
  /**
   * The comparators the `filter` parameter's description names (they narrow every
   * field's contract table), or null when it names none and the contract's table stands.
   */
  comparatorStatement: Comparator[] | null;
  limit: { default: number | null; maximum: number | null; minimum: number | null };
  /** From the depth parameter enum. */
  depthValues: number[];
  objects: CatalogueObject[];
}

export interface CatalogueObject {
  plural: string;
  /** From operationIds, else envelope keys, else schema names. */
  singular: string;
  /** Relative to the REST root, e.g. '/companies' (the document has `pathPrefix` before it). */
  listPath: string;
  onePath: string | null;
  batchPath: string | null;
  /** Query parameter names of the list GET. */
  listParameters: string[];
  schemaNames: { create?: string; update?: string; response?: string };
  /** e.g. 'companies', 'company', 'createCompany'. */
  envelopeKeys: { list: string; one?: string; create?: string };
  fields: CatalogueField[];
}

export interface CatalogueSubField {
  name: string;
  kind: ScalarKind | 'UNKNOWN';
  comparators: Comparator[];
  sortable: boolean;
  options?: string[];
}

export interface CatalogueField {
  name: string;
  kind: FieldKind | 'UNKNOWN';
  /** true/false when the schema says (type arrays with "null", nullable), else null. */
  nullable: boolean | null;
  /** Enum options in declared order (SELECT, RATING, MULTI_SELECT items). */
  options?: string[];
  subFields?: CatalogueSubField[];
  /** Allowed per kind, as the document states them where it does; [] for composites (their sub-fields carry theirs) and unknown kinds. */
  comparators: Comparator[];
  sortable: boolean;
  /**
   * Set on both halves of a many-to-one relation: the object property (`company`) and its
   * join column (`companyId`, whose name equals `joinColumn`). `target` is the target
   * object's plural when the document names it.
   */
  relation?: { type: 'MANY_TO_ONE' | 'ONE_TO_MANY'; target?: string; joinColumn?: string };
  format?: string;
  /** Present in the create schema. */
  writable: boolean;
}
