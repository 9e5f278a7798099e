import { describe, expect, it } from 'vitest';
import { memoryRepo } from '../../src/engine/repo.js';
import { scan } from '../../src/engine/scan.js';
import type { RuleSettings } from '../../src/engine/settings.js';
import { RULES } from '../../src/rules/index.js';
import { brief } from '../helpers/scan.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const run = (text: string, settings: RuleSettings = {}) =>
  scan({ files: ['test.yaml'], repo: memoryRepo({ 'test.yaml': text }), rules: RULES, settings, now: NOW });

const secret = (lines: string, annotations = '') => `apiVersion: v1
kind: Secret
metadata:
  name: app
${annotations ? `  annotations:\n${annotations}\n` : ''}stringData:
${lines}
`;
const VALUE = '  password: Wb2-ledge-Kt66';

describe('suppression-invalid', () => {
  it.each([
    ['no reason', `  # manifest-gate: ignore secret-plaintext\n${VALUE}`, 'no-reason'],
    ['an empty reason', `  # manifest-gate: ignore secret-plaintext --   \n${VALUE}`, 'no-reason'],
    ['an unknown rule', `  # manifest-gate: ignore secret-plaintexts -- typo\n${VALUE}`, 'unknown-rule'],
    ['one unknown rule among known ones', `  # manifest-gate: ignore secret-plaintext,no-such-rule -- why\n${VALUE}`, 'unknown-rule'],
    ['an expired date', `  # manifest-gate: ignore secret-plaintext until 2026-05-31 -- migration done by May\n${VALUE}`, 'expired'],
    ['a date that is not YYYY-MM-DD', `  # manifest-gate: ignore secret-plaintext until 31/03/2027 -- migration\n${VALUE}`, 'bad-date'],
    ['an impossible date', `  # manifest-gate: ignore secret-plaintext until 2027-02-30 -- migration\n${VALUE}`, 'bad-date'],
    ['a misspelt verb', `  # manifest-gate: ignroe secret-plaintext -- why\n${VALUE}`, 'malformed'],
    ['no rule', `  # manifest-gate: ignore -- why\n${VALUE}`, 'malformed'],
  ])('a comment with %s suppresses nothing and is reported on its line', (_, lines, messageId) => {
    expect(brief(run(secret(lines)))).toEqual([
      { ruleId: 'suppression-invalid', line: 6, messageId, severity: 'warning' },
      { ruleId: 'secret-plaintext', line: 7, messageId: 'stringData', severity: 'error' },
    ]);
  });

  it('reports a comment that matches no finding (misplaced)', () => {
    expect(brief(run(secret(`  # manifest-gate: ignore secret-plaintext -- sink password\n  username: app\n${VALUE}`)))).toEqual([
      { ruleId: 'suppression-invalid', line: 6, messageId: 'unused-comment', severity: 'warning' },
      { ruleId: 'secret-plaintext', line: 8, messageId: 'stringData', severity: 'error' },
    ]);
  });

  it('says nothing of a comment naming only rules that are off', () => {
    const r = run(secret(`  username: app # manifest-gate: ignore secret-plaintext -- sink password`), { 'secret-plaintext': { severity: 'off' } });
    expect(brief(r)).toEqual([]);
  });

  it.each([
    ['no reason', '    manifest-gate.io/ignore: secret-plaintext', 'no-reason'],
    ['an unknown rule', '    manifest-gate.io/ignore: secret-plain\n    manifest-gate.io/ignore-reason: sink', 'unknown-rule'],
    ['an expired date', '    manifest-gate.io/ignore: secret-plaintext\n    manifest-gate.io/ignore-reason: sink\n    manifest-gate.io/ignore-until: "2025-12-31"', 'expired'],
    ['an unquoted expired date', '    manifest-gate.io/ignore: secret-plaintext\n    manifest-gate.io/ignore-reason: sink\n    manifest-gate.io/ignore-until: 2025-12-31', 'expired'],
  ])('an annotation with %s suppresses nothing and is reported on the ignore key', (_, annotations, messageId) => {
    const lines = annotations.split('\n').length;
    expect(brief(run(secret(VALUE, annotations)))).toEqual([
      { ruleId: 'suppression-invalid', line: 6, messageId, severity: 'warning' },
      { ruleId: 'secret-plaintext', line: 7 + lines, messageId: 'stringData', severity: 'error' },
    ]);
  });

  it('reports a reason without an ignore annotation', () => {
    expect(brief(run(secret(VALUE, '    manifest-gate.io/ignore-reason: sink')))).toEqual([
      { ruleId: 'suppression-invalid', line: 6, messageId: 'orphan', severity: 'warning' },
      { ruleId: 'secret-plaintext', line: 8, messageId: 'stringData', severity: 'error' },
    ]);
  });

  it('reports a valid annotation that matches nothing in its object', () => {
    expect(brief(run(secret('  username: app', '    manifest-gate.io/ignore: secret-plaintext\n    manifest-gate.io/ignore-reason: sink')))).toEqual([
      { ruleId: 'suppression-invalid', line: 6, messageId: 'unused-annotation', severity: 'warning' },
    ]);
  });

  it('reports a kube-linter annotation of a mapped check without a justification', () => {
    const text = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  annotations:
    ignore-check.kube-linter.io/access-to-secrets: ""
rules:
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get"]
`;
    expect(brief(run(text))).toEqual([
      { ruleId: 'suppression-invalid', line: 6, messageId: 'no-reason', severity: 'warning' },
      { ruleId: 'rbac-secret-access', line: 8, messageId: 'namespacedRead', severity: 'warning' },
    ]);
  });

  it.each([
    ['on a pod template', `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        manifest-gate.io/ignore-reason: vendor image
        manifest-gate.io/ignore: env-literal-credential
    spec:
      containers: []
`, 10],
    ['in labels', `apiVersion: v1
kind: ConfigMap
metadata:
  name: web
  labels:
    manifest-gate.io/ignore: secret-plaintext
data: {}
`, 6],
  ])('reports suppression annotations %s, once per map, on the ignore key', (_, text, line) => {
    expect(brief(run(text))).toEqual([{ ruleId: 'suppression-invalid', line, messageId: 'misplaced', severity: 'warning' }]);
  });

  it('follows configuration: off, or another severity', () => {
    const text = secret(`  # manifest-gate: ignore secret-plaintext\n${VALUE}`);
    expect(brief(run(text, { 'suppression-invalid': { severity: 'off' } }), 'suppression-invalid')).toEqual([]);
    expect(brief(run(text, { 'suppression-invalid': { severity: 'error' } }), 'suppression-invalid')).toEqual([
      { ruleId: 'suppression-invalid', line: 6, messageId: 'no-reason', severity: 'error' },
    ]);
  });

  it('does not read comments in skipped templates as unused', () => {
    const files = { 'chart/Chart.yaml': 'name: c\nversion: 1.0.0\n', 'chart/templates/s.yaml': '# manifest-gate: ignore secret-plaintext -- rendered later\nkind: {{ .Values.kind }}\n' };
    const r = scan({ files: ['chart/templates/s.yaml'], repo: memoryRepo(files), rules: RULES, now: NOW });
    expect(brief(r, 'suppression-invalid')).toEqual([]);
  });

  it('never puts the suppressed value in a message', () => {
    const r = run(secret(`  # manifest-gate: ignore secret-plaintext\n${VALUE}`));
    expect(JSON.stringify(r)).not.toContain('Wb2-ledge-Kt66');
  });
});
