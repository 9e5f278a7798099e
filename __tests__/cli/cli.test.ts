import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-cli-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
  return { status, stdout, stderr };
}

// Assembled at run time so that no scanner mistakes this file for a leak.
const CANARY = ['fake', 'Canary', 'Vq81', 'shearwater', 'Lk02'].join('-');
const secretFile = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: app\nstringData:\n  DB_PASSWORD: ${CANARY}\ndata:\n  API_TOKEN: ${Buffer.from(CANARY).toString('base64')}\n`;
const cleanFile = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  MODE: batch\n';

describe('manifest-gate scan', () => {
  it('exits 0 on a clean tree and 1 when a finding reaches fail-on', () => {
    expect(cli(tree({ 'k8s/cm.yaml': cleanFile }), 'scan', '.').status).toBe(0);
    const dir = tree({ 'k8s/cm.yaml': cleanFile, 'k8s/secret.yaml': secretFile });
    expect(cli(dir, 'scan', '.').status).toBe(1);
    expect(cli(dir, 'scan', '.', '--fail-on', 'never').status).toBe(0);
  });

  it('writes the JSON contract: summary, sorted findings, repo-relative POSIX paths', () => {
    const dir = tree({ 'b/secret.yaml': secretFile, 'a/cm.yaml': cleanFile, 'a/broken.yaml': 'a: [x\n' });
    const { stdout, status } = cli(dir, 'scan', '.', '--format', 'json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.tool.name).toBe('manifest-gate');
    expect(report.summary).toEqual({ files: 3, documents: 2, findings: 4, error: 3, warning: 0, notice: 1, failed: true });
    expect(report.findings.map((f: { file: string; startLine: number; ruleId: string }) => [f.file, f.startLine, f.ruleId])).toEqual([
      ['a/broken.yaml', 2, 'manifest-parse-error'],
      ['b/secret.yaml', 7, 'secret-plaintext'],
      ['b/secret.yaml', 8, 'secret-data-encoding'],
      ['b/secret.yaml', 9, 'secret-plaintext'],
    ]);
    expect(report.findings[1]).toMatchObject({ resource: { kind: 'Secret', namespace: 'app', name: 'db' }, severity: 'error' });
    expect(report.findings[1].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(report.suppressed).toEqual([]);
  });

  it('prints text grouped by file with file:line:col, severity, rule id and a summary line', () => {
    const { stdout } = cli(tree({ 's.yaml': secretFile }), 'scan', 's.yaml');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('s.yaml');
    expect(lines[1]).toMatch(/^s\.yaml:7:16 {2}error {4}secret-plaintext {2}Secret app\/db stores key DB_PASSWORD/);
    expect(lines[lines.length - 1]).toMatch(/^Failed: 3 findings \(2 errors, 0 warnings, 1 notice\) in 1 file, 1 document in [\d.]+s; fail-on: error\.$/);
  });

  it('never prints the planted credential, in any format or stream', () => {
    const dir = tree({ 's.yaml': secretFile });
    for (const format of ['text', 'json', 'sarif']) {
      const { stdout, stderr } = cli(dir, 'scan', '.', '--format', format);
      expect(stdout).toContain('DB_PASSWORD');
      for (const out of [stdout, stderr]) {
        expect(out).not.toContain(CANARY);
        expect(out).not.toContain(Buffer.from(CANARY).toString('base64'));
      }
    }
  });

  it('writes the report to --output and keeps stdout empty', () => {
    const dir = tree({ 's.yaml': secretFile });
    const { stdout, stderr, status } = cli(dir, 'scan', '.', '--format', 'json', '--output', 'report.json');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Failed: 3 findings/);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).summary.findings).toBe(3);
  });

  it.each([
    [['scan', '--format', 'xml'], /--format must be one of text, json/],
    [['scan', '--fail-on', 'sometimes'], /fail-on must be one of error, warning, notice, never/],
    [['scan', '--no-such-flag'], /Unknown option '--no-such-flag'/],
    [['lint'], /unknown command "lint"/],
    [['scan', '--config', 'missing.yml'], /--config missing.yml: cannot read the file/],
  ])('exits 2 with a one-line reason on %j', (argv, reason) => {
    const { status, stderr, stdout } = cli(tree({}), ...argv);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(reason);
  });

  it('exits 2 when a named path does not exist, so a typo never passes as a clean scan', () => {
    const { status, stderr } = cli(tree({ 'a.yaml': cleanFile }), 'scan', 'a.yaml', 'no-such-dir');
    expect(status).toBe(2);
    expect(stderr).toBe('manifest-gate: no-such-dir: no such file or directory\n');
  });

  it('says so when the include globs match no file', () => {
    const { status, stderr } = cli(tree({ 'a.yaml': cleanFile }), 'scan', '.', '--include', 's3*');
    expect(status).toBe(0);
    expect(stderr).toContain('no file matched the include globs (s3*); nothing was scanned');
  });

  it.each([
    ['a path under a regular file', 'a.yaml/report.json'],
    ['a folder it cannot create under /proc', '/proc/no-such-folder/report.json'],
  ])('exits 2 at once when --output is %s', (_name, output) => {
    const { status, stderr } = cli(tree({ 'a.yaml': cleanFile }), 'scan', '.', '--output', output);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot write the file \(E[A-Z]+\)/);
  });

  it('honours --include and --exclude globs', () => {
    const dir = tree({ 'prod/s.yaml': secretFile, 'test/s.yaml': secretFile });
    const json = (...a: string[]) => JSON.parse(cli(dir, 'scan', '.', '--format', 'json', ...a).stdout);
    expect(json('--exclude', 'test/**').findings.map((f: { file: string }) => f.file)).toEqual(['prod/s.yaml', 'prod/s.yaml', 'prod/s.yaml']);
    expect(json('--include', 'test/**').findings.map((f: { file: string }) => f.file)).toEqual(['test/s.yaml', 'test/s.yaml', 'test/s.yaml']);
  });
});

describe('the bundled CLI on the bundled examples (the README command)', () => {
  it('flags the S3 credentials and keeps the hyperparameter ConfigMap quiet', () => {
    let out = '';
    try {
      execFileSync(process.execPath, ['dist/cli.js', 'scan', 'examples', '--format', 'json'], { encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string; status: number }).stdout;
      expect((e as { status: number }).status).toBe(1);
    }
    const report = JSON.parse(out);
    const files = (rule: string) => report.findings.filter((f: { ruleId: string }) => f.ruleId === rule).map((f: { file: string }) => f.file);
    expect(files('secret-plaintext')).toContain('examples/s3-credentials.yaml');
    expect(report.findings.filter((f: { file: string }) => f.file === 'examples/hyperparameters.yaml')).toEqual([]);
  });
});
