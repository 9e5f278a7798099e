export * from './source.js';
export * from './document.js';
export * from './load.js';
