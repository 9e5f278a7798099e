import { compareFindings, describeResource, fingerprint } from '../domain/index.js';
import type { Finding, Resource, SuppressedFinding } from '../domain/index.js';
import { decodeSource, isSourceProblem, loadFile } from '../manifests/index.js';
import type { ManifestDocument, Position, YamlPath } from '../manifests/index.js';
import { docsUrl, SUPPRESSION_INVALID, TEMPLATE_SKIPPED } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import type { RepoSource } from './repo.js';
import { effectiveSeverity, isEnabled, type RuleSettings } from './settings.js';

/** The annotation that names the suppressed rules on an object. */
export const IGNORE_ANNOTATION = 'manifest-gate.io/ignore';
/** The annotation that says why; a suppression without it suppresses nothing. */
export const IGNORE_REASON_ANNOTATION = 'manifest-gate.io/ignore-reason';
/** The annotation that says until when (YYYY-MM-DD, inclusive). */
export const IGNORE_UNTIL_ANNOTATION = 'manifest-gate.io/ignore-until';
const KUBE_LINTER_PREFIX = 'ignore-check.kube-linter.io/';

/**
 * kube-linter checks whose suppression annotation also suppresses our rule: only checks that look for
 * the same thing. The annotation's value is kube-linter's justification, which we take as the reason.
 */
export const KUBE_LINTER_EQUIVALENTS: Readonly<Record<string, string>> = {
  'env-var-secret': 'env-literal-credential',
  'read-secret-from-env-var': 'secret-env-exposure',
  'access-to-secrets': 'rbac-secret-access',
  'wildcard-in-rules': 'rbac-wildcard',
  'cluster-admin-role-binding': 'rbac-cluster-admin-binding',
  'access-to-create-pods': 'rbac-secret-escalation',
};

/** What the suppression step needs besides the findings. */
export interface SuppressionInput {
  /** The scanned files (repository-relative); only these are read for suppressions. */
  files: readonly string[];
  repo: RepoSource;
  /** Every rule of the run, enabled or not: a suppression naming any of them is valid. */
  rules: readonly Rule[];
  settings: RuleSettings;
  /** Today, for expiry; a suppression is valid through its `until` day (UTC). */
  now: Date;
}

