/**
 * Entity resolution across the corpus: a pure function over the corpus's table of surface forms.
 *
 * - Titles are stripped ("President Putin", "Foreign Minister Sergei Lavrov") and possessives
 *   dropped ("Putin's"); forms are compared case-insensitively ("NATO" / "Nato").
 * - A one-word person name joins the most frequent multi-word person name ending with it
 *   ("Putin" → "Vladimir Putin"); an acronym joins the organisation whose initials it spells.
 * - Aliases declared in the codebook merge (Kiev / Kyiv) and fix the canonical name and type.
 * - Near-miss spellings of a much more frequent entity ("Lavov" vs "Lavrov") are reported as
 *   likely misspellings and NOT merged; known distinct names (Austria / Australia, Iran / Iraq,
 *   Jon / John, and whatever `isKnownName` accepts) and user-ignored forms are never flagged.
 */
import type { DeclaredEntity, EntityType } from '../types';

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
}

export interface Resolution {
  readonly entities: ResolvedEntity[];
  /** Surface form (exactly as in the input table) → entity id. */
  readonly bySurface: Map<string, string>;
  readonly misspellings: Misspelling[];
}

export interface ResolveOptions {
  readonly declared?: readonly DeclaredEntity[];
  /** Surfaces the user marked as "not a misspelling" (compared case-insensitively). */
  readonly ignoreMisspellings?: Iterable<string>;
  /** A known name in its own right (gazetteer lookup): never flagged as a misspelling. */
  readonly isKnownName?: (name: string) => boolean;
  /** A rare form has at most this many mentions to be flagged (default 2). */
  readonly maxRareCount?: number;
  /** The known form has at least this many mentions and ≥ 3× the rare form's (default 4). */
  readonly minKnownCount?: number;
}

/** Titles stripped from the front of a person's name (longest first when matching). */
export const TITLES = [
  'president', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister', 'foreign minister', 'defence minister',
  'defense minister', 'interior minister', 'finance minister', 'minister', 'secretary of state', 'secretary-general', 'secretary general',
  'secretary', 'chancellor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'general', 'gen', 'gen.', 'colonel', 'col', 'col.', 'lt', 'lt.', 'captain', 'capt', 'capt.', 'major', 'maj', 'maj.', 'admiral', 'adm', 'adm.',
  'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative', 'gov', 'gov.', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess',
  'pope', 'ayatollah', 'sheikh', 'judge', 'justice', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'chairman', 'chairwoman',
  'comrade', 'premier', 'pres', 'pres.', 'saint', 'st', 'st.', 'rev', 'rev.', 'reverend', 'father', 'archbishop', 'bishop', 'cardinal',
  'russian president', 'us president', 'u.s. president', 'ukrainian president', 'american president', 'russian foreign minister',
  'us secretary of state', 'u.s. secretary of state', 'former president', 'late president',
];
const TITLE_WORDS = TITLES.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);

/** Pairs of real, distinct names that differ by a letter or two. */
export const KNOWN_DISTINCT = [
  ['austria', 'australia'], ['iran', 'iraq'], ['jon', 'john'], ['sweden', 'swede'], ['niger', 'nigeria'], ['slovakia', 'slovenia'],
  ['gambia', 'zambia'], ['mali', 'malawi'], ['georgia', 'georgian'], ['dominica', 'dominican'], ['guinea', 'guyana'], ['paris', 'parisi'],
  ['stephen', 'steven'], ['alan', 'allan'], ['allen', 'alan'], ['ann', 'anne'], ['carl', 'karl'], ['eric', 'erik'], ['mark', 'marc'],
  ['sara', 'sarah'], ['jeffrey', 'geoffrey'], ['clare', 'claire'], ['philip', 'phillip'], ['mathew', 'matthew'], ['kiev', 'kyiv'],
  ['russia', 'prussia'], ['latvia', 'lativa'], ['india', 'indiana'], ['korea', 'korean'], ['bush', 'busch'], ['gore', 'gorev'],
];

