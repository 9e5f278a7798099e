import { redact, type Redacted } from '../domain/index.js';
import { decodeBase64 } from './base64.js';
import { lineAt, lineStarts, parseEmbedded, type EmbeddedEntry } from './embedded.js';
import { findFormats } from './formats.js';
import { isReferenceKey, keyStrength, keyWords } from './keys.js';
import { isPlaceholder, isSecretStoreReference, isWeakDefault } from './placeholders.js';

/** A credential (or a well-known default) found in a value: what it is, where inside the value, never the value. */
export interface Hit {
  verdict: 'credential' | 'weak';
  /** What was found: a format name (`GitHub token`) or `credential-named value`. */
  what: string;
  /** 0-based line inside the value when the hit sits in an embedded file or a multi-line text. */
  innerLine?: number;
  /** The key inside an embedded file (`spring.datasource.password`), when there is one. */
  innerKey?: string;
  /** Length in characters of the offending part. */
  length: number;
  /** The offending part, redacted. */
  evidence: Redacted;
}

/**
 * How a value under a key was judged, with what it is (never the value itself). Judges built on
 * this one may return a finding without length or evidence; `judgeValue` always fills them.
 */
export type Judgement =
  | (Omit<Hit, 'length' | 'evidence'> & Partial<Pick<Hit, 'length' | 'evidence'>>)
  | { verdict: 'quiet'; why: string };

/** Embedded files nest (a docker auth holding a service-account JSON); deeper than this is not a file people write. */
const MAX_DEPTH = 3;

/**
 * A `key: value` / `key=value` / `"key":` whose key holds a credential word: without one, no entry of an
 * embedded file can be credential-named, and parsing it (a multi-megabyte dashboard) buys nothing.
 */
