export { recognizeEntities, isGivenName, isKnownName, isOrdinaryWord, NerEngine, nerEngine } from './tagger';
export * from './resolve';
