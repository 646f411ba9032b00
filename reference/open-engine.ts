// Opens the database and the SQL engine behind the reference. The engine lands
// separately (reference/engine, reference/database, reference/seed); until it
// does, starting the reference fails with a clear message.
import type { Datamodel } from './datamodel/types.ts';
import type { RecordEngine } from './engine/types.ts';
import type { ActiveFault } from './faults/catalogue.ts';

export interface OpenEngineOptions {
  model: Datamodel;
  fault: ActiveFault;
  maxLimit: number;
  seed: boolean;
  databaseUrl?: string;
}

export async function openReferenceEngine(options: OpenEngineOptions): Promise<RecordEngine> {
  void options;
  throw new Error('the SQL engine is not available in this build');
}
