// FLT-*: filter semantics against the local oracle (contract §3).
import type { CheckDef } from '../types.ts';

export const FILTER_CHECKS: readonly CheckDef[] = [];
