/**
 * Resolution's steps that group one name written two ways (resolve.ts; the spellings are
 * nameVariants.ts's): a name shortened, an ordinal spelt as a word or a number, an acronym, a
 * body's name after its owner's. Each merges groups of forms in place.
 */
import { COMPATIBLE, documentsOf, type Group, majorityType, merge, root, shared } from './formGroups';
import { CONNECTORS, isShortenedForm, optionalAcronyms, ordinalKey } from './nameVariants';
import { initialsOf } from './nameHeadWords';

/** What an owner's name must show to stand for the body it opens or is left out of ("United Nations" of "United Nations General Assembly"). */
export class Owners {
  private readonly docsOf = new Map<Group, Set<string>>();

  constructor(private readonly groups: ReadonlyMap<string, Group>) {}

  /** A body's name of two words or more, or its acronym, named at least `count` times ("United Nations", "OAU"; not "Coalition"). */
  isOwner(g: Group, count: number): boolean {
    return majorityType(g) === 'organization' && g.count >= count && (g.key.includes(' ') || /^[A-Z]{2,8}$/.test([...g.bare.keys()][0] ?? ''));
  }

  /** Whether `owner` is named in at least half the documents that name `body`. */
  ofMost(owner: Group, body: Group): boolean {
    let its = this.docsOf.get(owner);
    if (!its) this.docsOf.set(owner, (its = documentsOf(owner)));
    const docs = documentsOf(body);
    let n = 0;
    for (const d of docs) if (its.has(d)) n++;
    return 2 * n >= docs.size;
  }

  /**
   * Whether the words `long` adds to `short` (`g`'s, see `isShortenedForm`) are connectors or an organisation's name named
   * at least as often and in most of `g`'s documents ("Royal Government of [National Union of] Cambodia" is another government).
   */
  leftOutAreConnectorsOrOwner(short: readonly string[], long: readonly string[], g: Group): boolean {
    const left: string[] = [];
    let i = 0;
    for (const w of long) {
      if (i < short.length && short[i] === w) i++;
      else left.push(w);
    }
    if (i < short.length) return false;
    const words = left.filter((w) => !CONNECTORS.has(w));
    if (!words.length) return true;
    const owner = this.groups.get(words.join(' '));
    return !!owner && this.isOwner(root(owner), g.count) && this.ofMost(root(owner), g);
  }
}

/**
 * A name with words left out between its first and its last ("Second Development Decade" of "Second United Nations
 * Development Decade", "Democratic Republic of Congo" of "... of the Congo"), a person's with middle names left out or
 * written by their initials ("Leonid Brezhnev", "L. I. Brezhnev" of "Leonid Ilyich Brezhnev"): the most named of the
 * names it shortens, where no other is a third as named (two bodies or two persons it may mean stay apart), and never a
 * known name of its own.
 */
export function mergeShortenedNames(live: readonly Group[], persons: boolean, owners: Owners, isKnownName?: (name: string) => boolean): void {
  const byEnds = new Map<string, Group[]>();
  const wordsOf = new Map<Group, string[]>();
  for (const g of live) {
    if (g.ruler || !g.key.includes(' ') || (majorityType(g) === 'person') !== persons) continue;
    const words = g.key.split(' ');
    wordsOf.set(g, words);
    const ends = `${persons ? words[0][0] : words[0]} ${words[words.length - 1]}`;
    const bucket = byEnds.get(ends);
    if (bucket) bucket.push(g);
    else byEnds.set(ends, [g]);
  }
  for (const bucket of byEnds.values()) {
    if (bucket.length < 2) continue;
    // Longest first: a shortened name joins the full one before a shorter one joins it.
    bucket.sort((a, b) => wordsOf.get(b)!.length - wordsOf.get(a)!.length || (a.key < b.key ? -1 : 1));
    for (const g of bucket) {
      const words = wordsOf.get(g)!;
      if (g.into || g.declared) continue;
      const counts = new Map<Group, number>();
      for (const m of bucket) {
        const long = wordsOf.get(m)!;
        if (long.length < words.length) break;
        const r = root(m);
        if (r === root(g) || counts.has(r) || !isShortenedForm(words, long, persons)) continue;
        if (persons ? majorityType(r) !== 'person' : !COMPATIBLE(majorityType(r), majorityType(g)) || majorityType(r) === 'person') continue;
        // A body's, an event's or a place's name leaves out only connectors or its owner's name ("Second [United Nations]
        // Development Decade"), not a word that names another ("South [East] Asia", "Government of [Equatorial] Guinea"),
        // nor to a rare writing that would then be the name shown ("United Nations the Security Council").
        if (!persons && (3 * r.count < g.count || !owners.leftOutAreConnectorsOrOwner(words, long, g))) continue;
        counts.set(r, r.count);
      }
      if (!counts.size || (!persons && isKnownName?.([...g.bare.keys()][0] ?? ''))) continue;
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      if (ranked.length < 2 || ranked[1][1] * 3 <= ranked[0][1]) merge(ranked[0][0], g);
    }
  }
}

