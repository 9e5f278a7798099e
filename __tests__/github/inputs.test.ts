import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config.js';
import { readActionSettings } from '../../src/config/inputs.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function withEnv(vars: Record<string, string>, files: Record<string, string> = {}) {
  const ws = mkdtempSync(path.join(tmpdir(), 'mg-in-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    writeFileSync(path.join(ws, rel), text);
  }
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k.startsWith('MANIFEST_GATE_')) delete process.env[k];
  Object.assign(process.env, { GITHUB_WORKSPACE: ws, ...vars });
}

describe('readActionSettings', () => {
  it('reads inputs with hyphens kept, defaults, globs and the runner context', () => {
    withEnv({ 'INPUT_FAIL-ON': 'warning', INPUT_PATHS: 'k8s/**\n deploy/**, ', 'INPUT_REVIEW-COMMENTS': 'false', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: 'http://127.0.0.1:9/' });
    const s = readActionSettings();
    expect(s.config.failOn).toBe('warning');
    expect(s.config.include).toEqual(['k8s/**', 'deploy/**']);
    expect([s.reviewComments, s.checkRun, s.annotations, s.scan, s.checkName]).toEqual([false, true, true, 'changed', 'manifest-gate findings']);
    expect(s.runner).toMatchObject({ repository: { owner: 'o', repo: 'r' }, apiUrl: 'http://127.0.0.1:9', waitScale: 1 });
  });

  it('reads the default config file; inputs win for fail-on and add globs', () => {
    withEnv({ INPUT_EXCLUDE: 'vendor/**' }, { '.github/manifest-gate.yml': 'fail-on: notice\nexclude: [charts/**]\n' });
    expect(readActionSettings().config).toMatchObject({ failOn: 'notice', exclude: ['charts/**', 'vendor/**'] });
  });

  it('never lets the wait knob lengthen waits', () => {
    withEnv({ MANIFEST_GATE_WAIT_SCALE: '50' });
    expect(readActionSettings().runner.waitScale).toBe(1);
  });

  it.each([
    [{ 'INPUT_FAIL-ON': 'sometimes' }, 'input fail-on'],
    [{ INPUT_SCAN: 'some' }, 'input scan'],
    [{ INPUT_ANNOTATIONS: 'yes please' }, 'input annotations'],
    [{ INPUT_CONFIG: 'missing.yml' }, 'input config'],
  ])('rejects %j naming the input', (vars, where) => {
    withEnv(vars);
    expect(() => readActionSettings()).toThrow(ConfigError);
    expect(() => readActionSettings()).toThrow(where);
  });
});
