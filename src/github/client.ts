import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { Deadline } from './deadline.js';
import { CLOSING_GRACE_MS, MAX_RETRIES, NOTIFY_SPACING_MS, WRITE_SPACING_MS } from './limits.js';

/** The authenticated REST client every publisher uses. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** Where and how to reach GitHub. */
export interface ClientOptions {
  token: string;
  baseUrl: string;
  deadline: Deadline;
  /** Multiplies every wait (retry backoff, request spacing); 1 in production, smaller only in tests. */
  waitScale: number;
}

/**
 * An Octokit that retries 5xx answers and waits out rate limits (primary and secondary) with backoff,
 * but never past the run's deadline: a request that would wait beyond it fails instead, and the
 * caller publishes what it has. Requests still in flight shortly after the deadline (time enough
 * to complete a check run) are aborted.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const { deadline, waitScale } = options;
  const second = 1000 * waitScale;
  const onLimit = (kind: string) => (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const fits = retryAfter * second < deadline.remaining();
    const again = retryCount < MAX_RETRIES && fits;
    core.info(`manifest-gate: GitHub ${kind} on ${request.method ?? ''} ${request.url ?? ''}: ${again ? `retrying after ${retryAfter}s` : 'giving up'}`);
    return again;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { signal: AbortSignal.timeout(deadline.remaining() + CLOSING_GRACE_MS) },
      retry: { retries: MAX_RETRIES, retryAfterBaseValue: second },
      throttle: {
        retryAfterBaseValue: second,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: WRITE_SPACING_MS * waitScale }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: NOTIFY_SPACING_MS * waitScale }),
      },
    },
    retry,
    throttling,
  );
}
