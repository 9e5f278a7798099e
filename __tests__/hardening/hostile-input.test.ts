import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { MAX_FILE_BYTES } from '../../src/manifests/index.js';
import { brief, scanDir, scanFiles } from '../helpers/scan.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'mg-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder under the test's temporary root. */
function folder(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runCli(['scan', ...args], { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
  return { status, stdout, stderr };
}

/** Scans one file and returns only the tool's own findings about it, with the run's wall time. */
function scanOne(name: string, content: string | Uint8Array) {
  const started = performance.now();
  const result = scanFiles({ [name]: content });
  return { result, ms: performance.now() - started };
}

describe('hostile input ends as findings, never as an exception', () => {
  it('an alias bomb is one parse error, not expanded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${levels.map((l) => '  ' + l).join('\n')}\n`;
    const { result, ms } = scanOne('bomb.yaml', text);
    expect(brief(result)).toEqual([{ ruleId: 'manifest-parse-error', line: 1, messageId: 'parse', severity: 'error' }]);
    expect(result.findings[0].message).toMatch(/alias/);
    expect(ms).toBeLessThan(10_000);
  });

  it('a merge-key bomb is bounded too', () => {
    const lines = ['a0: &a0 {k: v}'];
    for (let i = 1; i < 30; i++) lines.push(`a${i}: &a${i} {<<: [*a${i - 1}, *a${i - 1}], k${i}: v}`);
    const { result } = scanOne('merge.yaml', lines.join('\n') + '\n');
    expect(result.findings.every((f) => f.ruleId === 'manifest-parse-error')).toBe(true);
  });

  it('a 50 MB file is reported as too large without being parsed', () => {
    const dir = folder('huge');
    const line = 'k: ' + 'v'.repeat(96) + '\n';
    const big = Buffer.alloc(50 * 1024 * 1024, line);
    expect(big.length).toBeGreaterThan(MAX_FILE_BYTES);
    writeFileSync(path.join(dir, 'huge.yaml'), big);
    const started = performance.now();
    const result = scanDir(dir);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(brief(result)).toEqual([{ ruleId: 'manifest-parse-error', line: 1, messageId: 'parse', severity: 'error' }]);
    expect(result.findings[0].message).toMatch(/limit/);
  });

  it.each([
    ['block mappings', () => Array.from({ length: 10_000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' x\n'],
    ['block sequences', () => Array.from({ length: 10_000 }, (_, i) => ' '.repeat(i) + '-').join('\n') + ' x\n'],
    ['flow sequences', () => 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n'],
    ['flow mappings', () => 'a: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000) + '\n'],
  ])('10,000 levels of nested %s', (_name, make) => {
    const { result, ms } = scanOne('deep.yaml', make());
    expect(result.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    expect(ms).toBeLessThan(20_000);
  });

  it('a binary file named .yaml is one parse error at the NUL byte', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]);
    const { result } = scanOne('image.yaml', bytes);
    // The PNG signature holds two line feeds before its first NUL.
    expect(brief(result)).toEqual([{ ruleId: 'manifest-parse-error', line: 3, messageId: 'parse', severity: 'error' }]);
  });

  it('invalid UTF-8 is one parse error on its line', () => {
    const bytes = Buffer.concat([Buffer.from('apiVersion: v1\nkind: Secret\nstringData:\n  a: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    const { result } = scanOne('bad.yaml', bytes);
    expect(brief(result)).toEqual([{ ruleId: 'manifest-parse-error', line: 4, messageId: 'parse', severity: 'error' }]);
    expect(result.findings[0].message).toMatch(/UTF-8/);
  });

  it('a symbolic link pointing outside the workspace is never followed', () => {
    const outside = folder('outside');
    const canary = 'outside-' + 'canary-' + 'f00dfeed';
    writeFileSync(path.join(outside, 'secret.yaml'), `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  password: ${canary}\n`);
    const ws = folder('workspace');
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'link.yaml'));
    symlinkSync(outside, path.join(ws, 'linkdir'));
    const text = cli(ws, '--format', 'json');
    expect(text.status).toBe(0);
    expect(JSON.parse(text.stdout).summary.files).toBe(0);
    expect(text.stderr).toMatch(/link\.yaml: symbolic link not followed/);
    expect(text.stderr).toMatch(/linkdir: symbolic link not followed/);
    // Named explicitly, it is still not read.
    const named = cli(ws, 'link.yaml', '--format', 'json');
    expect(named.stdout + named.stderr).not.toContain(canary);
    expect(named.stdout + named.stderr).not.toContain('outside-');
  });

  const names = ['a\nb.yaml', '::error file=x::forged.yaml', 'c\r\n::warning::x.yaml'];
  const namesDir = () => {
    const dir = folder('names');
    for (const n of names) writeFileSync(path.join(dir, n), 'apiVersion: v1\nkind: ConfigMap\ndata: [unclosed\n');
    return dir;
  };

  it('file names with newlines or :: are reported exactly in JSON and as one line each in text', () => {
    const dir = namesDir();
    const json = cli(dir, '--format', 'json');
    const report = JSON.parse(json.stdout) as { findings: { file: string }[] };
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(names));
    const text = cli(dir);
    expect(text.stdout).toContain('a\\u000ab.yaml');
    expect(text.stdout).toContain('c\\u000d\\u000a::warning::x.yaml');
    // One header line and one finding line per file, a blank line between files, then the summary.
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(names.length * 3 + 1);
  });

  // A file named `::error …` must not print a line that a GitHub runner reads as a workflow command
  // when the CLI runs in a workflow step.
  it('text output never starts a line with :: (workflow command syntax)', () => {
    const text = cli(namesDir());
    for (const line of text.stdout.split('\n')) expect(line.startsWith('::')).toBe(false);
  });
});
