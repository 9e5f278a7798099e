/**
 * How strongly a key's name says its value is a secret: `strong` (password, token, api key…: any
 * non-placeholder literal is a credential), `weak` (a bare `key`, `auth`…: only a value that looks
 * like key material is one), or `none`.
 */
export type KeyStrength = 'strong' | 'weak' | 'none';

/** Whole words that name a secret. */
const STRONG_WORDS = new Set([
  'password', 'passwd', 'passwords', 'pwd', 'pass', 'passphrase', 'secret', 'token', 'apikey', 'accesskey', 'privatekey',
  'secretkey', 'accountkey', 'masterkey', 'signingkey', 'encryptionkey', 'authkey', 'credential', 'credentials', 'creds',
  'dsn', 'privkey', 'pat', 'bearer', 'htpasswd', 'jwt', 'otp',
]);

/** Glued words that end in a secret noun: `rootpasswd`, `clientsecret`, `authtoken`, `azurestorageaccountkey`. */
const STRONG_SUFFIX = /(?:password|passwd|passphrase|secret|token|apikey|accesskey|privatekey|secretkey|accountkey|masterkey|signingkey|encryptionkey|authkey|credentials?)$/;

/** Word pairs that name a secret: `api key`, `client secret`, `id rsa`. */
const STRONG_PAIRS = new Set([
  'api key', 'access key', 'private key', 'secret key', 'signing key', 'encryption key', 'master key', 'account key',
  'license key', 'shared key', 'auth key', 'session key', 'hmac key', 'jwt key', 'app key', 'service key', 'storage key',
  'id rsa', 'id dsa', 'id ecdsa', 'id ed25519', 'secret access', 'client key', 'admin key', 'root key', 'sas key',
]);

/** Words that name a secret only when the value looks like key material. */
const WEAK_WORDS = new Set(['key', 'auth', 'cookie', 'salt', 'identity', 'sig', 'signature', 'hmac', 'seed', 'nonce']);

/** Key names that name a non-secret part of a credential. */
const NOT_SECRET_KEY =
  /^(?:user(?:name)?|login|host(?:name)?|port|database|db|region|endpoint|sslmode|ca\.crt|tls\.crt|ca\.pem|cert\.pem|known_hosts|ssh-publickey|.*\.pub|.*\.crt|.*\.cer|namespace)$/i;

/**
 * Last words that make a credential-named key hold something else: a path, an id, a URL, a name,
 * a setting about the secret rather than the secret (`TOKEN_TTL`, `PASSWORD_MIN_LENGTH`, `server-tokens`).
 */
const QUALIFIER_WORDS = new Set([
  'file', 'files', 'path', 'paths', 'dir', 'directory', 'folder', 'mount', 'location', 'id', 'ids', 'url', 'urls', 'uri',
  'uris', 'endpoint', 'name', 'names', 'ref', 'reference', 'selector', 'header', 'type', 'kind', 'length', 'len', 'size',
  'ttl', 'expiry', 'expiration', 'expires', 'timeout', 'lifetime', 'duration', 'interval', 'enabled', 'enable', 'disabled',
  'required', 'mode', 'policy', 'format', 'algorithm', 'alg', 'method', 'provider', 'issuer', 'audience', 'scope', 'scopes',
  'groups', 'group', 'field', 'fields', 'prefix', 'suffix', 'version', 'count', 'max', 'min', 'limit', 'tokens', 'tickets',
  'model', 'window', 'cache', 'strategy', 'rotation', 'store', 'manager', 'backend', 'class', 'template', 'hash', 'hashed',
  'digest', 'checksum', 'sha', 'sha1', 'sha256', 'fingerprint', 'user', 'username', 'users', 'owner', 'email', 'label',
  'labels', 'annotation', 'annotations', 'namespace', 'key_ref', 'keyref', 'secretref', 'host', 'port', 'server', 'generate',
  'generated', 'source', 'from', 'env', 'var', 'variable', 'arn', 'uid', 'sid', 'usage', 'reset', 'signin', 'login', 'type',
  'validation', 'rules', 'regex', 'pattern', 'location', 'config', 'configuration', 'settings', 'options', 'version', 'image',
  'volume', 'mountpath', 'keys', 'description', 'help', 'doc', 'docs', 'text', 'label', 'title', 'placeholder', 'schema',
  'cert', 'certificate', 'crt', 'pub', 'public', 'publickey', 'exists', 'existing', 'create', 'created', 'kms', 'vault',
]);

