import { unquote } from './embedded.js';
import { matchFormat } from './formats.js';
import { judgeValue, type Judgement } from './judge.js';
import { hasCredentialTail, isCredentialKey } from './keys.js';
import { isPlaceholder, isWeakDefault } from './placeholders.js';

/**
 * True when a private key header is followed by key material, not by a stand-in (`<private-key>`,
 * `...`, `A key`): a documentation example is not a leak.
 */
export function hasKeyBody(text: string): boolean {
  const at = text.search(/-----BEGIN [A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----/);
  if (at < 0) return false;
  const after = text.slice(at).replace(/^-----BEGIN[^\n]*?-----/, '');
  const end = after.indexOf('-----END');
  const body = (end < 0 ? after.slice(0, 600) : after.slice(0, Math.min(end, 600))).replace(/\\n|\s/g, '');
  return /[A-Za-z0-9+/=]{40}/.test(body);
}

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
  if (isPlaceholder(password, 'password') || isFillIn(password)) return true;
  // Any substitution inside the password means the real value is filled in elsewhere.
  return /\$\{|\$\(|\{\{|%\(|\$[A-Za-z_]|^%[A-Za-z0-9_]+%$|^\{[A-Za-z_][A-Za-z0-9_]*\}$|^\*+$|^\.{3}$/.test(password);
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
    if (k === v || k.endsWith('_' + v) || v.startsWith(k + '_') || v.endsWith('_' + k)) return true;
  }
  return false;
}

/**
 * `PGPASSWORD`, `MYSQLPASSWORD`, `GITHUBTOKEN`: a credential word fused to a prefix, which a word-wise
 * key match misses; judged as the credential word it ends with.
 */
function fusedCredentialName(key: string): string {
  if (isCredentialKey(key)) return key;
  const fused = key.toLowerCase().match(/[a-z0-9](password|passwd|secret|token)$/);
  return fused ? fused[1] : key;
}

/**
 * Judges a value under a key as RULES.md's *Judging values* says, with what the shared judge leaves
 * out: extra fill-in styles, and URLs judged by their userinfo password alone (a URL under a
 * credential-named key is a credential only when it carries one).
 */
export function judgeWithUrls(key: string, value: string): Judgement {
  if (isFillIn(value, key)) return { verdict: 'quiet', why: 'placeholder' };
  // `auth: basic`, `GIT_AUTH: ssh`: an `auth` name holding one lowercase word names a mode, not a credential.
  if (/(?:^|[-_.])auth$|[a-z0-9]Auth$|^auth$/i.test(key) && /^[a-z]{1,12}$/.test(value.trim())) return { verdict: 'quiet', why: 'an auth mode' };
  // A name that is about a credential (its version, role, method) is judged by the value's format alone.
  const judged = judgeValue(hasCredentialTail(key) ? fusedCredentialName(key) : '', value);
  const urls = findUrlCredentials(value);
  const format = matchFormat(value);
  if (format?.name === 'private key' && !hasKeyBody(value)) return { verdict: 'quiet', why: 'a private key stand-in' };
  if (judged.verdict === 'credential' && format) return judged;
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

/** A command-line flag whose name says it carries a credential, with the judged value. */
export interface FlagCredential {
  flag: string;
  verdict: 'credential' | 'weak';
  what: string;
  /** Offset of the flag in the text. */
  index: number;
  length: number;
}

/**
 * `--db-password=…`, `--client-secret '…'` inside a command line: flags named for a credential whose
 * value is a literal (a `$(VAR)`, `$VAR` or a path is not). Only the `=` form is read in free text,
 * since `--password $X` and `--password next-flag` cannot be told apart without a shell.
 */
export function findFlagCredentials(text: string): FlagCredential[] {
  if (!text.includes('-')) return [];
  const out: FlagCredential[] = [];
  for (const m of text.matchAll(/(?:^|\s)--?([A-Za-z][\w.-]{1,60})=("[^"]*"|'[^']*'|[^\s'"]+)/g)) {
    const hit = judgeFlag(m[1], unquote(m[2]));
    if (hit) out.push({ ...hit, flag: m[1], index: (m.index ?? 0) + (m[0].length - m[0].trimStart().length), length: [...unquote(m[2])].length });
  }
  return out;
}

/** Judges one flag's value by the flag's name; undefined when the name is not a credential's or the value is quiet. */
export function judgeFlag(flag: string, value: string): { verdict: 'credential' | 'weak'; what: string } | undefined {
  if (!isCredentialKey(flag) || !hasCredentialTail(flag) || value.startsWith('-')) return undefined;
  // `--secret model-registry-token`: a flag named `…secret` taking an object name names a Secret.
  if (/secret$/i.test(flag) && /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/.test(value)) return undefined;
  const judged = judgeWithUrls(flag, value);
  return judged.verdict === 'quiet' ? undefined : { verdict: judged.verdict, what: judged.what };
}
