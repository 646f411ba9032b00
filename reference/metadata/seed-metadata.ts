// The metadata a workspace starts with, derived from its datamodel: one object
// row per object, one field row per field, an INDEX view per object with a view
// field per visible field, a KANBAN view grouped by the first SELECT field, a
// record page layout per object (one tab, one widget), and the reference's own
// API key. Ids are derived from names, so cursors survive restarts. Pure.
import { createHash } from 'node:crypto';
import type { Datamodel, FieldDef, ObjectDef } from '../datamodel/types.ts';
import type { MetadataResourceName } from './resources.ts';

export interface MetadataRow {
  resource: MetadataResourceName;
  id: string;
  parentId: string | null;
  body: Record<string, unknown>;
}

/** Fixed creation time of seeded metadata (deterministic documents and answers). */
export const SEEDED_AT = '2026-01-05T09:00:00.000Z';

/** A v4-shaped UUID derived from names. */
export function metadataId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('/')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const labelOf = (name: string) => capitalised(name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
const stamps = { createdAt: SEEDED_AT, updatedAt: SEEDED_AT };

export const objectMetadataId = (object: Pick<ObjectDef, 'nameSingular'>) => metadataId('object', object.nameSingular);
export const fieldMetadataId = (object: Pick<ObjectDef, 'nameSingular'>, fieldName: string) => metadataId('field', object.nameSingular, fieldName);

/** Field properties Twenty's metadata API answers with (isUnique, defaultValue only where the datamodel says). */
export function describeField(object: ObjectDef, field: FieldDef): Record<string, unknown> {
  const extra = field as FieldDef & { unique?: boolean; defaultValue?: unknown };
  return {
    id: fieldMetadataId(object, field.name),
    objectMetadataId: objectMetadataId(object),
    name: field.name,
    label: labelOf(field.name),
    type: field.kind,
    description: field.description ?? null,
    icon: null,
    isCustom: field.custom === true,
    isActive: true,
    isSystem: field.system === true,
    isNullable: field.nullable,
    isUnique: field.name === 'id' || extra.unique === true,
    defaultValue: extra.defaultValue ?? null,
    options: field.options ? field.options.map((option, position) => ({ id: metadataId('option', object.nameSingular, field.name, option.value), value: option.value, label: option.label, position })) : null,
    settings: field.numberType ? { dataType: field.numberType } : null,
    relation: field.relation
      ? { type: field.relation.type, targetObjectMetadataId: metadataId('object', field.relation.target), joinColumnName: field.relation.joinColumn ?? null }
      : null,
    ...stamps,
  };
}

export function describeObject(object: ObjectDef, custom = false): Record<string, unknown> {
  return {
    id: objectMetadataId(object),
    nameSingular: object.nameSingular,
    namePlural: object.namePlural,
    labelSingular: object.labelSingular,
    labelPlural: capitalised(labelOf(object.namePlural)),
    description: object.description,
    icon: null,
    isCustom: custom,
    isActive: true,
    isSystem: false,
    isRemote: false,
    ...stamps,
  };
}

const visibleInViews = (field: FieldDef) => field.system !== true && field.relation?.type !== 'ONE_TO_MANY';

function viewRows(object: ObjectDef): MetadataRow[] {
  const objectId = objectMetadataId(object);
  const indexId = metadataId('view', object.nameSingular, 'INDEX');
  const rows: MetadataRow[] = [
    {
      resource: 'views',
      id: indexId,
      parentId: objectId,
      body: { id: indexId, name: `All ${labelOf(object.namePlural).toLowerCase()}`, objectMetadataId: objectId, type: 'TABLE', key: 'INDEX', icon: 'IconList', position: 0, isCompact: false, openRecordIn: 'SIDE_PANEL', kanbanAggregateOperation: null, isCustom: false, ...stamps, deletedAt: null },
    },
  ];
  object.fields.filter(visibleInViews).forEach((field, position) => {
    const id = metadataId('viewField', indexId, field.name);
    rows.push({ resource: 'viewFields', id, parentId: indexId, body: { id, viewId: indexId, fieldMetadataId: fieldMetadataId(object, field.name), position, isVisible: true, size: 150, aggregateOperation: null, ...stamps, deletedAt: null } });
  });
  const select = object.fields.find((field) => field.kind === 'SELECT' && field.options && field.options.length > 0);
  if (select?.options) {
    const kanbanId = metadataId('view', object.nameSingular, 'KANBAN', select.name);
    rows.push({
      resource: 'views',
      id: kanbanId,
      parentId: objectId,
      body: { id: kanbanId, name: `By ${labelOf(select.name).toLowerCase()}`, objectMetadataId: objectId, type: 'KANBAN', key: null, icon: 'IconLayoutKanban', position: 1, isCompact: false, openRecordIn: 'SIDE_PANEL', kanbanAggregateOperation: 'COUNT', isCustom: false, ...stamps, deletedAt: null },
    });
    select.options.forEach((option, position) => {
      const id = metadataId('viewGroup', kanbanId, option.value);
      rows.push({ resource: 'viewGroups', id, parentId: kanbanId, body: { id, viewId: kanbanId, fieldMetadataId: fieldMetadataId(object, select.name), fieldValue: option.value, isVisible: true, position, ...stamps, deletedAt: null } });
    });
  }
  return rows;
}

function pageLayoutRows(object: ObjectDef): MetadataRow[] {
  const layoutId = metadataId('pageLayout', object.nameSingular);
  const tabId = metadataId('pageLayoutTab', object.nameSingular, 'home');
  const widgetId = metadataId('pageLayoutWidget', object.nameSingular, 'fields');
  const objectId = objectMetadataId(object);
  return [
    { resource: 'pageLayouts', id: layoutId, parentId: null, body: { id: layoutId, name: `${object.labelSingular} record page`, type: 'RECORD_PAGE', objectMetadataId: objectId, ...stamps, deletedAt: null } },
    { resource: 'pageLayoutTabs', id: tabId, parentId: layoutId, body: { id: tabId, pageLayoutId: layoutId, title: 'Home', position: 0, ...stamps, deletedAt: null } },
    {
      resource: 'pageLayoutWidgets',
      id: widgetId,
      parentId: tabId,
      body: { id: widgetId, pageLayoutTabId: tabId, title: 'Fields', type: 'FIELDS', objectMetadataId: objectId, gridPosition: { row: 0, column: 0, rowSpan: 1, columnSpan: 1 }, configuration: null, ...stamps, deletedAt: null },
    },
  ];
}

export function seedMetadataRows(model: Datamodel): MetadataRow[] {
  const rows: MetadataRow[] = [];
  for (const object of model.objects) {
    const objectRow = describeObject(object);
    rows.push({ resource: 'objects', id: String(objectRow['id']), parentId: null, body: objectRow });
    for (const field of object.fields) {
      const fieldRow = describeField(object, field);
      rows.push({ resource: 'fields', id: String(fieldRow['id']), parentId: String(objectRow['id']), body: fieldRow });
    }
    rows.push(...viewRows(object), ...pageLayoutRows(object));
  }
  // The webhooks the datamodel subscribes (the same ids the event record names), so a reader of
  // /rest/metadata/webhooks learns what a write would fire.
  for (const hook of model.subscriptions?.webhooks ?? []) {
    rows.push({ resource: 'webhooks', id: hook.id, parentId: null, body: { id: hook.id, targetUrl: hook.targetUrl, operations: [...hook.operations], description: null, secret: null, ...stamps } });
  }
  const keyId = metadataId('apiKey', 'reference');
  rows.push({ resource: 'apiKeys', id: keyId, parentId: null, body: { id: keyId, name: 'Conformance reference key', expiresAt: '2099-12-31T23:59:59.000Z', revokedAt: null, ...stamps } });
  return rows;
}
