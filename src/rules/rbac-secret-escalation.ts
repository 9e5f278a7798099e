import type { Problem, Rule } from './types.js';
import { escalationPaths, policyRules } from './rbac-model.js';

/** A Role/ClusterRole rule that gives an indirect way to read Secrets (start pods, exec, mint tokens, impersonate, bind). */
export const rbacSecretEscalation: Rule = {
  meta: {
    id: 'rbac-secret-escalation',
    title: 'Role rule gives an indirect way to read Secrets',
    defaultSeverity: 'warning',
    messages: {
      indirect: '{resource} rule {rule} lets its subjects read Secrets without a rule on Secrets: {paths}.',
    },
    remediation:
      'Give pod creation, exec, token minting, impersonation and bind/escalate only to the controllers and people who need them, in the fewest namespaces; treat them as Secret access.',
    crossReferences: [
      { tool: 'kube-linter', id: 'access-to-create-pods' },
      { tool: 'checkov', id: 'CKV_K8S_155' },
      { tool: 'checkov', id: 'CKV_K8S_156' },
      { tool: 'checkov', id: 'CKV_K8S_157' },
      { tool: 'trivy', id: 'KSV047' },
      { tool: 'trivy', id: 'KSV048' },
      { tool: 'trivy', id: 'KSV053' },
      { tool: 'cis', id: '5.1.4' },
      { tool: 'cis', id: '5.1.8' },
    ],
  },
  target: { kinds: ['Role', 'ClusterRole'] },
  check(doc) {
    const problems: Problem[] = [];
    policyRules(doc.value).forEach((rule, i) => {
      const paths = escalationPaths(rule);
      if (paths.length) problems.push({ messageId: 'indirect', path: ['rules', i], params: { rule: i + 1, paths: paths.join('; ') } });
    });
    return problems;
  },
};
