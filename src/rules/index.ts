import type { Rule } from './types.js';
import { applyAnnotationTooLarge } from './apply-annotation-too-large.js';
import { configmapSecret } from './configmap-secret.js';
import { internalError } from './internal-error.js';
import { manifestParseError } from './manifest-parse-error.js';
import { manifestTemplateSkipped } from './manifest-template-skipped.js';
import { objectTooLarge } from './object-too-large.js';
import { rbacSecretAccess } from './rbac-secret-access.js';
import { secretDataEncoding } from './secret-data-encoding.js';
import { secretPlaintext } from './secret-plaintext.js';

/** Where each rule's documentation page is published. */
export const DOCS_BASE = 'https://github.com/manifest-gate/manifest-gate/blob/main/docs/rules';

/** The documentation page of a rule. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}/${ruleId}.md`;
}

/** The engine's own rules, which it reports directly. */
export const PARSE_ERROR = manifestParseError;
export const TEMPLATE_SKIPPED = manifestTemplateSkipped;
export const INTERNAL_ERROR = internalError;

/** Every rule, in catalogue order (RULES.md); the order is the order rules run. */
export const RULES: readonly Rule[] = [
  secretPlaintext,
  secretDataEncoding,
  configmapSecret,
  objectTooLarge,
  applyAnnotationTooLarge,
  rbacSecretAccess,
  manifestParseError,
  manifestTemplateSkipped,
  internalError,
];

/** A rule by id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
