import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryRepo } from '../../src/engine/repo.js';
import { scan } from '../../src/engine/scan.js';
import { RULES } from '../../src/rules/index.js';
import { brief, checkMarkers, scanFiles, scanYaml } from '../helpers/scan.js';

const RBAC = 'apiVersion: rbac.authorization.k8s.io/v1';
const clusterRole = (name: string, rules: string, extra = '') => `${RBAC}\nkind: ClusterRole\nmetadata:\n  name: ${name}\n${extra}rules:\n${rules}`;
const role = (name: string, ns: string, rules: string) => `${RBAC}\nkind: Role\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nrules:\n${rules}`;
/** A binding whose one subject is on line 7. */
const binding = (kind: string, refKind: string, refName: string, subject: string, ns = 'team') =>
  `${RBAC}\nkind: ${kind}\nmetadata:\n  name: b\n  namespace: ${ns}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ${refKind}, name: ${refName}}\nsubjects:\n- ${subject}\n`;
const readsSecrets = '- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["get", "list"]\n';
const readsPods = '- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["get", "list"]\n';
const allSAs = '{kind: Group, name: "system:serviceaccounts"}';
const defaultSA = '{kind: ServiceAccount, name: default, namespace: team}';
const doc = (...parts: string[]) => parts.join('---\n');
const at = (line: number, messageId = 'reads', severity = 'error') => [{ ruleId: 'rbac-broad-subject', line, messageId, severity }];
const found = (text: string) => brief(scanYaml(text), 'rbac-broad-subject');

describe('rbac-broad-subject', () => {
  it('knows the built-in edit role reads Secrets, bound to every ServiceAccount', () => {
    expect(found(binding('ClusterRoleBinding', 'ClusterRole', 'edit', allSAs))).toEqual(at(8));
  });

  it.each(['cluster-admin', 'admin'])('knows the built-in %s role reads Secrets', (name) => {
    expect(found(binding('ClusterRoleBinding', 'ClusterRole', name, defaultSA))).toEqual(at(8));
  });

  it('knows the built-in view role does not', () => {
    expect(found(binding('ClusterRoleBinding', 'ClusterRole', 'view', '{kind: Group, name: "system:authenticated"}'))).toEqual([]);
  });

  it('follows repository roles that aggregate into the built-in view role', () => {
    const extra = clusterRole('view-more', readsSecrets, '  labels: {rbac.authorization.k8s.io/aggregate-to-view: "true"}\n');
    expect(found(doc(binding('ClusterRoleBinding', 'ClusterRole', 'view', allSAs), extra))).toEqual(at(8));
  });

  it.each([
    ['system:authenticated', '{kind: Group, name: "system:authenticated"}'],
    ['system:unauthenticated', '{kind: Group, name: "system:unauthenticated"}'],
    ['system:anonymous', '{kind: User, name: "system:anonymous"}'],
    ['the ServiceAccounts of a namespace', '{kind: Group, name: "system:serviceaccounts:team"}'],
    ['a default ServiceAccount without a namespace', '{kind: ServiceAccount, name: default}'],
    ['a default ServiceAccount written as a User', '{kind: User, name: "system:serviceaccount:team:default"}'],
  ])('treats %s as broad', (_name, subject) => {
    expect(found(doc(binding('RoleBinding', 'Role', 'reader', subject), role('reader', 'team', readsSecrets)))).toEqual(at(8));
  });

  it.each([
    ['a dedicated ServiceAccount', '{kind: ServiceAccount, name: backup-agent, namespace: team}'],
    ['a named User', '{kind: User, name: alice}'],
    ['a team Group', '{kind: Group, name: sre}'],
  ])('stays quiet for %s', (_name, subject) => {
    expect(found(doc(binding('RoleBinding', 'Role', 'reader', subject), role('reader', 'team', readsSecrets)))).toEqual([]);
  });

  it('stays quiet when the bound role reads no Secret', () => {
    expect(found(doc(binding('ClusterRoleBinding', 'ClusterRole', 'pods', allSAs), clusterRole('pods', readsPods)))).toEqual([]);
  });

  it('never merges the verbs of one rule with the resources of another', () => {
    const rules = '- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["create"]\n' + readsPods;
    expect(found(doc(binding('ClusterRoleBinding', 'ClusterRole', 'split', allSAs), clusterRole('split', rules)))).toEqual([]);
  });

  it('is a warning when the role reads only Secrets it names', () => {
    const rules = '- apiGroups: [""]\n  resources: ["secrets"]\n  resourceNames: ["ca"]\n  verbs: ["get"]\n';
    expect(found(doc(binding('RoleBinding', 'Role', 'ca', defaultSA), role('ca', 'team', rules)))).toEqual(at(8, 'readsNamed', 'warning'));
  });

  it('does not let resourceNames narrow list', () => {
    const rules = '- apiGroups: [""]\n  resources: ["secrets"]\n  resourceNames: ["ca"]\n  verbs: ["list"]\n';
    expect(found(doc(binding('RoleBinding', 'Role', 'ca', defaultSA), role('ca', 'team', rules)))).toEqual(at(8));
  });

  it('resolves a RoleBinding to a ClusterRole, not to a Role of the same name', () => {
    const text = doc(binding('RoleBinding', 'ClusterRole', 'reader', defaultSA), role('reader', 'team', readsPods), clusterRole('reader', readsSecrets));
    expect(found(text)).toEqual(at(8));
    const toRole = doc(binding('RoleBinding', 'Role', 'reader', defaultSA), role('reader', 'team', readsPods), clusterRole('reader', readsSecrets));
    expect(found(toRole)).toEqual([]);
  });

  it('looks a Role up in the binding namespace', () => {
    const text = doc(binding('RoleBinding', 'Role', 'reader', defaultSA, 'team'), role('reader', 'other', readsSecrets));
    expect(found(text)).toEqual(at(8, 'roleNotFound', 'notice'));
  });

  it('finds the role in another folder of the scan', () => {
    const result = scanFiles({
      'bindings/ci.yaml': binding('ClusterRoleBinding', 'ClusterRole', 'builder', defaultSA),
      'rbac/builder.yaml': clusterRole('builder', readsPods + readsSecrets),
    });
    expect(brief(result, 'rbac-broad-subject')).toEqual(at(8));
    expect(result.findings.filter((f) => f.ruleId === 'rbac-broad-subject').map((f) => f.file)).toEqual(['bindings/ci.yaml']);
  });

  it('finds the role in a context file it does not report on', () => {
    const files = {
      'bindings/ci.yaml': binding('ClusterRoleBinding', 'ClusterRole', 'builder', defaultSA),
      'rbac/builder.yaml': clusterRole('builder', readsSecrets),
    };
    const result = scan({ files: ['bindings/ci.yaml'], contextFiles: ['rbac/builder.yaml'], repo: memoryRepo(files), rules: RULES });
    expect(brief(result).filter((f) => f.ruleId.startsWith('rbac-'))).toEqual(at(8));
  });

  it('says so, once per binding, when the role is defined nowhere', () => {
    const subjects = `${defaultSA}\n- ${allSAs}`;
    expect(found(binding('ClusterRoleBinding', 'ClusterRole', 'elsewhere', subjects))).toEqual(at(8, 'roleNotFound', 'notice'));
  });

  it('does not judge Kubernetes own system: roles', () => {
    expect(found(binding('ClusterRoleBinding', 'ClusterRole', 'system:basic-user', '{kind: Group, name: "system:authenticated"}'))).toEqual([]);
  });

  it('follows aggregation by matchExpressions, and survives a cycle', () => {
    const agg = (name: string, selects: string, label: string) =>
      `${RBAC}\nkind: ClusterRole\nmetadata:\n  name: ${name}\n  labels: {${label}: "x"}\naggregationRule:\n  clusterRoleSelectors:\n  - matchExpressions:\n    - {key: ${selects}, operator: Exists}\nrules: []\n`;
    const text = doc(
      binding('ClusterRoleBinding', 'ClusterRole', 'a', allSAs),
      agg('a', 'to-a', 'to-b'),
      agg('b', 'to-b', 'to-a'),
      clusterRole('leaf', readsSecrets, '  labels: {to-b: "y"}\n'),
    );
    expect(found(text)).toEqual(at(8));
  });

  it('finds roles and bindings inside a List', () => {
    const list = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      `- ${RBAC}`,
      '  kind: RoleBinding',
      '  metadata: {name: b, namespace: team}',
      '  roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}',
      '  subjects:',
      `  - ${defaultSA}`,
      `- ${RBAC}`,
      '  kind: Role',
      '  metadata: {name: reader, namespace: team}',
      '  rules:',
      '  - {apiGroups: [""], resources: ["secrets"], verbs: ["watch"]}',
    ].join('\n');
    expect(found(list)).toEqual(at(9));
  });
});

