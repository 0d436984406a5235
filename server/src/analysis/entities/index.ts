export { recognizeEntities, isGivenName, isKnownName, NerEngine, nerEngine } from './tagger';
export * from './resolve';
