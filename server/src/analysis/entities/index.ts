export { recognizeEntities, NerEngine, nerEngine } from './tagger';
export { isGivenName, isKnownName, isOrdinaryWord, isAttestedWord } from './knownWords';
export * from './resolve';
