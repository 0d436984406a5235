/**
 * The built-in rhetoric lexicon, written for Discourse Lens (curated by hand; frequent
 * candidates were checked against PTC training spans, but no corpus text is included).
 *
 * One entry a string: `canonical|variant|variant...`. Words are matched through `lemma()`
 * (regular plurals fold automatically: "imperialist" also finds "imperialists"), so list only
 * irregular or verb/adjective forms as variants. Multi-word entries match token by token.
 */

export const LEXICON: Readonly<Record<string, readonly string[]>> = {
  'loaded-language': [
    'regime', 'regime change', 'puppet', 'puppet government', 'puppet regime', 'stooge', 'henchman|henchmen', 'paymaster', 'lackey', 'crony|cronies',
    'clique', 'cabal', 'gang', 'thug|thuggish|thuggery', 'mob', 'horde', 'propaganda', 'propaganda machine', 'war machine', 'warmonger|warmongering',
    'slaughter|slaughtered|slaughtering', 'massacre|massacred', 'butcher|butchered|butchery', 'carnage', 'bloodbath', 'bloodthirsty', 'bloody',
    'atrocity', 'brutal|brutally|brutality', 'barbaric|barbarism|barbarity', 'savage|savagely|savagery', 'murderous', 'vicious|viciously',
    'heinous', 'evil', 'wicked', 'sinister', 'nefarious', 'diabolical', 'monstrous', 'monster', 'vile', 'despicable', 'disgusting', 'disgraceful',
    'shameful|shamelessly|shameless', 'outrageous', 'outrage', 'obscene', 'sickening', 'appalling', 'abhorrent', 'deplorable', 'egregious', 'blatant|blatantly', 'flagrant',
    'ludicrous', 'ridiculous', 'absurd', 'laughable', 'preposterous', 'nonsense', 'farce', 'sham', 'charade', 'travesty', 'hoax', 'bogus', 'phony|phoney',
    'lie|lies|lying', 'liar', 'smear|smeared|smearing', 'witch hunt|witch-hunt', 'whitewash|whitewashed', 'crocodile tears', 'fake', 'fake news',
    'crooked', 'corrupt', 'rotten', 'reckless|recklessly', 'pathetic', 'stupid|stupidity', 'idiotic', 'insane', 'crazy', 'hysterical|hysteria',
    'tyranny', 'tyrannical', 'oppressive', 'repressive', 'draconian', 'iron fist', 'jackboot', 'stranglehold',
    'predatory', 'rapacious', 'plunder|plundered|plundering', 'loot|looted|looting', 'pillage',
    'onslaught', 'obliterate|obliterated', 'annihilate|annihilated|annihilation', 'decimate|decimated', 'devastating|devastated|devastation',
    'destroy|destroyed|destroying', 'crush|crushed|crushing', 'smash|smashed', 'pound|pounded|pounding', 'ravage|ravaged',
    'bully|bullying', 'blackmail', 'cowardly|cowardice', 'treachery', 'betrayal|betray|betrayed|betraying', 'stab in the back', 'sell-out|sellout',
    'crocodile', 'vultures', 'parasite|parasitic', 'bloodsucker|bloodsucking', 'scum', 'filth|filthy', 'toxic', 'poisonous', 'venomous',
    'shocking', 'horrific', 'horrifying', 'horrendous', 'terrifying', 'catastrophic', 'disastrous', 'tragic', 'grotesque',
    'hypocrisy', 'hypocrite', 'hypocritical', 'cynical|cynically', 'callous', 'ruthless', 'brazen|brazenly', 'naked aggression',
    'aggression', 'aggressor', 'invader', 'occupier', 'bankrupt', 'reactionary', 'counter-revolutionary', 'rotten deal', 'shameful deal',
  ],
  'name-calling': [
    'imperialist', 'imperialism', 'imperialist power', 'junta', 'fascist', 'neo-fascist', 'fascist gang', 'fascist militia', 'terrorist', 'extremist',
    'radical', 'zealot', 'fanatic', 'jihadist|jihadi', 'thug', 'traitor', 'traitorous', 'treason|treasonous', 'quisling', 'collaborator', 'fifth column', 'fifth columnist',
    'oligarch', 'tyrant', 'dictator', 'despot', 'strongman', 'autocrat', 'warlord', 'criminal', 'war criminal', 'gangster', 'mafia', 'crook',
    'coupist', 'putschist', 'usurper', 'mercenary', 'bandit', 'pirate', 'butcher', 'murderer', 'killer', 'psychopath', 'sociopath', 'lunatic', 'madman',
    'bureaucrat', 'stalinist', 'trotskyist', 'bolshevik', 'commie', 'leftist', 'lefty|lefties', 'libtard', 'snowflake', 'globalist', 'elite', 'elitist',
    'deep state', 'establishment', 'swamp', 'drain the swamp', 'fake leftist', 'useful idiot', 'apologist', 'shill', 'hack', 'mouthpiece', 'sycophant',
    'lapdog', 'poodle', 'puppet master', 'warmonger', 'hawk', 'neocon', 'chauvinist', 'jingoist', 'bigot', 'racist', 'xenophobe', 'islamist', 'infidel',
    'heretic', 'apostate', 'predator', 'pedophile|paedophile', 'degenerate', 'pervert', 'deviant', 'scoundrel', 'villain', 'rogue state', 'rogue', 'pariah',
    'axis of evil', 'evil empire', 'enemy of the people', 'bourgeois', 'capitalist pig', 'blairite', 'demagogue', 'rabble', 'rabble-rouser', 'agitator',
    'troll', 'bot', 'conspiracy theorist', 'denier', 'alarmist', 'crony capitalist', 'robber baron', 'fat cat', 'bloodsucker', 'vermin', 'cockroach',
  ],
  doubt: [
    'so-called', 'so called', 'alleged', 'allegedly', 'purported', 'purportedly', 'supposed', 'supposedly', 'self-proclaimed', 'self-styled', 'self-declared',
    'would-be', 'pseudo', 'quasi', 'ostensibly', 'ostensible', 'nominally', 'in name only', 'dubious', 'questionable', 'doubtful', 'implausible',
    'unsubstantiated', 'unverified', 'unproven', 'baseless', 'groundless', 'unfounded', 'far-fetched', 'fabricated', 'fabrication', 'concocted',
    'trumped-up', 'false flag', 'cover-up', 'cover up', 'official narrative', 'official story', 'mainstream media', 'spin', 'spin doctor', 'disinformation',
    'misinformation', 'claims to be', 'pretend|pretended|pretending', 'pretext', 'facade|façade', 'veneer', 'smokescreen', 'fig leaf', 'window dressing',
    'so-far', 'not what it seems', 'we are told', 'we are asked to believe', 'if you believe',
  ],
  exaggeration: [
    'absolutely', 'totally', 'utterly', 'completely', 'entirely', 'extremely', 'incredibly', 'unbelievably', 'unprecedented', 'massive|massively',
    'enormous|enormously', 'huge', 'gigantic', 'colossal', 'monumental', 'staggering', 'astonishing', 'astounding', 'extraordinary', 'tremendous',
    'greatest', 'greatest-ever', 'biggest', 'worst', 'worst-ever', 'deadliest', 'never before', 'of all time', 'in history', 'ever', 'always', 'never',
    'every single', 'all-out', 'total war', 'wholesale', 'sheer', 'utter', 'endless', 'countless', 'unimaginable', 'unspeakable', 'apocalyptic',
    'cataclysmic', 'existential', 'genocidal', 'near-genocidal', 'genocide', 'holocaust', 'annihilation', 'skyrocketing|skyrocketed', 'plummeting|plummeted',
    'clearly', 'obviously', 'undoubtedly', 'undeniably', 'certainly', 'definitely', 'unquestionably', 'indisputably', 'of course', 'without doubt',
    'beyond doubt', 'no doubt', 'conclusively', 'blatantly', 'literally', 'truly', 'really', 'mere', 'merely', 'just a', 'only a', 'a handful of',
  ],
  hedge: [
    'reportedly', 'apparently', 'arguably', 'seemingly', 'presumably', 'possibly', 'probably', 'perhaps', 'maybe', 'likely', 'unlikely',
    'appear to|appears to|appeared to', 'seem to|seems to|seemed to', 'may', 'might', 'could', 'somewhat', 'relatively', 'to some extent',
    'it is said', 'is believed to', 'sources say', 'according to some', 'it seems', 'suggests', 'tend to|tends to', 'in part', 'partly', 'largely',
    'roughly', 'approximately', 'an estimated', 'estimated', 'up to', 'some say', 'critics say', 'it remains unclear', 'unclear',
  ],
  'flag-waving': [
    'patriot', 'patriotic', 'patriotism', 'unpatriotic', 'motherland', 'fatherland', 'homeland', 'our nation', 'our country', 'our people', 'our troops',
    'our boys', 'national interest', 'national pride', 'national greatness', 'great nation', 'true american', 'real american', 'un-american',
    'the american people', 'the british people', 'the russian people', 'the ukrainian people', 'our way of life', 'our values', 'western values',
    'sacred', 'sacred duty', 'sovereignty', 'heroic|heroically', 'hero', 'heroes of', 'glory', 'glorious', 'freedom-loving', 'defenders of', 'defend the nation',
    'working class', 'the workers', 'the people', 'the masses', 'revolutionary', 'comrade', 'solidarity', 'for the motherland', 'god bless',
  ],
  slogan: [
    'make america great again', 'maga', 'america first', 'build the wall', 'lock her up', 'drain the swamp', 'no to war', 'stop the war', 'hands off',
    'out now', 'troops out', 'never again', 'no justice, no peace', 'workers of the world', 'all power to the soviets', 'peace, land and bread',
    'slava ukraini', 'glory to ukraine', 'death to', 'down with', 'long live', 'victory to', 'yes we can', 'not in my name', 'no blood for oil',
    'black lives matter', 'all lives matter', 'love trumps hate', 'fake news', 'enemy of the people',
  ],
  'thought-terminating-cliche': [
    'it is what it is', 'that is that', "that's that", 'end of story', 'enough said', 'nothing to see here', 'at the end of the day',
    'everything happens for a reason', 'boys will be boys', 'it goes without saying', 'we will never know', 'time will tell', 'move on',
    'let\'s move on', 'the facts speak for themselves', 'the science is settled', 'think of the children', 'you either are with us',
    'no ifs or buts', 'no ifs, ands or buts', 'case closed', 'simple as that', 'plain and simple', 'go figure', 'so be it',
  ],
  'appeal-to-fear': [
    'threat', 'threaten|threatens|threatened|threatening', 'existential threat', 'menace', 'danger', 'dangerous', 'peril', 'perilous', 'catastrophe',
    'disaster', 'doom', 'doomed', 'nightmare', 'terror', 'terrorize|terrorise|terrorized|terrorised', 'invasion', 'invade|invaded', 'overrun', 'flood of',
    'swarm', 'infiltrate|infiltrated|infiltration', 'destroy our', 'wipe out', 'wiped out', 'fall of', 'collapse', 'chaos', 'anarchy', 'bloodshed',
    'world war', 'world war iii', 'nuclear war', 'nuclear holocaust', 'armageddon', 'point of no return', 'before it is too late', 'too late',
    'ticking time bomb', 'time bomb', 'powder keg', 'slippery slope', 'take over', 'takeover', 'enslave|enslaved|enslavement', 'extinction',
  ],
  'reductio-ad-hitlerum': [
    'hitler', 'adolf hitler', 'nazi', 'neo-nazi', 'nazism', 'third reich', 'gestapo', 'goebbels', 'fuhrer|führer', 'brownshirt', 'stormtrooper',
    'fascism', 'fascistic', 'mussolini', 'stalin', 'stalinism', 'gulag', 'pol pot', 'kristallnacht', 'de-nazified|denazification|de-nazification',
    'appeasement', 'vichy', 'quisling', 'banderite', 'bandera', 'azov',
  ],
};

