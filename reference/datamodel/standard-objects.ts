// The reference workspace: companies, people, opportunities and workspace members,
// as Twenty ships them (contract §10), plus custom fields for the kinds the standard
// objects lack (rating, multi-select, date, array, raw JSON, float number), as a
// real workspace may add.
import type { Datamodel, FieldDef, ObjectDef, SelectOption } from './types.ts';

const baseFields: readonly FieldDef[] = [
  { name: 'id', kind: 'UUID', nullable: false, system: true, description: 'Id' },
  { name: 'createdAt', kind: 'DATE_TIME', nullable: false, system: true, description: 'Creation date' },
  { name: 'updatedAt', kind: 'DATE_TIME', nullable: false, system: true, description: 'Last time the record was changed' },
  { name: 'deletedAt', kind: 'DATE_TIME', nullable: true, system: true, description: 'Date when the record was deleted' },
];

const positionField: FieldDef = { name: 'position', kind: 'POSITION', nullable: false, description: 'Record position' };
const createdByField: FieldDef = { name: 'createdBy', kind: 'ACTOR', nullable: false, description: 'The creator of the record' };

const options = (...values: string[]): SelectOption[] =>
  values.map((value) => ({ value, label: value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') }));

export const OPPORTUNITY_STAGES = options('NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER');
export const COMPANY_TIERS = options('RATING_1', 'RATING_2', 'RATING_3', 'RATING_4', 'RATING_5');
export const COMPANY_INDUSTRIES = options('SOFTWARE', 'HARDWARE', 'FINANCE', 'HEALTH', 'RETAIL');

const company: ObjectDef = {
  nameSingular: 'company',
  namePlural: 'companies',
  labelSingular: 'Company',
  description: 'A company',
  fields: [
    ...baseFields,
    { name: 'name', kind: 'TEXT', nullable: true, description: 'The company name' },
    { name: 'domainName', kind: 'LINKS', nullable: true, unique: true, description: 'The company website URL' },
    { name: 'employees', kind: 'NUMBER', numberType: 'int', nullable: true, description: 'Number of employees in the company' },
    { name: 'linkedinLink', kind: 'LINKS', nullable: true, description: 'The company Linkedin account' },
    { name: 'annualRecurringRevenue', kind: 'CURRENCY', nullable: true, description: 'Annual Recurring Revenue' },
    { name: 'address', kind: 'ADDRESS', nullable: true, description: 'Address of the company' },
    { name: 'idealCustomerProfile', kind: 'BOOLEAN', nullable: false, description: 'Ideal Customer Profile' },
    positionField,
    createdByField,
    { name: 'tier', kind: 'RATING', nullable: true, custom: true, options: COMPANY_TIERS, description: 'Account tier' },
    { name: 'industries', kind: 'MULTI_SELECT', nullable: true, custom: true, options: COMPANY_INDUSTRIES, description: 'Industries' },
    { name: 'foundedOn', kind: 'DATE', nullable: true, custom: true, description: 'Foundation date' },
    { name: 'tags', kind: 'ARRAY', nullable: true, custom: true, description: 'Free tags' },
    { name: 'extraData', kind: 'RAW_JSON', nullable: true, custom: true, description: 'Imported raw data' },
    { name: 'healthScore', kind: 'NUMBER', numberType: 'float', nullable: true, custom: true, description: 'Account health score' },
    {
      name: 'accountOwner',
      kind: 'RELATION',
      nullable: true,
      description: 'Your team member responsible for managing the company account',
      relation: { type: 'MANY_TO_ONE', target: 'workspaceMember', joinColumn: 'accountOwnerId' },
    },
    {
      name: 'people',
      kind: 'RELATION',
      nullable: true,
      description: 'People linked to the company.',
      relation: { type: 'ONE_TO_MANY', target: 'person', inverseField: 'company' },
    },
    {
      name: 'opportunities',
      kind: 'RELATION',
      nullable: true,
      description: 'Opportunities linked to the company.',
      relation: { type: 'ONE_TO_MANY', target: 'opportunity', inverseField: 'company' },
    },
  ],
};

const person: ObjectDef = {
  nameSingular: 'person',
  namePlural: 'people',
  labelSingular: 'Person',
  description: 'A person',
  fields: [
    ...baseFields,
    { name: 'name', kind: 'FULL_NAME', nullable: true, description: 'Contact’s name' },
    { name: 'emails', kind: 'EMAILS', nullable: true, unique: true, description: 'Contact’s Emails' },
    { name: 'linkedinLink', kind: 'LINKS', nullable: true, description: 'Contact’s Linkedin account' },
    { name: 'jobTitle', kind: 'TEXT', nullable: false, description: 'Contact’s job title' },
    { name: 'phones', kind: 'PHONES', nullable: true, description: 'Contact’s phone numbers' },
    { name: 'city', kind: 'TEXT', nullable: false, description: 'Contact’s city' },
    { name: 'avatarUrl', kind: 'TEXT', nullable: false, description: 'Contact’s avatar' },
    positionField,
    createdByField,
    {
      name: 'company',
      kind: 'RELATION',
      nullable: true,
      description: 'Contact’s company',
      relation: { type: 'MANY_TO_ONE', target: 'company', joinColumn: 'companyId' },
    },
    {
      name: 'pointOfContactForOpportunities',
      kind: 'RELATION',
      nullable: true,
      description: 'List of opportunities for which that person is the point of contact',
      relation: { type: 'ONE_TO_MANY', target: 'opportunity', inverseField: 'pointOfContact' },
    },
  ],
};

const opportunity: ObjectDef = {
  nameSingular: 'opportunity',
  namePlural: 'opportunities',
  labelSingular: 'Opportunity',
  description: 'An opportunity',
  fields: [
    ...baseFields,
    { name: 'name', kind: 'TEXT', nullable: false, description: 'The opportunity name' },
    { name: 'amount', kind: 'CURRENCY', nullable: true, description: 'Opportunity amount' },
    { name: 'closeDate', kind: 'DATE_TIME', nullable: true, description: 'Opportunity close date' },
    { name: 'stage', kind: 'SELECT', nullable: false, options: OPPORTUNITY_STAGES, description: 'Opportunity stage' },
    positionField,
    createdByField,
    { name: 'probability', kind: 'NUMBER', numberType: 'float', nullable: true, custom: true, description: 'Win probability' },
    {
      name: 'pointOfContact',
      kind: 'RELATION',
      nullable: true,
      description: 'Opportunity point of contact',
      relation: { type: 'MANY_TO_ONE', target: 'person', joinColumn: 'pointOfContactId' },
    },
    {
      name: 'company',
      kind: 'RELATION',
      nullable: true,
      description: 'Opportunity company',
      relation: { type: 'MANY_TO_ONE', target: 'company', joinColumn: 'companyId' },
    },
  ],
};

const workspaceMember: ObjectDef = {
  nameSingular: 'workspaceMember',
  namePlural: 'workspaceMembers',
  labelSingular: 'Workspace Member',
  description: 'A workspace member',
  fields: [
    ...baseFields,
    { name: 'name', kind: 'FULL_NAME', nullable: false, description: 'Workspace member name' },
    { name: 'userEmail', kind: 'TEXT', nullable: false, unique: true, description: 'Related user email address' },
    { name: 'userId', kind: 'UUID', nullable: false, description: 'Associated User Id' },
    { name: 'colorScheme', kind: 'TEXT', nullable: false, description: 'Preferred color scheme' },
    { name: 'locale', kind: 'TEXT', nullable: false, description: 'Preferred language' },
    positionField,
    {
      name: 'accountOwnerForCompanies',
      kind: 'RELATION',
      nullable: true,
      description: 'Account owner for companies',
      relation: { type: 'ONE_TO_MANY', target: 'company', inverseField: 'accountOwner' },
    },
  ],
};

export const STANDARD_DATAMODEL: Datamodel = { objects: [company, person, opportunity, workspaceMember] };
