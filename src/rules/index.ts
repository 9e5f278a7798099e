import type { RuleInfo } from '../domain/index.js';
import type { Rule } from './types.js';
import { applyAnnotationTooLarge } from './apply-annotation-too-large.js';
import { configRefMissing } from './config-ref-missing.js';
import { configRolloutTrigger } from './config-rollout-trigger.js';
import { configmapDataType } from './configmap-data-type.js';
import { configmapSecret } from './configmap-secret.js';
import { credentialInManifest } from './credential-in-manifest.js';
import { envLiteralCredential } from './env-literal-credential.js';
import { internalError } from './internal-error.js';
import { kustomizeSecretLiteral } from './kustomize-secret-literal.js';
import { manifestParseError } from './manifest-parse-error.js';
import { manifestTemplateSkipped } from './manifest-template-skipped.js';
import { namingConvention } from './naming-convention.js';
import { objectTooLarge } from './object-too-large.js';
import { rbacBroadSubject } from './rbac-broad-subject.js';
import { rbacClusterAdminBinding } from './rbac-cluster-admin-binding.js';
import { rbacSecretAccess } from './rbac-secret-access.js';
import { rbacSecretEscalation } from './rbac-secret-escalation.js';
import { rbacWildcard } from './rbac-wildcard.js';
import { secretDataEncoding } from './secret-data-encoding.js';
import { secretEnvExposure } from './secret-env-exposure.js';
import { secretLogged } from './secret-logged.js';
import { secretPlaintext } from './secret-plaintext.js';
import { secretVolumeMode } from './secret-volume-mode.js';
import { suppressionInvalid } from './suppression-invalid.js';

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
export const SUPPRESSION_INVALID = suppressionInvalid;

/** Every rule, in catalogue order (RULES.md); the order is the order rules run. */
export const RULES: readonly Rule[] = [
  secretPlaintext,
  secretDataEncoding,
  configmapSecret,
  envLiteralCredential,
  credentialInManifest,
  kustomizeSecretLiteral,
  objectTooLarge,
  applyAnnotationTooLarge,
  rbacSecretAccess,
  rbacWildcard,
  rbacBroadSubject,
  rbacClusterAdminBinding,
  rbacSecretEscalation,
  secretVolumeMode,
  secretEnvExposure,
  secretLogged,
  configRolloutTrigger,
  configmapDataType,
  configRefMissing,
  namingConvention,
  manifestParseError,
  manifestTemplateSkipped,
  suppressionInvalid,
  internalError,
];

/** A rule by id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** The catalogue as plain data, for renderers (SARIF rule metadata) that must not import rules. */
export function ruleInfo(rules: readonly Rule[] = RULES): RuleInfo[] {
  return rules.map((r) => ({ id: r.meta.id, title: r.meta.title, defaultSeverity: r.meta.defaultSeverity, remediation: r.meta.remediation, docsUrl: docsUrl(r.meta.id) }));
}
