import { LineCounter, Parser, Composer, isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { Document as YamlDocument, DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions } from 'yaml';
import { ManifestDocument, type DocRole, type PositionSource } from './document.js';
import { fastParser } from './fast-parse.js';
import type { SourceFile } from './source.js';

/** A YAML or JSON document that could not be read, at the parser's first error. */
export interface ParseProblem {
  line: number;
  column: number;
  reason: string;
  /** Index of the broken document in its file. */
  index: number;
}

/** Everything the loader learned about one file. */
export interface LoadedFile {
  source: SourceFile;
  /** `template`: a Helm/Go template, skipped as a whole; `yaml`: parsed into documents. */
  status: 'yaml' | 'template';
  documents: ManifestDocument[];
  problems: ParseProblem[];
  /** Why a template was recognised, when it was. */
  templateReason?: string;
}

/** Facts about a file's place in the repository that its text alone cannot tell. */
export interface FileHints {
  /** The file sits in the `templates/` folder of a Helm chart (a `Chart.yaml` beside that folder). */
  inChartTemplates?: boolean;
  /** A `Chart.yaml` sits in the same folder (so `values*.yaml` here are Helm values). */
  besideChart?: boolean;
}

/**
 * YAML 1.1 as `sigs.k8s.io/yaml` (go-yaml v2) reads it: octal `0400`, `yes`/`on` booleans, merge keys —
 * but no sexagesimal numbers and no timestamps (go-yaml hands an untyped timestamp back as a string).
 */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  // The parser's own duplicate-key check is quadratic in a map's size (a 40,000-key ConfigMap took 28 s);
  // `duplicateKeyOffset` does the same check with a set per map.
  uniqueKeys: false,
  // The parser's warnings go to process.emitWarning and can quote keys or values: never print them.
  logLevel: 'silent',
  merge: true,
  customTags: (tags) =>
    tags.filter((t) => {
      const tag = (t as { tag?: string; format?: string }).tag;
      const format = (t as { format?: string }).format;
      return tag !== 'tag:yaml.org,2002:timestamp' && format !== 'TIME';
    }),
};

/** Aliases beyond this many are an alias bomb: the document is reported, not expanded. */
const MAX_ALIAS_COUNT = 1000;

const TO_JS: ToJSOptions = { maxAliasCount: MAX_ALIAS_COUNT };

/** Nesting deeper than this is left to the slow path (which reports what it cannot read). */
const FAST_MAX_DEPTH = 200;

const fastParse = fastParser(YAML_OPTIONS, FAST_MAX_DEPTH);

let fastPathEnabled = true;

/**
 * Turns the fast path on or off (it is on by default). Findings are the same either way; the switch
 * exists so that tests and the bench can prove it.
 */
export function setFastPath(enabled: boolean): void {
  fastPathEnabled = enabled;
}

const TEMPLATE_MARK = /\{\{(?:-?\s|[^{}]*\}\})/;

