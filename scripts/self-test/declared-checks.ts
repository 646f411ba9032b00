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
