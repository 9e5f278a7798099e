import { keyWords } from './keys.js';

/** Whole values that are fill-in words, compared lower-case. */
const FILL_IN_WORDS = new Set([
  'changeme', 'change-me', 'change_me', 'change me', 'replace_me', 'replace-me', 'replaceme', 'todo', 'tbd', 'fixme',
  'placeholder', 'example', 'dummy', 'value', 'none', 'null', 'nil', 'undefined', 'redacted', 'secret-value', 'your-secret',
  'xxx', 'n/a', 'na', '-', '...', '…', 'tobereplaced', 'to-be-replaced', 'notset', 'not-set', 'unset', 'empty', 'sample',
  'fake', 'mock', 'override', 'overridden', 'required', 'set-me', 'setme', 'fill-me', 'fillme', 'insert', 'secret-here',
]);

/**
 * Words a fill-in phrase is made of (`change-me-placeholder`, `REPLACE_WITH_BASE64_KEY`,
 * `**access token goes here**`): a value made only of such words, with at least one marker, is a stand-in.
 */
const MARKER_WORDS = new Set([
  'changeme', 'change', 'replace', 'replaceme', 'placeholder', 'todo', 'tbd', 'fixme', 'your', 'yours', 'insert', 'enter',
  'here', 'example', 'dummy', 'redacted', 'fillme', 'fill', 'setme', 'sample', 'xxx', 'xxxx', 'tobereplaced', 'goes', 'some',
]);
const PHRASE_WORDS = new Set([
  ...MARKER_WORDS, 'me', 'with', 'the', 'a', 'an', 'of', 'in', 'to', 'be', 'it', 'this', 'my', 'own', 'real', 'actual', 'value',
  'secret', 'secrets', 'password', 'passwd', 'pass', 'token', 'key', 'api', 'apikey', 'access', 'private', 'client', 'id',
  'base64', 'b64', 'encoded', 'cert', 'certificate', 'pem', 'user', 'username', 'auth', 'account', 'storage', 'app', 'admin',
  'db', 'database', 'webhook', 'url', 'bot', 'cookie', 'session', 'signing', 'jwt', 'oauth', 'string', 'data', 'your-own',
  'new', 'strong', 'random', 'generated', 'some', 'any', 'put', 'set', 'add', 'provide', 'paste', 'copy', 'credentials',
  'credential', 'connection', 'and', 'or', 'for', 'from', 'goes', 'should', 'must', 'at', 'least', 'characters', 'chars',
  'long', 'very', 'super', 'hex', 'huggingface', 'github', 'gitlab', 'slack', 'aws', 'gcp', 'azure', 'openai', 'stripe',
  'npm', 'registry', 'docker', 'smtp', 'ldap', 'redis', 'postgres', 'mysql', 'mongo', 'minio', 'service', 'sa', 'json',
]);

/** ALL-CAPS words that make an ALL-CAPS value a stand-in (`SECRET`, `API_KEY`, `YOUR_TOKEN`, `nvapi-NVKEY`). */
const CAPS_STAND_IN = /(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|API|YOUR|CHANGEME|REPLACE|VALUE|HERE|CREDENTIALS?)$/;

/**
 * True when a value is not a real secret but a stand-in: empty, a substitution or template, a
 * fill-in word or phrase, a run of one character, an ALL-CAPS value repeating its key's name, AWS's
 * documentation examples, an encrypted value or a reference to a secret store.
 */
