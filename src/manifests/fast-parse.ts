import jsYaml from 'js-yaml';
import { Document, isScalar } from 'yaml';
import type { SchemaOptions } from 'yaml';

/**
 * The fast path of the loader: `js-yaml` (several times quicker than `yaml`, no positions) with a schema
 * built from the `yaml` library's own YAML 1.1 tags, so that every plain scalar resolves exactly as the
 * slow path resolves it. It answers only when it is sure to agree with the slow path; anything it does
 * not mirror exactly (aliases, merge keys, explicit tags, directives, keys that are null or collections,
 * deep nesting, any error) makes it decline, and the caller parses with `yaml` instead.
 */

/** Thrown inside js-yaml to abandon the fast path; never escapes `fastParse`. */
class Decline extends Error {}

/**
 * One js-yaml implicit type that resolves a plain scalar by the `yaml` schema's own tags, tried in the
 * schema's order. Most scalars are words, and no tag matches a word that starts with a letter other than
 * these, so they are dismissed by their first character.
 */
function implicitType(schemaOptions: SchemaOptions): jsYaml.Type {
  const doc = new Document(null, schemaOptions);
  const tags = (doc.schema.tags as unknown as ScalarTag[]).filter((t) => t.test && t.resolve && (t.default === true || t.default === 'key'));
  let matched: ScalarTag | undefined;
  const onError = (): never => {
    throw new Decline('scalar');
  };
  return new jsYaml.Type('tag:manifest-gate,2026:implicit', {
    kind: 'scalar',
    resolve: (s: string | null) => {
      if (s === null) return false;
      if (s.length > 0 && !MAY_RESOLVE.test(s[0])) return false;
      matched = tags.find((t) => t.test!.test(s));
      // The merge key `<<`: its semantics (and yaml's duplicate-key rules around it) are left to the slow path.
      if (matched?.default === 'key') throw new Decline('merge key');
      return matched !== undefined;
    },
    construct: (s: string) => {
      const r = matched!.resolve!(s, onError, { intAsBigInt: false });
      return isScalar(r) ? r.value : r;
    },
  });
}

/** First characters of every plain scalar a YAML 1.1 tag (null, bool, int, float, merge) can match. */
const MAY_RESOLVE = /[-+.0-9~nNyYtTfFoO<]/;

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve?: (s: string, onError: (msg: string) => void, opts: { intAsBigInt: boolean }) => unknown;
}

/** Only str/seq/map are explicit: any other tag (`!!binary`, `!!set`, custom `!Ref`) is unknown to js-yaml, which declines. */
function schemaFor(schemaOptions: SchemaOptions): jsYaml.Schema {
  return jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [implicitType(schemaOptions)] });
}

/**
 * Left to the slow path: directives (`%YAML 1.2` switches the schema), a carriage return that does not
 * end a line (js-yaml breaks the line there, `yaml` keeps it as text), and a tab among a line's leading
 * spaces (`yaml` rejects tabs as indentation in places js-yaml accepts them).
 */
function declinedText(text: string): boolean {
  // Each test behind a plain substring search: most manifests hold no `%`, lone `\r` or tab at all.
  return (
    (text.includes('%') && /^%/m.test(text)) ||
    (text.includes('\r') && /\r(?!\n)/.test(text)) ||
    (text.includes('\t') && /^ *\t/m.test(text))
  );
}