/** Splits a file into documents as Kubernetes would read them; never throws on bad input. */
export function loadFile(source: SourceFile, hints: FileHints = {}): LoadedFile {
  if (hints.inChartTemplates) {
    return { source, status: 'template', documents: [templateDocument(source)], problems: [], templateReason: "it sits in a Helm chart's templates/ folder" };
  }
  // Text the fast path reads parses without errors, so a `{{ … }}` in it is data, not a template.
  const fast = fastPathEnabled ? fastParse(source.text) : undefined;
  if (fast) return fromValues(source, hints, fast);
  const templated = TEMPLATE_MARK.test(source.text);
  const lineCounter = new LineCounter();
  const documents: ManifestDocument[] = [];
  const problems: ParseProblem[] = [];
  let parsed: YamlDocument.Parsed[];
  try {
    parsed = parseDocuments(source.text, lineCounter);
  } catch (e) {
    // The parser itself gave up (deep nesting exhausts the stack): the file is one broken document.
    return {
      source,
      status: 'yaml',
      documents,
      problems: [{ line: 1, column: 1, index: 0, reason: e instanceof RangeError ? 'nested too deeply to read safely' : `the YAML parser gave up on this file (${errorName(e)})` }],
    };
  }
  if (templated && templateCausedError(source.text, parsed, lineCounter)) {
    return { source, status: 'template', documents: [templateDocument(source)], problems: [], templateReason: 'it holds {{ … }} template expressions and is not plain YAML' };
  }
  const role0 = fileRole(source.path, hints);
  const positions: PositionSource = { document: (i) => ({ doc: parsed[i], base: 0 }), lines: () => lineCounter };
  parsed.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
      problems.push({ line: pos.line, column: pos.col, index, reason: cleanReason(err.code, err.message) });
      // kubectl rejects duplicate keys, but the values are committed all the same: still scan them.
      if (!doc.errors.every((e) => e.code === 'DUPLICATE_KEY')) return;
    }
    if (doc.contents === null) return; // an empty document: `---` with nothing, or only comments
    const duplicate = doc.errors.length === 0 ? duplicateKeyOffset(doc) : undefined;
    if (duplicate !== undefined) {
      // kubectl rejects duplicate keys, but the values are committed all the same: report, and still scan them.
      const pos = lineCounter.linePos(duplicate);
      problems.push({ line: pos.line, column: pos.col, index, reason: cleanReason('DUPLICATE_KEY', '') });
    }
    let value: unknown;
    try {
      value = doc.toJS(TO_JS);
    } catch (e) {
      const pos = doc.contents.range ? lineCounter.linePos(doc.contents.range[0]) : { line: 1, col: 1 };
      const reason = /alias/i.test(String((e as Error)?.message))
        ? `more than ${MAX_ALIAS_COUNT} alias expansions (an alias bomb?); the document was not expanded`
        : `the document could not be converted (${errorName(e)})`;
      problems.push({ line: pos.line, column: pos.col, index, reason });
      return;
    }
    addDocument(documents, source, index, value, role0, positions);
  });
  return { source, status: 'yaml', documents, problems };
}

/**
 * A template as one unparsed document whose value is the file's text: rules that read raw text (credential
 * formats) still see what a template commits, though nothing in it can be parsed. Findings on it name lines.
 */
function templateDocument(source: SourceFile): ManifestDocument {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = source.text.indexOf('\n'); at >= 0; at = source.text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  let empty: YamlDocument.Parsed | undefined;
  const positions: PositionSource = {
    document: () => ({ doc: (empty ??= parseDocuments('', new LineCounter())[0]), base: 0 }),
    lines: () => lines,
    span: () => ({ startLine: 1, endLine: lines.lineStarts.length }),
  };
  return new ManifestDocument(source, 0, source.text, 'template', positions);
}

/**
 * The offset of the first key (in source order) that repeats an earlier key of the same mapping, as
 * kubectl's YAML reader rejects it; undefined when every mapping's keys are unique. Linear: one set per
 * mapping, and an explicit stack so that deep nesting cannot exhaust the call stack.
 */
function duplicateKeyOffset(doc: YamlDocument.Parsed): number | undefined {
  let first: number | undefined;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && typeof key.value !== 'symbol') {
          const id = `${typeof key.value}:${String(key.value)}`;
          const at = key.range?.[0];
          if (seen.has(id) && at !== undefined && (first === undefined || at < first)) first = at;
          seen.add(id);
        } else if (isCollection(key)) stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return first;
}

/**
 * True when the file's first parse error sits on (or just after) a line holding `{{`: the template
 * syntax broke the YAML. A file that fails elsewhere is broken YAML that happens to hold a template
 * string, and gets a parse error like any other.
 */
function templateCausedError(text: string, parsed: YamlDocument.Parsed[], lineCounter: LineCounter): boolean {
  const first = parsed.find((d) => d.errors.length > 0)?.errors[0];
  if (!first) return false;
  const line = first.linePos?.[0].line ?? lineCounter.linePos(first.pos[0]).line;
  const lines = text.split('\n', line);
  return [line - 1, line - 2].some((i) => i >= 0 && lines[i] !== undefined && lines[i].includes('{{'));
}

/** The documents of values the fast path read; positions are parsed only if a finding asks for a line. */
function fromValues(source: SourceFile, hints: FileHints, values: unknown[]): LoadedFile {
  const role0 = fileRole(source.path, hints);
  const positions = lazyPositions(source.text, values);
  const documents: ManifestDocument[] = [];
  values.forEach((value, index) => addDocument(documents, source, index, value, role0, positions));
  return { source, status: 'yaml', documents, problems: [] };
}

function addDocument(out: ManifestDocument[], source: SourceFile, index: number, value: unknown, role0: DocRole, positions: PositionSource): void {
  if (value === null || value === undefined) return;
  const role = docRole(value, role0);
  const items = role === 'object' ? listItems(value) : undefined;
  if (items) {
    items.forEach((item, i) => out.push(new ManifestDocument(source, index, item, docRole(item, 'other'), positions, i)));
    return;
  }
  out.push(new ManifestDocument(source, index, value, role, positions));
}

