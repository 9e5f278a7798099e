import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ConfigError, parseConfig } from '../../src/config/config.js';
import { configSchema } from '../../src/config/schema.js';
import { isEnabled } from '../../src/engine/settings.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import { cli, tempRepo } from '../cli/run.js';

const FILE = '.github/manifest-gate.yml';

function mistakes(text: string, rules: readonly Rule[] = RULES): string[] {
  try {
    parseConfig(FILE, text, rules);
  } catch (e) {
    if (e instanceof ConfigError) return [...e.problems];
    throw e;
  }
  return [];
}

// A rule that declares options of every type, so the option checks are tested whatever the registry holds.
const optioned: Rule = {
  meta: {
    id: 'test-options',
    title: 'Object name breaks the optioned convention',
    defaultSeverity: 'off',
    messages: { m: 'm' },
    remediation: 'Rename the object to match the configured pattern.',
    crossReferences: [],
    options: {
      pattern: { type: 'regex', description: 'The pattern names must match.' },
      kinds: { type: 'string[]', description: 'Kinds checked.' },
      maxLength: { type: 'number', minimum: 1, description: 'Longest name.' },
    },
  },
  target: {},
  check: () => [],
};
const withOptioned = [...RULES, optioned];

describe('parseConfig', () => {
  it('reads every setting', () => {
    const config = parseConfig(
      FILE,
      `fail-on: warning
include: ["deploy/**"]
exclude: [deploy/test-fixtures]
rules:
  object-too-large: off
  rbac-secret-access: notice
  secret-plaintext: {severity: warning}
  test-options:
    severity: on
    options: {pattern: '^[a-z0-9]+-(dev|staging|prod)-[a-z0-9-]+$', kinds: [Deployment], maxLength: 63}
`,
      withOptioned,
    );
    expect(config).toEqual({
      failOn: 'warning',
      include: ['deploy/**'],
      exclude: ['deploy/test-fixtures'],
      rules: {
        'object-too-large': { severity: 'off' },
        'rbac-secret-access': { severity: 'notice' },
        'secret-plaintext': { severity: 'warning' },
        'test-options': { enabled: true, options: { pattern: '^[a-z0-9]+-(dev|staging|prod)-[a-z0-9-]+$', kinds: ['Deployment'], maxLength: 63 } },
      },
    });
    expect(isEnabled(optioned, config.rules)).toBe(true);
    expect(isEnabled(RULES.find((r) => r.meta.id === 'object-too-large')!, config.rules)).toBe(false);
  });

  it.each([['', {}], ['# nothing yet\n', {}], ['rules:\n', {}]])('accepts an empty file %j', (text) => {
    expect(parseConfig(FILE, text).failOn).toBe('error');
  });

  it.each([
    ['fail-on: sometimes', `${FILE}:1: fail-on: must be one of error, warning, notice, never, not "sometimes"`],
    ['fail_on: error', `${FILE}:1: fail_on: unknown key (did you mean fail-on?); allowed: fail-on, include, exclude, rules`],
    ['include: deploy/**', `${FILE}:1: include: must be a list of glob strings (e.g. ["deploy/**"]), not "deploy/**"`],
    ['rules:\n  secret-plaintex: off', `${FILE}:2: rules.secret-plaintex: unknown rule id (did you mean secret-plaintext?); allowed: ${RULES.map((r) => r.meta.id).join(', ')}`],
    ['rules:\n  secret-plaintext: high', `${FILE}:2: rules.secret-plaintext: must be one of error, warning, notice, on, off, not "high"`],
    ['rules:\n  secret-plaintext:\n    severty: error', `${FILE}:3: rules.secret-plaintext.severty: unknown key (did you mean severity?); allowed: severity, options`],
    ['rules:\n  secret-plaintext:\n    severity: [error]', `${FILE}:3: rules.secret-plaintext.severity: must be one of error, warning, notice, on, off, not a list`],
    ['rules: [secret-plaintext]', `${FILE}:1: rules: must map rule ids to error, warning, notice, on, off or to {severity, options}`],
    ['- a\n- b', `${FILE}:1: the configuration must be a mapping with the keys fail-on, include, exclude, rules`],
    ['fail-on: error\nfail-on: never', `${FILE}:2: not valid YAML: Map keys must be unique`],
  ])('names file, line, key and allowed values: %j', (text, expected) => {
    expect(mistakes(text)).toEqual([expected]);
  });

  it.each([
    ['pattern: "([a-z"', `${FILE}:5: rules.test-options.options.pattern: "([a-z" is not a valid regular expression: Unterminated character class`],
    ['patern: x', `${FILE}:5: rules.test-options.options.patern: unknown option; allowed: pattern, kinds, maxLength`],
    ['kinds: Deployment', `${FILE}:5: rules.test-options.options.kinds: must be a list of strings, not "Deployment"`],
    ['maxLength: 0', `${FILE}:5: rules.test-options.options.maxLength: must be at least 1, not 0`],
    ['pattern: "^[a-z]+\\\\-prod$"', `${FILE}:5: rules.test-options.options.pattern: "^[a-z]+\\-prod$" is not a valid regular expression: Invalid escape`],
    ['maxLength: "63"', `${FILE}:5: rules.test-options.options.maxLength: must be a number, not "63"`],
  ])('checks rule options against the rule\'s declaration: %s', (option, expected) => {
    expect(mistakes(`rules:\n  test-options:\n    severity: on\n    options:\n      ${option}\n`, withOptioned)).toEqual([expected]);
  });

  it('refuses options for a rule that declares none: it would never read them', () => {
    expect(mistakes('rules:\n  secret-plaintext:\n    options: {limit: 3}\n')).toEqual([`${FILE}:3: rules.secret-plaintext.options.limit: secret-plaintext takes no options`]);
  });

  it('refuses a rule switched on without an option it cannot work without', () => {
    expect(mistakes('rules:\n  naming-convention: error\n')).toEqual([
      `${FILE}:2: rules.naming-convention: option pattern is required when the rule is on (The regular expression every object name must match, e.g. ^[a-z0-9]+-(dev|staging|prod)-[a-z0-9-]+$.)`,
    ]);
    expect(parseConfig(FILE, 'rules:\n  naming-convention:\n    severity: warning\n    options: {pattern: "^[a-z-]+$"}\n').rules['naming-convention']).toEqual({ severity: 'warning', options: { pattern: '^[a-z-]+$' } });
  });

  it('reports every mistake at once, in file order', () => {
    expect(mistakes('fail-on: always\nrules:\n  secret-plaintext: loud\n  nope: off\nextra: 1\n').map((m) => m.split(':').slice(0, 3).join(':'))).toEqual([
      `${FILE}:1: fail-on`,
      `${FILE}:3: rules.secret-plaintext`,
      `${FILE}:4: rules.nope`,
      `${FILE}:5: extra`,
    ]);
  });
});