export function isPlaceholder(value: string, key = ''): boolean {
  const v = value.trim().replace(/^(["'])(.*)\1$/s, '$2').trim();
  if (v === '') return true;
  const lower = v.toLowerCase();
  if (FILL_IN_WORDS.has(lower)) return true;
  // A fill-in word padded to a required length: `CHANGEME00000000`, `changeme____`.
  const unpadded = withoutTrailingRun(lower);
  if (unpadded !== undefined && FILL_IN_WORDS.has(unpadded)) return true;
  if (isSubstitution(v)) return true;
  if (/^(.)\1+$/s.test(v)) return true;
  if (/^\*\*.*\*\*$/s.test(v) || /^_{2}[A-Za-z0-9_]+_{2}$/.test(v)) return true;
  if (/^(?:your|insert|enter|put|paste|replace|fill)(?:[-_ ]|[a-z]+$)/i.test(v) || /[-_ ](?:here|goes[-_ ]here)$/i.test(v)) {
    if (!/\d/.test(v.replace(/base64|b64|sha256|\d+\s*char/gi, ''))) return true;
  }
  // `mypassword`, `the-api-key`, `your_secret_token`: a possessive and a credential word.
  if (v.length <= 60 && /^(?:your|my|the)[-_]?(?:[a-z]+[-_]?){0,4}(?:password|passwd|pass|secret|token|key|apikey)$/i.test(v)) return true;
  if (/(?:EXAMPLE|EXAMPLEKEY|_EXAMPLE)$/.test(v) || /^wJalrXUtnFEMI\/K7MDENG\/bPxRfiCY/.test(v)) return true;
  if (isSecretStoreReference(v)) return true;
  if (isFillInPhrase(v) || isGluedFillIn(lower)) return true;
  // A value repeating the key's name (`token: token`); a guessable default (`password: password`) stays weak, not quiet.
  if (key && !isWeakDefault(lower) && keyWords(key).some((_, i, words) => words.slice(i).join('') === lower.replace(/[-_.\s]/g, ''))) return true;
  if (isCapsStandIn(v, key)) return true;
  // Mostly one character (`sk_live_xxxxxxxxxxxxxxxx`, `ghp_XXXX…`, `********`): a masked or elided value.
  if (/(?:x{6,}|X{6,}|\*{4,}|\.{3,}|…|0{12,})/.test(v)) return true;
  return false;
}

/** `${X}`, `$(X)`, `{{ … }}`, `%X%`, `<…>`, `$VAR`, `#{x}`: a value filled in by a tool, or any value with one inside. */
export function isSubstitution(value: string): boolean {
  const v = value.trim();
  if (/^\{[A-Z][A-Z0-9_]*\}$/.test(v)) return true;
  if (/^\$\{[^}]*\}$|^\$\([^)]*\)$|^\{\{.*\}\}$|^%[A-Za-z0-9_]+%$|^<[^<>]*>$|^\$[A-Za-z_][A-Za-z0-9_]*$|^#\{[^}]*\}$|^\(\([^)]*\)\)$/s.test(v)) return true;
  // `$VAR psql -h pg` in a script line: the value is read from the variable.
  if (/^\$[A-Za-z_][A-Za-z0-9_]*\s/.test(v)) return true;
  return v.length < 300 && /\$\{[^}]+\}|\{\{[^}]*\}\}|\$\([A-Za-z_][A-Za-z0-9_]*\)|<%[^%]*%>/.test(v);
}

