/**
 * The groups of surface forms that entity resolution (resolve.ts) merges into entities: a union-find over the corpus's
 * forms, with the counts, bare names and tagger types of the forms merged, and the documents they occur in.
 */
import type { DeclaredEntity, EntityType } from '../types';
import type { SurfaceForm } from './resolve';

export interface Group {
  key: string;
  forms: SurfaceForm[];
  bare: Map<string, number>; // bare name as written → count
  typeCounts: Map<EntityType | undefined, number>;
  count: number;
  declared?: DeclaredEntity;
  /** The ruler's title of a one-word name kept with it ("king" of "King Hussein"); see `groupKeyOf`. */
  ruler?: string;
  /** The key full names are looked up by, where it is not `key` (a titled one-word name's word). */
  word?: string;
  /** A type the corpus's evidence settles, whatever the tagger's votes (a people's word named in the plural). */
  settled?: EntityType;
  into?: Group;
}

export function root(g: Group): Group {
  while (g.into) g = g.into;
  return g;
}

export function merge(a: Group, b: Group): void {
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
  keep.settled ??= drop.settled;
}

export function majorityType(g: Group): EntityType | undefined {
  if (g.declared?.type) return g.declared.type;
  if (g.settled) return g.settled;
  let best: EntityType | undefined;
  let n = -1;
  for (const [t, c] of g.typeCounts) if (t !== undefined && c > n) { best = t; n = c; }
  return best;
}

export const COMPATIBLE = (a: EntityType | undefined, b: EntityType | undefined): boolean => a === undefined || b === undefined || a === b;

/** The documents a group's forms occur in. */
export const documentsOf = (g: Group): Set<string> => new Set(g.forms.flatMap((f) => f.documents ?? []));

/** How many of the occurrences of `m`'s group's forms, document by document, are in `docs`. */
export const shared = (docs: Set<string>, m: Group): number => {
  let n = 0;
  for (const f of root(m).forms) for (const d of f.documents ?? []) if (docs.has(d)) n++;
  return n;
};
