// Which objects the RESP checks read. Every object in gate; smoke and install keep to
// a fixed handful, so its 90-request allowance holds whatever the workspace's object
// count (a real workspace has dozens): the objects with the most fields, in catalogue
// order on a tie, since they exercise the most of the response schemas.
import type { Profile } from '../config/run-config.ts';
import type { CatalogueObject } from '../openapi/catalogue-types.ts';

export const SMOKE_RESPONSE_OBJECTS = 4;

/** Install reads a few more (its 450 requests must hold on a workspace of dozens of objects). */
export const INSTALL_RESPONSE_OBJECTS = 6;

export function responseObjects(objects: readonly CatalogueObject[], profile: Profile): CatalogueObject[] {
  if (profile === 'gate') return [...objects];
  const count = profile === 'smoke' ? SMOKE_RESPONSE_OBJECTS : INSTALL_RESPONSE_OBJECTS;
  const chosen = new Set(
    objects
      .map((object, index) => ({ object, index }))
      .sort((a, b) => b.object.fields.length - a.object.fields.length || a.index - b.index)
      .slice(0, count)
      .map((entry) => entry.object),
  );
  // Catalogue order, so test titles read the same as in the other profiles.
  return objects.filter((object) => chosen.has(object));
}
