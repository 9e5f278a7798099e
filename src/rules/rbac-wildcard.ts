import type { Problem, Rule } from './types.js';
import { coversCoreGroup, policyRules, wildcardsOf } from './rbac-model.js';

/** A Role/ClusterRole rule with `*` in its verbs or resources, judged rule by rule. */
export const rbacWildcard: Rule = {
  meta: {
    id: 'rbac-wildcard',
    title: 'Role rule uses a wildcard',
    defaultSeverity: 'error',
    messages: {
      coreResources: '{resource} rule {rule} grants {verbs} on every resource of {groups}: Secrets included, and every resource added later.',
      coreVerbs: '{resource} rule {rule} grants every verb on {resources} in {groups}, including any verb added later.',
      otherGroups: '{resource} rule {rule} grants {what} in API group {groups}: confined to those groups, but it grows with everything they add.',
    },
    remediation: 'List the resources and verbs the subject needs instead of `*`; keep wildcards out of the core API group.',
    crossReferences: [
      { tool: 'kube-linter', id: 'wildcard-in-rules' },
      { tool: 'checkov', id: 'CKV_K8S_49' },
      { tool: 'trivy', id: 'KSV044' },
      { tool: 'trivy', id: 'KSV045' },
      { tool: 'trivy', id: 'KSV046' },
      { tool: 'cis', id: '5.1.3' },
    ],
  },
  target: { kinds: ['Role', 'ClusterRole'] },
  check(doc) {
    const problems: Problem[] = [];
    policyRules(doc.value).forEach((rule, i) => {
      const star = wildcardsOf(rule);
      if (!star.verbs && !star.resources) return;
      const path = ['rules', i];
      const verbs = star.verbs ? 'every verb' : rule.verbs.join('/');
      if (coversCoreGroup(rule)) {
        const groups = rule.apiGroups.includes('*') ? 'every API group' : 'the core API group';
        if (star.resources) problems.push({ messageId: 'coreResources', path, severity: 'error', params: { rule: i + 1, verbs, groups } });
        else problems.push({ messageId: 'coreVerbs', path, severity: 'error', params: { rule: i + 1, resources: rule.resources.join('/'), groups } });
      } else if (rule.apiGroups.length) {
        const what = star.resources ? `${verbs} on every resource` : `every verb on ${rule.resources.join('/')}`;
        problems.push({ messageId: 'otherGroups', path, severity: 'warning', params: { rule: i + 1, what, groups: rule.apiGroups.join(', ') } });
      }
    });
    return problems;
  },
};
