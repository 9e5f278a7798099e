import { isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, Scalar } from 'yaml';
import type { Document as YamlDocument, Node as YamlNode, Pair } from 'yaml';
import type { SourceFile } from './source.js';

/** A path into a document's value: map keys and sequence indexes, as `['stringData', 'password']`. */
export type YamlPath = readonly (string | number)[];

/** A 1-based range in a file. */
export interface Position {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/**
 * What a YAML document is: a Kubernetes object (has apiVersion and kind), a kustomization, Helm
 * values, or other YAML (workflows, compose files) that is classified, never reported as an error;
 * or a template, which is not parsed: its value is the file's raw text, for rules that read text.
 */
export type DocRole = 'object' | 'kustomization' | 'helm-values' | 'other' | 'template';

/** A file's YAML documents with source positions, by document index. */
export interface PositionSource {
  /** The parsed document, and the offset in the file of the text it was parsed from (its ranges are relative to it). */
  document(index: number): { doc: YamlDocument.Parsed; base: number };
  /** Line starts of the whole file. */
  lines(): LineCounter;
  /**
   * Where a top-level key of a document is written, when that is plain to see without parsing (as
   * `locateKey` would answer); undefined when unsure.
   */
  rootKey?(index: number, key: string): Position | undefined;
  /** First and last content line of a document when that is plain to see without parsing; undefined when unsure. */
  span?(index: number): { startLine: number; endLine: number } | undefined;
  /** Drops parsed positions kept for reuse; they are parsed again if asked for. */
  release?(): void;
}

/** One Kubernetes object (or other YAML document) with its value as Kubernetes reads it and a way back to source lines. */
export class ManifestDocument {
  /** Kind, apiVersion, name and namespace of an object; empty strings when absent. */
  readonly kind: string;
  readonly apiVersion: string;
  readonly name: string;
  readonly namespace: string;

  constructor(
    readonly source: SourceFile,
    /** Index of the YAML document in its file, from 0. */
    readonly index: number,
    /** The value as Kubernetes reads it (YAML 1.1 scalars, merge keys merged). */
    readonly value: unknown,
    readonly role: DocRole,
    private readonly positions: PositionSource,
    /** For an item of a `*List`: its index in `items`; the document's own paths are relative to it. */
    readonly item?: number,
  ) {
    const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    const meta = (v.metadata && typeof v.metadata === 'object' ? v.metadata : {}) as Record<string, unknown>;
    this.kind = typeof v.kind === 'string' ? v.kind : '';
    this.apiVersion = typeof v.apiVersion === 'string' ? v.apiVersion : '';
    this.name = typeof meta.name === 'string' ? meta.name : '';
    this.namespace = typeof meta.namespace === 'string' ? meta.namespace : '';
  }

  /** The parsed YAML document with positions; built on first use when the fast path loaded the value. */
  private get yaml(): YamlDocument.Parsed {
    return this.positions.document(this.index).doc;
  }

  private get base(): number {
    return this.positions.document(this.index).base;
  }

  private get lines(): LineCounter {
    return this.positions.lines();
  }

  /**
   * Frees the parsed positions of this document's file (a YAML syntax tree is many times the text). The
   * engine calls it on documents it keeps for cross-file rules; positions are parsed again if needed.
   */
  releasePositions(): void {
    this.positions.release?.();
  }

  /** The repository-relative path of the file that holds this document. */
  get file(): string {
    return this.source.path;
  }

  /** The full path from the YAML document root (List items are prefixed with `items[i]`). */
  absolutePath(path: YamlPath): YamlPath {
    return this.item === undefined ? path : ['items', this.item, ...path];
  }

  /**
   * The source range of the value at `path`. A scalar lands on its own line; a block scalar or a
   * collection under a key lands on the key's line; a path that cannot be followed (merged from an
   * anchor, say) lands on the deepest node it reaches. `innerLine` picks a line inside a block scalar.
   */
  locate(path: YamlPath, innerLine?: number): Position {
    const full = this.absolutePath(path);
    let node: unknown = this.yaml.contents;
    let viaPair: Pair | undefined;
    let best = { node, pair: viaPair };
    for (const seg of full) {
      const next = this.step(node, seg);
      if (!next) break;
      node = next.node;
      viaPair = next.pair;
      best = { node, pair: viaPair };
    }
    return this.rangeOf(best.node, best.pair, innerLine);
  }

