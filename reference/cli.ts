// `twenty-conformance reference`: start the reference, print exactly one JSON
// line {"baseUrl","apiKey"} on stdout, serve until SIGINT/SIGTERM, close the
// database and return 0. Usage errors and start failures return 2 with one line
// on stderr. The API key appears nowhere but that JSON line.
import { FAULTS } from './faults/catalogue.ts';
import { parseReferenceArgs, REFERENCE_USAGE } from './cli-args.ts';
import { ListenError } from './listen.ts';
import { startReference, UnknownFaultError } from './start.ts';
import { DatamodelFileError, loadDatamodelFile } from './datamodel/load-datamodel.ts';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Resolves when the server should stop (SIGINT/SIGTERM by default). */
  waitForStop(): Promise<void>;
}

/**
 * Started through npm (`npx twenty-conformance reference &`, `npm run reference`),
 * the pid the user holds is npm's: npm forwards a SIGTERM to its shell only, and
 * this process would be left serving. So, under npm, the launcher going away
 * (this process re-parented) is a stop request too. Started directly, a parent
 * that exits is no stop request (a script may leave the server running).
 */
export function startedByNpm(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.npm_lifecycle_event !== undefined || env.npm_command !== undefined;
}

export function launcherGone(initialParent: number, currentParent: number): boolean {
  return currentParent !== initialParent;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  waitForStop: () =>
    new Promise((resolve) => {
      const initialParent = process.ppid;
      const watch = startedByNpm(process.env)
        ? setInterval(() => {
            if (launcherGone(initialParent, process.ppid)) stop();
          }, 250)
        : undefined;
      watch?.unref();
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        if (watch) clearInterval(watch);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
};

export function faultTable(): string {
  const nameWidth = Math.max(4, ...FAULTS.map((fault) => fault.name.length));
  const areaWidth = Math.max(4, ...FAULTS.map((fault) => fault.area.length));
  const row = (name: string, area: string, description: string) =>
    `${name.padEnd(nameWidth)}  ${area.padEnd(areaWidth)}  ${description}`;
  return [row('NAME', 'AREA', 'DESCRIPTION'), ...FAULTS.map((fault) => row(fault.name, fault.area, fault.description))].join('\n');
}

export async function runReferenceCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseReferenceArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.error);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.out(REFERENCE_USAGE);
    return 0;
  }
  if (options.listFaults) {
    io.out(faultTable());
    return 0;
  }
  let datamodel;
  if (options.datamodel !== undefined) {
    try {
      datamodel = loadDatamodelFile(options.datamodel);
    } catch (error) {
      if (!(error instanceof DatamodelFileError)) throw error;
      io.err(`reference: ${error.message}`);
      return 2;
    }
    if (datamodel.skipped.length > 0) io.err(`reference: --datamodel left out ${datamodel.skipped.length} field(s): ${datamodel.skipped.slice(0, 5).join('; ')}${datamodel.skipped.length > 5 ? '; …' : ''}`);
  }
  // Listen for SIGINT/SIGTERM from the start, so a signal during start-up still ends cleanly.
  const stopRequested = io.waitForStop();
  let running;
  try {
    running = await startReference({
      port: options.port,
      host: options.host,
      maxLimit: options.maxLimit,
      ...(options.fault !== undefined ? { fault: options.fault } : {}),
      ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
      ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
      ...(datamodel !== undefined ? { datamodel: datamodel.model } : {}),
      ...(options.seedRecords !== undefined ? { seedRecords: options.seedRecords } : {}),
      ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
      ...(options.partialUniqueIndexes ? { partialUniqueIndexes: true } : {}),
      ...(options.eventsFile !== undefined ? { eventsFile: options.eventsFile } : {}),
    });
  } catch (error) {
    if (error instanceof ListenError) {
      io.err(`reference: ${error.message}. Try --port 0 for a free port.`);
      return 2;
    }
    if (error instanceof UnknownFaultError) {
      io.err(`reference: ${error.message}`);
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    // Database URLs may carry a password: never echo one back.
    io.err(`reference: could not start: ${reason.replace(/postgres(ql)?:\/\/\S+/g, 'postgres://…')}`);
    return 2;
  }
  io.out(JSON.stringify({ baseUrl: running.baseUrl, apiKey: running.apiKey, ...(options.printKeys ? { keys: running.roleKeys } : {}) }));
  await stopRequested;
  await running.stop();
  return 0;
}
