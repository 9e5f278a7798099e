import { parse } from 'yaml';
import type { ManifestDocument } from '../manifests/index.js';
import type { RuleContext } from './types.js';
import { obj } from './plain.js';

/** A ConfigMap or Secret a kustomize generator makes, and whether its name gets a content hash. */
export interface GeneratedObject {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  /** Kustomize appends a hash of the content and rewrites references, so pods roll on every change. */
  hashed: boolean;
}

/** The generators of one kustomization value. */
export function generatorsOf(kustomization: unknown): GeneratedObject[] {
  const k = obj(kustomization);
  if (!k) return [];
  const globalOff = obj(k.generatorOptions)?.disableNameSuffixHash === true;
  const out: GeneratedObject[] = [];
  for (const [field, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
    const list = k[field];
    if (!Array.isArray(list)) continue;
    for (const g of list) {
      const gen = obj(g);
      if (!gen || typeof gen.name !== 'string') continue;
      const own = obj(gen.options)?.disableNameSuffixHash;
      out.push({ kind, name: gen.name, hashed: !(own === true || (globalOff && own !== false)) });
    }
  }
  return out;
}

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/**
 * Every generator the rule can see: kustomizations in the scan and the repository index, and those in
 * the folder of `file` and its parents (read directly, so changed-files scans see them too).
 */
export function visibleGenerators(file: string, ctx: RuleContext): GeneratedObject[] {
  // Every workload of a folder sees the same generators: read them once per scan and folder.
  let byDir = cache.get(ctx.index);
  if (!byDir) {
    byDir = new Map();
    cache.set(ctx.index, byDir);
  }
  const dirKey = file.slice(0, file.lastIndexOf('/') + 1);
  const hit = byDir.get(dirKey);
  if (hit) return hit;
  const found = readGenerators(file, ctx);
  byDir.set(dirKey, found);
  return found;
}

const cache = new WeakMap<object, Map<string, GeneratedObject[]>>();

function readGenerators(file: string, ctx: RuleContext): GeneratedObject[] {
  const out: GeneratedObject[] = [];
  for (const k of ctx.index.ofKind('Kustomization')) out.push(...generatorsOf(k.value));
  const parts = file.split('/').slice(0, -1);
  for (let n = parts.length; n >= 0; n--) {
    const dir = parts.slice(0, n).join('/');
    for (const name of KUSTOMIZATION_NAMES) {
      const text = ctx.repo.readText(dir ? `${dir}/${name}` : name);
      if (text === undefined) continue;
      try {
        out.push(...generatorsOf(parse(text, { logLevel: 'silent' })));
      } catch {
        // A broken kustomization is reported where it is scanned; here it just defines nothing.
      }
    }
  }
  return out;
}

/**
 * A name that carries its version, so a change ships as a new object and the pod template changes
 * with it: `app-config-v3`, `settings-2024-05-01`, a kustomize-style hash `app-config-7h2k9m4c5t`.
 */
export function isVersionedName(name: string): boolean {
  const dash = name.lastIndexOf('-');
  if (dash < 0) return false;
  const tail = name.slice(dash + 1);
  if (/^v\d{1,6}$/.test(tail)) return true;
  if (/^\d{6,14}$/.test(tail)) return true;
  // kustomize's name hash: ten characters of its reduced alphabet.
  if (/^[2456789bcdfghkmt]{10}$/.test(tail)) return true;
  // A short git or content hash: hex with both digits and letters.
  return /^[0-9a-f]{7,12}$/.test(tail) && /\d/.test(tail) && /[a-f]/.test(tail);
}

/** Objects of the index with this kind and name that a pod in `namespace` would read. */
export function findObjects(ctx: RuleContext, kind: string, name: string, namespace: string): ManifestDocument[] {
  return ctx.index.ofKind(kind).filter((d) => d.name === name && (!namespace || !d.namespace || d.namespace === namespace));
}
