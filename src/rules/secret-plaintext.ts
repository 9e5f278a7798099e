import { decodeBase64Bytes, isText, judgeAll, keyStrength, type Hit } from '../detect/index.js';
import { redact } from '../domain/index.js';
import type { ManifestDocument } from '../manifests/index.js';
import type { Problem, Rule } from './types.js';

/** Base64 decoding as the API server does it (kept here for the size rules that import it from this module). */

/** True when a Secret is SOPS-encrypted: a `sops` block, or `ENC[…]` values in data or stringData. */
export function isSopsEncrypted(value: Record<string, unknown>): boolean {
  if (value.sops && typeof value.sops === 'object') return true;
  const blocks = [value.data, value.stringData];
  return blocks.some(
    (b) => b && typeof b === 'object' && Object.values(b as object).some((v) => typeof v === 'string' && /^ENC\[[A-Z0-9_]+,/.test(v.trim())),
  );
}

/** True for the core Secret (`kind: Secret`, `apiVersion: v1`) that is not SOPS-encrypted: the object the Secret rules judge. */
export function isPlainCoreSecret(doc: ManifestDocument): boolean {
  const value = doc.value as Record<string, unknown>;
  return doc.kind === 'Secret' && doc.apiVersion === 'v1' && !isSopsEncrypted(value);
}

/** A Secret entry's value as text, ready to judge: `data` decoded (or as written when it does not decode), `stringData` as is. */
export interface SecretEntry {
  field: 'data' | 'stringData';
  key: string;
  text: string;
  /** True when `text` is the source as written, so lines inside it are lines of the file. */
  asWritten: boolean;
  /** True when a `data` value decodes to bytes that are not text (a keystore, an image). */
  binary: boolean;
}

/** The string entries of a Secret's `stringData` and `data`, with `data` base64-decoded. */
export function secretEntries(value: Record<string, unknown>): SecretEntry[] {
  const out: SecretEntry[] = [];
  for (const field of ['stringData', 'data'] as const) {
    const block = value[field];
    if (!block || typeof block !== 'object' || Array.isArray(block)) continue;
    for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
      if (typeof raw !== 'string') continue;
      if (field === 'stringData') {
        out.push({ field, key, text: raw, asWritten: true, binary: false });
        continue;
      }
      const bytes = decodeBase64Bytes(raw);
      if (!bytes) out.push({ field, key, text: raw, asWritten: true, binary: false });
      else if (isText(bytes)) out.push({ field, key, text: bytes.toString('utf8'), asWritten: false, binary: false });
      else out.push({ field, key, text: bytes.toString('latin1'), asWritten: false, binary: true });
    }
  }
  return out;
}

/** Problems for the hits in one value: one per key, or one per credential entry of an embedded file. */
export function hitProblems(field: string, key: string, hits: Hit[], asWritten: boolean, messages: { plain: string; embedded: string }): Problem[] {
  return hits.map((h) => {
    const p: Problem = {
      messageId: h.verdict === 'weak' ? (h.innerKey ? 'weakEmbedded' : 'weak') : h.innerKey ? messages.embedded : messages.plain,
      path: h.innerKey ? [field, key, h.innerKey] : [field, key],
      params: { key, what: h.what, length: h.length, innerKey: h.innerKey ?? '' },
      evidence: h.evidence,
    };
    if (h.verdict === 'weak') p.severity = 'warning';
    if (asWritten && h.innerLine !== undefined) p.innerLine = h.innerLine;
    return p;
  });
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
      embedded: '{resource} stores a credential at {innerKey} inside the file in key {key} ({what}, {length} characters).',
      weak: '{resource} sets key {key} to a well-known default credential ({length} characters): committed and guessable.',
      weakEmbedded: '{resource} sets {innerKey} inside the file in key {key} to a well-known default credential ({length} characters).',
    },
    remediation:
      'Move the value out of git (a SealedSecret, an ExternalSecret, or SOPS), then rotate it: it is already in the history.',
    crossReferences: [
      { tool: 'checkov', id: 'CKV_SECRET_*' },
      { tool: 'trivy', id: 'secret scanning (no base64 decoding)' },
      { tool: 'kube-linter', id: 'env-var-secret (env only)' },
      { tool: 'gitleaks', id: 'generic-api-key' },
      { tool: 'secretlint', id: '@secretlint/secretlint-rule-preset-recommend' },
    ],
  },
  target: { kinds: ['Secret'] },
  check(doc) {
    if (!isPlainCoreSecret(doc)) return [];
    const problems: Problem[] = [];
    const value = doc.value as Record<string, unknown>;
    for (const e of secretEntries(value)) {
      if (e.binary) {
        // Binary data has no format to read. A value typed as plain text that happens to be valid base64
        // (`password` decodes to garbage) is judged as written; otherwise a name that says it is secret is enough.
        const raw = String((value.data as Record<string, unknown>)[e.key]);
        const asTyped = judgeAll(e.key, raw);
        if (asTyped.length > 0) problems.push(...hitProblems(e.field, e.key, asTyped, false, { plain: e.field, embedded: 'embedded' }));
        else if (keyStrength(e.key) === 'strong') {
          problems.push({
            messageId: 'data',
            path: [e.field, e.key],
            params: { key: e.key, what: 'binary credential-named value', length: e.text.length },
            evidence: redact(e.text, 'binary'),
          });
        }
        continue;
      }
      const hits = judgeAll(e.key, e.text, { inSecret: true });
      problems.push(...hitProblems(e.field, e.key, hits, e.asWritten, { plain: e.field, embedded: 'embedded' }));
    }
    return problems;
  },
};
