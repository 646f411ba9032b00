// Playwright locates a test at the line that calls test() (it reads its
// caller's stack frame, then maps it through the file's source map). Our specs
// call defineCheck(), which calls test(), so every test would be located in
// define-check.ts. callFromCaller calls a function from a tiny script compiled
// with the caller's own file name, line and column (node:vm's filename and
// lineOffset), so the frame Playwright reads — and maps — is the spec's line
// that called defineCheck. Without a usable caller frame it calls directly.
import { Script } from 'node:vm';

export interface RawFrame {
  /** As the runtime names the file (a path or a file: URL), unmapped. */
  file: string;
  /** 1-based line and column in the code as loaded (before source maps). */
  line: number;
  column: number;
}

/** The raw frame `depth` calls above the function that calls this one (0: that function's caller). */
export function rawCallerFrame(depth = 0): RawFrame | undefined {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  const holder: { stack?: unknown } = {};
  let frames: NodeJS.CallSite[] | undefined;
  try {
    // Raw V8 call sites: no source-map rewriting, so the position matches the loaded code.
    // The stack is formatted when first read, so it is read before prepareStackTrace is restored.
    Error.prepareStackTrace = (_error, callSites) => callSites;
    Error.stackTraceLimit = depth + 3;
    Error.captureStackTrace(holder, rawCallerFrame);
    frames = holder.stack as NodeJS.CallSite[] | undefined;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  const frame = frames?.[depth + 1];
  const file = frame?.getFileName();
  const line = frame?.getLineNumber();
  const column = frame?.getColumnNumber();
  if (!file || !line || !column) return undefined;
  return { file, line, column };
}

type Call = (fn: (...args: unknown[]) => unknown, args: unknown[]) => unknown;
const compiled = new Map<string, Call>();

/**
 * A function whose call of `fn` sits at `frame`: line 1 of the script opens the
 * function, line 2 has the call at the frame's column, and lineOffset moves it
 * to the frame's line.
 */
export function callerAt(frame: RawFrame): Call | undefined {
  if (frame.line < 2) return undefined;
  const key = `${frame.file}\u0000${frame.line}\u0000${frame.column}`;
  let call = compiled.get(key);
  if (!call) {
    const source = `(function (fn, args) {\n${' '.repeat(frame.column - 1)}fn(...args);\n})`;
    call = new Script(source, { filename: frame.file, lineOffset: frame.line - 2 }).runInThisContext() as Call;
    compiled.set(key, call);
  }
  return call;
}

/** Calls fn(...args) as if from `frame` (directly when there is none). */
export function callAt<A extends unknown[]>(frame: RawFrame | undefined, fn: (...args: A) => unknown, ...args: A): void {
  const call = frame ? callerAt(frame) : undefined;
  if (call) call(fn as (...args: unknown[]) => unknown, args);
  else fn(...args);
}

/** Calls fn(...args) as if from the frame `depth` calls above the caller of this function. */
export function callFromCaller<A extends unknown[]>(depth: number, fn: (...args: A) => unknown, ...args: A): void {
  callAt(rawCallerFrame(depth + 1), fn, ...args);
}
