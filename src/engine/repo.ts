import type { RepoReader } from '../rules/types.js';

/** The engine's window on the repository: bytes of files to scan, text of files rules ask for. */
export interface RepoSource extends RepoReader {
  /** Raw bytes of a repository-relative file, or undefined when it cannot be read (absent, a symlink, outside the root). */
  readBytes(path: string): Uint8Array | undefined;
}

/** An in-memory repository: for tests and for callers that already hold the files. */
export function memoryRepo(files: Record<string, string | Uint8Array>): RepoSource {
  const enc = new TextEncoder();
  return {
    readBytes: (p) => {
      const f = files[p];
      return f === undefined ? undefined : typeof f === 'string' ? enc.encode(f) : f;
    },
    readText: (p) => {
      const f = files[p];
      return f === undefined ? undefined : typeof f === 'string' ? f : new TextDecoder().decode(f);
    },
    exists: (p) => p in files || Object.keys(files).some((k) => k.startsWith(p.endsWith('/') ? p : p + '/')),
  };
}
