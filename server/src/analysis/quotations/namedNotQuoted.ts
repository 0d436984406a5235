/**
 * Quoted words that name something rather than quote anyone: a title in title case (a seminar on
 * “The Interrelationship between Disarmament Problems and Development”), a theme ("the theme of the
 * sixty-first session “Implementing a global partnership for development”": reporting.ts's
 * TITLE_BEFORE), labels in a list (“dual decisions”, alleged “zero options”, “interim solutions” or
 * “global ceilings”), a coinage ("what we call in Africa today “the spirit of Rabat”"), a concept
 * ("the policy of “ethnic cleansing”"), a scheme's name ("the operation called “…”", "the “…” programme")
 * and a word mentioned ("We say “yes” to peace"). Seen among the wrong quotations of the seed-131
 * audit and on ung20. Not a sentence or a slogan in title case ("“We the Peoples of the United
 * Nations”", "“Motherland or Death!”": seed-149 audit).
 */
import { REPORTING_VERBS } from './reporting';
import { wordsIn } from './clauses';

/** Small words a title keeps in lower case. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'nor', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'into', 'between', 'among', 'through', 'towards',
  'toward', 'against', 'under', 'its', 'their', 'our', 'as', 'via', 'vs', 'de', 'la', 'le', 'et', 'du', 'des',
]);
/** Pronouns that open a sentence, not a title. */
const SENTENCE_SUBJECTS: ReadonlySet<string> = new Set(['We', 'I', 'You', 'They', 'He', 'She']);
/** Verbs that make quoted words a sentence someone said. */
const SENTENCE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'will', 'shall', 'must', 'can', 'cannot', 'has', 'have', 'do', 'does', 'let']);
/** Longest title taken (words): a longer quotation in capitals is a headline or a transcript's shouting, not a title. */
const MAX_TITLE_WORDS = 16;
/** Longest label of a quoted list (words). */
const MAX_LABEL_WORDS = 4;
/** Between two labels of a list: a comma, "and" or "or", and at most one lower-case word ("alleged"). */
const LIST_GAP = /^\s*[,;]?\s*(?:(?:and|or|nor)\s+)?(?:(\p{Ll}[\p{Ll}\-]*)\s+)?$/u;
/** "what we call in Africa today ‘…’", "what I would term ‘…’": the speaker's own name for something, a few words after the verb. */
const WHAT_WE_CALL = /\bwhat\s+(?:I|we)\s+(?:\w+\s+)?(?:call|term|name|dub)(?:\s+[\p{L}\-]+){0,4}\s*[,:]?\s*$/iu;
/** "the repugnant policy of “ethnic cleansing”", "the concept of “the common heritage of mankind”": a concept named. */
const CONCEPT_OF = /\b(?:policy|policies|concept|notion|doctrine|principle|idea|theory|philosophy|slogan|approach|formula|maxim|paradigm)\s+of\s+(?:(?:the|a|an)\s+)?$/i;
/** What a scheme's name follows or precedes: "the operation called “one village, one primary health care unit”", "the policy of “quiet diplomacy …”", "the “Oil for Food” programme". */
const SCHEME = String.raw`(?:programmes?|programs?|reforms?|initiatives?|plans?|projects?|operations?|campaigns?|strateg(?:y|ies)|polic(?:y|ies)|schemes?|movements?)`;
const SCHEME_NAMED_BEFORE = new RegExp(String.raw`\b${SCHEME}\s+(?:(?:called|named|known\s+as|dubbed|of)\s*,?\s*)$`, 'i');
const SCHEME_AFTER = new RegExp(String.raw`^\s*${SCHEME}\b`, 'i');
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|our|his|her|this|that)\s+(?:[\p{L}\-]+\s+){0,2}$/iu;
/** Longest scheme's name (words). */
const MAX_SCHEME_WORDS = 12;
/** Longest coinage after "what we call", or concept's name (words). */
const MAX_COINAGE_WORDS = 6;
/** Words mentioned as words, not said: "We say “yes” to peace", "we say “No” to the Bantustan" (not an answer: "“No”, we were told"). */
const MENTIONED_WORD = /^["“‘']\s*(?:yes|no)\s*["”’']$/i;
const SAY_BEFORE = /\bsa(?:y|ys|id|ying)\s*$/i;
const TO_AFTER = /^\s*to\b/i;

/** A title in title case: at least two capitalised words, every word capitalised but small ones. */
export function isTitleCase(inner: string): boolean {
  const words = inner.match(/\p{L}[\p{L}\p{N}'’\-]*/gu) ?? [];
  if (words.length > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(words[0] ?? '') || /[.!?]\s*\S/u.test(inner)) return false;
  // "“Motherland or Death!”", "“We the Peoples of the United Nations”": an exclamation, or words a subject opens, are said, not a title.
  if (/!/.test(inner) || SENTENCE_SUBJECTS.has(words[0] ?? '') || words.some((w) => SENTENCE_VERBS.has(w.toLowerCase()))) return false;
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return content.length >= 2 && content.every((w) => /^\p{Lu}/u.test(w));
}

/** Is the quoted span `i` of `spans` one of two or more short labels in a row ("dual decisions", alleged "zero options")? */
function isListedLabel(text: string, spans: readonly { start: number; end: number }[], i: number): boolean {
  const short = (k: number) => k >= 0 && k < spans.length && wordsIn(text, spans[k].start + 1, spans[k].end - 1).length <= MAX_LABEL_WORDS;
  const joined = (a: number, b: number) => {
    const m = LIST_GAP.exec(text.slice(spans[a].end, spans[b].start));
    return !!m && !(m[1] && REPORTING_VERBS.has(m[1]));
  };
  return short(i) && ((short(i - 1) && joined(i - 1, i)) || (short(i + 1) && joined(i, i + 1)));
}

/** Does the quoted span `i` name something (a title, a label, a coinage, a word) rather than quote anyone? */
export function namesNotQuotes(text: string, spans: readonly { start: number; end: number }[], i: number): boolean {
  const { start, end } = spans[i];
  const inner = text.slice(start + 1, end - 1);
  const mentioned = MENTIONED_WORD.test(text.slice(start, end)) && (SAY_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || TO_AFTER.test(text.slice(end, end + 10)));
  if (mentioned || isTitleCase(inner) || isListedLabel(text, spans, i)) return true;
  const before = text.slice(Math.max(0, start - 80), start);
  const scheme = SCHEME_NAMED_BEFORE.test(before) || (SCHEME_AFTER.test(text.slice(end, end + 20)) && DETERMINER_BEFORE.test(before));
  if (scheme && wordsIn(text, start + 1, end - 1).length <= MAX_SCHEME_WORDS) return true;
  return wordsIn(text, start + 1, end - 1).length <= MAX_COINAGE_WORDS && (WHAT_WE_CALL.test(before) || CONCEPT_OF.test(before));
}

/** Longest quoted title or motto an unattributed quotation may be taken for (words). */
const MAX_NAMED_WORDS = 30;
/** A work whose title follows: "in his article “The reality and the guarantees of a secure world”". */
const WORK_BEFORE = /\b(?:article|essay|treatise|pamphlet|book|novel|poem|play|film|documentary|publication)\s*,?\s*$/i;
/** A meeting or text on a subject its title names: "the high-level meeting on “Africa's development needs: …”". */
const EVENT_ON = /\b(?:meeting|conference|summit|seminar|symposium|workshop|colloquium|forum|dialogue|debate|round[\s-]?table|panel|congress|resolution|declaration|year|decade|campaign)\s+(?:on|entitled|titled)\s*[,:]?\s*$/i;
/** A theme or motto announced a few words before: "The theme you have chosen for this year's general debate — “…”", "Our banner is, and always will be, “…”". */
const THEME_BEFORE = /\b(?:theme|topic|motto|slogan|banner|watchword|rallying[\s-]cry|battle[\s-]cry)\b([^.;:!?"“”]{0,80}?)(?:\s[—–-]|[—–:,]|\bis|\bwas|\bbe)\s*$/iu;
/** Naming verbs right before a name: "South Africa's brand of cooperation, styled “Constellation of southern African States”". */
const STYLED_BEFORE = /\b(?:styled|so-styled|christened|dubbed|named|called|termed|known\s+as|labell?ed|branded)\s*,?\s*(?:(?:the|a|an)\s+)?$/i;
/** Words that name quoted phrases as labels: "such labels as “fighting aggression”, “defence of the right to self-determination”". */
const LABELS_AS = /\b(?:labels?|slogans?|catchwords?|watchwords?|epithets?|pretexts?|banners?)\s+(?:such\s+)?(?:as|like)\s*$/i;

/**
 * Does the quoted span `i`, which nobody is said to have said, name something by the words around
 * it: a work's or a meeting's title ("in his article “…”", "the high-level meeting on “…”"), a theme
 * or motto ("The theme you have chosen … — “…”", "Our banner is … “…”"), a name given ("styled
 * “…”"), a label of a list ("such labels as “…”, “…”")? Seen among the wrong quotations of the
 * seed-229 audit; only for quotations without a speaker (“…”, which X called: X's words stay his).
 */
export function namesThingUnattributed(text: string, spans: readonly { start: number; end: number }[], i: number): boolean {
  const { start, end } = spans[i];
  const inner = text.slice(start + 1, end - 1);
  if (wordsIn(text, start + 1, end - 1).length > MAX_NAMED_WORDS) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  const capitalised = /^\s*\p{Lu}/u.test(inner);
  if (capitalised && (WORK_BEFORE.test(before) || EVENT_ON.test(before) || STYLED_BEFORE.test(before))) return true;
  const theme = THEME_BEFORE.exec(before);
  if (theme && !(theme[1].match(/\p{L}+/gu) ?? []).some((w) => REPORTING_VERBS.has(w.toLowerCase()))) return true;
  // The first label of the list and those joined to it by commas and "and"/"or".
  for (let k = i; k >= 0; k--) {
    if (LABELS_AS.test(text.slice(Math.max(0, spans[k].start - 40), spans[k].start))) return true;
    if (k === 0 || !/^\s*,?\s*(?:(?:and|or)\s+)?$/.test(text.slice(spans[k - 1].end, spans[k].start))) return false;
  }
  return false;
}
