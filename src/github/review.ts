import { markersIn, REVIEW_MARKER, reviewBody, type ReviewCommentDraft, type ReviewListItem } from '../report/drafts.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './changed-files.js';
import type { Deadline } from './deadline.js';
import { httpStatus, isUnprocessable } from './errors.js';
import { MAX_REVIEW_COMMENTS, MAX_REVIEW_LISTED, PAGE_SIZE } from './limits.js';

/** What this run wants on the pull request. */
export interface ReviewPlan {
  pullNumber: number;
  headSha: string;
  verdict: string;
  /** Inline comments, most important first, for findings on lines inside the diff's hunks. */
  inline: readonly ReviewCommentDraft[];
  /** Findings in changed files that have no diff line, for the review body. */
  listed: readonly ReviewListItem[];
  /** Fingerprints of every current finding: our comments for anything else are stale. */
  current: ReadonlySet<string>;
  /** Where a reader finds what the review leaves out (the check run, the job summary). */
  detailsAt: string;
}

/** What the review step did. */
export interface ReviewOutcome {
  posted: number;
  /** Findings already commented on by an earlier run. */
  alreadyPresent: number;
  deleted: number;
  /** Stale comments of ours left alone because a person replied to them. */
  keptWithReplies: number;
  /** Comments GitHub refused (422) even one by one. */
  refused: ReviewCommentDraft[];
  /** True when the deadline stopped the step before it finished. */
  incomplete: boolean;
}

interface ApiComment {
  id: number;
  body: string;
  in_reply_to_id?: number;
}

/**
 * Publishes one review (`event: COMMENT`) with only the findings no earlier run commented on, and
 * deletes our comments whose finding is gone unless someone replied to them. If GitHub rejects the
 * review (422), the body is posted alone and each comment is tried on its own, so one bad comment
 * never loses the rest. Permission errors propagate: the caller switches to its fallback.
 */
export async function publishReview(client: GitHubClient, repo: RepoRef, plan: ReviewPlan, deadline: Deadline): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = { posted: 0, alreadyPresent: 0, deleted: 0, keptWithReplies: 0, refused: [], incomplete: false };
  const pr = { ...repo, pull_number: plan.pullNumber };
  const comments = (await client.paginate(client.rest.pulls.listReviewComments, { ...pr, per_page: PAGE_SIZE })) as ApiComment[];
  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...pr, per_page: PAGE_SIZE });

  const ours = comments.filter((c) => c.in_reply_to_id === undefined && markersIn(c.body).length > 0);
  const repliedTo = new Set(comments.filter((c) => c.in_reply_to_id !== undefined && markersIn(c.body).length === 0).map((c) => c.in_reply_to_id));
  const known = new Set(ours.flatMap((c) => markersIn(c.body)));
  for (const r of reviews) if (r.body?.includes(REVIEW_MARKER)) for (const fp of markersIn(r.body)) known.add(fp);

  for (const c of ours) {
    if (markersIn(c.body).some((fp) => plan.current.has(fp))) continue;
    if (repliedTo.has(c.id)) {
      outcome.keptWithReplies++;
      continue;
    }
    if (deadline.expired()) {
      outcome.incomplete = true;
      break;
    }
    try {
      await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: c.id });
      outcome.deleted++;
    } catch (e) {
      // Someone deleted it first: the goal is reached. Anything else (a 403) is the caller's to handle.
      if (httpStatus(e) !== 404) throw e;
    }
  }

  const freshInline = plan.inline.filter((d) => !known.has(d.fingerprint));
  const freshListed = plan.listed.filter((i) => !known.has(i.fingerprint));
  outcome.alreadyPresent = plan.inline.length - freshInline.length + (plan.listed.length - freshListed.length);
  if (freshInline.length === 0 && freshListed.length === 0) return outcome;
  if (deadline.expired()) return { ...outcome, incomplete: true };

  const inline = freshInline.slice(0, MAX_REVIEW_COMMENTS);
  const listed = freshListed.slice(0, MAX_REVIEW_LISTED);
  const notListed = freshInline.length - inline.length + (freshListed.length - listed.length);
  const body = reviewBody({ verdict: plan.verdict, listed, notListed, detailsAt: plan.detailsAt });
  try {
    await client.rest.pulls.createReview({ ...pr, commit_id: plan.headSha, event: 'COMMENT', body, comments: inline.map(reviewComment) });
    outcome.posted = inline.length + listed.length;
    return outcome;
  } catch (e) {
    if (!isUnprocessable(e) || inline.length === 0) throw e;
  }
  await client.rest.pulls.createReview({ ...pr, commit_id: plan.headSha, event: 'COMMENT', body });
  outcome.posted = listed.length;
  for (const draft of inline) {
    if (deadline.expired()) {
      outcome.incomplete = true;
      break;
    }
    try {
      await client.rest.pulls.createReviewComment({ ...pr, commit_id: plan.headSha, ...reviewComment(draft) });
      outcome.posted++;
    } catch (e) {
      if (!isUnprocessable(e)) throw e;
      outcome.refused.push(draft);
    }
  }
  return outcome;
}

function reviewComment(d: ReviewCommentDraft) {
  return {
    path: d.path,
    line: d.line,
    side: 'RIGHT' as const,
    ...(d.startLine !== undefined ? { start_line: d.startLine, start_side: 'RIGHT' as const } : {}),
    body: d.body,
  };
}
