import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { BaselineError, parseBaseline, type Baseline } from '../engine/baseline.js';
import { ConfigError, DEFAULT_CONFIG, parseConfig, parseFailOn, type Config } from './config.js';

/** What the workflow step asked for, validated: the Action's only view of its inputs. */
export interface ActionSettings {
  token: string;
  /** The config file merged with the inputs (inputs win for fail-on; globs add up). */
  config: Config;
  /** `changed`: the files the pull request or push changes; `all`: every manifest in the workspace. */
  scan: 'changed' | 'all';
  reviewComments: boolean;
  checkRun: boolean;
  annotations: boolean;
  checkName: string;
  /** Where to write a SARIF report (workspace-relative), when asked. */
  sarifFile?: string;
  /** Accepted findings: only findings not in it count for the gate. */
  baseline?: { file: string; baseline: Baseline };
  runner: RunnerContext;
}

/** The facts the runner gives every step through its environment. */
export interface RunnerContext {
  workspace: string;
  eventName: string;
  /** The webhook payload, parsed; `{}` when there is none. */
  event: unknown;
  repository?: { owner: string; repo: string };
  /** The commit the workflow runs on (for a pull request: the merge commit, not the head). */
  sha: string;
  apiUrl: string;
  serverUrl: string;
  /** A folder for the JSON report that is not the workspace. */
  tempDir: string;
  /** Multiplies every wait between API retries; below 1 only in tests, never above 1. */
  waitScale: number;
}

const SCAN_VALUES = ['changed', 'all'] as const;

/** The configuration file read when the `config` input is empty and the file exists. */
export const DEFAULT_CONFIG_FILE = '.github/manifest-gate.yml';

/** Reads and validates every input and runner variable; a mistake is a ConfigError naming the input. */
export function readActionSettings(): ActionSettings {
  const runner = readRunner();
  const configFile = core.getInput('config');
  const fileConfig = readConfigFile(runner.workspace, configFile);
  const failOnInput = core.getInput('fail-on');
  const scan = core.getInput('scan') || 'changed';
  if (!(SCAN_VALUES as readonly string[]).includes(scan)) throw new ConfigError(`input scan: must be one of ${SCAN_VALUES.join(', ')}, not "${scan.slice(0, 40)}"`);
  const config: Config = {
    ...fileConfig,
    failOn: failOnInput ? parseFailOn(failOnInput, 'input fail-on') : fileConfig.failOn,
    include: [...fileConfig.include, ...globs(core.getInput('paths'))],
    exclude: [...fileConfig.exclude, ...globs(core.getInput('exclude'))],
  };
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const sarifFile = core.getInput('sarif-file');
  const baselineFile = core.getInput('baseline');
  return {
    token,
    config,
    scan: scan as ActionSettings['scan'],
    reviewComments: bool('review-comments', true),
    checkRun: bool('check-run', true),
    annotations: bool('annotations', true),
    checkName: core.getInput('check-name') || 'manifest-gate findings',
    ...(sarifFile ? { sarifFile } : {}),
    ...(baselineFile ? { baseline: { file: baselineFile, baseline: readBaselineFile(runner.workspace, baselineFile) } } : {}),
    runner,
  };
}

function readRunner(): RunnerContext {
  const env = process.env;
  const eventPath = env.GITHUB_EVENT_PATH;
  let event: unknown = {};
  if (eventPath) {
    try {
      event = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch {
      throw new ConfigError(`GITHUB_EVENT_PATH: cannot read the event payload as JSON`);
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const scale = Number(env.MANIFEST_GATE_WAIT_SCALE ?? '1');
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    ...(owner && repo ? { repository: { owner, repo } } : {}),
    sha: env.GITHUB_SHA ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    waitScale: Number.isFinite(scale) && scale >= 0 ? Math.min(scale, 1) : 1,
  };
}

function readConfigFile(workspace: string, named: string): Config {
  const file = named || DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = readFileSync(path.resolve(workspace, file), 'utf8');
  } catch {
    if (named) throw new ConfigError(`input config: cannot read ${named.slice(0, 200)}`);
    return DEFAULT_CONFIG;
  }
  return parseConfig(file, text);
}

/** Globs separated by newlines or commas, as YAML block scalars and one-liners write them. */
function globs(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((g) => g.trim())
    .filter((g) => g.length > 0);
}

function bool(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim();
  if (v === '') return fallback;
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  throw new ConfigError(`input ${name}: must be true or false, not "${v.slice(0, 40)}"`);
}

/** Reads the `baseline` input's file from the workspace; a missing or malformed file names the input. */
function readBaselineFile(workspace: string, file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path.resolve(workspace, file), 'utf8');
  } catch {
    throw new ConfigError(`input baseline: cannot read ${file.slice(0, 200)} in the workspace (write one with: manifest-gate baseline --output ${file.slice(0, 200)})`);
  }
  try {
    return parseBaseline(text, file);
  } catch (e) {
    if (e instanceof BaselineError) throw new ConfigError(`input baseline: ${e.message}`);
    throw e;
  }
}
