/** What started the run, reduced to what the Action needs from the webhook payload. */
export type Trigger =
  | {
      kind: 'pull_request';
      number: number;
      /** The commit reviewers see: check runs and review comments attach here, not to the merge commit. */
      headSha: string;
      baseSha: string;
      /** True when the head branch lives in another repository: the workflow token is then read-only. */
      fromFork: boolean;
    }
  | { kind: 'push'; before: string; after: string }
  | { kind: 'other'; eventName: string };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Reads the trigger from the event name and payload; anything unexpected is `other`. */
export function triggerOf(eventName: string, payload: unknown): Trigger {
  const p = (payload ?? {}) as Record<string, unknown>;
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = p.pull_request as Record<string, unknown> | undefined;
    const head = pr?.head as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined;
    const base = pr?.base as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined;
    const number = pr?.number ?? p.number;
    if (typeof number === 'number' && typeof head?.sha === 'string') {
      return {
        kind: 'pull_request',
        number,
        headSha: head.sha,
        baseSha: typeof base?.sha === 'string' ? base.sha : '',
        // A deleted fork has no head repository; it is still not this repository.
        fromFork: head.repo?.full_name !== base?.repo?.full_name,
      };
    }
  }
  if (eventName === 'push' && typeof p.before === 'string' && typeof p.after === 'string') {
    return { kind: 'push', before: p.before, after: p.after };
  }
  return { kind: 'other', eventName };
}