function normSpaces(s: string): string {
  return s.replace(/[’ʼ‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Removes a trailing possessive and leading titles; returns the bare name as written. */
export function bareName(surface: string, type?: EntityType): string {
  let s = normSpaces(surface).replace(/'s$|s'$/i, (m) => (m.toLowerCase() === "s'" ? 's' : '')).replace(/^the /i, '');
  if (type === undefined || type === 'person') {
    let words = s.split(' ');
    for (let changed = true; changed && words.length > 1; ) {
      changed = false;
      for (const t of TITLE_WORDS) {
        if (t.length >= words.length) continue;
        if (t.every((w, k) => words[k].toLowerCase() === w)) {
          words = words.slice(t.length);
          changed = true;
          break;
        }
      }
    }
    s = words.join(' ');
  }
  return s;
}

/** Case-insensitive comparison key (accents kept, dots in acronyms dropped). */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/\.(?=\S)|\.$/g, '').replace(/-/g, ' ');
}

export function slug(type: EntityType | undefined, name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${type ?? 'entity'}:${s || 'x'}`;
}

/** Levenshtein distance, or max+1 as soon as it must exceed `max`. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

interface Group {
  key: string;
  forms: SurfaceForm[];
  bare: Map<string, number>; // bare name as written → count
  typeCounts: Map<EntityType | undefined, number>;
  count: number;
  declared?: DeclaredEntity;
  into?: Group;
}

function root(g: Group): Group {
  while (g.into) g = g.into;
  return g;
}

function merge(a: Group, b: Group): void {
  const ra = root(a);
  const rb = root(b);
  if (ra === rb) return;
  // Keep the declared one (or the bigger one) as the root.
  const [keep, drop] = rb.declared && !ra.declared ? [rb, ra] : !ra.declared && rb.count > ra.count ? [rb, ra] : [ra, rb];
  drop.into = keep;
  for (const f of drop.forms) keep.forms.push(f);
  for (const [k, v] of drop.bare) keep.bare.set(k, (keep.bare.get(k) ?? 0) + v);
  for (const [k, v] of drop.typeCounts) keep.typeCounts.set(k, (keep.typeCounts.get(k) ?? 0) + v);
  keep.count += drop.count;
  keep.declared ??= drop.declared;
}

function majorityType(g: Group): EntityType | undefined {
  if (g.declared?.type) return g.declared.type;
  let best: EntityType | undefined;
  let n = -1;
  for (const [t, c] of g.typeCounts) if (t !== undefined && c > n) { best = t; n = c; }
  return best;
}

const COMPATIBLE = (a: EntityType | undefined, b: EntityType | undefined): boolean => a === undefined || b === undefined || a === b;

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
    const first = groupOf(nameKey(bareName(d.name, d.type)));
    first.declared ??= d;
    for (const n of names) merge(first, groupOf(nameKey(bareName(n, d.type))));
  }
  // 2. Surface forms by bare, case-insensitive key.
  const formKey = new Map<SurfaceForm, string>();
  for (const f of forms) {
    const bare = bareName(f.text, f.type);
    if (!bare) continue;
    const key = nameKey(bare);
    formKey.set(f, key);
    const g = root(groupOf(key));
    g.forms.push(f);
    g.bare.set(bare, (g.bare.get(bare) ?? 0) + f.count);
    g.typeCounts.set(f.type, (g.typeCounts.get(f.type) ?? 0) + f.count);
    g.count += f.count;
  }
  const live = (): Group[] => [...new Set([...groups.values()].map(root))].filter((g) => g.forms.length || g.declared);
  // 3. One-word person names → the most frequent multi-word person name ending (or starting) with them.
  const multi = live().filter((g) => g.key.includes(' ') && majorityType(g) === 'person');
  for (const g of live()) {
    if (g.key.includes(' ') || majorityType(g) !== 'person' && majorityType(g) !== undefined) continue;
    let best: Group | undefined;
    for (const m of multi) {
      const words = m.key.split(' ');
      if (words[words.length - 1] !== g.key) continue;
      if (!best || root(m).count > root(best).count) best = m;
    }
    if (best) merge(best, g);
  }
  // 4. Acronyms → organisations (or places) whose initials they spell.
  for (const g of live()) {
    const bare = [...g.bare.keys()][0] ?? '';
    if (!/^[A-Z]{2,6}$/.test(bare.replace(/\./g, ''))) continue;
    for (const m of live()) {
      if (m === root(g) || !m.key.includes(' ')) continue;
      const t = majorityType(m);
      if (!COMPATIBLE(t, majorityType(g))) continue;
      const initials = m.key.split(' ').filter((w) => !['of', 'the', 'and', 'for', 'de', 'on'].includes(w)).map((w) => w[0]).join('');
      if (initials === g.key.replace(/\s/g, '')) {
        merge(m, g);
        break;
      }
    }
  }
  // 5. Entities.
  const entities: ResolvedEntity[] = [];
  const bySurface = new Map<string, string>();
  const entityOf = new Map<Group, ResolvedEntity>();
  for (const g of live()) {
    const type = majorityType(g);
    let name: string;
    if (g.declared) name = g.declared.name;
    else {
      // The longest (most words) full name, most used.
      const cands = [...g.bare.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      // Prefer a mixed-case spelling over an ALL-CAPS one of the same words.
      const top = cands.filter((c) => nameKey(c[0]) === nameKey(cands[0][0])).sort((a, b) => Number(isAllCaps(a[0]) && a[0].length > 5) - Number(isAllCaps(b[0]) && b[0].length > 5) || b[1] - a[1]);
      name = top[0][0];
    }
    const aliasCounts = new Map<string, number>();
    const docs = new Set<string>();
    for (const f of g.forms) {
      aliasCounts.set(f.text, (aliasCounts.get(f.text) ?? 0) + f.count);
      for (const d of f.documents ?? []) docs.add(d);
    }
    const e: ResolvedEntity = {
      id: slug(type, name),
      name,
      type,
      aliases: [...aliasCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((a) => a[0]),
      count: g.count,
      documents: [...docs].sort(),
      declared: !!g.declared,
    };
    entities.push(e);
    entityOf.set(g, e);
    for (const f of g.forms) bySurface.set(f.text, e.id);
  }
  // 6. Likely misspellings: rare forms a letter or two away from a frequent entity's form.
  const ignore = new Set([...(options.ignoreMisspellings ?? [])].map((s) => nameKey(bareName(s))));
  const maxRare = options.maxRareCount ?? 2;
  const minKnown = options.minKnownCount ?? 4;
  const distinct = new Set(KNOWN_DISTINCT.map(([a, b]) => `${a}|${b}`));
  const isDistinct = (a: string, b: string): boolean => distinct.has(`${a}|${b}`) || distinct.has(`${b}|${a}`);
  const misspellings: Misspelling[] = [];
  const all = live();
  for (const rare of all) {
    if (rare.count > maxRare || rare.declared || ignore.has(rare.key)) continue;
    const rareBare = [...rare.bare.keys()][0] ?? rare.key;
    if (options.isKnownName?.(rareBare)) continue;
    const rareKeys = new Set([...rare.bare.keys()].map(nameKey));
    let best: { g: Group; d: number } | undefined;
    for (const known of all) {
      if (known === rare || known.count < Math.max(minKnown, 3 * rare.count)) continue;
      // The tagger's type for a rare, misspelt word is unreliable ("Lavov" may come out as a place):
      // a single mention one edit away may cross types; otherwise types must agree.
      const sameType = COMPATIBLE(majorityType(rare), majorityType(known));
      if (!sameType && rare.count > 1) continue;
      for (const k of new Set([...known.bare.keys()].map(nameKey))) {
        for (const r of rareKeys) {
          const len = Math.min(r.length, k.length);
          if (len < 4) continue;
          const max = !sameType ? (len >= 5 ? 1 : 0) : len >= 9 ? 2 : 1;
          // Names rarely differ in their first letter through a typo of this kind.
          if (r[0] !== k[0]) continue;
          if (isDistinct(r, k)) continue;
          const d = boundedLevenshtein(r, k, max);
          if (d === 0 || d > max) continue;
          if (!best || d < best.d || (d === best.d && known.count > best.g.count)) best = { g: known, d };
        }
      }
    }
    if (!best) continue;
    const target = entityOf.get(best.g)!;
    for (const f of rare.forms) misspellings.push({ surface: f.text, canonical: target.name, entityId: target.id, count: f.count });
  }
  entities.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  return { entities, bySurface, misspellings };
}

function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}
