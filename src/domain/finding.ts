import type { Redacted } from './redacted.js';

/** GitHub's three annotation levels, which are also ours. */
export type Severity = 'error' | 'warning' | 'notice';

/** Severities from most to least serious; the order reports and gates use. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** Numeric rank of a severity: higher is more serious. */
export function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

/** The threshold at which the gate fails; `never` makes every run pass. */
export type FailOn = Severity | 'never';

/** True when a finding of severity `s` fails a gate set to `failOn`. */
export function failsGate(s: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && severityRank(s) >= severityRank(failOn);
}

/** The Kubernetes object a finding is about. */
export interface Resource {
  kind: string;
  namespace?: string;
  name?: string;
}

/** One problem found in one file, in the shape of RULES.md's JSON contract. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Repository-relative POSIX path. */
  file: string;
  startLine: number;
  endLine: number;
  startColumn: number;
  endColumn?: number;
  resource?: Resource;
  /** Stable id of the message template, for tests and tooling; prose may change, this may not. */
  messageId: string;
  message: string;
  remediation: string;
  docsUrl: string;
  /** Hash of rule, file, resource and YAML path: stable when lines move. */
  fingerprint: string;
  /** What was found, described without its value. */
  evidence?: Redacted;
}

/** A finding a suppression silenced, kept so that reports can list it with its reason. */
export interface SuppressedFinding extends Finding {
  reason: string;
  until?: string;
  /** Where the suppression came from: a comment, an annotation, a baseline, a config entry. */
  via: string;
}

/** Human label of a resource: `Secret payments/stripe-keys`. */
export function describeResource(r: Resource | undefined): string {
  if (!r) return 'document';
  const id = r.name ? (r.namespace ? `${r.namespace}/${r.name}` : r.name) : '(unnamed)';
  return `${r.kind} ${id}`;
}

/** Report order: file, then line, then rule id, then column. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.startLine - b.startLine ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    a.startColumn - b.startColumn ||
    (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)
  );
}
