import { findObjects, visibleGenerators } from './config-sources.js';
import { containersOf, envRefsOf, podSpecOf, POD_KINDS, valueAt, volumeRefsOf, type ConfigRef } from './pod-spec.js';
import type { Rule, RuleContext } from './types.js';

/** Objects the platform puts in every namespace: Kubernetes (kube-root-ca.crt), OpenShift, istiod. */
const BUILT_IN: Record<string, ReadonlySet<string>> = {
  ConfigMap: new Set(['kube-root-ca.crt', 'openshift-service-ca.crt', 'istio-ca-root-cert']),
  Secret: new Set(),
};

/** Kinds that make a Secret of another name: the Secret exists once the controller runs. */
const SECRET_MAKERS: readonly { kind: string; name: (v: unknown) => unknown[] }[] = [
  { kind: 'SealedSecret', name: (v) => [valueAt(v, ['spec', 'template', 'metadata', 'name']) ?? valueAt(v, ['metadata', 'name'])] },
  { kind: 'ExternalSecret', name: (v) => [valueAt(v, ['spec', 'target', 'name']) ?? valueAt(v, ['metadata', 'name'])] },
  { kind: 'Certificate', name: (v) => [valueAt(v, ['spec', 'secretName'])] },
  // Database operators write connection Secrets named after the custom resource.
  {
    kind: 'Cluster',
    name: (v) => {
      const n = valueAt(v, ['metadata', 'name']);
      const api = valueAt(v, ['apiVersion']);
      if (typeof n !== 'string' || typeof api !== 'string' || !api.startsWith('postgresql.cnpg.io/')) return [];
      return ['app', 'superuser', 'ca', 'server', 'replication'].map((s) => `${n}-${s}`);
    },
  },
  {
    kind: 'postgresql',
    name: (v) => {
      const n = valueAt(v, ['metadata', 'name']);
      if (typeof n !== 'string') return [];
      const users = Object.keys((valueAt(v, ['spec', 'users']) as object | undefined) ?? {});
      return [...users, 'postgres', 'standby'].map((u) => `${u.split('_').join('-')}.${n}.credentials.postgresql.acid.zalan.do`);
    },
  },
  { kind: 'RedisEnterpriseDatabase', name: (v) => [`redb-${String(valueAt(v, ['metadata', 'name']))}`] },
  // Strimzi's user operator writes a KafkaUser's credentials into a Secret of the same name.
  { kind: 'KafkaUser', name: (v) => [valueAt(v, ['metadata', 'name'])] },
  {
    kind: 'Kafka',
    name: (v) => ['cluster-ca-cert', 'clients-ca-cert', 'cluster-ca', 'clients-ca'].map((s) => `${String(valueAt(v, ['metadata', 'name']))}-${s}`),
  },
  {
    kind: 'Elasticsearch',
    name: (v) => ['es-elastic-user', 'es-http-certs-public', 'es-http-ca-internal'].map((s) => `${String(valueAt(v, ['metadata', 'name']))}-${s}`),
  },
  {
    kind: 'SopsSecret',
    name: (v) => {
      const t = valueAt(v, ['spec', 'secretTemplates']);
      return Array.isArray(t) ? t.map((x) => valueAt(x, ['name'])) : [];
    },
  },
];

const TEMPLATED = /\{\{|\$\(|\$\{/;

function isDefined(ref: ConfigRef, namespace: string, file: string, ctx: RuleContext): boolean {
  if (BUILT_IN[ref.kind]?.has(ref.name) || TEMPLATED.test(ref.name)) return true;
  if (findObjects(ctx, ref.kind, ref.name, namespace).length > 0) return true;
  if (visibleGenerators(file, ctx).some((g) => g.kind === ref.kind && g.name === ref.name)) return true;
  if (ref.kind !== 'Secret') return false;
  return SECRET_MAKERS.some((m) =>
    ctx.index.ofKind(m.kind).some((d) => (!namespace || !d.namespace || d.namespace === namespace) && m.name(d.value).includes(ref.name)),
  );
}

/** A workload that references a ConfigMap or Secret defined nowhere in the repository. */
export const configRefMissing: Rule = {
  meta: {
    id: 'config-ref-missing',
    title: 'Reference to a ConfigMap or Secret defined nowhere',
    defaultSeverity: 'notice',
    messages: {
      missing:
        '{resource} reads {kind} {name} ({via}), which is defined nowhere in the repository and not optional: the pod will not start until someone creates it. Commit it (sealed or external for a Secret), mark the reference optional: true, or document where it comes from.',
    },
    remediation:
      'Define the referenced ConfigMap or Secret in the repository (a SealedSecret or ExternalSecret for secrets), or mark the reference `optional: true` when the pod can run without it.',
    crossReferences: [{ tool: 'kube-linter', id: 'env-value-from' }],
    options: {
      wholeRepository: { type: 'boolean', description: 'Report even when the scan sees only part of the repository (changed files).' },
    },
  },
  scope: 'repository',
  target: { kinds: [...POD_KINDS, 'ConfigMap', 'Secret', 'Kustomization', ...SECRET_MAKERS.map((m) => m.kind)] },
  check(doc, ctx) {
    // Only a view of the whole repository can say "defined nowhere"; a changed-files scan stays silent.
    if (!ctx.index.wholeRepository && ctx.options.wholeRepository !== true) return [];
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const refs = [...containersOf(pod).flatMap((c) => envRefsOf(c)), ...volumeRefsOf(pod)];
    const reported = new Set<string>();
    return refs
      .filter((r) => !r.optional && !isDefined(r, doc.namespace, doc.file, ctx))
      .filter((r) => {
        const key = `${r.path.join('/')}`;
        if (reported.has(key)) return false;
        reported.add(key);
        return true;
      })
      .map((r) => ({
        messageId: 'missing',
        path: r.path,
        onKey: r.via === 'volume',
        params: { kind: r.kind, name: r.name, via: r.via === 'volume' ? 'as a volume' : `through ${r.via}` },
      }));
  },
};
