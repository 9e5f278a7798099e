import type { CheckAnnotationDraft } from '../report/drafts.js';
import type { RepoRef } from './changed-files.js';
import type { GitHubClient } from './client.js';
import type { Deadline } from './deadline.js';
import { ANNOTATIONS_PER_REQUEST, MAX_CHECK_ANNOTATIONS } from './limits.js';

/** The check run this run wants on the pull request's head commit. */
export interface CheckRunPlan {
  name: string;
  headSha: string;
  title: string;
  /** Markdown, already cut under GitHub's 65,535 characters. */
  summary: string;
  conclusion: 'success' | 'failure' | 'neutral';
  /** Most important first: only the first MAX_CHECK_ANNOTATIONS are sent. */
  annotations: readonly CheckAnnotationDraft[];
}

/** What the check-run step did. */
export interface CheckRunOutcome {
  url?: string;
  sentAnnotations: number;
  /** True when the deadline stopped the batches early (the run is still completed). */
  incomplete: boolean;
}

/**
 * Creates one check run with the summary and the first 50 annotations, adds the rest 50 a request
 * (GitHub's limit), and completes it with the gate's conclusion on the last request. If the
 * deadline runs out between batches, the run is completed at once so it never hangs "in progress".
 */
export async function publishCheckRun(client: GitHubClient, repo: RepoRef, plan: CheckRunPlan, deadline: Deadline): Promise<CheckRunOutcome> {
  const batches: CheckAnnotationDraft[][] = [];
  const sent = plan.annotations.slice(0, MAX_CHECK_ANNOTATIONS);
  for (let i = 0; i < sent.length; i += ANNOTATIONS_PER_REQUEST) batches.push(sent.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotationDraft[]) => ({ title: plan.title, summary: plan.summary, ...(annotations.length ? { annotations } : {}) });
  const done = () => ({ status: 'completed' as const, conclusion: plan.conclusion, completed_at: new Date().toISOString() });

  const created = await client.rest.checks.create({
    ...repo,
    name: plan.name,
    head_sha: plan.headSha,
    ...(batches.length <= 1 ? done() : { status: 'in_progress' as const }),
    output: output(batches[0] ?? []),
  });
  const outcome: CheckRunOutcome = { url: created.data.html_url ?? undefined, sentAnnotations: batches[0]?.length ?? 0, incomplete: false };
  for (let i = 1; i < batches.length; i++) {
    const last = i === batches.length - 1;
    if (deadline.expired()) {
      outcome.incomplete = true;
      await client.rest.checks.update({ ...repo, check_run_id: created.data.id, ...done() });
      break;
    }
    await client.rest.checks.update({ ...repo, check_run_id: created.data.id, output: output(batches[i]), ...(last ? done() : {}) });
    outcome.sentAnnotations += batches[i].length;
  }
  return outcome;
}
