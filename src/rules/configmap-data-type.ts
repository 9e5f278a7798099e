import type { Problem, Rule } from './types.js';
import { writtenKey, writtenValue } from './source-text.js';
import type { Obj } from './plain.js';

/** What Kubernetes accepts as a ConfigMap key (validation.IsConfigMapKey). */
const KEY = /^[-._a-zA-Z0-9]+$/;
const MAX_KEY_LENGTH = 253;

function typeName(v: unknown): string | undefined {
  if (typeof v === 'string') return undefined;
  if (v === null) return 'null';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Uint8Array) return 'binary';
  return 'map';
}

function keyProblems(doc: Parameters<Rule['check']>[0], field: string, key: string): Problem[] {
  const path = [field, key];
  if (key === '.' || key === '..' || key.length > MAX_KEY_LENGTH || !KEY.test(key)) {
    return [{ messageId: 'badKey', path, onKey: true, params: { field, key: key.slice(0, 80) } }];
  }
  // A YAML 1.1 key like `on` or `0123` is resolved to `true` or `83` before Kubernetes sees it;
  // only keys that look like such a result are worth finding in the source.
  if (!/^(true|false|null|[-+.0-9][-+.0-9a-fA-FxX_:e]*)$/.test(key)) return [];
  const written = writtenKey(doc, path);
  if (written !== undefined && /^[A-Za-z0-9._+-]+$/.test(written) && written !== key) {
    return [{ messageId: 'keyConverted', path, onKey: true, params: { field, key, written } }];
  }
  return [];
}

/** ConfigMap data the API server (or kubectl) refuses: non-string values, invalid keys, keys in both maps. */
export const configmapDataType: Rule = {
  meta: {
    id: 'configmap-data-type',
    title: 'ConfigMap data that Kubernetes does not read as strings',
    defaultSeverity: 'error',
    messages: {
      number: '{resource} data key {key} holds an unquoted number; the API server rejects ConfigMap data that is not a string. Quote the value.',
      boolean:
        '{resource} data key {key} holds {written}, which Kubernetes reads as the boolean {value} (YAML 1.1); the API server rejects ConfigMap data that is not a string. Quote it: "{written}".',
      map: '{resource} data key {key} holds a mapping; ConfigMap data values must be strings. Write the content as a block scalar (key: |).',
      list: '{resource} data key {key} holds a list; ConfigMap data values must be strings. Write the content as a block scalar (key: |).',
      binary: '{resource} data key {key} holds a !!binary value; move it to binaryData or write it as a string.',
      null: '{resource} data key {key} has no value (null): kubectl rejects it, and an apply would delete the key. Write "" for an empty value, or remove the key.',
      notMap: '{resource} {field} must be a mapping of keys to strings.',
      binaryNotString: '{resource} binaryData key {key} must hold a base64 string.',
      badKey: '{resource} {field} key {key} is not a valid ConfigMap key (letters, digits, "-", "_", "." only, at most 253 characters); the API server rejects it.',
      keyConverted:
        '{resource} {field} key written {written} reaches Kubernetes as "{key}" (YAML 1.1 resolves it); quote the key ("{written}") to keep its name.',
      duplicate: '{resource} key {key} is in both data and binaryData; the API server rejects a key set in both. Keep one.',
    },
    remediation: 'Quote every ConfigMap value so it stays a string, use valid keys, and keep each key in only one of data and binaryData.',
    crossReferences: [],
  },
  target: { kinds: ['ConfigMap'] },
  check(doc) {
    if (doc.apiVersion !== 'v1') return [];
    const value = doc.value as Obj;
    const problems: Problem[] = [];
    const maps: Record<string, Obj | undefined> = {};
    for (const field of ['data', 'binaryData']) {
      const m = value[field];
      if (m === undefined || m === null) continue;
      if (typeof m !== 'object' || Array.isArray(m)) {
        problems.push({ messageId: 'notMap', path: [field], onKey: true, params: { field } });
        continue;
      }
      maps[field] = m as Obj;
    }
    for (const [key, v] of Object.entries(maps.data ?? {})) {
      problems.push(...keyProblems(doc, 'data', key));
      const type = typeName(v);
      if (!type) continue;
      const params: Record<string, string> = { key };
      if (type === 'boolean') Object.assign(params, { value: String(v), written: writtenValueOf(doc, key) ?? String(v) });
      problems.push({ messageId: type, path: ['data', key], onKey: type === 'null' || type === 'map' || type === 'list', params });
    }
    for (const [key, v] of Object.entries(maps.binaryData ?? {})) {
      problems.push(...keyProblems(doc, 'binaryData', key));
      if (typeof v !== 'string') problems.push({ messageId: 'binaryNotString', path: ['binaryData', key], params: { key } });
      if (maps.data && Object.hasOwn(maps.data, key)) problems.push({ messageId: 'duplicate', path: ['binaryData', key], onKey: true, params: { key } });
    }
    return problems;
  },
};

function writtenValueOf(doc: Parameters<Rule['check']>[0], key: string): string | undefined {
  const text = writtenValue(doc, ['data', key]);
  return text && /^[A-Za-z]{1,5}$/.test(text) ? text : undefined;
}
