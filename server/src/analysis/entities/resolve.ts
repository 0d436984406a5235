/**
 * Entity resolution across the corpus: a pure function over the corpus's table of surface forms.
 *
 * - Titles are stripped ("President Putin", "Foreign Minister Sergei Lavrov") and possessives
 *   dropped ("Putin's"); forms are compared case-insensitively ("NATO" / "Nato").
 * - A person's family name alone or with its particles joins the multi-word person name ending
 *   with it that shares most documents with it, then the most frequent ("Putin" → "Vladimir
 *   Putin", "Perez de Cuellar" → "Javier Perez de Cuellar"), or else the only one starting with
 *   it, unless it is a common given name (family name first: "Xi" → "Xi Jinping", but "John"
 *   stays apart from "John Kerry"); one typed as a body joins only where each of its documents
 *   names the person in full; a person's two names in the other order are the same person
 *   ("Ismail Razali" / "Razali Ismail"). Accents do not tell names apart ("Pérez" / "Perez"), nor spaces and hyphens ("Viet Nam" / "Vietnam");
 *   an acronym joins the organisation whose initials it spells.
 * - Aliases declared in the codebook merge (Kiev / Kyiv) and fix the canonical name and type.
 * - Near-miss spellings of a much more frequent entity ("Lavov" vs "Lavrov") are reported as
 *   likely misspellings and NOT merged; known distinct names (Austria / Australia, Iran / Iraq,
 *   Jon / John, and whatever `isKnownName` accepts) and user-ignored forms are never flagged.
 */
import type { DeclaredEntity, EntityType } from '../types';
import { findMisspellings, NameGroup } from './misspellings';
import { lazy } from '../common/lazy';
import { BUILTIN_ALIASES, singularOf } from './aliases';
import { commonWordEntities } from './commonWords';
import { typeFromShape } from './nameHeads';
import { bareName, groupKeyOf, nameKey, rulerOf } from './nameForms';
import { isWeakOrganization } from './weakOrganizations';
import { acronymType } from './acronymTypes';
import { isPeopleByPlural } from './peoplesByPlural';
import { nameWords, withoutMiddleInitial } from './middleInitials';
import { familyNameGroups } from './familyNames';
import { isAllCaps } from './nameText';
import { scanDamagedGroups } from './scannedNames';
import { COMPATIBLE, documentsOf, type Group, majorityType, merge, root, shared } from './formGroups';
import { mergeAcronyms, mergeOrdinals, mergeOwnedBodies, mergeShortenedNames, Owners } from './variantGroups';
export { KNOWN_DISTINCT } from './knownDistinct';

/** One row of the corpus's surface-form table. */
export interface SurfaceForm {
  /** The name as written (possessive already removed by the tagger, but tolerated). */
  readonly text: string;
  /** Tagger type; undefined if unknown. */
  readonly type?: EntityType;
  /** Number of mentions in the corpus. */
  readonly count: number;
  /** Documents (URIs or ids) where it occurs. */
  readonly documents?: readonly string[];
}

export interface ResolvedEntity {
  /** Stable slug of type and canonical name, e.g. `person:vladimir-putin`. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType | undefined;
  /** Surface forms (as written) grouped under this entity, most frequent first. */
  readonly aliases: string[];
  readonly count: number;
  readonly documents: string[];
  /** True if the entity comes from (or was merged with) a codebook declaration. */
  readonly declared: boolean;
}

export interface Misspelling {
  readonly surface: string;
  readonly canonical: string;
  readonly entityId: string;
  readonly count: number;
  /** The evidence: the typing slip's likelihood discounted by how much rarer the form is (0..1). */
  readonly confidence: number;
  /** The slip in words ("a letter left out"). */
  readonly edit: string;
}

