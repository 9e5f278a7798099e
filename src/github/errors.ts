/** The HTTP status of a failed Octokit request, when there is one. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** True when GitHub refused a write for lack of permission (read-only token, fork pull request, missing scope). */
export function isPermissionDenied(e: unknown): boolean {
  const status = httpStatus(e);
  if (status === 404) return true;
  // A 403 is also how GitHub answers a rate limit; those are retried, not a permission problem.
  return status === 403 && !isRateLimited(e);
}

/** True when GitHub refused the request's content (a comment outside the diff, a stale commit). */
export function isUnprocessable(e: unknown): boolean {
  return httpStatus(e) === 422;
}

/** True for a primary or secondary rate-limit answer. */
export function isRateLimited(e: unknown): boolean {
  const status = httpStatus(e);
  if (status !== 403 && status !== 429) return false;
  const message = e instanceof Error ? e.message : '';
  const headers = (e as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
  return /rate limit/i.test(message) || headers['x-ratelimit-remaining'] === '0' || status === 429;
}

/** One line about a failed request for the log: status and GitHub's message, never the request body. */
export function describeFailure(e: unknown): string {
  const status = httpStatus(e);
  const message = e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : 'unknown error';
  return status ? `HTTP ${status}: ${message}` : message;
}
