// The demo workspace: a deterministic dataset shaped to exercise the edges the
// suite probes — NULLs next to "", ties in every sortable field, case variants,
// LIKE metacharacters in values, partly empty composites, dates over many years.
// Fixed ids and timestamps: two runs produce byte-identical databases.

export type SeedRecord = Record<string, unknown>;

export interface SeedDataset {
  /** Insert order respects foreign keys. */
  workspaceMember: SeedRecord[];
  company: SeedRecord[];
  person: SeedRecord[];
  opportunity: SeedRecord[];
}

/** A valid v4-shaped UUID, readable in test output: object tag + serial number. */
export function seedId(tag: number, serial: number): string {
  return `20202020-${tag.toString(16).padStart(4, '0')}-4000-8000-${serial.toString(16).padStart(12, '0')}`;
}

export const MEMBER_TAG = 1;
export const COMPANY_TAG = 2;
export const PERSON_TAG = 3;
export const OPPORTUNITY_TAG = 4;

/** Timestamps spread over the years, with millisecond parts (DATE_TIME eq is a 1 ms window). */
function stamp(serial: number): string {
  const base = Date.UTC(2019, 0, 15, 9, 30, 0, 0);
  const step = 1000 * 60 * 60 * 24 * 97 + 1000 * 61 + 7; // ~3 months, 1 min, 7 ms
  return new Date(base + serial * step).toISOString();
}

const TIE_STAMP = '2023-06-01T12:00:00.123Z';

const manual = (memberSerial: number | null) => ({
  source: 'MANUAL',
  workspaceMemberId: memberSerial === null ? null : seedId(MEMBER_TAG, memberSerial),
  name: memberSerial === null ? '' : MEMBERS[memberSerial - 1]![0] + ' ' + MEMBERS[memberSerial - 1]![1],
});

// firstName, lastName, email, colorScheme, locale
const MEMBERS: [string, string, string, string, string][] = [
  ['Tim', 'Apple', 'tim@apple.dev', 'Light', 'en'],
  ['Phil', 'Schiler', 'phil@apple.dev', 'Dark', 'fr-FR'],
  ['Jony', 'Ive', 'jony@apple.dev', 'System', 'en'],
  ['Ada', 'Lovelace', 'ada@analytical.dev', 'Light', 'en'],
  ['Grace', 'Hopper', 'grace@navy.dev', 'Dark', 'de-DE'],
];

const workspaceMember: SeedRecord[] = MEMBERS.map(([firstName, lastName, email, colorScheme, locale], index) => ({
  id: seedId(MEMBER_TAG, index + 1),
  createdAt: stamp(index),
  updatedAt: stamp(index),
  name: { firstName, lastName },
  userEmail: email,
  userId: seedId(9, index + 1),
  colorScheme,
  locale,
  position: index,
}));

