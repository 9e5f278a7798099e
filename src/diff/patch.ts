/** One `@@` hunk of a unified diff, in new-file line numbers. */
export interface Hunk {
  /** First new-file line the hunk shows. */
  start: number;
  /** Last new-file line the hunk shows (start - 1 for a hunk that only removes). */
  end: number;
  /** New-file lines the change adds. */
  added: ReadonlySet<number>;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Reads a GitHub `patch` (a unified diff without file headers) into hunks. Only new-file lines are
 * kept: review comments are placed on the new side, and that is where findings are.
 */
export function parseHunks(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let current: { start: number; end: number; added: Set<number> } | undefined;
  let line = 0;
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      const start = Number(header[1]);
      const count = header[2] === undefined ? 1 : Number(header[2]);
      current = { start, end: start + count - 1, added: new Set() };
      hunks.push(current);
      line = start;
      continue;
    }
    if (!current) continue;
    if (text.startsWith('+')) current.added.add(line++);
    else if (text.startsWith(' ') || text === '') line++;
    // '-' lines exist only on the old side; '\' is "No newline at end of file".
  }
  // A trailing '' from the final newline is not a context line: trust the header's count.
  return hunks;
}
