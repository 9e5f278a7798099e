import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd` with a pinned date, capturing its output. */
export function cli(cwd: string, ...argv: string[]): CliRun {
  let stdout = '';
  let stderr = '';
  const status = runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, now: new Date('2026-06-01T12:00:00Z') });
  return { status, stdout, stderr };
}

/** A fresh temporary folder holding the given files (path → text). */
export function tempRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-'));
  writeFiles(dir, files);
  return dir;
}

/** Writes files (path → text) under a folder, creating parents. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}