// name, employees, city, tier, industries, foundedOn, position, healthScore
type CompanyRow = [
  string | null,
  number | null,
  string | null,
  string | null,
  string[] | null,
  string | null,
  number,
  number | null,
];
const COMPANIES: CompanyRow[] = [
  ['Acme', 100, 'Paris', 'RATING_3', ['SOFTWARE'], '1990-04-01', 1, 0.5],
  ['acme', 100, 'paris', 'RATING_1', ['SOFTWARE', 'FINANCE'], '1990-04-01', 2, 0.5],
  ['ACME', 250, 'PARIS', null, [], '2001-12-31', 2, null],
  ['Globex', null, 'New York', 'RATING_5', ['HARDWARE'], null, 3, 0.9],
  ['Initech', 50, 'Austin', 'RATING_2', null, '1999-02-19', 4, 0.1],
  ['Umbrella', 5000, '', 'RATING_4', ['HEALTH', 'RETAIL'], '1968-07-07', 5, 0.75],
  ['', 10, null, 'RATING_1', ['RETAIL'], '2015-01-01', 6, 0.25],
  [null, null, 'Berlin', null, null, null, 6, null],
  ['Stark Industries', 250, 'New York', 'RATING_5', ['HARDWARE', 'SOFTWARE'], '1939-05-29', 7, 0.99],
  ['Wayne Enterprises', 1000, 'Gotham', 'RATING_4', ['FINANCE'], '1850-03-03', 8, 0.6],
  ['100% Organic', 12, 'Lyon', 'RATING_2', ['RETAIL'], '2020-02-29', 9, 0.4],
  ['under_score Ltd', 12, 'Lyon', 'RATING_3', [], '2020-02-29', 10, 0.4],
  ['Hooli', 7000, 'Palo Alto', 'RATING_5', ['SOFTWARE'], '1998-09-04', 11, 0.8],
  ['Pied Piper', 9, 'Palo Alto', 'RATING_1', ['SOFTWARE'], '2014-04-06', 12, 0.3],
  ['Soylent', 300, 'new york', 'RATING_3', ['HEALTH'], '2022-11-11', 13, null],
  ['Tyrell', 800, 'Los Angeles', null, ['HARDWARE', 'HEALTH'], '1982-06-25', 14, 0.55],
  ['Cyberdyne', 800, 'Los Angeles', 'RATING_4', ['HARDWARE'], '1984-10-26', 15, 0.55],
  ['Aperture Science', 400, 'Cleveland', 'RATING_2', null, '1947-01-01', 16, 0.7],
  ['Black Mesa', 400, 'Albuquerque', 'RATING_2', ['HEALTH'], '1947-01-01', 17, 0.2],
  ['Vandelay Industries', 2, 'New York', 'RATING_1', ['FINANCE', 'RETAIL', 'HARDWARE'], '1989-07-05', 18, 0.05],
];

