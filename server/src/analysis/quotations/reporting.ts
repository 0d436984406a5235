/**
 * The words that attribute quoted words to someone: reporting verbs ("said", "warned",
 * "described … as"), and the noun phrases and pronouns that name a speaker.
 */

/**
 * Verbs that report what someone said or wrote. Forms that are also common nouns ("states",
 * "notes", "claims", "calls", "remarks") are left out: they would attribute quotes that nobody made.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'warn', 'warned', 'warning', 'warns', 'write', 'writes', 'wrote', 'writing', 'written', 'declare', 'declared', 'declares', 'declaring',
  'stated', 'stating', 'insist', 'insisted', 'insists', 'insisting', 'explain', 'explained', 'explains', 'explaining',
  'noted', 'noting', 'argue', 'argued', 'argues', 'arguing', 'claimed', 'claiming', 'asked', 'asking', 'replied', 'replying', 'answered',
  'continued', 'concluded', 'announced', 'announces', 'urged', 'urges', 'urging', 'acknowledged', 'admitted', 'admits', 'conceded',
  'suggested', 'suggests', 'stressed', 'stresses', 'stressing', 'emphasised', 'emphasized', 'commented', 'remarked', 'recalled', 'recalls',
  'describe', 'described', 'describes', 'describing', 'call', 'called', 'calling', 'branded', 'branding', 'brands', 'dubbed', 'dubbing', 'labelled', 'labeled', 'labelling', 'labeling',
  'termed', 'terming', 'tweeted', 'posted', 'quipped', 'joked', 'complained', 'complains', 'vowed', 'vows', 'promised', 'promises', 'pledged',
  'predicted', 'predicts', 'cautioned', 'maintained', 'maintains', 'observed', 'responded', 'retorted', 'countered', 'boasted', 'confirmed',
  'denied', 'alleged', 'alleges', 'accused', 'accusing', 'charged', 'reiterated', 'proclaimed', 'shouted', 'demanded', 'demanding', 'condemned',
  'likened', 'likening', 'likens', 'compared', 'comparing', 'characterised', 'characterized', 'hailed', 'praised', 'dismissed', 'criticised', 'criticized',
  'blamed', 'quoted', 'quoting', 'cited', 'citing', 'reported', 'reports', 'announcing', 'predicting', 'promising', 'pledging', 'vowing',
  'thanked', 'welcomed', 'praise', 'praises', 'slammed', 'attacked', 'mocked', 'insisting',
  'denounced', 'denouncing', 'decried', 'lambasted', 'protested', 'chanted', 'chanting', 'shouting', 'pleaded', 'appealed',
  'speaks', 'spoke', 'speaking', 'referred', 'referring', 'refers', 'reminded', 'reminds', 'affirmed', 'affirms', 'asserted', 'asserts', 'instructs', 'instructed',
  // "As the Secretary-General acknowledges in his report:" (seed-229 audit).
  'acknowledges',
  // "Referring to the Act of Independence …, he exclaimed:" (seed-923 audit's sample), "As Mahatma Gandhi once admonished,",
  // "As has been indicated by the United Nations Sudano-Sahelian Office:" (ung20).
  'exclaimed', 'admonished', 'indicated',
  // "the Secretary-General mentions the “…”", "he urgently requested Israel to “…”", "they reaffirmed “…”" (seed-947 audit).
  'mentions', 'mentioned', 'requested', 'reaffirmed', 'reaffirms',
]);

/** Pronouns that may stand for a speaker; he and she are resolved to the nearest person before. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Plural nouns that name an unnamed group of sources ("officials said"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'analysts', 'critics', 'experts', 'sources', 'observers', 'residents', 'witnesses', 'police', 'protesters', 'protestors',
  'campaigners', 'diplomats', 'investigators', 'prosecutors', 'doctors', 'economists', 'lawyers', 'leaders', 'ministers', 'officers',
  'opponents', 'supporters', 'reviewers', 'commentators', 'scientists', 'researchers', 'spokesmen', 'delegates', 'activists', 'organisers',
  'organizers', 'authorities', 'unions', 'villagers', 'fans', 'players', 'members', 'people', 'voters', 'insiders', 'aides',
]);

/** Words that may stand between a speaker and the reporting verb ("he also said", "she has warned"). */
export const BETWEEN_SPEAKER_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'previously', 'recently', 'once', 'reportedly', 'repeatedly',
  'again', 'publicly', 'famously', 'been', 'subsequently', 'earlier', 'further', 'simply', 'privately', 'openly', 'allegedly', 'even',
  'himself', 'herself', 'themselves', 'itself', 'would', 'will', 'could', 'did', 'does', 'do', 'not', 'never', 'often',
  'apparently', 'explicitly', 'bluntly', 'angrily', 'pointedly', 'quickly', 'flatly', 'memorably', 'yourself', 'yourselves', 'myself', 'ourselves',
]);

