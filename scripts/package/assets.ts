// Which non-TypeScript files the compiled package needs beside its JavaScript.
// The code reads data relative to itself (`new URL('./seed-description.md',
// import.meta.url)`, `../../schemas/…`), so each such file is copied to the same
// place under dist/: every JSON schema, and every other file that sits in a
// directory of a compiled module (not the project root), but for code (the
// clone's own .js launchers), documentation, dotfiles and unit tests. A data
// file added later next to its code is shipped without being listed here.
import { dirname } from 'node:path/posix';

/** Paths relative to the project root, with `/` separators. */
export function packageAssets(sourceFiles: readonly string[], compiledModules: readonly string[]): string[] {
  const compiledDirs = new Set(compiledModules.map((file) => dirname(file)));
  return sourceFiles
    .filter((file) => file.startsWith('schemas/') || (dirname(file) !== '.' && compiledDirs.has(dirname(file))))
    .filter((file) => !/\.[cm]?[jt]sx?$/.test(file) && !/\.test\.[^/]*$/.test(file) && !/(^|\/)(README\.md|\.[^/]*)$/.test(file))
    .sort();
}