/** Where a flow collection may start: at a line's start, or after `key: `, `- `, `? `. */
const FLOW_START = /(?:^[ \t]*|[:?-][ \t]+)[[{][^\n]*/gm;

/**
 * True when a flow collection (`[…]`, `{…}`) inside block YAML may go on past its line (text in block
 * scalars that only looks like one matches too: the parse is then watched, which costs only time). A
 * document that is flow from its first character (JSON) has no block around it.
 */
function mayHaveMultiLineFlow(text: string): boolean {
  const first = /^(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*(\S)/.exec(text)?.[1];
  if ((first === '{' || first === '[') && !/^---/m.test(text)) return false;
  for (const m of text.matchAll(FLOW_START)) {
    const scan = { depth: 0, quote: '' };
    balance(m[0].slice(m[0].search(/[[{]/)), scan);
    if (scan.depth > 0 || scan.quote) return true;
  }
  return false;
}

/**
 * For a node js-yaml read from `from` to `to`: true when it is a flow collection whose continuation
 * lines are indented no deeper than the block node that holds it. `yaml` rejects that, js-yaml does not.
 */
function underIndentedFlow(text: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && (text[start] === ' ' || text[start] === '\t' || text[start] === '\n' || text[start] === '\r')) start++;
  if (text[start] !== '[' && text[start] !== '{') return false;
  const firstBreak = text.indexOf('\n', start);
  if (firstBreak < 0 || firstBreak >= to) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // The column of the innermost block node on the opening line: past the indentation and any `- ` markers.
  const column = /^[ \t]*(?:-[ \t]+)*/.exec(text.slice(lineStart, start))![0].length;
  for (let at = firstBreak; at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
    const end = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, end < 0 ? text.length : end);
    if (/^[ \t]*(?:#.*)?\r?$/.test(line)) continue;
    if (at + 1 >= to) break;
    if (/^ */.exec(line)![0].length <= column) return true;
  }
  return false;
}

/** Follows flow brackets and quotes along a line, skipping quoted text and a trailing comment. */
function balance(line: string, scan: { depth: number; quote: string }): void {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (scan.quote) {
      if (c === '\\' && scan.quote === '"') i++;
      else if (c === scan.quote) scan.quote = '';
    } else if (c === '"' || c === "'") scan.quote = c;
    else if (c === '[' || c === '{') scan.depth++;
    else if (c === ']' || c === '}') scan.depth--;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return;
  }
}

/** The documents' values, one per YAML document (null for an empty one), or undefined when the fast path declines. */
export type FastParse = (text: string) => unknown[] | undefined;

/** Builds the fast parser for the `yaml` schema options the slow path uses. */
export function fastParser(schemaOptions: SchemaOptions, maxDepth: number): FastParse {
  const schema = schemaFor(schemaOptions);
  return (text) => {
    if (declinedText(text)) return undefined;
    let aliased = false;
    let flowTooShallow = false;
    // Watching costs time, so only text that may hold an alias or a multi-line flow collection is watched.
    const watchAliases = MAY_ALIAS.test(text);
    const watchFlows = mayHaveMultiLineFlow(text);
    const opened: number[] = [];
    const listener =
      watchAliases || watchFlows
        ? (event: jsYaml.EventType, state: jsYaml.State): void => {
            const s = state as unknown as { anchorMap: object; position: number };
            if (event === 'open') {
              if (watchAliases && !(s.anchorMap instanceof AliasWatch)) s.anchorMap = new AliasWatch(() => (aliased = true));
              if (watchFlows) opened.push(s.position);
            } else if (watchFlows) {
              const from = opened.pop()!;
              if (!flowTooShallow && underIndentedFlow(text, from, s.position)) flowTooShallow = true;
            }
          }
        : undefined;
    let docs: unknown[];
    let sequenceKey = false;
    const arrayToString = Array.prototype.toString;
    try {
      // A sequence used as a mapping key (`[a, b]: x`) becomes "a,b" in js-yaml and "[ a, b ]" in `yaml`.
      // js-yaml turns it into a string with String(array), and nothing else stringifies an array while it
      // parses, so watching Array.prototype.toString for the length of the call catches exactly that.
      Array.prototype.toString = function (this: unknown[]) {
        sequenceKey = true;
        return arrayToString.call(this);
      };
      docs = jsYaml.loadAll(text, undefined, { schema, maxDepth, listener } as unknown as jsYaml.LoadOptions) as unknown[];
    } catch {
      return undefined;
    } finally {
      Array.prototype.toString = arrayToString;
    }
    if (sequenceKey || flowTooShallow) return undefined;
    // Any alias: the slow path counts expansions (alias bombs) and resolves merges through them.
    if (aliased) return undefined;
    for (const d of docs) if (!plainKeys(d)) return undefined;
    return docs;
  };
}

/** An alias starts a node: a `*` after a space or a flow indicator (bullets in descriptions match too). */
const MAY_ALIAS = /(?:^|[\s[{,])\*\S/;

/** js-yaml's anchor table, watched: js-yaml reads it only to resolve an alias. */
class AliasWatch {
  constructor(onAlias: () => void) {
    return new Proxy(this, {
      get(target, prop, receiver) {
        if (typeof prop === 'string') onAlias();
        return Reflect.get(target, prop, receiver) as unknown;
      },
      getOwnPropertyDescriptor(target, prop) {
        onAlias();
        return Reflect.getOwnPropertyDescriptor(target, prop);
      },
    });
  }
}

/**
 * False when a mapping key may have been null or a mapping in the source: js-yaml writes them as "null"
 * and "[object Object]", `yaml` as "" and a flow rendering.
 */
function plainKeys(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const v of value) if (!plainKeys(v)) return false;
    return true;
  }
  for (const k in value as Record<string, unknown>) {
    if (k === 'null' || k.startsWith('[object ')) return false;
    if (!plainKeys((value as Record<string, unknown>)[k])) return false;
  }
  return true;
}
