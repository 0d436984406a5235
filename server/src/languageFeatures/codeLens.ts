/**
 * Code lens at the top of an article: its entities, rhetoric markers and key terms, each count
 * a command that lists them (the client turns the locations into a references view). Only for
 * clients that execute those commands: a lens without a command is of no use. A part with nothing
 * to count is left out.
 */
import { CodeLens, Location } from 'vscode-languageserver-types';
import { FeatureContext } from './context';
import { documentItems } from './corpusQueries';
import { rangeOf } from './positions';
import { plural } from './counts';
import { SCARE_QUOTE, shownMarks } from './shownMarks';
import { ClientCommand, ShowItemsArgs } from '../protocol';

export function provideCodeLenses(ctx: FeatureContext, uri: string, clientCommands: ReadonlySet<string>): CodeLens[] {
  const doc = ctx.index.get(uri);
  if (!doc || !clientCommands.has(ClientCommand.showEntities) || !clientCommands.has(ClientCommand.showTerms)) return [];
  const src = { owner: doc, text: doc.text };
  const { entities, terms } = documentItems(ctx.index, uri, ctx.q);
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const loc = (start: number, end: number): Location => ({ uri, range: rangeOf(src, start, end) });
  // The rhetoric marks and scare quotes the Problems panel and the highlights show.
  const rhetoric = shownMarks(ctx, uri);
  const keywords = terms.filter((t) => t.kind === 'keyword');
  const distinct = (xs: { id: string }[]) => new Set(xs.map((x) => x.id)).size;
  const lens = (title: string, command: string, kind: ShowItemsArgs['kind'], locations: Location[]): CodeLens[] => {
    // A part with nothing to count says nothing ("0 key terms (0 occurrences)" on every sample article).
    if (locations.length === 0) return [];
    const args: ShowItemsArgs = { uri, position: top.start, kind, locations };
    return [{ range: top, command: { title, command, arguments: [args] } }];
  };
  return [
    ...lens(`${plural(distinct(entities), 'entity', 'entities')} (${plural(entities.length, 'mention', 'mentions')})`, ClientCommand.showEntities, 'entities', entities.map((e) => loc(e.start, e.end))),
    ...lens(rhetoricTitle(rhetoric), ClientCommand.showTerms, 'rhetoric', rhetoric.map((t) => loc(t.start, t.end))),
    ...lens(`${plural(distinct(keywords), 'key term', 'key terms')} (${plural(keywords.length, 'occurrence', 'occurrences')})`, ClientCommand.showTerms, 'keywords', keywords.map((t) => loc(t.start, t.end))),
  ];
}

/** "20 rhetoric markers, 2 scare quotes": each kind the Problems panel shows counted under its own name (no "0 scare quotes"). */
function rhetoricTitle(marks: readonly { category: string }[]): string {
  const scare = marks.filter((m) => m.category === SCARE_QUOTE).length;
  const markers = marks.length - scare;
  if (!scare) return plural(markers, 'rhetoric marker', 'rhetoric markers');
  const quotes = plural(scare, 'scare quote', 'scare quotes');
  return markers ? `${plural(markers, 'rhetoric marker', 'rhetoric markers')}, ${quotes}` : quotes;
}
