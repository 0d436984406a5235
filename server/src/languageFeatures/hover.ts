/**
 * Hover: on an entity or term, what the corpus says about it (canonical name, type or category,
 * mentions, the articles where it occurs most, how often and where a person or body is quoted,
 * concordance lines from other articles linked to their place, the analyst's note, keyness); in a
 * quotation, who is quoted (first); on any other word, how often it occurs here and elsewhere.
 * Every piece of article text goes through `escapeMarkdown`; the only links are server-made `file:` links.
 */
import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import { wordAt } from '../analysis/document';
import { wordCountIn } from '../analysis/cache/analysisViews';
import type { ConcordanceLine } from '../analysis/corpus/model';
import { findCategory } from '../analysis/codebook/codebook';
import { FeatureContext, categoryInfo, noteFor } from './context';
import { escapeMarkdown, locationLink } from './markdown';
import { offsetAt, positionAt, rangeOf } from './positions';
import { quotationAt, quotationsOf } from '../analysis/corpus/quotedSources';
import { articles, count, doneOf, mentions, times } from './counts';
import { fileName } from '../analysis/corpus/documentStore';
import { MIN_DOCUMENT_OCCURRENCES, registerPenalty } from '../analysis/corpus/keyterms';
import type { TermKeynessHere } from '../analysis/corpus/derived/keyTerms';
import { quotedSpeakerName, shownMarks } from './shownMarks';

/** How many other articles a hover names before it summarises the rest. */
const MAX_NAMED_DOCUMENTS = 8;
const CONCORDANCE_LINES = 5;
const CONCORDANCE_WIDTH = 45;
const TOP_DOCUMENTS = 3;

export function provideHover(ctx: FeatureContext, uri: string, position: Position): Hover | null {
  const { index, q } = ctx;
  const doc = index.get(uri);
  if (!doc) return null;
  const src = { owner: doc, text: doc.text };
  const offset = offsetAt(src, position);
  // A rhetoric item the Problems panel does not show (the corpus's register, a quoted word that is no scare quote) has no hover of its own.
  const found = q.itemAt(uri, offset);
  const mark = found?.kind === 'rhetoric' ? shownMarks(ctx, uri).find((m) => m.start <= offset && offset < m.end) : undefined;
  const item = found?.kind === 'rhetoric' && !mark ? undefined : found;
  const wordRange = wordAt(doc.text, offset);
  const sections: string[] = [];
  let range = wordRange;
  // In a quotation, who is quoted comes first, on a line of its own.
  const quote = quotationAt(index, uri, offset);
  if (quote) sections.push(quotationSection(ctx, quote.speaker, quote.entityId));
  if (item) {
    range = { start: item.start, end: item.end };
    sections.push(item.kind === 'entity' ? entitySection(ctx, item.id, uri) : termSection(ctx, item.id, uri, mark?.quotedFrom));
  }
  // On an entity or term, its own counts are the hover's numbers: the word's (its spelling, any
  // sense, other entities sharing it) would be a second, different set. In a quotation a plain
  // word's counts are left out: the hover is the quotation's.
  if (wordRange && !item && !quote) {
    const word = doc.text.slice(wordRange.start, wordRange.end);
    sections.push(wordSection(ctx, uri, word));
  }
  if (!sections.length || !range) return null;
  const counted = index.countedCopy(uri);
  if (counted !== uri) sections.push(`*The same text as ${link(ctx, fileName(counted), counted, 0)}: counted once, as that file.*`);
  // Corpus figures then come from derived data a few seconds old (corpus/derived/servedGeneration.ts).
  const indexing = index.indexing;
  if (indexing) sections.push(`*Indexing: ${doneOf(indexing.done, indexing.total, 'files')}; the corpus figures may lag behind, and key terms come when it ends.*`);
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: rangeOf(src, range.start, range.end),
  };
}

