export * from './json.js';
export * from './text.js';