const CREDENTIAL_ENTRY = /(?:^|[\s{,"'])[\w.\-/]*(?:pass|pwd|secret|token|key|auth|cred|dsn|cookie|salt|private|seed|sig|nonce|identity|jwt|bearer|otp|pat)[\w.\-/]*["']?\s*[:=]/im;

/**
 * RULES.md's *Judging values* for one value under one key: the most serious finding (a credential
 * before a weak default), or why the value is quiet. See `judgeAll` for every finding of an embedded file.
 */
export function judgeValue(key: string, value: string): Judgement {
  const judged = judgeWithEvidence(key, value);
  if (judged.verdict === 'quiet') return judged;
  // The verdict and what was found; lengths and evidence come with `judgeAll`, for rules that report them.
  const { length: _length, evidence: _evidence, ...rest } = judged;
  return rest;
}

/** `judgeValue` with the offending part's length and redacted evidence, for rules that report them. */
export function judgeWithEvidence(key: string, value: string): Hit | { verdict: 'quiet'; why: string } {
  const r = assess(key, value, 0);
  return r.hits.find((h) => h.verdict === 'credential') ?? r.hits[0] ?? { verdict: 'quiet', why: r.why };
}

/**
 * Every credential in a value: one per entry of an embedded file (or per line of a multi-line text), else
 * at most one. `inSecret`: the value is an entry of a Secret, whose purpose is secrecy, so a key with a
 * weak credential name (`auth`, `key`) counts as a strong one.
 */
export function judgeAll(key: string, value: string, options: { inSecret?: boolean } = {}): Hit[] {
  return assess(key, value, 0, options.inSecret).hits;
}

interface Assessment {
  hits: Hit[];
  why: string;
}

const quiet = (why: string): Assessment => ({ hits: [], why });

function hit(verdict: Hit['verdict'], what: string, part: string, extra: Partial<Hit> = {}): Hit {
  return { verdict, what, length: [...part].length, evidence: redact(part, what), ...extra };
}

function assess(key: string, value: string, depth: number, inSecret = false): Assessment {
  const t = value.trim();
  if (t === '') return quiet('empty');
  if (isEncrypted(t)) return quiet('encrypted');
  if (isPublicMaterial(t)) return quiet('public key or certificate');

  if (t.startsWith('-----BEGIN')) return fromFormats(value, key, 'placeholder key material');

  if (depth < MAX_DEPTH && (t.includes('\n') || t.startsWith('{'))) {
    const embedded = CREDENTIAL_ENTRY.test(t) ? parseEmbedded(value) : undefined;
    if (embedded) {
      if (embedded.encrypted) return quiet('encrypted');
      return fromEntries(embedded.entries, depth, embedded.format === 'json' && isServiceAccountJson(embedded.entries));
    }
  }

  // Base64 of a JSON file or a PEM block inside a value (kubeconfig `client-key-data`, double encoding): judge what it holds.
  if (depth < MAX_DEPTH && !t.includes('\n') && t.length >= 24 && /^[A-Za-z0-9+/]+={0,2}$/.test(t)) {
    const decoded = decodeBase64(t);
    if (decoded !== undefined && ((/^\s*\{/.test(decoded) && /\}\s*$/.test(decoded)) || /^\s*-----BEGIN /.test(decoded))) {
      const inner = assess(key, decoded, depth + 1);
      return { hits: inner.hits.map(({ innerLine: _line, ...h }) => h), why: inner.why };
    }
  }

  const formats = fromFormats(value, key, '');
  if (formats.hits.length > 0) return formats;
  if (t.includes('\n')) return multiLine(key, value);

  const docker = dockerAuth(key, t, depth);
  if (docker) return docker;

  const named = keyStrength(key);
  // Only when the weak word ends the key (`auth`, `node.auth`): `auth.username_in` names a username.
  const strength = inSecret && depth === 0 && named === 'weak' && keyStrength(keyWords(key).at(-1) ?? '') === 'weak' ? 'strong' : named;
  if (strength === 'none') return quiet('key is not credential-named');
  if (isReferenceKey(key) && !(isFileQualified(key) && !looksLikePath(t))) return quiet('key names a reference or a setting');
  if (isPlaceholder(t, key)) return quiet('placeholder');
  if (isCodeReference(t)) return quiet('an expression that reads the value from elsewhere');
  if (strength === 'strong' && isWeakDefault(t)) return { hits: [hit('weak', 'well-known default credential', t)], why: '' };
  if (isNotCredentialShape(t)) return quiet('not a credential shape');
  if (strength === 'weak') {
    return looksLikeKeyMaterial(t) ? { hits: [hit('credential', 'credential-named value', t)], why: '' } : quiet('not key material');
  }
  if (looksLikeSecretName(t)) return quiet('names a Secret');
  return { hits: [hit('credential', 'credential-named value', t)], why: '' };
}

/** Findings from credential formats, one per line of the value; `why` when none. */
function fromFormats(value: string, key: string, why: string): Assessment {
  const found = findFormats(value, key);
  if (found.length === 0) return quiet(why || 'no credential format');
  // A value that is one PEM block lands on its key's line; a credential inside a longer text on its own line.
  const multi = value.trim().includes('\n') && !value.trim().startsWith('-----BEGIN');
  const starts = multi ? lineStarts(value) : [0];
  const byLine = new Map<number, Hit>();
  for (const f of found) {
    const line = multi ? lineAt(starts, f.index) : 0;
    const prev = byLine.get(line);
    if (prev && (prev.verdict === 'credential' || f.verdict === 'weak')) continue;
    const part = matchedText(value, f.index);
    const what = f.verdict === 'weak' ? `${f.format.name} (a well-known default)` : f.format.name;
    byLine.set(line, hit(f.verdict, what, part, multi ? { innerLine: line } : {}));
  }
  const hits = [...byLine.values()];
  return { hits: value.trim().startsWith('-----BEGIN') ? hits.slice(0, 1) : hits, why: '' };
}

/** The token at an offset, for its length in the evidence. */
function matchedText(value: string, index: number): string {
  const rest = value.slice(index);
  if (rest.startsWith('-----BEGIN')) {
    const end = rest.indexOf('-----END ');
    const close = end >= 0 ? rest.indexOf('-----', end + 9) : -1;
    return close >= 0 ? rest.slice(0, close + 5) : rest;
  }
  return /^[^\s"',;]+/.exec(rest)?.[0] ?? rest;
}

/** `export DB_PASSWORD=…` / `API_TOKEN="…"` inside a script: an assignment whose name says it is a secret. */
const SHELL_ASSIGNMENT = /^\s*(?:export\s+|readonly\s+|declare\s+(?:-x\s+)?)?([A-Za-z_][A-Za-z0-9_]*)=(\S.*)$/;

/**
 * A multi-line text that is no structured file (a script, an nginx config): formats were checked;
 * what remains are shell-style assignments to credential-named variables, each at its own line.
 */
function multiLine(key: string, value: string): Assessment {
  const hits: Hit[] = [];
  value.split('\n').forEach((line, i) => {
    const m = SHELL_ASSIGNMENT.exec(line);
    if (!m || keyStrength(m[1]) !== 'strong') return;
    const literal = m[2].trim().replace(/^(["'])(.*)\1;?$/, '$2');
    if (/[\s;|&`,()[\]{}]/.test(literal)) return;
    for (const h of assess(m[1], literal, MAX_DEPTH).hits) hits.push({ ...h, innerLine: i, innerKey: m[1] });
  });
  if (hits.length > 0) return { hits, why: '' };
  const strength = keyStrength(key);
  if (strength !== 'strong' || isReferenceKey(key)) return quiet('multi-line text without a credential format');
  if (value.split('\n').every((l) => l.trim() === '' || isHashLine(l.trim()))) return quiet('password hashes');
  return { hits: [hit('credential', 'credential-named value', value.trim())], why: '' };
}

function fromEntries(entries: EmbeddedEntry[], depth: number, serviceAccount: boolean): Assessment {
  const hits: Hit[] = [];
  for (const e of entries) {
    if (e.path.slice(0, -1).some((p) => isReferenceKey(p) || /secretKeyRef|secretRef|valueFrom|existingSecret/i.test(p))) continue;
    const inner = assess(e.key, e.value, depth + 1);
    for (const h of inner.hits) {
      const what = serviceAccount && h.verdict === 'credential' && /private key/.test(h.what) ? 'GCP service-account key' : h.what;
      hits.push({ ...h, what, innerLine: e.line + (h.innerLine ?? 0), innerKey: e.path.join('.') });
    }
  }
  return hits.length > 0 ? { hits, why: '' } : quiet('embedded file without credentials');
}

function isServiceAccountJson(entries: EmbeddedEntry[]): boolean {
  return entries.some((e) => e.path.length === 1 && e.key === 'type' && e.value === 'service_account');
}

/** A docker config `auth` field: base64 of `user:password`, judged by its password. */
function dockerAuth(key: string, value: string, depth: number): Assessment | undefined {
  if (key !== 'auth' || value.length < 8) return undefined;
  const decoded = decodeBase64(value);
  if (decoded === undefined) return undefined;
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const password = decoded.slice(colon + 1);
  const inner = assess('password', password, depth + 1);
  if (inner.hits.length === 0) return quiet(`docker auth: ${inner.why}`);
  const h = inner.hits[0];
  return { hits: [hit(h.verdict, h.verdict === 'weak' ? 'docker registry auth (a well-known default)' : 'docker registry auth', value)], why: '' };
}

/** SOPS `ENC[…]` values or documents, PGP messages, age-encrypted files: ciphertext, not a secret. */
function isEncrypted(t: string): boolean {
  if (/^ENC\[[A-Z0-9_]+,/.test(t)) return true;
  if (/^-----BEGIN (?:PGP MESSAGE|AGE ENCRYPTED FILE)-----/.test(t)) return true;
  return /ENC\[AES256_GCM,data:/.test(t) && /"?sops"?\s*:/.test(t) && !/PRIVATE KEY-----/.test(t);
}

/** Certificates, public keys and SSH public keys or host keys: public by design. */
function isPublicMaterial(t: string): boolean {
  if (/^-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|PGP PUBLIC KEY BLOCK|DH PARAMETERS|EC PARAMETERS|OPENSSH PUBLIC KEY|SSH2 PUBLIC KEY)-----/.test(t)) {
    return !/PRIVATE KEY/.test(t);
  }
  return t
    .split('\n')
    .filter((l) => l.trim())
    .every((l) => /^(?:[^\s]+\s+)?(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)\s+AAAA[A-Za-z0-9+/=]+/.test(l.trim()));
}

/** `user:$apr1$…`, bcrypt, crypt(3) hashes: a stored hash, not the password. */
function isHashLine(l: string): boolean {
  return /^(?:[^:\s]+:)?(?:\$(?:apr1|2[abxy]?|5|6|argon2(?:id|i|d)|pbkdf2[-\w]*|scrypt|y|gy|7)\$\S+|\{(?:SHA|SSHA|SHA256|SSHA256|SHA512|SSHA512|MD5|SMD5|CRYPT|PBKDF2[-\w]*)\}\S+)$/.test(l);
}

/** `os.environ["X"]`, `process.env.X`, `config.password`, `getenv("X")`: code in an embedded script that reads the value elsewhere. */
function isCodeReference(v: string): boolean {
  if (/^(?:os\.(?:environ|getenv)|process\.env|System\.getenv|ENV\[|getenv\(|env\(|secrets\.|settings\.|self\.|this\.)/.test(v)) return true;
  return /^(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*(?:\(.*\)|\[.*\])?,?$/.test(v) && /[a-z]\.[a-z_]/i.test(v) && !/\d/.test(v.split('.').pop() ?? '');
}

/** True for `*_FILE`, `*_PATH`, `*_DIR` keys, whose exemption holds only when the value is a path. */
function isFileQualified(key: string): boolean {
  const words = keyWords(key);
  return /^(?:file|files|path|paths|dir|directory|folder|mount|mountpath|location)$/.test(words[words.length - 1] ?? '');
}

/** True when a value reads as a file system path. */
export function looksLikePath(value: string): boolean {
  const v = value.trim();
  if (/\s/.test(v) || v === '') return false;
  if (/^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\|file:\/\/)/.test(v)) return !/^\/[A-Za-z0-9+/]{30,}={0,2}$/.test(v) || v.split('/').length > 3;
  return /^[\w.-]+(?:\/[\w.-]+)+\/?$/.test(v) && !/^[A-Za-z0-9+/]{20,}={0,2}$/.test(v);
}

/**
 * Values that cannot be credentials whatever their key: booleans, numbers, durations, password
 * hashes, `sha256:` digests, paths, URLs without a password, e-mail addresses, file names,
 * certificates and public keys, secret-store references.
 */
export function isNotCredentialShape(value: string): boolean {
  const v = value.trim();
  if (/^(?:true|false|yes|no|on|off|y|n|enabled|disabled|null|~)$/i.test(v)) return true;
  if (/^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(v) && v.length < 16) return true;
  if (/^\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h|d|w|y|ki|mi|gi|ti|k|g|t|b|kb|mb|gb|%)$/i.test(v)) return true;
  if (isHashLine(v)) return true;
  // nsswitch.conf sources (`passwd: files compat`): a lookup order, not a password.
  if (/^(?:files|compat|nis|nisplus|ldap|sss|systemd|dns|db|winbind|myhostname|mymachines|resolve|hesiod|\[[!A-Za-z=]+\])(?:\s+(?:files|compat|nis|nisplus|ldap|sss|systemd|dns|db|winbind|myhostname|mymachines|resolve|hesiod|\[[!A-Za-z=]+\]))*$/.test(v)) return true;
  if (/^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[a-f0-9]{32,128}$/i.test(v)) return true;
  if (looksLikePath(v)) return true;
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|jdbc:[a-z0-9]+:(?:\/\/)?)[^\s@]*$/i.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+@[^\s@]+$/i.test(v)) return true;
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(v)) return true;
  if (/^[\w.-]+\.(?:json|ya?ml|pem|key|crt|cer|txt|env|conf|cfg|properties|p12|pfx|jks|keystore|ini|toml|xml|csv|sh)$/i.test(v)) return true;
  if (isSecretStoreReference(v) || isPublicMaterial(v)) return true;
  return false;
}

/** `storefront-basic-auth`, `grafana-admin-credentials`: a kebab-case name of a Secret, not a secret. */
function looksLikeSecretName(v: string): boolean {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(v)) return false;
  const parts = v.split('-');
  if (parts.some((p, i) => /\d/.test(p) && i < parts.length - 1)) return false;
  return parts.some((p) => /^(?:secrets?|credentials?|creds|tls|tokens?|auth|passwords?|keys?|apikeys?|certs?|keypair|sa)$/.test(p));
}

/** Shannon entropy in bits per character: a tie-breaker for values under weakly named keys, never a verdict alone. */
export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Random-looking key material (base64, hex, url-safe tokens) rather than an identifier, a word or a host name. */
export function looksLikeKeyMaterial(v: string): boolean {
  if (v.length < 16 || v.length > 8192 || !/^[A-Za-z0-9+/=_~-]+$/.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((r) => r.test(v)).length;
  if (/^[a-f0-9]{32,}$/i.test(v)) return true;
  if (classes < 2 || (classes === 2 && !/\d/.test(v))) return false;
  return shannonEntropy(v) >= 3.5;
}
