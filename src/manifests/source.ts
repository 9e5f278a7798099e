/** A file's text as the scanner reads it, with a repository-relative POSIX path. */
export interface SourceFile {
  /** Repository-relative POSIX path, no leading `./`. */
  path: string;
  /** The decoded text, byte-order mark removed. */
  text: string;
  /** Size of the file on disk in bytes. */
  bytes: number;
}

/** Why a file could not be turned into text, with the position of the first offending byte. */
export interface SourceProblem {
  path: string;
  line: number;
  column: number;
  reason: string;
}

/** Files above this size are reported, not parsed: a PR can hold anything, and a parser's memory is not free. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Turns raw bytes into a SourceFile, or explains (file, line, reason) why it is not readable text. */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile | SourceProblem {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      path,
      line: 1,
      column: 1,
      reason: `file is ${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit for safe reading; it was not parsed`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionOfByte(bytes, nul);
    return { path, line, column, reason: 'file holds a NUL byte: it is binary, not YAML or JSON' };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return { path, line, column, reason: `invalid UTF-8 at byte ${bad}: Kubernetes manifests must be UTF-8` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { path, text, bytes: bytes.length };
}

/** True when `decodeSource` returned a problem rather than a file. */
export function isSourceProblem(x: SourceFile | SourceProblem): x is SourceProblem {
  return (x as SourceProblem).reason !== undefined;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}
