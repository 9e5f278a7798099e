import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { ConfigError } from './config/config.js';
import { readActionSettings, type ActionSettings } from './config/inputs.js';
import { classifyFindings, diffModel, type ChangedFile, type DiffPlace, type PlacedFinding } from './diff/index.js';
import { severityRank, type Finding } from './domain/index.js';
import { applyBaseline } from './engine/baseline.js';
import { scan } from './engine/scan.js';
import {
  API_TIME_BUDGET_MS,
  CHECK_SUMMARY_MAX_CHARS,
  checkedOutCommit,
  createClient,
  Deadline,
  describeFailure,
  emitAnnotations,
  isPermissionDenied,
  log,
  publishCheckRun,
  publishReview,
  pullRequestFiles,
  pushFiles,
  setOutputs,
  STEP_SUMMARY_MAX_BYTES,
  triggerOf,
  writeJobSummary,
  writeReportFile,
  type GitHubClient,
  type RepoRef,
  type Trigger,
} from './github/index.js';
import { checkAnnotationDraft, reviewCommentDraft, reviewListItem } from './report/drafts.js';
import { renderJson, renderText, summarize, type ReportInput } from './report/index.js';
import { renderSarif } from './report/sarif.js';
import { escapeMarkdown, renderMarkdownSummary, verdictLine, type MarkdownSummaryInput, type SkippedFile } from './report/markdown.js';
import { RULES, ruleInfo } from './rules/index.js';
import { discover, diskRepo, isManifestName, passesFilter } from './sources/local.js';
import { TOOL } from './version.js';

/**
 * The Action, top to bottom: event and inputs → changed files → scan → classify by diff → render →
 * publish → exit code. Every GitHub write may fail without changing the verdict: the gate is the
 * step's exit status, decided by the findings alone.
 */
