// Runs a composite GitHub Action (action.yml) here, as a runner would: inputs
// with their defaults, each `run:` step in bash with its `env:` evaluated, a
// fresh $GITHUB_OUTPUT per step, one $GITHUB_STEP_SUMMARY, `if:` conditions and
// the action's outputs. Steps that use another action (setup-node,
// upload-artifact) are not run: they are returned with their evaluated `with:`
// so a test can check them. Only the expressions action.yml needs are known;
// any other is an error, so the action cannot outgrow what this proves.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionFile {
  inputs?: Record<string, { default?: string }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: StepDef[] };
}

interface StepDef {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}

export interface StepResult {
  name: string;
  id?: string;
  /** False when its `if:` was false. */
  ran: boolean;
  uses?: string;
  with?: Record<string, string>;
  exitCode?: number;
}

export interface CompositeRun {
  /** The exit code of the first failed step, else 0. */
  exitCode: number;
  outputs: Record<string, string>;
  steps: StepResult[];
  summary: string;
  log: string;
}

export interface CompositeOptions {
  inputs: Record<string, string>;
  env: NodeJS.ProcessEnv;
  /** $GITHUB_WORKSPACE: the run steps' working directory. */
  workspace: string;
  /** $RUNNER_TEMP, and where the GITHUB_* files go. */
  runnerTemp: string;
  /** $GITHUB_ACTION_PATH: the folder of action.yml. */
  actionPath: string;
}

export interface Context {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
  failed: boolean;
  actionPath: string;
  runnerTemp: string;
}

function value(path: string, context: Context): string {
  const parts = path.split('.');
  if (parts[0] === 'inputs' && parts.length === 2) {
    const input = context.inputs[parts[1] as string];
    if (input === undefined) throw new Error(`action.yml reads an undeclared input: ${path}`);
    return input;
  }
  if (path === 'github.action_path') return context.actionPath;
  if (path === 'runner.temp') return context.runnerTemp;
  if (parts[0] === 'steps' && parts[2] === 'outputs' && parts.length === 4) return context.steps[parts[1] as string]?.outputs[parts[3] as string] ?? '';
  throw new Error(`composite-action: unsupported expression ${path}`);
}

/** `${{ a.b }}` inside a string, each replaced by its value. */
export function interpolate(text: string, context: Context): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, path: string) => value(path, context));
}

/** `if:`: `always()`, `success()`, `failure()`, `X != ''`, `X == 'v'`, joined by `&&`. */
export function condition(expression: string | undefined, context: Context): boolean {
  if (expression === undefined) return !context.failed;
  const bare = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
  return bare.split('&&').every((term) => {
    const t = term.trim();
    if (t === 'always()') return true;
    if (t === 'success()') return !context.failed;
    if (t === 'failure()') return context.failed;
    const comparison = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(t);
    if (!comparison) throw new Error(`composite-action: unsupported condition ${t}`);
    const [, path, op, literal] = comparison;
    return (value(path as string, context) === literal) === (op === '==');
  });
}

/** `name=value` lines, and `name<<DELIMITER` blocks, of a $GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2] as string, i + 1);
      outputs[block[1] as string] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return outputs;
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv, log: (text: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => log(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => log(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

export async function runCompositeAction(actionFile: string, options: CompositeOptions): Promise<CompositeRun> {
  const action = parse(readFileSync(actionFile, 'utf8')) as ActionFile;
  if (action.runs.using !== 'composite') throw new Error(`${actionFile} is not a composite action`);
  const declared = action.inputs ?? {};
  for (const name of Object.keys(options.inputs)) if (!(name in declared)) throw new Error(`unknown input ${name}`);
  const inputs = Object.fromEntries(Object.entries(declared).map(([name, def]) => [name, options.inputs[name] ?? def.default ?? '']));
  const context: Context = { inputs, steps: {}, failed: false, actionPath: options.actionPath, runnerTemp: options.runnerTemp };
  const files = join(options.runnerTemp, '_runner_file_commands');
  mkdirSync(files, { recursive: true });
  const summaryFile = join(files, 'step_summary');
  writeFileSync(summaryFile, '');
  let log = '';
  let exitCode = 0;
  const steps: StepResult[] = [];
  for (const [index, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.id ?? `step ${index + 1}`;
    if (!condition(step.if, context)) {
      steps.push({ name, ...(step.id ? { id: step.id } : {}), ran: false });
      continue;
    }
    if (step.uses) {
      const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, text]) => [key, interpolate(String(text), context)]));
      steps.push({ name, ...(step.id ? { id: step.id } : {}), ran: true, uses: step.uses, with: withs });
      continue;
    }
    if (step.shell !== 'bash' || step.run === undefined) throw new Error(`step "${name}": only run steps with shell: bash are supported`);
    const outputFile = join(files, `output_${index}`);
    writeFileSync(outputFile, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, text]) => [key, interpolate(String(text), context)]));
    const env: NodeJS.ProcessEnv = {
      ...options.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_ACTION_PATH: options.actionPath,
      RUNNER_TEMP: options.runnerTemp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...stepEnv,
    };
    log += `--- ${name}\n`;
    const code = await bash(step.run, options.workspace, env, (text) => (log += text));
    if (step.id) context.steps[step.id] = { outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) };
    steps.push({ name, ...(step.id ? { id: step.id } : {}), ran: true, exitCode: code });
    if (code !== 0 && !context.failed) {
      context.failed = true;
      exitCode = code;
    }
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([name, def]) => [name, interpolate(def.value, context)]));
  return { exitCode, outputs, steps, summary: readFileSync(summaryFile, 'utf8'), log };
}