const own = path.resolve('__tests__', 'fixtures', 'rbac');
describe('rbac fixtures', () => {
  it('meet their inline markers (cross-folder bindings, Lists, */scale, aggregation)', () => {
    expect(checkMarkers(own)).toEqual([]);
  });
});

const shared = (folder: string) => path.resolve('..', 'shared', 'cases', folder);
describe.runIf(existsSync(shared('rbac')))('shared RBAC cases', () => {
  it('meet their markers', () => {
    // The misspelt-annotation case also expects suppression-invalid, which the suppressions work reports.
    const pending = 'suppression-misspelt-annotation.yaml:10: expected suppression-invalid';
    expect(checkMarkers(shared('rbac')).filter((p) => p !== pending)).toEqual([]);
  });
  it('meet the RBAC markers of the seed cases', () => {
    expect(checkMarkers(shared('seed')).filter((p) => p.includes('rbac-'))).toEqual([]);
  });
});

describe('rbac-broad-subject with a role name defined twice', () => {
  it('resolves the binding to the nearest definition', () => {
    const files = {
      'team-a/binding.yaml': binding('ClusterRoleBinding', 'ClusterRole', 'manager-role', defaultSA),
      'team-a/config/role.yaml': clusterRole('manager-role', readsPods),
      'team-b/role.yaml': clusterRole('manager-role', readsSecrets),
    };
    expect(brief(scanFiles(files), 'rbac-broad-subject')).toEqual([]);
    const swapped = { ...files, 'team-a/config/role.yaml': clusterRole('manager-role', readsSecrets), 'team-b/role.yaml': clusterRole('manager-role', readsPods) };
    expect(brief(scanFiles(swapped), 'rbac-broad-subject')).toEqual(at(8));
  });
});
