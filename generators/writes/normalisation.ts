// Pure: WRITE-011 (contract §1.2): links and emails are stored normalised (a link
// loses its trailing slash and gets a lower-case scheme and host, an email is
// lower-cased). One probe per kind, on the first written object with a writable
// field of that kind; the values carry the run id, since the LINKS and EMAILS
// fields met first are unique on a real workspace (REAL-WORKSPACE.md §2.1).
import { tagLocation } from '../fixtures/run-tag.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';
import { normalisedEmail, normalisedLink } from './read-back.ts';
import { judgeRecordAnswer, recordIn, type Answer, type RecordJson, type WriteFinding } from './write-answer.ts';

export interface NormalisationProbe {
  object: CatalogueObject;
  field: string;
  sub: 'primaryLinkUrl' | 'primaryEmail';
  sent: string;
  stored: string;
}

/** The probes of one run: a LINKS and an EMAILS field, each on the first object (in write order) that has one besides its tag. */
export function normalisationProbes(objects: readonly CatalogueObject[], runId: string): NormalisationProbe[] {
  const link = `https://WWW.${runId.toUpperCase()}.Example.COM/Some/Path/`;
  const email = `Mixed.Case.${runId.toUpperCase()}@Example.COM`;
  const probes: NormalisationProbe[] = [];
  for (const kind of ['LINKS', 'EMAILS'] as const) {
    for (const object of objects) {
      const field = object.fields.find((candidate) => candidate.writable && candidate.kind === kind && candidate.name !== tagLocation(object)?.path[0]);
      if (!field) continue;
      probes.push(kind === 'LINKS' ? { object, field: field.name, sub: 'primaryLinkUrl', sent: link, stored: normalisedLink(link) } : { object, field: field.name, sub: 'primaryEmail', sent: email, stored: normalisedEmail(email) });
      break;
    }
  }
  return probes;
}

/** WRITE-011: get-one of the created record holds the probe's value in its normalised form. */
export function judgeNormalised<A extends Answer>(probe: NormalisationProbe, answer: A, key: string): WriteFinding<A> | null {
  const shape = judgeRecordAnswer(answer, key, 'get-one');
  if (shape) return shape;
  const stored = (recordIn(answer.json, key)![probe.field] as RecordJson | null)?.[probe.sub];
  if (stored === probe.stored) return null;
  return { received: `${probe.object.plural}.${probe.field}.${probe.sub} stored as ${JSON.stringify(stored)}`, expected: `${JSON.stringify(probe.stored)} (sent ${JSON.stringify(probe.sent)})`, exchange: answer };
}
