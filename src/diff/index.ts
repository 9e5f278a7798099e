export * from './patch.js';
export * from './classify.js';
