import type { Rule } from './types.js';

/** A rule crashed on a document: a bug in manifest-gate, reported so that it never passes silently. */
export const internalError: Rule = {
  meta: {
    id: 'internal-error',
    title: 'A rule failed on this document',
    defaultSeverity: 'error',
    messages: {
      crashed: 'Rule {rule} failed on this document ({error}), so this object was not fully checked; the other rules and files were. Please report it.',
    },
    remediation: 'Report this to the manifest-gate maintainers with the object (values removed); suppress it meanwhile if you must.',
    crossReferences: [],
  },
  target: { roles: [] },
  check: () => [],
};