/**
 * Entries loaded wherever they appear: no neutral sense in news or speeches ("junta", "stooge",
 * "witch hunt"), so they are marked at every sensitivity level, whatever the tagger makes of the
 * sentence. Words with neutral uses ("regime", "aggression", "destroyed", "terrorist") are not here,
 * nor those PTC's annotators rarely mark ("so-called", "false flag", "cabal": measured on its training split).
 */
const FIRM: Readonly<Record<string, readonly string[]>> = {
  'loaded-language': [
    'puppet government', 'puppet regime', 'stooge', 'henchman', 'lackey', 'crony', 'thug', 'warmonger', 'bloodthirsty', 'murderous',
    'heinous', 'diabolical', 'despicable', 'witch hunt', 'crocodile tears', 'whitewash', 'sham', 'charade', 'travesty', 'stab in the back',
    'sell-out', 'bloodsucker', 'scum', 'war machine', 'propaganda machine', 'rapacious', 'jackboot', 'shameful deal', 'rotten deal', 'naked aggression',
  ],
  'name-calling': [
    'junta', 'fascist gang', 'fascist militia', 'quisling', 'fifth columnist', 'coupist', 'putschist', 'usurper', 'libtard', 'commie', 'useful idiot',
    'shill', 'sycophant', 'lapdog', 'puppet master', 'warmonger', 'capitalist pig', 'rabble-rouser', 'vermin', 'cockroach', 'bloodsucker', 'neo-fascist',
    'fake leftist', 'evil empire', 'axis of evil',
  ],
  doubt: ['self-styled', 'trumped-up'],
};

const FIRM_KEYS: ReadonlySet<string> = new Set(Object.entries(FIRM).flatMap(([category, terms]) => terms.map((t) => `${category}:${t}`)));

/** An entry marked at every level (see FIRM); `term` as the compiled lexicon has it (its first spelling). */
export function isFirmEntry(category: string, term: string): boolean {
  return FIRM_KEYS.has(`${category}:${term}`);
}
