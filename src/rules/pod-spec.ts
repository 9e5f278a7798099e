import type { ManifestDocument, YamlPath } from '../manifests/index.js';

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

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

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

/** Every container of a pod spec: `containers`, then `initContainers`, then `ephemeralContainers`. */
export function containersOf(pod: PodSpecAt): ContainerAt[] {
  const out: ContainerAt[] = [];
  for (const list of CONTAINER_LISTS) {
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
