// Pure pieces of the GitHub Action (action.yml → run-action.ts): its inputs as
// the command line of a run, the step outputs taken from summary.json, and the
// text appended to the job summary. No I/O here, so each is tested on its own.
import { UsageError } from '../../generators/config/usage-error.ts';
import { VERDICT_ORDER } from '../../generators/checks/verdicts.ts';

/** The action's inputs, as action.yml hands them to the step (INPUT_* variables). */
export interface ActionInputs {
  baseUrl: string;
  profile: string;
  seed: string;
  waivers: string;
  reportDir: string;
  /** Extra flags, space-separated (e.g. `--check AUTH-001 --runs 20`). */
  args: string;
}

export const INPUT_VARIABLES: Record<keyof ActionInputs, string> = {
  baseUrl: 'INPUT_BASE_URL',
  profile: 'INPUT_PROFILE',
  seed: 'INPUT_SEED',
  waivers: 'INPUT_WAIVERS',
  reportDir: 'INPUT_REPORT_DIR',
  args: 'INPUT_ARGS',
};

export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const value = (key: keyof ActionInputs) => (env[INPUT_VARIABLES[key]] ?? '').trim();
  return { baseUrl: value('baseUrl'), profile: value('profile'), seed: value('seed'), waivers: value('waivers'), reportDir: value('reportDir'), args: value('args') };
}

/** The run's command line. Empty inputs are left out, so the CLI's own defaults apply. */
export function runArgv(inputs: ActionInputs): string[] {
  if (inputs.reportDir === '') throw new UsageError('the action needs a report-dir input (its default is twenty-conformance-reports).');
  const extra = inputs.args === '' ? [] : inputs.args.split(/\s+/);
  const tokenFlag = extra.find((arg) => /^--(token|api-key)(=|$)/.test(arg));
  if (tokenFlag) throw new UsageError(`args: ${tokenFlag.split('=')[0]} is not a flag; the API key comes from the TWENTY_API_KEY environment variable (a secret), never an input.`);
  return [
    ...(inputs.baseUrl ? ['--base-url', inputs.baseUrl] : []),
    ...(inputs.profile ? ['--profile', inputs.profile] : []),
    ...(inputs.seed ? ['--seed', inputs.seed] : []),
    ...(inputs.waivers ? ['--expected-failures', inputs.waivers] : []),
    '--report-dir',
    inputs.reportDir,
    ...extra,
  ];
}

/** What summary.json holds that the outputs use. */
export interface RunSummary {
  totals: Record<string, number>;
  checks: readonly unknown[];
  requests: number;
  profile: string;
}

/** One count output per verdict, named as summary.json's totals (generators/checks/verdicts.ts). */
export const COUNT_OUTPUTS = VERDICT_ORDER;

export function verdictOf(exitCode: number): 'conformant' | 'not-conformant' | 'interrupted' | 'error' {
  if (exitCode === 0) return 'conformant';
  if (exitCode === 1) return 'not-conformant';
  if (exitCode === 130) return 'interrupted';
  return 'error';
}

/** The step outputs: exit code and verdict always; counts when the run wrote summary.json. */
export function actionOutputs(exitCode: number, reportDir: string, summary: RunSummary | undefined): Record<string, string> {
  const outputs: Record<string, string> = { 'exit-code': String(exitCode), verdict: verdictOf(exitCode), 'report-dir': reportDir };
  if (summary) {
    outputs.checks = String(summary.checks.length);
    for (const name of COUNT_OUTPUTS) outputs[name] = String(summary.totals[name] ?? 0);
    outputs.requests = String(summary.requests);
    outputs.profile = summary.profile;
  }
  return outputs;
}

/** `$GITHUB_OUTPUT` lines (`name=value`); a value never spans lines. */
export function formatOutputs(outputs: Record<string, string>): string {
  return Object.entries(outputs)
    .map(([name, value]) => `${name}=${value.replace(/[\r\n]+/g, ' ')}\n`)
    .join('');
}

/** What the job summary gets: summary.md as it is, else summary.txt as a block, else one line why neither exists. */
export function jobSummary(files: { markdown?: string; text?: string }, exitCode: number): string {
  if (files.markdown !== undefined) return `${files.markdown.trimEnd()}\n`;
  if (files.text !== undefined) return `### twenty-conformance: ${verdictOf(exitCode)} (exit ${exitCode})\n\n\`\`\`text\n${files.text.trimEnd()}\n\`\`\`\n`;
  return `### twenty-conformance: ${verdictOf(exitCode)} (exit ${exitCode})\n\nThe run wrote no summary; its one-line reason is in the step log.\n`;
}
