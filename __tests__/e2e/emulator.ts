import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';

/** One operation of GitHub's REST description, as the committed fixture holds it. */
interface Operation {
  method: string;
  path: string;
  operationId: string;
  requestBody?: object;
  bodyRequired?: boolean;
  /** Schemas of the query parameters the operation accepts. */
  query: Record<string, { type?: string; enum?: string[] }>;
}

const SPEC = JSON.parse(readFileSync(new URL('./fixtures/github-openapi.json', import.meta.url), 'utf8')) as { operations: Operation[] };

/** A request the emulator received, with what GitHub's schema said of its body. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  operationId?: string;
  /** The body exactly as sent. */
  raw: string;
  body: unknown;
  status: number;
  /** Schema violations of the body; empty when valid. */
  schemaErrors: string[];
}

/** A changed file as the pull-request listing returns it. */
export interface EmulatedFile {
  filename: string;
  status: 'added' | 'modified' | 'renamed' | 'removed';
  previous_filename?: string;
  patch?: string;
}

/** A review comment held by the emulated pull request. */
export interface EmulatedComment {
  id: number;
  body: string;
  path: string;
  line?: number;
  in_reply_to_id?: number;
  user: { login: string; type: string };
}

/** Failures to inject, to see the Action degrade as it should. */
export interface Faults {
  /** Every write answers 403 "Resource not accessible by integration" (a read-only token). */
  denyWrites?: boolean;
  /** Review comments GitHub refuses (422), as it does for a line outside the diff. */
  rejectComment?: (c: { path: string; line: number }) => boolean;
  /** Answers the first request to this operation id with a secondary rate limit (403 + retry-after). */
  secondaryRateLimitOnce?: string;
  /** Answers the first request to this operation id with a 502. */
  serverErrorOnce?: string;
}

const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
const validators = new Map<string, ValidateFunction>();
const routes = SPEC.operations.map((op) => ({
  op,
  regex: new RegExp('^' + op.path.replace(/\{[^}]+\}/g, '([^/]+)') + '$'),
  names: [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
}));

function validatorFor(op: Operation): ValidateFunction | undefined {
  if (!op.requestBody) return undefined;
  let v = validators.get(op.operationId);
  if (!v) {
    v = ajv.compile(op.requestBody);
    validators.set(op.operationId, v);
  }
  return v;
}

/**
 * A GitHub REST API emulator on 127.0.0.1: one repository, one pull request, the operations the
 * Action calls. It records every request and validates each body against GitHub's published schema.
 */
