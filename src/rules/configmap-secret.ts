import { decodeBase64Bytes, isText, judgeAll } from '../detect/index.js';
import type { Problem, Rule } from './types.js';
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
    },
    remediation:
      'Move the credential into a Secret kept out of git (a SealedSecret, an ExternalSecret, or SOPS) and reference it; then rotate it, since it is already in the history.',
    crossReferences: [
      { tool: 'trivy', id: 'KSV-0109 (ConfigMap with secrets)' },
      { tool: 'checkov', id: 'CKV_SECRET_*' },
    ],
  },
  target: { kinds: ['ConfigMap'] },
  check(doc) {
    if (doc.apiVersion !== 'v1') return [];
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