/**
 * Positions of a file's documents, parsed with `yaml` on first use and then kept. Only the document
 * asked for is parsed, from its own slice of the file (a 3 MB bundle of CRDs with one finding costs one
 * CRD), when the slicing is sure to match the documents the fast path read; else the whole file.
 */
function lazyPositions(text: string, values: readonly unknown[]): PositionSource {
  let lines: LineCounter | undefined;
  let whole: YamlDocument.Parsed[] | undefined;
  const one = new Map<number, { doc: YamlDocument.Parsed; base: number }>();
  let slices: { start: number; end: number }[] | undefined | null = null;
  const wholeFile = (i: number) => {
    whole ??= parseDocuments(text, new LineCounter());
    // The fast path only answers for text the slow path reads into the same documents, so the index exists.
    return { doc: whole[i] ?? parseDocuments('', new LineCounter())[0], base: 0 };
  };
  return {
    document(i) {
      if (whole) return wholeFile(i);
      const known = one.get(i);
      if (known) return known;
      if (slices === null) slices = documentSlices(text, values.length);
      const slice = slices?.[i];
      if (!slice) return wholeFile(i);
      const part = parseDocuments(text.slice(slice.start, slice.end), new LineCounter());
      if (part.length !== 1 || part[0].errors.length > 0 || !sameTopKeys(part[0], values[i])) return wholeFile(i);
      const found = { doc: part[0], base: slice.start };
      one.set(i, found);
      return found;
    },
    rootKey(i, key) {
      if (slices === null) slices = documentSlices(text, values.length);
      const slice = slices?.[i];
      if (!slice) return undefined;
      const line = plainRootKeyLine(text.slice(slice.start, slice.end), key);
      if (line === undefined) return undefined;
      const start = this.lines().linePos(slice.start).line + line;
      return { startLine: start, startColumn: 1, endLine: start, endColumn: key.length + 1 };
    },
    release() {
      whole = undefined;
      one.clear();
    },
    span(i) {
      if (slices === null) slices = documentSlices(text, values.length);
      const slice = slices?.[i];
      if (!slice) return undefined;
      const found = contentLines(text.slice(slice.start, slice.end));
      if (!found) return undefined;
      const base = this.lines().linePos(slice.start).line;
      return { startLine: base + found.first, endLine: base + found.last };
    },
    lines() {
      if (!lines) {
        lines = new LineCounter();
        lines.addNewLine(0);
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
      }
      return lines;
    },
  };
}

/**
 * The first and last line (0-based, within the slice) that hold document content: not blank, not a
 * comment, not the `---` marker alone. Undefined when the slice holds none.
 */
