import { compareFindings, describeResource, fingerprint } from '../domain/index.js';
import type { Finding, Resource, Severity, SuppressedFinding } from '../domain/index.js';
import { decodeSource, isSourceProblem, loadFile } from '../manifests/index.js';
import type { FileHints, ManifestDocument, Position, SourceFile } from '../manifests/index.js';
import type { ObjectIndex, Problem, Rule, RuleContext } from '../rules/types.js';
import { docsUrl, INTERNAL_ERROR, PARSE_ERROR, TEMPLATE_SKIPPED } from '../rules/index.js';
import type { RepoSource } from './repo.js';
import { effectiveSeverity, isEnabled, type RuleSettings } from './settings.js';
import { applySuppressions } from './suppress.js';

/** What to scan and how. */
export interface ScanRequest {
  /** Repository-relative POSIX paths to scan and report on. */
  files: readonly string[];
  /** Other repository files, read only so that cross-file rules see the whole repository. */
  contextFiles?: readonly string[];
  repo: RepoSource;
  rules: readonly Rule[];
  settings?: RuleSettings;
  /** Today, for suppression expiry dates (default: now). */
  now?: Date;
  /**
   * The scanned files (with contextFiles) are the whole repository — a full scan of a checkout — so
   * repository rules may say an object is defined nowhere. Defaults to "contextFiles were given".
   */
  wholeRepository?: boolean;
}

/** The outcome of a scan: every finding, sorted, with the counts reports need. */
export interface ScanResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Files scanned (including those that held no manifest). */
  files: number;
  /** Documents (objects, List items, other YAML) read from the scanned files. */
  documents: number;
}

/**
 * Runs every enabled rule over every document of the requested files. User mistakes become
 * findings, a crashing rule becomes a finding for its document, and no file loses another's findings.
 */
export function scan(request: ScanRequest): ScanResult {
  const settings = request.settings ?? {};
  const enabled = request.rules.filter((r) => isEnabled(r, settings));
  const perDocument = enabled.filter((r) => r.scope !== 'repository');
  const perRepository = enabled.filter((r) => r.scope === 'repository');
  const index = new KindIndex(new Set(perRepository.flatMap((r) => r.target.kinds ?? [])));
  const findings: Finding[] = [];
  const deferred: { doc: ManifestDocument; source: SourceFile }[] = [];
  let documents = 0;

  const hasChart = chartLookup(request.repo);
  const scanned = new Set(request.files);
  for (const path of [...scanned].sort()) {
    const loaded = load(path, request.repo, findings);
    if (!loaded) continue;
    documents += loaded.documents.filter((d) => d.role !== 'template').length;
    let kept: ManifestDocument | undefined;
    for (const doc of loaded.documents) {
      runRules(perDocument, doc, loaded.source, request, settings, emptyIndex, findings);
      if (index.wants(doc)) {
        index.add(doc);
        deferred.push({ doc, source: loaded.source });
        kept = doc;
      }
    }
    // Documents kept until every file is read keep their values, not the syntax tree their findings
    // parsed (shared by the file's documents, so released once the whole file is done).
    kept?.releasePositions();
  }
  if (perRepository.length > 0) {
    for (const path of request.contextFiles ?? []) {
      if (scanned.has(path)) continue;
      const loaded = load(path, request.repo, undefined);
      for (const doc of loaded?.documents ?? []) if (index.wants(doc)) index.add(doc);
    }
    index.wholeRepository = request.wholeRepository ?? (request.contextFiles?.length ?? 0) > 0;
    for (const { doc, source } of deferred) runRules(perRepository, doc, source, request, settings, index, findings);
  }
  findings.sort(compareFindings);
  const kept = applySuppressions(findings, { files: [...scanned], repo: request.repo, rules: request.rules, settings, now: request.now ?? new Date() });
  return { ...kept, files: scanned.size, documents };

  function load(path: string, repo: RepoSource, out: Finding[] | undefined) {
    const bytes = repo.readBytes(path);
    if (bytes === undefined) {
      out?.push(toolFinding(PARSE_ERROR, path, 1, 1, 'unreadable', { reason: 'the file could not be read (missing, or a symbolic link)' }));
      return undefined;
    }
    const source = decodeSource(path, bytes);
    if (isSourceProblem(source)) {
      out?.push(toolFinding(PARSE_ERROR, path, source.line, source.column, 'parse', { reason: source.reason }));
      return undefined;
    }
    const loaded = loadFile(source, hintsFor(path, hasChart));
    if (loaded.status === 'template') {
      out?.push(toolFinding(TEMPLATE_SKIPPED, path, 1, 1, 'skipped', { reason: loaded.templateReason ?? 'it is a template' }));
    }
    for (const p of loaded.problems) {
      out?.push(toolFinding(PARSE_ERROR, path, p.line, p.column, 'parse', { reason: p.reason }, ['document', p.index]));
    }
    return loaded;
  }
}

function runRules(
  rules: readonly Rule[],
  doc: ManifestDocument,
  source: SourceFile,
  request: ScanRequest,
  settings: RuleSettings,
  index: ObjectIndex,
  out: Finding[],
): void {
  for (const rule of rules) {
    if (!applies(rule, doc)) continue;
    const context: RuleContext = { file: source, options: settings[rule.meta.id]?.options ?? {}, repo: request.repo, index };
    try {
      const problems = rule.check(doc, context);
      out.push(...problems.map((p) => toFinding(rule, doc, p, effectiveSeverity(rule, p.severity, settings))));
    } catch (e) {
      // A bug, not a user mistake: say which rule failed on which object, never the error text (it may quote a value).
      const pos = doc.locateObject();
      out.push(
        toolFinding(INTERNAL_ERROR, doc.file, pos.startLine, pos.startColumn, 'crashed', {
          rule: rule.meta.id,
          error: e instanceof Error ? e.name : 'unknown error',
        }, doc.absolutePath([]), resourceOf(doc)),
      );
    }
  }
}

