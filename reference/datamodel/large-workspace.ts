// A large workspace for the self-test of `reference --datamodel`: 30 objects shaped like
// a real Twenty workspace (a CRM core, activity objects, and custom objects), every
// field kind the reference serves, many-to-one chains with their one-to-many inverses
// and one self relation. Written as a datamodel definition; its OpenAPI document
// (large-workspace.core.json, next to this file) is generated from it by
// scripts/generate-large-workspace.ts with the reference's own document generator,
// and `reference --datamodel` reads that document back.
import type { Datamodel, FieldDef, ObjectDef, SelectOption } from './types.ts';

const BASE: readonly FieldDef[] = [
  { name: 'id', kind: 'UUID', nullable: false, system: true, description: 'Id' },
  { name: 'createdAt', kind: 'DATE_TIME', nullable: false, system: true, description: 'Creation date' },
  { name: 'updatedAt', kind: 'DATE_TIME', nullable: false, system: true, description: 'Last time the record was changed' },
  { name: 'deletedAt', kind: 'DATE_TIME', nullable: true, system: true, description: 'Date when the record was deleted' },
];

const options = (...values: string[]): SelectOption[] => values.map((value) => ({ value, label: value.charAt(0) + value.slice(1).toLowerCase() }));
const STATUS = options('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE');
const PRIORITY = options('LOW', 'MEDIUM', 'HIGH', 'URGENT');
const CHANNELS = options('EMAIL', 'PHONE', 'CHAT', 'IN_PERSON', 'SOCIAL');
const RATING = options('RATING_1', 'RATING_2', 'RATING_3', 'RATING_4', 'RATING_5');

/** Field blocks; each object takes a rotating selection, so every kind appears several times. */
const BLOCKS: readonly (readonly FieldDef[])[] = [
  [
    { name: 'title', kind: 'TEXT', nullable: false },
    { name: 'summary', kind: 'TEXT', nullable: true },
  ],
  [
    { name: 'quantity', kind: 'NUMBER', numberType: 'int', nullable: true },
    { name: 'score', kind: 'NUMBER', numberType: 'float', nullable: true },
  ],
  [{ name: 'isActive', kind: 'BOOLEAN', nullable: false }],
  [
    { name: 'dueAt', kind: 'DATE_TIME', nullable: true },
    { name: 'startsOn', kind: 'DATE', nullable: true },
  ],
  [
    { name: 'status', kind: 'SELECT', nullable: true, options: STATUS },
    { name: 'priority', kind: 'SELECT', nullable: false, options: PRIORITY },
  ],
  [{ name: 'channels', kind: 'MULTI_SELECT', nullable: true, options: CHANNELS }],
  [{ name: 'rating', kind: 'RATING', nullable: true, options: RATING }],
  [
    { name: 'keywords', kind: 'ARRAY', nullable: true },
    { name: 'metadata', kind: 'RAW_JSON', nullable: true },
  ],
  [{ name: 'documents', kind: 'FILES', nullable: true }],
  [{ name: 'contactName', kind: 'FULL_NAME', nullable: true }],
  [
    { name: 'emails', kind: 'EMAILS', nullable: true },
    { name: 'phones', kind: 'PHONES', nullable: true },
  ],
  [{ name: 'website', kind: 'LINKS', nullable: true }],
  [{ name: 'budget', kind: 'CURRENCY', nullable: true }],
  [{ name: 'location', kind: 'ADDRESS', nullable: true }],
  [{ name: 'bodyV2', kind: 'RICH_TEXT_V2', nullable: true }],
  [{ name: 'externalRef', kind: 'UUID', nullable: true }],
];

/** singular, plural: a CRM core, activity objects, then custom objects of a real workspace. */
const NAMES: readonly [string, string][] = [
  ['company', 'companies'],
  ['person', 'people'],
  ['opportunity', 'opportunities'],
  ['workspaceMember', 'workspaceMembers'],
  ['note', 'notes'],
  ['task', 'tasks'],
  ['noteTarget', 'noteTargets'],
  ['taskTarget', 'taskTargets'],
  ['attachment', 'attachments'],
  ['favorite', 'favorites'],
  ['timelineActivity', 'timelineActivities'],
  ['calendarEvent', 'calendarEvents'],
  ['message', 'messages'],
  ['messageThread', 'messageThreads'],
  ['connectedAccount', 'connectedAccounts'],
  ['workflow', 'workflows'],
  ['workflowRun', 'workflowRuns'],
  ['view', 'views'],
  ['viewField', 'viewFields'],
  ['project', 'projects'],
  ['invoice', 'invoices'],
  ['invoiceLine', 'invoiceLines'],
  ['product', 'products'],
  ['contract', 'contracts'],
  ['ticket', 'tickets'],
  ['campaign', 'campaigns'],
  ['lead', 'leads'],
  ['vendor', 'vendors'],
  ['shipment', 'shipments'],
  ['meeting', 'meetings'],
];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Object i (i > 0) points at object ⌊(i-1)/2⌋: a tree, so inserts can follow it. */
function parentIndex(index: number): number | undefined {
  return index === 0 ? undefined : Math.floor((index - 1) / 2);
}

function objectAt(index: number): ObjectDef {
  const [singular, plural] = NAMES[index]!;
  // Every Twenty object has a text label identifier.
  const fields: FieldDef[] = [...BASE, { name: 'name', kind: 'TEXT', nullable: true }];
  // Six blocks per object, rotating through all of them.
  for (let k = 0; k < 6; k += 1) fields.push(...BLOCKS[(index * 5 + k) % BLOCKS.length]!);
  fields.push({ name: 'position', kind: 'POSITION', nullable: false });
  fields.push({ name: 'createdBy', kind: 'ACTOR', nullable: false });
  const parent = parentIndex(index);
  if (parent !== undefined) {
    const [target] = NAMES[parent]!;
    fields.push({ name: target, kind: 'RELATION', nullable: true, relation: { type: 'MANY_TO_ONE', target, joinColumn: `${target}Id` } });
  }
  for (const child of [index * 2 + 1, index * 2 + 2]) {
    if (child >= NAMES.length) continue;
    const [childSingular, childPlural] = NAMES[child]!;
    fields.push({ name: childPlural, kind: 'RELATION', nullable: true, relation: { type: 'ONE_TO_MANY', target: childSingular, inverseField: singular } });
  }
  if (singular === 'task') {
    fields.push({ name: 'parentTask', kind: 'RELATION', nullable: true, relation: { type: 'MANY_TO_ONE', target: 'task', joinColumn: 'parentTaskId' } });
    fields.push({ name: 'subTasks', kind: 'RELATION', nullable: true, relation: { type: 'ONE_TO_MANY', target: 'task', inverseField: 'parentTask' } });
  }
  return { nameSingular: singular, namePlural: plural, labelSingular: capitalize(singular), description: `${capitalize(singular)} records`, fields };
}

export const LARGE_WORKSPACE: Datamodel = { objects: NAMES.map((_, index) => objectAt(index)) };
