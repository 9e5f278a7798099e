/** One entry of a Role's or ClusterRole's `rules`, as Kubernetes reads it. */
export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames: string[];
}

/** Verbs that return Secret values. */
export const READ_VERBS = ['get', 'list', 'watch'] as const;
/** Verbs that change Secrets. */
export const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'] as const;
/** Verbs that `resourceNames` restricts; list and watch always return every object. */
const NARROWABLE = new Set(['get', 'update', 'patch', 'delete']);

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The `rules` of a Role/ClusterRole value; malformed entries read as empty rules. */
export function policyRules(value: unknown): PolicyRule[] {
  const rules = (value as Record<string, unknown> | undefined)?.rules;
  if (!Array.isArray(rules)) return [];
  return rules.map((r) => {
    const o = (r && typeof r === 'object' ? r : {}) as Record<string, unknown>;
    return {
      apiGroups: strings(o.apiGroups),
      resources: strings(o.resources),
      verbs: strings(o.verbs),
      resourceNames: strings(o.resourceNames),
    };
  });
}

/** True when the rule is about the core API group (or every group). */
export function coversCoreGroup(rule: PolicyRule): boolean {
  return rule.apiGroups.includes('') || rule.apiGroups.includes('*');
}

/** True when the rule applies to the `secrets` resource itself (sub-resources are not Secrets). */
export function coversSecrets(rule: PolicyRule): boolean {
  return coversCoreGroup(rule) && (rule.resources.includes('secrets') || rule.resources.includes('*'));
}

/** What a policy rule lets its subjects do with Secrets. */
export interface SecretGrant {
  /** Read verbs that return every Secret's value (not narrowed by resourceNames). */
  broadRead: string[];
  /** Read verbs restricted to named Secrets. */
  narrowRead: string[];
  broadWrite: string[];
  narrowWrite: string[];
}

/** The Secret access a single policy rule grants, verb by verb; `*` expands to every verb. */
export function secretGrant(rule: PolicyRule): SecretGrant {
  const grant: SecretGrant = { broadRead: [], narrowRead: [], broadWrite: [], narrowWrite: [] };
  if (!coversSecrets(rule)) return grant;
  const all = rule.verbs.includes('*');
  const narrowed = rule.resourceNames.length > 0;
  for (const verb of READ_VERBS) {
    if (!all && !rule.verbs.includes(verb)) continue;
    (narrowed && NARROWABLE.has(verb) ? grant.narrowRead : grant.broadRead).push(verb);
  }
  for (const verb of WRITE_VERBS) {
    if (!all && !rule.verbs.includes(verb)) continue;
    (narrowed && NARROWABLE.has(verb) ? grant.narrowWrite : grant.broadWrite).push(verb);
  }
  return grant;
}