function applies(rule: Rule, doc: ManifestDocument): boolean {
  const roles = rule.target.roles ?? ['object'];
  if (!roles.includes(doc.role)) return false;
  return !rule.target.kinds || rule.target.kinds.includes(doc.kind);
}

/** The resource a document names, for findings and fingerprints. */
export function resourceOf(doc: ManifestDocument): Resource | undefined {
  if (doc.role === 'object') {
    const r: Resource = { kind: detached(doc.kind) };
    if (doc.namespace) r.namespace = detached(doc.namespace);
    if (doc.name) r.name = detached(doc.name);
    return r;
  }
  if (doc.role === 'kustomization') return { kind: 'Kustomization', name: doc.file };
  return undefined;
}

/**
 * A copy of a string that shares no memory with the text it was cut from. Names parsed from a file are
 * slices of the whole file's text, and a finding that kept one would keep the whole file alive until
 * the scan ends: on a large scan that is most of the memory.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function positionOf(doc: ManifestDocument, p: Problem): Position {
  if (p.line !== undefined) return { startLine: p.line, startColumn: 1, endLine: p.line, endColumn: 1 };
  if (p.onObject || p.path.length === 0) return doc.locateObject();
  if (p.onKey) return doc.locateKey(p.path) ?? doc.locate(p.path);
  return doc.locate(p.path, p.innerLine);
}

/** Fills `{name}` placeholders of a message template. */
export function renderMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

function toFinding(rule: Rule, doc: ManifestDocument, p: Problem, severity: Severity): Finding {
  const resource = resourceOf(doc);
  const pos = positionOf(doc, p);
  const template = rule.meta.messages[p.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message ${p.messageId}`);
  const params = { resource: describeResource(resource), ...p.params };
  const identity = doc.role === 'object' ? doc.absolutePath(p.path) : ['document', doc.index, ...p.path];
  const f: Finding = {
    ruleId: rule.meta.id,
    severity,
    file: doc.file,
    startLine: pos.startLine,
    endLine: pos.endLine,
    startColumn: pos.startColumn,
    endColumn: pos.endColumn,
    resource,
    messageId: p.messageId,
    message: renderMessage(template, params),
    remediation: rule.meta.remediation,
    docsUrl: docsUrl(rule.meta.id),
    fingerprint: fingerprint(rule.meta.id, doc.file, resource, p.line !== undefined ? [...identity, '@line', p.line] : identity, p.messageId),
  };
  if (p.evidence) f.evidence = p.evidence;
  return f;
}

/** A finding of one of the tool's own rules (parse errors, skipped templates, rule crashes). */
function toolFinding(
  rule: Rule,
  file: string,
  line: number,
  column: number,
  messageId: string,
  params: Record<string, string | number>,
  path: readonly (string | number)[] = [],
  resource?: Resource,
): Finding {
  const severity = rule.meta.defaultSeverity === 'off' ? 'notice' : rule.meta.defaultSeverity;
  return {
    ruleId: rule.meta.id,
    severity,
    file,
    startLine: line,
    endLine: line,
    startColumn: column,
    resource,
    messageId,
    message: renderMessage(rule.meta.messages[messageId], params),
    remediation: rule.meta.remediation,
    docsUrl: docsUrl(rule.meta.id),
    fingerprint: fingerprint(rule.meta.id, file, resource, path, messageId),
  };
}

/** Whether a folder holds a `Chart.yaml`, asked of the repository once per folder in a scan. */
function chartLookup(repo: RepoSource): (dir: string) => boolean {
  const known = new Map<string, boolean>();
  return (dir) => {
    let has = known.get(dir);
    if (has === undefined) {
      has = repo.exists(dir ? `${dir}/Chart.yaml` : 'Chart.yaml');
      known.set(dir, has);
    }
    return has;
  };
}

/** Hints the loader cannot derive from text: is the file a Helm template, or beside a Chart.yaml? */
function hintsFor(path: string, hasChart: (dir: string) => boolean): FileHints {
  const parts = path.split('/');
  const besideChart = hasChart(parts.slice(0, -1).join('/'));
  let inChartTemplates = false;
  for (let i = parts.length - 2; i >= 0; i--) {
    if (parts[i] === 'templates' && hasChart(parts.slice(0, i).join('/'))) inChartTemplates = true;
  }
  return { besideChart, inChartTemplates };
}

class KindIndex implements ObjectIndex {
  private readonly byKind = new Map<string, ManifestDocument[]>();
  wholeRepository = false;
  constructor(private readonly kinds: ReadonlySet<string>) {}
  wants(doc: ManifestDocument): boolean {
    const key = kindKey(doc);
    return key !== undefined && this.kinds.has(key);
  }
  add(doc: ManifestDocument): void {
    const key = kindKey(doc) ?? doc.kind;
    const list = this.byKind.get(key);
    if (list) list.push(doc);
    else this.byKind.set(key, [doc]);
  }
  ofKind(kind: string): readonly ManifestDocument[] {
    return this.byKind.get(kind) ?? [];
  }
}

/** The kind a document is indexed under: kustomization files (which may omit `kind`) as `Kustomization`. */
function kindKey(doc: ManifestDocument): string | undefined {
  if (doc.role === 'kustomization') return 'Kustomization';
  return doc.role === 'object' ? doc.kind : undefined;
}

const emptyIndex: ObjectIndex = { ofKind: () => [], wholeRepository: false };
