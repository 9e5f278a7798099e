import type { Rule } from './types.js';
import { apiServerRejection, formatBytes, lastAppliedBytes, MAX_ANNOTATION_BYTES } from './sizes.js';

/** An object client-side `kubectl apply` cannot store in its last-applied annotation. */
export const applyAnnotationTooLarge: Rule = {
  meta: {
    id: 'apply-annotation-too-large',
    title: 'Too large for client-side kubectl apply',
    defaultSeverity: 'warning',
    messages: {
      tooLong:
        '{resource} would need {measured} of annotations under client-side kubectl apply (its JSON in last-applied-configuration plus the other annotations); the limit is {limit}, so apply fails with "metadata.annotations: Too long". Use kubectl apply --server-side, or kubectl create/replace.',
    },
    remediation:
      'Apply it with server-side apply (kubectl apply --server-side), or kubectl create/replace, or move the large payload to object storage.',
    crossReferences: [],
  },
  target: {},
  check(doc) {
    // When the API server would refuse the object anyway, object-too-large says so; one finding is enough.
    if (apiServerRejection(doc)) return [];
    const measured = lastAppliedBytes(doc);
    if (measured <= MAX_ANNOTATION_BYTES) return [];
    return [{ messageId: 'tooLong', path: [], onObject: true, params: { measured: formatBytes(measured), limit: formatBytes(MAX_ANNOTATION_BYTES) } }];
  },
};
