// Which non-TypeScript files the compiled package needs beside its JavaScript.
// The code reads data relative to itself (`new URL('./seed-description.md',
// import.meta.url)`, `../../schemas/…`), so each such file is copied to the same
// place under dist/: every JSON schema (their names are also built at run time),
// and every other file that sits in a directory of a compiled module (not the
// project root) and whose name the compiled code spells out. Code (the clone's
// own .js launchers), documentation, dotfiles, unit tests and data only scripts
// or tests read stay out. A data file added later next to the code that reads it
// is shipped without being listed here.
import { basename, dirname } from 'node:path/posix';

/**
 * Paths relative to the project root, with `/` separators. `named(file)` tells
 * whether the compiled code spells out the file's name.
 */
export function packageAssets(sourceFiles: readonly string[], compiledModules: readonly string[], named: (fileName: string) => boolean): string[] {
  const compiledDirs = new Set(compiledModules.map((file) => dirname(file)));
  const isData = (file: string) => !/\.[cm]?[jt]sx?$/.test(file) && !/\.test\.[^/]*$/.test(file) && !/(^|\/)(README\.md|\.[^/]*)$/.test(file);
  return sourceFiles
    .filter(isData)
    .filter((file) => file.startsWith('schemas/') || (dirname(file) !== '.' && compiledDirs.has(dirname(file)) && named(basename(file))))
    .sort();
}
