import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';

const role = (kind: string, rules: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: r\n  namespace: ns\nrules:\n${rules}`;

describe('rbac-secret-access', () => {
  it('judges each rule on its own: a broad second rule fires on its own line', () => {
    const rules = '- apiGroups: [""]\n  resources: ["configmaps"]\n  verbs: ["get", "list"]\n- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["list"]\n';
    expect(brief(scanYaml(role('ClusterRole', rules)), 'rbac-secret-access')).toEqual([
      { ruleId: 'rbac-secret-access', line: 10, messageId: 'clusterRead', severity: 'error' },
    ]);
  });

  it('is a warning in a namespaced Role', () => {
    const rules = '- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["get", "watch"]\n';
    expect(brief(scanYaml(role('Role', rules)), 'rbac-secret-access')).toEqual([
      { ruleId: 'rbac-secret-access', line: 7, messageId: 'namespacedRead', severity: 'warning' },
    ]);
  });

  it('lets resourceNames narrow get but never list', () => {
    const narrowGet = '- apiGroups: [""]\n  resources: ["secrets"]\n  resourceNames: ["a"]\n  verbs: ["get"]\n';
    expect(brief(scanYaml(role('ClusterRole', narrowGet)), 'rbac-secret-access')).toEqual([
      { ruleId: 'rbac-secret-access', line: 7, messageId: 'narrowRead', severity: 'notice' },
    ]);
    const narrowList = '- apiGroups: [""]\n  resources: ["secrets"]\n  resourceNames: ["a"]\n  verbs: ["get", "list"]\n';
    expect(brief(scanYaml(role('ClusterRole', narrowList)), 'rbac-secret-access')).toEqual([
      { ruleId: 'rbac-secret-access', line: 7, messageId: 'clusterRead', severity: 'error' },
    ]);
  });

  it('counts resources "*" and verbs "*" but not sub-resources or other groups', () => {
    const star = '- apiGroups: ["*"]\n  resources: ["*"]\n  verbs: ["*"]\n';
    expect(brief(scanYaml(role('ClusterRole', star)), 'rbac-secret-access').map((f) => f.messageId)).toEqual(['clusterRead']);
    const quiet = '- apiGroups: [""]\n  resources: ["secrets/status", "pods"]\n  verbs: ["get"]\n- apiGroups: ["apps"]\n  resources: ["secrets"]\n  verbs: ["get"]\n';
    expect(brief(scanYaml(role('ClusterRole', quiet)), 'rbac-secret-access')).toEqual([]);
  });

  it('reports write-only access as a warning', () => {
    const write = '- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["create", "patch"]\n';
    expect(brief(scanYaml(role('ClusterRole', write)), 'rbac-secret-access')).toEqual([
      { ruleId: 'rbac-secret-access', line: 7, messageId: 'write', severity: 'warning' },
    ]);
  });

  it('never merges the verbs of one rule with the resources of another', () => {
    const rules = '- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["create"]\n- apiGroups: [""]\n  resources: ["configmaps"]\n  verbs: ["list", "watch"]\n';
    expect(brief(scanYaml(role('ClusterRole', rules)), 'rbac-secret-access')).toEqual([
      { ruleId: 'rbac-secret-access', line: 7, messageId: 'write', severity: 'warning' },
    ]);
  });

  it.each([
    ['*/scale', '- apiGroups: ["*"]\n  resources: ["*/scale"]\n  verbs: ["get", "update"]\n'],
    ['a secrets sub-resource', '- apiGroups: [""]\n  resources: ["secrets/finalizers"]\n  verbs: ["get", "list"]\n'],
    ['a wildcard confined to a custom group', '- apiGroups: ["custom.metrics.k8s.io"]\n  resources: ["*"]\n  verbs: ["*"]\n'],
    ['* in apiGroups with other resources', '- apiGroups: ["*"]\n  resources: ["pods", "configmaps"]\n  verbs: ["list"]\n'],
  ])('stays quiet on %s', (_name, rules) => {
    expect(brief(scanYaml(role('ClusterRole', rules)), 'rbac-secret-access')).toEqual([]);
  });

  it('is a notice for writes narrowed to named Secrets', () => {
    const rules = '- apiGroups: [""]\n  resources: ["secrets"]\n  resourceNames: ["token"]\n  verbs: ["update", "patch"]\n';
    expect(brief(scanYaml(role('Role', rules)), 'rbac-secret-access')).toEqual([
      { ruleId: 'rbac-secret-access', line: 7, messageId: 'narrowWrite', severity: 'notice' },
    ]);
  });

  it('reads the items of a List', () => {
    const list = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: rbac.authorization.k8s.io/v1\n  kind: Role\n  metadata: {name: r, namespace: ns}\n  rules:\n  - apiGroups: [""]\n    resources: ["secrets"]\n    verbs: ["list"]\n';
    expect(brief(scanYaml(list), 'rbac-secret-access')).toEqual([{ ruleId: 'rbac-secret-access', line: 8, messageId: 'namespacedRead', severity: 'warning' }]);
  });
});