/** Findings split by the suppressions written in the scanned files, plus `suppression-invalid` findings. */
export interface SuppressionOutcome {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

interface Suppression {
  file: string;
  ruleIds: string[];
  reason: string;
  until?: string;
  via: 'comment' | 'annotation' | 'kube-linter annotation';
  /** Findings starting on these lines (inclusive) are covered. */
  fromLine: number;
  toLine: number;
  /** A comment right above a document also covers the object's `kind:` line, where object-level findings land. */
  objectLine?: number;
  used: boolean;
  /** Where to report it when it matches nothing; absent when an unused one is not worth a word. */
  unused?: () => Draft;
}

/** A suppression-invalid finding before the rule's own fields are filled in. */
type Draft = Omit<Finding, 'ruleId' | 'severity' | 'remediation' | 'docsUrl'>;

const COMMENT = /(?:^|\s)#\s*manifest-gate\s*:(.*)$/;
const MARKERS = ['manifest-gate', 'kube-linter.io'];

/**
 * Applies every suppression written in the scanned files to the findings: a suppressed finding moves to
 * `suppressed` with its reason, never disappears; a suppression that cannot be honoured (no reason,
 * unknown rule, expired, misplaced, matching nothing) suppresses nothing and becomes a finding itself.
 */
export function applySuppressions(findings: readonly Finding[], input: SuppressionInput): SuppressionOutcome {
  const known = new Set(input.rules.map((r) => r.meta.id));
  const today = input.now.toISOString().slice(0, 10);
  const templates = new Set(findings.filter((f) => f.ruleId === TEMPLATE_SKIPPED.meta.id).map((f) => f.file));
  const problems: Finding[] = [];
  const suppressions: Suppression[] = [];
  const report = (f: Draft) => {
    if (!isEnabled(SUPPRESSION_INVALID, input.settings)) return;
    const rule = SUPPRESSION_INVALID;
    problems.push({ ...f, ruleId: rule.meta.id, severity: effectiveSeverity(rule, undefined, input.settings), remediation: rule.meta.remediation, docsUrl: docsUrl(rule.meta.id) });
  };
  const validate = (ids: string[], reason: string, until: string | undefined): { messageId: string; params: Record<string, string> } | undefined => {
    const rules = ids.join(', ');
    if (ids.length === 0) return { messageId: 'malformed', params: {} };
    const unknown = ids.find((id) => !known.has(id));
    if (unknown !== undefined) return { messageId: 'unknown-rule', params: { rule: printableId(unknown), rules } };
    if (until !== undefined && !isIsoDate(until)) return { messageId: 'bad-date', params: { rules } };
    if (until !== undefined && until < today) return { messageId: 'expired', params: { rules, until } };
    if (!reason) return { messageId: 'no-reason', params: { rules } };
    return undefined;
  };

  for (const file of input.files) {
    const bytes = input.repo.readBytes(file);
    // Most files never mention a suppression: a byte search spares decoding them a second time.
    if (!bytes || !MARKERS.some((m) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(m))) continue;
    const source = decodeSource(file, bytes);
    if (isSourceProblem(source)) continue;
    const isTemplate = templates.has(file);

    source.text.split('\n').forEach((text, i) => {
      const m = COMMENT.exec(text);
      if (!m) return;
      const line = i + 1;
      const draft = (messageId: string, params: Record<string, string>): Draft => ({
        file,
        startLine: line,
        endLine: line,
        startColumn: text.indexOf('#') + 1,
        ...message(messageId, params),
        fingerprint: fingerprint(SUPPRESSION_INVALID.meta.id, file, undefined, ['@line', line], messageId),
      });
      const comment = parseComment(m[1]);
      const invalid = comment ? validate(comment.ids, comment.reason, comment.until) : { messageId: 'malformed', params: {} };
      if (!comment || invalid) {
        report(draft(invalid?.messageId ?? 'malformed', invalid?.params ?? {}));
        return;
      }
      const worthReporting = !isTemplate && comment.ids.some((id) => checkable(id));
      suppressions.push({
        file,
        ruleIds: comment.ids,
        reason: comment.reason,
        until: comment.until,
        via: 'comment',
        fromLine: line,
        toLine: line + 1,
        used: false,
        unused: worthReporting ? () => draft('unused-comment', { rules: comment.ids.join(', ') }) : undefined,
      });
    });

    if (isTemplate) continue;
    const loaded = loadFile(source);
    const comments = suppressions.filter((x) => x.file === file && x.via === 'comment');
    for (const doc of loaded.documents) {
      if (doc.role !== 'object') continue;
      const start = doc.lineSpan().startLine;
      for (const c of comments) if (c.toLine === start) c.objectLine = doc.locateObject().startLine;
      readAnnotations(doc);
      for (const misplaced of misplacedAnnotations(doc.value)) {
        const where = misplaced.path.map(String).join('.');
        problemAt(doc, [...misplaced.path, misplaced.key], true, 'misplaced', { where });
      }
    }
  }

  const findingsOut: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const s = suppressions.find(
      (x) => x.file === f.file && x.ruleIds.includes(f.ruleId) && ((f.startLine >= x.fromLine && f.startLine <= x.toLine) || f.startLine === x.objectLine),
    );
    if (!s) {
      findingsOut.push(f);
      continue;
    }
    s.used = true;
    suppressed.push({ ...f, reason: s.reason, ...(s.until ? { until: s.until } : {}), via: s.via });
  }
  for (const s of suppressions) {
    const unused = !s.used && s.unused?.();
    if (unused) report(unused);
  }
  findingsOut.push(...problems);
  findingsOut.sort(compareFindings);
  suppressed.sort(compareFindings);
  return { findings: findingsOut, suppressed };

  /**
   * True when a suppression of this rule that matches nothing is worth reporting: the rule runs, and it
   * judges each document alone (a repository-scope rule may stay silent when the scan sees only part of
   * the repository, as in changed-files mode).
   */
  function checkable(id: string): boolean {
    const rule = input.rules.find((r) => r.meta.id === id);
    return rule !== undefined && rule.scope !== 'repository' && isEnabled(rule, input.settings);
  }

  function problemAt(doc: ManifestDocument, path: YamlPath, onKey: boolean, messageId: string, params: Record<string, string>): void {
    report(findingAt(doc, path, onKey, messageId, params));
  }

  function findingAt(doc: ManifestDocument, path: YamlPath, onKey: boolean, messageId: string, params: Record<string, string>): Draft {
    const pos: Position = (onKey ? doc.locateKey(path) : undefined) ?? doc.locate(path);
    const resource = resourceOf(doc);
    return {
      file: doc.file,
      startLine: pos.startLine,
      endLine: pos.endLine,
      startColumn: pos.startColumn,
      resource,
      ...message(messageId, { resource: describeResource(resource), ...params }),
      fingerprint: fingerprint(SUPPRESSION_INVALID.meta.id, doc.file, resource, doc.absolutePath(path), messageId),
    };
  }

