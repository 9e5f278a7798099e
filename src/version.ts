declare const MANIFEST_GATE_VERSION: string | undefined;

/** The tool's version, stamped into the bundle at build time ("dev" when run from source). */
export const VERSION: string = typeof MANIFEST_GATE_VERSION === 'string' ? MANIFEST_GATE_VERSION : 'dev';

/** The tool's name and version as reports carry them. */
export const TOOL = { name: 'manifest-gate', version: VERSION };
