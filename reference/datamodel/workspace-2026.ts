// A 2026-shaped standard workspace (`reference --workspace 2026`): Twenty's 2026
// standard objects as a fresh self-hosted workspace has them (contract
// REAL-WORKSPACE.md §3, TWENTY-REST.md §10) — the CRM core, notes and tasks with
// their morph targets, attachments, the timeline, workspace members, workflows,
// messaging and calendar, dashboards, favorites, blocklists — plus one custom
// object with a unique custom field, and a webhook and a workflow trigger.
// Unique fields (isUnique), required fields and join columns, and morph
// relations (`target<X>` with join column `target<X>Id`) are as Twenty's standard
// application declares them. Its OpenAPI document (workspace-2026.core.json) is
// generated from it by scripts/generate-workspace-2026.ts.
import type { Datamodel, FieldDef, ObjectDef, SelectOption } from './types.ts';

const BASE: readonly FieldDef[] = [
  { name: 'id', kind: 'UUID', nullable: false, system: true, description: 'Id' },
  { name: 'createdAt', kind: 'DATE_TIME', nullable: false, system: true, description: 'Creation date' },
  { name: 'updatedAt', kind: 'DATE_TIME', nullable: false, system: true, description: 'Last time the record was changed' },
  { name: 'deletedAt', kind: 'DATE_TIME', nullable: true, system: true, description: 'Date when the record was deleted' },
];

