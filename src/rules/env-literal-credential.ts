import { redact } from '../domain/index.js';
import { judgeWithUrls, looksLikePath, type Judgement } from '../detect/index.js';
import { containersOf, podSpecOf, POD_KINDS } from './pod-spec.js';
import type { Problem, Rule } from './types.js';

/** `DB_PASSWORD_FILE`, `jwtSecretKeyPath`, `CREDENTIALS_DIR`: names whose value should be where a secret lives. */
const LOCATION_SUFFIX = /^(.*?)(?:[-_.](?:file|path|dir)|(?<=[a-z0-9])(?:File|Path|Dir))$/i;

/**
 * Judges one env var. A location-named variable holding a path is file-based consumption and stays
 * quiet; holding anything else it is judged by the name it would have without the suffix, so that
 * `DB_PASSWORD_FILE: <the password itself>` still fires.
 */
export function judgeEnvValue(name: string, value: string): Judgement {
  const location = name.match(LOCATION_SUFFIX);
  if (location) {
    if (looksLikePath(value)) return { verdict: 'quiet', why: 'a path to a mounted secret' };
    return judgeWithUrls(location[1] || name, value);
  }
  return judgeWithUrls(name, value);
}

/** A container env literal that is a credential, in every container list of every pod-bearing kind. */
export const envLiteralCredential: Rule = {
  meta: {
    id: 'env-literal-credential',
    title: 'Container env holds a literal credential',
    defaultSeverity: 'error',
    messages: {
      literal: '{resource} container {container} sets env {key} to a literal credential ({what}, {length} characters).',
      weak: '{resource} container {container} sets env {key} to a well-known default credential ({length} characters): committed and guessable.',
    },
    remediation:
      'Put the value in a Secret kept out of git (SealedSecret, ExternalSecret, SOPS) and read it with valueFrom.secretKeyRef or a file mount; rotate it, since it is already in the history.',
    crossReferences: [
      { tool: 'kube-linter', id: 'env-var-secret' },
      { tool: 'checkov', id: 'CKV_K8S_35' },
      { tool: 'polaris', id: 'hardcodedSecrets' },
      { tool: 'kubesec', id: 'env-secret' },
    ],
  },
  target: { kinds: [...POD_KINDS] },
  check(doc) {
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const problems: Problem[] = [];
    for (const c of containersOf(pod)) {
      const env = c.container.env;
      if (!Array.isArray(env)) continue;
      env.forEach((entry, i) => {
        if (!entry || typeof entry !== 'object') return;
        const { name, value, valueFrom } = entry as Record<string, unknown>;
        if (valueFrom !== undefined || typeof value !== 'string') return;
        const key = typeof name === 'string' ? name : '';
        const judged = judgeEnvValue(key, value);
        if (judged.verdict === 'quiet') return;
        const length = [...value].length;
        problems.push({
          messageId: judged.verdict === 'weak' ? 'weak' : 'literal',
          path: [...c.path, 'env', i, 'value'],
          params: { container: c.name, key: key || `#${i}`, what: judged.what, length },
          severity: judged.verdict === 'weak' ? 'warning' : undefined,
          evidence: redact(value, judged.what),
        });
      });
    }
    return problems;
  },
};
