// AUTH-*: credentials only from the Authorization header (contract §2).
import type { CheckDef } from '../types.ts';

export const AUTH_CHECKS: readonly CheckDef[] = [];
