// The Playwright config names our own files by their TypeScript sources
// (`auth.spec.ts`, `./tests/reporters/summary-reporter.ts`). The installed
// package runs the compiled JavaScript, where those files end in `.js`: this
// renames every such name to the extension the config itself was loaded with,
// so a project or reporter added later is found from the package unchanged.
import type { PlaywrightTestConfig, ReporterDescription } from '@playwright/test';

type Match = string | RegExp | readonly (string | RegExp)[];

function renamed(name: string, extension: string): string {
  return name.endsWith('.ts') && !name.endsWith('.d.ts') ? `${name.slice(0, -'.ts'.length)}${extension}` : name;
}

function renamedMatch<M extends Match | undefined>(match: M, extension: string): M {
  if (typeof match === 'string') return renamed(match, extension) as M;
  if (Array.isArray(match)) return match.map((entry: string | RegExp) => (typeof entry === 'string' ? renamed(entry, extension) : entry)) as unknown as M;
  return match;
}

/** A reporter given by a path of ours (`./…`) rather than a package or built-in name. */
function renamedReporter(reporter: ReporterDescription, extension: string): ReporterDescription {
  const [name, ...options] = reporter;
  return name.startsWith('.') ? ([renamed(name, extension), ...options] as ReporterDescription) : reporter;
}

/** The config with our own `.ts` file names given the `extension` (`.ts` from a clone, `.js` from the package). */
export function withOwnExtension<C extends PlaywrightTestConfig>(config: C, extension: string): C {
  if (extension === '.ts') return config;
  const reporter = Array.isArray(config.reporter)
    ? config.reporter.map((entry) => renamedReporter(entry, extension))
    : typeof config.reporter === 'string'
      ? renamed(config.reporter, extension)
      : config.reporter;
  return {
    ...config,
    ...(reporter !== undefined ? { reporter } : {}),
    ...(config.testMatch !== undefined ? { testMatch: renamedMatch(config.testMatch, extension) } : {}),
    ...(config.projects
      ? {
          projects: config.projects.map((project) => ({
            ...project,
            ...(project.testMatch !== undefined ? { testMatch: renamedMatch(project.testMatch, extension) } : {}),
          })),
        }
      : {}),
  };
}
