import { describe, expect, it } from 'vitest';
import { brief, scanYaml } from '../helpers/scan.js';

const role = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\n  namespace: ns\nrules:\n${rules}`;
const rule = (groups: string, resources: string, verbs: string) => `- apiGroups: [${groups}]\n  resources: [${resources}]\n  verbs: [${verbs}]\n`;
const first = rule('""', '"configmaps"', '"get"');

describe('rbac-secret-escalation', () => {
  it.each([
    ['create pods', rule('""', '"pods"', '"create", "delete"')],
    ['create deployments', rule('"apps"', '"deployments"', '"create"')],
    ['create jobs in any group', rule('"*"', '"jobs"', '"create"')],
    ['create cronjobs', rule('"batch"', '"cronjobs"', '"create"')],
    ['exec into pods', rule('""', '"pods/exec"', '"create"')],
    ['attach to pods', rule('""', '"pods/attach"', '"create"')],
    ['mint tokens', rule('""', '"serviceaccounts/token"', '"create"')],
    ['impersonate', rule('""', '"users", "serviceaccounts"', '"impersonate"')],
    ['impersonate groups', rule('"authentication.k8s.io"', '"userextras/scopes"', '"impersonate"')],
    ['bind roles', rule('"rbac.authorization.k8s.io"', '"clusterroles"', '"bind"')],
    ['escalate roles', rule('"rbac.authorization.k8s.io"', '"roles"', '"escalate", "get"')],
  ])('fires on %s, on the rule line', (_name, rules) => {
    expect(brief(scanYaml(role(first + rules)), 'rbac-secret-escalation')).toEqual([
      { ruleId: 'rbac-secret-escalation', line: 10, messageId: 'indirect', severity: 'warning' },
    ]);
  });

  it.each([
    ['reading pods', rule('""', '"pods", "pods/log"', '"get", "list"')],
    ['deleting pods', rule('""', '"pods"', '"delete"')],
    ['create configmaps', rule('""', '"configmaps"', '"create"')],
    ['deployments named in the wrong group', rule('""', '"deployments"', '"create"')],
    ['pods in a custom group', rule('"example.com"', '"pods"', '"create"')],
    ['a wildcard (rbac-wildcard reports it)', rule('""', '"pods"', '"*"')],
    ['bind on something else', rule('"rbac.authorization.k8s.io"', '"rolebindings"', '"bind"')],
    ['get on pods/exec', rule('""', '"pods/exec"', '"get"')],
  ])('stays quiet on %s', (_name, rules) => {
    expect(brief(scanYaml(role(first + rules)), 'rbac-secret-escalation')).toEqual([]);
  });

  it('reports one finding per rule, however many ways it opens', () => {
    const rules = rule('""', '"pods", "pods/exec", "serviceaccounts/token"', '"create"');
    expect(brief(scanYaml(role(rules)), 'rbac-secret-escalation')).toHaveLength(1);
  });
});
