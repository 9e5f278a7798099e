import type { Rule } from './types.js';

/** A Helm or Go template: said once per file so that nothing is skipped silently. */
export const manifestTemplateSkipped: Rule = {
  meta: {
    id: 'manifest-template-skipped',
    title: 'Template not scanned',
    defaultSeverity: 'notice',
    messages: {
      skipped: 'This file was not scanned because {reason}; render it (helm template, kustomize build) and scan the output.',
    },
    remediation: 'Scan rendered output in CI (for example `helm template … | tee rendered.yaml`), or exclude the templates folder.',
    crossReferences: [],
  },
  target: { roles: [] },
  check: () => [],
};
