// Pure: the tags of a check's tests. Each names the check once and its area
// once: Playwright's reports already label a test with its project, one per
// concern named after its spec file (tests/<concern>.spec.ts), so the area tag
// is added only where the area differs from that concern. No profile tag: the
// run's own profile is the configuration's tag, and a tag for a profile the
// run did not use would mislead.

/** The concern of a spec file (a path or a file: URL), e.g. `filters` for tests/filters.spec.ts. */
export function specConcern(file: string | undefined): string | undefined {
  return file?.match(/([^/\\]+)\.spec\.[cm]?[jt]s$/)?.[1];
}

export function checkTags(check: { id: string; area: string }, specFile: string | undefined): string[] {
  return specConcern(specFile) === check.area ? [`@${check.id}`] : [`@${check.area}`, `@${check.id}`];
}
