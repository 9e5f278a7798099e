import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { changedSince } from '../../src/sources/git.js';
import { cli, tempRepo, writeFiles } from './run.js';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' }).toString();

const secret = (name: string) => `apiVersion: v1
kind: Secret
metadata:
  name: ${name}
stringData:
  password: Wb2-ledge-Kt66
`;

function repoWithHistory(): string {
  const dir = tempRepo({ 'old/a.yaml': secret('a'), 'old/b.yaml': secret('b') });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'checkout', '-qb', 'feature');
  writeFiles(dir, { 'new/committed.yaml': secret('c') });
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'feature work');
  writeFiles(dir, { 'old/b.yaml': secret('b') + '# edited, not staged\n', 'new/untracked.yaml': secret('d'), 'notes.txt': 'not a manifest' });
  return dir;
}

describe('--changed-since', () => {
  it('lists committed, modified and untracked files since the merge base', () => {
    expect(changedSince(repoWithHistory(), 'main')).toEqual(['new/committed.yaml', 'new/untracked.yaml', 'notes.txt', 'old/b.yaml']);
  });

  it('scans only the changed manifests', () => {
    const run = cli(repoWithHistory(), 'scan', '--changed-since', 'main', '--format', 'json');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['new/committed.yaml', 'new/untracked.yaml', 'old/b.yaml']);
    expect(run.stderr).toContain('3 of 4 manifest files changed since main');
  });

  it('fails with exit status 2 and one line for an unknown ref', () => {
    const run = cli(repoWithHistory(), 'scan', '--changed-since', 'no-such-branch');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^manifest-gate: --changed-since: unknown git ref "no-such-branch"/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('fails with exit status 2 and one line outside a git repository', () => {
    const run = cli(tempRepo({ 'a.yaml': secret('a') }), 'scan', '--changed-since', 'main');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^manifest-gate: --changed-since needs a git repository/);
  });

  it('refuses a ref that git would read as an option', () => {
    const run = cli(repoWithHistory(), 'scan', '--changed-since=--output=x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a git ref');
  });
});

describe('--changed-since with --baseline', () => {
  it('fails on the new finding and does not call unscanned baselined findings gone', () => {
    const dir = tempRepo({ 'old/a.yaml': secret('a'), 'old/b.yaml': secret('b') });
    git(dir, 'init', '-q', '-b', 'main');
    expect(cli(dir, 'baseline', '--output', 'base.json').status).toBe(0);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    writeFiles(dir, { 'new/c.yaml': secret('c') });
    const run = cli(dir, 'scan', '--changed-since', 'main', '--baseline', 'base.json', '--format', 'json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['new/c.yaml']);
    expect(report.baseline).toEqual({ file: 'base.json', matched: 0, gone: 0 });
  });

  it('reads the whole repository for context even when run from a subfolder', () => {
    const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\nrules:\n- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["get", "list"]\n';
    const binding = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: everyone\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: reader\nsubjects:\n- kind: Group\n  name: system:authenticated\n';
    const dir = tempRepo({ 'rbac/role.yaml': role });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'checkout', '-qb', 'feature');
    writeFiles(dir, { 'bindings/b.yaml': binding });
    const fromTop = cli(dir, 'scan', '--changed-since', 'main', '--format', 'json');
    const fromSub = cli(path.join(dir, 'bindings'), 'scan', '--changed-since', 'main', '--format', 'json');
    const rules = (run: { stdout: string }) => JSON.parse(run.stdout).findings.map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity]);
    expect(rules(fromTop)).toEqual([['rbac-broad-subject', 'error']]);
    expect(rules(fromSub)).toEqual(rules(fromTop));
    expect(fromSub.status).toBe(1);
  });
});