  function readAnnotations(doc: ManifestDocument): void {
    const annotations = mapAt(doc.value, ['metadata', 'annotations']);
    if (!annotations) return;
    const base = ['metadata', 'annotations'];
    const span = doc.lineSpan();
    const ignore = annotations[IGNORE_ANNOTATION];
    const reason = text(annotations[IGNORE_REASON_ANNOTATION]);
    const until = annotations[IGNORE_UNTIL_ANNOTATION] === undefined ? undefined : text(annotations[IGNORE_UNTIL_ANNOTATION]);
    if (ignore === undefined) {
      for (const key of [IGNORE_REASON_ANNOTATION, IGNORE_UNTIL_ANNOTATION]) {
        if (key in annotations) problemAt(doc, [...base, key], true, 'orphan', { key });
      }
    } else {
      const ids = text(ignore).split(/[\s,]+/).filter(Boolean);
      const invalid = validate(ids, reason, until);
      if (invalid) problemAt(doc, [...base, IGNORE_ANNOTATION], true, invalid.messageId, invalid.params);
      else {
        const unused = () => findingAt(doc, [...base, IGNORE_ANNOTATION], true, 'unused-annotation', { rules: ids.join(', ') });
        suppressions.push({
          file: doc.file,
          ruleIds: ids,
          reason,
          until,
          via: 'annotation',
          fromLine: span.startLine,
          toLine: span.endLine,
          used: false,
          unused: ids.some((id) => checkable(id)) ? unused : undefined,
        });
      }
    }
    for (const [key, value] of Object.entries(annotations)) {
      if (!key.startsWith(KUBE_LINTER_PREFIX)) continue;
      const ours = KUBE_LINTER_EQUIVALENTS[key.slice(KUBE_LINTER_PREFIX.length)];
      if (!ours) continue;
      const why = text(value);
      if (!why) {
        problemAt(doc, [...base, key], true, 'no-reason', { rules: ours });
        continue;
      }
      suppressions.push({ file: doc.file, ruleIds: [ours], reason: why, via: 'kube-linter annotation', fromLine: span.startLine, toLine: span.endLine, used: false });
    }
  }
}

function message(messageId: string, params: Record<string, string>): { messageId: string; message: string } {
  const template = SUPPRESSION_INVALID.meta.messages[messageId];
  return { messageId, message: template.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m) };
}

/** A `manifest-gate:` comment's text after the colon, read as `ignore <ids> [until DATE] -- <reason>`. */
export function parseComment(body: string): { ids: string[]; until?: string; reason: string } | undefined {
  const m = /^\s*ignore\b(.*)$/.exec(body);
  if (!m) return undefined;
  const dash = m[1].indexOf('--');
  const head = (dash >= 0 ? m[1].slice(0, dash) : m[1]).trim();
  const reason = dash >= 0 ? m[1].slice(dash + 2).trim() : '';
  const untilMatch = /(?:^|\s)until\s+(\S+)$/.exec(head);
  const idsText = untilMatch ? head.slice(0, untilMatch.index) : head;
  const ids = idsText.split(/[\s,]+/).filter(Boolean);
  return { ids, reason, ...(untilMatch ? { until: untilMatch[1] } : {}) };
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function printableId(id: string): string {
  return id.replace(/[^\w./:-]/g, '?').slice(0, 60);
}

function text(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === undefined || v === null ? '' : String(v).trim();
}

function mapAt(value: unknown, path: readonly string[]): Record<string, unknown> | undefined {
  let cur = value;
  for (const seg of path) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Record<string, unknown>) : undefined;
}

/**
 * Maps other than the object's own `metadata.annotations` that hold our suppression keys (a pod
 * template's annotations, a misspelt `annotation:` map, labels): one entry per map, on its `ignore` key
 * or its first such key.
 */
function misplacedAnnotations(root: unknown): { path: (string | number)[]; key: string }[] {
  const out: { path: (string | number)[]; key: string }[] = [];
  const walk = (node: unknown, path: (string | number)[], depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 40) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    const keys = Object.keys(node);
    const ours = keys.filter((k) => k.startsWith('manifest-gate.io/'));
    const isOwn = path.length === 2 && path[0] === 'metadata' && path[1] === 'annotations';
    if (ours.length > 0 && !isOwn) out.push({ path, key: ours.includes(IGNORE_ANNOTATION) ? IGNORE_ANNOTATION : ours[0] });
    for (const k of keys) walk((node as Record<string, unknown>)[k], [...path, k], depth + 1);
  };
  walk(root, [], 0);
  return out;
}

function resourceOf(doc: ManifestDocument): Resource {
  const r: Resource = { kind: doc.kind };
  if (doc.namespace) r.namespace = doc.namespace;
  if (doc.name) r.name = doc.name;
  return r;
}
