import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { ConfigError, DEFAULT_CONFIG, parseConfig, parseFailOn, type Config } from './config/config.js';
import { scan } from './engine/scan.js';
import { renderJson, renderText, summarize, type ReportInput } from './report/index.js';
import { RULES } from './rules/index.js';
import { discover, diskRepo } from './sources/local.js';
import { TOOL } from './version.js';

/** Where the CLI writes; injectable so tests run it in-process. */
export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour and progress only on a terminal. */
  isTTY: boolean;
}

const USAGE = `Usage: manifest-gate scan [PATH ...] [--format text|json] [--output FILE] [--config FILE]
                          [--fail-on error|warning|notice|never] [--include GLOB]... [--exclude GLOB]...

Scans Kubernetes manifests for committed secrets, oversized objects and broad RBAC on Secrets.
Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.`;

const FORMATS = ['text', 'json'] as const;

/** A usage mistake: reported as one line on stderr with exit status 2. */
class UsageError extends Error {}

/** Runs the CLI with `argv` (without node and script); resolves to the exit status. */
export function runCli(argv: readonly string[], io: CliIO): number {
  try {
    return scanCommand(argv, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.stderr(`manifest-gate: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function scanCommand(argv: readonly string[], io: CliIO): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (command === '--version') {
    io.stdout(`${TOOL.version}\n`);
    return 0;
  }
  if (command !== 'scan') throw new UsageError(command ? `unknown command "${command.slice(0, 40)}"; try: manifest-gate scan [PATH ...]` : USAGE.split('\n')[0]);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format.slice(0, 40)}"`);
  const config = loadConfig(io.cwd, values.config);
  const failOn = values['fail-on'] !== undefined ? parseFailOn(values['fail-on'], '--fail-on') : config.failOn;
  const filter = { include: [...config.include, ...(values.include ?? [])], exclude: [...config.exclude, ...(values.exclude ?? [])] };

  const started = performance.now();
  const found = discover(io.cwd, positionals.length ? positionals : ['.'], filter);
  for (const note of found.notes) io.stderr(`manifest-gate: skipped ${note}\n`);
  // Scanning the working directory itself is a full scan: rules may then say an object is defined nowhere.
  const wholeRepository = (positionals.length ? positionals : ['.']).some((p) => path.resolve(io.cwd, p) === path.resolve(io.cwd));
  const result = scan({ files: found.files, repo: diskRepo(io.cwd), rules: RULES, settings: config.rules, wholeRepository });
  const report: ReportInput = {
    tool: TOOL,
    files: result.files,
    documents: result.documents,
    findings: result.findings,
    suppressed: result.suppressed,
    failOn,
    elapsedMs: performance.now() - started,
  };
  const text = format === 'json' ? renderJson(report) : renderText(report, { colour: io.isTTY && !values.output && !process.env.NO_COLOR });
  if (values.output) {
    writeFileSync(path.resolve(io.cwd, values.output), text);
    io.stderr(`${summaryLine(report)}\n`);
  } else io.stdout(text);
  return summarize(report).failed ? 1 : 0;
}

function summaryLine(report: ReportInput): string {
  const s = summarize(report);
  return `${s.failed ? 'Failed' : 'Passed'}: ${s.findings} findings (${s.error} errors, ${s.warning} warnings, ${s.notice} notices) in ${s.files} files; report written to the --output file.`;
}

/** The configuration file named by --config, else `.github/manifest-gate.yml` if present, else the defaults. */
function loadConfig(cwd: string, named: string | undefined): Config {
  const file = named ?? '.github/manifest-gate.yml';
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    if (named) throw new UsageError(`--config ${named.slice(0, 200)}: cannot read the file`);
    return DEFAULT_CONFIG;
  }
  return parseConfig(file, text);
}
