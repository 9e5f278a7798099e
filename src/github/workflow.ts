import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { Finding, Severity } from '../domain/index.js';
import { printable } from '../report/text.js';
import { WORKFLOW_ANNOTATIONS_PER_LEVEL } from './limits.js';

/**
 * Makes one line of repository-derived text safe for the job log: control characters are escaped
 * so it stays one line, and a leading `::` is escaped so it can never become a workflow command.
 */
export function logSafe(text: string): string {
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return oneLine.replace(/^(\s*):/, '$1%3A');
}

/** Writes lines to the job log, each made safe first. */
export function log(text: string): void {
  for (const line of text.replace(/\n$/, '').split('\n')) core.info(logSafe(line));
}

/** How many workflow annotations were shown and how many the per-step budget held back. */
export interface AnnotationOutcome {
  shown: number;
  held: number;
}

/**
 * Emits workflow-command annotations for the findings, in the order given (most important first),
 * up to what the runner shows per level and step, less the slots `reserved` for the step's own
 * messages (the failure line, the permissions warning); one log line says where the rest are.
 */
export function emitAnnotations(findings: readonly Finding[], restAt: string, reserved: Partial<Record<Severity, number>> = {}): AnnotationOutcome {
  const used: Record<Severity, number> = { error: reserved.error ?? 0, warning: reserved.warning ?? 0, notice: reserved.notice ?? 0 };
  let held = 0;
  for (const f of findings) {
    if (used[f.severity] >= WORKFLOW_ANNOTATIONS_PER_LEVEL) {
      held++;
      continue;
    }
    used[f.severity]++;
    // @actions/core escapes the message and properties (newlines, `::`, `,`), so repository text stays data;
    // other control characters (ESC sequences from an object name) are escaped here so the log shows them inert.
    const props = { file: f.file, startLine: f.startLine, endLine: Math.max(f.endLine, f.startLine), title: `manifest-gate: ${f.ruleId}` };
    const message = printable(`${f.message} ${f.remediation}`);
    if (f.severity === 'error') core.error(message, props);
    else if (f.severity === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
  if (held > 0) core.info(`manifest-gate: ${held} more ${held === 1 ? 'finding is' : 'findings are'} not annotated here (GitHub shows ${WORKFLOW_ANNOTATIONS_PER_LEVEL} per level and step): see ${restAt}.`);
  return { shown: findings.length - held, held };
}

/** Appends the markdown report to the job summary ($GITHUB_STEP_SUMMARY); a no-op outside a runner. */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  try {
    await core.summary.addRaw(markdown, true).write();
    return true;
  } catch {
    // Outside a runner there is no summary file; the log and the report file still hold everything.
    core.summary.emptyBuffer();
    return false;
  }
}

/** Writes the JSON report where later steps can read it and returns its path. */
export function writeReportFile(dir: string, json: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'manifest-gate-report.json');
  writeFileSync(file, json);
  return file;
}

/** The step's outputs, as action.yml declares them. */
export interface StepOutputs {
  findings: number;
  errors: number;
  warnings: number;
  notices: number;
  failed: boolean;
  reportJson: string;
}

/** Sets the step's outputs. */
export function setOutputs(o: StepOutputs): void {
  core.setOutput('findings', o.findings);
  core.setOutput('errors', o.errors);
  core.setOutput('warnings', o.warnings);
  core.setOutput('notices', o.notices);
  core.setOutput('failed', o.failed);
  core.setOutput('report-json', o.reportJson);
}
