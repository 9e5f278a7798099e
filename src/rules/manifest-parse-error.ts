import type { Rule } from './types.js';

/** A file that should be a manifest but cannot be read; the engine reports it, this is its catalogue entry. */
export const manifestParseError: Rule = {
  meta: {
    id: 'manifest-parse-error',
    title: 'Manifest cannot be parsed',
    defaultSeverity: 'error',
    messages: {
      parse: 'This document cannot be read as Kubernetes would read it: {reason}.',
      unreadable: 'This file cannot be scanned: {reason}.',
    },
    remediation: 'Fix the YAML or JSON at this line (kubectl would reject it too), or exclude the file if it is not a manifest.',
    crossReferences: [{ tool: 'kube-linter', id: '(parse failure)' }],
  },
  target: { roles: [] },
  check: () => [],
};
