// Names of the metadata a writing run creates: every one starts with (or, where
// Twenty wants camelCase, is derived from) the run tag, so the runner's final
// sweep and `cleanup` find them. Pure.
import { runTag } from '../fixtures/run-tag.ts';

/** Client paths are relative to `<baseUrl>/rest`. */
export const METADATA_PATH = '/metadata';

/** camelCase names for a custom object and field of this run: `tcfix<run id without separators>`. */
export function metadataNames(runId: string): { singular: string; plural: string; field: string } {
  const compact = runId.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return { singular: `tcfix${compact}`, plural: `tcfix${compact}s`, field: 'tcfixNote' };
}

/** Which listed metadata a run created: views by name, objects by their singular label. */
export const TAGGED_METADATA = [
  { resource: 'views', key: 'name' },
  { resource: 'objects', key: 'labelSingular' },
] as const;

export function isTaggedBy(item: Record<string, unknown>, key: string, runId: string): boolean {
  const value = item[key];
  return typeof value === 'string' && value.startsWith(runTag(runId));
}
