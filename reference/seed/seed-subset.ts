// Smaller workspaces from the demo dataset: `--seed-records N` keeps the first N
// records of each object (0 is `--empty`), and clears every relation that would
// point at a record left out, so the foreign keys still hold.
import type { SeedDataset, SeedRecord } from './dataset.ts';

const JOIN_COLUMNS: Record<keyof SeedDataset, Partial<Record<string, keyof SeedDataset>>> = {
  workspaceMember: {},
  company: { accountOwnerId: 'workspaceMember' },
  person: { companyId: 'company' },
  opportunity: { companyId: 'company', pointOfContactId: 'person' },
};

export function seedSubset(dataset: SeedDataset, perObject: number): SeedDataset {
  const kept = {} as SeedDataset;
  for (const name of Object.keys(dataset) as (keyof SeedDataset)[]) kept[name] = dataset[name].slice(0, perObject);
  const ids = (name: keyof SeedDataset) => new Set(kept[name].map((record) => record['id']));
  const out = {} as SeedDataset;
  for (const name of Object.keys(kept) as (keyof SeedDataset)[]) {
    out[name] = kept[name].map((record) => {
      const copy: SeedRecord = { ...record };
      for (const [column, target] of Object.entries(JOIN_COLUMNS[name])) {
        if (copy[column] !== undefined && copy[column] !== null && !ids(target!).has(copy[column])) copy[column] = null;
      }
      // The creator's member must exist too when the dataset names one.
      const actor = copy['createdBy'] as { workspaceMemberId?: unknown; name?: unknown } | undefined;
      if (actor?.workspaceMemberId && !ids('workspaceMember').has(actor.workspaceMemberId)) copy['createdBy'] = { ...actor, workspaceMemberId: null, name: '' };
      return copy;
    });
  }
  return out;
}
