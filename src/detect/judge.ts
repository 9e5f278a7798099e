import { matchFormat } from './formats.js';
import { isCredentialKey, isReferenceKey } from './keys.js';
import { isPlaceholder, isWeakDefault } from './placeholders.js';

/** How a value under a key was judged, with what it is (never the value itself). */
export type Judgement =
  | { verdict: 'credential'; what: string }
  | { verdict: 'weak'; what: string }
  | { verdict: 'quiet'; why: string };

/**
 * RULES.md's *Judging values*: a credential format anywhere is a credential; under a
 * credential-named key anything that is not a placeholder, reference, hash, number or boolean is one,
 * and a well-known default is weak.
 */
export function judgeValue(key: string, value: string): Judgement {
  const format = matchFormat(value);
  if (format) return { verdict: 'credential', what: format.name };
  if (!isCredentialKey(key)) return { verdict: 'quiet', why: 'key is not credential-named' };
  if (isReferenceKey(key)) return { verdict: 'quiet', why: 'key names a reference' };
  if (isPlaceholder(value, key)) return { verdict: 'quiet', why: 'placeholder' };
  if (isNotCredentialShape(value)) return { verdict: 'quiet', why: 'not a credential shape' };
  if (isWeakDefault(value)) return { verdict: 'weak', what: 'well-known default credential' };
  return { verdict: 'credential', what: 'credential-named value' };
}

/** Values that cannot be credentials whatever their key: hashes, numbers, booleans, paths, plain URLs. */
export function isNotCredentialShape(value: string): boolean {
  const v = value.trim();
  if (/^(?:true|false|yes|no|on|off|enabled|disabled)$/i.test(v)) return true;
  if (/^-?\d+(?:\.\d+)?$/.test(v)) return true;
  if (/^\$2[aby]?\$\d\d\$[./A-Za-z0-9]{53}$/.test(v)) return true;
  if (/^(?:sha(?:256|512):)?[a-f0-9]{40,128}$/i.test(v)) return true;
  if (/^\/[^\s]*$/.test(v) || /^\.{1,2}\/[^\s]*$/.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s/]+(?:[/?#][^\s]*)?$/i.test(v) && !/:\/\/[^/]*:[^/]*@/.test(v)) return true;
  return false;
}
