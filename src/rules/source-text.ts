import type { ManifestDocument, Position, SourceFile, YamlPath } from '../manifests/index.js';

// Splitting a large file once per lookup would make rules quadratic in its size.
const linesOf = new WeakMap<SourceFile, string[]>();

function textOf(doc: ManifestDocument, pos: Position | undefined): string | undefined {
  if (!pos || pos.startLine !== pos.endLine) return undefined;
  let lines = linesOf.get(doc.source);
  if (!lines) {
    lines = doc.source.text.split('\n');
    linesOf.set(doc.source, lines);
  }
  const line = lines[pos.startLine - 1];
  if (line === undefined) return undefined;
  return line.slice(pos.startColumn - 1, pos.endColumn - 1).trim();
}

/**
 * The scalar at `path` exactly as written in the file (`0400`, `400`, `yes`), when it sits on one line.
 * Rules use it to say what the author wrote, since the loaded value is already resolved (0400 → 256).
 * Never use it for values that may be secret.
 */
export function writtenValue(doc: ManifestDocument, path: YamlPath): string | undefined {
  return textOf(doc, doc.locate(path));
}

/** The mapping key at `path` as written in the file (`on`, `"on"`), when it sits on one line. */
export function writtenKey(doc: ManifestDocument, path: YamlPath): string | undefined {
  return textOf(doc, doc.locateKey(path));
}
