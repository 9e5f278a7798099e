import type { Rule } from './types.js';
import { apiServerRejection, formatBytes } from './sizes.js';

/** An object the API server would reject for its size. */
export const objectTooLarge: Rule = {
  meta: {
    id: 'object-too-large',
    title: 'Object exceeds an API server size limit',
    defaultSeverity: 'error',
    messages: {
      configmap:
        '{resource} holds {measured} of data and binaryData values; the API server rejects a ConfigMap over {limit}. Split it, or move the payload to object storage or an image and keep a reference here.',
      secret:
        '{resource} holds {measured} of decoded values; the API server rejects a Secret over {limit}. Split it, or keep the large file outside Kubernetes (object storage, a CSI secret store) and mount it.',
      annotations:
        '{resource} has {measured} of annotations (keys plus values); the API server rejects more than {limit}. Move the large annotation into a ConfigMap or the object\'s spec.',
      etcd: '{resource} is {measured} as JSON; etcd refuses requests over {limit} by default. Split the object or move its payload out of the manifest.',
    },
    remediation:
      'Split the object, or move the large payload to object storage or a volume (an image, an init container download) and keep only a reference here.',
    crossReferences: [],
  },
  target: {},
  check(doc) {
    const v = apiServerRejection(doc);
    if (!v) return [];
    return [{ messageId: v.messageId, path: [], onObject: true, params: { measured: formatBytes(v.measured), limit: formatBytes(v.limit) } }];
  },
};
