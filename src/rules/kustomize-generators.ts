import { hasCredentialTail, judgeWithUrls, matchFormat, parseEmbedded, parseKeyValueLines, unquote } from '../detect/index.js';
import type { ManifestDocument, YamlPath } from '../manifests/index.js';
import type { RepoReader } from './types.js';
import { isObj } from './plain.js';

/** The two kustomize generators whose inputs end up as Secret or ConfigMap data. */
export type GeneratorField = 'secretGenerator' | 'configMapGenerator';

/** One key-value pair a generator would put in the object it generates. */
export interface GeneratorEntry {
  /** The generated object's name (`name:` of the generator entry). */
  generator: string;
  key: string;
  value: string;
  /** `literal` from `literals`, `env` from an `envs`/`env` file, `file` a whole file from `files`, `embedded` a key inside such a file. */
  source: 'literal' | 'env' | 'file' | 'embedded';
  /** YAML path, in the kustomization, of the list entry that holds the literal or names the file. */
  path: YamlPath;
  /** Repository-relative path of the file the value was read from. */
  file?: string;
  /** 1-based line of the value in that file. */
  fileLine?: number;
}

/** A generator entry judged to hold a credential: everything a rule needs to report it, never the value. */
export interface GeneratorCredential {
  entry: GeneratorEntry;
  verdict: 'credential' | 'weak';
  what: string;
  length: number;
}

