// Pure: the key under `data` of each write answer (contract §1.2). The document
// names the one-record create and get-one keys when it can; the others follow
// Twenty's naming from the object's singular or plural.
import type { CatalogueObject } from '../openapi/catalogue-types.ts';

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `create<Singular>`, or the document's key. */
export const createKey = (object: CatalogueObject): string => object.envelopeKeys.create ?? `create${capitalize(object.singular)}`;
/** `create<Plural>` of a batch create. */
export const batchCreateKey = (object: CatalogueObject): string => `create${capitalize(object.plural)}`;
/** `<singular>` of get-one, or the document's key. */
export const oneKey = (object: CatalogueObject): string => object.envelopeKeys.one ?? object.singular;
export const updateKey = (object: CatalogueObject): string => `update${capitalize(object.singular)}`;
export const deleteKey = (object: CatalogueObject): string => `delete${capitalize(object.singular)}`;
export const restoreKey = (object: CatalogueObject): string => `restore${capitalize(object.singular)}`;