/** An ordinal written as a word before a name and as a number after it ("Second World War" / "World War II"). */
export function mergeOrdinals(live: readonly Group[]): void {
  const byOrdinal = new Map<string, Group>();
  const keyed: [Group, string][] = [];
  for (const g of live) {
    const key = ordinalKey(g.key);
    if (key !== undefined && majorityType(g) !== 'person') keyed.push([g, key]);
  }
  for (const [g, key] of keyed.sort(([a], [b]) => b.count - a.count || (a.key < b.key ? -1 : 1))) {
    const first = byOrdinal.get(key);
    if (!first) byOrdinal.set(key, g);
    else if (root(first) !== root(g) && COMPATIBLE(majorityType(root(first)), majorityType(g)) && !(root(first).declared && g.declared)) merge(first, g);
  }
}

/**
 * Acronyms → the organisation (or place) whose name they spell: its words' initials, or with a connector's or a
 * compound's second part's ("UNCTAD": United Nations Conference on Trade And Development; "CSCE": Conference on Security
 * and Co-operation in Europe). The name that shares most documents with the acronym (a speech writes "the
 * Counter-Terrorism Committee (CTC)"), else the most used whose initials it is.
 */
export function mergeAcronyms(live: () => Group[]): void {
  const byInitials = new Map<string, Group>();
  const spelled = new Map<string, Group[]>();
  const acronyms: Group[] = [];
  const letters = new Set<string>();
  for (const g of live()) {
    if (!/^[A-Z]{2,6}$/.test(([...g.bare.keys()][0] ?? '').replace(/\./g, ''))) continue;
    acronyms.push(g);
    letters.add(g.key.replace(/\s/g, ''));
  }
  for (const m of live()) {
    if (!m.key.includes(' ')) continue;
    const initials = initialsOf(m.key);
    // The most used of the names an acronym spells ("WTO": the World Trade Organization of most speeches, not the Warsaw Treaty Organization of a few).
    const other = byInitials.get(initials);
    if (initials.length >= 2 && (!other || root(m).count > root(other).count)) byInitials.set(initials, m);
    // An acronym has 6 letters at most: a name of more words spells none.
    if (majorityType(m) === 'person' || m.key.split(' ').filter((w) => !CONNECTORS.has(w)).length > 6) continue;
    const spellings = new Set([...m.bare.keys()].slice(0, 4).flatMap(optionalAcronyms));
    if (initials.length >= 2) spellings.add(initials);
    for (const a of spellings) {
      if (!letters.has(a)) continue;
      const list = spelled.get(a);
      if (list) list.push(m);
      else spelled.set(a, [m]);
    }
  }
  for (const g of acronyms) {
    const spelt = g.key.replace(/\s/g, '');
    const cands = spelled.get(spelt);
    let best: Group | undefined;
    if (cands) {
      const docs = documentsOf(g);
      let bestShared = 0;
      for (const m of cands) {
        if (root(m) === root(g) || !COMPATIBLE(majorityType(root(m)), majorityType(g))) continue;
        const n = shared(docs, m);
        if (n > bestShared || (n === bestShared && best && root(m).count > root(best).count)) { best = m; bestShared = n; }
      }
    }
    const m = best ?? byInitials.get(spelt);
    if (m && root(m) !== root(g) && COMPATIBLE(majorityType(root(m)), majorityType(g))) merge(m, g);
  }
}

/**
 * A body's name after its owner's that the corpus names at least as often ("United Nations General Assembly" / "General
 * Assembly", "ECOWAS Monitoring Group" / "Monitoring Group"): the body's, named so; not a common phrase the views leave out
 * (`hidden`: "OAU Ministerial Meeting" / "Ministerial Meeting"), whose marks would go with it.
 */
export function mergeOwnedBodies(live: readonly Group[], groups: ReadonlyMap<string, Group>, owners: Owners, hidden: ReadonlySet<Group>): void {
  for (const g of live) {
    const t = majorityType(g);
    if (g.declared || !g.bare.size || (t !== 'organization' && t !== 'event')) continue;
    const words = g.key.split(' ');
    if (words.length < 3) continue;
    // The most named body ("General Assembly", not a scan's cut "Nations General Assembly").
    let best: Group | undefined;
    for (let k = 1; k + 2 <= words.length; k++) {
      const body = groups.get(words.slice(k).join(' '));
      if (!body) continue;
      const owner = groups.get(words.slice(0, k).join(' '));
      if (!owner || root(body) === root(g) || root(owner) === root(g) || root(body).declared || hidden.has(root(body))) continue;
      if (majorityType(root(body)) !== t || !owners.isOwner(root(owner), root(body).count)) continue;
      // The body named alone at least as often as with its owner, and more than once: not a generic name the views leave
      // out ("CARICOM Single Market" / "Single Market" once).
      if (root(body).count < Math.max(2, g.count)) continue;
      // The owner named in most of the documents that name the body alone: a UN speech's "General Assembly", not the
      // "Executive Board" or the "Council of Ministers" of whichever body its speech names.
      if (!owners.ofMost(root(owner), root(body))) continue;
      if (!best || root(body).count > root(best).count) best = body;
    }
    if (!best) continue;
    // Written apart from its owner's name as most often written, not run into it by a hyphen ("United Nations-African
    // Union": a joint body; a scan's "United Nations- General Assembly" once aside).
    const owned = [...g.bare.keys()];
    const most = [...g.bare.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (most[0].split(/\s+/).length !== words.length) continue;
    merge(best, g);
    // The body's name is shown ("General Assembly"), not with its owner's.
    for (const b of owned) if (root(g).bare.size > 1) root(g).bare.delete(b);
  }
}
