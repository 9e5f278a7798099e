import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, DEFAULT_CONFIG_PATH, parseConfig, parseFailOn, type Config } from './config/config.js';
import { applyBaseline, BaselineError, createBaseline, parseBaseline, renderBaseline } from './engine/baseline.js';
import { scan, type ScanResult } from './engine/scan.js';
import { printable, renderJson, renderSarif, renderText, summarize, type ReportInput } from './report/index.js';
import { RULES, ruleInfo } from './rules/index.js';
import { changedSince, GitError, repositoryRoot } from './sources/git.js';
import { discover, diskRepo } from './sources/local.js';
import { TOOL } from './version.js';

/** Where the CLI writes; injectable so tests run it in-process. */
export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour and progress only on a terminal. */
  isTTY: boolean;
  /** Today, for suppression expiry (default: now); tests pin it. */
  now?: Date;
}

const USAGE = `Usage: manifest-gate scan [PATH ...] [--format text|json|sarif] [--output FILE] [--config FILE]
                          [--fail-on error|warning|notice|never] [--include GLOB]... [--exclude GLOB]...
                          [--baseline FILE] [--changed-since GIT_REF]
       manifest-gate baseline [PATH ...] --output FILE [--config FILE] [--include GLOB]... [--exclude GLOB]...

scan      Scans Kubernetes manifests for committed secrets, oversized objects and broad RBAC on Secrets.
          Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.
baseline  Records today's findings so that \`scan --baseline FILE\` fails only on new ones.`;

const FORMATS = ['text', 'json', 'sarif'] as const;

/** Gone baseline entries listed on stderr; more would bury the report, and the count is always given. */
const MAX_GONE_LISTED = 20;

/** A usage mistake: reported as one line on stderr with exit status 2. */
class UsageError extends Error {}

/** Runs the CLI with `argv` (without node and script); resolves to the exit status. */
export function runCli(argv: readonly string[], io: CliIO): number {
  try {
    return dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof BaselineError || e instanceof GitError) {
      // A configuration file can hold several mistakes: one line each, each naming file, line and key.
      for (const line of e.message.split('\n')) io.stderr(`manifest-gate: ${line}\n`);
      return 2;
    }
    throw e;
  }
}

function dispatch(argv: readonly string[], io: CliIO): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (command === '--version') {
    io.stdout(`${TOOL.version}\n`);
    return 0;
  }
  if (command === 'scan') return scanCommand(rest, io);
  if (command === 'baseline') return baselineCommand(rest, io);
  throw new UsageError(command ? `unknown command "${command.slice(0, 40)}"; try: manifest-gate scan [PATH ...]` : USAGE.split('\n')[0]);
}

const COMMON_OPTIONS = {
  output: { type: 'string' },
  config: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'changed-since': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs an argument parse, turning its complaint into a one-line usage error. */
function parse<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}

function scanCommand(args: readonly string[], io: CliIO): number {
  const { values, positionals } = parse(() =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { ...COMMON_OPTIONS, format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string' }, baseline: { type: 'string' } },
    }),
  );
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format.slice(0, 40)}"`);
  const config = loadConfig(io.cwd, values.config);
  const failOn = values['fail-on'] !== undefined ? parseFailOn(values['fail-on'], '--fail-on') : config.failOn;
  const baseline = values.baseline !== undefined ? readBaseline(io.cwd, values.baseline) : undefined;

  const started = performance.now();
  const { result, files, partial } = runScan(io, positionals, config, values);
  const report: ReportInput = {
    tool: TOOL,
    files: result.files,
    documents: result.documents,
    findings: result.findings,
    suppressed: result.suppressed,
    failOn,
    elapsedMs: performance.now() - started,
  };
  if (baseline && values.baseline !== undefined) {
    // Only a partial scan (changed files) leaves other files' entries unjudged; a full scan reports
    // entries of deleted files as gone too.
    const split = applyBaseline(result.findings, baseline, values.baseline, partial ? new Set(files) : undefined);
    report.findings = split.findings;
    report.suppressed = [...result.suppressed, ...split.baselined];
    report.baseline = { file: values.baseline, matched: split.baselined.length, gone: split.gone.length };
    if (split.gone.length > 0) {
      io.stderr(`manifest-gate: ${split.gone.length} baselined finding${split.gone.length === 1 ? ' is' : 's are'} gone (fixed or changed); refresh with: manifest-gate baseline --output ${values.baseline}\n`);
      for (const e of split.gone.slice(0, MAX_GONE_LISTED)) io.stderr(`manifest-gate:   gone: ${printable(e.file)}:${e.startLine} ${printable(e.ruleId)}\n`);
      if (split.gone.length > MAX_GONE_LISTED) io.stderr(`manifest-gate:   … and ${split.gone.length - MAX_GONE_LISTED} more\n`);
    }
  }
  const text =
    format === 'json'
      ? renderJson(report)
      : format === 'sarif'
        ? renderSarif(report, ruleInfo())
        : renderText(report, { colour: io.isTTY && !values.output && !process.env.NO_COLOR });
  if (values.output) {
    writeOutput(io.cwd, values.output, text);
    io.stderr(`${summaryLine(report)}\n`);
  } else io.stdout(text);
  return summarize(report).failed ? 1 : 0;
}