/** Reporting verbs of two words, by their first: "pointed out" (the particle follows the verb). */
export const PHRASAL_REPORTING_VERBS: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['pointing', 'out'],
  // "we made clear that:" (seed-259 audit).
  ['made', 'clear'], ['make', 'clear'], ['makes', 'clear'],
]);

/** Words that begin a noun phrase naming a speaker ("the minister", "a spokesman for the firm"). */
export const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'another', 'our', 'my']);

/** Words before which a reporting verb's form is a noun ("no praise", "such calls"). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['no', 'such', 'any', 'every', 'these', 'those', 'this', 'of']);

/** Naming verbs: "a new era called the “post-industrial era”" names a thing; only someone named is its speaker. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'calling', 'termed', 'dubbed', 'labelled', 'labeled', 'named', 'known', 'branded']);

/** Conjunctions after a quote that open a clause of its own. */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'whereas', 'although', 'though', 'while', 'yet']);

/** Passive verbs whose subject is the speaker ("the captain was quoted as saying"). */
export const SUBJECT_QUOTED: ReadonlySet<string> = new Set(['quoted', 'reported', 'cited']);

/** Reporting verbs that, before "to", report an act rather than words. */
export const TO_VERBS: ReadonlySet<string> = new Set(['requested', 'continued', 'promised', 'promises', 'pledged', 'vowed', 'vows', 'urged', 'demanded', 'appealed', 'referred', 'refers', 'referring']);

/** Titles written as abbreviations before a name ("Dr. King"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'messrs', 'mme', 'st']);

/** Words after which a speaker's noun phrase has ended ("said the minister on Monday"). */
export const ENDS_NOUN_PHRASE: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'to', 'who', 'which', 'that', 'when', 'after', 'before', 'during', 'last', 'yesterday', 'today', 'this', 'while',
  'as', 'and', 'but', 'in', 'from', 'with', 'recently', 'earlier', 'later', 'told', 'adding', 'saying', 'if', 'because',
]);

/** Prepositions whose object is not the subject of the verb after it. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'by', 'against', 'about', 'than', 'between']);

export const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'of', 'at', 'for', 'near', 'across', 'outside', 'inside']);

/** Words that open a sentence in capitals without naming anyone. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'this', 'that', 'it', 'in', 'on', 'as', 'so', 'yet', 'then', 'when', 'if', 'while', 'after', 'before', 'however', 'instead',
  'now', 'again', 'here', 'thus', 'indeed', 'today', 'therefore', 'moreover', 'furthermore', 'finally', 'also', 'hence',
]);

/** Times that may stand between a speaker and the verb ("Trump on Monday suggested"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'weekend',
]);
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'in', 'early', 'late', 'next']);

/** Nouns for what someone said, before "of" or "by" and the one who said it ("the words of", "the dictum of Pascal", "an observation by"). */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'words', 'dictum', 'observation', 'admonition', 'warning', 'remark', 'remarks', 'statement', 'declaration', 'message', 'appeal', 'saying', 'maxim',
  'advice', 'exhortation', 'reminder', 'assertion', 'affirmation', 'plea', 'injunction', 'motto', 'verdict', 'phrase',
  'sentence', 'thoughts', 'teaching', 'teachings',
  // "the comment made by the Secretary-General in his report, that" (seed-259 audit).
  'comment', 'comments',
  // "a quotation from His Holiness John Paul II:", "a verse from the Holy Koran:" (ung20).
  'quotation', 'quotations', 'verse', 'verses',
  // "to borrow the language of the late Indian poet Rabindranath Tagore:" (seed-947 audit).
  'language',
]);

