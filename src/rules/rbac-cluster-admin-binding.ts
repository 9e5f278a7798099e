import type { Problem, Rule } from './types.js';
import { describeSubject, roleRefOf, subjectsOf, type Subject } from './rbac-bindings.js';

/** A ServiceAccount or a `system:` identity: something a workload or the whole cluster holds, not a named person. */
function isMachineOrGroup(s: Subject): boolean {
  if (s.kind === 'ServiceAccount') return true;
  if (s.kind === 'Group') return s.name.startsWith('system:');
  return s.kind === 'User' && (s.name.startsWith('system:serviceaccount:') || s.name === 'system:anonymous');
}

/** A binding that gives `cluster-admin` to a ServiceAccount or a `system:` group. */
export const rbacClusterAdminBinding: Rule = {
  meta: {
    id: 'rbac-cluster-admin-binding',
    title: 'cluster-admin bound to a ServiceAccount or a system group',
    defaultSeverity: 'warning',
    messages: {
      cluster: '{subject} gets cluster-admin in all namespaces through {binding}: full control of the cluster, every Secret included.',
      namespaced: '{subject} gets cluster-admin in namespace {namespace} through {binding}: full control of the namespace, its Secrets included.',
    },
    remediation: 'Bind a role that grants only what the workload needs; keep cluster-admin for named people, through a break-glass process.',
    crossReferences: [
      { tool: 'kube-linter', id: 'cluster-admin-role-binding' },
      { tool: 'checkov', id: 'CKV2_K8S_6' },
      { tool: 'trivy', id: 'KSV111' },
      { tool: 'cis', id: '5.1.1' },
    ],
  },
  target: { kinds: ['RoleBinding', 'ClusterRoleBinding'] },
  check(doc) {
    const ref = roleRefOf(doc);
    if (!ref || ref.kind !== 'ClusterRole' || ref.name !== 'cluster-admin') return [];
    const cluster = doc.kind === 'ClusterRoleBinding';
    const binding = `${doc.kind} ${doc.name || '(generated name)'}`;
    const problems: Problem[] = [];
    for (const s of subjectsOf(doc)) {
      if (!isMachineOrGroup(s)) continue;
      problems.push({
        messageId: cluster ? 'cluster' : 'namespaced',
        path: ['subjects', s.index],
        params: { subject: describeSubject(s), binding, namespace: doc.namespace || '(the one it is applied to)' },
      });
    }
    return problems;
  },
};
