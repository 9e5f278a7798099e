import type { ManifestDocument } from '../manifests/index.js';
import { decodeBase64 } from '../detect/index.js';
import { obj, type Obj } from './plain.js';

/** The API server's limit on a ConfigMap's or Secret's value bytes (validation's MaxSecretSize). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** The API server's limit on an object's annotations, keys plus values (TotalAnnotationSizeLimitB). */
export const MAX_ANNOTATION_BYTES = 256 * 1024;
/** etcd's default request limit: a larger object cannot be stored at all. */
export const MAX_ETCD_REQUEST_BYTES = 1536 * 1024;
/** The annotation client-side `kubectl apply` writes the whole object into. */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The size the API server would refuse, with what it measured and the limit it applies. */
export interface SizeViolation {
  messageId: 'configmap' | 'secret' | 'annotations' | 'etcd';
  measured: number;
  limit: number;
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** The value as a mapping, or an empty one: sizes count what is there. */
function record(v: unknown): Obj {
  return obj(v) ?? {};
}

/** Bytes of the values of a ConfigMap's data and (decoded) binaryData, as validation counts them. */
export function configMapValueBytes(value: Record<string, unknown>): number {
  let total = 0;
  for (const v of Object.values(record(value.data))) if (typeof v === 'string') total += utf8Bytes(v);
  for (const v of Object.values(record(value.binaryData))) {
    if (typeof v === 'string') total += Buffer.from(v.replace(/\s+/g, ''), 'base64').length;
  }
  return total;
}

/** Bytes of a Secret's values once stringData is merged into decoded data, as the API server stores them. */
export function secretValueBytes(value: Record<string, unknown>): number {
  const merged = new Map<string, number>();
  for (const [k, v] of Object.entries(record(value.data))) {
    if (typeof v !== 'string') continue;
    const decoded = decodeBase64(v);
    merged.set(k, decoded === undefined ? utf8Bytes(v) : Buffer.from(v.replace(/\s+/g, ''), 'base64').length);
  }
  for (const [k, v] of Object.entries(record(value.stringData))) if (typeof v === 'string') merged.set(k, utf8Bytes(v));
  let total = 0;
  for (const n of merged.values()) total += n;
  return total;
}

/** Bytes of `metadata.annotations`, keys plus values; optionally leaving one key out. */
export function annotationBytes(value: Record<string, unknown>, except?: string): number {
  let total = 0;
  for (const [k, v] of Object.entries(record(record(value.metadata).annotations))) {
    if (k === except) continue;
    total += utf8Bytes(k) + (typeof v === 'string' ? utf8Bytes(v) : utf8Bytes(JSON.stringify(v) ?? ''));
  }
  return total;
}

/** The object's compact JSON as Go's encoding/json writes it (HTML characters escaped), in bytes. */
export function goJsonBytes(value: unknown): number {
  // A replacer runs for every value of every object (the costliest part of a scan); only `!!binary`
  // scalars (Uint8Array) need one, so it is added only when there are any.
  let json = JSON.stringify(value) ?? '';
  if (json.includes('"0":') && hasBinary(value)) {
    json = JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v)) ?? '';
  }
  // Go writes <, >, & as \u003c… (6 bytes, not 1) and U+2028/2029 as \u2028 (6 bytes, not 3).
  const html = json.match(/[<>&]/g)?.length ?? 0;
  const separators = json.match(/[\u2028\u2029]/g)?.length ?? 0;
  return utf8Bytes(json) + 5 * html + 3 * separators;
}

/** True when a value holds a `!!binary` scalar anywhere. */
function hasBinary(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v instanceof Uint8Array) return true;
    if (v && typeof v === 'object') for (const item of Object.values(v)) stack.push(item);
  }
  return false;
}

// Both size rules ask for every document; measuring (a JSON encoding) once is enough.
const rejections = new WeakMap<ManifestDocument, SizeViolation | null>();

/** The first limit the API server would reject this object for, if any. */
export function apiServerRejection(doc: ManifestDocument): SizeViolation | undefined {
  let r = rejections.get(doc);
  if (r === undefined) {
    r = measureRejection(doc) ?? null;
    rejections.set(doc, r);
  }
  return r ?? undefined;
}

function measureRejection(doc: ManifestDocument): SizeViolation | undefined {
  const value = record(doc.value);
  if (doc.kind === 'ConfigMap' && doc.apiVersion === 'v1') {
    const measured = configMapValueBytes(value);
    if (measured > MAX_CONFIG_BYTES) return { messageId: 'configmap', measured, limit: MAX_CONFIG_BYTES };
  }
  if (doc.kind === 'Secret' && doc.apiVersion === 'v1') {
    const measured = secretValueBytes(value);
    if (measured > MAX_CONFIG_BYTES) return { messageId: 'secret', measured, limit: MAX_CONFIG_BYTES };
  }
  const annotations = annotationBytes(value);
  if (annotations > MAX_ANNOTATION_BYTES) return { messageId: 'annotations', measured: annotations, limit: MAX_ANNOTATION_BYTES };
  const json = goJsonBytes(value);
  if (json > MAX_ETCD_REQUEST_BYTES) return { messageId: 'etcd', measured: json, limit: MAX_ETCD_REQUEST_BYTES };
  return undefined;
}

/** Bytes client-side apply would write into annotations: the object's JSON in last-applied plus the others. */
export function lastAppliedBytes(doc: ManifestDocument): number {
  const value = record(doc.value);
  // kubectl stores the object without its own previous last-applied annotation.
  const meta = record(value.metadata);
  const annotations = { ...record(meta.annotations) };
  delete annotations[LAST_APPLIED];
  // kubectl sets the remaining annotations back as a non-nil map, so an object without any still
  // carries `"annotations":{}` in its stored JSON (apply.GetModifiedConfiguration).
  const stripped = { ...value, metadata: { ...meta, annotations } };
  return utf8Bytes(LAST_APPLIED) + goJsonBytes(stripped) + 1 + annotationBytes(value, LAST_APPLIED);
}

/** A byte count as people read it: `1,310,720 bytes (1.25 MiB)`. */
export function formatBytes(n: number): string {
  const exact = `${n.toLocaleString('en-US')} bytes`;
  if (n < 1024) return exact;
  const [unit, div] = n >= 1024 * 1024 ? ['MiB', 1024 * 1024] : ['KiB', 1024];
  return `${exact} (${(n / div).toFixed(2).replace(/\.?0+$/, '')} ${unit})`;
}
