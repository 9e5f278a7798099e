export * from './finding.js';
export * from './redacted.js';
export * from './fingerprint.js';
export * from './rule-info.js';
