import type { ManifestDocument, YamlPath } from '../manifests/index.js';
import { podSpecOf, POD_KINDS, volumesOf } from './pod-spec.js';
import { writtenValue } from './source-text.js';
import type { Problem, Rule } from './types.js';
import { obj, type Obj } from './plain.js';

/** Bits beyond owner read/write and group read: group write/exec and anything for others. */
const TOO_OPEN = 0o037;
/** The API server accepts file modes from 0 to 0777. */
const MAX_MODE = 0o777;

const octal = (n: number): string => `0${n.toString(8)}`;

/** Who gets access a Secret file should not give, in words. */
function whoGets(mode: number): string {
  const parts: string[] = [];
  if (mode & 0o004) parts.push('every user in the container read');
  if (mode & 0o002) parts.push('every user write');
  if (mode & 0o020) parts.push('the group write');
  if (mode & 0o011) parts.push('execute');
  return parts.join(' and ') || 'more than owner read';
}

/** How the written digits read, and whether they look like an octal mode the author meant. */
function reading(written: string | undefined, value: number): { text: string; meant?: number } {
  if (written === undefined || !/^[0-9]+$/.test(written)) return { text: `${written ?? value} (mode ${octal(value)})` };
  // Written with the leading zero, it already reads as the octal mode it is: no gloss needed.
  if (written.startsWith('0') && written.length > 1) return { text: written === octal(value) ? written : `${written} (octal, mode ${octal(value)})` };
  const meant = /^[0-7]{3}$/.test(written) ? parseInt(written, 8) : undefined;
  return { text: `${written}, which YAML reads as decimal ${written} = mode ${octal(value)}`, meant };
}

/** One mode field: nothing when it keeps to owner read (+ group read), else a problem. */
function checkMode(doc: ManifestDocument, path: YamlPath, field: string, volume: string, value: unknown): Problem[] {
  if (typeof value !== 'number' || !Number.isInteger(value)) return [];
  const written = writtenValue(doc, path);
  const r = reading(written, value);
  const base = { volume, field, written: written ?? String(value) };
  if (value < 0 || value > MAX_MODE) {
    const hint = r.meant !== undefined ? ` Did you mean 0${written}?` : '';
    return [{ messageId: 'invalid', path, severity: 'error', params: { ...base, reading: r.text, hint } }];
  }
  if ((value & TOO_OPEN) === 0) return [];
  if (r.meant !== undefined && (r.meant & TOO_OPEN) === 0) {
    return [{ messageId: 'didYouMean', path, params: { ...base, reading: r.text, who: whoGets(value) } }];
  }
  return [{ messageId: 'tooOpen', path, params: { ...base, reading: r.text, who: whoGets(value) } }];
}

/** Items with their own mode do not use defaultMode; it matters when any key is projected without one. */
function usesDefaultMode(source: Obj): boolean {
  const items = source.items;
  return !Array.isArray(items) || items.length === 0 || items.some((i) => obj(i)?.mode === undefined);
}

function itemModes(doc: ManifestDocument, source: Obj, sourcePath: YamlPath, volume: string): Problem[] {
  const items = source.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item, i) => checkMode(doc, [...sourcePath, 'items', i, 'mode'], 'items[].mode', volume, obj(item)?.mode));
}

/** Secret files mounted with more than owner read (+ group read). */
export const secretVolumeMode: Rule = {
  meta: {
    id: 'secret-volume-mode',
    title: 'Secret files mounted with permissive modes',
    defaultSeverity: 'warning',
    messages: {
      unset:
        '{resource} mounts Secret {secret} (volume {volume}) without defaultMode, so its files get 0644: every user in the container can read them. Set defaultMode: 0400 (0440 with an fsGroup).',
      tooOpen: '{resource} volume {volume}: {field} {reading}; that lets {who} the Secret files. Use 0400 (0440 with an fsGroup).',
      didYouMean:
        '{resource} volume {volume}: {field} {reading}, which lets {who} the Secret files. Did you mean 0{written}? Write the leading zero (YAML 1.1 octal).',
      invalid: '{resource} volume {volume}: {field} {reading}; the API server accepts only 0 to 0777 and rejects the pod.{hint}',
    },
    remediation: 'Mount Secret files with defaultMode 0400 (or 0440 with an fsGroup), written with the leading zero so YAML reads it as octal.',
    crossReferences: [],
  },
  target: { kinds: [...POD_KINDS] },
  check(doc) {
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const problems: Problem[] = [];
    for (const v of volumesOf(pod)) {
      const secret = obj(v.volume.secret);
      if (secret) {
        const path = [...v.path, 'secret'];
        problems.push(...itemModes(doc, secret, path, v.name));
        if (usesDefaultMode(secret)) {
          if (secret.defaultMode === undefined || secret.defaultMode === null) {
            const name = typeof secret.secretName === 'string' ? secret.secretName : '?';
            problems.push({ messageId: 'unset', path, onKey: true, params: { volume: v.name, secret: name } });
          } else problems.push(...checkMode(doc, [...path, 'defaultMode'], 'defaultMode', v.name, secret.defaultMode));
        }
      }
      const projected = obj(v.volume.projected);
      const sources = projected?.sources;
      if (!projected || !Array.isArray(sources)) continue;
      let defaultChecked = false;
      sources.forEach((s, i) => {
        const source = obj(obj(s)?.secret);
        if (!source) return;
        const path = [...v.path, 'projected', 'sources', i, 'secret'];
        problems.push(...itemModes(doc, source, path, v.name));
        if (!usesDefaultMode(source) || defaultChecked) return;
        defaultChecked = true;
        if (projected.defaultMode === undefined || projected.defaultMode === null) {
          const name = typeof source.name === 'string' ? source.name : '?';
          problems.push({ messageId: 'unset', path, onKey: true, params: { volume: v.name, secret: name } });
        } else problems.push(...checkMode(doc, [...v.path, 'projected', 'defaultMode'], 'defaultMode', v.name, projected.defaultMode));
      });
    }
    return problems;
  },
};
