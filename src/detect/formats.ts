import { keyWords } from './keys.js';
import { isPlaceholder, isSubstitution, isWeakDefault } from './placeholders.js';

/** A credential format: a named pattern a value matches as a whole or contains. */
export interface CredentialFormat {
  name: string;
  /** Global, bounded patterns: no nested quantifiers, so no input makes them backtrack. */
  pattern: RegExp;
  /** The part of a match that must not be a stand-in (`ghp_` followed by x's is a placeholder); whole match when absent. */
  body?: (m: RegExpExecArray) => string;
  /** Extra validity check of a match (a PEM block needs a real body). */
  valid?: (m: RegExpExecArray) => boolean;
  /** A more precise name for one match (`OpenSSH private key`, `PGP private key`). */
  describe?: (m: RegExpExecArray) => string;
}

/** Where a format was found in a value, and whether it holds a real credential or a well-known default. */
export interface FormatMatch {
  format: CredentialFormat;
  /** Offset of the match in the value (callers turn it into a line inside an embedded file). */
  index: number;
  verdict: 'credential' | 'weak';
}

/** A PEM body that is real key material: enough base64 once armour headers and escaped newlines are gone. */
function realPemBody(body: string): boolean {
  const lines = body.replace(/\\r|\\n/g, '\n').split(/\r?\n/);
  const material = lines
    .filter((l) => !/^\s*[A-Za-z-]+:\s/.test(l) && !/^\s*=[A-Za-z0-9+/]{4}\s*$/.test(l))
    .join('')
    .replace(/[\s"',]/g, '');
  // Shorter is a stand-in (`<private-key>`, `...`, `A key`), as documentation examples use.
  if (material.length < 16 || !/^[A-Za-z0-9+/=]+$/.test(material)) return false;
  let end = material.length;
  while (end > 0 && material[end - 1] === '=') end--; // base64 padding, without a quadratic /=+$/
  return !/^(.)\1+$/.test(material.slice(0, end)) && !/x{6,}|X{6,}|\.{3}/.test(body);
}

/** A token body that is not masked or elided: no runs of x/*, not AWS's EXAMPLE, more than two distinct characters. */
function realTokenBody(body: string): boolean {
  if (/x{6,}|X{6,}|\*{3,}|\.{3}|0{10,}|EXAMPLE/.test(body)) return false;
  return new Set(body).size > 2;
}

/**
 * Formats that are credentials wherever they appear. Each pattern carries the `g` flag so every
 * occurrence is checked (the first `ghp_` may be a placeholder, the second real).
 */
export const CREDENTIAL_FORMATS: readonly CredentialFormat[] = [
  {
    name: 'private key',
    pattern: /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----([\s\S]{0,40000}?)-----END /g,
    valid: (m) => realPemBody(m[2]),
    describe: (m) => {
      const label = m[1].trim();
      if (label === 'OPENSSH') return 'OpenSSH private key';
      if (label === 'PGP') return 'PGP private key';
      if (label === 'ENCRYPTED') return 'encrypted private key';
      return label ? `${label} private key` : 'private key';
    },
  },
  { name: 'PuTTY private key', pattern: /PuTTY-User-Key-File-\d: [a-z0-9-]+\s/g },
  { name: 'age secret key', pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g },
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g, body: (m) => m[0].slice(4) },
  { name: 'GitHub token', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b|\bgithub_pat_[A-Za-z0-9_]{50,255}\b/g, body: (m) => m[0].slice(4) },
  { name: 'GitLab token', pattern: /\b(?:glpat|gldt|glptt|glrt|glcbt|glsoat|glft|glimt)-[A-Za-z0-9_-]{20,}|\bGR1348941[A-Za-z0-9_-]{20,}/g, body: (m) => m[0].slice(6) },
  { name: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}|\bxapp-\d-[A-Z0-9]{9,}-\d{6,}-[a-f0-9]{32,}/g, body: (m) => m[0].slice(5) },
  { name: 'Slack webhook', pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/T[A-Z0-9]{6,}\/[A-Z0-9]{6,}\/[A-Za-z0-9]{20,}/g, body: (m) => m[0].slice(-24) },
  { name: 'Stripe key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}\b|\bwhsec_[A-Za-z0-9]{24,}\b/g, body: (m) => m[0].slice(8) },
  { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g, body: (m) => m[0].slice(4) },
  {
    name: 'OpenAI-style API key',
    pattern: /\bsk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{32,}/g,
    body: (m) => m[0].replace(/^sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?/, ''),
    valid: (m) => /[A-Z]/.test(m[0]) && /[a-z]/.test(m[0].slice(3)) && /\d/.test(m[0]),
  },
  { name: 'Hugging Face token', pattern: /\bhf_[A-Za-z0-9]{34,}\b/g, body: (m) => m[0].slice(3) },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g, body: (m) => m[0].slice(4) },
  { name: 'SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { name: 'DigitalOcean token', pattern: /\bdo[opr]_v1_[a-f0-9]{64}\b/g },
  { name: 'Databricks token', pattern: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g },
  { name: 'PyPI token', pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g, body: (m) => m[0].slice(20) },
  { name: 'Shopify token', pattern: /\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b/g, body: (m) => m[0].slice(6) },
  { name: 'Telegram bot token', pattern: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g },
  { name: 'Azure storage account key', pattern: /\bAccountKey=([A-Za-z0-9+/]{86}==)/g, body: (m) => m[1] },
  { name: 'Azure shared access key', pattern: /\bSharedAccessKey=([A-Za-z0-9+/]{42,44}=?)/g, body: (m) => m[1] },
  { name: 'Azure SAS token', pattern: /[?&]sig=([A-Za-z0-9%+/]{40,}={0,2})(?:&|$)/g, body: (m) => m[1], valid: (m) => /[?&]s[vpr]=/.test(m.input) },
  {
    name: 'JSON web token',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
    body: (m) => m[0].split('.')[2] ?? '',
  },
];

/** Every format's fixed part, tested once so that ordinary values skip the whole catalogue. */
const MAYBE_FORMAT =
  /-----BEGIN|PuTTY-User|AGE-SECRET|A(?:KI|SI|BI|CC)A|gh[pousr]_|github_pat_|gl(?:pat|dt|ptt|rt|cbt|soat|ft|imt)-|GR1348941|xox[abposr]-|xapp-|hooks\.slack|_(?:live|test)_|whsec_|npm_|sk-|hf_|AIza|SG\.|_v1_|dapi|pypi-|shp(?:at|ss|ca|pa)_|:AA|AccountKey=|SharedAccessKey=|sig=|eyJ|:\/\/|pass|pwd/i;

/**
 * `scheme://user:password@host`: the password may hold anything but whitespace, quotes, `@` and `/`,
 * and the host must start right after the `@`. Bounded character classes keep it linear.
 */
const URL_USERINFO = /\b[a-z][a-z0-9+.-]{1,30}:\/\/([^\s:@/?#'"`]{0,256}):([^\s@/'"`]{1,512})@(?=[A-Za-z0-9[_$({-])/gi;
/** `Password=…;` in ADO/ODBC connection strings, `password=…` in a JDBC/DSN query. */
const CONNECTION_PASSWORD = /(?:^|[;?&\s])(?:password|pwd|passwd)\s*=\s*([^;&\s'"]{1,256})/gi;

/** The URL-with-password and connection-string formats, reported by name. */
export const URL_WITH_PASSWORD: CredentialFormat = { name: 'URL with an inline password', pattern: URL_USERINFO };
/** A connection string (`Server=…;Password=…`, `jdbc:…?password=…`) that carries its password. */
export const CONNECTION_STRING: CredentialFormat = { name: 'connection string with a password', pattern: CONNECTION_PASSWORD };
/** An AWS secret access key, recognised by shape under a key that names one. */
export const AWS_SECRET_KEY: CredentialFormat = { name: 'AWS secret access key', pattern: /^[A-Za-z0-9/+]{40}$/ };
/** An Azure storage account key, recognised by shape under a key that names one. */
export const AZURE_STORAGE_KEY: CredentialFormat = { name: 'Azure storage account key', pattern: /^[A-Za-z0-9+/]{86}==$/ };

/**
 * True when a password written inside a URL or connection string stands in for one supplied later.
 * In text a shell or template engine expands (`shell`), a `$VAR` anywhere inside it is one too.
 */
export function isPasswordStandIn(password: string, shell = false): boolean {
  if (isPlaceholder(password, 'password') || isSubstitution(password)) return true;
  if (/\$\{|\$\(|\{\{|%\(|^\$[A-Za-z_]|^\{[A-Za-z_][A-Za-z0-9_]*\}$|^\*+$/.test(password)) return true;
  return shell && /\$[A-Za-z_]/.test(password);
}

function passwordVerdict(password: string, shell = false): 'credential' | 'weak' | undefined {
  const decoded = decodeURIComponentSafe(password);
  if (isPasswordStandIn(decoded, shell)) return undefined;
  return isWeakDefault(decoded) ? 'weak' : 'credential';
}

/** A URL with a real or well-known default password in its userinfo, found inside a text. */
export interface UrlCredential {
  /** Offset of the URL's scheme in the text. */
  index: number;
  verdict: 'credential' | 'weak';
}

/** Every URL in a text whose userinfo holds a password (stand-ins skipped; `shell` as for `isPasswordStandIn`). */
export function findUrlCredentials(text: string, shell = false): UrlCredential[] {
  if (!text.includes('://')) return [];
  const out: UrlCredential[] = [];
  for (const m of text.matchAll(URL_USERINFO)) {
    const verdict = passwordVerdict(m[2], shell);
    if (verdict) out.push({ index: m.index ?? 0, verdict });
  }
  return out;
}

/** A credential found at an offset of a text, described for a finding (never the value). */
export interface TextHit {
  verdict: 'credential' | 'weak';
  what: string;
  /** Offset of the hit, to find its line inside a multi-line text. */
  index: number;
}

/** The most serious URL password in a text: a real one before a well-known default. */
export function urlCredentialIn(text: string, shell = false): TextHit | undefined {
  const urls = findUrlCredentials(text, shell);
  const url = urls.find((u) => u.verdict === 'credential') ?? urls[0];
  if (!url) return undefined;
  return { ...url, what: url.verdict === 'weak' ? 'URL with a well-known default password' : URL_WITH_PASSWORD.name };
}

/** True when a value is a URL (then only a password in its userinfo can make it a credential). */
export function isUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]{1,30}:\/\/\S*$/i.test(value.trim());
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Key shapes: an AWS secret key or an Azure storage key is only recognisable together with its key's name. */
function keyedFormat(value: string, key: string): CredentialFormat | undefined {
  const v = value.trim();
  if (!key) return undefined;
  const words = keyWords(key);
  const joined = words.join('');
  if (AWS_SECRET_KEY.pattern.test(v) && /secret/.test(joined) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v)) {
    return realTokenBody(v) ? AWS_SECRET_KEY : undefined;
  }
  if (AZURE_STORAGE_KEY.pattern.test(v) && /azure|storage|account/.test(joined)) return realTokenBody(v) ? AZURE_STORAGE_KEY : undefined;
  return undefined;
}

/**
 * Every credential format in a value, in order of position: provider tokens, private keys, JWTs,
 * URLs and connection strings with a real password (a default password is `weak`), and — given the
 * key's name — AWS secret keys and Azure storage keys. Placeholders dressed in a format are skipped.
 */
export function findFormats(value: string, key = ''): FormatMatch[] {
  const out: FormatMatch[] = [];
  const keyed = keyedFormat(value, key);
  if (keyed) out.push({ format: keyed, index: value.length - value.trimStart().length, verdict: 'credential' });
  if (!MAYBE_FORMAT.test(value)) return out;
  for (const format of CREDENTIAL_FORMATS) {
    format.pattern.lastIndex = 0;
    for (const m of value.matchAll(format.pattern)) {
      if (format.valid && !format.valid(m)) continue;
      const body = format.body ? format.body(m) : m[0];
      if (format.name !== 'private key' && !realTokenBody(body)) continue;
      out.push({ format: format.describe ? { ...format, name: format.describe(m) } : format, index: m.index ?? 0, verdict: 'credential' });
    }
  }
  for (const url of findUrlCredentials(value)) out.push({ format: URL_WITH_PASSWORD, ...url });
  if (/(?:password|pwd|passwd)\s*=/i.test(value) && /;|jdbc:|:\/\/|\b(?:host|server|data source|user id|uid|dbname)\s*=/i.test(value)) {
    for (const m of value.matchAll(CONNECTION_PASSWORD)) {
      const verdict = passwordVerdict(m[1]);
      if (verdict) out.push({ format: CONNECTION_STRING, index: m.index ?? 0, verdict });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The first credential format a value contains (a real credential, not a default), if any. */
export function matchFormat(value: string, key = ''): CredentialFormat | undefined {
  return findFormats(value, key).find((m) => m.verdict === 'credential')?.format;
}
