import { judgeValue, type Judgement } from './judge.js';
import { isPlaceholder, isWeakDefault } from './placeholders.js';

/** A URL with a password in its userinfo, found inside a longer text. */
export interface UrlCredential {
  /** Offset of the URL's scheme in the text. */
  index: number;
  /** The password part exactly as written (callers redact it, never print it). */
  password: string;
  verdict: 'credential' | 'weak';
}

/**
 * `scheme://user:password@host`: the password may hold anything but whitespace, quotes, `@` and `/`,
 * and the host must start right after the `@`. Bounded character classes keep it linear.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{1,30}):\/\/([^\s:@/?#'"`]{0,256}):([^\s@/'"`]{1,512})@(?=[A-Za-z0-9[_$({-])/gi;

/** True when a URL's password part stands in for a value supplied later (a substitution, a placeholder). */
function isPasswordReference(password: string): boolean {
  if (isPlaceholder(password, 'password')) return true;
  // Any substitution inside the password means the real value is filled in elsewhere.
  return /\$\{|\$\(|\{\{|%\(|\$[A-Za-z_]|^%[A-Za-z0-9_]+%$|^\*+$|^\.{3}$/.test(password);
}

/** Every URL in a text whose userinfo holds a real or default password (placeholders and substitutions skipped). */
export function findUrlCredentials(text: string): UrlCredential[] {
  if (!text.includes('://')) return [];
  const out: UrlCredential[] = [];
  for (const m of text.matchAll(URL_USERINFO)) {
    const password = m[3];
    if (isPasswordReference(password)) continue;
    out.push({ index: m.index ?? 0, password, verdict: isWeakDefault(password) ? 'weak' : 'credential' });
  }
  return out;
}

/** True when a value is a URL (then only a password in its userinfo can make it a credential). */
export function isUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]{1,30}:\/\/\S*$/i.test(value.trim());
}

/** True when a value reads as a file system path rather than as a secret. */
export function looksLikePath(value: string): boolean {
  const v = value.trim();
  if (/\s/.test(v) || v === '') return false;
  if (/^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\)/.test(v)) return true;
  return /^[\w.-]+(?:\/[\w.-]+)+\/?$/.test(v) && !/^[A-Za-z0-9+/]{20,}={0,2}$/.test(v);
}

/** Normalises a key to SNAKE_UPPER so `cookieSecret`, `cookie-secret` and `COOKIE_SECRET` compare alike. */
function upperSnake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-.\s]/g, '_').toUpperCase();
}

/**
 * Fill-in values that the shared placeholder list does not know: `yourpassword`, `__INGRESS_SECRET__`,
 * an ALL-CAPS value naming the key's last word (`COOKIE_SECRET: SECRET`), a realistic prefix followed
 * by an ALL-CAPS stand-in (`nvapi-NVKEY`).
 */
export function isFillIn(value: string, key = ''): boolean {
  const v = value.trim();
  if (/^(?:your|my|the)[-_]?(?:[a-z]+[-_]?){0,4}(?:password|passwd|pass|secret|token|key|apikey)$/i.test(v)) return true;
  if (/^__[A-Za-z0-9_]+__$/.test(v)) return true;
  if (/^[a-z0-9]{2,10}[-_][A-Z]{0,12}(?:KEY|TOKEN|SECRET|PASSWORD)[A-Z]{0,12}$/.test(v)) return true;
  if (key && /^[A-Z][A-Z0-9_]*$/.test(v)) {
    const k = upperSnake(key);
    if (k === v || k.endsWith('_' + v)) return true;
  }
  return false;
}

/**
 * Judges a value under a key as RULES.md's *Judging values* says, with what the shared judge leaves
 * out: extra fill-in styles, and URLs judged by their userinfo password alone (a URL under a
 * credential-named key is a credential only when it carries one).
 */
export function judgeWithUrls(key: string, value: string): Judgement {
  if (isFillIn(value, key)) return { verdict: 'quiet', why: 'placeholder' };
  const judged = judgeValue(key, value);
  const urls = findUrlCredentials(value);
  if (judged.verdict === 'credential' && judged.what !== 'credential-named value') return judged;
  if (isUrl(value)) {
    if (urls.length === 0) return { verdict: 'quiet', why: 'URL without a password' };
    return urls[0].verdict === 'weak'
      ? { verdict: 'weak', what: 'URL with a well-known default password' }
      : { verdict: 'credential', what: 'URL with an inline password' };
  }
  if (judged.verdict !== 'quiet') return judged;
  const url = urls.find((u) => u.verdict === 'credential');
  if (url) return { verdict: 'credential', what: 'URL with an inline password' };
  if (urls.length > 0) return { verdict: 'weak', what: 'URL with a well-known default password' };
  return judged;
}

/** One `KEY=value` (or `key: value`) line of an env, properties or ini text, with its 0-based line index. */
export interface KeyValueLine {
  key: string;
  value: string;
  line: number;
}

/** Strips one pair of matching surrounding quotes, as dotenv readers and kustomize do. */
export function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

/**
 * Reads a dotenv/properties/ini-like text into key-value lines; comments, section headers and lines
 * that are not assignments are skipped. `colon` also accepts `key: value` (properties, simple YAML).
 */
export function readKeyValueLines(text: string, options: { colon?: boolean } = {}): KeyValueLine[] {
  const out: KeyValueLine[] = [];
  const assignment = options.colon
    ? /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]{0,200})\s*[=:]\s?(.*)$/
    : /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]{0,200})\s*=\s?(.*)$/;
  text.split(/\r?\n/).forEach((raw, line) => {
    if (/^\s*(?:[#;!]|\[|$)/.test(raw)) return;
    const m = raw.match(assignment);
    if (!m) return;
    out.push({ key: m[1], value: unquote(m[2]), line });
  });
  return out;
}