/** `ENC[…]` (SOPS), `vault:…`, `ref+…`, `arn:aws…`, `projects/…/secrets/…`: the value lives elsewhere. */
export function isSecretStoreReference(value: string): boolean {
  const v = value.trim();
  return /^(?:ENC\[[A-Z0-9_]+,|vault:|ref\+[a-z]+:|arn:aws[a-z-]*:|projects\/[^/\s]+\/secrets\/|secretsmanager:|azurekeyvault:|akv:|op:\/\/|bws:|doppler:|sm:\/\/|gcpsm:|awssm:)/.test(v);
}

function isFillInPhrase(v: string): boolean {
  if (v.length > 80) return false;
  const words = v.toLowerCase().split(/[\s\-_.*]+/).filter(Boolean);
  if (words.length === 0 || !words.some((w) => MARKER_WORDS.has(w))) return false;
  return words.every((w) => PHRASE_WORDS.has(w));
}

/** Fill-in words glued together: `somerandomtoken`, `yourapikey`, `enteryourpassword`. */
function isGluedFillIn(lower: string): boolean {
  if (lower.length > 40 || !/^[a-z]+$/.test(lower)) return false;
  // best[i]: whether lower[0, i) splits into phrase words, and whether a marker word was used.
  const best: ({ marker: boolean } | undefined)[] = [{ marker: false }];
  for (let i = 1; i <= lower.length; i++) {
    for (let j = Math.max(0, i - 14); j < i; j++) {
      const prev = best[j];
      const word = lower.slice(j, i);
      if (!prev || word.length < 2 || !PHRASE_WORDS.has(word)) continue;
      const marker = prev.marker || MARKER_WORDS.has(word);
      if (!best[i] || (marker && !best[i]!.marker)) best[i] = { marker };
    }
  }
  return best[lower.length]?.marker === true;
}

function isCapsStandIn(v: string, key: string): boolean {
  // A realistic prefix followed by an ALL-CAPS stand-in: `nvapi-NVKEY`, `sk-YOUR_KEY`.
  const body = v.replace(/^[a-z0-9]{1,10}[-_]/, '');
  if (body !== v && /^[A-Z]{0,12}(?:KEY|TOKEN|SECRET|PASSWORD)[A-Z]{0,12}$/.test(body)) return true;
  if (/^[A-Z][A-Z_]*$/.test(body) && body.length <= 32 && CAPS_STAND_IN.test(body)) return true;
  if (!/^[A-Z][A-Z0-9_]*$/.test(body)) return false;
  // An ALL-CAPS value naming the key, its last words, or the key with a word added:
  // `HF_TOKEN: HF_TOKEN`, `COOKIE_SECRET: SECRET`, `GOOGLE_API_KEY: GOOGLE_API_KEY_VAL`.
  const words = keyWords(key).map((w) => w.toUpperCase());
  for (let i = 0; i < words.length; i++) if (words.slice(i).join('_') === body) return true;
  const whole = words.join('_');
  return whole !== '' && (body.startsWith(whole + '_') || body.endsWith('_' + whole));
}

/** Well-known default credentials: committed and guessable, but not a leak. Compared lower-case. */
const WEAK_DEFAULTS = new Set([
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'password1', 'password123', 'pass', 'pass123', 'admin', 'admin123',
  'administrator', 'root', 'toor', 'secret', 'test', 'test123', 'testing', 'guest', 'postgres', 'mysql', 'mariadb', 'mongo',
  'mongodb', 'minio', 'minio123', 'minioadmin', 'miniostorage', '123456', '1234', '12345', '12345678', '123456789',
  'qwerty', 'letmein', 'welcome', 'default', 'user', 'demo', 'rabbitmq', 'redis', 'elastic', 'changeit', 'changeit123', 'prom-operator',
  'grafana', 'kibana', 'jenkins', 'airflow', 'keycloak', 'neo4j', 'oracle', 'sa', 'abc123', 'foobar', 'foo', 'bar',
  'secret123', 'supersecret', 'mysecretpassword', 'pwd', 'temp', 'sonar', 'harbor12345', 'argo', 'password!', 'admin@123',
  'root123', 'ubuntu', 'vagrant', 'openshift', 'developer', 'nexus',
]);

/** True when a value is a well-known default credential: committed and guessable, but not a leak. */
export function isWeakDefault(value: string): boolean {
  return WEAK_DEFAULTS.has(value.trim().toLowerCase());
}

/**
 * The text without a trailing run of four or more of one character (`changeme0000` → `changeme`), or
 * undefined when it has none. A loop, not `/(.)\1{3,}$/`, which is quadratic on a long run.
 */
function withoutTrailingRun(s: string): string | undefined {
  let i = s.length - 1;
  while (i > 0 && s[i - 1] === s[s.length - 1]) i--;
  return s.length - i >= 4 ? s.slice(0, i) : undefined;
}
