import type { Finding, RuleInfo, Severity } from '../domain/index.js';
import type { ReportInput } from './json.js';

/** The SARIF version code scanning accepts. */
export const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where users learn about the tool; SARIF viewers link the tool name to it. */
const INFORMATION_URI = 'https://github.com/manifest-gate/manifest-gate';
/** The key of our fingerprint among `partialFingerprints`: versioned, so a change of hashing can say so. */
export const FINGERPRINT_KEY = 'manifestGate/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * The report as a SARIF 2.1.0 log for code scanning: one run; every rule of the catalogue (so that code
 * scanning can tell "ran, found nothing" and close fixed alerts); one result per finding with a
 * repository-relative URI and our fingerprint. Findings accepted by a baseline are results with
 * `baselineState: unchanged`; findings suppressed in the source are left out (code scanning would show
 * them as open alerts), as the JSON report lists them with their reasons. Messages never hold values.
 */
export function sarifLog(input: ReportInput, rules: readonly RuleInfo[]): object {
  const catalogue = [...rules];
  const index = new Map(catalogue.map((r, i) => [r.id, i]));
  const ruleIndex = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = catalogue.length;
      catalogue.push({ id, title: id, defaultSeverity: 'warning', remediation: '', docsUrl: '' });
      index.set(id, i);
    }
    return i;
  };
  const baselined = input.suppressed.filter((s) => s.via === 'baseline');
  const withBaseline = input.baseline !== undefined;
  const results = [
    ...input.findings.map((f) => result(f, ruleIndex(f.ruleId), withBaseline ? 'new' : undefined)),
    ...baselined.map((f) => result(f, ruleIndex(f.ruleId), 'unchanged')),
  ];
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: input.tool.name,
            ...(/^\d+\.\d+\.\d+/.test(input.tool.version) ? { semanticVersion: input.tool.version } : {}),
            version: input.tool.version,
            informationUri: INFORMATION_URI,
            rules: catalogue.map(ruleDescriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The SARIF log as text, ending in a newline. */
export function renderSarif(input: ReportInput, rules: readonly RuleInfo[]): string {
  return JSON.stringify(sarifLog(input, rules), null, 2) + '\n';
}

function ruleDescriptor(r: RuleInfo): object {
  const level = r.defaultSeverity === 'off' ? 'none' : LEVEL[r.defaultSeverity];
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: r.remediation ? `${r.title}. ${r.remediation}` : r.title },
    ...(r.docsUrl ? { helpUri: r.docsUrl } : {}),
    help: {
      text: `${r.remediation}${r.docsUrl ? ` Documentation: ${r.docsUrl}` : ''}`.trim() || r.title,
      markdown: `**${r.title}**\n\n${r.remediation}${r.docsUrl ? `\n\n[Why this matters and how to fix it](${r.docsUrl})` : ''}`,
    },
    defaultConfiguration: { enabled: r.defaultSeverity !== 'off', level },
    properties: { tags: ['kubernetes'] },
  };
}

function result(f: Finding, ruleIndex: number, baselineState: 'new' | 'unchanged' | undefined): object {
  const region: Record<string, number> = { startLine: f.startLine, startColumn: Math.max(1, f.startColumn) };
  if (f.endLine >= f.startLine) region.endLine = f.endLine;
  if (f.endColumn !== undefined && f.endColumn >= 1 && (f.endLine > f.startLine || f.endColumn > region.startColumn)) region.endColumn = f.endColumn;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' }, region },
        ...(f.resource ? { logicalLocations: [{ name: f.resource.name ?? '(unnamed)', fullyQualifiedName: `${f.resource.kind}/${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name ?? ''}`, kind: 'resource' }] } : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(baselineState ? { baselineState } : {}),
  };
}

/** A repository-relative POSIX path as a relative URI reference (spaces, `#`, `%` escaped; `/` kept). */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
