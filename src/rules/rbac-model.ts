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

/** True when the rule's `apiGroups` name only groups other than the core group (no `""`, no `*`). */
export function confinedToOtherGroups(rule: PolicyRule): boolean {
  return rule.apiGroups.length > 0 && !coversCoreGroup(rule);
}

/** Which wildcards a rule writes: `*` in verbs, `*` in resources (a sub-resource such as `*` + `/scale` is not `*`). */
export function wildcardsOf(rule: PolicyRule): { verbs: boolean; resources: boolean } {
  return { verbs: rule.verbs.includes('*'), resources: rule.resources.includes('*') };
}

/** The apiGroups that hold each resource whose `create` starts pods. */
const POD_CREATORS: Record<string, readonly string[]> = {
  pods: [''],
  replicationcontrollers: [''],
  deployments: ['apps', 'extensions'],
  replicasets: ['apps', 'extensions'],
  daemonsets: ['apps', 'extensions'],
  statefulsets: ['apps'],
  jobs: ['batch'],
  cronjobs: ['batch'],
};

/** Sub-resources whose `create` hands over a running pod or a token. */
const CREATE_SUBRESOURCES: Record<string, string> = {
  'pods/exec': 'exec into pods (and read their mounted Secrets)',
  'pods/attach': 'attach to pods (and read what they print)',
  'serviceaccounts/token': 'mint ServiceAccount tokens (and act as any ServiceAccount of the namespace)',
};

const RBAC_GROUP = 'rbac.authorization.k8s.io';

function inGroup(rule: PolicyRule, groups: readonly string[]): boolean {
  return rule.apiGroups.includes('*') || groups.some((g) => rule.apiGroups.includes(g));
}

/**
 * The indirect ways a rule gives to read Secrets, in plain words. Only explicit verbs and resources
 * count: a `*` is reported by rbac-wildcard, which already names everything it grants.
 */
export function escalationPaths(rule: PolicyRule): string[] {
  const paths: string[] = [];
  const has = (verb: string) => rule.verbs.includes(verb);
  if (has('create')) {
    const workloads = rule.resources.filter((r) => POD_CREATORS[r] && inGroup(rule, POD_CREATORS[r]));
    if (workloads.length) paths.push(`create ${workloads.join('/')} (a pod can mount any Secret of its namespace)`);
    for (const sub of rule.resources) {
      if (CREATE_SUBRESOURCES[sub] && inGroup(rule, [''])) paths.push(CREATE_SUBRESOURCES[sub]);
    }
  }
  if (has('impersonate') && rule.resources.length) paths.push(`impersonate ${rule.resources.join('/')} (and use their access)`);
  const roles = rule.resources.filter((r) => (r === 'roles' || r === 'clusterroles') && inGroup(rule, [RBAC_GROUP]));
  const grantVerbs = ['bind', 'escalate'].filter(has);
  if (roles.length && grantVerbs.length) paths.push(`${grantVerbs.join('/')} ${roles.join('/')} (and grant themselves Secret access)`);
  return paths;
}
