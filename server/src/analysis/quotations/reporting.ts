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
  'speaks', 'spoke', 'speaking', 'referred', 'referring', 'refers', 'reminded', 'reminds', 'affirmed', 'asserted',
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
  'apparently', 'explicitly', 'bluntly', 'angrily', 'pointedly', 'quickly', 'flatly', 'memorably',
]);

/** Words that begin a noun phrase naming a speaker ("the minister", "a spokesman for the firm"). */
export const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'another', 'our', 'my']);