export async function run(): Promise<void> {
  try {
    // Event and inputs.
    const settings = readActionSettings();
    const { runner, config } = settings;
    const trigger = triggerOf(runner.eventName, runner.event);
    const deadline = new Deadline(API_TIME_BUDGET_MS);
    const repo = runner.repository;
    const client = settings.token && repo ? createClient({ token: settings.token, baseUrl: runner.apiUrl, deadline, waitScale: runner.waitScale }) : undefined;
    const notes: string[] = [];

    // Changed files and their patch hunks.
    const change = await changedFiles(client, repo, trigger, notes);

    // Load manifests and run the rules; the whole workspace is context so bindings find their roles.
    const workspaceFiles = discover(runner.workspace, ['.'], { include: [], exclude: [] }).files;
    const skipped: SkippedFile[] = [];
    const { targets, notCheckedOut } =
      settings.scan === 'all' || !change
        ? { targets: discover(runner.workspace, ['.'], config).files, notCheckedOut: false }
        : changedTargets(change, settings, trigger, skipped, notes);
    const scanned = scan({ files: targets, contextFiles: workspaceFiles, repo: diskRepo(runner.workspace), rules: RULES, settings: config.rules });
    // A baseline accepts today's findings: only new ones count, the accepted ones stay listed.
    const accepted = settings.baseline ? applyBaseline(scanned.findings, settings.baseline.baseline, settings.baseline.file, new Set(targets)) : undefined;
    const result = accepted ? { ...scanned, findings: accepted.findings, suppressed: [...scanned.suppressed, ...accepted.baselined] } : scanned;
    if (accepted?.gone.length) notes.push(`${accepted.gone.length} findings of the baseline ${escapeMarkdown(settings.baseline!.file)} are gone (fixed or changed); refresh it with \`manifest-gate baseline\`.`);

    // Classify by diff: nothing is dropped, each output picks what it shows.
    const placed = mostImportantFirst(classifyFindings(result.findings, diffModel(change ?? [])));
    const placeOf = new Map(placed.map((p) => [p.finding, p.place]));

    // Render.
    const report: ReportInput = {
      tool: TOOL,
      files: result.files,
      documents: result.documents,
      findings: result.findings,
      suppressed: result.suppressed,
      failOn: config.failOn,
      ...(accepted && settings.baseline ? { baseline: { file: settings.baseline.file, matched: accepted.baselined.length, gone: accepted.gone.length } } : {}),
    };
    const totals = summarize(report);
    const scope = change && settings.scan === 'changed' ? 'changed manifests' : 'manifests';
    // A gate that cannot read what changed must not pass: a missing checkout would otherwise pass every pull request.
    const failed = totals.failed || notCheckedOut;
    const verdict = notCheckedOut ? 'Not scanned: the workspace does not hold the changed manifests' : verdictLine({ ...report, scope });
    const headSha = trigger.kind === 'pull_request' ? trigger.headSha : trigger.kind === 'push' ? trigger.after : runner.sha;
    const reportJson = writeReportFile(path.join(runner.tempDir, 'manifest-gate'), renderJson(report));
    log(renderText(report));
    const markdown = (limit: MarkdownSummaryInput['limit'], overflowTarget: string) =>
      renderMarkdownSummary({
        ...report,
        scope,
        limit,
        overflowTarget,
        skipped,
        notes,
        ...(notCheckedOut ? { failedVerdict: verdict } : {}),
        ...(change ? { placeOf: (f: Finding) => PLACE_LABELS[placeOf.get(f) ?? 'outside-diff'] } : {}),
        ...(repo ? { linkOf: (file: string, line: number) => blobLink(runner.serverUrl, repo, headSha, file, line) } : {}),
      });
    if (settings.sarifFile) {
      const sarifPath = path.resolve(runner.workspace, settings.sarifFile);
      mkdirSync(path.dirname(sarifPath), { recursive: true });
      writeFileSync(sarifPath, renderSarif(report, ruleInfo()));
    }

    // Publish: review comments, the check run, workflow annotations, the job summary.
    const missing: string[] = [];
    let checkUrl: string | undefined;
    if (client && repo && trigger.kind === 'pull_request' && settings.reviewComments) {
      try {
        const outcome = await publishReview(
          client,
          repo,
          {
            pullNumber: trigger.number,
            headSha,
            verdict,
            inline: placed.filter((p) => p.anchor).map((p) => reviewCommentDraft(p.finding, p.anchor!)),
            listed: placed.filter((p) => p.place === 'changed-file').map((p) => reviewListItem(p.finding, blobLink(runner.serverUrl, repo, headSha, p.finding.file, p.finding.startLine))),
            current: new Set(result.findings.map((f) => f.fingerprint)),
            detailsAt: `the "${settings.checkName}" check run and the job summary`,
          },
          deadline,
        );
        log(
          `manifest-gate: review: ${outcome.posted} new, ${outcome.alreadyPresent} already on the pull request, ${outcome.deleted} stale removed` +
            (outcome.keptWithReplies ? `, ${outcome.keptWithReplies} stale kept (people replied)` : ''),
        );
        if (outcome.refused.length) notes.push(`GitHub refused ${outcome.refused.length} review comments (HTTP 422); those findings are listed here and in the check run.`);
        if (outcome.incomplete) notes.push('Incomplete: the GitHub API time budget ran out while posting review comments.');
      } catch (e) {
        if (isPermissionDenied(e)) missing.push('pull-requests: write');
        else notes.push(`Review comments were not posted (${escapeMarkdown(describeFailure(e))}).`);
      }
    }
    if (client && repo && settings.checkRun && headSha) {
      try {
        const outcome = await publishCheckRun(
          client,
          repo,
          {
            name: settings.checkName,
            headSha,
            title: verdict,
            summary: markdown({ max: CHECK_SUMMARY_MAX_CHARS, unit: 'chars' }, 'the job summary and the JSON report (step output `report-json`)'),
            conclusion: failed ? 'failure' : totals.findings === 0 ? 'success' : 'neutral',
            annotations: placed.map((p) => checkAnnotationDraft(p.finding)),
          },
          deadline,
        );
        checkUrl = outcome.url;
        if (outcome.incomplete) notes.push(`Incomplete: the GitHub API time budget ran out after ${outcome.sentAnnotations} check-run annotations.`);
        else if (outcome.sentAnnotations < placed.length) notes.push(`The check run carries the first ${outcome.sentAnnotations} of ${placed.length} findings as annotations.`);
      } catch (e) {
        if (isPermissionDenied(e)) missing.push('checks: write');
        else notes.push(`The check run was not created (${escapeMarkdown(describeFailure(e))}).`);
      }
    }
    if (missing.length) {
      const fork = trigger.kind === 'pull_request' && trigger.fromFork ? 'This pull request comes from a fork, whose token is read-only. ' : '';
      const line =
        `manifest-gate could not write to GitHub (HTTP 403/404): the job needs \`permissions:\` ${missing.join(', ')}. ` +
        `${fork}Findings are reported as annotations and in the job summary; the gate still decides.`;
      notes.unshift(line);
      core.warning(line);
    }
    if (settings.annotations) {
      const reserved = { error: failed ? 1 : 0, warning: missing.length ? 1 : 0 };
      emitAnnotations(placed.map((p) => p.finding), checkUrl ? 'the check run' : 'the job summary', reserved);
    }
    if (checkUrl) notes.push(`Check run: ${checkUrl}`);
    await writeJobSummary(markdown({ max: STEP_SUMMARY_MAX_BYTES, unit: 'bytes' }, 'the JSON report (step output `report-json`)'));

    // The gate: the step's exit status.
    setOutputs({ findings: totals.findings, errors: totals.error, warnings: totals.warning, notices: totals.notice, failed, reportJson });
    if (failed) core.setFailed(`manifest-gate: ${verdict} (fail-on: ${config.failOn})`);
    else log(`manifest-gate: ${verdict}`);
  } catch (e) {
    const reason = e instanceof ConfigError ? e.message : `could not run: ${e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : 'unknown error'}`;
    core.setFailed(`manifest-gate: ${reason}`);
  }
}

