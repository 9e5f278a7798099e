import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The commit the workspace is checked out at, read from `.git` without running git (nothing is
 * executed on a pull request's checkout), or undefined when there is no repository there.
 */
export function checkedOutCommit(workspace: string): string | undefined {
  const git = path.join(workspace, '.git');
  const read = (p: string) => {
    try {
      return readFileSync(path.join(git, p), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const head = read('HEAD');
  if (!head) return undefined;
  if (/^[0-9a-f]{40,64}$/.test(head)) return head;
  const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
  if (!ref || ref.includes('..')) return undefined;
  const loose = read(ref);
  if (loose && /^[0-9a-f]{40,64}$/.test(loose)) return loose;
  const packed = read('packed-refs') ?? '';
  for (const line of packed.split('\n')) {
    const [sha, name] = line.split(' ');
    if (name === ref && /^[0-9a-f]{40,64}$/.test(sha)) return sha;
  }
  return undefined;
}
