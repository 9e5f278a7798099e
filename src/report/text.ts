import type { Finding } from '../domain/index.js';
import { summarize, type ReportInput } from './json.js';

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', notice: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/**
 * The human report: findings grouped by file, one line each (`file:line:col  severity  rule-id  message`),
 * then a summary line. Colour only when asked (the CLI asks on a TTY). Control characters from file
 * names or messages are escaped so a hostile file name cannot rewrite the terminal.
 */
export function renderText(input: ReportInput, options: { colour?: boolean } = {}): string {
  const c = options.colour ? COLOURS : { error: '', warning: '', notice: '', dim: '', bold: '', reset: '' };
  const lines: string[] = [];
  let current: string | undefined;
  for (const f of input.findings) {
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(`${c.bold}${displayPath(f.file)}${c.reset}`);
      current = f.file;
    }
    lines.push(findingLine(f, c));
  }
  // A baseline can accept hundreds of findings: they are counted, not listed (the JSON report lists them).
  const inSource = input.suppressed.filter((s) => s.via !== 'baseline');
  if (inSource.length > 0) {
    lines.push('', `${c.dim}Suppressed (${inSource.length}):${c.reset}`);
    for (const s of inSource) {
      lines.push(`${c.dim}  ${printable(s.file)}:${s.startLine}  ${s.ruleId}  ${printable(s.reason)}${s.until ? ` (until ${s.until})` : ''}${c.reset}`);
    }
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (input.baseline) {
    const b = input.baseline;
    lines.push('', `${c.dim}Baseline ${printable(b.file)}: ${plural(b.matched, 'finding')} accepted${b.gone ? `; ${plural(b.gone, 'baselined finding')} gone (fixed or changed): refresh the baseline with manifest-gate baseline` : ''}.${c.reset}`);
  }
  const sum = summarize(input);
  const verdict = sum.failed ? `${c.error}Failed${c.reset}` : 'Passed';
  const time = input.elapsedMs !== undefined ? ` in ${(input.elapsedMs / 1000).toFixed(1)}s` : '';
  if (lines.length) lines.push('');
  lines.push(
    `${verdict}: ${plural(sum.findings, 'finding')} (${plural(sum.error, 'error')}, ${plural(sum.warning, 'warning')}, ${plural(sum.notice, 'notice')}) ` +
      `in ${plural(sum.files, 'file')}, ${plural(sum.documents, 'document')}${time}; fail-on: ${input.failOn}.`,
  );
  return lines.join('\n') + '\n';
}

function findingLine(f: Finding, c: typeof COLOURS): string {
  const colour = c[f.severity];
  return `${displayPath(f.file)}:${f.startLine}:${f.startColumn}  ${colour}${f.severity.padEnd(7)}${c.reset}  ${f.ruleId}  ${printable(f.message)}`;
}

/**
 * A file path as a line may begin with it: printable, and never starting with `::`, which a GitHub
 * runner would read as a workflow command when the CLI runs in a workflow step (`./` keeps the path).
 */
function displayPath(file: string): string {
  const p = printable(file);
  return /^\s*:/.test(p) ? `./${p}` : p;
}

/** Escapes control characters (newlines, ESC) so that text from a repository prints as one inert line. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
