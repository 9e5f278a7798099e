import { execFileSync } from 'node:child_process';

/** Why the files changed since a ref could not be listed; its message is one line for stderr. */
export class GitError extends Error {
  override name = 'GitError';
}

/** Git output can be large on big repositories; 64 MiB is far above any real file list. */
const MAX_GIT_OUTPUT = 64 * 1024 * 1024;

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: MAX_GIT_OUTPUT });
}

/**
 * Files changed since `ref`, as the pull request would see them: every file that differs between the
 * merge base of `ref` and HEAD and the working tree (committed, staged or not), plus untracked files that
 * are not ignored. Deleted files are left out. Paths are relative to `cwd`, POSIX, sorted.
 */
export function changedSince(cwd: string, ref: string): string[] {
  try {
    git(cwd, ['rev-parse', '--is-inside-work-tree']);
  } catch {
    throw new GitError(`--changed-since needs a git repository, and ${cwd} is not inside one`);
  }
  if (ref.startsWith('-')) throw new GitError(`--changed-since: "${ref.slice(0, 40)}" is not a git ref`);
  let base: string;
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new GitError(`--changed-since: unknown git ref "${ref.slice(0, 80)}" (fetch it first, e.g. git fetch origin main)`);
  }
  try {
    base = git(cwd, ['merge-base', ref, 'HEAD']).trim();
  } catch {
    throw new GitError(`--changed-since: "${ref.slice(0, 80)}" has no common history with HEAD (a shallow clone? fetch with more depth)`);
  }
  const split = (out: string) => out.split('\0').filter(Boolean);
  const changed = split(git(cwd, ['diff', '--name-only', '-z', '--relative', '--no-renames', '--diff-filter=d', base, '--']));
  const untracked = split(git(cwd, ['ls-files', '-z', '--others', '--exclude-standard']));
  return [...new Set([...changed, ...untracked])].sort();
}

/** The top folder of the git work tree that holds `cwd` (call after `changedSince`, which checks there is one). */
export function repositoryRoot(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).trim();
}