export interface Resolution {
  readonly entities: ResolvedEntity[];
  /** Surface form (exactly as in the input table) → entity id. */
  readonly bySurface: Map<string, string>;
  /** Searched on the first call (the groups it needs are kept until then). */
  readonly misspellings: () => Misspelling[];
  /**
   * Surface forms left out for how often the corpus names them (a weak organisation, a common
   * word): an edit that changes their counts must group the forms again, not only recount them.
   */
  readonly hiddenByCount: ReadonlySet<string>;
  /**
   * Ids of the organisations shown that the weak-organisation rule would leave out at one mention:
   * an edit that leaves one of them with one mention must group the forms again.
   */
  readonly weakAtOne: ReadonlySet<string>;
}

export interface ResolveOptions {
  readonly declared?: readonly DeclaredEntity[];
  /** Surfaces the user marked as "not a misspelling" (compared case-insensitively). */
  readonly ignoreMisspellings?: Iterable<string>;
  /** A known name in its own right (gazetteer lookup): never flagged as a misspelling. */
  readonly isKnownName?: (name: string) => boolean;
  /** A common given name (gazetteer lookup): not joined to a multi-word name starting with it. */
  readonly isGivenName?: (word: string) => boolean;
  /** An ordinary lower-case word of English ("band", "state"): never a misspelling, nor what a rare name misspells. */
  readonly isOrdinaryWord?: (word: string) => boolean;
  /** A word of the tagger's training text (any case): a rare form that is one is no slip. */
  readonly isAttestedWord?: (word: string) => boolean;
  /** A known name by more than the training text's label of one word as a body (commonWords.ts); isKnownName where not given. */
  readonly isKnownBeyondTrainingBody?: (name: string) => boolean;
  /** A rare form has at most this many mentions to be flagged (default 2). */
  readonly maxRareCount?: number;
  /** The known form has at least this many mentions and ≥ 3× the rare form's (default 4). */
  readonly minKnownCount?: number;
  /**
   * How often the corpus writes each word (lower case) as a lower-case word, counted up to its
   * `enough`: the evidence that a one-word name is a common word the tagger took for a name (see
   * `commonWordEntities`). Asked once for all the words, so that a pass over the texts serves them all.
   */
  readonly lowerCaseUses?: (asked: ReadonlyMap<string, number>) => ReadonlyMap<string, number>;
}

export { TITLES } from './titleRuns';
export { bareName, nameKey } from './nameForms';


