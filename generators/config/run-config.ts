// The resolved configuration of one run: everything the runner, Playwright's
// config and the specs need, minus the token (which only ever travels in the
// TWENTY_API_KEY environment variable, never in a file we write).
import type { Rate } from '../client/pacer.ts';

export const PROFILES = ['gate', 'install', 'smoke'] as const;
export type Profile = (typeof PROFILES)[number];

// The client's pacing unit is the configuration's: one definition.
export type { Rate };

export interface RunConfig {
  /** Deployment root (the suite adds /rest/...); null → the embedded reference. */
  baseUrl: string | null;
  profile: Profile;
  /** A document file or URL to use instead of the deployment's own. */
  openapi: string | null;
  seed: number;
  /** fast-check runs per property. */
  runs: number;
  /** Request budget for the whole run; null = unbounded. */
  maxRequests: number | null;
  rate: Rate | null;
  /** Check IDs to run; empty = all checks of the profile. */
  checks: string[];
  reportDir: string;
  shard: { index: number; total: number } | null;
  expectedFailures: string | null;
  allowTokenInUrl: boolean;
  tokenFile: string | null;
  /** Self-test only: start the embedded reference with this fault. */
  referenceFault: string | null;
  /** Self-test only: seed the embedded reference with N records per object (0: empty); absent → its demo workspace. */
  referenceRecords?: number | null;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Answers larger than this are refused unread, failing the check that asked (default 10 MB). */
  maxResponseBytes?: number;
  /** Playwright workers; smoke runs on one so budget and pacing hold. */
  workers: number;
  /** `--write-objects a,b,-c`: objects opted in (past the evidence and the deny-list) and out of the writes. */
  writeObjects?: { include: string[]; exclude: string[] };
  /** `--allow-side-effects`: write to objects that webhooks or workflow triggers subscribe to. */
  allowSideEffects?: boolean;
}

export interface ProfileDefaults {
  runs: number;
  maxRequests: number | null;
  rate: Rate | null;
  writes: boolean;
}

/**
 * Budgets per profile (DESIGN §2). Smoke stays well under Twenty Cloud's ~50/min.
 * Install fits a default self-hosted Twenty: its API keys get 100 requests per 60 s
 * per workspace (a batch counts as one), so 450 requests paced at that rate take
 * at most 4.5 minutes (contract/REAL-WORKSPACE.md §6); its properties run 3 times.
 */
export const PROFILE_DEFAULTS: Record<Profile, ProfileDefaults> = {
  gate: { runs: 100, maxRequests: null, rate: null, writes: true },
  install: { runs: 3, maxRequests: 450, rate: { count: 100, perMs: 60_000 }, writes: true },
  smoke: { runs: 5, maxRequests: 90, rate: { count: 40, perMs: 60_000 }, writes: false },
};
