// What a judge says when the server broke its rule: what it received, what the
// contract expects, and, where it helps, an innocent cause or a next step. Every
// judge returns this (or null / [] when the server complies); `fail(...)` takes
// it as it is, adding the exchange that shows it.
export interface Finding {
  received: string;
  expected: string;
  /** An innocent cause or a next step. */
  hint?: string;
}
