import { compareFindings } from '../domain/index.js';
import type { Finding, Severity, SuppressedFinding } from '../domain/index.js';

/** The version of the baseline file format this code writes and reads. */
export const BASELINE_VERSION = 1;

/** One accepted finding: its fingerprint decides, the rest is there for a human reading the file. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  severity: Severity;
  file: string;
  startLine: number;
}

/** The findings a team accepted on the day it adopted the gate. */
export interface Baseline {
  version: typeof BASELINE_VERSION;
  /** When it was written (ISO 8601). */
  created: string;
  findings: BaselineEntry[];
}

/** A baseline file that cannot be read: its message names the file and what is wrong, on one line. */
export class BaselineError extends Error {
  override name = 'BaselineError';
}

/** The findings of a baselined scan, split into new ones, accepted ones and accepted ones that are gone. */
export interface BaselineOutcome {
  /** Findings not in the baseline: these count for the gate. */
  findings: Finding[];
  /** Findings the baseline accepts, as suppressed findings (`via: 'baseline'`). */
  baselined: SuppressedFinding[];
  /** Baseline entries that matched no finding: fixed, or changed beyond recognition. */
  gone: BaselineEntry[];
}

/** Records today's findings as a baseline. */
export function createBaseline(findings: readonly Finding[], now: Date = new Date()): Baseline {
  return {
    version: BASELINE_VERSION,
    created: now.toISOString(),
    findings: [...findings].sort(compareFindings).map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, severity: f.severity, file: f.file, startLine: f.startLine })),
  };
}

/** The baseline as the text of its file: stable order, one entry per line-group, ending in a newline. */
export function renderBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

/** Reads a baseline file's text; `where` names the file in error messages. */
export function parseBaseline(text: string, where: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BaselineError(`${where}: not a baseline file (not valid JSON); write one with: manifest-gate baseline --output ${where}`);
  }
  const v = value as Partial<Baseline> | null;
  if (!v || typeof v !== 'object' || v.version !== BASELINE_VERSION || !Array.isArray(v.findings)) {
    throw new BaselineError(`${where}: not a version ${BASELINE_VERSION} baseline file (expected {"version": ${BASELINE_VERSION}, "findings": [...]})`);
  }
  v.findings.forEach((e, i) => {
    if (!e || typeof e !== 'object' || typeof e.fingerprint !== 'string') throw new BaselineError(`${where}: findings[${i}] has no fingerprint`);
  });
  return v as Baseline;
}

/**
 * Matches findings against a baseline by fingerprint (which survives moved lines). A fingerprint
 * recorded twice accepts two findings, not more, so a second copy of an accepted problem is new.
 * When the scan covered only some files (changed files), pass them as `scanned`: entries of other
 * files are not reported gone, since nobody looked.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, label: string, scanned?: ReadonlySet<string>): BaselineOutcome {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const e of baseline.findings) {
    const list = remaining.get(e.fingerprint);
    if (list) list.push(e);
    else remaining.set(e.fingerprint, [e]);
  }
  const out: BaselineOutcome = { findings: [], baselined: [], gone: [] };
  for (const f of findings) {
    const entry = remaining.get(f.fingerprint)?.shift();
    if (entry) out.baselined.push({ ...f, reason: `accepted in the baseline ${label}`, via: 'baseline' });
    else out.findings.push(f);
  }
  for (const list of remaining.values()) out.gone.push(...list.filter((e) => !scanned || scanned.has(e.file)));
  out.gone.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.startLine - b.startLine));
  return out;
}
