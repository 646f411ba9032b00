// ORD-*: order_by directions, nulls and ties (contract §4).
import type { CheckDef } from '../types.ts';

export const ORDERING_CHECKS: readonly CheckDef[] = [];
