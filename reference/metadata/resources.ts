// The metadata resources the reference serves under /rest/metadata/<name>
// (contract §1.5, era D): which parent each one hangs from, what a create must
// carry, what a PATCH may change, and how a delete answers. Plain data; the
// store (store.ts) and the routes (http/metadata-routes.ts) read it.

export type MetadataResourceName =
  | 'objects'
  | 'fields'
  | 'views'
  | 'viewFields'
  | 'viewFilters'
  | 'viewSorts'
  | 'viewGroups'
  | 'viewFilterGroups'
  | 'webhooks'
  | 'apiKeys'
  | 'pageLayouts'
  | 'pageLayoutTabs'
  | 'pageLayoutWidgets';

export interface MetadataResource {
  name: MetadataResourceName;
  /** Singular label for messages ("View not found"). */
  label: string;
  /** The body key (and list query parameter) naming the parent, and the parent's resource. */
  parent?: { key: string; resource: MetadataResourceName; required: boolean };
  /** Keys a create must carry (besides the parent key), each a non-empty string unless typed below. */
  required: readonly string[];
  /** Optional keys and the value a create stores when they are absent. */
  defaults: Readonly<Record<string, unknown>>;
  /** Keys a PATCH may change. */
  updatable: readonly string[];
  /** Views answer a delete with {success}; the GraphQL-backed resources with the deleted item. */
  deleteAnswer: 'item' | 'success';
}

const VIEW_CHILD = { key: 'viewId', resource: 'views', required: true } as const;

export const METADATA_RESOURCES: readonly MetadataResource[] = [
  {
    name: 'objects',
    label: 'Object',
    required: ['nameSingular', 'namePlural', 'labelSingular', 'labelPlural'],
    defaults: { description: null, icon: null, isActive: true },
    updatable: ['labelSingular', 'labelPlural', 'description', 'icon', 'isActive'],
    deleteAnswer: 'item',
  },
  {
    name: 'fields',
    label: 'Field',
    parent: { key: 'objectMetadataId', resource: 'objects', required: true },
    required: ['name', 'label', 'type'],
    defaults: { description: null, icon: null, isNullable: true, isActive: true, defaultValue: null, options: null, settings: null },
    updatable: ['label', 'description', 'icon', 'isActive', 'options'],
    deleteAnswer: 'item',
  },
  {
    name: 'views',
    label: 'View',
    parent: { key: 'objectMetadataId', resource: 'objects', required: true },
    required: ['name'],
    defaults: { type: 'TABLE', key: null, icon: 'IconList', position: 0, isCompact: false, openRecordIn: 'SIDE_PANEL', kanbanAggregateOperation: null },
    updatable: ['name', 'type', 'icon', 'position', 'isCompact', 'openRecordIn'],
    deleteAnswer: 'success',
  },
  {
    name: 'viewFields',
    label: 'View field',
    parent: VIEW_CHILD,
    required: ['fieldMetadataId'],
    defaults: { position: 0, isVisible: true, size: 150, aggregateOperation: null },
    updatable: ['position', 'isVisible', 'size', 'aggregateOperation'],
    deleteAnswer: 'success',
  },
  {
    name: 'viewFilters',
    label: 'View filter',
    parent: VIEW_CHILD,
    required: ['fieldMetadataId', 'operand'],
    defaults: { value: '', viewFilterGroupId: null, positionInViewFilterGroup: null, subFieldName: null },
    updatable: ['operand', 'value', 'viewFilterGroupId', 'positionInViewFilterGroup', 'subFieldName'],
    deleteAnswer: 'success',
  },
  {
    name: 'viewSorts',
    label: 'View sort',
    parent: VIEW_CHILD,
    required: ['fieldMetadataId', 'direction'],
    defaults: {},
    updatable: ['direction'],
    deleteAnswer: 'success',
  },
  {
    name: 'viewGroups',
    label: 'View group',
    parent: VIEW_CHILD,
    required: ['fieldMetadataId', 'fieldValue'],
    defaults: { isVisible: true, position: 0 },
    updatable: ['isVisible', 'position', 'fieldValue'],
    deleteAnswer: 'success',
  },
  {
    name: 'viewFilterGroups',
    label: 'View filter group',
    parent: VIEW_CHILD,
    required: [],
    defaults: { logicalOperator: 'AND', parentViewFilterGroupId: null, positionInViewFilterGroup: null },
    updatable: ['logicalOperator', 'parentViewFilterGroupId', 'positionInViewFilterGroup'],
    deleteAnswer: 'success',
  },
  {
    name: 'webhooks',
    label: 'Webhook',
    required: ['targetUrl'],
    defaults: { operations: ['*.*'], description: null, secret: null },
    updatable: ['targetUrl', 'operations', 'description'],
    deleteAnswer: 'item',
  },
  {
    name: 'apiKeys',
    label: 'API key',
    required: ['name', 'expiresAt'],
    defaults: { revokedAt: null },
    updatable: ['name', 'revokedAt'],
    deleteAnswer: 'item',
  },
  {
    name: 'pageLayouts',
    label: 'Page layout',
    required: ['name'],
    defaults: { type: 'RECORD_PAGE', objectMetadataId: null },
    updatable: ['name', 'type'],
    deleteAnswer: 'success',
  },
  {
    name: 'pageLayoutTabs',
    label: 'Page layout tab',
    parent: { key: 'pageLayoutId', resource: 'pageLayouts', required: true },
    required: ['title'],
    defaults: { position: 0 },
    updatable: ['title', 'position'],
    deleteAnswer: 'success',
  },
  {
    name: 'pageLayoutWidgets',
    label: 'Page layout widget',
    parent: { key: 'pageLayoutTabId', resource: 'pageLayoutTabs', required: true },
    required: ['title', 'type'],
    defaults: { objectMetadataId: null, gridPosition: { row: 0, column: 0, rowSpan: 1, columnSpan: 1 }, configuration: null },
    updatable: ['title', 'type', 'gridPosition', 'configuration'],
    deleteAnswer: 'success',
  },
];

export function findMetadataResource(name: string): MetadataResource | undefined {
  return METADATA_RESOURCES.find((resource) => resource.name === name);
}

/** Resources whose parent is `name` (a delete removes them too). */
export function childResources(name: MetadataResourceName): MetadataResource[] {
  return METADATA_RESOURCES.filter((resource) => resource.parent?.resource === name);
}
