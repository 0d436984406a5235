/** Workspace symbols: the corpus's entities and terms, fuzzy-matched on their names and aliases. */
import type { CancellationLike } from '../analysis/corpus/corpus';
import { SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { FeatureContext, categoryInfo } from './context';
import { mentionLocation } from './navigation';
import { articles, mentions } from './counts';
import { entitySymbolKind } from './documentSymbols';

const MAX_RESULTS = 200;

/** A subsequence score: higher is better, -Infinity when `query` is not a subsequence of `target`. */
export function fuzzyScore(query: string, target: string): number {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const t = target.toLowerCase();
  if (!q) return 0;
  let score = 0;
  let ti = 0;
  let prev = -2;
  for (const c of q) {
    const i = t.indexOf(c, ti);
    if (i < 0) return -Infinity;
    if (i === prev + 1) score += 3; // consecutive
    if (i === 0 || /[\s\-_'’]/.test(t[i - 1])) score += 4; // word start
    score -= Math.min(i - ti, 5) * 0.5; // gap
    prev = i;
    ti = i + 1;
  }
  if (t.startsWith(q)) score += 6;
  return score - t.length * 0.01;
}

export function provideWorkspaceSymbols(ctx: FeatureContext, query: string, token?: CancellationLike): SymbolInformation[] {
  const scored: { s: number; info: SymbolInformation }[] = [];
  for (const e of ctx.q.entities()) {
    if (token?.isCancellationRequested) return [];
    const s = Math.max(...[e.name, ...e.aliases].map((n) => fuzzyScore(query, n)));
    if (s === -Infinity) continue;
    const first = ctx.q.mentionsOf(e.id).at(0);
    const location = first && mentionLocation(ctx, first);
    if (!location) continue;
    scored.push({ s: s + Math.log1p(e.mentions) * 0.1, info: { name: e.name, kind: entitySymbolKind(e.type), containerName: `${e.type} · ${mentions(e.mentions)} in ${articles(e.documents)}`, location } });
  }
  for (const t of ctx.q.terms()) {
    if (token?.isCancellationRequested) return [];
    const s = fuzzyScore(query, t.label);
    if (s === -Infinity) continue;
    const first = ctx.q.mentionsOf(t.id).at(0);
    const location = first && mentionLocation(ctx, first);
    if (!location) continue;
    const label = t.kind === 'keyword' ? 'key term' : categoryInfo(ctx.codebook, t.category).label;
    scored.push({ s: s + Math.log1p(t.mentions) * 0.1, info: { name: t.label, kind: t.kind === 'keyword' ? SymbolKind.Constant : SymbolKind.String, containerName: `${label} · ${t.mentions} in ${articles(t.documents)}`, location } });
  }
  return scored.sort((a, b) => b.s - a.s).slice(0, MAX_RESULTS).map((x) => x.info);
}
