import type { ManifestDocument } from '../manifests/index.js';

/** The text of one YAML comment and the 1-based file line it sits on. */
export interface YamlComment {
  line: number;
  text: string;
}

const SEPARATOR = /^(?:---|\.\.\.)(?:\s|$)/;

/** A blank line, a comment line, or a document separator: nothing a document is made of. */
const isNotContent = (line: string) => /^\s*(?:#.*)?$/.test(line) || SEPARATOR.test(line);

/** True when lines `from..to-1` hold no document content (stops at the first that does). */
function allNotContent(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isNotContent(lines[i])) return false;
  return true;
}

/**
 * The file lines that belong to a document: its own span, plus the comment-only lines around it up to
 * the neighbouring `---` separators, so a file's header comment and a trailing comment belong to a
 * document too. A List item owns only its own span (its neighbours are items of the same document).
 */
export function documentLines(doc: ManifestDocument, lines: readonly string[]): { first: number; last: number } {
  const span = doc.lineSpan();
  let first = span.startLine;
  let last = Math.min(span.endLine, lines.length);
  if (doc.item !== undefined) return { first, last };
  while (first > 1 && !SEPARATOR.test(lines[first - 2])) first--;
  while (last < lines.length && !SEPARATOR.test(lines[last])) last++;
  // Comment-only stretches before the first document or after the last belong to their neighbour.
  if (allNotContent(lines, 0, first - 1)) first = 1;
  if (allNotContent(lines, last, lines.length)) last = lines.length;
  return { first, last };
}

/** Where a line's comment starts: a `#` at its start or after whitespace, outside quotes; -1 when none. */
function commentStart(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) {
        // `''` inside a single-quoted scalar is an escaped quote, not the end.
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = undefined;
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return i;
    if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{-]/.test(line[i - 1]))) quote = c;
  }
  return -1;
}

/** Cheap pre-check: a line can open a block scalar only if `|` or `>` is among its last few characters. */
function mayOpenBlock(code: string): boolean {
  const t = code.trimEnd();
  const tail = t.slice(-4);
  return tail.includes('|') || tail.includes('>');
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * The indentation a block scalar's content must exceed: that of the key that opens it (`- key: |`
 * nests under `key`, not under the dash), or of the dash for a bare `- |` item.
 */
function blockParentIndent(code: string): number {
  const prefix = code.match(/^(\s*(?:-\s+)*)/)?.[1] ?? '';
  const rest = code.slice(prefix.length);
  return /^[|>]/.test(rest) && prefix.includes('-') ? prefix.lastIndexOf('-') : prefix.length;
}

/**
 * The comments on lines `first..last` of a YAML text. Lines inside block scalars (`key: |`, `- >-`) are
 * content, not comments, even when they start with `#`: an embedded script's comment is data.
 */
export function yamlComments(lines: readonly string[], first: number, last: number): YamlComment[] {
  const out: YamlComment[] = [];
  let blockParent = -1;
  for (let n = first; n <= last; n++) {
    const line = lines[n - 1] ?? '';
    if (blockParent >= 0) {
      if (line.trim() === '' || indentOf(line) > blockParent) continue;
      blockParent = -1;
    }
    const at = line.includes('#') ? commentStart(line) : -1;
    if (at >= 0) out.push({ line: n, text: line.slice(at + 1) });
    const code = at >= 0 ? line.slice(0, at) : line;
    if (mayOpenBlock(code) && /(?:^|[:\-?]\s)\s*[|>][-+0-9]{0,2}$/.test(code.trimEnd())) blockParent = blockParentIndent(code);
  }
  return out;
}
