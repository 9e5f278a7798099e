import type { Problem, Rule } from './types.js';
import { broadAudience, describeSubject, RBAC_KINDS, rbacModelOf, roleRefOf, subjectsOf, type SecretRead } from './rbac-bindings.js';

/** The strongest read among a role's rules: an unnarrowed one first. */
function strongest(reads: readonly SecretRead[]): SecretRead | undefined {
  return reads.find((r) => r.broad.length) ?? reads[0];
}

/**
 * A binding that gives a role able to read Secrets to everyone, every ServiceAccount, or a default
 * ServiceAccount. Roles are found across every scanned file and the rest of the repository.
 */
export const rbacBroadSubject: Rule = {
  meta: {
    id: 'rbac-broad-subject',
    title: 'Secret-reading role bound to a broad subject',
    defaultSeverity: 'error',
    messages: {
      reads: '{subject} ({audience}) can {verbs} Secrets {scope} through {binding} → {via}.',
      readsNamed: '{subject} ({audience}) can {verbs} the Secrets named in {via}, {scope}, through {binding}.',
      roleNotFound: '{subject} ({audience}) is bound to {role} through {binding}, but {role} is defined nowhere in {where}, so whether it reads Secrets is unknown.',
    },
    remediation:
      'Bind Secret-reading roles to a dedicated ServiceAccount of the one workload that needs them, never to a system: group or a default ServiceAccount.',
    crossReferences: [
      { tool: 'kube-linter', id: 'access-to-secrets' },
      { tool: 'trivy', id: 'KSV041' },
      { tool: 'cis', id: '5.1.2' },
      { tool: 'cis', id: '5.1.5' },
    ],
  },
  target: { kinds: [...RBAC_KINDS] },
  scope: 'repository',
  check(doc, ctx) {
    if (doc.kind !== 'RoleBinding' && doc.kind !== 'ClusterRoleBinding') return [];
    const ref = roleRefOf(doc);
    if (!ref) return [];
    const broad = subjectsOf(doc).flatMap((s) => {
      const audience = broadAudience(s);
      return audience ? [{ s, audience }] : [];
    });
    if (!broad.length) return [];
    const binding = `${doc.kind} ${doc.name || '(generated name)'}`;
    const scope = doc.kind === 'ClusterRoleBinding' ? 'in all namespaces' : doc.namespace ? `in namespace ${doc.namespace}` : 'in the namespace it is applied to';
    const resolved = rbacModelOf(ctx.index).resolve(ref, doc.namespace, doc.file);
    if (resolved.status === 'system') return [];
    if (resolved.status === 'missing') {
      const { s, audience } = broad[0];
      const where = ctx.index.wholeRepository ? 'the repository' : 'the scanned files';
      return [{ messageId: 'roleNotFound', path: ['subjects', s.index], severity: 'notice', params: { subject: describeSubject(s), audience, binding, role: `${ref.kind} ${ref.name}`, where } }];
    }
    const read = strongest(resolved.reads);
    if (!read) return [];
    const problems: Problem[] = [];
    for (const { s, audience } of broad) {
      const params = { subject: describeSubject(s), audience, binding, scope, via: read.via };
      if (read.broad.length) problems.push({ messageId: 'reads', path: ['subjects', s.index], severity: 'error', params: { ...params, verbs: read.broad.join('/') } });
      else problems.push({ messageId: 'readsNamed', path: ['subjects', s.index], severity: 'warning', params: { ...params, verbs: read.narrow.join('/') } });
    }
    return problems;
  },
};
