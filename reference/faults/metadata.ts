// Faults of the metadata API (/rest/metadata/*, the legacy /rest/webhooks and
// /rest/apiKeys aliases, /open-api/metadata): each a bug a Twenty release could
// ship, switched where the reference implements the behaviour.
import type { FaultDef } from './catalogue.ts';

export const METADATA_FAULTS = [
  { name: 'metadata-document-broken-ref', area: 'metadata', description: 'The metadata document points its list responses at a schema it does not define.', caughtBy: ['META-001'] },
  { name: 'metadata-openapi-alias-missing', area: 'metadata', description: 'Only /rest/open-api/metadata is routed; the /open-api/metadata alias answers 404.', caughtBy: ['META-002'] },
  { name: 'metadata-list-legacy-envelope', area: 'metadata', description: 'Metadata lists answer the era-C nested envelope {data: {<resource>: [...]}}.', caughtBy: ['META-004'] },
  { name: 'metadata-cursor-inclusive', area: 'metadata', description: 'starting_after on a metadata list includes the cursor item itself.', caughtBy: ['META-005'] },
  { name: 'metadata-backward-page-unreversed', area: 'metadata', description: 'An ending_before page of a metadata list comes back in scan (descending id) order.', caughtBy: ['META-006'] },
  { name: 'metadata-default-limit-60', area: 'metadata', description: "Metadata lists without limit use the core API's 60 instead of the documented default.", caughtBy: ['META-007'] },
  { name: 'metadata-cursor-unvalidated-500', area: 'metadata', description: 'A cursor that is not a UUID reaches Postgres and answers 500.', caughtBy: ['META-008'] },
  { name: 'metadata-query-token-accepted', area: 'metadata', description: 'The metadata routes still accept ?token= when no header is sent.', caughtBy: ['META-009'] },
  { name: 'metadata-unknown-id-answers-200', area: 'metadata', description: 'GET /rest/metadata/<resource>/<unknown id> answers 200 with an empty object.', caughtBy: ['META-010'] },
  { name: 'metadata-update-not-persisted', area: 'metadata', description: 'PATCH on a metadata item answers the merged item but never writes it.', caughtBy: ['META-011', 'META-012'] },
  { name: 'view-delete-keeps-children', area: 'metadata', description: "Deleting a view leaves its view fields, filters and sorts behind.", caughtBy: ['META-012'] },
  { name: 'metadata-servers-core-url', area: 'metadata', description: "The metadata document's servers entry is the core API's <origin>/rest/, so generated clients call core routes.", caughtBy: ['META-003'] },
  { name: 'legacy-alias-enveloped', area: 'metadata', description: 'The deprecated /rest/webhooks and /rest/apiKeys answer the paged envelope without Deprecation/Link headers.', caughtBy: ['META-013'] },
] as const satisfies readonly FaultDef[];
