// A judge's finding becomes the check's failure here, with the exchange that
// shows it attached as the reproducer. Judges see plain data; only the spec
// holds the exchanges. A finding may carry its exchange itself (the write
// judges hand the spec's own exchange back), or the spec names it.
import type { Exchange } from '../../generators/client/exchange.ts';
import type { Finding, Located } from '../../generators/operations/finding.ts';
import { fail } from './verdicts.ts';

/** Fails with the finding, if any, shown by `exchange`. */
export function failOn(finding: (Finding & { exchange?: Exchange }) | null, exchange?: Exchange): void {
  if (finding) fail({ ...finding, ...(exchange ? { exchange } : {}) });
}

/** Fails with the finding, if any, shown by the exchange it names (`at`). */
export function failAt<At extends PropertyKey>(finding: Located<At> | null, exchanges: { readonly [K in At]?: Exchange | undefined }): void {
  if (!finding) return;
  const { at, ...detail } = finding;
  failOn(detail, exchanges[at]);
}
