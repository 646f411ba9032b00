// PAG-*: cursor pagination, limit, pageInfo, totalCount (contract §5).
import type { CheckDef } from '../types.ts';

export const PAGINATION_CHECKS: readonly CheckDef[] = [];
