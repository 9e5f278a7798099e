import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, parseBaseline } from '../../src/engine/baseline.js';
import { scanFiles } from '../helpers/scan.js';
import { cli, tempRepo, writeFiles } from './run.js';

const secret = (name: string, key: string) => `apiVersion: v1
kind: Secret
metadata:
  name: ${name}
stringData:
  ${key}: Wb2-ledge-Kt66
`;

describe('baseline', () => {
  it('round trip: a baselined repository passes, and one new finding fails on exactly that one', () => {
    const dir = tempRepo({ 'deploy/a.yaml': secret('a', 'password'), 'deploy/b.yaml': secret('b', 'token') });
    expect(cli(dir, 'scan', '--format', 'json').status).toBe(1);

    const recorded = cli(dir, 'baseline', '--output', '.manifest-gate-baseline.json');
    expect(recorded.status).toBe(0);
    expect(recorded.stderr).toContain('recorded 2 findings');
    expect(readFileSync(path.join(dir, '.manifest-gate-baseline.json'), 'utf8')).not.toContain('Wb2-ledge-Kt66');
    expect(parseBaseline(readFileSync(path.join(dir, '.manifest-gate-baseline.json'), 'utf8'), 'b').findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['secret-plaintext', 'deploy/a.yaml'],
      ['secret-plaintext', 'deploy/b.yaml'],
    ]);

    const clean = cli(dir, 'scan', '--baseline', '.manifest-gate-baseline.json', '--format', 'json');
    expect(clean.status).toBe(0);
    const cleanReport = JSON.parse(clean.stdout);
    expect(cleanReport.findings).toEqual([]);
    expect(cleanReport.suppressed.map((s: { file: string; via: string }) => [s.file, s.via])).toEqual([
      ['deploy/a.yaml', 'baseline'],
      ['deploy/b.yaml', 'baseline'],
    ]);
    expect(cleanReport.baseline).toEqual({ file: '.manifest-gate-baseline.json', matched: 2, gone: 0 });

    // Lines above the old findings move: still the same findings. One new key: the only failure.
    writeFiles(dir, { 'deploy/a.yaml': `# moved down\n${secret('a', 'password')}  api_key: Np5-groove-Hx48\n` });
    const next = cli(dir, 'scan', '--baseline', '.manifest-gate-baseline.json', '--format', 'json');
    expect(next.status).toBe(1);
    const report = JSON.parse(next.stdout);
    expect(report.findings.map((f: { file: string; startLine: number; ruleId: string }) => [f.ruleId, f.file, f.startLine])).toEqual([['secret-plaintext', 'deploy/a.yaml', 8]]);
    expect(report.baseline).toEqual({ file: '.manifest-gate-baseline.json', matched: 2, gone: 0 });
  });

  it('says when a baselined finding is gone', () => {
    const dir = tempRepo({ 'a.yaml': secret('a', 'password'), 'b.yaml': secret('b', 'token') });
    cli(dir, 'baseline', '--output', 'base.json');
    writeFiles(dir, { 'b.yaml': secret('b', 'username') });
    const run = cli(dir, 'scan', '--baseline', 'base.json');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('1 baselined finding is gone');
    expect(run.stderr).toContain('gone: b.yaml:6 secret-plaintext');
    expect(run.stdout).toContain('Baseline base.json: 1 finding accepted; 1 baselined finding gone');
  });

  it('reports the entries of a deleted file as gone on a full scan', () => {
    const dir = tempRepo({ 'a.yaml': secret('a', 'password'), 'b.yaml': secret('b', 'token') });
    cli(dir, 'baseline', '--output', 'base.json');
    rmSync(path.join(dir, 'b.yaml'));
    const run = cli(dir, 'scan', '--baseline', 'base.json');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('gone: b.yaml:6 secret-plaintext');
  });

  it('counts a repeated fingerprint once per recorded entry', () => {
    const found = scanFiles({ 'a.yaml': secret('a', 'password') }).findings;
    const baseline = createBaseline(found);
    const twice = [...found, ...found];
    const out = applyBaseline(twice, baseline, 'b.json');
    expect([out.findings.length, out.baselined.length, out.gone.length]).toEqual([1, 1, 0]);
  });

  it.each([
    ['not JSON', '{', 'not a baseline file (not valid JSON)'],
    ['another format', '{"version": 2, "findings": []}', 'not a version 1 baseline'],
    ['an entry without fingerprint', '{"version": 1, "findings": [{}]}', 'findings[0] has no fingerprint'],
  ])('rejects %s with exit status 2 and one line', (_, text, reason) => {
    const dir = tempRepo({ 'a.yaml': secret('a', 'password'), 'base.json': text });
    const run = cli(dir, 'scan', '--baseline', 'base.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`base.json: ${reason}`);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects a missing baseline file with exit status 2', () => {
    const dir = tempRepo({ 'a.yaml': secret('a', 'password') });
    const run = cli(dir, 'scan', '--baseline', 'nope.json');
    expect([run.status, run.stderr]).toEqual([2, expect.stringContaining('--baseline nope.json: cannot read the file')]);
  });

  it('writes the baseline to stdout without --output', () => {
    const dir = tempRepo({ 'a.yaml': secret('a', 'password') });
    const run = cli(dir, 'baseline');
    writeFileSync(path.join(dir, 'copy.json'), run.stdout);
    expect(cli(dir, 'scan', '--baseline', 'copy.json').status).toBe(0);
  });
});
