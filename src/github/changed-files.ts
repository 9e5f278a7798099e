import type { GitHubClient } from './client.js';
import { MAX_COMPARE_FILES, MAX_PR_FILES, PAGE_SIZE } from './limits.js';

/** A changed file as GitHub lists it, under its new path. */
export interface ListedFile {
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'removed' | 'copied' | 'changed' | 'unchanged';
  previousPath?: string;
  /** Absent for binary files and for diffs GitHub finds too large to include. */
  patch?: string;
}

/** The files a change touches, and whether GitHub's listing limit cut the list. */
export interface FileListing {
  files: ListedFile[];
  /** True when GitHub lists no more than its limit and the change may have more files. */
  truncated: boolean;
}

/** Repository coordinates for API calls. */
export interface RepoRef {
  owner: string;
  repo: string;
}

interface ApiFile {
  filename: string;
  status: ListedFile['status'];
  previous_filename?: string;
  patch?: string;
}

function listed(f: ApiFile): ListedFile {
  return {
    path: f.filename,
    status: f.status,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
  };
}

/** Every file of a pull request with its patch, 100 a page, up to GitHub's 3,000. */
export async function pullRequestFiles(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<FileListing> {
  const files: ListedFile[] = [];
  await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: PAGE_SIZE }, (response, done) => {
    for (const f of response.data as ApiFile[]) files.push(listed(f));
    if (files.length >= MAX_PR_FILES) done();
    return [];
  });
  return { files: files.slice(0, MAX_PR_FILES), truncated: files.length >= MAX_PR_FILES };
}

/** The files a push changed (the compare of `before...after`), or undefined for a new branch. */
export async function pushFiles(client: GitHubClient, repo: RepoRef, before: string, after: string): Promise<FileListing | undefined> {
  // A new branch has no "before" to compare with; the caller scans the whole workspace instead.
  if (/^0+$/.test(before)) return undefined;
  const response = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${before}...${after}`, per_page: PAGE_SIZE });
  const files = ((response.data.files ?? []) as ApiFile[]).map(listed);
  return { files, truncated: files.length >= MAX_COMPARE_FILES };
}
