import { createHash } from 'node:crypto';
import type { Resource } from './finding.js';

/**
 * A finding's identity across runs: rule, file, resource and YAML path, never line numbers,
 * so a finding keeps its fingerprint when lines above it move and a re-run can recognise it.
 */
export function fingerprint(
  ruleId: string,
  file: string,
  resource: Resource | undefined,
  path: readonly (string | number)[],
  messageId: string,
): string {
  const parts = [
    ruleId,
    file,
    resource?.kind ?? '',
    resource?.namespace ?? '',
    resource?.name ?? '',
    JSON.stringify(path),
    messageId,
  ];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
