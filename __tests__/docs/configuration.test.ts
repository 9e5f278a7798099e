import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseConfig } from '../../src/config/config.js';
import { memoryRepo } from '../../src/engine/repo.js';
import { scan } from '../../src/engine/scan.js';
import { RULES } from '../../src/rules/index.js';
import { brief } from '../helpers/scan.js';
import { cli, tempRepo, writeFiles } from '../cli/run.js';

// The configuration examples of the README are copy-paste material: each one runs here as written.
const page = readFileSync('README.md', 'utf8');
function example(name: string): string {
  const m = new RegExp(`<!-- example: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(page);
  if (!m) throw new Error(`README.md has no example "${name}"`);
  return m[1];
}
/** The `manifest-gate …` lines of a shell example, as argument lists. */
const commands = (name: string) =>
  example(name)
    .split('\n')
    .filter((l) => l.startsWith('manifest-gate '))
    .map((l) => l.split(/\s+/).slice(1));

const NOW = new Date('2026-06-01T12:00:00Z');
const secret = `apiVersion: v1
kind: Secret
metadata:
  name: api
stringData:
  token: Np5-groove-Hx48
`;

describe('README configuration examples', () => {
  it('config: parses without a mistake and does what its comments say', () => {
    const config = parseConfig('.github/manifest-gate.yml', example('config'));
    expect(config.failOn).toBe('error');
    expect(config.rules['object-too-large']).toEqual({ severity: 'warning' });
    expect(config.rules['rbac-secret-access']).toEqual({ severity: 'notice' });
    const dir = tempRepo({ '.github/manifest-gate.yml': example('config'), 'deploy/api.yaml': secret, 'deploy/test-fixtures/fake.yaml': secret, 'other/api.yaml': secret });
    const run = cli(dir, 'scan', '--format', 'json');
    expect(JSON.parse(run.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['deploy/api.yaml']);
  });

  it.each(['suppress-comment', 'suppress-annotation'])('%s: suppresses its finding, with its reason, and nothing is invalid', (name) => {
    const r = scan({ files: ['x.yaml'], repo: memoryRepo({ 'x.yaml': example(name) }), rules: RULES, now: NOW });
    expect(brief(r)).toEqual([]);
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0].until).toBe('2027-03-31');
  });

  it('baseline: the commands record, then pass; a new finding fails', () => {
    const dir = tempRepo({ 'deploy/api.yaml': secret });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const [record, , check] = example('baseline').split('\n').filter(Boolean);
    expect(cli(dir, ...record.split(/\s+/).slice(1)).status).toBe(0);
    expect(cli(dir, ...check.split(/\s+/).slice(1)).status).toBe(0);
    writeFiles(dir, { 'deploy/new.yaml': secret.replace('name: api', 'name: new') });
    expect(cli(dir, ...check.split(/\s+/).slice(1)).status).toBe(1);
  });

  it('sarif: writes the file the workflow uploads', () => {
    const dir = tempRepo({ 'deploy/api.yaml': secret });
    const [args] = commands('sarif');
    expect(cli(dir, ...args).status).toBe(0);
    const log = JSON.parse(readFileSync(`${dir}/manifest-gate.sarif`, 'utf8'));
    expect(log.runs[0].results).toHaveLength(1);
    const workflow = parseYaml(example('workflow'));
    const steps = workflow.jobs.scan.steps as { uses?: string; run?: string; with?: Record<string, string> }[];
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toBe('manifest-gate.sarif');
    const inWorkflow = (steps.find((s) => s.run)?.run ?? '').split(/\s+/);
    expect(inWorkflow.slice(0, 2)).toEqual(['node', '.manifest-gate/dist/cli.js']);
    const other = tempRepo({ 'deploy/api.yaml': secret, '.manifest-gate/examples/x.yaml': secret });
    expect(cli(other, ...inWorkflow.slice(2)).status).toBe(0);
    expect(JSON.parse(readFileSync(`${other}/manifest-gate.sarif`, 'utf8')).runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['deploy/api.yaml']);
  });

  it('changed-since: scans the files changed since the ref', () => {
    const dir = tempRepo({ 'deploy/api.yaml': secret });
    const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...a], { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    const [args] = commands('changed-since');
    expect(cli(dir, ...args).status).toBe(0);
    writeFiles(dir, { 'deploy/new.yaml': secret });
    expect(cli(dir, ...args).status).toBe(1);
  });
});