function contentLines(slice: string): { first: number; last: number } | undefined {
  const lines = slice.split('\n');
  const isContent = (line: string, i: number) => {
    const body = i === 0 ? line.replace(/^---(?=[ \t\r]|$)/, '') : line;
    return !/^\s*(?:#.*)?$/.test(body);
  };
  let first = -1;
  for (let i = 0; i < lines.length; i++) if (isContent(lines[i], i)) { first = i; break; }
  if (first < 0) return undefined;
  let last = first;
  for (let i = lines.length - 1; i > first; i--) if (isContent(lines[i], i)) { last = i; break; }
  return { first, last };
}

/**
 * Each document's slice of the file: from a `---` line to the next. Undefined when the file has `...`
 * markers, or when the slices do not add up to the number of documents read.
 */
function documentSlices(text: string, count: number): { start: number; end: number }[] | undefined {
  if (/^\.\.\.(?:[ \t\r\n]|$)/m.test(text)) return undefined;
  const starts: number[] = [];
  for (const m of text.matchAll(/^---(?=[ \t\r\n]|$)/gm)) starts.push(m.index);
  // Before the first marker, only comments and blank lines: that is no document.
  if (starts[0] !== 0 && (starts.length === 0 || /^[ \t]*[^\s#]/m.test(text.slice(0, starts[0])))) starts.unshift(0);
  if (starts.length !== count) return undefined;
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

/**
 * The 0-based line of `key:` in a document whose root is a block mapping written from column 0: there,
 * a line that starts with `key:` is that root key (block scalars and continuation lines are indented).
 * Undefined unless the key is written plainly exactly once and nothing like it is quoted.
 */
function plainRootKeyLine(slice: string, key: string): number | undefined {
  let body = 0;
  if (slice.startsWith('---')) {
    const nl = slice.indexOf('\n');
    if (nl < 0 || !/^---[ \t]*(?:#.*)?\r?$/.test(slice.slice(0, nl))) return undefined;
    body = nl + 1;
  }
  const first = /^[ \t]*[^\s#].*/m.exec(slice.slice(body));
  if (!first || !/^[A-Za-z_][\w./-]*:(?:[ \t\r]|$)/.test(first[0])) return undefined;
  const hits = [...slice.matchAll(new RegExp(`^${key}:(?=[ \\t\\r\\n]|$)`, 'gm'))];
  if (hits.length !== 1 || new RegExp(`^["']${key}["'][ \\t]*:`, 'm').test(slice)) return undefined;
  let line = 0;
  for (let at = slice.indexOf('\n'); at >= 0 && at < hits[0].index; at = slice.indexOf('\n', at + 1)) line++;
  return line;
}

/** A cheap check that a slice parsed into the document the fast path read: the same top-level keys. */
function sameTopKeys(doc: YamlDocument.Parsed, value: unknown): boolean {
  const contents = doc.contents;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return !isMap(contents);
  if (!isMap(contents)) return false;
  const keys = contents.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).sort();
  const want = Object.keys(value).sort();
  return keys.length === want.length && keys.every((k, j) => k === want[j]);
}

function parseDocuments(text: string, lineCounter: LineCounter): YamlDocument.Parsed[] {
  const composer = new Composer(YAML_OPTIONS);
  const parser = new Parser(lineCounter.addNewLine);
  const docs: YamlDocument.Parsed[] = [];
  // The parser's errors are Error objects; a broken file can hold thousands, and their stack traces
  // (never shown) cost more than the parse.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const d of composer.compose(parser.parse(text), true, text.length)) docs.push(d as YamlDocument.Parsed);
  } finally {
    Error.stackTraceLimit = limit;
  }
  return docs;
}

/** The role the file's name and place give its documents, before their content is seen. */
function fileRole(path: string, hints: FileHints): DocRole {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (/^(kustomization\.ya?ml|Kustomization)$/.test(base)) return 'kustomization';
  if (/^values([.-][^/]*)?\.ya?ml$/.test(base) && (hints.besideChart || base === 'values.yaml')) return 'helm-values';
  return 'other';
}

function docRole(value: unknown, fallback: DocRole): DocRole {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fallback === 'helm-values' ? 'helm-values' : 'other';
  const v = value as Record<string, unknown>;
  if (v.kind === 'Kustomization' && typeof v.apiVersion === 'string' && v.apiVersion.startsWith('kustomize.config.k8s.io/')) {
    return 'kustomization';
  }
  if (fallback === 'kustomization') return 'kustomization';
  if (typeof v.apiVersion === 'string' && typeof v.kind === 'string') return 'object';
  return fallback;
}

/** The items of a `List`/`*List` object, or undefined when the object is not a list. */
function listItems(value: unknown): unknown[] | undefined {
  const v = value as Record<string, unknown>;
  if (typeof v.kind !== 'string' || !v.kind.endsWith('List') || !Array.isArray(v.items)) return undefined;
  return v.items;
}

/**
 * Parser messages that end by quoting the source (`Not a YAML token: <the rest of the line…>`): the quote
 * may be a secret, so the message is cut before it.
 */
const QUOTES_SOURCE = /^(Not a YAML token|Block scalar header includes extra characters|Could not resolve tag|Unresolved alias \(the anchor must be set before the alias\)|Invalid escape sequence|Unknown directive|Unsupported YAML version|Plain value cannot start with)\b.*$/s;

function cleanReason(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: the same mapping key appears twice (kubectl rejects this)';
  // The parser appends a caret drawing of the source line; that may quote a secret, so keep the first line only.
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (/Maximum call stack/i.test(first)) return 'nested too deeply to read safely';
  if (/^The .* tag has no suffix$/s.test(first)) return 'A tag has no suffix';
  return (
    first
      .replace(QUOTES_SOURCE, '$1')
      // Other messages quote the offending token, which may be a secret value: never repeat it.
      .replace(/:\s*".*"$/, '')
      .replace(/"[^"]*"/g, '(token)')
  );
}

function errorName(e: unknown): string {
  return e instanceof Error ? e.name : 'unknown error';
}
