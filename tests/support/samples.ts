// "A bounded sample it read" (DESIGN §1): the records of an object that the
// oracles are applied to, read once per worker with a forward walk whose size
// follows the profile (smoke reads one page).
import type { TwentyClient } from '../../runtime/client/twenty-client.ts';
import type { Profile } from '../../generators/config/run-config.ts';
import type { Catalogue, CatalogueObject } from '../../generators/openapi/catalogue-types.ts';
import { readingPageSize } from '../../generators/pagination/limits.ts';
import { walkForward, walkRecords } from '../../generators/pagination/walk.ts';
import { readFixtureFile } from '../../runtime/fixtures/fixture-file.ts';
import { pageFetcher, type RecordJson } from './list-pages.ts';

export interface Sample {
  records: RecordJson[];
  totalCount: number;
  /** True when the sample holds every record of the object. */
  complete: boolean;
  /** The run's own designed fixtures (as read back after creation), not the workspace's data. */
  fixtures?: boolean;
}

const PAGES_BY_PROFILE: Record<Profile, number> = { smoke: 1, install: 4, gate: 10 };

/** Samples are read in default-sized pages (the catalogue's default, within its maximum). */
export function samplePageSize(catalogue: Catalogue): number {
  return readingPageSize(catalogue);
}

export class Samples {
  private readonly cache = new Map<string, Promise<Sample>>();

  constructor(
    private readonly client: TwentyClient,
    private readonly catalogue: Catalogue,
    private readonly profile: Profile,
    /** Writing profiles: the run's fixture file, whose records replace sampling. */
    private readonly fixturePath?: string,
  ) {}

  of(object: CatalogueObject): Promise<Sample> {
    let sample = this.cache.get(object.plural);
    if (!sample) {
      sample = this.read(object);
      this.cache.set(object.plural, sample);
    }
    return sample;
  }

  private async read(object: CatalogueObject): Promise<Sample> {
    const designed = this.fixturesOf(object);
    if (designed) return designed;
    const walk = await walkForward({
      limit: samplePageSize(this.catalogue),
      maxPages: PAGES_BY_PROFILE[this.profile],
      fetchPage: pageFetcher(this.client, object, {}),
    });
    const records = walkRecords(walk);
    const totalCount = walk.pages[0]?.totalCount ?? 0;
    return { records, totalCount, complete: !walk.truncated && records.length === totalCount };
  }

  /**
   * The object's fixtures, never `complete`: the workspace may hold other records,
   * so every query over them is scoped with id[in]:[…] (filters, orders, walks).
   */
  private fixturesOf(object: CatalogueObject): Sample | undefined {
    if (!this.fixturePath) return undefined;
    const entry = readFixtureFile(this.fixturePath)?.objects?.find((candidate) => candidate.plural === object.plural);
    if (!entry) return undefined;
    return { records: entry.records, totalCount: entry.records.length, complete: false, fixtures: true };
  }
}
