import { findObjects, isVersionedName, visibleGenerators } from './config-sources.js';
import { containersOf, envRefsOf, podSpecOf, valueAt, type ConfigRef } from './pod-spec.js';
import type { Rule } from './types.js';

/** Workloads that keep pods running: a change to what they read needs a rollout to reach them. */
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'];
/** Pod-template annotation keys that carry a hash of the config (Helm's `checksum/config`, and the like). */
const HASH_ANNOTATION = /checksum|hash|sha1|sha256|digest|config-?version|rollme/i;
/** Controllers that restart pods when a ConfigMap or Secret changes (Stakater Reloader, Wave). */
const RELOADER_ANNOTATION = /reloader|wave\.pusher\.com|configmap\.reload|secret\.reload/i;
/** Tools that version the object itself, so every change ships under a new name (kapp). */
const VERSIONED_OBJECT_ANNOTATION = /^kapp\.k14s\.io\/versioned$/;

const MAX_NAMES = 5;

function annotationKeys(v: unknown): string[] {
  return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
}

/** A workload that reads config through env and has nothing that rolls its pods when it changes. */
export const configRolloutTrigger: Rule = {
  meta: {
    id: 'config-rollout-trigger',
    title: 'Env config that never rolls the pods',
    defaultSeverity: 'notice',
    messages: {
      noTrigger:
        '{resource} reads {names} through env vars, and nothing restarts its pods when they change: env is read once at start. Add a checksum/config pod-template annotation, a reloader annotation, or use generated (hashed) or versioned immutable names.',
    },
    remediation:
      'Roll the pods on config changes: a `checksum/config` annotation on the pod template (Helm), a Reloader annotation, a kustomize configMapGenerator/secretGenerator (hashed names), or versioned immutable ConfigMaps.',
    crossReferences: [],
  },
  scope: 'repository',
  target: { kinds: [...WORKLOAD_KINDS, 'ConfigMap', 'Secret', 'Kustomization'] },
  check(doc, ctx) {
    if (!WORKLOAD_KINDS.includes(doc.kind)) return [];
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const refs: ConfigRef[] = [];
    for (const c of containersOf(pod)) for (const r of envRefsOf(c)) if (!refs.some((x) => x.kind === r.kind && x.name === r.name)) refs.push(r);
    if (refs.length === 0) return [];

    const templateAnnotations = annotationKeys(valueAt(doc.value, [...(pod.templateMetadataPath ?? []), 'annotations']));
    const ownAnnotations = annotationKeys(valueAt(doc.value, ['metadata', 'annotations']));
    if (templateAnnotations.some((k) => HASH_ANNOTATION.test(k) || RELOADER_ANNOTATION.test(k))) return [];
    if (ownAnnotations.some((k) => RELOADER_ANNOTATION.test(k))) return [];

    const generators = visibleGenerators(doc.file, ctx);
    const untriggered = refs.filter((r) => {
      if (isVersionedName(r.name)) return false;
      if (generators.some((g) => g.kind === r.kind && g.name === r.name && g.hashed)) return false;
      const defined = findObjects(ctx, r.kind, r.name, doc.namespace);
      const versioned = defined.some((d) => {
        const v = d.value as Record<string, unknown>;
        return v.immutable === true || annotationKeys(valueAt(v, ['metadata', 'annotations'])).some((k) => VERSIONED_OBJECT_ANNOTATION.test(k));
      });
      return !versioned;
    });
    if (untriggered.length === 0) return [];
    const listed = untriggered.slice(0, MAX_NAMES).map((r) => `${r.kind} ${r.name}`);
    if (untriggered.length > MAX_NAMES) listed.push(`${untriggered.length - MAX_NAMES} more`);
    return [{ messageId: 'noTrigger', path: [], onObject: true, params: { names: listed.join(', ') } }];
  },
};