  /** The range of the document itself: the object's `kind:` line, or a List item's first line. */
  locateObject(): Position {
    if (this.item !== undefined) return this.locate([]);
    const quick = this.positions.rootKey?.(this.index, 'kind');
    if (quick) return quick;
    const kindPos = this.locateKey(['kind']);
    return kindPos ?? this.locate([]);
  }

  /** The line of the key at `path` (the key itself, not its value), if the key is written in the source. */
  locateKey(path: YamlPath): Position | undefined {
    if (path.length === 0) return undefined;
    const parent = this.resolve(this.absolutePath(path.slice(0, -1)));
    if (!parent) return undefined;
    const found = this.step(parent, path[path.length - 1]);
    const key = found?.pair?.key as YamlNode | undefined;
    if (!key || !key.range) return undefined;
    return this.fromOffsets(key.range[0], key.range[1]);
  }

  /** First and last line of this document (or List item) in its file. */
  lineSpan(): { startLine: number; endLine: number } {
    // Rules ask this of every document (comments are read per document): answer without parsing when possible.
    const quick = this.item === undefined ? this.positions.span?.(this.index) : undefined;
    if (quick) return quick;
    const node = this.item === undefined ? this.yaml.contents : this.resolve(['items', this.item]);
    const range = (node as YamlNode | null)?.range;
    if (!range) return { startLine: 1, endLine: 1 };
    const p = this.fromOffsets(range[0], range[1]);
    return { startLine: p.startLine, endLine: p.endLine };
  }

  private resolve(path: YamlPath): unknown {
    let node: unknown = this.yaml.contents;
    for (const seg of path) {
      const next = this.step(node, seg);
      if (!next) return undefined;
      node = next.node;
    }
    return node;
  }

  private step(node: unknown, seg: string | number): { node: unknown; pair?: Pair } | undefined {
    if (isAlias(node)) node = node.resolve(this.yaml);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (keyString(pair.key) === String(seg)) return { node: pair.value, pair };
      }
      // Merge keys: the value lives in the merged map, so follow `<<` into it.
      for (const pair of node.items) {
        if (!isMergeKey(pair.key)) continue;
        const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
        for (const src of sources) {
          const found = this.step(src, seg);
          if (found) return found;
        }
      }
      return undefined;
    }
    if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      return item === undefined ? undefined : { node: item };
    }
    return undefined;
  }

  private rangeOf(node: unknown, pair: Pair | undefined, innerLine?: number): Position {
    const value = node as YamlNode | null | undefined;
    const key = pair?.key as YamlNode | undefined;
    const blockScalar =
      isScalar(value) && (value.type === Scalar.BLOCK_LITERAL || value.type === Scalar.BLOCK_FOLDED);
    if (blockScalar && innerLine !== undefined && value.range && value.type === Scalar.BLOCK_LITERAL) {
      const header = this.lines.linePos(this.base + value.range[0]).line;
      const line = header + 1 + innerLine;
      return { startLine: line, startColumn: 1, endLine: line, endColumn: 1 };
    }
    const valueRange = value?.range;
    const useKey = key?.range && (blockScalar || isCollection(value) || !valueRange || isNullValue(value));
    const start = useKey ? key!.range![0] : valueRange ? valueRange[0] : 0;
    const end = valueRange ? valueRange[1] : key?.range ? key.range[1] : start;
    return this.fromOffsets(start, Math.max(start, end));
  }

  private fromOffsets(relStart: number, relEnd: number): Position {
    const text = this.source.text;
    const start = this.base + relStart;
    const end = this.base + relEnd;
    // A block value's range ends after its final newline; the finding belongs to the line before.
    let e = end;
    while (e > start && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
    const s = this.lines.linePos(start);
    const t = this.lines.linePos(e);
    return { startLine: s.line, startColumn: s.col, endLine: t.line, endColumn: t.col };
  }
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) {
    const v = key.value;
    return v === null ? 'null' : typeof v === 'symbol' ? undefined : String(v);
  }
  return undefined;
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.source === '<<' && (typeof key.value === 'symbol' || key.value === '<<');
}

function isNullValue(node: unknown): boolean {
  return isScalar(node) && node.value === null && !node.source;
}
