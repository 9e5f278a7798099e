import type { Rule, RuleOptionSpec } from '../rules/types.js';
import { FAIL_ON_VALUES, RULE_SETTING_VALUES } from './config.js';

/** Where the published schema lives in the repository; editors find it through this URL. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/manifest-gate/manifest-gate/main/schema/manifest-gate.schema.json';

/**
 * The JSON Schema of the configuration file, generated from the rule registry so that it cannot drift
 * from what `parseConfig` accepts (a test compares it with the committed schema/manifest-gate.schema.json).
 */
export function configSchema(rules: readonly Rule[]): object {
  const level = { enum: [...RULE_SETTING_VALUES, true, false] };
  const ruleProperties: Record<string, object> = {};
  for (const rule of rules) {
    const options = rule.meta.options;
    ruleProperties[rule.meta.id] = {
      description: `${rule.meta.title} (default: ${rule.meta.defaultSeverity}). ${rule.meta.remediation}`,
      oneOf: [
        level,
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            severity: level,
            options: options
              ? { type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.entries(options).map(([k, s]) => [k, optionSchema(s)])) }
              : { type: 'object' },
          },
        },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_URL,
    title: 'manifest-gate configuration',
    description: 'The configuration of manifest-gate (.github/manifest-gate.yml).',
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      'fail-on': { description: 'The lowest severity that fails the gate; never makes every run pass.', enum: [...FAIL_ON_VALUES], default: 'error' },
      include: { description: 'Globs (repository-relative) a file must match to be scanned; empty means every manifest.', type: 'array', items: { type: 'string' } },
      exclude: { description: 'Globs of files never scanned (a folder name excludes everything under it).', type: 'array', items: { type: 'string' } },
      rules: { description: 'Per rule: a severity, on or off, or {severity, options}.', type: ['object', 'null'], additionalProperties: false, properties: ruleProperties },
    },
  };
}

function optionSchema(spec: RuleOptionSpec): object {
  const item = (t: string): object =>
    t === 'number' ? { type: 'number', ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}) } : t === 'boolean' ? { type: 'boolean' } : { type: 'string', ...(t === 'regex' ? { format: 'regex' } : {}) };
  const t = spec.type.replace('[]', '');
  return { description: spec.description, ...(spec.type.endsWith('[]') ? { type: 'array', items: item(t) } : item(t)) };
}
