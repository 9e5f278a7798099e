/** GitHub's pull-request file listing stops at 3,000 files; beyond that a pull request is cut by GitHub. */
export const MAX_PR_FILES = 3000;

/** The largest page GitHub serves for any listing. */
export const PAGE_SIZE = 100;

/** The compare API (push events) lists at most 300 changed files. */
export const MAX_COMPARE_FILES = 300;

/** A check-run create or update request accepts at most 50 annotations. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Annotations sent to one check run: 20 requests; the rest are in the summary and the JSON report. */
export const MAX_CHECK_ANNOTATIONS = 1000;

/** A check run's `output.summary` is at most 65,535 characters. */
export const CHECK_SUMMARY_MAX_CHARS = 65535;

/** The runner uploads a step summary only up to 1 MiB; a little is kept back for other steps' lines. */
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024 - 4096;

/** The runner shows at most 10 annotations of each level (error, warning, notice) from one step. */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;

/** Inline comments in one review: more buries the conversation; the rest go to the review body and check run. */
export const MAX_REVIEW_COMMENTS = 50;

/** Findings listed in one review body; the body, like a comment, must stay under 65,536 characters. */
export const MAX_REVIEW_LISTED = 100;

/** Wall time for all GitHub API calls of one run: a gate must not hold a runner; partial results beat a cancelled job. */
export const API_TIME_BUDGET_MS = 5 * 60_000;

/** Retries of one request after a 5xx or a rate limit, as GitHub's best practices suggest. */
export const MAX_RETRIES = 3;

/** GitHub asks integrations to space content-creating requests (reviews, comments) about a second apart. */
export const WRITE_SPACING_MS = 1000;

/** Requests that notify people (reviews, review comments) should be spaced further apart. */
export const NOTIFY_SPACING_MS = 3000;

/** After the budget, time left to complete a started check run so it never hangs "in progress". */
export const CLOSING_GRACE_MS = 30_000;
