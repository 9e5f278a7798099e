import { containersOf, envRefsOf, podSpecOf, POD_KINDS } from './pod-spec.js';
import type { Problem, Rule } from './types.js';

/** A Secret consumed through environment variables rather than a file mount. */
export const secretEnvExposure: Rule = {
  meta: {
    id: 'secret-env-exposure',
    title: 'Secret exposed as environment variables',
    defaultSeverity: 'notice',
    messages: {
      env: '{resource} container {container} reads key {key} of Secret {secret} into env var {variable}; env vars leak into crash dumps, /proc, child processes and logs. Prefer mounting the Secret as a file.',
      envFrom:
        '{resource} container {container} loads every key of Secret {secret} into env vars; env vars leak into crash dumps, /proc, child processes and logs. Prefer mounting the Secret as a file.',
    },
    remediation: 'Mount the Secret as a read-only volume (defaultMode 0400) and have the application read the file, instead of env or envFrom.',
    crossReferences: [
      { tool: 'checkov', id: 'CKV_K8S_35' },
      { tool: 'kubesec', id: 'SecretsAsEnvironmentVariables' },
    ],
  },
  target: { kinds: [...POD_KINDS] },
  check(doc) {
    const pod = podSpecOf(doc);
    if (!pod) return [];
    const problems: Problem[] = [];
    for (const c of containersOf(pod)) {
      for (const ref of envRefsOf(c)) {
        if (ref.kind !== 'Secret' || ref.via === 'volume') continue;
        const params = { container: c.name, secret: ref.name, key: ref.key ?? '?', variable: ref.envName ?? '?' };
        problems.push({ messageId: ref.via, path: ref.path, params });
      }
    }
    return problems;
  },
};
