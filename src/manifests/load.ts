import { LineCounter, Parser, Composer, parseDocument } from 'yaml';
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
  uniqueKeys: true,
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

const TEMPLATE_MARK = /\{\{-?\s|\{\{[^}]*\}\}/;

/** Splits a file into documents as Kubernetes would read them; never throws on bad input. */
export function loadFile(source: SourceFile, hints: FileHints = {}): LoadedFile {
  if (hints.inChartTemplates) {
    return { source, status: 'template', documents: [], problems: [], templateReason: "it sits in a Helm chart's templates/ folder" };
  }
  const templated = TEMPLATE_MARK.test(source.text);
  // Templates go the slow way: whether they parse decides how they are reported.
  const fast = fastPathEnabled && !templated ? fastParse(source.text) : undefined;
  if (fast) return fromValues(source, hints, fast);
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
      problems: [{ line: 1, column: 1, index: 0, reason: `the YAML parser gave up on this file (${errorName(e)})` }],
    };
  }
  if (templated && parsed.some((d) => d.errors.length > 0)) {
    return { source, status: 'template', documents: [], problems: [], templateReason: 'it holds {{ … }} template expressions and is not plain YAML' };
  }
  const role0 = fileRole(source.path, hints);
  const positions: PositionSource = { document: (i) => parsed[i], lines: () => lineCounter };
  parsed.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
      problems.push({ line: pos.line, column: pos.col, index, reason: cleanReason(err.code, err.message) });
      return;
    }
    if (doc.contents === null) return; // an empty document: `---` with nothing, or only comments
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

/** The documents of values the fast path read; positions are parsed only if a finding asks for a line. */
function fromValues(source: SourceFile, hints: FileHints, values: unknown[]): LoadedFile {
  const role0 = fileRole(source.path, hints);
  const positions = lazyPositions(source.text);
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

/** Positions of a file's documents, parsed with `yaml` on first use and then kept. */
function lazyPositions(text: string): PositionSource {
  let parsed: { docs: YamlDocument.Parsed[]; lines: LineCounter } | undefined;
  const get = () => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { docs: parseDocuments(text, lines), lines };
    }
    return parsed;
  };
  return {
    // The fast path only answers for text the slow path reads into the same documents, so the index exists.
    document: (i) => get().docs[i] ?? parseDocument(''),
    lines: () => get().lines,
  };
}

function parseDocuments(text: string, lineCounter: LineCounter): YamlDocument.Parsed[] {
  const composer = new Composer(YAML_OPTIONS);
  const parser = new Parser(lineCounter.addNewLine);
  const docs: YamlDocument.Parsed[] = [];
  for (const d of composer.compose(parser.parse(text), true, text.length)) docs.push(d as YamlDocument.Parsed);
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

function cleanReason(code: string, message: string): string {
  // The parser appends a caret drawing of the source line; that may quote a secret, so keep the first line only.
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return code === 'DUPLICATE_KEY' ? 'duplicate key: the same mapping key appears twice (kubectl rejects this)' : first;
}

function errorName(e: unknown): string {
  return e instanceof Error ? e.name : 'unknown error';
}
