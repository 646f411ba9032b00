// ROB-*: malformed and fuzzed input gets a clear 4xx (contract §6).
import type { CheckDef } from '../types.ts';

export const ROBUSTNESS_CHECKS: readonly CheckDef[] = [];
