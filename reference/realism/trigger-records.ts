// The workflow triggers a datamodel subscribes (datamodel.subscriptions) as the
// records Twenty keeps for them: `workflowAutomatedTrigger` rows of type
// DATABASE_EVENT whose settings name the event, readable through core REST (the
// suite reads them to leave subscribed objects alone). They replace the generated
// rows of that object, so what REST shows is what the event record fires.
import type { Datamodel } from '../datamodel/types.ts';
import type { SeedRecord } from '../seed/dataset.ts';
import type { SeedTables } from '../seed/seed-statements.ts';

export function withTriggerRecords(model: Datamodel, tables: SeedTables): SeedTables {
  const triggers = model.subscriptions?.workflowTriggers ?? [];
  const hasTriggerObject = model.objects.some((object) => object.nameSingular === 'workflowAutomatedTrigger');
  const workflowId = tables.find((table) => table.object === 'workflow')?.records.find((record) => record['deletedAt'] === null)?.['id'];
  if (!hasTriggerObject || typeof workflowId !== 'string') return tables;
  return tables.map((table) => {
    if (table.object !== 'workflowAutomatedTrigger') return table;
    const records: SeedRecord[] = triggers.map((trigger) => ({
      id: trigger.id,
      type: 'DATABASE_EVENT',
      settings: { eventName: trigger.eventName, outputSchema: {} },
      workflowId,
    }));
    return { object: table.object, records };
  });
}
