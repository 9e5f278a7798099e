import { decodeBase64Bytes, isText } from '../detect/index.js';
import type { Problem, Rule } from './types.js';
import { isPlainCoreSecret } from './secret-plaintext.js';

/** True when a data key names a file (an extension, a dotfile, or a well-known file name) rather than a single value. */
function isFileName(key: string): boolean {
  return /^\.|\.[A-Za-z0-9]{1,10}$|^(?:known_hosts|authorized_keys|config|credentials|htpasswd|auth)$/.test(key);
}

/** Encoding mistakes in a committed Secret's `data`: invalid base64, the `echo` newline, data overridden by stringData, hand-encoding. */
export const secretDataEncoding: Rule = {
  meta: {
    id: 'secret-data-encoding',
    title: 'Secret data is mis-encoded',
    defaultSeverity: 'warning',
    messages: {
      invalid: '{resource} data key {key} is not valid base64: the API server rejects the object.',
      notString: '{resource} data key {key} is not a string: the API server expects base64 text and rejects the object.',
      trailingNewline:
        '{resource} data key {key} decodes to a single line ending in a newline (made with `echo` without `-n`?): the consumer gets the newline too.',
      overridden: '{resource} sets key {key} in both data and stringData: stringData silently wins and this data value is never used.',
      handEncoded: '{resource} holds hand-written base64 in data where stringData would do: base64 hides nothing and invites encoding mistakes.',
    },
    remediation:
      'Write text values under stringData (the API server encodes them), encode binary values with `base64 -w0` or `printf %s … | base64`, and set each key once.',
    crossReferences: [],
  },
  target: { kinds: ['Secret'] },
  check(doc) {
    if (!isPlainCoreSecret(doc)) return [];
    const value = doc.value as Record<string, unknown>;
    const data = value.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
    const stringData = value.stringData && typeof value.stringData === 'object' ? (value.stringData as Record<string, unknown>) : {};
    const problems: Problem[] = [];
    let decodable = 0;
    let allText = true;
    for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
      if (raw === null || raw === undefined) continue;
      if (Object.prototype.hasOwnProperty.call(stringData, key)) {
        problems.push({ messageId: 'overridden', path: ['data', key], params: { key }, severity: 'warning' });
      }
      if (typeof raw !== 'string') {
        problems.push({ messageId: 'notString', path: ['data', key], params: { key }, severity: 'error' });
        continue;
      }
      const bytes = decodeBase64Bytes(raw);
      if (!bytes) {
        problems.push({ messageId: 'invalid', path: ['data', key], params: { key }, severity: 'error' });
        continue;
      }
      decodable++;
      if (!isText(bytes)) {
        allText = false;
        continue;
      }
      const text = bytes.toString('utf8');
      const body = text.replace(/\r?\n$/, '');
      // File contents (`.dockercfg`, `config.json`, `known_hosts`) end in a newline by convention, like PEM blocks.
      if (body !== text && body !== '' && !/[\r\n]/.test(body) && !isFileName(key)) {
        problems.push({ messageId: 'trailingNewline', path: ['data', key], params: { key }, severity: 'warning' });
      }
    }
    if (decodable > 0 && allText) problems.push({ messageId: 'handEncoded', path: ['data'], onKey: true, severity: 'notice' });
    return problems;
  },
};
