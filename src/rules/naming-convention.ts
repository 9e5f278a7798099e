import type { Rule } from './types.js';

/** Kubernetes names are at most 253 characters; longer input is not a name worth matching. */
const MAX_NAME = 253;

const compiled = new Map<string, RegExp | Error>();

function patternOf(source: string): RegExp | Error {
  let re = compiled.get(source);
  if (!re) {
    try {
      re = new RegExp(source, 'u');
    } catch (e) {
      re = e instanceof Error ? e : new Error('invalid pattern');
    }
    compiled.set(source, re);
  }
  return re;
}

/** An object name that does not follow the configured convention. */
export const namingConvention: Rule = {
  meta: {
    id: 'naming-convention',
    title: 'Object name does not follow the naming convention',
    defaultSeverity: 'off',
    messages: {
      mismatch: '{resource}: the name {name} does not match the naming convention {pattern}. Rename it.',
      invalidPattern: 'The naming-convention pattern {pattern} is not a valid regular expression; fix options.pattern in the configuration.',
    },
    remediation: 'Rename the object to follow the configured convention (for example appname-env-purpose), or change the pattern.',
    crossReferences: [],
    options: {
      pattern: { type: 'regex', required: true, description: 'The regular expression every object name must match, e.g. ^[a-z0-9]+-(dev|staging|prod)-[a-z0-9-]+$.' },
      kinds: { type: 'string[]', description: 'Only objects of these kinds are checked (default: every kind).' },
    },
  },
  target: {},
  check(doc, ctx) {
    const pattern = ctx.options.pattern;
    if (typeof pattern !== 'string' || pattern === '' || !doc.name) return [];
    const kinds = ctx.options.kinds;
    if (Array.isArray(kinds) && !kinds.includes(doc.kind)) return [];
    const re = patternOf(pattern);
    if (re instanceof Error) return [{ messageId: 'invalidPattern', path: ['metadata', 'name'], params: { pattern } }];
    if (doc.name.length <= MAX_NAME && re.test(doc.name)) return [];
    return [{ messageId: 'mismatch', path: ['metadata', 'name'], params: { name: doc.name.slice(0, MAX_NAME), pattern } }];
  },
};
