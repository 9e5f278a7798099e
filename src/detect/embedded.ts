import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Node as YamlNode } from 'yaml';

/** One key/value pair of a file embedded in a value, with the line (0-based, inside the value) that holds it. */
export interface EmbeddedEntry {
  /** The entry's own key (`spring.datasource.password`, or the last key of a nested YAML/JSON path). */
  key: string;
  /** Keys from the file's root to this entry. */
  path: string[];
  value: string;
  /** 0-based line inside the embedded text. */
  line: number;
}

/** A structured file found inside a value: its format and its scalar entries. */
export interface EmbeddedFile {
  format: 'json' | 'yaml' | 'properties';
  entries: EmbeddedEntry[];
  /** True when the file is SOPS-encrypted (a `sops` block at its root): its values are ciphertext. */
  encrypted: boolean;
}

/** Larger embedded texts are only scanned for formats, line by line: parsing a multi-megabyte dashboard buys nothing. */
const MAX_PARSE_BYTES = 512 * 1024;

/**
 * Parses a value that holds a whole file — JSON, YAML, or line-based `key=value` (properties,
 * .env, ini, TOML) — into its entries. A one-line value is a file only when it is a JSON object;
 * anything that is not clearly a file gives undefined.
 */
export function parseEmbedded(text: string): EmbeddedFile | undefined {
  const t = text.trim();
  if (t.length > MAX_PARSE_BYTES) return undefined;
  const multiLine = t.includes('\n');
  if (t.startsWith('{') && t.endsWith('}')) {
    const json = parseJson(text);
    if (json) return json;
  }
  if (!multiLine) return undefined;
  if (t.startsWith('-----BEGIN')) return undefined;
  // Go templates inside a value (an injector template) are not YAML until rendered; parsing them fails slowly.
  if (!t.includes('{{') && /^[\w"'.-][^\n]*:(?:\s|$)/m.test(t)) {
    const yaml = parseYaml(text);
    if (yaml) return yaml;
  }
  const entries = parseKeyValueLines(text);
  return entries ? { format: 'properties', entries, encrypted: false } : undefined;
}

function parseJson(text: string): EmbeddedFile | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries: EmbeddedEntry[] = [];
  let starts: number[] | undefined;
  const lines = () => (starts ??= lineStarts(text));
  const walk = (v: unknown, path: string[]): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, path));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    else if (typeof v === 'string' && path.length > 0) {
      const key = path[path.length - 1];
      // Finding the line searches the text, so it is done only for the few entries that are reported.
      entries.push({
        key,
        path,
        value: v,
        get line() {
          return jsonLine(text, lines, key, v);
        },
      });
    }
  };
  walk(value, []);
  return { format: 'json', entries, encrypted: 'sops' in (value as object) };
}

/** Offsets at which each line of a text starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line that holds an offset, given the text's `lineStarts`. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The line of `"key": "value"` in JSON text: the first occurrence of the key followed by that value, else of the key. */
function jsonLine(text: string, lineStartsOf: () => number[], key: string, value: string): number {
  const starts = lineStartsOf();
  if (starts.length === 1) return 0;
  const k = JSON.stringify(key);
  const v = JSON.stringify(value).slice(0, 24);
  let first = -1;
  for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
    if (first < 0) first = i;
    const after = text.slice(i + k.length, i + k.length + 8 + v.length).replace(/^\s*:\s*/, '');
    if (after.startsWith(v)) return lineAt(starts, i);
  }
  return first < 0 ? 0 : lineAt(starts, first);
}

function parseYaml(text: string): EmbeddedFile | undefined {
  const counter = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { schema: 'failsafe', lineCounter: counter, uniqueKeys: false, strict: false });
  } catch {
    return undefined;
  }
  if (!Array.isArray(docs) || docs.length === 0) return undefined;
  const entries: EmbeddedEntry[] = [];
  let encrypted = false;
  let sawMap = false;
  for (const doc of docs) {
    if (doc.errors.length > 0) return undefined;
    if (!isMap(doc.contents)) continue;
    sawMap = true;
    if (doc.contents.items.some((p) => isScalar(p.key) && p.key.value === 'sops')) encrypted = true;
    const walk = (node: unknown, path: string[]): void => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair) || !isScalar(pair.key)) continue;
          const key = String(pair.key.value);
          const value = pair.value as YamlNode | null;
          if (isScalar(value) && typeof value.value === 'string') {
            const offset = value.range?.[0] ?? (pair.key as YamlNode).range?.[0] ?? 0;
            entries.push({ key, path: [...path, key], value: value.value, line: counter.linePos(offset).line - 1 });
          } else walk(value, [...path, key]);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) walk(item, path);
      }
    };
    walk(doc.contents, []);
  }
  return sawMap ? { format: 'yaml', entries, encrypted } : undefined;
}

/** `key=value` / `key: value` / `export KEY=value` / TOML `key = "value"`, with optional quotes. */
const KEY_VALUE_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.\-/[\]]{0,200})\s*([=:])\s?(.*)$/;

/** How to read a line-based file: `minShare` of its meaningful lines must be entries; `colon` also accepts `key: value`. */
export interface KeyValueOptions {
  minShare?: number;
  colon?: boolean;
}

/**
 * Line-based files (properties, .env, ini, TOML): entries when at least `minShare` of the meaningful lines
 * are `key=value` (or `key: value` unless `colon` is false, as in a `.env`); comments (`#`, `;`, `!`, `//`)
 * and `[section]` headers are skipped. Undefined when the text is not such a file.
 */
export function parseKeyValueLines(text: string, { minShare = 0.6, colon = true }: KeyValueOptions = {}): EmbeddedEntry[] | undefined {
  const entries: EmbeddedEntry[] = [];
  let meaningful = 0;
  const lines = text.split('\n');
  let section: string | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const t = line.trim();
    if (t === '' || /^(?:#|;|!|\/\/)/.test(t)) return;
    const header = /^\[\[?([^\]]+)\]\]?$/.exec(t);
    if (header) {
      section = header[1].trim();
      return;
    }
    meaningful++;
    const m = KEY_VALUE_LINE.exec(line);
    if (!m || (!colon && m[2] === ':')) return;
    const key = m[1];
    const value = unquote(m[3]);
    entries.push({ key, path: section ? [section, key] : [key], value, line: i });
  });
  if (entries.length === 0 || entries.length < meaningful * minShare) return undefined;
  return entries;
}

/** Strips matching quotes, or an inline ` # comment` from an unquoted value, as dotenv readers do. */
export function unquote(raw: string): string {
  const v = raw.trim();
  const q = /^(["'])(.*)\1$/.exec(v);
  if (q) return q[2];
  if (/^["']/.test(v)) {
    const close = v.indexOf(v[0], 1);
    if (close > 0) return v.slice(1, close);
  }
  // An inline comment: from the first `#` after whitespace, when no newline follows (as /\s+#.*$/ would
  // read it, without that regex's quadratic time on a long run of spaces).
  const hash = v.search(/\s#/);
  return hash >= 0 && !v.includes('\n', hash + 1) ? v.slice(0, hash).trimEnd() : v;
}
