// One full garbage collection once the database is up. Starting PGlite leaves
// large dead buffers behind (the data-dir tarball as read, PGlite's file bundle,
// initdb's output); V8 would free them only when its idle heuristics decide to,
// so a freshly started reference sat ~20 MB above what it needs.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

export async function releaseStartupGarbage(): Promise<void> {
  // A turn of the event loop first: PGlite's start-up promises and streams let go
  // of their buffers only once their callbacks have run.
  await new Promise((resolve) => setImmediate(resolve));
  if (!collect) {
    // A context created after --expose-gc has its own `gc`; the main one is left as it was.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
