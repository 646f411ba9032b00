// The path of one record: the document's template (`/companies/{id}`) with the
// id filled in, URL-encoded so a hostile segment stays one segment, or
// `<listPath>/<id>` when the document names no one-record path. The one home
// for this rule: every check, probe, cleanup and reproducer builds it here.
import type { CatalogueObject } from './catalogue-types.ts';

export function fillIdTemplate(template: string, id: string): string {
  return template.replace(/\{[^}]+\}/, encodeURIComponent(id));
}

export function recordPath(object: Pick<CatalogueObject, 'onePath' | 'listPath'>, id: string): string {
  return object.onePath ? fillIdTemplate(object.onePath, id) : `${object.listPath}/${encodeURIComponent(id)}`;
}
