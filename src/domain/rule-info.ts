import type { Severity } from './finding.js';

/** What a report needs to know about a rule, as plain data (renderers never import rules). */
export interface RuleInfo {
  id: string;
  title: string;
  defaultSeverity: Severity | 'off';
  /** One sentence: what to do about it. */
  remediation: string;
  docsUrl: string;
}