function entitySection(ctx: FeatureContext, id: string, uri: string): string {
  const e = ctx.q.entity(id);
  if (!e) return '';
  const lines = [`**${escapeMarkdown(e.name)}** — ${escapeMarkdown(e.type)}${e.declared ? ' (codebook)' : ''}`, ''];
  const other = e.aliases.filter((a) => a !== e.name);
  if (other.length) lines.push(`Also: ${other.slice(0, 8).map((a) => `“${escapeMarkdown(a)}”`).join(', ')}`, '');
  lines.push(countLine(ctx, id, uri, e.mentions, e.documents));
  lines.push(...mostIn(ctx, id));
  lines.push(...quotedIn(ctx, id));
  const note = noteFor(ctx, 'entity', [e.name, ...e.aliases]);
  if (note) lines.push('', `**Note:** ${escapeMarkdown(note)}`);
  lines.push(...concordance(ctx, id, uri));
  return lines.join('\n');
}

function termSection(ctx: FeatureContext, id: string, uri: string, quotedFrom?: string): string {
  const t = ctx.q.term(id);
  if (!t) return '';
  const cat = categoryInfo(ctx.codebook, t.category);
  const lines = [`**${escapeMarkdown(t.label)}** — ${t.kind === 'keyword' ? 'key term' : escapeMarkdown(cat.label)}`, ''];
  // A marker inside a quotation: the quoted speaker's words, not the writer's (as its Problems message says).
  if (quotedFrom !== undefined) {
    const name = quotedSpeakerName(quotedFrom);
    lines.push(name ? `Here in the words of **${escapeMarkdown(name)}** (a quotation), not the writer's.` : 'Here inside a quotation: not the writer\'s own words.', '');
  }
  const cbCat = findCategory(ctx.codebook, t.category);
  const description = cbCat?.description ?? cat.description;
  if (description) lines.push(`*${escapeMarkdown(description)}*`, '');
  if (t.keyness) {
    // Every use in the corpus (as the concordance lists them), then where the term is key.
    const uses = ctx.q.documentsOf(id);
    let total = 0;
    for (const d of uses.toArray()) total += d.count;
    lines.push(countLine(ctx, id, uri, total, uses.length));
    const k = t.keyness;
    const here = ctx.q.keyTermsOf(uri).find((x) => x.id === id);
    const where = here ? `Key in this article (G² ${here.keyness.g2.toFixed(2)}, log ratio ${here.keyness.logRatio.toFixed(2)}) and` : 'Not key in this article; key';
    lines.push(`${where} in ${articles(t.documents)} (${mentions(t.mentions)} there); at most G² ${k.g2.toFixed(2)}, log ratio ${k.logRatio.toFixed(2)}.`);
    if (!here) lines.push(whyNotKeyHere(ctx.q.keynessIn(uri, id)));
    // Why a word many articles use is key in so few (the corpus's register, see keyterms.ts).
    const penalty = registerPenalty(k.documentFrequency, k.corpusDocuments);
    if (penalty > 0) lines.push(`Used in ${Math.round((100 * k.documentFrequency) / k.corpusDocuments)}% of the articles: key in one only at a log ratio ${penalty.toFixed(2)} above the minimum.`);
  } else lines.push(countLine(ctx, id, uri, t.mentions, t.documents));
  lines.push(...mostIn(ctx, id));
  const note = noteFor(ctx, 'term', [t.label]);
  if (note) lines.push('', `**Note:** ${escapeMarkdown(note)}`);
  if (cbCat?.note) lines.push('', `**Category note:** ${escapeMarkdown(cbCat.note)}`);
  lines.push(...concordance(ctx, id, uri));
  return lines.join('\n');
}

