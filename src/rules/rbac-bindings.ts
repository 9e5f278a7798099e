import type { ManifestDocument } from '../manifests/index.js';
import { policyRules, secretGrant } from './rbac-model.js';
import type { ObjectIndex } from './types.js';
import type { Obj } from './plain.js';

/** The kinds the who-can-read-Secrets model is built from. */
export const RBAC_KINDS = ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'] as const;

/** A binding's `roleRef`. */
export interface RoleRef {
  kind: 'Role' | 'ClusterRole';
  name: string;
}

/** One entry of a binding's `subjects`, with its index for locating it. */
export interface Subject {
  index: number;
  kind: string;
  name: string;
  namespace: string;
}

/** One policy rule that lets a role's holders read Secrets, and the road to it. */
export interface SecretRead {
  /** How the rule is reached from the bound role, e.g. `ClusterRole builder (rule 2)`. */
  via: string;
  /** Read verbs that return every Secret in scope. */
  broad: string[];
  /** Read verbs restricted to named Secrets. */
  narrow: string[];
}

/** What the model knows about a bound role. */
export type RoleResolution =
  | { status: 'known'; reads: SecretRead[] }
  /** Not in the repository and not a built-in the model knows. */
  | { status: 'missing' }
  /** A `system:` role of the control plane, defined by Kubernetes itself and not judged here. */
  | { status: 'system' };

/** Built-in ClusterRoles that read (and write) every Secret in their scope. */
const READING_BUILTINS = new Set(['cluster-admin', 'admin', 'edit']);

/** The label through which repository ClusterRoles aggregate into each user-facing built-in role. */
const BUILTIN_AGGREGATION: Record<string, string> = {
  admin: 'rbac.authorization.k8s.io/aggregate-to-admin',
  edit: 'rbac.authorization.k8s.io/aggregate-to-edit',
  view: 'rbac.authorization.k8s.io/aggregate-to-view',
};

const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

/** The `roleRef` of a RoleBinding/ClusterRoleBinding, or undefined when it names no Role/ClusterRole. */
export function roleRefOf(binding: ManifestDocument): RoleRef | undefined {
  const ref = asObj(asObj(binding.value).roleRef);
  const kind = str(ref.kind);
  const name = str(ref.name);
  if ((kind !== 'Role' && kind !== 'ClusterRole') || !name) return undefined;
  return { kind, name };
}

/** The `subjects` of a binding; a ServiceAccount without a namespace takes the binding's. */
export function subjectsOf(binding: ManifestDocument): Subject[] {
  const list = asObj(binding.value).subjects;
  if (!Array.isArray(list)) return [];
  return list.map((s, index) => {
    const o = asObj(s);
    const namespace = str(o.namespace) || (str(o.kind) === 'ServiceAccount' ? binding.namespace : '');
    return { index, kind: str(o.kind), name: str(o.name), namespace };
  });
}

function labelsOf(doc: ManifestDocument): Obj {
  return asObj(asObj(asObj(doc.value).metadata).labels);
}

/** A Kubernetes label selector (`matchLabels` and `matchExpressions`); an empty selector selects everything. */
export function selectorMatches(selector: unknown, labels: Obj): boolean {
  const sel = asObj(selector);
  for (const [k, v] of Object.entries(asObj(sel.matchLabels))) {
    if (!(k in labels) || str(labels[k]) !== str(v)) return false;
  }
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions : [];
  for (const e of exprs) {
    const { key, operator, values } = asObj(e);
    const k = str(key);
    const vals = Array.isArray(values) ? values.map(str) : [];
    const present = k in labels;
    const value = str(labels[k]);
    switch (str(operator)) {
      case 'In':
        if (!present || !vals.includes(value)) return false;
        break;
      case 'NotIn':
        if (present && vals.includes(value)) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        // Kubernetes rejects an unknown operator, so such a selector aggregates nothing.
        return false;
    }
  }
  return true;
}

/** Who-can-read-Secrets over every Role and ClusterRole of the scan and the repository around it. */
export class RbacModel {
  private readonly roles: readonly ManifestDocument[];
  private readonly clusterRoles: readonly ManifestDocument[];

  constructor(index: ObjectIndex) {
    this.roles = index.ofKind('Role');
    this.clusterRoles = index.ofKind('ClusterRole');
  }

