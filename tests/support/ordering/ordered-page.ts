// The I/O half of the ordering checks: one ordered page over a pinned universe,
// shared through the memo (the same GET asked by two checks is sent once), and
// asked afresh once when it does not hold exactly the universe, in case another
// client deleted a record meanwhile. The rules are generators/order/order-judge.ts.
import type { TwentyClient } from '../../../runtime/client/twenty-client.ts';
import type { CatalogueObject } from '../../../generators/openapi/catalogue-types.ts';
import { pageDifference } from '../../../generators/order/order-judge.ts';
import { idsOf } from '../../../generators/pagination/page-rules.ts';
import { memoListPage, type ListedPage } from '../list-pages.ts';
import type { Universe } from './probe.ts';

/** The page of `orderBy` (none: the server's default order) over the universe; `fresh` bypasses the memo. */
export function orderedPage(client: TwentyClient, object: CatalogueObject, universe: Universe, orderBy: string | undefined, fresh = false): Promise<ListedPage> {
  return memoListPage(
    client,
    object,
    { filter: universe.filter, ...(orderBy === undefined ? {} : { order_by: orderBy }), limit: universe.limit },
    { fresh },
  );
}

/** The ordered page, asked afresh once when it does not hold exactly the universe's records. */
export async function observeOrderedPage(client: TwentyClient, object: CatalogueObject, universe: Universe, orderBy: string | undefined): Promise<ListedPage> {
  const page = await orderedPage(client, object, universe, orderBy);
  if (pageDifference(idsOf(universe.records), idsOf(page.records)) === undefined) return page;
  return orderedPage(client, object, universe, orderBy, true);
}
