// Pure: whether a fault run failed every check its catalogue entry declares
// (FaultDef.caughtBy). "Some check failed" is too weak a rule: a check that lost
// its power to catch the fault would go unnoticed behind an incidental failure.

/** Declared check IDs that did not fail, in declaration order. */
export function declaredNotFailed(declared: readonly string[], failed: readonly string[]): string[] {
  const failedSet = new Set(failed);
  return declared.filter((id) => !failedSet.has(id));
}

/** The self-test's line for a fault whose declared checks did not all fail. */
export function declaredLine(fault: string, missing: readonly string[], failed: readonly string[]): string {
  return `${fault}: declared check(s) ${missing.join(', ')} did not fail (failed: ${failed.join(', ') || 'none'}); a check lost its power to catch this fault, or caughtBy in reference/faults/catalogue.ts is wrong`;
}

/** Check IDs of the catalogue that no fault declares in caughtBy, in catalogue order: checks never shown able to fail. */
export function checksWithoutFault(checks: readonly { id: string }[], faults: readonly { caughtBy: readonly string[] }[]): string[] {
  const declared = new Set(faults.flatMap((fault) => fault.caughtBy));
  return checks.map((check) => check.id).filter((id) => !declared.has(id));
}

/** The self-test's line for a check that no fault proves able to fail. */
export function noFaultLine(id: string): string {
  return `${id}: no reference fault declares it in caughtBy, so nothing shows it can fail; add a realistic fault (reference/faults/proofs.ts) or fix the check`;
}

/**
 * The verdicts that count as a check failing under a fault: fail, and warn for a
 * SHOULD check (a broken SHOULD rule warns; it never fails a run).
 */
export function failingVerdict(level: 'MUST' | 'SHOULD', verdict: string): boolean {
  return verdict === 'fail' || (level === 'SHOULD' && verdict === 'warn');
}
