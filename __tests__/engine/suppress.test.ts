import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryRepo } from '../../src/engine/repo.js';
import { scan } from '../../src/engine/scan.js';
import type { RuleSettings } from '../../src/engine/settings.js';
import { KUBE_LINTER_EQUIVALENTS, parseComment } from '../../src/engine/suppress.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import { brief } from '../helpers/scan.js';

const NOW = new Date('2026-06-01T12:00:00Z');

function run(text: string, settings: RuleSettings = {}, rules: readonly Rule[] = RULES) {
  return scan({ files: ['test.yaml'], repo: memoryRepo({ 'test.yaml': text }), rules, settings, now: NOW });
}

const secret = (lines: string) => `apiVersion: v1
kind: Secret
metadata:
  name: app
  namespace: shop
stringData:
${lines}`;

describe('comment suppressions', () => {
  it.each([
    ['on the line above', '  # manifest-gate: ignore secret-plaintext -- sink password, rotated per run\n  password: Wb2-ledge-Kt66', 8],
    ['on the same line', '  password: Wb2-ledge-Kt66 # manifest-gate: ignore secret-plaintext -- sink password', 7],
    ['with several rules', '  # manifest-gate: ignore object-too-large, secret-plaintext -- sink password\n  password: Wb2-ledge-Kt66', 8],
    ['until a future date', '  # manifest-gate: ignore secret-plaintext until 2026-06-01 -- valid through its last day\n  password: Wb2-ledge-Kt66', 8],
  ])('suppresses %s and keeps the finding in `suppressed`', (_, lines, line) => {
    const r = run(secret(lines));
    expect(brief(r)).toEqual([]);
    expect(r.suppressed.map((s) => ({ ruleId: s.ruleId, line: s.startLine, via: s.via }))).toEqual([{ ruleId: 'secret-plaintext', line, via: 'comment' }]);
    expect(r.suppressed[0].reason.length).toBeGreaterThan(5);
  });

  it('records the expiry date with the suppressed finding', () => {
    const r = run(secret('  # manifest-gate: ignore secret-plaintext until 2027-03-31 -- migration to SOPS\n  password: Wb2-ledge-Kt66'));
    expect(r.suppressed.map((s) => [s.reason, s.until])).toEqual([['migration to SOPS', '2027-03-31']]);
  });

  it('does not reach two lines down', () => {
    const r = run(secret('  # manifest-gate: ignore secret-plaintext -- sink password\n  user: app\n  password: Wb2-ledge-Kt66'));
    expect(brief(r)).toEqual([
      { ruleId: 'suppression-invalid', line: 7, messageId: 'unused-comment', severity: 'warning' },
      { ruleId: 'secret-plaintext', line: 9, messageId: 'stringData', severity: 'error' },
    ]);
  });

  it('suppresses only the rules it names', () => {
    const r = run(secret('  # manifest-gate: ignore object-too-large -- wrong rule\n  password: Wb2-ledge-Kt66'));
    expect(brief(r, 'secret-plaintext')).toEqual([{ ruleId: 'secret-plaintext', line: 8, messageId: 'stringData', severity: 'error' }]);
  });

  it.each([
    ['ignore a -- why', { ids: ['a'], reason: 'why' }],
    ['ignore a,b until 2027-01-02 -- why -- really', { ids: ['a', 'b'], until: '2027-01-02', reason: 'why -- really' }],
    [' ignore  a , b', { ids: ['a', 'b'], reason: '' }],
    ['ignroe a -- why', undefined],
  ])('parses %j', (body, expected) => {
    expect(parseComment(body)).toEqual(expected);
  });
});

describe('annotation suppressions', () => {
  const role = (annotations: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: backup-reader
  annotations:
${annotations}
rules:
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "list"]
`;

  it('suppresses the named rules anywhere in the object', () => {
    const r = run(role('    manifest-gate.io/ignore: rbac-secret-access\n    manifest-gate.io/ignore-reason: the backup operator reads every Secret\n    manifest-gate.io/ignore-until: "2027-03-31"'));
    expect(brief(r)).toEqual([]);
    expect(r.suppressed.map((s) => ({ ruleId: s.ruleId, line: s.startLine, via: s.via, reason: s.reason, until: s.until }))).toEqual([
      { ruleId: 'rbac-secret-access', line: 10, via: 'annotation', reason: 'the backup operator reads every Secret', until: '2027-03-31' },
    ]);
  });

  it('does not reach the next object of the file', () => {
    const text = role('    manifest-gate.io/ignore: rbac-secret-access\n    manifest-gate.io/ignore-reason: backup operator') + '---\n' + role('    team: ops');
    expect(brief(run(text))).toEqual([{ ruleId: 'rbac-secret-access', line: 20, messageId: 'clusterRead', severity: 'error' }]);
  });

  it('maps kube-linter annotations explicitly, with their value as the reason', () => {
    const r = run(role('    ignore-check.kube-linter.io/access-to-secrets: "backup operator, reviewed by security"'));
    expect(brief(r)).toEqual([]);
    expect(r.suppressed.map((s) => [s.ruleId, s.via, s.reason])).toEqual([['rbac-secret-access', 'kube-linter annotation', 'backup operator, reviewed by security']]);
  });

  it('ignores kube-linter checks that have no equivalent', () => {
    const r = run(role('    ignore-check.kube-linter.io/no-read-only-root-fs: "not ours"'));
    expect(brief(r)).toEqual([{ ruleId: 'rbac-secret-access', line: 8, messageId: 'clusterRead', severity: 'error' }]);
  });

  it('maps only to rule ids of the catalogue', () => {
    const catalogue = readFileSync(path.resolve('README.md'), 'utf8');
    for (const [check, ours] of Object.entries(KUBE_LINTER_EQUIVALENTS)) expect(catalogue).toContain(`| \`${check}\` | \`${ours}\` |`);
  });
});

