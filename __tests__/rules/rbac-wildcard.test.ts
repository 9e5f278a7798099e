import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';

const role = (kind: string, rules: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: r\n  namespace: ns\nrules:\n${rules}`;
const rule = (groups: string, resources: string, verbs: string) => `- apiGroups: [${groups}]\n  resources: [${resources}]\n  verbs: [${verbs}]\n`;
const narrow = rule('""', '"pods"', '"get"');

describe('rbac-wildcard', () => {
  it('fires on the rule that holds the wildcard, even the second one', () => {
    expect(brief(scanYaml(role('ClusterRole', narrow + rule('""', '"configmaps"', '"*"'))), 'rbac-wildcard')).toEqual([
      { ruleId: 'rbac-wildcard', line: 10, messageId: 'coreVerbs', severity: 'error' },
    ]);
  });

  it.each([
    ['resources * in the core group', rule('""', '"*"', '"get"'), 'coreResources', 'error'],
    ['everything in every group', rule('"*"', '"*"', '"*"'), 'coreResources', 'error'],
    ['verbs * in every group', rule('"*"', '"pods"', '"*"'), 'coreVerbs', 'error'],
    ['a Role is judged the same', rule('""', '"*"', '"watch"'), 'coreResources', 'error'],
    ['a wildcard confined to a custom group', rule('"custom.metrics.k8s.io"', '"*"', '"get", "list"'), 'otherGroups', 'warning'],
    ['every verb on apps resources', rule('"apps"', '"deployments"', '"*"'), 'otherGroups', 'warning'],
  ])('fires on %s', (_name, rules, messageId, severity) => {
    expect(brief(scanYaml(role('Role', narrow + rules)), 'rbac-wildcard')).toEqual([{ ruleId: 'rbac-wildcard', line: 10, messageId, severity }]);
  });

  it.each([
    ['explicit resources and verbs', rule('""', '"secrets"', '"get"')],
    ['* in apiGroups alone', rule('"*"', '"deployments", "pods"', '"get", "list"')],
    ['a */scale sub-resource pattern', rule('"apps"', '"*/scale"', '"update"')],
    ['non-resource URLs', '- nonResourceURLs: ["*"]\n  verbs: ["get"]\n'],
  ])('stays quiet on %s', (_name, rules) => {
    expect(brief(scanYaml(role('ClusterRole', rules)), 'rbac-wildcard')).toEqual([]);
  });

  it('reads the items of a List', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: rbac.authorization.k8s.io/v1\n  kind: ClusterRole\n  metadata: {name: r}\n  rules:\n  - apiGroups: [""]\n    resources: ["*"]\n    verbs: ["list"]\n`;
    expect(brief(scanYaml(list), 'rbac-wildcard')).toEqual([{ ruleId: 'rbac-wildcard', line: 8, messageId: 'coreResources', severity: 'error' }]);
  });
});
