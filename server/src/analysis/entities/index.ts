export { NerEngine, nerEngine } from './tagger';
export { recognizeEntities } from './recognize';
export { isGivenName, isKnownName, isKnownBeyondTrainingBody, isOrdinaryWord, isAttestedWord } from './knownWords';
export * from './resolve';