export function slug(type: EntityType | undefined, name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${type ?? 'entity'}:${s || 'x'}`;
}

/** The words before a father's name in Arabic names ("Fahd bin Abdul-Aziz", "Qaboos bin Said"). */
const PATRONYMIC: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'binti']);

/** Capitalised words run together, a scan's lost space or hyphen ("GuineaBissau", "IndoChina"). */
const RUN_TOGETHER = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;
/** A name holding such a word ("Denis SassouNguesso"). */
const GLUED = /\p{Ll}\p{Lu}\p{Ll}/u;

/** Groups the corpus's surface forms into entities; see the module comment. */
export function resolveEntities(forms: readonly SurfaceForm[], options: ResolveOptions = {}): Resolution {
  const groups = new Map<string, Group>();
  const groupOf = (key: string): Group => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, forms: [], bare: new Map(), typeCounts: new Map(), count: 0 }));
    return g;
  };
  // 1. Declared entities and their aliases.
  for (const d of options.declared ?? []) {
    const names = [d.name, ...(d.aliases ?? [])];
    const first = groupOf(groupKeyOf(d.name, d.type).key);
    first.declared ??= d;
    for (const n of names) merge(first, groupOf(groupKeyOf(n, d.type).key));
  }
  // 2. Surface forms by bare, case-insensitive key.
  const formKey = new Map<SurfaceForm, string>();
  const titledGroups: Group[] = [];
  for (const f of forms) {
    const { bare, key, word, ruler } = groupKeyOf(f.text, f.type);
    if (!bare) continue;
    formKey.set(f, key);
    const g = root(groupOf(key));
    if (word !== undefined && !g.forms.length) {
      g.word = word;
      g.ruler = ruler;
      titledGroups.push(g);
    }
    g.forms.push(f);
    g.bare.set(bare, (g.bare.get(bare) ?? 0) + f.count);
    g.typeCounts.set(f.type, (g.typeCounts.get(f.type) ?? 0) + f.count);
    g.count += f.count;
  }
  // 2a. A one-word name written with a personal title is the same person as the word alone, unless the
  // word alone is mostly a place's or a body's ("Mr. Lusaka" / the city of Lusaka).
  for (const g of titledGroups) {
    const alone = g.ruler ? undefined : groups.get(g.word!);
    if (alone && root(alone) !== root(g) && (majorityType(root(alone)) ?? 'person') === 'person') merge(alone, g);
  }
  const live = (): Group[] => [...new Set([...groups.values()].map(root))].filter((g) => g.forms.length || g.declared);
  // 2b. Built-in aliases ("US" / "United States" / "America"), unless the codebook declares two of them apart.
  for (const names of BUILTIN_ALIASES) {
    const present = [...new Set(names.map((n) => groups.get(nameKey(n.replace(/^the /, '')))).filter((g): g is Group => !!g).map(root))];
    if (present.length < 2 || present.filter((g) => g.declared).length > 1) continue;
    for (const g of present.slice(1)) merge(present[0], g);
  }
  // 2c. Groups: plural and singular are one ("Russians" / "Russian", "Tories" / "Tory").
  for (const g of live()) {
    const one = singularOf(g.key);
    const s = one === undefined ? undefined : groups.get(one);
    if (!s || root(s) === root(g)) continue;
    if (majorityType(root(s)) === 'group' && COMPATIBLE(majorityType(root(g)), 'group')) merge(s, g);
  }
  // 2c'. A people's word typed a place or a body that the corpus also names in the plural ("Cypriot" / "Cypriots"): one group.
  for (const g of live()) {
    const plural = groups.get(`${g.key}s`);
    if (!plural || root(plural) === root(g) || g.declared || root(plural).declared) continue;
    const form = g.bare.keys().next().value ?? '';
    if (!plural.bare.has(`${form}s`) || !isPeopleByPlural(form, majorityType(g), majorityType(root(plural)), options)) continue;
    merge(g, plural);
    root(g).settled = 'group';
  }
  // 2e. A person's name with a middle initial, rarer than the name without it, is that person ("Hennadiy Y. Udovenko").
  for (const g of live()) {
    const plain = withoutMiddleInitial(g.key);
    const p = plain === undefined ? undefined : groups.get(plain);
    if (!p || root(p) === root(g) || 3 * g.count > root(p).count) continue;
    if (majorityType(g) === 'person' && majorityType(root(p)) === 'person') merge(p, g);
  }
  // 2d. A person's two names in either order are one person ("Razali Ismail" / "Ismail Razali": speeches
  // write a Malay or a Chinese name family name first or last), unless the codebook declares both.
  for (const g of live()) {
    const words = g.key.split(' ');
    if (words.length !== 2 || words[0] === words[1]) continue;
    const swapped = groups.get(`${words[1]} ${words[0]}`);
    if (!swapped || root(swapped) === root(g) || (root(swapped).declared && root(g).declared)) continue;
    if (majorityType(root(g)) === 'person' && majorityType(root(swapped)) === 'person') merge(swapped, g);
  }
  // 2f. A one-word name the tagger typed a place or a body, that the gazetteer does not know (but as a given name), is a person where
  // the corpus writes it mostly as persons' family name ("the Brahimi report", "the Somoza dictatorship", "the
  // Fahd plan"): the tagger types the word from its one mention's context, the corpus's full names say what it names.
  if (options.isKnownName) for (const g of familyNameGroups(forms, live(), majorityType, options.isKnownName, options.isGivenName)) g.settled = 'person';
  // 3. Person names → the multi-word person name they end ("Putin" → "Vladimir Putin", "Perez de
  // Cuellar" → "Javier Perez de Cuellar", "Boutros-Ghali" → "Boutros Boutros-Ghali"): the one
  // that shares most documents with them (a speech that names "Laurent-Désiré Kabila" means him by
  // "Kabila"), then the most frequent.
  const bySuffix = new Map<string, Group[]>();
  const byFirstWord = new Map<string, Group[]>();
  for (const g of live()) {
    if (!g.key.includes(' ') || majorityType(g) !== 'person') continue;
    const words = g.key.split(' ');
    if (g.ruler) {
      // "Hussein" alone may be King Hussein's (the speeches that name him so), not "King" alone.
      const list = bySuffix.get(g.word!);
      if (list) list.push(g);
      else bySuffix.set(g.word!, [g]);
      continue;
    }
    for (let k = 1; k < words.length; k++) {
      const suffix = words.slice(k).join(' ');
      let list = bySuffix.get(suffix);
      if (!list) bySuffix.set(suffix, (list = []));
      list.push(g);
    }
    let firsts = byFirstWord.get(words[0]);
    if (!firsts) byFirstWord.set(words[0], (firsts = []));
    firsts.push(g);
  }
  // A ruler's one-word name joins a full name with that word written with the same title ("Prince
  // Norodom Sihanouk"), else one it opens in a document they share ("King Birendra" → "Birendra Bir
  // Bikram Shah Dev": a ruler is named by a given name), never one it only ends (Saddam Hussein).
  const joinRuler = (g: Group): void => {
    const docs = documentsOf(g);
    // Not where the word is a father's name ("King Abdul-Aziz" is not King Fahd bin Abdul-Aziz).
    const ending = (bySuffix.get(g.word!) ?? []).filter((m) => !PATRONYMIC.has(m.key.slice(0, -g.word!.length - 1).split(' ').pop()!));
    const titled = [...(byFirstWord.get(g.word!) ?? []), ...ending].filter((m) => !m.ruler && root(m) !== root(g) && m.forms.some((f) => rulerOf(f) === g.ruler));
    const candidates = titled.length ? titled : (byFirstWord.get(g.word!) ?? []).filter((m) => root(m) !== root(g) && shared(docs, m) > 0);
    let best: Group | undefined;
    let bestShared = -1;
    for (const m of candidates) {
      const s = shared(docs, m);
      if (!best || s > bestShared || (s === bestShared && root(m).count > root(best).count)) { best = m; bestShared = s; }
    }
    if (best) merge(best, g);
  };
  for (const g of live().sort((a, b) => b.key.split(' ').length - a.key.split(' ').length || (a.key < b.key ? -1 : 1))) {
    if (g.into) continue;
    const t = majorityType(g);
    // A regnal numeral alone ("II", or "Ii", a scan's "It") is no family name.
    if (/^(?:[IVXL]+|Ii)$/.test([...g.bare.keys()][0] ?? '')) continue;
    if (g.ruler) {
      joinRuler(g);
      continue;
    }
    const candidates = (bySuffix.get(g.word ?? g.key) ?? []).filter((m) => root(m) !== root(g));
    const single = !(g.word ?? g.key).includes(' ');
    // A lone family name the tagger typed as a body or a place ("Presidents Truman and Eisenhower", "the Qadhafi Road", "a paper by Kant") joins a person only where every document of it names that person in full.
    const otherTyped = (t === 'organization' || t === 'place') && !/^[A-Z]{2,6}$/.test([...g.bare.keys()][0] ?? '');
    if (single ? t !== 'person' && t !== undefined && !otherTyped : t !== 'person') continue;
    const docs = documentsOf(g);
    let best: Group | undefined;
    let bestShared = -1;
    for (const m of candidates) {
      const s = shared(docs, m);
      if (!best || s > bestShared || (s === bestShared && root(m).count > root(best).count)) { best = m; bestShared = s; }
    }
    if (best && otherTyped) {
      // The person's documents gathered once, not once per document of the lone name (276 ms on 60 MB of speeches, 4 on 30).
      const its = documentsOf(root(best));
      if ([...docs].some((d) => !its.has(d))) best = undefined;
    }
    // Family name first: only when one name starts with the word and it is not a given name.
    const firsts = byFirstWord.get(g.word ?? g.key);
    if (!best && single && !otherTyped && firsts?.length === 1 && !options.isGivenName?.([...g.bare.keys()][0] ?? g.key)) best = firsts[0];
    if (best) merge(best, g);
  }
  // 3b-4. One name written two ways: shortened, with an ordinal as a word or a number, as an acronym (variantGroups.ts).
  const owners = new Owners(groups);
  mergeShortenedNames(live(), true, owners, options.isKnownName);
  mergeShortenedNames(live(), false, owners, options.isKnownName);
  mergeOrdinals(live());
  mergeAcronyms(live);
  // 4b. Names a scan damaged ("Palatine Liberation Organization", "Inter-national Women's Year"): under the name they
  // damage, or their split word rejoined, and reported as its misspellings (scannedNames.ts).
  const scanSlips: { forms: SurfaceForm[]; target: Group; edit: string; ratio: number }[] = [];
  for (const d of scanDamagedGroups(live(), majorityType, options)) {
    const g = d.group;
    const forms = g.forms.filter((f) => (d.rejoined ? d.rejoined.has(bareName(f.text, f.type)) : groupKeyOf(f.text, f.type).key === g.key));
    if (d.into) {
      merge(d.into, g);
      // Never the name shown.
      for (const f of forms) root(g).bare.delete(bareName(f.text, f.type));
    } else for (const [b, whole] of d.rejoined ?? []) {
      g.bare.set(whole, (g.bare.get(whole) ?? 0) + (g.bare.get(b) ?? 0));
      g.bare.delete(b);
    }
    scanSlips.push({ forms, target: d.into ?? g, edit: d.edit, ratio: d.ratio });
  }
  // 4c. One name written with and without its spaces or hyphens ("Viet Nam" / "Vietnam", "Indo-China" / "Indochina", "OA U"
  // / OAU), or run together by a scan ("GuineaBissau", whatever the tagger typed it): under the most used writing but a
  // scan's ("SassouNguesso" is Sassou-Nguesso however often), and named so.
  const byLetters = new Map<string, { g: Group; glued: boolean }>();
  for (const g of live()) {
    const glued = [...g.bare.keys()].every((b) => GLUED.test(b));
    for (const f of g.forms) {
      const letters = formKey.get(f)?.replace(/ /g, '');
      if (letters === undefined) continue;
      const most = byLetters.get(letters);
      if (!most || (most.glued && !glued) || (most.glued === glued && g.count > most.g.count)) byLetters.set(letters, { g, glued });
    }
  }
  for (const g of live()) {
    const most = byLetters.get(g.key.replace(/ /g, ''))?.g;
    if (!most || root(most) === root(g) || (root(most).declared && g.declared)) continue;
    if (!COMPATIBLE(majorityType(root(most)), majorityType(g)) && ![...g.bare.keys()].every((b) => RUN_TOGETHER.test(b))) continue;
    const names = [...g.bare.keys()];
    merge(most, g);
    // Never the name shown: "UNCTAD", not a scan's "UNCT AD" of more words.
    for (const b of names) if (root(g).bare.size > 1) root(g).bare.delete(b);
  }
  // 4d. A body's name after its owner's ("United Nations General Assembly" → "General Assembly"), not into a common phrase.
  const commonWords = commonWordEntities(live(), options);
  mergeOwnedBodies(live(), groups, owners, commonWords);
  // 5. Entities.
  const entities: ResolvedEntity[] = [];
  const bySurface = new Map<string, string>();
  const entityOf = new Map<Group, ResolvedEntity>();
  const usedIds = new Set<string>();
  const hidden = new Map<Group, NameGroup['entity']>();
  const weakAtOne = new Set<string>();
  for (const g of live()) {
    if (commonWords.has(g)) continue;
    let name: string;
    if (g.declared) name = g.declared.name;
    else {
      // The longest (most words, a middle initial aside) full name, most used.
      const cands = [...g.bare.entries()].map(([n, c]) => [n, c, nameWords(n)] as const).sort((a, b) => b[2] - a[2] || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      // Prefer a mixed-case spelling over an ALL-CAPS one of the same words, and one a scan ran no words together in ("Indochina", not "IndoChina").
      const top = cands.filter((c) => nameKey(c[0]) === nameKey(cands[0][0])).sort((a, b) => Number(isAllCaps(a[0]) && a[0].length > 5) - Number(isAllCaps(b[0]) && b[0].length > 5) || Number(GLUED.test(a[0])) - Number(GLUED.test(b[0])) || b[1] - a[1]);
      name = top[0][0];
    }
    const tagged = majorityType(g);
    const type = g.declared ? tagged : acronymType(name, typeFromShape(name, tagged) ?? tagged, options.isKnownName);
    if (isWeakOrganization({ name, type, count: g.count, declared: !!g.declared }, options)) {
      // Not shown, but still a slip of a known name ("DaimlerChrylser" once beside "DaimlerChrysler").
      hidden.set(g, { id: '', name, documents: [...new Set(g.forms.flatMap((f) => f.documents ?? []))] });
      continue;
    }
    const atOne = g.count > 1 && isWeakOrganization({ name, type, count: 1, declared: !!g.declared }, options);
    const aliasCounts = new Map<string, number>();
    const docs = new Set<string>();
    for (const f of g.forms) {
      // A name wrapped across lines ("United\nNations") is the same alias as on one line.
      const alias = f.text.replace(/\s+/g, ' ');
      aliasCounts.set(alias, (aliasCounts.get(alias) ?? 0) + f.count);
      for (const d of f.documents ?? []) docs.add(d);
    }
    // Ids are unique even when two names slug alike ("David Rubin" / "David Rubin &" of old caches).
    let id = slug(type, name);
    for (let k = 2; usedIds.has(id); k++) id = `${slug(type, name)}-${k}`;
    usedIds.add(id);
    const e: ResolvedEntity = {
      id,
      name,
      type,
      aliases: [...aliasCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((a) => a[0]),
      count: g.count,
      documents: [...docs].sort(),
      declared: !!g.declared,
    };
    entities.push(e);
    if (atOne) weakAtOne.add(id);
    entityOf.set(g, e);
    for (const f of g.forms) bySurface.set(f.text, e.id);
  }
  // 6. Likely misspellings (misspellings.ts): searched when first asked for (`scan --json` never shows them).
  const nameGroups = (): NameGroup[] => {
    const ignore = new Set([...(options.ignoreMisspellings ?? [])].map((s) => nameKey(bareName(s))));
    return live().filter((g) => entityOf.has(g) || hidden.has(g)).map((g) => {
      const keys = new Map<string, number>();
      for (const [b, n] of g.bare) keys.set(nameKey(b), (keys.get(nameKey(b)) ?? 0) + n);
      const rareBare = [...g.bare.keys()][0] ?? g.key;
      return {
        keys,
        count: g.count,
        type: majorityType(g),
        declared: !!g.declared,
        ignored: ignore.has(g.key) || (g.count <= (options.maxRareCount ?? 2) && !!options.isKnownName?.(rareBare)),
        forms: g.forms,
        entity: entityOf.get(g) ?? hidden.get(g)!,
      };
    });
  };
  entities.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  const hiddenByCount = new Set<string>();
  for (const g of [...hidden.keys(), ...commonWords]) for (const f of g.forms) hiddenByCount.add(f.text);
  // A damaged name is told by its rarity: an edit that changes its count must group the forms again.
  const scanned: Misspelling[] = [];
  for (const s of scanSlips) {
    for (const f of s.forms) hiddenByCount.add(f.text);
    const e = entityOf.get(root(s.target));
    const confidence = Math.round(Math.min(0.99, 1 - 1 / s.ratio) * 100) / 100;
    if (e) for (const f of s.forms) scanned.push({ surface: f.text, canonical: e.name, entityId: e.id, count: f.count, confidence, edit: s.edit });
  }
  return { entities, bySurface, misspellings: lazy(() => [...scanned, ...findMisspellings(nameGroups(), options)]), hiddenByCount, weakAtOne };
}
