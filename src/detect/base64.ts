/**
 * Decodes base64 as the API server does for a Secret's `data` (Go's standard encoding: padding
 * required, `\r` and `\n` ignored, nothing else). Undefined when the value is not valid base64.
 */
export function decodeBase64Bytes(value: string): Buffer | undefined {
  const compact = value.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

/** Decodes base64 to UTF-8 text; undefined when the value is not valid base64. */
export function decodeBase64(value: string): string | undefined {
  return decodeBase64Bytes(value)?.toString('utf8');
}

/** True when bytes are UTF-8 text (what `stringData` could hold): valid UTF-8 without control characters other than tab and newlines. */
export function isText(bytes: Buffer): boolean {
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !bytes.includes(Buffer.from('\uFFFD'))) return false;
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}
