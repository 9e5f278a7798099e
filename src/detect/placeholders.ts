const FILL_IN_WORDS = new Set([
  'changeme', 'change-me', 'change_me', 'changeit', 'replace_me', 'replace-me', 'replaceme', 'todo', 'tbd', 'fixme',
  'placeholder', 'example', 'dummy', 'value', 'none', 'null', 'nil', 'undefined', 'redacted', 'secret-value',
  'your-secret', 'xxx', 'n/a', 'na', '-',
]);

/**
 * True when a value is not a real secret but a stand-in: empty, a substitution or template, a
 * fill-in word, a run of one character, a value repeating its key's name, AWS's documentation example.
 */
export function isPlaceholder(value: string, key = ''): boolean {
  const v = value.trim();
  if (v === '') return true;
  const lower = v.toLowerCase();
  if (FILL_IN_WORDS.has(lower)) return true;
  if (/^\$\{[^}]*\}$|^\$\([^)]*\)$|^\{\{.*\}\}$|^%[A-Za-z0-9_]+%$|^<[^<>]*>$|^\$[A-Z_][A-Z0-9_]*$/s.test(v)) return true;
  if (/\$\{[^}]+\}|\{\{[^}]*\}\}|\$\([A-Za-z_][A-Za-z0-9_]*\)/.test(v) && v.length < 200) return true;
  if (/^(.)\1+$/.test(v)) return true;
  if (/^\*\*.*\*\*$/.test(v)) return true;
  if (/^(?:your|my|insert|put|enter|add)[-_ ]/i.test(v) || /[-_ ](?:here|goes[-_ ]here)$/i.test(v)) return true;
  if (/(?:EXAMPLE|EXAMPLEKEY)$/.test(v)) return true;
  if (/^(?:ENC\[|vault:|ref\+|arn:aws)/.test(v)) return true;
  if (key && /^[A-Z0-9_]+$/.test(v) && v === key.toUpperCase().replace(/[-.]/g, '_')) return true;
  return false;
}

const WEAK_DEFAULTS = new Set([
  'password', 'passw0rd', 'admin', 'root', 'secret', 'test', 'guest', 'postgres', 'mysql', 'minio123', 'minioadmin',
  '123456', '12345678', 'qwerty', 'letmein', 'default', 'user', 'pass', 'demo', 'rabbitmq', 'redis', 'elastic',
]);

/** True when a value is a well-known default credential: committed and guessable, but not a leak. */
export function isWeakDefault(value: string): boolean {
  return WEAK_DEFAULTS.has(value.trim().toLowerCase());
}