const options = (...values: string[]): SelectOption[] =>
  values.map((value) => ({ value, label: value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') }));

const position: FieldDef = { name: 'position', kind: 'POSITION', nullable: false, description: 'Record position' };
const createdBy: FieldDef = { name: 'createdBy', kind: 'ACTOR', nullable: false, description: 'The creator of the record' };
const text = (name: string, description: string, nullable = true): FieldDef => ({ name, kind: 'TEXT', nullable, description });
const select = (name: string, description: string, values: SelectOption[], nullable = true): FieldDef => ({ name, kind: 'SELECT', nullable, options: values, description });
const many = (name: string, target: string, description: string, nullable = true): FieldDef => ({
  name,
  kind: 'RELATION',
  nullable,
  description,
  relation: { type: 'MANY_TO_ONE', target, joinColumn: `${name}Id` },
});
const oneToMany = (name: string, target: string, inverseField: string, description: string): FieldDef => ({
  name,
  kind: 'RELATION',
  nullable: true,
  description,
  relation: { type: 'ONE_TO_MANY', target, inverseField },
});
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** One branch of a MORPH_RELATION: `target<X>` → join column `target<X>Id`, described "<X> target". */
const morphTarget = (target: string): FieldDef => ({
  name: `target${capitalize(target)}`,
  kind: 'RELATION',
  nullable: true,
  morph: true,
  description: `${capitalize(target)} target`,
  relation: { type: 'MANY_TO_ONE', target, joinColumn: `target${capitalize(target)}Id` },
});

function object(nameSingular: string, namePlural: string, labelSingular: string, description: string, fields: FieldDef[], system = false): ObjectDef {
  return { nameSingular, namePlural, labelSingular, description, fields: [...BASE, ...fields], ...(system ? { system: true } : {}) };
}

const company = object('company', 'companies', 'Company', 'A company', [
  text('name', 'The company name'),
  { name: 'domainName', kind: 'LINKS', nullable: true, unique: true, description: 'The company website URL. We use this url to fetch the company icon' },
  { name: 'employees', kind: 'NUMBER', numberType: 'int', nullable: true, description: 'Number of employees in the company' },
  { name: 'linkedinLink', kind: 'LINKS', nullable: true, description: 'The company Linkedin account' },
  { name: 'xLink', kind: 'LINKS', nullable: true, description: 'The company Twitter/X account' },
  { name: 'annualRecurringRevenue', kind: 'CURRENCY', nullable: true, description: 'Annual Recurring Revenue: The actual or estimated annual revenue of the company' },
  { name: 'address', kind: 'ADDRESS', nullable: true, description: 'Address of the company' },
  { name: 'idealCustomerProfile', kind: 'BOOLEAN', nullable: false, description: 'Ideal Customer Profile: Indicates whether the company is the most suitable and valuable customer for you' },
  position,
  createdBy,
  many('accountOwner', 'workspaceMember', 'Your team member responsible for managing the company account'),
  oneToMany('people', 'person', 'company', 'People linked to the company.'),
  oneToMany('opportunities', 'opportunity', 'company', 'Opportunities linked to the company.'),
]);

const person = object('person', 'people', 'Person', 'A person', [
  { name: 'name', kind: 'FULL_NAME', nullable: true, description: 'Contact’s name' },
  { name: 'emails', kind: 'EMAILS', nullable: true, unique: true, description: 'Contact’s Emails' },
  { name: 'linkedinLink', kind: 'LINKS', nullable: true, description: 'Contact’s Linkedin account' },
  { name: 'xLink', kind: 'LINKS', nullable: true, description: 'Contact’s X/Twitter account' },
  text('jobTitle', 'Contact’s job title', false),
  { name: 'phones', kind: 'PHONES', nullable: true, description: 'Contact’s phone numbers' },
  text('city', 'Contact’s city', false),
  text('avatarUrl', 'Contact’s avatar', false),
  position,
  createdBy,
  many('company', 'company', 'Contact’s company'),
  oneToMany('pointOfContactForOpportunities', 'opportunity', 'pointOfContact', 'List of opportunities for which that person is the point of contact'),
]);

const opportunity = object('opportunity', 'opportunities', 'Opportunity', 'An opportunity', [
  text('name', 'The opportunity name', false),
  { name: 'amount', kind: 'CURRENCY', nullable: true, description: 'Opportunity amount' },
  { name: 'closeDate', kind: 'DATE_TIME', nullable: true, description: 'Opportunity close date' },
  select('stage', 'Opportunity stage', options('NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'), false),
  position,
  createdBy,
  many('pointOfContact', 'person', 'Opportunity point of contact'),
  many('company', 'company', 'Opportunity company'),
  many('owner', 'workspaceMember', 'Opportunity owner'),
]);

const workspaceMember = object('workspaceMember', 'workspaceMembers', 'Workspace Member', 'A workspace member', [
  { name: 'name', kind: 'FULL_NAME', nullable: false, description: 'Workspace member name' },
  { name: 'userEmail', kind: 'TEXT', nullable: false, unique: true, description: 'Related user email address' },
  { name: 'userId', kind: 'UUID', nullable: false, description: 'Associated User Id' },
  text('colorScheme', 'Preferred color scheme', false),
  text('locale', 'Preferred language', false),
  text('avatarUrl', 'Workspace member avatar', false),
  text('timeZone', 'User time zone', false),
  select('dateFormat', 'User’s preferred date format', options('SYSTEM', 'MONTH_FIRST', 'DAY_FIRST', 'YEAR_FIRST'), false),
  position,
  oneToMany('accountOwnerForCompanies', 'company', 'accountOwner', 'Account owner for companies'),
], true);

const note = object('note', 'notes', 'Note', 'A note', [
  text('title', 'Note title'),
  { name: 'bodyV2', kind: 'RICH_TEXT_V2', nullable: true, description: 'Note body' },
  position,
  createdBy,
  oneToMany('noteTargets', 'noteTarget', 'note', 'Note targets'),
]);

const task = object('task', 'tasks', 'Task', 'A task', [
  text('title', 'Task title'),
  { name: 'bodyV2', kind: 'RICH_TEXT_V2', nullable: true, description: 'Task body' },
  { name: 'dueAt', kind: 'DATE_TIME', nullable: true, description: 'Task due date' },
  select('status', 'Task status', options('TODO', 'IN_PROGRESS', 'DONE')),
  position,
  createdBy,
  many('assignee', 'workspaceMember', 'Task assignee'),
  oneToMany('taskTargets', 'taskTarget', 'task', 'Task targets'),
]);

const noteTarget = object('noteTarget', 'noteTargets', 'Note Target', 'A note target', [
  many('note', 'note', 'NoteTarget note'),
  morphTarget('person'),
  morphTarget('company'),
  morphTarget('opportunity'),
], true);

const taskTarget = object('taskTarget', 'taskTargets', 'Task Target', 'A task target', [
  many('task', 'task', 'TaskTarget task'),
  morphTarget('person'),
  morphTarget('company'),
  morphTarget('opportunity'),
], true);

const attachment = object('attachment', 'attachments', 'Attachment', 'An attachment', [
  text('name', 'Attachment name'),
  { name: 'file', kind: 'FILES', nullable: true, description: 'Attachment file' },
  text('fullPath', 'Attachment full path (deprecated)'),
  select('fileCategory', 'Attachment file category', options('ARCHIVE', 'AUDIO', 'IMAGE', 'PRESENTATION', 'SPREADSHEET', 'TEXT_DOCUMENT', 'VIDEO', 'OTHER')),
  createdBy,
  ...['note', 'task', 'person', 'company', 'opportunity', 'dashboard', 'workflow'].map(morphTarget),
], true);

const timelineActivity = object('timelineActivity', 'timelineActivities', 'Timeline Activity', 'Aggregated / filtered event to be displayed on the timeline', [
  { name: 'happensAt', kind: 'DATE_TIME', nullable: true, description: 'Creation date' },
  text('name', 'Event name'),
  { name: 'properties', kind: 'RAW_JSON', nullable: true, description: 'Json value for event details' },
  text('linkedRecordCachedName', 'Cached record name'),
  { name: 'linkedRecordId', kind: 'UUID', nullable: true, description: 'Linked Record id' },
  { name: 'linkedObjectMetadataId', kind: 'UUID', nullable: true, description: 'Linked Object Metadata Id' },
  many('workspaceMember', 'workspaceMember', 'Event workspace member'),
  ...['person', 'company', 'opportunity', 'note', 'task', 'workflow', 'dashboard'].map(morphTarget),
], true);

const workflow = object('workflow', 'workflows', 'Workflow', 'A workflow', [
  text('name', 'The workflow name'),
  text('lastPublishedVersionId', 'The workflow last published version id'),
  { name: 'statuses', kind: 'MULTI_SELECT', nullable: true, options: options('DRAFT', 'ACTIVE', 'DEACTIVATED'), description: 'The current statuses of the workflow versions' },
  position,
  createdBy,
  oneToMany('versions', 'workflowVersion', 'workflow', 'Workflow versions linked to the workflow.'),
]);

const workflowVersion = object('workflowVersion', 'workflowVersions', 'Workflow Version', 'A workflow version', [
  text('name', 'The workflow version name'),
  { name: 'trigger', kind: 'RAW_JSON', nullable: true, description: 'Json object to provide trigger' },
  { name: 'steps', kind: 'RAW_JSON', nullable: true, description: 'Json object to provide steps' },
  select('status', 'The workflow version status', options('DRAFT', 'ACTIVE', 'DEACTIVATED', 'ARCHIVED'), false),
  position,
  many('workflow', 'workflow', 'WorkflowVersion workflow', false),
]);

const workflowRun = object('workflowRun', 'workflowRuns', 'Workflow Run', 'A workflow run', [
  text('name', 'Name of the workflow run'),
  { name: 'enqueuedAt', kind: 'DATE_TIME', nullable: true, description: 'Workflow run enqueued at' },
  { name: 'startedAt', kind: 'DATE_TIME', nullable: true, description: 'Workflow run started at' },
  { name: 'endedAt', kind: 'DATE_TIME', nullable: true, description: 'Workflow run ended at' },
  select('status', 'Workflow run status', options('NOT_STARTED', 'ENQUEUED', 'RUNNING', 'COMPLETED', 'FAILED'), false),
  { name: 'state', kind: 'RAW_JSON', nullable: true, description: 'State of the workflow run' },
  position,
  createdBy,
  many('workflowVersion', 'workflowVersion', 'Workflow version linked to the run.', false),
  many('workflow', 'workflow', 'Workflow linked to the run.', false),
]);

const workflowAutomatedTrigger = object('workflowAutomatedTrigger', 'workflowAutomatedTriggers', 'Workflow Automated Trigger', 'A workflow automated trigger', [
  select('type', 'The workflow automated trigger type', options('DATABASE_EVENT', 'CRON'), false),
  { name: 'settings', kind: 'RAW_JSON', nullable: false, description: 'The workflow automated trigger settings' },
  many('workflow', 'workflow', 'WorkflowAutomatedTrigger workflow', false),
], true);

const connectedAccount = object('connectedAccount', 'connectedAccounts', 'Connected Account', 'A connected account', [
  text('handle', 'The account handle (email, username, phone number, etc.)', false),
  text('provider', 'The account provider', false),
  text('accessToken', 'Messaging provider access token', false),
  text('refreshToken', 'Messaging provider refresh token', false),
  text('lastSyncHistoryId', 'Last sync history ID', false),
  { name: 'authFailedAt', kind: 'DATE_TIME', nullable: true, description: 'Auth failed at' },
  { name: 'scopes', kind: 'ARRAY', nullable: true, description: 'Scopes' },
  many('accountOwner', 'workspaceMember', 'Account Owner', false),
], true);

const messageChannel = object('messageChannel', 'messageChannels', 'Message Channel', 'Message Channels', [
  select('visibility', 'Visibility', options('METADATA', 'SUBJECT', 'SHARE_EVERYTHING'), false),
  text('handle', 'Handle', false),
  select('type', 'Channel Type', options('EMAIL', 'SMS'), false),
  { name: 'isContactAutoCreationEnabled', kind: 'BOOLEAN', nullable: false, description: 'Is Contact Auto Creation Enabled' },
  { name: 'isSyncEnabled', kind: 'BOOLEAN', nullable: false, description: 'Is Sync Enabled' },
  select('syncStatus', 'Sync status', options('ONGOING', 'NOT_SYNCED', 'ACTIVE', 'FAILED_INSUFFICIENT_PERMISSIONS', 'FAILED_UNKNOWN')),
  select('syncStage', 'Sync stage', options('PENDING_CONFIGURATION', 'MESSAGE_LIST_FETCH_PENDING', 'MESSAGE_LIST_FETCH_ONGOING', 'MESSAGES_IMPORT_PENDING', 'MESSAGES_IMPORT_ONGOING', 'FAILED'), false),
  many('connectedAccount', 'connectedAccount', 'Connected Account', false),
], true);

const messageFolder = object('messageFolder', 'messageFolders', 'Message Folder', 'Folder for Message Channel', [
  text('name', 'Folder name'),
  text('syncCursor', 'Sync Cursor'),
  { name: 'isSentFolder', kind: 'BOOLEAN', nullable: false, description: 'Is Sent Folder' },
  many('messageChannel', 'messageChannel', 'Message Channel', false),
], true);

const messageThread = object('messageThread', 'messageThreads', 'Message Thread', 'A message thread', [
  oneToMany('messages', 'message', 'messageThread', 'Messages from the thread.'),
], true);

const message = object('message', 'messages', 'Message', 'A message', [
  text('headerMessageId', 'Message id from the message header'),
  text('subject', 'Subject'),
  text('text', 'Text'),
  { name: 'receivedAt', kind: 'DATE_TIME', nullable: true, description: 'The date the message was received' },
  many('messageThread', 'messageThread', 'Message Thread Id'),
], true);

const messageParticipant = object('messageParticipant', 'messageParticipants', 'Message Participant', 'Message Participants', [
  select('role', 'Role', options('FROM', 'TO', 'CC', 'BCC'), false),
  text('handle', 'Handle'),
  text('displayName', 'Display Name'),
  many('message', 'message', 'Message', false),
  many('person', 'person', 'Person'),
  many('workspaceMember', 'workspaceMember', 'Workspace member'),
], true);

const messageChannelMessageAssociation = object('messageChannelMessageAssociation', 'messageChannelMessageAssociations', 'Message Channel Message Association', 'Message Synced with a Message Channel', [
  text('messageExternalId', 'Message id from the messaging provider'),
  text('messageThreadExternalId', 'Thread id from the messaging provider'),
  select('direction', 'Message Direction', options('INCOMING', 'OUTGOING'), false),
  many('messageChannel', 'messageChannel', 'Message Channel Id', false),
  many('message', 'message', 'Message Id', false),
], true);

const calendarChannel = object('calendarChannel', 'calendarChannels', 'Calendar Channel', 'Calendar Channels', [
  text('handle', 'Handle', false),
  select('visibility', 'Visibility', options('METADATA', 'SHARE_EVERYTHING'), false),
  { name: 'isContactAutoCreationEnabled', kind: 'BOOLEAN', nullable: false, description: 'Is Contact Auto Creation Enabled' },
  { name: 'isSyncEnabled', kind: 'BOOLEAN', nullable: false, description: 'Is Sync Enabled' },
  select('syncStage', 'Sync stage', options('PENDING_CONFIGURATION', 'CALENDAR_EVENT_LIST_FETCH_PENDING', 'CALENDAR_EVENTS_IMPORT_PENDING', 'FAILED'), false),
  many('connectedAccount', 'connectedAccount', 'Connected Account', false),
], true);

const calendarEvent = object('calendarEvent', 'calendarEvents', 'Calendar event', 'Calendar events', [
  text('title', 'Title'),
  { name: 'isCanceled', kind: 'BOOLEAN', nullable: false, description: 'Is canceled' },
  { name: 'isFullDay', kind: 'BOOLEAN', nullable: false, description: 'Is Full Day' },
  { name: 'startsAt', kind: 'DATE_TIME', nullable: true, description: 'Start Date' },
  { name: 'endsAt', kind: 'DATE_TIME', nullable: true, description: 'End Date' },
  text('location', 'Location'),
  text('description', 'Description'),
  text('iCalUid', 'iCal UID'),
  { name: 'conferenceLink', kind: 'LINKS', nullable: true, description: 'Meet Link' },
], true);

const calendarEventParticipant = object('calendarEventParticipant', 'calendarEventParticipants', 'Calendar event participant', 'Calendar event participants', [
  text('handle', 'Handle'),
  text('displayName', 'Display Name'),
  { name: 'isOrganizer', kind: 'BOOLEAN', nullable: false, description: 'Is Organizer' },
  select('responseStatus', 'Response Status', options('NEEDS_ACTION', 'DECLINED', 'TENTATIVE', 'ACCEPTED'), false),
  many('calendarEvent', 'calendarEvent', 'Event ID', false),
  many('person', 'person', 'Person'),
  many('workspaceMember', 'workspaceMember', 'Workspace Member'),
], true);

const calendarChannelEventAssociation = object('calendarChannelEventAssociation', 'calendarChannelEventAssociations', 'Channel Event Association', 'Calendar Channel Event Associations', [
  text('eventExternalId', 'Event external ID'),
  text('recurringEventExternalId', 'Recurring Event ID'),
  many('calendarChannel', 'calendarChannel', 'Channel ID', false),
  many('calendarEvent', 'calendarEvent', 'Event ID', false),
], true);

const dashboard = object('dashboard', 'dashboards', 'Dashboard', 'A dashboard', [
  text('title', 'Dashboard title'),
  { name: 'pageLayoutId', kind: 'UUID', nullable: true, description: 'Dashboard page layout' },
  position,
  createdBy,
]);

const favoriteFolder = object('favoriteFolder', 'favoriteFolders', 'Favorite Folder', 'A Folder of favorites', [
  position,
  text('name', 'Name of the favorite folder'),
], true);

const favorite = object('favorite', 'favorites', 'Favorite', 'A favorite that can be accessed from the left menu', [
  position,
  many('forWorkspaceMember', 'workspaceMember', 'Favorite workspace member'),
  many('person', 'person', 'Favorite person'),
  many('company', 'company', 'Favorite company'),
  many('opportunity', 'opportunity', 'Favorite opportunity'),
  many('favoriteFolder', 'favoriteFolder', 'The folder this favorite belongs to'),
], true);

const blocklist = object('blocklist', 'blocklists', 'Blocklist', 'Blocklist', [
  text('handle', 'Handle'),
  many('workspaceMember', 'workspaceMember', 'WorkspaceMember', false),
], true);

/** The custom object: a workspace's own `project`, whose `code` is a unique custom field. */
const project = object('project', 'projects', 'Project', 'A project (custom object)', [
  text('name', 'Project name'),
  { name: 'code', kind: 'TEXT', nullable: true, custom: true, unique: true, description: 'Project code, unique in the workspace' },
  select('status', 'Project status', options('PLANNED', 'ACTIVE', 'ON_HOLD', 'DONE')),
  { name: 'budget', kind: 'CURRENCY', nullable: true, custom: true, description: 'Project budget' },
  { name: 'startsOn', kind: 'DATE', nullable: true, custom: true, description: 'Start date' },
  position,
  createdBy,
  many('company', 'company', 'Client company'),
]);

export const WORKSPACE_2026: Datamodel = {
  objects: [
    company,
    person,
    opportunity,
    note,
    task,
    noteTarget,
    taskTarget,
    attachment,
    timelineActivity,
    workspaceMember,
    workflow,
    workflowVersion,
    workflowRun,
    workflowAutomatedTrigger,
    connectedAccount,
    messageChannel,
    messageFolder,
    messageThread,
    message,
    messageParticipant,
    messageChannelMessageAssociation,
    calendarChannel,
    calendarEvent,
    calendarEventParticipant,
    calendarChannelEventAssociation,
    dashboard,
    favoriteFolder,
    favorite,
    blocklist,
    project,
  ],
  subscriptions: {
    webhooks: [{ id: '20202020-0e6b-4000-8000-00000000a001', targetUrl: 'https://hooks.example.test/twenty', operations: ['person.created', 'company.*'] }],
    workflowTriggers: [{ id: '20202020-0e6b-4000-8000-00000000b001', workflowName: 'Welcome new opportunity', eventName: 'opportunity.created' }],
  },
};