describe('the published JSON Schema', () => {
  const published = JSON.parse(readFileSync('schema/manifest-gate.schema.json', 'utf8'));
  const validate = new AjvModule.default({ strict: false }).compile(published);

  it('is generated from the rule registry (run `npm run schema` after adding a rule or option)', () => {
    expect(published).toEqual(configSchema(RULES));
  });

  it.each([
    'fail-on: warning\nexclude: [test/]\nrules:\n  object-too-large: off\n  secret-plaintext: {severity: notice}\n',
    'rules:\n  rbac-secret-access: on\n',
  ])('accepts what parseConfig accepts: %j', (text) => {
    parseConfig(FILE, text);
    expect(validate(parseYaml(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(['fail-on: sometimes', 'rules:\n  secret-plaintex: off', 'rules:\n  secret-plaintext: high', 'include: x', 'extra: 1'])(
    'rejects what parseConfig rejects: %j',
    (text) => {
      expect(mistakes(text)).toHaveLength(1);
      expect(validate(parseYaml(text))).toBe(false);
    },
  );
});

describe('the CLI with a configuration file', () => {
  it('stops with exit status 2 and one line per mistake', () => {
    const dir = tempRepo({ '.github/manifest-gate.yml': 'fail-on: sometimes\nrules:\n  secret-plaintex: off\n', 'a.yaml': 'kind: ConfigMap\n' });
    const run = cli(dir, 'scan');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').map((l) => l.split(': ').slice(0, 3).join(': '))).toEqual([
      `manifest-gate: ${FILE}:1: fail-on`,
      `manifest-gate: ${FILE}:3: rules.secret-plaintex`,
    ]);
  });

  it('reads --config and applies its settings', () => {
    const secretYaml = 'apiVersion: v1\nkind: Secret\nmetadata: {name: a}\nstringData:\n  password: Wb2-ledge-Kt66\n';
    const dir = tempRepo({ 'gate.yml': 'rules:\n  secret-plaintext: warning\n', 'a.yaml': secretYaml });
    expect(cli(dir, 'scan').status).toBe(1);
    expect(cli(dir, 'scan', '--config', 'gate.yml').status).toBe(0);
    expect(cli(dir, 'scan', '--config', 'gate.yml', '--fail-on', 'warning').status).toBe(1);
  });
});

describe('options of the registered rules', () => {
  const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {a: b}\n`;
  it('naming-convention: the pattern is checked when the file is read, then applied', () => {
    const dir = tempRepo({ 'gate.yml': "rules:\n  naming-convention:\n    severity: error\n    options: {pattern: '^[a-z]+-(dev|prod)$', kinds: [ConfigMap]}\n", 'a.yaml': cm('shop-prod'), 'b.yaml': cm('Shop') });
    const run = cli(dir, 'scan', '--config', 'gate.yml', '--format', 'json');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { ruleId: string; file: string }) => [f.ruleId, f.file])).toEqual([['naming-convention', 'b.yaml']]);
    expect(mistakes("rules:\n  naming-convention:\n    options: {pattern: '([a-z', kind: [ConfigMap]}\n")).toEqual([
      `${FILE}:3: rules.naming-convention.options.pattern: "([a-z" is not a valid regular expression: Unterminated character class`,
      `${FILE}:3: rules.naming-convention.options.kind: unknown option; allowed: pattern, kinds`,
    ]);
  });
});
