import * as core from '@actions/core';
import { scan } from './engine/scan.js';
import { RULES } from './rules/index.js';
import { discover, diskRepo } from './sources/local.js';
import { parseFailOn } from './config/config.js';
import { summarize } from './report/index.js';
import { TOOL } from './version.js';

/**
 * The Action, top to bottom. For now it scans the whole workspace and reports through workflow
 * annotations and the exit code; the pull-request flow (changed files, review, check run) is issue 6.
 */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const failOn = parseFailOn(core.getInput('fail-on') || 'error', 'input fail-on');
    const found = discover(workspace, ['.'], { include: [], exclude: [] });
    const result = scan({ files: found.files, repo: diskRepo(workspace), rules: RULES });
    for (const f of result.findings) {
      const props = { file: f.file, startLine: f.startLine, endLine: f.endLine, title: `${TOOL.name}: ${f.ruleId}` };
      if (f.severity === 'error') core.error(f.message, props);
      else if (f.severity === 'warning') core.warning(f.message, props);
      else core.notice(f.message, props);
    }
    const summary = summarize({ tool: TOOL, files: result.files, documents: result.documents, findings: result.findings, suppressed: [], failOn });
    core.setOutput('findings', summary.findings);
    core.setOutput('failed', summary.failed);
    if (summary.failed) core.setFailed(`${summary.error} errors, ${summary.warning} warnings, ${summary.notice} notices (fail-on: ${failOn})`);
  } catch (e) {
    core.setFailed(`manifest-gate could not run: ${e instanceof Error ? e.message.split('\n')[0] : 'unknown error'}`);
  }
}
