import type { ManifestDocument, YamlPath } from '../manifests/index.js';
import { obj, type Obj } from './plain.js';

/** Kinds that carry a pod template, and where the pod spec sits in each. */
const POD_SPEC_PATHS: Record<string, readonly string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Every pod-bearing kind: the rules about containers apply to these. */
export const POD_KINDS: readonly string[] = Object.keys(POD_SPEC_PATHS);

/** The container lists of a pod spec: all of them hold env, commands and mounts. */
export const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

function at(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else v = obj(v)?.[seg as string];
    if (v === undefined) return undefined;
  }
  return v;
}

/** A pod spec and the path that reaches it in its document. */
export interface PodSpecAt {
  spec: Obj;
  path: YamlPath;
  /** Path of the pod template's metadata (annotations live there), absent for a bare Pod. */
  templateMetadataPath?: YamlPath;
}

/** The pod spec of a pod-bearing object, or undefined for other kinds. */
export function podSpecOf(doc: ManifestDocument): PodSpecAt | undefined {
  const path = POD_SPEC_PATHS[doc.kind];
  if (!path) return undefined;
  const spec = obj(at(doc.value, path));
  if (!spec) return undefined;
  const templateMetadataPath = doc.kind === 'Pod' ? undefined : [...path.slice(0, -1), 'metadata'];
  return { spec, path, templateMetadataPath };
}

/** A container with the path that reaches it and which list it is in. */
export interface ContainerAt {
  container: Obj;
  path: YamlPath;
  list: (typeof CONTAINER_LISTS)[number];
  name: string;
}

/** Every container of every container list of a pod spec, in document order. */
export function containersOf(pod: PodSpecAt): ContainerAt[] {
  const out: ContainerAt[] = [];
  // Object keys keep the order the YAML wrote them in, so this walks the lists in document order.
  const lists = Object.keys(pod.spec).filter((k): k is ContainerAt['list'] => (CONTAINER_LISTS as readonly string[]).includes(k));
  for (const list of lists) {
    const items = pod.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((c, i) => {
      const container = obj(c);
      if (!container) return;
      out.push({ container, path: [...pod.path, list, i], list, name: typeof container.name === 'string' ? container.name : `#${i}` });
    });
  }
  return out;
}

/** Reads the value at a relative path inside a plain value (undefined when any step is missing). */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return at(value, path);
}

/** A volume of a pod spec with the path that reaches it. */
export interface VolumeAt {
  volume: Obj;
  path: YamlPath;
  name: string;
}

/** Every volume of a pod spec, in document order. */
export function volumesOf(pod: PodSpecAt): VolumeAt[] {
  const items = pod.spec.volumes;
  if (!Array.isArray(items)) return [];
  const out: VolumeAt[] = [];
  items.forEach((v, i) => {
    const volume = obj(v);
    if (volume) out.push({ volume, path: [...pod.path, 'volumes', i], name: typeof volume.name === 'string' ? volume.name : `#${i}` });
  });
  return out;
}

/** A reference from a pod spec to a ConfigMap or Secret. */
export interface ConfigRef {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  /** `optional: true` was set: the pod starts without the object. */
  optional: boolean;
  /** How the pod reads it. */
  via: 'env' | 'envFrom' | 'volume';
  /** Path of the env entry, envFrom entry or volume source that names it. */
  path: YamlPath;
  /** The variable an `env` entry defines. */
  envName?: string;
  /** The key an `env` entry reads. */
  key?: string;
  /** The prefix of an `envFrom` entry. */
  prefix?: string;
}

/** The ConfigMaps and Secrets one container reads through `env` and `envFrom`, in document order. */
export function envRefsOf(c: ContainerAt): ConfigRef[] {
  const out: ConfigRef[] = [];
  const env = c.container.env;
  if (Array.isArray(env)) {
    env.forEach((e, i) => {
      const entry = obj(e);
      const from = obj(entry?.valueFrom);
      if (!entry || !from) return;
      const envName = typeof entry.name === 'string' ? entry.name : undefined;
      for (const [field, kind] of [['secretKeyRef', 'Secret'], ['configMapKeyRef', 'ConfigMap']] as const) {
        const ref = obj(from[field]);
        if (!ref || typeof ref.name !== 'string') continue;
        const key = typeof ref.key === 'string' ? ref.key : undefined;
        out.push({ kind, name: ref.name, optional: ref.optional === true, via: 'env', path: [...c.path, 'env', i], envName, key });
      }
    });
  }
  const envFrom = c.container.envFrom;
  if (Array.isArray(envFrom)) {
    envFrom.forEach((e, i) => {
      const entry = obj(e);
      if (!entry) return;
      const prefix = typeof entry.prefix === 'string' ? entry.prefix : '';
      for (const [field, kind] of [['secretRef', 'Secret'], ['configMapRef', 'ConfigMap']] as const) {
        const ref = obj(entry[field]);
        if (!ref || typeof ref.name !== 'string') continue;
        out.push({ kind, name: ref.name, optional: ref.optional === true, via: 'envFrom', path: [...c.path, 'envFrom', i], prefix });
      }
    });
  }
  return out;
}

/** The ConfigMaps and Secrets a pod mounts as volumes (projected sources included). */
export function volumeRefsOf(pod: PodSpecAt): ConfigRef[] {
  const out: ConfigRef[] = [];
  for (const v of volumesOf(pod)) {
    const secret = obj(v.volume.secret);
    if (secret && typeof secret.secretName === 'string') {
      out.push({ kind: 'Secret', name: secret.secretName, optional: secret.optional === true, via: 'volume', path: [...v.path, 'secret'] });
    }
    const cm = obj(v.volume.configMap);
    if (cm && typeof cm.name === 'string') {
      out.push({ kind: 'ConfigMap', name: cm.name, optional: cm.optional === true, via: 'volume', path: [...v.path, 'configMap'] });
    }
    const sources = obj(v.volume.projected)?.sources;
    if (!Array.isArray(sources)) continue;
    sources.forEach((s, i) => {
      for (const [field, kind] of [['secret', 'Secret'], ['configMap', 'ConfigMap']] as const) {
        const ref = obj(obj(s)?.[field]);
        if (!ref || typeof ref.name !== 'string') continue;
        out.push({ kind, name: ref.name, optional: ref.optional === true, via: 'volume', path: [...v.path, 'projected', 'sources', i, field] });
      }
    });
  }
  return out;
}

/** Mount paths of a container whose volume holds Secret material (a secret, a projected secret, a CSI secret store). */
export function secretMountPaths(pod: PodSpecAt, c: ContainerAt): string[] {
  const secretVolumes = new Set<string>();
  for (const v of volumesOf(pod)) {
    const projected = obj(v.volume.projected)?.sources;
    const csiDriver = obj(v.volume.csi)?.driver;
    if (
      obj(v.volume.secret) ||
      (Array.isArray(projected) && projected.some((s) => obj(obj(s)?.secret))) ||
      (typeof csiDriver === 'string' && csiDriver.startsWith('secrets-store'))
    ) {
      secretVolumes.add(v.name);
    }
  }
  const mounts = c.container.volumeMounts;
  if (!Array.isArray(mounts)) return [];
  const out: string[] = [];
  for (const m of mounts) {
    const mount = obj(m);
    if (mount && typeof mount.name === 'string' && secretVolumes.has(mount.name) && typeof mount.mountPath === 'string') {
      out.push(mount.mountPath);
    }
  }
  return out;
}
