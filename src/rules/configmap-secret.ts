import { decodeBase64Bytes, isText, judgeAll } from '../detect/index.js';
import type { ManifestDocument } from '../manifests/index.js';
import type { Problem, RepoReader, Rule } from './types.js';
import { generatorCredentials, groupByFileEntry } from './kustomize-generators.js';
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

/** Credentials a kustomize `configMapGenerator` puts in the ConfigMap it generates: one per literal, one per file entry. */
function generatorProblems(doc: ManifestDocument, repo: RepoReader): Problem[] {
  const hits = generatorCredentials(doc, repo, 'configMapGenerator');
  const literals: Problem[] = hits
    .filter((h) => h.entry.source === 'literal')
    .map((h) => ({
      messageId: h.verdict === 'weak' ? 'generatorWeak' : 'generatorLiteral',
      path: h.entry.path,
      params: { generator: h.entry.generator, key: h.entry.key, what: h.what, length: h.length },
      ...(h.verdict === 'weak' ? { severity: 'warning' as const } : {}),
    }));
  const files: Problem[] = groupByFileEntry(hits.filter((h) => h.entry.source !== 'literal')).map((group) => {
    const first = group.find((h) => h.verdict === 'credential') ?? group[0];
    return {
      messageId: first.verdict === 'weak' ? 'generatorWeak' : 'generatorFile',
      path: first.entry.path,
      params: { generator: first.entry.generator, file: first.entry.file ?? '', key: first.entry.key, what: first.what, length: first.length },
      ...(first.verdict === 'weak' ? { severity: 'warning' as const } : {}),
    };
  });
  return [...literals, ...files];
}
