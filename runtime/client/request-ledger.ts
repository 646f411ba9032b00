// A run's request budget shared by every process of the run. Playwright starts a
// new worker process after a failed test (and for the setup and teardown
// projects), so a budget held in one client's memory would start afresh in each;
// the ledger is a file every client appends one byte to per request.
import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';

/** The ledger's file name in a run's state folder; the runner removes it when a run starts. */
export const REQUEST_LEDGER_FILE = 'request-budget';

export interface RequestLedger {
  /** Reserves one request; false once the run's budget is spent. */
  take(): boolean;
  close(): void;
}

/**
 * A file-backed ledger: O_APPEND writes of one byte are atomic, so the file's
 * size is the number of requests reserved by all processes together. At the
 * edge of the budget two processes may both be refused (never both allowed).
 */
export function fileRequestLedger(path: string, maxRequests: number): RequestLedger {
  const fd = openSync(path, 'a');
  let open = true;
  return {
    take() {
      if (fstatSync(fd).size >= maxRequests) return false;
      writeSync(fd, '.');
      return fstatSync(fd).size <= maxRequests;
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
