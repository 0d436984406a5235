export { NerEngine, nerEngine } from './tagger';
export { recognizeEntities } from './recognize';
export { isGivenName, isKnownName, isOrdinaryWord, isAttestedWord } from './knownWords';
export * from './resolve';
