import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';

const binding = (kind: string, roleRef: string, subject: string, meta = 'name: b') =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  ${meta}\n  namespace: ns\nroleRef: {apiGroup: rbac.authorization.k8s.io, ${roleRef}}\nsubjects:\n- ${subject}\n`;
const admin = 'kind: ClusterRole, name: cluster-admin';

describe('rbac-cluster-admin-binding', () => {
  it.each([
    ['a ServiceAccount', '{kind: ServiceAccount, name: deployer, namespace: ci}'],
    ['a system: group', '{kind: Group, name: "system:masters"}'],
    ['every ServiceAccount', '{kind: Group, name: "system:serviceaccounts"}'],
    ['a ServiceAccount written as a User', '{kind: User, name: "system:serviceaccount:ci:deployer"}'],
  ])('fires on %s, on the subject line', (_name, subject) => {
    expect(brief(scanYaml(binding('ClusterRoleBinding', admin, subject)), 'rbac-cluster-admin-binding')).toEqual([
      { ruleId: 'rbac-cluster-admin-binding', line: 8, messageId: 'cluster', severity: 'warning' },
    ]);
  });

  it('scopes a RoleBinding to its namespace', () => {
    expect(brief(scanYaml(binding('RoleBinding', admin, '{kind: ServiceAccount, name: deployer}')), 'rbac-cluster-admin-binding')).toEqual([
      { ruleId: 'rbac-cluster-admin-binding', line: 8, messageId: 'namespaced', severity: 'warning' },
    ]);
  });

  it('copes with a binding that has only generateName', () => {
    const text = binding('ClusterRoleBinding', admin, '{kind: ServiceAccount, name: default, namespace: default}', 'generateName: run-');
    expect(brief(scanYaml(text), 'rbac-cluster-admin-binding').map((f) => f.line)).toEqual([8]);
  });

  it.each([
    ['a named User', admin, '{kind: User, name: alice@example.com}'],
    ['a team Group', admin, '{kind: Group, name: platform-oncall}'],
    ['another role', 'kind: ClusterRole, name: edit', '{kind: ServiceAccount, name: deployer}'],
    ['a namespaced Role that happens to be called cluster-admin', 'kind: Role, name: cluster-admin', '{kind: ServiceAccount, name: deployer}'],
  ])('stays quiet on %s', (_name, roleRef, subject) => {
    expect(brief(scanYaml(binding('ClusterRoleBinding', roleRef, subject)), 'rbac-cluster-admin-binding')).toEqual([]);
  });
});