// domainName is unique (Twenty's domainNameUniqueIndex): case variants of a name
// (Acme, acme, ACME) get domains of their own after the first.
const seenSlugs = new Set<string>();
const company: SeedRecord[] = COMPANIES.map(([name, employees, city, tier, industries, foundedOn, position, healthScore], index) => {
  const serial = index + 1;
  const nameSlug = (name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  const slug = nameSlug !== '' && seenSlugs.has(nameSlug) ? `${nameSlug}-${serial}` : nameSlug;
  seenSlugs.add(nameSlug);
  return {
    id: seedId(COMPANY_TAG, serial),
    // Two companies share a creation instant (a tie in createdAt).
    createdAt: serial === 4 || serial === 5 ? TIE_STAMP : stamp(serial),
    updatedAt: serial === 4 || serial === 5 ? TIE_STAMP : stamp(serial + 1),
    // Company 20 is soft-deleted: visible only when a filter mentions deletedAt.
    deletedAt: serial === 20 ? '2025-01-02T03:04:05.678Z' : null,
    name,
    domainName:
      serial % 7 === 0
        ? null
        : { primaryLinkUrl: slug ? `https://${slug}.example.com` : '', primaryLinkLabel: serial % 3 === 0 ? 'Website' : '', secondaryLinks: serial % 5 === 0 ? [] : null },
    employees,
    linkedinLink: serial % 4 === 0 ? { primaryLinkUrl: `https://linkedin.com/company/${slug}` } : null,
    annualRecurringRevenue:
      serial % 6 === 0 ? null : { amountMicros: (serial % 5) * 1_000_000_000 + (serial % 2) * 500_000, currencyCode: serial % 3 === 0 ? 'EUR' : 'USD' },
    address: city === null ? null : { addressCity: city, addressCountry: serial % 2 === 0 ? 'France' : '', addressStreet1: serial % 3 === 0 ? `${serial} Main St` : '' },
    idealCustomerProfile: serial % 3 === 0,
    position,
    createdBy: manual(serial % 6 === 0 ? null : (serial % 5) + 1),
    tier,
    industries,
    foundedOn,
    tags: serial % 4 === 0 ? null : serial % 4 === 1 ? [] : ['b2b', serial % 2 === 0 ? 'priority' : 'Priority'],
    extraData: serial % 3 === 0 ? { source: 'import', row: serial } : null,
    healthScore,
    accountOwnerId: serial % 4 === 3 ? null : seedId(MEMBER_TAG, (serial % 5) + 1),
  };
});

// firstName, lastName, email, jobTitle, city, companySerial, position
type PersonRow = [string | null, string | null, string | null, string, string, number | null, number];

// Beyond the hand-written people, enough generated ones that `person` holds more
// visible records than the reference's largest page (60): a server that honours
// a limit above the maximum then answers a different page than one that clamps.
// Cycling tables of coprime lengths keep combinations varied but reproducible.
const GENERATED_FIRST_NAMES = ['Noah', 'Emma', 'Liam', 'olivia', 'Olivia', 'OLIVIA', 'Lucas', '', 'Mia', 'Anne Marie', 'Hugo'];
const GENERATED_LAST_NAMES = ['Martin', 'Bernard', 'martin', 'MARTIN', 'Du Pont', '', 'Garcia'];
const GENERATED_JOB_TITLES = ['Engineer', 'engineer', 'ENGINEER', '', 'Sales 20% bonus', 'Team_Lead', 'Account Manager', 'CEO', 'Engineer'];
const GENERATED_CITIES = ['Paris', 'paris', 'New York', '', 'Berlin', 'San Francisco', 'Lyon', 'PARIS', 'Rio_de_Janeiro', '50% Town', 'Paris', 'Austin', 'Berlin'];

/** People `from`..`to` (serials), each derived from its serial alone. */
function generatedPeople(from: number, to: number): PersonRow[] {
  const rows: PersonRow[] = [];
  for (let serial = from; serial <= to; serial += 1) {
    const firstName = serial % 13 === 0 ? null : GENERATED_FIRST_NAMES[serial % GENERATED_FIRST_NAMES.length]!;
    const lastName = serial % 17 === 0 ? null : GENERATED_LAST_NAMES[serial % GENERATED_LAST_NAMES.length]!;
    const local = `${(firstName || 'someone').replace(/ /g, '.')}.${serial}`;
    // Mostly lower-case addresses, some upper-case, some "" and some missing.
    const email = serial % 11 === 0 ? null : serial % 11 === 5 ? '' : serial % 9 === 0 ? `${local}@EXAMPLE.DEV` : `${local.toLowerCase()}@example.dev`;
    const jobTitle = GENERATED_JOB_TITLES[serial % GENERATED_JOB_TITLES.length]!;
    const city = GENERATED_CITIES[serial % GENERATED_CITIES.length]!;
    // Visible companies 1–19 only; every sixth person has none.
    const companySerial = serial % 6 === 0 ? null : ((serial * 7) % 19) + 1;
    // Positions continue after the hand-written ones, two people per position (ties).
    const position = 27 + Math.floor((serial - from) / 2);
    rows.push([firstName, lastName, email, jobTitle, city, companySerial, position]);
  }
  return rows;
}
const HAND_WRITTEN_PEOPLE: PersonRow[] = [
  ['Christoph', 'Callisto', 'christoph@acme.dev', 'CEO', 'Paris', 1, 1],
  ['Sylvie', 'Palmer', 'sylvie@acme.dev', 'ceo', 'Paris', 2, 2],
  ['Christopher', 'Gonzalez', 'chris@globex.dev', 'CTO', 'paris', 4, 3],
  ['Ashley', 'Parker', 'ashley@initech.dev', '', 'New York', 5, 3],
  ['Nicholas', 'Wright', null, 'Engineer', 'New York', 5, 4],
  ['Isabella', 'Scott', 'isabella@umbrella.dev', 'Engineer', '', 6, 5],
  ['Matthew', 'Green', '', 'Sales 50% off', 'Lyon', 9, 6],
  ['Elizabeth', 'Baker', 'liz@stark.dev', 'Head_of_Sales', 'Lyon', 9, 6],
  ['Christopher', 'Nelson', 'cnelson@wayne.dev', 'Designer', 'Gotham', 10, 7],
  ['Avery', 'Carter', 'avery@hooli.dev', '', '', 13, 8],
  ['', 'Mitchell', 'mitchell@hooli.dev', 'Product Manager', 'Palo Alto', 13, 9],
  [null, null, null, '', '', null, 10],
  ['Ethan', '', 'ethan@piedpiper.dev', 'Engineer', 'Palo Alto', 14, 11],
  ['Madison', 'Perez', 'madison@soylent.dev', 'CFO', 'new york', 15, 12],
  ['Bertrand', 'Voulzy', 'bertrand@tyrell.dev', 'Replicant', 'Los Angeles', 16, 13],
  ['Louis', 'Duss', 'louis@cyberdyne.dev', 'Engineer', 'Los Angeles', 17, 13],
  ['Lorie', 'Vladim', 'lorie@aperture.dev', 'Test Subject', 'Cleveland', 18, 14],
  ['Gordon', 'Freeman', 'gordon@blackmesa.dev', 'Physicist', 'Albuquerque', 19, 15],
  ['Art', 'Vandelay', 'art@vandelay.dev', 'Importer', 'New York', 20, 16],
  ['acme', 'Fan', 'fan@example.dev', 'Fan', 'Paris', 1, 17],
  ['ACME', 'Fan', 'FAN@example.dev', 'FAN', 'PARIS', 2, 18],
  ['Zoe', 'Zimmer', 'zoe@example.dev', 'Engineer', 'Berlin', 8, 19],
  ['Yann', 'Young', null, 'Engineer', 'Berlin', 8, 20],
  ['Xavier', 'Xu', 'xavier@example.dev', '', 'Berlin', null, 21],
  ['Walter', 'White', 'walter@example.dev', 'Chemist', 'Albuquerque', null, 22],
  ['Victor', 'Vance', 'victor@example.dev', 'Engineer', 'Austin', 5, 23],
  ['Uma', 'Underwood', 'uma@example.dev', 'Engineer', 'Austin', 5, 24],
  ['Tom', 'Tucker', 'tom@example.dev', 'Anchor', 'Quahog', 7, 25],
  ['Sam', 'Smith', 'sam@example.dev', 'Engineer', 'Paris', 3, 26],
  ['Rita', 'Ross', 'rita@example.dev', 'Engineer', 'Paris', 3, 26],
];

/** The standard seed's people: 30 hand-written, 50 generated (80, #30 soft-deleted). */
export const STANDARD_PERSON_COUNT = 80;

/** The hand-written people keep their ~3-month spacing; generated ones are packed closer so none lies far in the future. */
function personStamp(serial: number, later: 0 | 1): string {
  if (serial <= 30) return stamp(serial + 3 + later);
  const base = Date.UTC(2020, 1, 3, 8, 15, 0, 0);
  const step = 1000 * 60 * 60 * 24 * 29 + 1000 * 37 + 3; // ~1 month, 37 s, 3 ms
  return new Date(base + (serial + later) * step).toISOString();
}

function personRecord([firstName, lastName, email, jobTitle, city, companySerial, position]: PersonRow, index: number): SeedRecord {
  const serial = index + 1;
  return {
    id: seedId(PERSON_TAG, serial),
    createdAt: serial === 10 || serial === 11 || serial === 55 ? TIE_STAMP : personStamp(serial, 0),
    updatedAt: personStamp(serial, 1),
    // Person 30 is soft-deleted.
    deletedAt: serial === 30 ? '2024-08-09T10:11:12.131Z' : null,
    name: firstName === null && lastName === null ? null : { firstName, lastName },
    emails:
      email === null ? null : { primaryEmail: email, additionalEmails: serial % 4 === 0 ? [`alt${serial}@example.dev`] : serial % 4 === 1 ? [] : null },
    linkedinLink: serial % 5 === 0 ? { primaryLinkUrl: `https://linkedin.com/in/p${serial}` } : null,
    jobTitle,
    phones:
      serial % 3 === 0
        ? { primaryPhoneNumber: `6${String(serial).padStart(8, '0')}`, primaryPhoneCountryCode: 'FR', primaryPhoneCallingCode: '+33' }
        : serial % 3 === 1
          ? { primaryPhoneNumber: '', primaryPhoneCountryCode: '', primaryPhoneCallingCode: '' }
          : null,
    city,
    avatarUrl: serial % 6 === 0 ? `https://avatars.example.dev/${serial}.png` : '',
    position,
    createdBy: manual(serial % 4 === 0 ? null : (serial % 5) + 1),
    companyId: companySerial === null ? null : seedId(COMPANY_TAG, companySerial),
  };
}

/** `count` people (at least the 30 hand-written ones), the ones beyond generated from their serial. */
function peopleRecords(count: number): SeedRecord[] {
  const rows = [...HAND_WRITTEN_PEOPLE, ...generatedPeople(HAND_WRITTEN_PEOPLE.length + 1, count)];
  return rows.map(personRecord);
}

// name, amountMicros, closeDate, stage, probability, pointOfContactSerial, companySerial, position
type OpportunityRow = [string, number | null, string | null, string, number | null, number | null, number | null, number];
const OPPORTUNITIES: OpportunityRow[] = [
  ['Acme renewal', 120_000_000_000, '2024-03-31T23:59:59.999Z', 'CUSTOMER', 1, 1, 1, 1],
  ['Acme upsell', 40_000_000_000, '2025-06-30T12:00:00.000Z', 'PROPOSAL', 0.6, 2, 1, 2],
  ['Globex pilot', null, null, 'NEW', null, 3, 4, 3],
  ['Initech licence', 15_500_000, '2023-01-15T08:00:00.000Z', 'SCREENING', 0.2, 4, 5, 3],
  ['Umbrella vaccines', 900_000_000_000, '2026-12-01T00:00:00.000Z', 'MEETING', 0.35, 6, 6, 4],
  ['Stark armour', 900_000_000_000, '2026-12-01T00:00:00.000Z', 'MEETING', 0.35, null, 9, 5],
  ['Wayne tech', 1_000_000, '2022-07-04T16:30:00.250Z', 'NEW', 0.1, 9, 10, 6],
  ['Hooli search', 75_000_000_000, '2025-02-28T10:00:00.000Z', 'PROPOSAL', 0.6, 10, 13, 7],
  ['Pied Piper compression', 75_000_000_000, null, 'SCREENING', null, 13, 14, 8],
  ['', null, '2021-11-11T11:11:11.111Z', 'NEW', 0, null, null, 9],
  ['Soylent supply', 3_000_000_000, '2024-09-09T09:09:09.009Z', 'CUSTOMER', 1, 14, 15, 10],
  ['Tyrell replicants', 66_000_000_000, '2019-11-20T00:00:00.000Z', 'CUSTOMER', 0.9, 15, 16, 11],
  ['Cyberdyne defence', 66_000_000_000, '2029-08-29T02:14:00.000Z', 'MEETING', 0.9, 16, 17, 12],
  ['Black Mesa 100% research', 12_000_000_000, '2004-11-16T00:00:00.000Z', 'SCREENING', 0.45, 18, 19, 13],
  ['aperture_portal', 12_000_000_000, '2007-10-10T00:00:00.000Z', 'PROPOSAL', 0.45, 17, 18, 13],
];

const opportunity: SeedRecord[] = OPPORTUNITIES.map(
  ([name, amountMicros, closeDate, stage, probability, contactSerial, companySerial, position], index) => {
    const serial = index + 1;
    return {
      id: seedId(OPPORTUNITY_TAG, serial),
      createdAt: stamp(serial + 10),
      updatedAt: stamp(serial + 11),
      name,
      amount: amountMicros === null ? (serial % 2 === 0 ? null : { amountMicros: null, currencyCode: '' }) : { amountMicros, currencyCode: serial % 4 === 0 ? 'EUR' : 'USD' },
      closeDate,
      stage,
      position,
      createdBy: manual(serial % 5 === 0 ? null : (serial % 5) + 1),
      probability,
      pointOfContactId: contactSerial === null ? null : seedId(PERSON_TAG, contactSerial),
      companyId: companySerial === null ? null : seedId(COMPANY_TAG, companySerial),
    };
  },
);

/**
 * The dataset with `personCount` people (never fewer than the standard 80). The
 * reference serves a larger one when its maximum page is larger (seedFor in
 * seed-volume.ts), so a limit above the maximum stays observable (PAG-006).
 */
export function seedDataset(personCount: number = STANDARD_PERSON_COUNT): SeedDataset {
  return { workspaceMember, company, person: peopleRecords(Math.max(STANDARD_PERSON_COUNT, personCount)), opportunity };
}

export const SEED_DATASET: SeedDataset = seedDataset();
