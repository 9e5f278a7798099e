import { unquote } from './embedded.js';
import { isUrl, matchFormat, urlCredentialIn } from './formats.js';
import { judgeValue, type Judgement } from './judge.js';
import { hasCredentialTail, isCredentialKey } from './keys.js';

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
 * Judges a value under a key as RULES.md's *Judging values* says, for values read from free text (env
 * values, flags, generator inputs): only names whose last word is a credential's count, and URLs are
 * judged by their userinfo password alone (a URL under a credential-named key is a credential only
 * when it carries one).
 */
export function judgeWithUrls(key: string, value: string): Judgement {
  // `auth: basic`, `GIT_AUTH: ssh`: an `auth` name holding one lowercase word names a mode, not a credential.
  if (/(?:^|[-_.])auth$|[a-z0-9]Auth$|^auth$/i.test(key) && /^[a-z]{1,12}$/.test(value.trim())) return { verdict: 'quiet', why: 'an auth mode' };
  // A name that is about a credential (its version, role, method) is judged by the value's format alone.
  const judged = judgeValue(hasCredentialTail(key) ? fusedCredentialName(key) : '', value);
  if (judged.verdict === 'credential' && matchFormat(value)) return judged;
  const url = urlCredentialIn(value, true);
  if (isUrl(value)) return url ? { verdict: url.verdict, what: url.what } : { verdict: 'quiet', why: 'URL without a password' };
  if (judged.verdict !== 'quiet' || !url) return judged;
  return { verdict: url.verdict, what: url.what };
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
