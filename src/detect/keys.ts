/** Key names that say the value is a secret (matched on the key split into words). */
const CREDENTIAL_WORDS =
  /(?:^|[^a-z0-9])(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[-_.]?key|apikey|access[-_.]?key|private[-_.]?key|client[-_.]?secret|credentials?|auth|cookie[-_.]?secret|signing[-_.]?key|encryption[-_.]?key|master[-_.]?key|ssh[-_.]?privatekey|tls\.key|connection[-_.]?string|dsn)(?:$|[^a-z0-9])/;

/** Key names that name a non-secret part of a credential. */
const NOT_SECRET_KEY =
  /^(?:user(?:name)?|login|host(?:name)?|port|database|db|region|endpoint|sslmode|ca\.crt|tls\.crt|known_hosts|ssh-publickey|.*\.pub)$/;

/** Suffixes that make a credential-named key hold something else: a file path, an id, a URL, a name. */
const REFERENCE_SUFFIX = /(?:[-_.](?:file|path|dir|id|url|uri|name|ref|key[-_.]?ref|secret[-_.]?name|length|ttl|expiry|enabled|header|type)|(?:File|Path|Dir|Id|Url|Name|Ref))$/;

/** Normalises camelCase and separators so `dbPassword`, `DB_PASSWORD` and `db-password` read alike. */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** True when a key's name says its value is a credential (password, token, secret, api key…). */
export function isCredentialKey(key: string): boolean {
  const w = words(key);
  if (NOT_SECRET_KEY.test(w)) return false;
  return CREDENTIAL_WORDS.test(w);
}

/** True when a credential-named key really names a reference or a setting (`*_FILE`, `*_ID`, `*_URL`…). */
export function isReferenceKey(key: string): boolean {
  return REFERENCE_SUFFIX.test(key) || REFERENCE_SUFFIX.test(words(key));
}
