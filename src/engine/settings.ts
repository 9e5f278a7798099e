import type { Severity } from '../domain/index.js';
import type { Rule } from '../rules/types.js';

/** How configuration tunes one rule. */
export interface RuleSetting {
  /** `off` disables the rule; a severity replaces every severity the rule reports. */
  severity?: Severity | 'off';
  /** Switches a rule on at its default severity (for rules that are off by default) or off. */
  enabled?: boolean;
  options?: Record<string, unknown>;
}

/** Rule settings by rule id; rules absent here run with their defaults. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** True when the rule runs under these settings. */
export function isEnabled(rule: Rule, settings: RuleSettings): boolean {
  const s = settings[rule.meta.id];
  if (s?.severity === 'off' || s?.enabled === false) return false;
  if (s?.severity !== undefined || s?.enabled === true) return true;
  return rule.meta.defaultSeverity !== 'off';
}

/** The severity a problem is reported at: configuration wins, then the problem's own, then the rule's default. */
export function effectiveSeverity(rule: Rule, problemSeverity: Severity | undefined, settings: RuleSettings): Severity {
  const configured = settings[rule.meta.id]?.severity;
  if (configured && configured !== 'off') return configured;
  if (problemSeverity) return problemSeverity;
  return rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
}
