export * from './json.js';
export * from './text.js';
export * from './sarif.js';