const NOT_IN_WORKSPACE = 'not in the checked-out workspace';

const PLACE_LABELS: Record<DiffPlace, string> = {
  'added-line': 'added line',
  'diff-context': 'diff context',
  'changed-file': 'changed file, outside the diff',
  'outside-diff': 'not in this change',
};

const PLACE_ORDER: Record<DiffPlace, number> = { 'added-line': 0, 'diff-context': 1, 'changed-file': 2, 'outside-diff': 3 };

/** Errors before warnings before notices; within a level, what the change added first. */
function mostImportantFirst(placed: PlacedFinding[]): PlacedFinding[] {
  return placed
    .map((p, i) => ({ p, i }))
    .sort((a, b) => severityRank(b.p.finding.severity) - severityRank(a.p.finding.severity) || PLACE_ORDER[a.p.place] - PLACE_ORDER[b.p.place] || a.i - b.i)
    .map(({ p }) => p);
}

/**
 * The files the change touches (pull request or push), or undefined when the whole workspace is
 * scanned instead (other events, a new branch, no token, or a listing GitHub refused).
 */
async function changedFiles(client: GitHubClient | undefined, repo: RepoRef | undefined, trigger: Trigger, notes: string[]): Promise<ChangedFile[] | undefined> {
  if (trigger.kind === 'other') return undefined;
  if (!client || !repo) {
    notes.push('No token or repository: the changed files cannot be listed, so every manifest in the workspace was scanned.');
    return undefined;
  }
  try {
    const listing = trigger.kind === 'pull_request' ? await pullRequestFiles(client, repo, trigger.number) : await pushFiles(client, repo, trigger.before, trigger.after);
    if (!listing) return undefined;
    if (listing.truncated) notes.push(`GitHub lists only the first ${listing.files.length} changed files; files beyond them were not scanned.`);
    return listing.files;
  } catch (e) {
    notes.push(`The changed files could not be listed (${escapeMarkdown(describeFailure(e))}), so every manifest in the workspace was scanned.`);
    return undefined;
  }
}

/**
 * Changed manifest files that pass the filters and are present in the checkout; the others are said,
 * not lost. `notCheckedOut` is true when changed manifests exist and none of them can be read.
 */
function changedTargets(
  change: readonly ChangedFile[],
  settings: ActionSettings,
  trigger: Trigger,
  skipped: SkippedFile[],
  notes: string[],
): { targets: string[]; notCheckedOut: boolean } {
  const { workspace } = settings.runner;
  const manifests = change.filter((f) => isManifestName(path.posix.basename(f.path)) && passesFilter(f.path, settings.config));
  const targets: string[] = [];
  for (const f of manifests) {
    if (f.status === 'removed') skipped.push({ file: f.path, reason: 'removed by this change' });
    else if (!existsSync(path.join(workspace, f.path))) skipped.push({ file: f.path, reason: NOT_IN_WORKSPACE });
    else targets.push(f.path);
  }
  const commit = checkedOutCommit(workspace);
  const notCheckedOut = targets.length === 0 && skipped.some((s) => s.reason === NOT_IN_WORKSPACE);
  if (notCheckedOut) {
    notes.unshift('The workspace does not hold the changed files: add `actions/checkout` (at the pull request head) before this step.');
  } else if (trigger.kind === 'pull_request' && commit && commit !== trigger.headSha && commit !== settings.runner.sha) {
    notes.unshift(`The workspace is at commit ${commit.slice(0, 12)}, not the pull request head ${trigger.headSha.slice(0, 12)}: findings may sit on other lines than the diff shows.`);
  }
  return { targets, notCheckedOut };
}

/** A link to a line of a file at a commit, with the path encoded so it stays one markdown link. */
function blobLink(server: string, repo: RepoRef, sha: string, file: string, line: number): string {
  const encoded = file
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `${server}/${repo.owner}/${repo.repo}/blob/${sha}/${encoded}#L${line}`;
}
