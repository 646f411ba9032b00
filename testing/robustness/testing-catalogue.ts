// The catalogue of the reference's own document, for the unit tests of this
// folder: the cases are generated from the same shapes a run sees.
import { STANDARD_DATAMODEL } from '../../reference/datamodel/standard-objects.ts';
import { fullCoreDocument } from '../../reference/openapi/core-document.ts';
import { buildCatalogue } from '../../generators/openapi/catalogue.ts';
import type { Catalogue, CatalogueObject } from '../../generators/openapi/catalogue-types.ts';

export const referenceCatalogue: Catalogue = buildCatalogue(
  fullCoreDocument(STANDARD_DATAMODEL, 'http://127.0.0.1:1', { defaultLimit: 60, maxLimit: 60 }),
);

export function referenceObject(plural: string): CatalogueObject {
  const found = referenceCatalogue.objects.find((object) => object.plural === plural);
  if (!found) throw new Error(`no ${plural} in the reference catalogue`);
  return found;
}
