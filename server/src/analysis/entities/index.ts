export { recognizeEntities, isGivenName, isKnownName, isOrdinaryWord, isAttestedWord, NerEngine, nerEngine } from './tagger';
export * from './resolve';
