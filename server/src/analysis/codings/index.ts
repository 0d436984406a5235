/** The analysts' own codings: the Web Annotation model, re-anchoring, agreement, import and export. Pure. */
export * from './model';
export * from './annotation';
export { anchorCoding, anchorCodings, findAnchor, retained, type Anchor, type AnchorMethod } from './anchor';
export * from './agreement';
export { codingsCsv } from './csv';
export { importQdpx, utf16Offset, type QdpxImport, type WorkspaceArticle, type KnownCategory } from './qdpxImport';
export { codeProfile, type CodeProfile, type ProfileArticle } from './codeProfile';
