export { recognizeEntities, isKnownName, NerEngine, nerEngine } from './tagger';
export * from './resolve';
