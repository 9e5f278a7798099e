import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { Finding, SuppressedFinding } from '../../src/domain/index.js';
import { FINGERPRINT_KEY, renderSarif, sarifLog, type ReportInput } from '../../src/report/index.js';
import { ruleInfo } from '../../src/rules/index.js';
import { scanFiles } from '../helpers/scan.js';
import { cli, tempRepo } from '../cli/run.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The official schema is draft-04, and one of its patterns is not valid in unicode mode.
const Ajv = AjvModule.default;
// Formats (uri, date-time) are not checked by Ajv without a plugin; URIs are checked by hand below.
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);
/** A relative URI reference as RFC 3986 allows it (unreserved, sub-delims, ':', '@', '/', percent escapes). */
const RELATIVE_URI = /^(?!\/)(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+$/;

const CANARY = 'Wb2-ledge-' + 'Kt66' + '-canary';
const files = {
  'deploy/app secret#1.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: app
  namespace: shop
stringData:
  password: ${CANARY}
  # manifest-gate: ignore secret-plaintext -- sink password, rotated every run
  token: ${CANARY}
`,
};

const input = (findings: readonly Finding[], suppressed: readonly SuppressedFinding[] = []): ReportInput => ({
  tool: { name: 'manifest-gate', version: '1.2.3' },
  files: 1,
  documents: 1,
  findings,
  suppressed,
  failOn: 'error',
});

function valid(log: object): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('SARIF', () => {
  it('is checked by a validator that rejects what the schema rejects', () => {
    expect(valid({ version: '2.1.0', runs: [{ tool: {} }] })).not.toEqual([]);
    expect(valid({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'notice' }] }] })).not.toEqual([]);
  });

  it('is valid SARIF 2.1.0 with zero results, and still lists every rule', () => {
    const log = sarifLog(input([]), ruleInfo()) as { runs: { results: unknown[]; tool: { driver: { rules: { id: string }[] } } }[] };
    expect(valid(log)).toEqual([]);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules.map((r) => r.id)).toEqual(ruleInfo().map((r) => r.id));
  });

  it('is valid with findings, maps severity and carries our fingerprint and a repo-relative URI', () => {
    const result = scanFiles(files);
    const log = sarifLog(input(result.findings, result.suppressed), ruleInfo()) as {
      runs: { results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string> }[]; tool: { driver: { rules: { id: string; helpUri: string; help: { text: string } }[] } } }[];
    };
    expect(valid(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine])).toEqual([
      ['secret-plaintext', 'error', 'deploy/app%20secret%231.yaml', 7],
    ]);
    for (const r of run.results) expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(RELATIVE_URI);
    expect(run.results[0].partialFingerprints).toEqual({ [FINGERPRINT_KEY]: result.findings[0].fingerprint });
    const rule = run.tool.driver.rules[run.results[0].ruleIndex];
    expect(rule.id).toBe('secret-plaintext');
    expect(rule.helpUri).toMatch(/docs\/rules\/secret-plaintext\.md$/);
    expect(rule.help.text.length).toBeGreaterThan(20);
  });

  it.each([
    ['warning', 'warning'],
    ['notice', 'note'],
  ] as const)('maps %s to %s', (severity, level) => {
    const [f] = scanFiles(files).findings;
    const log = sarifLog(input([{ ...f, severity }]), ruleInfo()) as { runs: { results: { level: string }[] }[] };
    expect(log.runs[0].results[0].level).toBe(level);
  });

  it('marks baselined findings unchanged and new ones new', () => {
    const [f] = scanFiles(files).findings;
    const moved = { ...f, startLine: 3, fingerprint: 'other' };
    const log = sarifLog({ ...input([moved], [{ ...f, reason: 'accepted in the baseline b.json', via: 'baseline' }]), baseline: { file: 'b.json', matched: 1, gone: 0 } }, ruleInfo()) as {
      runs: { results: { baselineState: string }[] }[];
    };
    expect(valid(log)).toEqual([]);
    expect(log.runs[0].results.map((r) => r.baselineState)).toEqual(['new', 'unchanged']);
  });

  it('never holds a secret value', () => {
    const result = scanFiles(files);
    expect(renderSarif(input(result.findings, result.suppressed), ruleInfo())).not.toContain(CANARY);
  });

  it('is what `scan --format sarif` writes, with the gate as the exit status', () => {
    const dir = tempRepo(files);
    const run = cli(dir, 'scan', '--format', 'sarif', '--output', 'results.sarif');
    expect(run.status).toBe(1);
    const log = JSON.parse(readFileSync(`${dir}/results.sarif`, 'utf8'));
    expect(valid(log)).toEqual([]);
    expect(log.runs[0].results).toHaveLength(1);
    const empty = cli(tempRepo({ 'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\ndata: {a: b}\n' }), 'scan', '--format', 'sarif');
    expect(empty.status).toBe(0);
    expect(valid(JSON.parse(empty.stdout))).toEqual([]);
  });
});
