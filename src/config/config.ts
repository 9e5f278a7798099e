import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { FailOn } from '../domain/index.js';
import type { RuleSetting, RuleSettings } from '../engine/settings.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleOptionSpec } from '../rules/types.js';

/** Everything a run is tuned by: the gate, the paths, the rules. */
export interface Config {
  failOn: FailOn;
  /** Globs (minimatch, repository-relative) a file must match to be scanned; empty means every manifest. */
  include: string[];
  /** Globs of files never scanned. */
  exclude: string[];
  rules: RuleSettings;
}

/** The configuration a run uses when nothing is configured. */
export const DEFAULT_CONFIG: Config = { failOn: 'error', include: [], exclude: [], rules: {} };

/** Where the configuration file is looked for when none is named. */
export const DEFAULT_CONFIG_PATH = '.github/manifest-gate.yml';

/** The values `fail-on` accepts. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

/** The values a rule's setting (or its `severity`) accepts: a severity, or on/off. */
export const RULE_SETTING_VALUES = ['error', 'warning', 'notice', 'on', 'off'] as const;

/** The keys of the configuration file. */
export const TOP_KEYS = ['fail-on', 'include', 'exclude', 'rules'] as const;

/** The keys of a rule's setting when it is a mapping. */
export const RULE_KEYS = ['severity', 'options'] as const;

/**
 * A configuration mistake. Its message has one line per mistake, each naming the file, line and key
 * and what is allowed (`.github/manifest-gate.yml:4: rules.secret-plaintext: severity must be one of …`).
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** One entry per mistake, in file order. */
  readonly problems: readonly string[];
  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('\n'));
    this.problems = list;
  }
}

/** Reads a `fail-on` value, or throws a ConfigError naming where it came from. */
export function parseFailOn(value: string, where: string): FailOn {
  if ((FAIL_ON_VALUES as readonly string[]).includes(value)) return value as FailOn;
  throw new ConfigError(`${where}: fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${shown(value)}"`);
}

/**
 * Parses and validates a configuration file's text. Every mistake is found, not just the first: the
 * ConfigError lists them all, each with file:line, the key and the allowed values.
 */
export function parseConfig(path: string, text: string, rules: readonly Rule[] = RULES): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, version: '1.2', uniqueKeys: true });
  const at = (node: unknown): string => {
    const r = (node as YamlNode | undefined)?.range;
    return r ? `${path}:${lines.linePos(r[0]).line}` : `${path}:1`;
  };
  if (doc.errors.length) {
    throw new ConfigError(doc.errors.map((e) => `${path}:${e.linePos?.[0].line ?? 1}: not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`));
  }
  const problems: string[] = [];
  const config: Config = { ...DEFAULT_CONFIG, include: [], exclude: [], rules: {} };
  if (doc.contents === null) return config;
  if (!isMap(doc.contents)) throw new ConfigError(`${at(doc.contents)}: the configuration must be a mapping with the keys ${TOP_KEYS.join(', ')}`);
  const settings: Record<string, RuleSetting> = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const where = at(pair.key);
    const value = pair.value;
    switch (key) {
      case 'fail-on': {
        const v = isScalar(value) ? String(value.value) : '';
        if ((FAIL_ON_VALUES as readonly string[]).includes(v)) config.failOn = v as FailOn;
        else problems.push(`${at(value ?? pair.key)}: fail-on: must be one of ${FAIL_ON_VALUES.join(', ')}, not ${describe(value)}`);
        break;
      }
      case 'include':
      case 'exclude': {
        const list = stringList(value);
        if (list) config[key] = list;
        else problems.push(`${at(value ?? pair.key)}: ${key}: must be a list of glob strings (e.g. ["deploy/**"]), not ${describe(value)}`);
        break;
      }
      case 'rules':
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) {
          problems.push(`${at(value ?? pair.key)}: rules: must map rule ids to ${RULE_SETTING_VALUES.join(', ')} or to {${RULE_KEYS.join(', ')}}`);
          break;
        }
        for (const rp of value.items) {
          const id = isScalar(rp.key) ? String(rp.key.value) : '';
          const rule = rules.find((r) => r.meta.id === id);
          if (!rule) {
            const hint = closest(id, rules.map((r) => r.meta.id));
            problems.push(`${at(rp.key)}: rules.${shown(id)}: unknown rule id${hint ? ` (did you mean ${hint}?)` : ''}; allowed: ${rules.map((r) => r.meta.id).join(', ')}`);
            continue;
          }
          const setting = ruleSetting(rule, rp.value, at(rp.value ?? rp.key), `rules.${id}`);
          if (setting) settings[id] = setting;
          // A rule switched on without an option it cannot work without would silently do nothing.
          const on = setting && (setting.enabled || (setting.severity ? setting.severity !== 'off' : rule.meta.defaultSeverity !== 'off'));
          if (on) {
            const given = optionNames(rp.value);
            for (const [name, spec] of Object.entries(rule.meta.options ?? {})) {
              if (spec.required && !given.has(name)) {
                problems.push(`${at(rp.key)}: rules.${id}: option ${name} is required when the rule is on (${spec.description})`);
              }
            }
          }
        }
        break;
      default: {
        const hint = closest(key, TOP_KEYS);
        problems.push(`${where}: ${shown(key)}: unknown key${hint ? ` (did you mean ${hint}?)` : ''}; allowed: ${TOP_KEYS.join(', ')}`);
      }
    }
  }
  if (problems.length) throw new ConfigError(problems);
  config.rules = settings;
  return config;

  /** The option names written under a rule's `options:`, valid or not. */
  function optionNames(node: unknown): Set<string> {
    const options = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === 'options')?.value : undefined;
    return new Set(isMap(options) ? options.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : []);
  }

  function ruleSetting(rule: Rule, node: unknown, where: string, key: string): RuleSetting | undefined {
    if (isScalar(node)) return level(node.value, where, key);
    if (!isMap(node)) {
      problems.push(`${where}: ${key}: must be one of ${RULE_SETTING_VALUES.join(', ')} or a mapping with ${RULE_KEYS.join(', ')}`);
      return undefined;
    }
    let out: RuleSetting = {};
    for (const p of node.items) {
      const k = isScalar(p.key) ? String(p.key.value) : '';
      const kWhere = at(p.key);
      if (k === 'severity') {
        const l = level(isScalar(p.value) ? p.value.value : p.value, at(p.value ?? p.key), `${key}.severity`);
        if (l) out = { ...out, ...l };
      } else if (k === 'options') {
        const options = ruleOptions(rule, p.value, kWhere, `${key}.options`);
        if (options) out.options = options;
      } else {
        const hint = closest(k, RULE_KEYS);
        problems.push(`${kWhere}: ${key}.${shown(k)}: unknown key${hint ? ` (did you mean ${hint}?)` : ''}; allowed: ${RULE_KEYS.join(', ')}`);
      }
    }
    return out;
  }

  function level(v: unknown, where: string, key: string): RuleSetting | undefined {
    if (v === true || v === 'on') return { enabled: true };
    if (v === false || v === 'off') return { severity: 'off' };
    if (v === 'error' || v === 'warning' || v === 'notice') return { severity: v };
    problems.push(`${where}: ${key}: must be one of ${RULE_SETTING_VALUES.join(', ')}, not ${describe(v)}`);
    return undefined;
  }

  function ruleOptions(rule: Rule, node: unknown, where: string, key: string): Record<string, unknown> | undefined {
    const specs = rule.meta.options;
    const names = Object.keys(specs ?? {});
    if (!isMap(node)) {
      problems.push(`${where}: ${key}: must be a mapping of option names to values${names.length ? ` (${names.join(', ')})` : ''}`);
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const p of node.items) {
      const name = isScalar(p.key) ? String(p.key.value) : '';
      const value = (p.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null;
      // A rule that declares no options takes none: an option it would never read is a mistake to report.
      const spec = specs?.[name];
      if (!spec) {
        problems.push(`${at(p.key)}: ${key}.${shown(name)}: ${names.length ? `unknown option; allowed: ${names.join(', ')}` : `${rule.meta.id} takes no options`}`);
        continue;
      }
      const mistake = optionMistake(spec, value);
      if (mistake) problems.push(`${at(p.value ?? p.key)}: ${key}.${name}: ${mistake}`);
      else out[name] = value;
    }
    return out;
  }
}