/** Why a key term is not key in this article: its figures here against the thresholds this article sets. */
function whyNotKeyHere(k: TermKeynessHere | undefined): string {
  if (!k) return '';
  if (k.count < MIN_DOCUMENT_OCCURRENCES) return `Here: used ${times(k.count)} (a key term is used ${MIN_DOCUMENT_OCCURRENCES} times at least).`;
  const needs = k.corrected ? `needs G² ≥ ${k.minG2.toFixed(2)}, p < 0.001 corrected for the ${k.tested} terms this article tests` : `needs G² ≥ ${k.minG2.toFixed(2)}`;
  const g2 = `G² ${k.g2.toFixed(2)} (${needs})`;
  const ratio = `log ratio ${k.logRatio.toFixed(2)} (needs ≥ ${k.minLogRatio.toFixed(2)})`;
  const passes = k.g2 >= k.minG2 && k.logRatio >= k.minLogRatio;
  return `Here: used ${times(k.count)}, ${g2}, ${ratio}${passes ? '; significant, but a longer key phrase holds most of its uses here, it is not among the article’s strongest, or it is used in one paragraph only' : ''}.`;
}

/** The corpus figures and this article's share of them: "12 mentions in 4 articles: 3 here, 9 in 3 other articles." */
function countLine(ctx: FeatureContext, id: string, uri: string, total: number, documents: number): string {
  const here = ctx.q.documentsOf(id).countIn(ctx.index.countedCopy(uri));
  const others = documents - (here ? 1 : 0);
  if (here && !others) return `${mentions(total)}, all in this article.`;
  const split = here ? `: ${count(here)} in this article, ${count(total - here)} in ${articles(others, 'other ')}` : '';
  return `${mentions(total)} in ${articles(documents)}${split}.`;
}

function mostIn(ctx: FeatureContext, id: string): string[] {
  const docs = ctx.q.documentsOf(id).slice(0, TOP_DOCUMENTS);
  if (!docs.length) return [];
  return ['', 'Most in:', ...docs.map((d) => {
    const first = ctx.q.firstMentionIn(id, d.uri);
    return `- ${first ? link(ctx, ctx.index.title(d.uri), d.uri, first.start) : escapeMarkdown(ctx.index.title(d.uri))} (${d.count})${alsoAs(ctx, d.uri)}`;
  })];
}

/** Who a quotation quotes: the speaker as the text names them, and the entity they are. */
function quotationSection(ctx: FeatureContext, speaker: string, entityId: string | undefined): string {
  const e = entityId ? ctx.q.entity(entityId) : undefined;
  if (!e) return `Quotation of **${escapeMarkdown(speaker)}**`;
  const as = e.name.toLowerCase() === speaker.toLowerCase() ? '' : ` (“${escapeMarkdown(speaker)}”)`;
  return `Quotation of **${escapeMarkdown(e.name)}**${as}`;
}

/** How often and where an entity is quoted. */
function quotedIn(ctx: FeatureContext, id: string): string[] {
  const quotes = quotationsOf(ctx.index, id);
  if (!quotes.length) return [];
  const firstIn = new Map<string, { start: number; count: number }>();
  for (const q of quotes) {
    const f = firstIn.get(q.uri);
    if (f) f.count++;
    else firstIn.set(q.uri, { start: q.start, count: 1 });
  }
  const docs = [...firstIn].sort((a, b) => b[1].count - a[1].count);
  const lines = ['', `Quoted ${times(quotes.length)} in ${articles(docs.length)}:`];
  for (const [u, f] of docs.slice(0, TOP_DOCUMENTS)) lines.push(`- ${link(ctx, ctx.index.title(u), u, f.start)} (${f.count})`);
  if (docs.length > TOP_DOCUMENTS) lines.push(`- and ${count(docs.length - TOP_DOCUMENTS)} more`);
  return lines;
}

/** " (also as ‘b.txt’)": the later copies of a document's text, which figures count as this one. */
function alsoAs(ctx: FeatureContext, uri: string): string {
  const later = ctx.index.copiesOf(uri).filter((u) => u !== uri);
  return later.length ? ` (also as ${later.map((u) => `‘${escapeMarkdown(fileName(u))}’`).join(', ')})` : '';
}

