// The fields Twenty's standard application always declares isUnique
// (compute-*-standard-flat-field-metadata: company.domainName, person.emails,
// workspaceMember.userEmail). A core document does not show uniqueness, so a
// workspace read from one (`--datamodel`) gets them by name and kind, as the
// real workspace behind that document has them.
import type { Datamodel } from '../datamodel/types.ts';

export const STANDARD_UNIQUE_FIELDS: readonly (readonly [object: string, field: string, kind: string])[] = [
  ['company', 'domainName', 'LINKS'],
  ['person', 'emails', 'EMAILS'],
  ['workspaceMember', 'userEmail', 'TEXT'],
];

export function withStandardUniqueFields(model: Datamodel): Datamodel {
  const isStandardUnique = (object: string, field: string, kind: string) =>
    STANDARD_UNIQUE_FIELDS.some(([o, f, k]) => o === object && f === field && k === kind);
  return {
    ...model,
    objects: model.objects.map((object) => ({
      ...object,
      fields: object.fields.map((field) => (isStandardUnique(object.nameSingular, field.name, field.kind) ? { ...field, unique: true } : field)),
    })),
  };
}
