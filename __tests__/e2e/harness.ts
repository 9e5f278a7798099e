import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const EXAMPLES = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as {
  name: string;
  examples: Record<string, unknown>[];
}[];

/** A real `pull_request` webhook payload (GitHub's "opened" example), deep-copied so tests may edit it. */
export function pullRequestPayload(action = 'opened'): PullRequestPayload {
  const example = EXAMPLES.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === action)!;
  return structuredClone(example) as unknown as PullRequestPayload;
}

/** A real `push` webhook payload. */
export function pushPayload(): Record<string, unknown> {
  return structuredClone(EXAMPLES.find((e) => e.name === 'push')!.examples[0]);
}

/** The parts of a pull_request payload the tests touch. */
export interface PullRequestPayload {
  action: string;
  number: number;
  pull_request: {
    number: number;
    head: { sha: string; ref: string; repo: { full_name: string; fork: boolean; owner: { login: string } } | null };
    base: { sha: string; repo: { full_name: string } };
  };
  repository: { full_name: string };
}

/** Turns a pull_request payload into one from a fork: the head lives in another repository. */
export function asFork(p: PullRequestPayload): PullRequestPayload {
  const head = p.pull_request.head.repo!;
  p.pull_request.head.repo = { ...head, full_name: 'outsider/Hello-World', fork: true, owner: { ...head.owner, login: 'outsider' } };
  return p;
}

/** A workspace as actions/checkout leaves it: the files, and `.git/HEAD` at a commit. */
export function makeWorkspace(files: Record<string, string>, commit?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-ws-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  if (commit) {
    mkdirSync(path.join(dir, '.git'), { recursive: true });
    writeFileSync(path.join(dir, '.git', 'HEAD'), commit + '\n');
  }
  return dir;
}

/** What one run of dist/index.js left behind. */
export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the step printed (`::error ...`), parsed. */
  commands: { command: string; props: string; message: string }[];
}

const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };

/**
 * Runs the bundled dist/index.js as the runner does: every input of action.yml as INPUT_<NAME> (hyphens
 * kept, defaults filled in), the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * and the API URL of the emulator.
 */
export async function runAction(options: {
  workspace: string;
  apiUrl: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  sha?: string;
  token?: string;
}): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-run-'));
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const repo = (options.payload as { repository?: { full_name?: string } }).repository?.full_name ?? 'Codertocat/Hello-World';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: repo,
    GITHUB_SHA: options.sha ?? 'f'.repeat(40),
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: path.join(dir, 'temp'),
    // Shortens retry waits and request spacing; the Action never lengthens them from here.
    MANIFEST_GATE_WAIT_SCALE: '0.01',
  };
  const inputs: Record<string, string> = { 'github-token': options.token ?? 'ghs_emulatortoken0000000000000000000000', ...options.inputs };
  for (const [name, spec] of Object.entries(ACTION.inputs)) {
    const value = inputs[name] ?? (spec.default && !spec.default.includes('${{') ? spec.default : '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'index.js')], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: [...stdout.matchAll(/^::(\w+)( [^:]*)?::(.*)$/gm)].map((m) => ({ command: m[1], props: m[2] ?? '', message: m[3] })),
  };
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

/** A patch that adds a whole new file. */
export function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n` + lines.map((l) => `+${l}`).join('\n');
}

/** A patch that changes the given new-file lines of `text` (each replacing an old line), with 3 lines of context. */
export function modifiedPatch(text: string, changed: number[]): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const set = new Set(changed);
  const sorted = [...set].sort((a, b) => a - b);
  const hunks: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = Math.max(1, sorted[i] - 3);
    let end = Math.min(lines.length, sorted[i] + 3);
    while (i + 1 < sorted.length && sorted[i + 1] - 3 <= end + 1) end = Math.min(lines.length, sorted[++i] + 3);
    i++;
    const body: string[] = [];
    for (let n = start; n <= end; n++) {
      if (set.has(n)) body.push(`-old line ${n}`, `+${lines[n - 1]}`);
      else body.push(` ${lines[n - 1]}`);
    }
    const count = end - start + 1;
    hunks.push(`@@ -${start},${count} +${start},${count} @@\n${body.join('\n')}`);
  }
  return hunks.join('\n');
}