  /** What the role a binding refers to lets its subjects read; `namespace` and `file` are the binding's. */
  resolve(ref: RoleRef, namespace: string, file: string): RoleResolution {
    if (ref.kind === 'Role') {
      const exact = this.roles.filter((r) => r.name === ref.name && r.namespace === namespace);
      // A Role or binding without a namespace gets one at apply time (kustomize, `-n`): match on name.
      const found = nearest(exact.length ? exact : this.roles.filter((r) => r.name === ref.name && (!r.namespace || !namespace)), file);
      if (!found.length) return { status: 'missing' };
      return { status: 'known', reads: found.flatMap((r) => ownReads(r, `Role ${ref.name}`)) };
    }
    if (READING_BUILTINS.has(ref.name)) {
      return { status: 'known', reads: [{ via: `built-in ClusterRole ${ref.name}`, broad: ['get', 'list', 'watch'], narrow: [] }] };
    }
    const found = nearest(this.clusterRoles.filter((r) => r.name === ref.name), file);
    if (found.length) return { status: 'known', reads: found.flatMap((r) => this.clusterRoleReads(r, `ClusterRole ${ref.name}`, new Set())) };
    const label = BUILTIN_AGGREGATION[ref.name];
    if (label) {
      const selector = { matchLabels: { [label]: 'true' } };
      return { status: 'known', reads: this.aggregatedReads([selector], `built-in ClusterRole ${ref.name}`, new Set()) };
    }
    return ref.name.startsWith('system:') ? { status: 'system' } : { status: 'missing' };
  }

  private clusterRoleReads(role: ManifestDocument, via: string, seen: Set<ManifestDocument>): SecretRead[] {
    if (seen.has(role)) return [];
    seen.add(role);
    const aggregation = asObj(asObj(role.value).aggregationRule);
    // The aggregation controller overwrites an aggregated role's own rules with those it selects.
    if (Array.isArray(aggregation.clusterRoleSelectors)) return this.aggregatedReads(aggregation.clusterRoleSelectors, via, seen);
    return ownReads(role, via);
  }

  private aggregatedReads(selectors: readonly unknown[], via: string, seen: Set<ManifestDocument>): SecretRead[] {
    return this.clusterRoles
      .filter((r) => selectors.some((s) => s !== null && typeof s === 'object' && selectorMatches(s, labelsOf(r))))
      .flatMap((r) => this.clusterRoleReads(r, `${via}, which aggregates ClusterRole ${r.name}`, seen));
  }
}

/**
 * The candidates that share the longest folder path with `file`: when a name is defined in several
 * places (overlays, vendored charts, unrelated projects of a monorepo), the binding means its neighbour.
 */
function nearest(candidates: readonly ManifestDocument[], file: string): ManifestDocument[] {
  const dirs = file.split('/').slice(0, -1);
  const shared = (doc: ManifestDocument) => {
    const other = doc.file.split('/').slice(0, -1);
    let n = 0;
    while (n < dirs.length && n < other.length && dirs[n] === other[n]) n++;
    return n;
  };
  const best = Math.max(-1, ...candidates.map(shared));
  return candidates.filter((c) => shared(c) === best);
}

function ownReads(role: ManifestDocument, via: string): SecretRead[] {
  const reads: SecretRead[] = [];
  policyRules(role.value).forEach((rule, i) => {
    const g = secretGrant(rule);
    if (g.broadRead.length || g.narrowRead.length) reads.push({ via: `${via} (rule ${i + 1})`, broad: g.broadRead, narrow: g.narrowRead });
  });
  return reads;
}

const models = new WeakMap<ObjectIndex, RbacModel>();

/** The model of an index, built once per scan however many bindings ask. */
export function rbacModelOf(index: ObjectIndex): RbacModel {
  let model = models.get(index);
  if (!model) {
    model = new RbacModel(index);
    models.set(index, model);
  }
  return model;
}

/** A subject as messages name it: `ServiceAccount ci/default`, `Group system:authenticated`. */
export function describeSubject(s: Subject): string {
  return `${s.kind || 'subject'} ${s.namespace ? `${s.namespace}/` : ''}${s.name}`;
}

/** Who a subject stands for when it is not one identity (a group of everyone, a default ServiceAccount); undefined otherwise. */
export function broadAudience(s: Subject): string | undefined {
  switch (s.name) {
    case 'system:authenticated':
      return 'every authenticated user and ServiceAccount';
    case 'system:unauthenticated':
      return 'every unauthenticated request';
    case 'system:anonymous':
      return 'anonymous requests';
    case 'system:serviceaccounts':
      return 'every ServiceAccount in the cluster';
  }
  if (s.name.startsWith('system:serviceaccounts:')) return `every ServiceAccount in namespace ${s.name.slice('system:serviceaccounts:'.length)}`;
  const asUser = /^system:serviceaccount:[^:]+:default$/.test(s.name);
  if ((s.kind === 'ServiceAccount' && s.name === 'default') || asUser) return 'every pod of the namespace that names no other ServiceAccount';
  return undefined;
}