/** Why a value does not fit an option's spec, or undefined when it fits. */
export function optionMistake(spec: RuleOptionSpec, value: unknown): string | undefined {
  const list = spec.type.endsWith('[]');
  const item = spec.type.replace('[]', '');
  const items = list ? value : [value];
  if (list && !Array.isArray(value)) return `must be a list of ${item === 'regex' ? 'regular expressions' : `${item}s`}, not ${describe(value)}`;
  for (const v of items as unknown[]) {
    if (item === 'number') {
      if (typeof v !== 'number' || !Number.isFinite(v)) return `must be a number, not ${describe(v)}`;
      if (spec.minimum !== undefined && v < spec.minimum) return `must be at least ${spec.minimum}, not ${v}`;
    } else if (item === 'boolean') {
      if (typeof v !== 'boolean') return `must be true or false, not ${describe(v)}`;
    } else if (typeof v !== 'string') {
      return `must be ${item === 'regex' ? 'a regular expression' : 'a string'}${list ? ' in each entry' : ''}, not ${describe(v)}`;
    } else if (item === 'regex') {
      try {
        new RegExp(v, 'u');
      } catch (e) {
        return `"${shown(v)}" is not a valid regular expression: ${(e as Error).message.split(': ').pop()}`;
      }
    }
  }
  return undefined;
}

function stringList(node: unknown): string[] | undefined {
  if (!isSeq(node) || !node.items.every((i) => isScalar(i) && typeof i.value === 'string')) return undefined;
  return node.items.map((i) => String((i as { value: unknown }).value));
}

/** A value as a message shows it: short, quoted, never a whole block. */
function describe(v: unknown): string {
  const value = isScalar(v) ? v.value : v;
  if (value === null || value === undefined) return 'empty';
  if (isMap(value) || (typeof value === 'object' && !Array.isArray(value) && !isSeq(value))) return 'a mapping';
  if (isSeq(value) || Array.isArray(value)) return 'a list';
  return `"${shown(String(value))}"`;
}

function shown(s: string): string {
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

/** The allowed word nearest to a mistyped one, when it is near enough to be a typo. */
function closest(word: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of allowed) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
    }
  }
  return row[b.length];
}
