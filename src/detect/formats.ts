/** A credential format: a named pattern a value matches as a whole or contains. */
export interface CredentialFormat {
  name: string;
  pattern: RegExp;
}

/**
 * Formats that are credentials wherever they appear. Patterns are anchored or bounded, with no
 * nested quantifiers, so that no input makes them backtrack.
 */
export const CREDENTIAL_FORMATS: readonly CredentialFormat[] = [
  { name: 'private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )?PRIVATE KEY(?: BLOCK)?-----/ },
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'GitHub token', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b|\bgithub_pat_[A-Za-z0-9_]{22,255}\b/ },
  { name: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { name: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { name: 'Stripe key', pattern: /\b[rs]k_live_[A-Za-z0-9]{20,}\b/ },
  { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'OpenAI-style API key', pattern: /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}\b/ },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'JSON web token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
];

/** The first credential format a value contains, if any. */
export function matchFormat(value: string): CredentialFormat | undefined {
  for (const f of CREDENTIAL_FORMATS) if (f.pattern.test(value)) return f;
  return undefined;
}