function concordance(ctx: FeatureContext, idOrPhrase: string, uri: string): string[] {
  let lines: readonly ConcordanceLine[];
  try {
    lines = ctx.q.concordance(idOrPhrase, { width: CONCORDANCE_WIDTH, limit: CONCORDANCE_LINES * 4, excludeUri: ctx.index.countedCopy(uri) });
  } catch {
    return [];
  }
  // A line reads the same in a copied article, a repeated caption or boilerplate: shown once.
  const shown = new Set<string>();
  lines = lines.filter((l) => {
    const key = lineKey(l);
    return l.uri !== uri && l.uri !== ctx.index.countedCopy(uri) && !shown.has(key) && !!shown.add(key);
  });
  // Prefer one line per article, then fill up.
  const picked: ConcordanceLine[] = [];
  const seen = new Set<string>();
  for (const l of lines) if (!seen.has(l.uri) && picked.length < CONCORDANCE_LINES) (seen.add(l.uri), picked.push(l));
  for (const l of lines) if (!picked.includes(l) && picked.length < CONCORDANCE_LINES) picked.push(l);
  if (!picked.length) return [];
  return ['', 'In other articles:', ...picked.map((l) => `- …${escapeMarkdown(wholeWordsLeft(l))}**${escapeMarkdown(l.text)}**${escapeMarkdown(wholeWordsRight(l))}… — ${link(ctx, ctx.index.title(l.uri), l.uri, l.start)}`)];
}

// A context cut at the width starts and ends on whole words: “…eeting between” or “John Kerry, h…” reads as a typo.
function wholeWordsLeft(l: ConcordanceLine): string {
  const left = l.left.replace(/\s+/g, ' ');
  return l.start > CONCORDANCE_WIDTH ? left.replace(/^\S*\s/, '') : left;
}

function wholeWordsRight(l: ConcordanceLine): string {
  const right = l.right.replace(/\s+/g, ' ');
  return l.right.length >= CONCORDANCE_WIDTH ? right.replace(/\s+\S*$/, '') : right;
}

/** A concordance line as the reader sees it (whitespace folded). */
function lineKey(l: ConcordanceLine): string {
  return `${l.left}\u0000${l.text}\u0000${l.right}`.replace(/\s+/g, ' ').toLowerCase();
}

function wordSection(ctx: FeatureContext, uri: string, word: string): string {
  const freq = ctx.index.wordFrequency(word);
  // This article's own count: the corpus figures may not have it yet (while indexing).
  const here = wordCountIn(ctx.index.get(uri)!, freq.word);
  const others = freq.documents.length - (freq.documents.countIn(ctx.index.countedCopy(uri)) ? 1 : 0);
  // Not "once in the corpus, in 0 other articles" for a word of this article only.
  const elsewhere = others ? `${times(freq.total)} in the corpus, in ${articles(others, 'other ')}:` : 'in no other article.';
  const lines = [`**${escapeMarkdown(word)}**: ${times(here)} in this article; ${elsewhere}`];
  for (const d of freq.documents.top(MAX_NAMED_DOCUMENTS, ctx.index.countedCopy(uri))) lines.push(`- ${escapeMarkdown(ctx.index.title(d.uri))} (${times(d.count)})${alsoAs(ctx, d.uri)}`);
  if (others > MAX_NAMED_DOCUMENTS) lines.push(`- and ${count(others - MAX_NAMED_DOCUMENTS)} more`);
  // A key term of other articles: why not of this one.
  const id = `keyword:${word.toLowerCase()}`;
  const term = ctx.q.term(id);
  if (term?.keyness && !ctx.q.keyTermsOf(uri).some((k) => k.id === id)) lines.push('', `A key term in ${articles(term.documents)}, not in this one. ${whyNotKeyHere(ctx.q.keynessIn(uri, id))}`.trim());
  if (/\p{Lu}/u.test(word[0] ?? '') && others) lines.push(...concordance(ctx, word, uri));
  return lines.join('\n');
}

function link(ctx: FeatureContext, label: string, uri: string, offset: number): string {
  const doc = ctx.index.get(uri);
  if (!doc) return escapeMarkdown(label);
  const p = positionAt({ owner: doc, text: doc.text }, offset);
  return locationLink(label, uri, p.line, p.character);
}
