import type { Problem, Rule } from './types.js';
import { policyRules, secretGrant } from './rbac-model.js';

/** A Role/ClusterRole rule that grants access to Secrets, judged rule by rule. */
export const rbacSecretAccess: Rule = {
  meta: {
    id: 'rbac-secret-access',
    title: 'Role grants access to Secrets',
    defaultSeverity: 'error',
    messages: {
      clusterRead: '{resource} rule {rule} lets its subjects {verbs} every Secret{also}; through a ClusterRoleBinding, that is every Secret in every namespace.',
      namespacedRead: '{resource} rule {rule} lets its subjects {verbs} every Secret in {namespace}{also}.',
      narrowRead: '{resource} rule {rule} lets its subjects {verbs} the Secrets it names ({names}).',
      write: '{resource} rule {rule} lets its subjects {verbs} Secrets.',
      narrowWrite: '{resource} rule {rule} lets its subjects {verbs} the Secrets it names ({names}).',
    },
    remediation:
      'Grant only the verbs and the named Secrets the workload needs (resourceNames with get), never list or watch; mount Secrets into pods instead of reading them through the API.',
    crossReferences: [
      { tool: 'kube-linter', id: 'access-to-secrets' },
      { tool: 'checkov', id: 'CKV2_K8S_5' },
      { tool: 'trivy', id: 'KSV041' },
      { tool: 'cis', id: '5.1.2' },
    ],
  },
  target: { kinds: ['Role', 'ClusterRole'] },
  check(doc) {
    const cluster = doc.kind === 'ClusterRole';
    const problems: Problem[] = [];
    policyRules(doc.value).forEach((rule, i) => {
      const g = secretGrant(rule);
      const path = ['rules', i];
      const params = { rule: i + 1, namespace: doc.namespace ? `namespace ${doc.namespace}` : 'the namespace it is applied to', names: rule.resourceNames.join(', ') };
      if (g.broadRead.length) {
        problems.push({
          messageId: cluster ? 'clusterRead' : 'namespacedRead',
          path,
          severity: cluster ? 'error' : 'warning',
          params: { ...params, verbs: g.broadRead.join('/'), also: g.narrowRead.length ? ` (and ${g.narrowRead.join('/')} the Secrets it names)` : '' },
        });
      } else if (g.narrowRead.length) {
        problems.push({ messageId: 'narrowRead', path, severity: 'notice', params: { ...params, verbs: g.narrowRead.join('/') } });
      } else if (g.broadWrite.length) {
        problems.push({ messageId: 'write', path, severity: 'warning', params: { ...params, verbs: [...g.broadWrite, ...g.narrowWrite].join('/') } });
      } else if (g.narrowWrite.length) {
        problems.push({ messageId: 'narrowWrite', path, severity: 'notice', params: { ...params, verbs: g.narrowWrite.join('/') } });
      }
    });
    return problems;
  },
};
