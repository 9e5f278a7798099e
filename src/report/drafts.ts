import type { Finding, Severity } from '../domain/index.js';
import { escapeMarkdown } from './markdown.js';

/** The hidden marker that lets a re-run recognise the comment it posted for a finding. */
export function findingMarker(fingerprint: string): string {
  return `<!-- manifest-gate:fp=${fingerprint} -->`;
}

/** Marks a review body as ours, so re-runs can read which findings it already listed. */
export const REVIEW_MARKER = '<!-- manifest-gate:review -->';

const MARKER = /<!-- manifest-gate:fp=([0-9a-f]{8,64}) -->/g;

/** The fingerprints carried by a comment or review body's hidden markers. */
export function markersIn(body: string | null | undefined): string[] {
  return [...(body ?? '').matchAll(MARKER)].map((m) => m[1]);
}

/** The heading and prose of one finding as a reviewer reads it, with its marker last. */
export function findingComment(f: Finding): string {
  return [
    `**manifest-gate · ${f.severity} · \`${f.ruleId}\`**`,
    escapeMarkdown(f.message),
    escapeMarkdown(f.remediation),
    `[Why this matters and how to fix it](${f.docsUrl}) · suppress: \`# manifest-gate: ignore ${f.ruleId} -- <reason>\``,
    findingMarker(f.fingerprint),
  ].join('\n\n');
}

/** An inline review comment, ready for GitHub: `line`/`side`, and `start_line` only when it precedes `line`. */
export interface ReviewCommentDraft {
  fingerprint: string;
  path: string;
  line: number;
  startLine?: number;
  body: string;
}

/** Drafts the inline comment for a finding anchored inside a diff hunk. */
export function reviewCommentDraft(f: Finding, anchor: { line: number; startLine?: number }): ReviewCommentDraft {
  const draft: ReviewCommentDraft = { fingerprint: f.fingerprint, path: f.file, line: anchor.line, body: findingComment(f) };
  if (anchor.startLine !== undefined && anchor.startLine < anchor.line) draft.startLine = anchor.startLine;
  return draft;
}

/** A finding listed in the review body (changed file, but no diff line to comment on). */
export interface ReviewListItem {
  fingerprint: string;
  text: string;
}

/** Drafts the review-body entry of a finding that has no diff line to sit on. */
export function reviewListItem(f: Finding, link?: string): ReviewListItem {
  const where = link ? `[${escapeMarkdown(f.file)}:${f.startLine}](${link})` : `${escapeMarkdown(f.file)}:${f.startLine}`;
  return {
    fingerprint: f.fingerprint,
    text: `- **${f.severity}** \`${f.ruleId}\` ${where}: ${escapeMarkdown(f.message)} ${findingMarker(f.fingerprint)}`,
  };
}

/** The body of one review: a verdict, the findings that have no diff line, and where the rest are. */
export function reviewBody(input: { verdict: string; listed: readonly ReviewListItem[]; notListed: number; detailsAt: string }): string {
  const out = [`**manifest-gate** · ${escapeMarkdown(input.verdict)}`];
  if (input.listed.length > 0) {
    out.push('', 'Findings in changed files, outside the lines of this diff:', '', ...input.listed.map((i) => i.text));
  }
  if (input.notListed > 0) out.push('', `${input.notListed} more ${input.notListed === 1 ? 'finding is' : 'findings are'} listed in ${input.detailsAt}.`);
  out.push('', REVIEW_MARKER);
  return out.join('\n');
}

/** A check-run annotation as GitHub's API takes it. */
export interface CheckAnnotationDraft {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** GitHub's annotation level for a severity: an error is a "failure". */
export function annotationLevel(s: Severity): CheckAnnotationDraft['annotation_level'] {
  return s === 'error' ? 'failure' : s;
}

/** Drafts a check-run annotation: plain text (GitHub does not render markdown there). */
export function checkAnnotationDraft(f: Finding): CheckAnnotationDraft {
  const a: CheckAnnotationDraft = {
    path: f.file,
    start_line: f.startLine,
    end_line: Math.max(f.endLine, f.startLine),
    annotation_level: annotationLevel(f.severity),
    title: `manifest-gate: ${f.ruleId}`,
    message: `${f.message}\n${f.remediation}\n${f.docsUrl}`,
  };
  // GitHub accepts columns only on single-line annotations.
  if (a.start_line === a.end_line && f.endColumn !== undefined && f.endColumn >= f.startColumn) {
    a.start_column = f.startColumn;
    a.end_column = f.endColumn;
  }
  return a;
}
