import type { Rule } from './types.js';

/**
 * A suppression that suppresses nothing: the engine's suppression step reports it (src/engine/suppress.ts),
 * this is its catalogue entry.
 */
export const suppressionInvalid: Rule = {
  meta: {
    id: 'suppression-invalid',
    title: 'Suppression suppresses nothing',
    defaultSeverity: 'warning',
    messages: {
      malformed: 'This manifest-gate comment is not a suppression manifest-gate can read, so it suppresses nothing.',
      'no-reason': 'The suppression of {rules} gives no reason, so it suppresses nothing.',
      'unknown-rule': 'The suppression names "{rule}", which is not a manifest-gate rule, so it suppresses nothing.',
      'bad-date': 'The suppression of {rules} has an expiry date that is not a YYYY-MM-DD date, so it suppresses nothing.',
      expired: 'The suppression of {rules} expired on {until}, so it suppresses nothing.',
      misplaced: '{resource}: suppression annotations under {where} are not read, so they suppress nothing.',
      orphan: '{resource}: {key} is set without manifest-gate.io/ignore, so it suppresses nothing.',
      'unused-comment': 'The suppression of {rules} matches no finding on its line or the next one.',
      'unused-annotation': '{resource}: the suppression of {rules} matches no finding in this object.',
    },
    remediation:
      'Write `# manifest-gate: ignore <rule-id> [until YYYY-MM-DD] -- <reason>` on the finding\'s line or the line above, or put manifest-gate.io/ignore with manifest-gate.io/ignore-reason in the object\'s own metadata.annotations; remove suppressions that no longer match a finding.',
    crossReferences: [],
  },
  target: { roles: [] },
  check: () => [],
};
