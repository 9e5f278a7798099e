import type { Rule } from './types.js';
import { apiServerRejection } from './sizes.js';

/** An object the API server would reject for its size. */
export const objectTooLarge: Rule = {
  meta: {
    id: 'object-too-large',
    title: 'Object exceeds an API server size limit',
    defaultSeverity: 'error',
    messages: {
      configmap: '{resource} holds {measured} bytes of data and binaryData values; the API server rejects a ConfigMap over {limit} bytes.',
      secret: '{resource} holds {measured} bytes of decoded values; the API server rejects a Secret over {limit} bytes.',
      annotations: '{resource} has {measured} bytes of annotations (keys and values); the API server rejects more than {limit}.',
      etcd: '{resource} is {measured} bytes as JSON; etcd refuses requests over {limit} bytes by default.',
    },
    remediation:
      'Split the object, or move the large payload to object storage or a volume (an image, an init container download) and keep only a reference here.',
    crossReferences: [],
  },
  target: {},
  check(doc) {
    const v = apiServerRejection(doc);
    if (!v) return [];
    return [{ messageId: v.messageId, path: [], onObject: true, params: { measured: v.measured, limit: v.limit } }];
  },
};
