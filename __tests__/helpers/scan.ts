import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/domain/index.js';
import { memoryRepo } from '../../src/engine/repo.js';
import { scan, type ScanResult } from '../../src/engine/scan.js';
import type { RuleSettings } from '../../src/engine/settings.js';
import { RULES } from '../../src/rules/index.js';
import { diskRepo, discover } from '../../src/sources/local.js';

/** Scans in-memory files (path → text) with every rule. */
export function scanFiles(files: Record<string, string | Uint8Array>, settings: RuleSettings = {}): ScanResult {
  return scan({ files: Object.keys(files), repo: memoryRepo(files), rules: RULES, settings });
}

/** Scans one YAML text as `test.yaml`. */
export function scanYaml(text: string, settings: RuleSettings = {}): ScanResult {
  return scanFiles({ 'test.yaml': text }, settings);
}

/** The facts tests assert on: rule, line, message id, severity. Never prose. */
export interface Brief {
  ruleId: string;
  line: number;
  messageId: string;
  severity: string;
}

/** Findings reduced to what tests assert, optionally only of one rule. */
export function brief(result: ScanResult | Finding[], ruleId?: string): Brief[] {
  const list = Array.isArray(result) ? result : result.findings;
  return list
    .filter((f) => !ruleId || f.ruleId === ruleId)
    .map((f) => ({ ruleId: f.ruleId, line: f.startLine, messageId: f.messageId, severity: f.severity }));
}

/** Scans a folder on disk as the CLI would, with the folder as the repository root (a full scan). */
export function scanDir(dir: string, settings: RuleSettings = {}): ScanResult {
  const found = discover(dir, ['.'], { include: [], exclude: [] });
  return scan({ files: found.files, repo: diskRepo(dir), rules: RULES, settings, wholeRepository: true });
}

const rank: Record<string, number> = { notice: 1, warning: 2, error: 3 };
const ids = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/**
 * Checks a folder of fixtures whose oracle is inline, in the marker format of
 * ../shared/tools/check-expectations.mjs (`# expect: rule[ severity=…]`, `# expect-file:`, `# quiet:`,
 * `# silent:`). Returns one line per unmet expectation; an empty list means every marker held.
 */
export function checkMarkers(dir: string): string[] {
  const result = scanDir(dir);
  const problems: string[] = [];
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => {
      const p = path.join(d, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  let cases = 0;
  for (const file of walk(dir).filter((p) => /\.(ya?ml|json)$/.test(p)).sort()) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const side = file + '.expect.txt';
    let lines: string[];
    try {
      lines = (/\.json$/.test(file) ? readFileSync(side, 'utf8') : readFileSync(file, 'utf8')).split('\n');
    } catch {
      lines = [];
    }
    const expects: { line: number; rules: string[]; severity?: string }[] = [];
    const fileExpects: string[][] = [];
    const quiet = new Set<string>();
    const silent = new Set<string>();
    lines.forEach((raw, i) => {
      let text = raw;
      let line = i + 1;
      const lm = text.match(/^line (\d+):\s*(.*)$/);
      if (lm) {
        line = Number(lm[1]);
        text = '# ' + lm[2];
      }
      let m;
      if ((m = text.match(/#\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)(?:\s+severity=(\w+))?/))) expects.push({ line, rules: ids(m[1]), severity: m[2] });
      if ((m = text.match(/#\s*expect-file:\s*([a-z0-9-, ]+)/))) fileExpects.push(ids(m[1]));
      if ((m = text.match(/#\s*quiet:\s*([a-z0-9-, ]+)/))) ids(m[1]).forEach((r) => quiet.add(r));
      if ((m = text.match(/#\s*silent:\s*([a-z0-9-, ]+)/))) ids(m[1]).forEach((r) => silent.add(r));
    });
    if (!expects.length && !fileExpects.length && !quiet.size && !silent.size) continue;
    cases++;
    const fs = result.findings.filter((f) => f.file === rel);
    const claimed = new Set<Finding>();
    for (const e of expects) {
      const hit = fs.find(
        (f) => e.rules.includes(f.ruleId) && f.startLine - 1 <= e.line && e.line <= f.endLine && (!e.severity || f.severity === e.severity),
      );
      if (hit) claimed.add(hit);
      else problems.push(`${rel}:${e.line}: expected ${e.rules.join('|')}${e.severity ? ' at ' + e.severity : ''}`);
    }
    for (const rules of fileExpects) {
      const hit = fs.find((f) => rules.includes(f.ruleId));
      if (hit) claimed.add(hit);
      else problems.push(`${rel}: expected ${rules.join('|')} somewhere in the file`);
    }
    for (const f of fs) {
      const loud = (quiet.has(f.ruleId) && rank[f.severity] >= 2) || silent.has(f.ruleId);
      if (loud && !claimed.has(f)) problems.push(`${rel}:${f.startLine}: unexpected ${f.ruleId} (${f.severity})`);
    }
  }
  if (cases === 0) problems.push(`${dir}: no file carries a marker, so nothing was checked`);
  return problems;
}