/** Names of fields that point at a Secret or at a key inside one, whatever follows. */
const REFERENCE_KEY =
  /^(?:secretName|secretRef|secretKeyRef|secretKey|existingSecret\w*|\w*SecretRef|\w*SecretName|\w*SecretKeyRef|passwordKey|\w*PasswordKey|userKey|tokenKey|\w*TokenKey|secretStoreRef|remoteRef|keySecret)$/;

/** Splits a key into lower-case words: `dbPassword`, `DB_PASSWORD`, `db-password` and `db.password` all give `db password`. */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** How strongly a key's name says its value is a secret; qualifiers (`_FILE`, `_ID`, `_URL`…) are ignored here. */
export function keyStrength(key: string): KeyStrength {
  if (NOT_SECRET_KEY.test(key)) return 'none';
  const words = keyWords(key);
  let strength: KeyStrength = 'none';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (STRONG_WORDS.has(w) || (w.length > 6 && STRONG_SUFFIX.test(w))) return 'strong';
    if (i + 1 < words.length && STRONG_PAIRS.has(`${w} ${words[i + 1]}`)) return 'strong';
    if (WEAK_WORDS.has(w)) strength = 'weak';
  }
  // A private key file: `tls.key`, `server.key`, `signing.key`.
  if (/\.key$|^key\.pem$|\.p8$/i.test(key)) return 'strong';
  return strength;
}

/** True when a key's name says its value is a credential (password, token, secret, api key, private key…). */
export function isCredentialKey(key: string): boolean {
  return keyStrength(key) !== 'none';
}

/** True when a credential-named key really names a reference or a setting (`*_FILE`, `*_ID`, `*_URL`, `secretName`…). */
export function isReferenceKey(key: string): boolean {
  if (REFERENCE_KEY.test(key)) return true;
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (QUALIFIER_WORDS.has(last)) return true;
  // `secret_key_ref`, `password_secret_name`: a reference spelled over two words.
  const tail = words.slice(-2).join(' ');
  return tail === 'key ref' || tail === 'secret name' || tail === 'secret ref' || tail === 'key name';
}

/** Trailing words that qualify a credential name without changing what it holds (`DB_PASSWORD_PROD`, `SECRET_KEY_BASE`). */
const QUALIFIERS = new Set(['value', 'val', 'base', 'b64', 'base64', 'plain', 'plaintext', 'raw', 'data', 'prod', 'production', 'dev', 'staging', 'test', 'old', 'new', 'current', 'previous', 'next', 'primary', 'secondary']);

/** Last words that make a name hold the credential itself. */
const CREDENTIAL_TAILS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'passphrase', 'pw', 'secret', 'token', 'apikey', 'credential', 'credentials', 'creds',
  'auth', 'dsn', 'key', 'privatekey', 'accesskey', 'secretkey', 'cookie',
]);

/**
 * True when a name's last word says it holds the credential itself: `DB_PASSWORD`, `client-secret`,
 * `AWS_SECRET_ACCESS_KEY`, `connectionString` — not a setting about one (`SECRET_VERSION`,
 * `GF_AUTH_ANONYMOUS_ORG_ROLE`, `password_encryption`, `secretProviderClass`, `AUTH_PROXY_IMAGE`).
 */
export function hasCredentialTail(key: string): boolean {
  const words = keyWords(key);
  while (words.length > 1 && (QUALIFIERS.has(words[words.length - 1]) || /^v?\d+$/.test(words[words.length - 1]))) words.pop();
  const last = words[words.length - 1] ?? '';
  if (last === 'string') return words[words.length - 2] === 'connection';
  return CREDENTIAL_TAILS.has(last) || /(?:password|passwd|secret|token|apikey|accesskey|privatekey)$/.test(last);
}