// Stand-ins for rules other helpers own, so that the shared suppression cases test the suppression step
// on its own; once those rules are registered the real ones run instead.
const stand = (id: string, kinds: string[], find: (v: Record<string, unknown>) => (string | number)[][]): Rule => ({
  meta: { id, title: id, defaultSeverity: 'error', messages: { m: 'stand-in' }, remediation: 'stand-in', crossReferences: [] },
  target: { kinds },
  check: (doc) => find(doc.value as Record<string, unknown>).map((p) => ({ messageId: 'm', path: p })),
});
const standIns: Rule[] = [
  stand('configmap-secret', ['ConfigMap'], (v) => Object.keys((v.data ?? {}) as object).filter((k) => /PASSWORD|TOKEN/.test(k)).map((k) => ['data', k])),
  stand('env-literal-credential', ['Deployment'], () => [['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'value']]),
];
const withStandIns = [...RULES, ...standIns.filter((s) => !RULES.some((r) => r.meta.id === s.meta.id))];

describe.runIf(existsSync(path.resolve('..', 'shared', 'cases')))('shared suppression cases', () => {
  const shared = (p: string) => readFileSync(path.resolve('..', 'shared', 'cases', p), 'utf8');
  const of = (text: string) => brief(scan({ files: ['test.yaml'], repo: memoryRepo({ 'test.yaml': text }), rules: withStandIns, now: NOW }))
    .filter((f) => f.severity !== 'notice')
    .map((f) => `${f.ruleId}@${f.line}`);

  it('configmap/suppression-comments.yaml: one valid, one without reason, one unknown rule', () => {
    expect(of(shared('configmap/suppression-comments.yaml'))).toEqual([
      'suppression-invalid@16', 'configmap-secret@17', 'suppression-invalid@19', 'configmap-secret@20',
    ]);
  });

  it('env/suppression-on-pod-template.yaml: misplaced on the pod template', () => {
    expect(of(shared('env/suppression-on-pod-template.yaml'))).toEqual(['suppression-invalid@18', 'env-literal-credential@26']);
  });

  it('rbac/suppression-misspelt-annotation.yaml: under a misspelt annotation map', () => {
    expect(of(shared('rbac/suppression-misspelt-annotation.yaml'))).toEqual(['suppression-invalid@11', 'rbac-secret-access@14']);
  });
});

describe('a comment above a document', () => {
  it('also covers the object-level finding on its kind line', () => {
    const big = 'x'.repeat(300 * 1024);
    const text = `# manifest-gate: ignore apply-annotation-too-large -- applied server-side only\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: model-card\ndata:\n  card: "${big}"\n`;
    const r = run(text);
    expect(brief(r)).toEqual([]);
    expect(r.suppressed.map((s) => [s.ruleId, s.startLine])).toEqual([['apply-annotation-too-large', 3]]);
    expect(brief(run(text.replace('\napiVersion', '\n---\napiVersion')))).toEqual([
      { ruleId: 'suppression-invalid', line: 1, messageId: 'unused-comment', severity: 'warning' },
      { ruleId: 'apply-annotation-too-large', line: 4, messageId: expect.any(String), severity: 'warning' },
    ]);
  });
});

describe('unused suppressions', () => {
  it('are not reported for rules that relate objects across files (they may see only part of the repository)', () => {
    const across: Rule = { ...stand('rbac-broad-subject', ['RoleBinding'], () => []), scope: 'repository' };
    const text = secret('  username: app # manifest-gate: ignore rbac-broad-subject -- bound in another repository');
    expect(brief(run(text, {}, [...RULES, across]))).toEqual([]);
    expect(brief(run(text.replace('rbac-broad-subject', 'secret-plaintext'), {}, [...RULES, across]))).toEqual([
      { ruleId: 'suppression-invalid', line: 7, messageId: 'unused-comment', severity: 'warning' },
    ]);
  });
});
