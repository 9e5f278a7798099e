export * from './base64.js';
export * from './embedded.js';
export * from './formats.js';
export * from './free-text.js';
export * from './keys.js';
export * from './placeholders.js';
export * from './judge.js';