/** Participles between a report noun and "by" its maker ("the observation made by"). */
// "To use the words employed by the Secretary-General in this Assembly, …" (seed-923 audit).
export const MADE: ReadonlySet<string | undefined> = new Set(['made', 'expressed', 'voiced', 'uttered', 'delivered', 'given', 'used', 'employed']);

/**
 * Nouns for what someone said after a possessive that names the one who said it ("the
 * Secretary-General's admonition that “…”", "in Truman's words, “…”", "the President's view that:").
 */
export const POSSESSED_REPORT_NOUNS: ReadonlySet<string> = new Set([...REPORT_NOUNS, 'view', 'views', 'conclusion', 'assessment', 'finding', 'findings', 'belief', 'conviction', 'call', 'reminder', 'comment', 'comments']);

/**
 * Words right before a title in quotes: "the document entitled “An Agenda for Peace”", "an item
 * entitled: “…”", "This year’s theme, “…”", "under the slogan “…”", "the new report, “…”" (not
 * "the report: “…”", which quotes it), an event's theme ("the theme of the sixty-first session “…”");
 * a document after "described in" ("the lines described in the 1992 “…”").
 */
export const TITLE_BEFORE = /\b(?:(?:entitled|titled|headed|headlined|captioned|codenamed|code-named|nicknamed)\s*[:,]?|(?:theme|slogan|motto|title|topic|report|book|song|poem|film|novel)(?:\s+(?:of|for)\s+(?:(?:the|this|that|our|its|their)\s+)?(?:[\w\-]+\s+){0,3}?(?:session|conference|summit|meeting|year|day|debate|decade|seminar|symposium|forum|campaign|celebration|observance|anniversary|event|dialogue)(?:\s+of\s+the(?:\s+[\w\-]+){1,3})?)?(?:\s+(?:of|is|was|should be|will be))?\s*,?|(?:described|set out|contained|outlined|defined|reflected|enshrined|embodied)\s+in(?:\s+(?:the|its|his|her|their|this|our|\d{4})){0,2})\s*$/i;

/** A naming verb right before quoted words. */
export const OWN_NAMING_BEFORE = /\b(?:call|called|term|termed|dub|dubbed|name|named|label|labelled|labeled)\s+(?:(?:it|them|this|that|the|a|an)\s+)?$/i;

/**
 * Nouns that make a description a person ("a distinguished Guatemalan poet", "an American
 * academic"): the speaker is the person described, not the group or place an adjective names.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'poet', 'poetess', 'academic', 'writer', 'author', 'leader', 'philosopher', 'thinker', 'scholar', 'statesman', 'stateswoman', 'historian',
  'novelist', 'playwright', 'journalist', 'scientist', 'economist', 'sage', 'prophet', 'hero', 'heroine', 'diplomat', 'politician', 'professor',
  'humanist', 'theologian', 'priest', 'bishop', 'saint', 'revolutionary', 'patriot', 'essayist', 'dramatist', 'composer', 'singer',
]);

/** Verbs that open a clause: a phrase holding one before a reporting verb is no noun phrase ("the Sea has just concluded"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do',
]);

/** Words that strengthen the adverb before a reporting verb ("Mother Teresa so gently reminded us"). */
export const INTENSIFIERS: ReadonlySet<string> = new Set(['so', 'very', 'most', 'quite', 'rather', 'too', 'more', 'less']);
