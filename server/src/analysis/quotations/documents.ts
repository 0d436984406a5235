/**
 * Documents as the source of what they say: "Article 2 of the Charter states: ‘…’", "resolution
 * 242 (1967) calls for ‘…’", "the Final Document of which stated: ‘…’".
 */
import { OBJECT_PREPOSITIONS, PREPOSITIONS } from './reporting';

/** Verbs by which a document says what it says ("the Charter states", "the resolution calls for", "Article 2 provides"). */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set([
  'states', 'stated', 'says', 'said', 'provides', 'provided', 'stipulates', 'stipulated', 'calls', 'called', 'reads', 'read', 'enjoins', 'enjoined',
  'proclaims', 'proclaimed', 'affirms', 'affirmed', 'reaffirms', 'reaffirmed', 'declares', 'declared', 'recognizes', 'recognises', 'recognized', 'recognised',
  'requests', 'requested', 'demands', 'demanded', 'urges', 'urged', 'notes', 'noted', 'emphasizes', 'emphasises', 'emphasized', 'emphasised', 'stresses',
  'stressed', 'expresses', 'expressed', 'speaks', 'spoke', 'refers', 'referred', 'prescribes', 'prescribed', 'obliges', 'commits', 'enshrines', 'tells', 'reminds',
  'establishes', 'established', 'sets', 'lays', 'laid', 'determines', 'determined', 'decides', 'decided', 'condemns', 'condemned',
]);

/** Names of documents that may be quoted as the source of their words. */
const DOCUMENT_HEAD = String.raw`(?:Charter|Declaration|Convention|Covenant|Treaty|Preamble|Constitution|Protocol|Agreement|Accords?|Statute|Final Document|Final Act|Communiqu[ée]|Programme of Action|Plan of Action|Platform for Action|Manifesto|Pact|Proclamation|Consensus)`;
/**
 * The same in lower case, and texts that speak for someone: only after a determiner or a possessive ("the editorial states", "the Council's
 * charter provides", "That report correctly states:"); the words between are no determiner ("In another of its conclusions the report states").
 */
const DOCUMENT_NOUN = String.raw`(?:charter|declaration|convention|covenant|treaty|preamble|constitution|protocol|agreement|accords?|statute|communiqu[ée]|manifesto|pact|proclamation|editorial|statement|report|letter|message|text|document|resolution|article)`;
const NAMED_DOCUMENT = String.raw`(?:(?:(?:the|its|our|this|that|their)\s+)?(?:[A-Z][\p{L}\-]*(?:['’]s)?\s+(?:(?:of|on|and|for|the)\s+)*){0,6}?${DOCUMENT_HEAD}|(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat|[Tt]heir)\s+(?:(?!(?:the|its|our|this|that|their)\s)[\p{L}\-]+\s+){0,2}?${DOCUMENT_NOUN}|(?:[A-Z][\p{L}\-]*\s+){0,4}?[A-Z][\p{L}\-]*['’]s\s+(?:[\p{L}\p{N}\-]+\s+){0,2}?(?:${DOCUMENT_NOUN}|${DOCUMENT_HEAD}))(?:\s+(?:of|on)\s+(?:the\s+)?[A-Z][\p{L}\-]*(?:\s+(?:of|on|and|the|[A-Z][\p{L}\-]*)){0,8})?`;
const NUMBERED_DOCUMENT = String.raw`(?:(?:Security\s+Council|General\s+Assembly|the|that|this)\s+)?(?:[Rr]esolutions?|[Dd]ecisions?)\s+[\dA-Z][\w\/.\-]*(?:\s*\([\w\s\-.]+\))?(?:\s*(?:,|and)\s*[\dA-Z][\w\/.\-]*(?:\s*\([\w\s\-.]+\))?)*(?:\s+of\s+(?:\d+\s+)?[A-Z][a-z]+\s+\d{4})?`;
const DOCUMENT_PART = String.raw`(?:(?:operative|preambular)\s+)?(?:[Pp]aragraph|[Aa]rticle|[Pp]rinciple|[Ss]ection|[Cc]hapter)\s+[\dIVXLC]+(?:\.\d+)*(?:\s*\(\w+\))?`;
/** A document (or a part of one, "paragraph 2 of article 3", "Article 4.15": seed-259 audit) right before its verb, over "which", "of which" and an adverb. */
const DOCUMENT_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])((?:${DOCUMENT_PART},?\s+(?:of\s+)?)*(?:${NAMED_DOCUMENT}|${NUMBERED_DOCUMENT})(?:,\s*${DOCUMENT_PART})?|(?:${DOCUMENT_PART}\s+of\s+)*${DOCUMENT_PART})` +
    String.raw`\s*,?\s*(?:(?:of\s+)?which\s*,?\s*)?(?:in\s+[^,;:.]{1,60},\s*)?(?:(?:also|further|itself|inter\s+alia|\p{Ll}+ly)\s+)*$`,
  'u',
);

/** The document whose verb starts at `verbStart`, when one ends right before it (after `from`). */
export function documentEndingAt(masked: string, verbStart: number, from: number): { start: number; end: number } | undefined {
  const at = Math.max(from, verbStart - 200);
  const m = DOCUMENT_BEFORE.exec(masked.slice(at, verbStart));
  if (!m) return undefined;
  const start = at + m.index + m[0].indexOf(m[1]);
  // "in reference to the Charter, stated": the document is an object, not the subject (unless of "which": "contained in Article 2, which enjoins").
  const before = /([\p{L}]+)[^\p{L}]*$/u.exec(masked.slice(Math.max(0, start - 20), start));
  const object = before && (PREPOSITIONS.has(before[1].toLowerCase()) || OBJECT_PREPOSITIONS.has(before[1].toLowerCase()) || before[1].toLowerCase() === 'on');
  if (object && !/\bwhich\b/.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length))) return undefined;
  return { start, end: start + m[1].trimEnd().length };
}
