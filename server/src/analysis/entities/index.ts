export { recognizeEntities, NerEngine, nerEngine } from './tagger';
export * from './resolve';
