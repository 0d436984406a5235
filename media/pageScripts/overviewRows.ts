/**
 * The overview's rows at any corpus size (pure, no DOM): a chart with a bar or a row per article
 * is unreadable past a few dozen articles, so the charts show the articles that matter most for
 * the items plotted and sum up the rest.
 */
import { OVERVIEW_DISPERSION_ROWS } from '../../server/src/protocol';

/** Articles shown by name in the frequency chart and table; the rest are one "others" row. */
export const TOP_ARTICLES = 25;
/** Height of one dispersion row, in CSS pixels (the plot scrolls when rows do not fit). */
export const DISPERSION_ROW_PX = 18;

export interface ArticleRow {
  readonly title: string;
  /** Undefined on the "others" row. */
  readonly uri?: string;
  /** Per item, in the items' order. */
  readonly counts: readonly number[];
}

/**
 * The `top` articles with the most mentions of all items together (ties in corpus order), then
 * one row "N other articles" with the rest summed (absent when there is no rest).
 */
export function topArticles(documents: readonly { readonly uri: string; readonly title: string }[], items: readonly { readonly counts: readonly number[] }[], top = TOP_ARTICLES): ArticleRow[] {
  const total = (i: number) => items.reduce((n, f) => n + (f.counts[i] ?? 0), 0);
  const order = documents.map((_, i) => i).sort((a, b) => total(b) - total(a) || a - b);
  const rows: ArticleRow[] = order.slice(0, top).map((i) => ({ title: documents[i].title, uri: documents[i].uri, counts: items.map((f) => f.counts[i] ?? 0) }));
  const rest = order.slice(top);
  if (rest.length) rows.push({ title: `${rest.length.toLocaleString('en-US')} other ${rest.length === 1 ? 'article' : 'articles'}`, counts: items.map((f) => rest.reduce((n, i) => n + (f.counts[i] ?? 0), 0)) });
  return rows;
}

export interface DispersionRows {
  readonly rows: readonly { readonly title: string; readonly uri: string; readonly positions: readonly number[] }[];
  /** Articles with mentions of the item that are not shown. */
  readonly omitted: number;
}

/**
 * The articles that mention an item (`counts`: its mentions per article), most mentions first
 * (ties in corpus order), at most `max`, with the positions the server gave for them.
 */
export function dispersionRows(
  documents: readonly { readonly uri: string; readonly title: string }[],
  positions: readonly (readonly number[])[],
  counts: readonly number[],
  max = OVERVIEW_DISPERSION_ROWS,
): DispersionRows {
  const withMentions = documents.map((_, i) => i).filter((i) => counts[i] > 0);
  withMentions.sort((a, b) => counts[b] - counts[a] || a - b);
  const shown = withMentions.slice(0, max).filter((i) => positions[i]?.length);
  return { rows: shown.map((i) => ({ title: documents[i].title, uri: documents[i].uri, positions: positions[i] })), omitted: withMentions.length - shown.length };
}
