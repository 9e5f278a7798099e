import { failsGate, SEVERITIES } from '../domain/index.js';
import type { Finding, Severity, SuppressedFinding } from '../domain/index.js';
import { summarize, type ReportInput } from './json.js';

/** A file that was not scanned, and why (removed in the change, a symbolic link, a template). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** How long the rendered text may be: GitHub measures the check summary in characters, the job summary in bytes. */
export interface TextLimit {
  max: number;
  unit: 'chars' | 'bytes';
}

/** What the markdown summary shows beyond the findings themselves. */
export interface MarkdownSummaryInput extends ReportInput {
  /** Names what was scanned in the verdict: "changed manifests" on a pull request, "manifests" otherwise. */
  scope: string;
  limit: TextLimit;
  /** Where the findings that do not fit are listed, for the "N more" note (e.g. "the JSON report"). */
  overflowTarget: string;
  /** A short label of where a finding sits in the diff ("added line", "outside the diff"). */
  placeOf?: (f: Finding) => string | undefined;
  /** A link to a file's line, when the repository and commit are known. */
  linkOf?: (file: string, line: number) => string | undefined;
  skipped?: readonly SkippedFile[];
  /** A failing verdict that replaces the findings' own, when the run could not judge (nothing was readable). */
  failedVerdict?: string;
  /** Markdown lines said right under the verdict (missing permissions, an incomplete run), written by the Action, never repository text. */
  notes?: readonly string[];
}

/** Rule whose findings mean "this file was not scanned": they are listed with the skipped files too. */
const TEMPLATE_RULE = 'manifest-template-skipped';

/** The one-line verdict: "Blocked: 2 errors in 3 changed manifests". */
export function verdictLine(input: ReportInput & { scope: string }): string {
  const s = summarize(input);
  const files = plural(s.files, input.scope.replace(/s$/, ''), input.scope);
  if (s.failed) {
    const failing = SEVERITIES.filter((sev) => s[sev] > 0 && failsGate(sev, input.failOn)).map((sev) => plural(s[sev], sev));
    return `Blocked: ${failing.join(', ')} in ${files}`;
  }
  if (s.findings === 0) return `Passed: no findings in ${files}`;
  const counts = SEVERITIES.filter((sev) => s[sev] > 0).map((sev) => plural(s[sev], sev));
  return `Passed with ${counts.join(', ')} in ${files} (fail-on: ${input.failOn})`;
}

/**
 * The markdown report for the check run and the job summary: verdict, counts by rule and severity,
 * findings grouped by file with links, suppressed and skipped files. When it would exceed the
 * limit, findings (then suppressed entries) are cut from the end and an explicit "N more" note says so.
 */