/** Joins a kustomization-relative path onto its folder; undefined when it leaves the repository or is remote. */
export function resolveRepoPath(kustomizationFile: string, relative: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(relative) || relative.startsWith('/')) return undefined;
  const dir = kustomizationFile.includes('/') ? kustomizationFile.slice(0, kustomizationFile.lastIndexOf('/')) : '';
  const parts = dir ? dir.split('/') : [];
  for (const seg of relative.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/** SOPS-encrypted generator inputs hold ciphertext, not credentials. */
function isEncrypted(text: string): boolean {
  return /ENC\[AES256_GCM|^sops_[a-z_]+=|^sops:|"sops"\s*:/m.test(text);
}

/** Text that is not a readable text file (a logo, a keystore) is left alone. */
function isBinary(text: string): boolean {
  return text.includes('\u0000') || text.includes('\uFFFD');
}

/** Splits `key=value` (literals) or `key=path` (files) at the first `=`. */
function splitAssignment(item: string): [string, string] | undefined {
  const i = item.indexOf('=');
  return i < 0 ? undefined : [item.slice(0, i).trim(), item.slice(i + 1)];
}

/** The key-value pairs inside a file named by `files`, read as the kind of file its name says (lines 1-based). */
function embeddedPairs(name: string, text: string): { key: string; value: string; line?: number }[] {
  if (/\.(?:json|ya?ml)$/i.test(name)) {
    const file = parseEmbedded(text);
    return file && file.format !== 'properties' ? file.entries.map((e) => ({ key: e.key, value: e.value, line: e.line + 1 })) : [];
  }
  if (/\.(?:env|properties|ini|cfg|conf|toml)$|^\.env/i.test(name)) {
    const pairs = parseKeyValueLines(text, { minShare: 0, colon: !/\.env$|^\.env/i.test(name) }) ?? [];
    return pairs.map((p) => ({ key: p.key, value: p.value, line: p.line + 1 }));
  }
  return [];
}

/**
 * Everything a kustomization's `secretGenerator` or `configMapGenerator` would generate, read from
 * `literals`, `envs` (and the older `env`) and `files` committed in the repository. A file that is
 * absent, remote, binary or SOPS-encrypted contributes nothing.
 */
export function generatorEntries(doc: ManifestDocument, repo: RepoReader, field: GeneratorField): GeneratorEntry[] {
  const value = doc.value;
  if (!isObj(value) || !Array.isArray(value[field])) return [];
  const out: GeneratorEntry[] = [];
  (value[field] as unknown[]).forEach((gen, g) => {
    if (!isObj(gen)) return;
    const generator = typeof gen.name === 'string' ? gen.name : `#${g}`;
    const base: YamlPath = [field, g];
    const list = (k: string): unknown[] => (Array.isArray(gen[k]) ? (gen[k] as unknown[]) : []);

    list('literals').forEach((item, i) => {
      if (typeof item !== 'string') return;
      const kv = splitAssignment(item);
      if (kv) out.push({ generator, key: kv[0], value: unquote(kv[1]), source: 'literal', path: [...base, 'literals', i] });
    });

    const envFiles: [unknown, YamlPath][] = list('envs').map((item, i) => [item, [...base, 'envs', i]]);
    if (typeof gen.env === 'string') envFiles.push([gen.env, [...base, 'env']]);
    for (const [item, path] of envFiles) {
      if (typeof item !== 'string') continue;
      const file = resolveRepoPath(doc.file, item.trim());
      const text = file === undefined ? undefined : repo.readText(file);
      if (file === undefined || text === undefined || isEncrypted(text) || isBinary(text)) continue;
      for (const p of parseKeyValueLines(text, { minShare: 0, colon: false }) ?? []) {
        out.push({ generator, key: p.key, value: p.value, source: 'env', path, file, fileLine: p.line + 1 });
      }
    }

    list('files').forEach((item, i) => {
      if (typeof item !== 'string') return;
      const kv = splitAssignment(item);
      const rel = (kv ? kv[1] : item).trim();
      const file = resolveRepoPath(doc.file, rel);
      const text = file === undefined ? undefined : repo.readText(file);
      if (file === undefined || text === undefined || isEncrypted(text) || isBinary(text)) return;
      const name = rel.slice(rel.lastIndexOf('/') + 1);
      const path: YamlPath = [...base, 'files', i];
      out.push({ generator, key: kv ? kv[0] : name, value: text, source: 'file', path, file, fileLine: 1 });
      for (const p of embeddedPairs(name, text)) {
        out.push({ generator, key: p.key, value: p.value, source: 'embedded', path, file, fileLine: p.line });
      }
    });
  });
  return out;
}

/**
 * The generator entries that hold credentials, judged as RULES.md's *Judging values* says. A whole
 * file counts when it has a credential format or is a single value under a credential-named file
 * name (`db-password.txt`); a structured file (env, properties, JSON, YAML) counts by the keys inside it.
 */
export function generatorCredentials(doc: ManifestDocument, repo: RepoReader, field: GeneratorField): GeneratorCredential[] {
  const entries = generatorEntries(doc, repo, field);
  const out: GeneratorCredential[] = [];
  const wholeFileHit = new Set<string>();
  for (const entry of entries) {
    if (entry.source === 'embedded' && wholeFileHit.has(entry.path.join('/'))) continue;
    let verdict: GeneratorCredential['verdict'] | undefined;
    let what = '';
    if (entry.source === 'file') {
      const structured = entries.some((e) => e.source === 'embedded' && e.path.join('/') === entry.path.join('/'));
      const format = matchFormat(entry.value);
      if (format) [verdict, what] = ['credential', format.name];
      else if (!structured) {
        // `db-password.txt` is named by its stem; `tls.key` by its whole name.
        const key = hasCredentialTail(entry.key) ? entry.key : entry.key.replace(/\.[A-Za-z0-9]{1,5}$/, '');
        const judged = judgeWithUrls(key, entry.value.trim());
        if (judged.verdict !== 'quiet') [verdict, what] = [judged.verdict, judged.what];
      }
      if (verdict) wholeFileHit.add(entry.path.join('/'));
    } else {
      const judged = judgeWithUrls(entry.key, entry.value);
      if (judged.verdict !== 'quiet') [verdict, what] = [judged.verdict, judged.what];
    }
    if (verdict) out.push({ entry, verdict, what, length: [...entry.value.trim()].length });
  }
  return out;
}

/**
 * Credentials from generator files grouped by the list entry that names the file (in order): one
 * finding per entry, so a `.env` with three passwords is one thing to fix at one line.
 */
export function groupByFileEntry(hits: readonly GeneratorCredential[]): GeneratorCredential[][] {
  const byEntry = new Map<string, GeneratorCredential[]>();
  for (const h of hits) {
    const k = h.entry.path.join('\u0000');
    byEntry.set(k, [...(byEntry.get(k) ?? []), h]);
  }
  return [...byEntry.values()];
}
