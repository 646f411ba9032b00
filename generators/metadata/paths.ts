// The paths of the metadata API (contract §1.5), relative to `<baseUrl>/rest`:
// `/metadata/<resource>` and `/metadata/<resource>/<id>`. Metadata resources have
// their own path shape (no document template per object), so their one-item path
// has this one home; the id is filled in by the one-record rule
// (generators/openapi/record-path.ts), URL-encoded so it stays one segment.
import { fillIdTemplate } from '../openapi/record-path.ts';
import { METADATA_PATH } from './names.ts';

export function metadataListPath(resource: string): string {
  return `${METADATA_PATH}/${resource}`;
}

export function metadataItemPath(resource: string, id: string): string {
  return fillIdTemplate(`${metadataListPath(resource)}/{id}`, id);
}