export function renderMarkdownSummary(input: MarkdownSummaryInput): string {
  const fits = (text: string) => measure(text, input.limit.unit) <= input.limit.max;
  const all = render(input, input.findings.length, input.suppressed.length);
  if (fits(all)) return all;
  let lo = 0;
  let hi = input.findings.length;
  if (fits(render(input, 0, input.suppressed.length))) {
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(render(input, mid, input.suppressed.length))) lo = mid;
      else hi = mid - 1;
    }
    return render(input, lo, input.suppressed.length);
  }
  hi = input.suppressed.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(render(input, 0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const text = render(input, 0, lo);
  return fits(text) ? text : cut(text, input.limit);
}

function render(input: MarkdownSummaryInput, shownFindings: number, shownSuppressed: number): string {
  const out: string[] = [];
  if (input.failedVerdict) out.push(`## ❌ ${escapeMarkdown(input.failedVerdict)}`, '');
  else out.push(`## ${summarize(input).failed ? '❌' : '✅'} ${escapeMarkdown(verdictLine(input))}`, '');
  for (const note of input.notes ?? []) out.push(`> ${note.replace(/\n/g, ' ')}`, '');
  if (input.findings.length > 0) out.push(...countsTable(input.findings), '');

  const hidden = input.findings.length - shownFindings;
  if (input.findings.length > 0) {
    out.push('### Findings', '');
    let file: string | undefined;
    for (const f of input.findings.slice(0, shownFindings)) {
      if (f.file !== file) {
        if (file !== undefined) out.push('');
        file = f.file;
        out.push(`#### ${escapeMarkdown(f.file)}`, '', `| Line | Severity | Rule | Finding |${input.placeOf ? ' Where |' : ''}`, `|---|---|---|---|${input.placeOf ? '---|' : ''}`);
      }
      out.push(findingRow(f, input));
    }
    if (hidden > 0) {
      out.push('', `**${hidden} more ${hidden === 1 ? 'finding is' : 'findings are'} not listed here** (GitHub limits this summary's size): see ${input.overflowTarget}.`);
    }
    out.push('');
  }

  if (input.suppressed.length > 0) {
    out.push(`### Suppressed (${input.suppressed.length})`, '', '| File | Line | Rule | Reason |', '|---|---|---|---|');
    for (const s of input.suppressed.slice(0, shownSuppressed)) out.push(suppressedRow(s));
    const more = input.suppressed.length - shownSuppressed;
    if (more > 0) out.push('', `**${more} more suppressed ${more === 1 ? 'finding is' : 'findings are'} not listed here**: see ${input.overflowTarget}.`);
    out.push('');
  }

  const skipped = [
    ...(input.skipped ?? []),
    ...input.findings.filter((f) => f.ruleId === TEMPLATE_RULE).map((f) => ({ file: f.file, reason: 'a template: not scanned as a manifest' })),
  ];
  if (skipped.length > 0) {
    out.push(`### Skipped (${skipped.length})`, '');
    for (const s of skipped.slice(0, 100)) out.push(`- ${escapeMarkdown(s.file)}: ${escapeMarkdown(s.reason)}`);
    if (skipped.length > 100) out.push(`- … and ${skipped.length - 100} more`);
    out.push('');
  }
  out.push(`<sub>${escapeMarkdown(`${input.tool.name} ${input.tool.version}`)} · fail-on: ${input.failOn}</sub>`, '');
  return out.join('\n');
}

function countsTable(findings: readonly Finding[]): string[] {
  const byRule = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const row = byRule.get(f.ruleId) ?? { error: 0, warning: 0, notice: 0 };
    row[f.severity]++;
    byRule.set(f.ruleId, row);
  }
  const rows = [...byRule.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    '| Rule | Errors | Warnings | Notices |',
    '|---|---:|---:|---:|',
    ...rows.map(([rule, c]) => `| \`${rule}\` | ${c.error} | ${c.warning} | ${c.notice} |`),
  ];
}

function findingRow(f: Finding, input: MarkdownSummaryInput): string {
  const link = input.linkOf?.(f.file, f.startLine);
  const line = link ? `[${f.startLine}](${link})` : String(f.startLine);
  const where = input.placeOf ? ` ${escapeMarkdown(input.placeOf(f) ?? '')} |` : '';
  return `| ${line} | ${f.severity} | \`${f.ruleId}\` | ${escapeMarkdown(f.message)} |${where}`;
}

function suppressedRow(s: SuppressedFinding): string {
  const until = s.until ? ` (until ${escapeMarkdown(s.until)})` : '';
  return `| ${escapeMarkdown(s.file)} | ${s.startLine} | \`${s.ruleId}\` | ${escapeMarkdown(s.reason)}${until} |`;
}

/**
 * Makes repository text (file names, keys inside messages, suppression reasons) inert in GitHub
 * markdown: no HTML, no hidden markers, no table breaks, no links, no @-mentions, one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '&#64;');
}

function measure(text: string, unit: TextLimit['unit']): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/** Last resort when even an empty listing is too long (a huge note): cut on a line boundary. */
function cut(text: string, limit: TextLimit): string {
  const note = '\n\n**Cut here: this summary exceeded GitHub\'s size limit.**\n';
  let end = text.length;
  while (end > 0 && measure(text.slice(0, end) + note, limit.unit) > limit.max) end = text.lastIndexOf('\n', end - 1);
  return text.slice(0, Math.max(end, 0)) + note;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
