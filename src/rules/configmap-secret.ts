import { decodeBase64Bytes, isText, judgeAll, judgeEnvFile, judgeLiterals } from '../detect/index.js';
import type { ManifestDocument } from '../manifests/index.js';
import type { Problem, RepoReader, Rule } from './types.js';
import { hitProblems } from './secret-plaintext.js';

/** A ConfigMap that holds a credential in `data` (directly or in an embedded file) or a key in `binaryData`. */
export const configmapSecret: Rule = {
  meta: {
    id: 'configmap-secret',
    title: 'ConfigMap holds a credential',
    defaultSeverity: 'error',
    messages: {
      data: '{resource} holds a credential under key {key} ({what}, {length} characters): ConfigMaps are readable by anyone who can read config.',
      embedded: '{resource} holds a credential at {innerKey} inside the file in key {key} ({what}, {length} characters).',
      binaryData: '{resource} holds a credential in binaryData key {key} once decoded ({what}, {length} characters).',
      weak: '{resource} sets key {key} to a well-known default credential ({length} characters): committed and guessable.',
      weakEmbedded: '{resource} sets {innerKey} inside the file in key {key} to a well-known default credential ({length} characters).',
      generatorLiteral: 'configMapGenerator {generator} sets {key} to a credential ({what}, {length} characters): the generated ConfigMap carries it.',
      generatorFile: 'configMapGenerator {generator} reads {file}, which holds a credential under {key} ({what}, {length} characters).',
      generatorWeak: 'configMapGenerator {generator} sets {key} to a well-known default credential ({length} characters).',
    },
    remediation:
      'Move the credential into a Secret kept out of git (a SealedSecret, an ExternalSecret, or SOPS) and reference it; then rotate it, since it is already in the history.',
    crossReferences: [
      { tool: 'trivy', id: 'KSV-0109 (ConfigMap with secrets)' },
      { tool: 'checkov', id: 'CKV_SECRET_*' },
    ],
  },
  target: { roles: ['object', 'kustomization'] },
  check(doc, context) {
    if (doc.role === 'kustomization') return generatorProblems(doc, context.repo);
    if (doc.kind !== 'ConfigMap' || doc.apiVersion !== 'v1') return [];
    const value = doc.value as Record<string, unknown>;
    const problems: Problem[] = [];
    const data = value.data;
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
        if (typeof raw !== 'string') continue;
        problems.push(...hitProblems('data', key, judgeAll(key, raw), true, { plain: 'data', embedded: 'embedded' }));
      }
    }
    const binary = value.binaryData;
    if (binary && typeof binary === 'object' && !Array.isArray(binary)) {
      for (const [key, raw] of Object.entries(binary as Record<string, unknown>)) {
        if (typeof raw !== 'string') continue;
        const bytes = decodeBase64Bytes(raw);
        if (!bytes || !isText(bytes)) continue;
        // Decoded binaryData is judged by its content only: a file name says nothing about its bytes.
        const hits = judgeAll('', bytes.toString('utf8')).filter((h) => h.verdict === 'credential');
        problems.push(...hitProblems('binaryData', key, hits.slice(0, 1).map((h) => ({ ...h, innerKey: undefined })), false, { plain: 'binaryData', embedded: 'binaryData' }));
      }
    }
    return problems;
  },
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** A kustomization-relative path as a repository path; undefined when remote, absolute or outside the repository. */
function repoPath(kustomization: string, relative: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(relative) || relative.startsWith('/')) return undefined;
  const parts = kustomization.includes('/') ? kustomization.slice(0, kustomization.lastIndexOf('/')).split('/') : [];
  for (const seg of relative.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') parts.push(seg);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join('/');
}

/** Credentials a kustomize `configMapGenerator` puts in the ConfigMap it generates: literals, env files, files. */
function generatorProblems(doc: ManifestDocument, repo: RepoReader): Problem[] {
  const value = doc.value;
  if (!isObj(value) || !Array.isArray(value.configMapGenerator)) return [];
  const problems: Problem[] = [];
  (value.configMapGenerator as unknown[]).forEach((gen, g) => {
    if (!isObj(gen)) return;
    const generator = typeof gen.name === 'string' ? gen.name : `#${g}`;
    const list = (k: string): unknown[] => (Array.isArray(gen[k]) ? (gen[k] as unknown[]) : []);
    for (const j of judgeLiterals(list('literals') as string[])) {
      if (j.judgement.verdict === 'quiet') continue;
      const weak = j.judgement.verdict === 'weak';
      problems.push({
        messageId: weak ? 'generatorWeak' : 'generatorLiteral',
        path: ['configMapGenerator', g, 'literals', j.index],
        params: { generator, key: j.key, what: j.judgement.what, length: j.judgement.length ?? 0 },
        ...(weak ? { severity: 'warning' as const } : {}),
      });
    }
    const named: [unknown, (string | number)[], 'env' | 'file'][] = [
      ...list('envs').map((f, i): [unknown, (string | number)[], 'env'] => [f, ['configMapGenerator', g, 'envs', i], 'env']),
      ...list('files').map((f, i): [unknown, (string | number)[], 'file'] => [f, ['configMapGenerator', g, 'files', i], 'file']),
    ];
    for (const [entry, path, kind] of named) {
      if (typeof entry !== 'string') continue;
      const eq = kind === 'file' ? entry.indexOf('=') : -1;
      const rel = (eq > 0 ? entry.slice(eq + 1) : entry).trim();
      const file = repoPath(doc.file, rel);
      const text = file === undefined ? undefined : repo.readText(file);
      if (file === undefined || text === undefined) continue;
      const lineBased = kind === 'env' || /\.(?:env|properties|ini|toml|cfg|conf)$|(?:^|\/)\.env/i.test(rel);
      const found =
        lineBased
          ? judgeEnvFile(text).flatMap((e) => (e.judgement.verdict === 'quiet' ? [] : [{ key: e.key, ...e.judgement }]))
          : judgeAll(eq > 0 ? entry.slice(0, eq).trim() : rel.slice(rel.lastIndexOf('/') + 1), text).map((h) => ({ key: h.innerKey ?? rel, ...h }));
      const first = found.find((f) => f.verdict === 'credential') ?? found[0];
      if (!first) continue;
      problems.push({
        messageId: first.verdict === 'weak' ? 'generatorWeak' : 'generatorFile',
        path,
        params: { generator, file: rel, key: first.key, what: first.what, length: first.length ?? 0 },
        ...(first.verdict === 'weak' ? { severity: 'warning' as const } : {}),
      });
    }
  });
  return problems;
}
