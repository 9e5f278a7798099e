import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { FailOn } from '../domain/index.js';
import type { RuleSetting, RuleSettings } from '../engine/settings.js';
import { RULES } from '../rules/index.js';

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

/** The values `fail-on` accepts. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

/** A configuration mistake: its message names the file, line, key and what is allowed, on one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads a `fail-on` value, or throws a ConfigError naming where it came from. */
export function parseFailOn(value: string, where: string): FailOn {
  if ((FAIL_ON_VALUES as readonly string[]).includes(value)) return value as FailOn;
  throw new ConfigError(`${where}: fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${value.slice(0, 40)}"`);
}

const SEVERITY_VALUES = ['error', 'warning', 'notice', 'off'];
const TOP_KEYS = ['fail-on', 'include', 'exclude', 'rules'];

/** Parses and validates a configuration file's text; every mistake is a ConfigError with file:line. */
export function parseConfig(path: string, text: string): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, version: '1.2' });
  const at = (node: unknown) => {
    const r = (node as YamlNode | undefined)?.range;
    return r ? `${path}:${lines.linePos(r[0]).line}` : path;
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new ConfigError(`${path}:${e.linePos?.[0].line ?? 1}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const config: Config = { ...DEFAULT_CONFIG, rules: {} };
  if (doc.contents === null) return config;
  if (!isMap(doc.contents)) throw new ConfigError(`${at(doc.contents)}: the configuration must be a mapping of ${TOP_KEYS.join(', ')}`);
  const rules: Record<string, RuleSetting> = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const where = at(pair.key);
    const value = pair.value;
    switch (key) {
      case 'fail-on':
        config.failOn = parseFailOn(isScalar(value) ? String(value.value) : '', `${where}: fail-on`);
        break;
      case 'include':
      case 'exclude':
        config[key] = stringList(value, `${where}: ${key}`);
        break;
      case 'rules':
        if (!isMap(value)) throw new ConfigError(`${where}: rules must map rule ids to a severity (${SEVERITY_VALUES.join(', ')}) or to {severity, options}`);
        for (const rp of value.items) {
          const id = isScalar(rp.key) ? String(rp.key.value) : '';
          const rwhere = at(rp.key);
          if (!RULES.some((r) => r.meta.id === id)) {
            throw new ConfigError(`${rwhere}: rules.${id}: unknown rule id (known: ${RULES.map((r) => r.meta.id).join(', ')})`);
          }
          rules[id] = ruleSetting(rp.value, `${rwhere}: rules.${id}`);
        }
        break;
      default:
        throw new ConfigError(`${where}: unknown key "${key.slice(0, 40)}" (allowed: ${TOP_KEYS.join(', ')})`);
    }
  }
  config.rules = rules;
  return config;
}

function stringList(node: unknown, where: string): string[] {
  if (!isSeq(node) || !node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
    throw new ConfigError(`${where} must be a list of glob strings`);
  }
  return node.items.map((i) => String((i as { value: unknown }).value));
}

function ruleSetting(node: unknown, where: string): RuleSetting {
  if (isScalar(node)) return { severity: severity(String(node.value), where) };
  if (isMap(node)) {
    const out: RuleSetting = {};
    for (const p of node.items) {
      const k = isScalar(p.key) ? String(p.key.value) : '';
      if (k === 'severity') out.severity = severity(isScalar(p.value) ? String(p.value.value) : '', `${where}.severity`);
      else if (k === 'options') {
        const opts = (p.value as { toJSON?: () => unknown } | null)?.toJSON?.();
        if (!opts || typeof opts !== 'object' || Array.isArray(opts)) throw new ConfigError(`${where}.options must be a mapping`);
        out.options = opts as Record<string, unknown>;
      } else throw new ConfigError(`${where}: unknown key "${k.slice(0, 40)}" (allowed: severity, options)`);
    }
    return out;
  }
  throw new ConfigError(`${where} must be a severity (${SEVERITY_VALUES.join(', ')}) or {severity, options}`);
}

function severity(v: string, where: string): RuleSetting['severity'] {
  if (SEVERITY_VALUES.includes(v)) return v as RuleSetting['severity'];
  throw new ConfigError(`${where}: severity must be one of ${SEVERITY_VALUES.join(', ')}, not "${v.slice(0, 40)}"`);
}
