import { redact } from '../domain/index.js';
import { judgeValue } from '../detect/index.js';
import type { Problem, Rule } from './types.js';

/** True when a Secret is SOPS-encrypted: its values are ciphertext, not plain text. */
export function isSopsEncrypted(value: Record<string, unknown>): boolean {
  if (value.sops && typeof value.sops === 'object') return true;
  const blocks = [value.data, value.stringData];
  return blocks.some(
    (b) => b && typeof b === 'object' && Object.values(b as object).some((v) => typeof v === 'string' && v.startsWith('ENC[')),
  );
}

/** Decodes a Secret `data` value; undefined when it is not valid base64 (then it is judged as written). */
export function decodeBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('utf8');
}

/** A core Secret that holds a credential in `stringData`, or in `data` after decoding. */
export const secretPlaintext: Rule = {
  meta: {
    id: 'secret-plaintext',
    title: 'Secret stores a credential in plain text',
    defaultSeverity: 'error',
    messages: {
      stringData: '{resource} stores key {key} in plain text in stringData ({what}, {length} characters).',
      data: '{resource} stores key {key} in data as base64, which anyone can decode ({what}, {length} characters).',
      weak: '{resource} sets key {key} to a well-known default credential ({length} characters): committed and guessable.',
    },
    remediation:
      'Move the value out of git (a SealedSecret, an ExternalSecret, or SOPS), then rotate it: it is already in the history.',
    crossReferences: [
      { tool: 'checkov', id: 'CKV_SECRET_*' },
      { tool: 'trivy', id: 'secret scanning (no base64 decoding)' },
      { tool: 'gitleaks', id: 'generic-api-key' },
    ],
  },
  target: { kinds: ['Secret'] },
  check(doc) {
    const value = doc.value as Record<string, unknown>;
    if (doc.apiVersion !== 'v1' || isSopsEncrypted(value)) return [];
    const problems: Problem[] = [];
    for (const field of ['stringData', 'data'] as const) {
      const block = value[field];
      if (!block || typeof block !== 'object' || Array.isArray(block)) continue;
      for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
        if (typeof raw !== 'string') continue;
        const text = field === 'data' ? (decodeBase64(raw) ?? raw) : raw;
        const judged = judgeValue(key, text);
        if (judged.verdict === 'quiet') continue;
        const length = [...text].length;
        problems.push({
          messageId: judged.verdict === 'weak' ? 'weak' : field,
          path: [field, key],
          params: { key, what: judged.what, length },
          severity: judged.verdict === 'weak' ? 'warning' : undefined,
          evidence: redact(text, judged.what),
        });
      }
    }
    return problems;
  },
};
