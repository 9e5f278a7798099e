import { failsGate } from '../domain/index.js';
import type { FailOn, Finding, Severity, SuppressedFinding } from '../domain/index.js';

/** What every renderer needs: the findings and the facts of the run. */
export interface ReportInput {
  tool: { name: string; version: string };
  files: number;
  documents: number;
  findings: readonly Finding[];
  suppressed: readonly SuppressedFinding[];
  failOn: FailOn;
  /** Wall time of the scan in milliseconds, for the text summary. */
  elapsedMs?: number;
  /** Set when a baseline was applied: accepted findings are in `suppressed` with `via: 'baseline'`. */
  baseline?: BaselineSummary;
}

/** What a baseline did in this run. */
export interface BaselineSummary {
  /** The baseline file, as the user named it. */
  file: string;
  /** Findings the baseline accepted. */
  matched: number;
  /** Baseline entries that matched no finding any more (fixed, or changed beyond recognition). */
  gone: number;
}

/** Counts by severity and whether the gate fails; the `summary` object of the JSON contract. */
export interface ReportSummary {
  files: number;
  documents: number;
  findings: number;
  error: number;
  warning: number;
  notice: number;
  failed: boolean;
}

/** Counts findings by severity and applies the gate. */
export function summarize(input: ReportInput): ReportSummary {
  const count = (s: Severity) => input.findings.filter((f) => f.severity === s).length;
  return {
    files: input.files,
    documents: input.documents,
    findings: input.findings.length,
    error: count('error'),
    warning: count('warning'),
    notice: count('notice'),
    failed: input.findings.some((f) => failsGate(f.severity, input.failOn)),
  };
}

/** The JSON report of RULES.md's contract, as an object. */
export function jsonReport(input: ReportInput): object {
  return {
    tool: input.tool,
    summary: summarize(input),
    findings: input.findings.map(jsonFinding),
    suppressed: input.suppressed.map((s) => ({
      ...jsonFinding(s),
      reason: s.reason,
      ...(s.until ? { until: s.until } : {}),
      via: s.via,
    })),
    ...(input.baseline ? { baseline: input.baseline } : {}),
  };
}

/** The JSON report as text, one object, ending in a newline. */
export function renderJson(input: ReportInput): string {
  return JSON.stringify(jsonReport(input), null, 2) + '\n';
}

function jsonFinding(f: Finding): object {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    startLine: f.startLine,
    endLine: f.endLine,
    startColumn: f.startColumn,
    ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
    ...(f.resource ? { resource: f.resource } : {}),
    messageId: f.messageId,
    message: f.message,
    remediation: f.remediation,
    docsUrl: f.docsUrl,
    fingerprint: f.fingerprint,
    ...(f.evidence ? { evidence: f.evidence } : {}),
  };
}