export class GitHubEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly comments: EmulatedComment[] = [];
  readonly reviews: { id: number; body: string; commit_id?: string; comments: number }[] = [];
  readonly checkRuns: { id: number; name: string; head_sha: string; status: string; conclusion?: string; annotations: object[]; summary: string; title: string }[] = [];
  files: EmulatedFile[] = [];
  faults: Faults = {};
  private nextId = 1000;
  private server?: Server;
  private readonly faulted = new Set<string>();

  /** Starts listening on an ephemeral port of 127.0.0.1 and returns the API base URL. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Stops the server. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Adds a comment as a person would (for replies) or as an earlier run did. */
  addComment(c: Omit<EmulatedComment, 'id'>): EmulatedComment {
    const comment = { ...c, id: this.nextId++ };
    this.comments.push(comment);
    return comment;
  }

  /** Requests whose body or query broke GitHub's schema, or that hit no known operation. */
  invalid(): RecordedRequest[] {
    return this.requests.filter((r) => r.schemaErrors.length > 0 || !r.operationId);
  }

  /** Requests to one operation. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const route = routes.find((r) => r.op.method === method && r.regex.test(url.pathname));
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const record: RecordedRequest = { method, path: url.pathname, query: url.searchParams, raw, body, status: 0, schemaErrors: [] };
    this.requests.push(record);
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    if (!route) return send(404, { message: 'Not Found' });
    const op = route.op;
    record.operationId = op.operationId;
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(route.regex.exec(url.pathname)![i + 1])]));

    for (const [name, value] of url.searchParams) {
      const schema = op.query[name];
      if (!schema) record.schemaErrors.push(`query ${name} is not a parameter of ${op.operationId}`);
      else if (schema.type === 'integer' && !/^\d+$/.test(value)) record.schemaErrors.push(`query ${name} must be an integer`);
      else if (schema.enum && !schema.enum.includes(value)) record.schemaErrors.push(`query ${name} must be one of ${schema.enum.join(', ')}`);
    }
    const validate = validatorFor(op);
    if (validate) {
      if (body === undefined && op.bodyRequired) record.schemaErrors.push('a body is required');
      else if (body !== undefined && !validate(body)) {
        record.schemaErrors.push(...(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`));
      }
      if (record.schemaErrors.length) return send(422, { message: 'Invalid request.', errors: record.schemaErrors });
    }
    if (this.faults.secondaryRateLimitOnce === op.operationId && !this.faulted.has('rate')) {
      this.faulted.add('rate');
      return send(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '1' });
    }
    if (this.faults.serverErrorOnce === op.operationId && !this.faulted.has('5xx')) {
      this.faulted.add('5xx');
      return send(502, { message: 'Server Error' });
    }
    if (method !== 'GET' && this.faults.denyWrites) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }
    const b = (body ?? {}) as Record<string, unknown>;
    switch (op.operationId) {
      case 'pulls/list-files':
        return this.page(url, this.files, send);
      case 'repos/compare-commits-with-basehead':
        return send(200, { status: 'ahead', files: this.files.map((f) => ({ ...f, sha: 'e'.repeat(40) })) });
      case 'pulls/list-review-comments':
        return this.page(url, this.comments, send);
      case 'pulls/list-reviews':
        return this.page(url, this.reviews.map((r) => ({ id: r.id, body: r.body, state: 'COMMENTED', user: { login: 'github-actions[bot]', type: 'Bot' } })), send);
      case 'pulls/create-review': {
        const comments = (b.comments ?? []) as { path: string; line: number; body: string }[];
        if (comments.some((c) => this.faults.rejectComment?.(c))) {
          return send(422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] });
        }
        const review = { id: this.nextId++, body: String(b.body ?? ''), commit_id: b.commit_id as string | undefined, comments: comments.length };
        this.reviews.push(review);
        for (const c of comments) this.addComment({ body: c.body, path: c.path, line: c.line, user: { login: 'github-actions[bot]', type: 'Bot' } });
        return send(200, { id: review.id, body: review.body, state: 'COMMENTED', html_url: `https://github.com/pull/1#pullrequestreview-${review.id}` });
      }
      case 'pulls/create-review-comment': {
        const c = b as { path: string; line: number; body: string };
        if (this.faults.rejectComment?.(c)) return send(422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] });
        const comment = this.addComment({ body: c.body, path: c.path, line: c.line, user: { login: 'github-actions[bot]', type: 'Bot' } });
        return send(201, comment);
      }
      case 'pulls/delete-review-comment': {
        const i = this.comments.findIndex((c) => c.id === Number(params.comment_id));
        if (i < 0) return send(404, { message: 'Not Found' });
        this.comments.splice(i, 1);
        return send(204);
      }
      case 'checks/create': {
        const output = (b.output ?? {}) as { title?: string; summary?: string; annotations?: object[] };
        const run = {
          id: this.nextId++,
          name: String(b.name),
          head_sha: String(b.head_sha),
          status: String(b.status ?? 'queued'),
          conclusion: b.conclusion as string | undefined,
          annotations: [...(output.annotations ?? [])],
          summary: output.summary ?? '',
          title: output.title ?? '',
        };
        this.checkRuns.push(run);
        return send(201, { ...run, html_url: `https://github.com/${params.owner}/${params.repo}/runs/${run.id}` });
      }
      case 'checks/update': {
        const run = this.checkRuns.find((r) => r.id === Number(params.check_run_id));
        if (!run) return send(404, { message: 'Not Found' });
        const output = (b.output ?? {}) as { summary?: string; annotations?: object[] };
        run.annotations.push(...(output.annotations ?? []));
        if (output.summary) run.summary = output.summary;
        if (b.status) run.status = String(b.status);
        if (b.conclusion) run.conclusion = String(b.conclusion);
        return send(200, { ...run, html_url: `https://github.com/${params.owner}/${params.repo}/runs/${run.id}` });
      }
      default:
        return send(404, { message: 'Not Found' });
    }
  }

  /** Serves a listing page by page, with the Link header Octokit follows. */
  private page(url: URL, all: readonly unknown[], send: (s: number, d: unknown, h?: Record<string, string>) => void): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.toString().replace('http://127.0.0.1', `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`)}>; rel="next"`;
    }
    send(200, slice, headers);
  }
}
