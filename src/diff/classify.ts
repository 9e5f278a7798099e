import type { Finding } from '../domain/index.js';
import { parseHunks, type Hunk } from './patch.js';

/** A file the pull request (or push) changes, as the GitHub listing reports it. */
export interface ChangedFile {
  /** Repository-relative path at the head (the new path of a renamed file). */
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'removed' | 'copied' | 'changed' | 'unchanged';
  previousPath?: string;
  /** Unified diff; absent for binary files and diffs too large for GitHub to include. */
  patch?: string;
}

/** Where a finding sits relative to the change under review. */
export type DiffPlace = 'added-line' | 'diff-context' | 'changed-file' | 'outside-diff';

/** A finding with its place, and the lines a review comment may anchor to when it is inside a hunk. */
export interface PlacedFinding {
  finding: Finding;
  place: DiffPlace;
  /** Present only for `added-line` and `diff-context`: the line (and start line) inside one hunk. */
  anchor?: { line: number; startLine?: number };
}

/** The diff of a change, by file: what classification needs to know. */
export interface DiffModel {
  readonly files: ReadonlyMap<string, readonly Hunk[] | undefined>;
}

/** Builds the diff model from the changed files; removed files have no new side and are left out. */
export function diffModel(changed: readonly ChangedFile[]): DiffModel {
  const files = new Map<string, readonly Hunk[] | undefined>();
  for (const f of changed) {
    if (f.status === 'removed') continue;
    files.set(f.path, f.patch === undefined ? undefined : parseHunks(f.patch));
  }
  return { files };
}

/**
 * Places every finding: on a line the change adds, in a hunk's context, elsewhere in a changed file,
 * or in a file the change does not touch. Nothing is dropped; each output decides what it shows.
 */
export function classifyFindings(findings: readonly Finding[], diff: DiffModel): PlacedFinding[] {
  return findings.map((finding) => placeFinding(finding, diff));
}

/** Places one finding (see classifyFindings). */
export function placeFinding(finding: Finding, diff: DiffModel): PlacedFinding {
  if (!diff.files.has(finding.file)) return { finding, place: 'outside-diff' };
  const hunks = diff.files.get(finding.file) ?? [];
  // The finding's own line decides; a multi-line finding also spans back to its start when the
  // start is in the same hunk (GitHub requires start_line < line within one hunk).
  const line = finding.startLine;
  const hunk = hunks.find((h) => line >= h.start && line <= h.end);
  if (!hunk) return { finding, place: 'changed-file' };
  const end = Math.min(Math.max(finding.endLine, line), hunk.end);
  let added = false;
  for (let l = line; l <= end && !added; l++) added = hunk.added.has(l);
  const place: DiffPlace = added ? 'added-line' : 'diff-context';
  const anchor = end > line ? { line: end, startLine: line } : { line };
  return { finding, place, anchor };
}
