// Pure: how long a run's requests take at most, from its budget and its pacing,
// printed in the run header so a self-hoster knows before it starts (install:
// 450 requests at 100 per 60 s, Twenty's default API-key limit → 4 min 30 s).
import type { Rate, RunConfig } from './run-config.ts';

/** Milliseconds the paced budget needs at most, or undefined when either is unbounded. */
export function projectedMs(maxRequests: number | null, rate: Rate | null): number | undefined {
  if (!maxRequests || !rate) return undefined;
  return Math.ceil((maxRequests / rate.count) * rate.perMs);
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

const rateText = (rate: Rate) => `${rate.count} per ${rate.perMs / 1000} s`;

/** `budget: at most 450 requests, paced at 100 per 60 s: at most 4 min 30 s of requests`, or undefined. */
export function budgetLine(config: Pick<RunConfig, 'maxRequests' | 'rate'>): string | undefined {
  const ms = projectedMs(config.maxRequests, config.rate);
  if (ms === undefined || !config.rate || !config.maxRequests) return undefined;
  return `budget: at most ${config.maxRequests} requests, paced at ${rateText(config.rate)}: projected at most ${formatDuration(ms)} of requests`;
}