function baselineCommand(args: readonly string[], io: CliIO): number {
  const { values, positionals } = parse(() => parseArgs({ args: [...args], allowPositionals: true, strict: true, options: COMMON_OPTIONS }));
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  const config = loadConfig(io.cwd, values.config);
  const { result } = runScan(io, positionals, config, values);
  const text = renderBaseline(createBaseline(result.findings, io.now));
  if (values.output) {
    writeOutput(io.cwd, values.output, text);
    io.stderr(`manifest-gate: recorded ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} in ${values.output}; scan with --baseline ${values.output} to fail only on new ones.\n`);
  } else io.stdout(text);
  return 0;
}

/** Discovers the files to scan (narrowed to those changed since a ref, if asked) and scans them. */
function runScan(
  io: CliIO,
  positionals: readonly string[],
  config: Config,
  values: { include?: string[]; exclude?: string[]; 'changed-since'?: string },
): { result: ScanResult; files: string[]; partial: boolean } {
  const filter = { include: [...config.include, ...(values.include ?? [])], exclude: [...config.exclude, ...(values.exclude ?? [])] };
  const found = discover(io.cwd, positionals.length ? positionals : ['.'], filter);
  if (found.missing.length) throw new UsageError(`${found.missing[0].slice(0, 200)}: no such file or directory`);
  for (const note of found.notes) io.stderr(`manifest-gate: skipped ${note}\n`);
  if (found.files.length === 0 && filter.include.length) {
    io.stderr(`manifest-gate: no file matched the include globs (${filter.include.join(', ').slice(0, 200)}); nothing was scanned\n`);
  }
  const repo = diskRepo(io.cwd);
  const ref = values['changed-since'];
  if (ref === undefined) {
    // Scanning the working directory itself is a full scan: rules may then say an object is defined nowhere.
    const wholeRepository = (positionals.length ? positionals : ['.']).every((p) => path.resolve(io.cwd, p) === path.resolve(io.cwd));
    return { result: scan({ files: found.files, repo, rules: RULES, settings: config.rules, wholeRepository, now: io.now }), files: found.files, partial: false };
  }
  const changed = new Set(changedSince(io.cwd, ref));
  const files = found.files.filter((f) => changed.has(f));
  io.stderr(`manifest-gate: ${files.length} of ${found.files.length} manifest files changed since ${ref.slice(0, 80)}\n`);
  // The rest of the repository (from its top, wherever the scan starts) is read for context, so a
  // changed binding still finds its unchanged role.
  const context = discover(io.cwd, [repositoryRoot(io.cwd)], { include: [], exclude: config.exclude }).files;
  return { result: scan({ files, contextFiles: context, repo, rules: RULES, settings: config.rules, now: io.now }), files, partial: true };
}

function readBaseline(cwd: string, file: string) {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new UsageError(`--baseline ${file.slice(0, 200)}: cannot read the file (write one with: manifest-gate baseline --output ${file.slice(0, 200)})`);
  }
  return parseBaseline(text, file);
}

/**
 * Creates a folder and its missing parents one level at a time. Node 20's `mkdirSync(…, {recursive})`
 * loops forever under pseudo file systems such as /proc; this fails at once with the system's reason.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}

/** Writes a report or baseline file, creating its folder; a failure is the user's to fix, in one line. */
function writeOutput(cwd: string, file: string, text: string): void {
  const target = path.resolve(cwd, file);
  try {
    makeFolder(path.dirname(target));
    writeFileSync(target, text);
  } catch (e) {
    throw new UsageError(`--output ${file.slice(0, 200)}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function summaryLine(report: ReportInput): string {
  const s = summarize(report);
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${s.failed ? 'Failed' : 'Passed'}: ${n(s.findings, 'finding')} (${n(s.error, 'error')}, ${n(s.warning, 'warning')}, ${n(s.notice, 'notice')}) in ${n(s.files, 'file')}; report written to the --output file.`;
}

/** The configuration file named by --config, else `.github/manifest-gate.yml` if present, else the defaults. */
function loadConfig(cwd: string, named: string | undefined): Config {
  const file = named ?? DEFAULT_CONFIG_PATH;
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    if (named) throw new UsageError(`--config ${named.slice(0, 200)}: cannot read the file`);
    return DEFAULT_CONFIG;
  }
  return parseConfig(file, text);
}
