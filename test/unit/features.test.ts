/**
 * Language features on an in-memory corpus (no VS Code, no LSP connection): the samples' texts
 * analysed with small deterministic recognisers, so the features are tested on their own.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, DocumentSymbol, Position, SymbolKind } from 'vscode-languageserver';
import { Codebook, EMPTY_CODEBOOK, codebookInput, parseCodebook } from '../../server/src/analysis/codebook/codebook';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { DEFAULT_KEY_TERM_OPTIONS } from '../../server/src/analysis/corpus/keyterms';
import { Recognizers } from '../../server/src/analysis/document';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { EntityMention, EntityType, RhetoricMarker } from '../../server/src/analysis/types';
import { CorpusIndex } from '../../server/src/analysis/corpus/corpusIndex';
import { DiscourseLanguageService, SEMANTIC_TOKENS_LEGEND, createLanguageService } from '../../server/src/languageFeatures';
import { escapeMarkdown } from '../../server/src/languageFeatures/markdown';
import { fuzzyScore } from '../../server/src/languageFeatures/workspaceSymbols';
import { ClientCommand } from '../../server/src/protocol';
import { positionAt } from '../../server/src/languageFeatures/positions';
import { GENERAL_DEBATE_SENTENCES, desertificationDebate } from './helpers/generalDebate';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const LAVROV = "Sunday night's meeting between Lavrov and Kerry.txt";
const JUNTA = 'Russia must intervene to drive Kiev junta out!.txt';
const DEFEND = 'Defend Ukraine independence!.txt';
const FIRST = 'The first step.txt';
const uriOf = (name: string) => pathToFileURL(path.join(SAMPLES, name)).toString();

/** A name tagger that knows a fixed list, longest first; and a lexicon of two rhetoric terms. */
const NAMES: [string, EntityType][] = [
  ['Sergei Lavrov', 'person'], ['Vladimir Putin', 'person'], ['John Kerry', 'person'], ['Lavrov', 'person'], ['Lavov', 'person'],
  ['Putin', 'person'], ['Kerry', 'person'], ['Kiev', 'place'], ['Ukraine', 'place'], ['Crimea', 'place'], ['Reuters', 'organization'],
];
const TERMS: [string, string][] = [['junta', 'name-calling'], ['reactionary', 'loaded-language']];
export const fakeRecognizers: Recognizers = {
  entities(seg) {
    const out: EntityMention[] = [];
    for (const [name, type] of NAMES) {
      for (const m of seg.text.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))) {
        const start = m.index!;
        if (out.some((o) => o.start < start + name.length && start < o.end)) continue;
        out.push({ start, end: start + name.length, text: name, type, confidence: 0.9 });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
  markers(seg, options) {
    const out: RhetoricMarker[] = [];
    // Codebook terms first: the analyst's category wins, as in the real rhetoric module.
    const terms = [...(options.codebookTerms ?? []).flatMap((t) => [t.term, ...(t.variants ?? [])].map((v) => [v, t.category] as [string, string])), ...TERMS];
    for (const [term, category] of terms) {
      if (options.ignore?.has(term.toLowerCase())) continue;
      for (const m of seg.text.matchAll(new RegExp(`(?<![\\p{L}])${term}(?![\\p{L}])`, 'giu'))) {
        const start = m.index!;
        if (out.some((o) => o.start < start + term.length && start < o.end)) continue;
        out.push({ start, end: start + m[0].length, text: m[0], category, term: term.toLowerCase(), source: 'lexicon', confidence: 0.9 });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

const WRITABLE = { canWriteCodebook: true };

/** The language service on an in-memory corpus, as the VS Code client gets it (with its client commands); `index` to place positions. */
interface Fixture {
  readonly service: DiscourseLanguageService;
  readonly index: CorpusIndex;
}

function corpusOf(files: Record<string, string>, codebook: Codebook = EMPTY_CODEBOOK, codebookText?: string, clientCommands: readonly string[] = Object.values(ClientCommand)): Fixture {
  const corpus = new Corpus({ sensitivity: 'precise' }, fakeRecognizers);
  corpus.setCodebook(codebookInput(codebook));
  for (const [uri, text] of Object.entries(files)) corpus.update(uri, text);
  const source = { codebook, uri: codebookText !== undefined ? 'file:///workspace/codebook.yaml' : undefined, text: codebookText };
  return { service: createLanguageService({ corpus, codebook: source, clientCommands: new Set(clientCommands) }), index: corpus.index };
}

function samples(codebookText?: string): Fixture {
  const files: Record<string, string> = {};
  for (const f of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) files[uriOf(f)] = fs.readFileSync(path.join(SAMPLES, f), 'utf8');
  const cb = codebookText === undefined ? EMPTY_CODEBOOK : parseCodebook(codebookText).codebook!;
  return corpusOf(files, cb, codebookText);
}

/** The position of the n-th (0-based) occurrence of `needle` in a document of the corpus. */
function at(ctx: Fixture, uri: string, needle: string, nth = 0, into = 1): Position {
  const text = ctx.index.get(uri)!.text;
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not found`);
  return positionAt({ owner: ctx.index.get(uri)!, text }, i + into);
}

const CODEBOOK = `# test codebook
categories:
  - id: delegitimizing-label
    label: Delegitimizing label
    description: Words that deny an actor's legitimacy.
terms:
  - term: junta
    category: delegitimizing-label
    note: Used by the pro-Russian left for the post-2014 government.
entities:
  - name: Sergei Lavrov
    type: person
    aliases: [Lavrov]
    note: Russian foreign minister since 2004.
`;

describe('features: hover', () => {
  const ctx = samples();

  it('in a quotation: who is quoted; on the speaker: how often and where they are quoted', () => {
    const md = (ctx.service.provideHover(uriOf(JUNTA), at(ctx, uriOf(JUNTA), 'colossal mistake'))!.contents as { value: string }).value;
    assert.match(md, /^Quotation of \*\*(Sergei )?Lavrov\*\* \(“He”\)$/, md);
    assert.ok(!/in this article/.test(md), `no word counts under the speaker line: ${md}`);
    // Outside a quotation the same word has its counts.
    const plain = (ctx.service.provideHover(uriOf(JUNTA), at(ctx, uriOf(JUNTA), 'military strikes'))!.contents as { value: string }).value;
    assert.match(plain, /^\*\*military\*\*: .* in this article/, plain);
    const lavrov = (ctx.service.provideHover(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'Lavrov made'))!.contents as { value: string }).value;
    const quoted = /Quoted (\d+) times in (\d+) articles:/.exec(lavrov);
    assert.ok(quoted && Number(quoted[1]) >= 3 && Number(quoted[2]) === 2, lavrov);
    assert.ok(lavrov.includes(`](${uriOf(JUNTA).replace(/'/g, '%27')}#L`), 'each article links to its first quotation');
  });

  it('lists the quoted sources and their quotations for the Entities view', () => {
    const sources = ctx.service.provideQuotedSources();
    const lavrov = sources.find((s) => /Lavrov/.test(s.name));
    assert.ok(lavrov && lavrov.type === 'person' && lavrov.documents === 2, JSON.stringify(sources));
    const quotes = ctx.service.provideQuotations(lavrov.id);
    assert.strictEqual(quotes.length, lavrov.quotes);
    assert.ok(quotes.some((q) => q.text === '‘colossal mistake’'), JSON.stringify(quotes));
    for (const q of quotes) assert.ok(q.text.length <= 100);
  });

  it('on an entity: name, type, counts, and concordance lines from other articles linked to their place', () => {
    const hover = ctx.service.provideHover(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'Lavrov made'))!;
    const md = (hover.contents as { value: string }).value;
    assert.match(md, /\*\*(Sergei )?Lavrov\*\* — person/);
    assert.match(md, /\d+ mentions in \d+ articles/);
    assert.match(md, /In other articles:/);
    // A line from the article on the Kiev junta, linked with #Lline,col.
    const link = (u: string) => `](${u.replace(/'/g, '%27')}#L`;
    const others = md.slice(md.indexOf('In other articles:'), md.indexOf('---'));
    assert.ok(others.includes(link(uriOf(JUNTA))), md);
    assert.ok(!others.includes(link(uriOf(LAVROV))), md);
    // One set of numbers: the entity's, with this article's share (no word-frequency section with its own).
    assert.match(md, /\d+ mentions in \d+ articles: \d+ in this article, \d+ in \d+ other articles?\./);
    assert.doesNotMatch(md, /in the corpus/);
  });

  it("on an entity: the other articles' lines start and end on whole words", () => {
    const md = (ctx.service.provideHover(uriOf(JUNTA), at(ctx, uriOf(JUNTA), 'Lavrov said'))!.contents as { value: string }).value;
    const others = md.slice(md.indexOf('In other articles:'));
    // "SUNDAY night’s meeting between the Russian Foreign Minister, Sergei Lavrov and the US Secretary of State, John Kerry, has…"
    assert.match(others, /- …between the Russian Foreign Minister\\?, \*\*(Sergei )?Lavrov\*\*/, others);
    assert.doesNotMatch(others, /…eeting|Kerry\\?, h…/, others);
  });

  it('on a term: its category and description', () => {
    const cctx = samples(CODEBOOK);
    const md = (cctx.service.provideHover(uriOf(JUNTA), at(cctx, uriOf(JUNTA), 'junta'))!.contents as { value: string }).value;
    assert.match(md, /\*\*junta\*\* — Delegitimizing label/);
    assert.match(md, /Words that deny an actor\\'s legitimacy/);
    assert.match(md, /\*\*Note:\*\* Used by the pro\\-Russian left/);
  });

  it('shows a codebook note in every article that mentions its entity', () => {
    const cctx = samples(CODEBOOK);
    for (const f of [LAVROV, JUNTA]) {
      const md = (cctx.service.provideHover(uriOf(f), at(cctx, uriOf(f), 'Lavrov'))!.contents as { value: string }).value;
      assert.match(md, /\*\*Note:\*\* Russian foreign minister since 2004\\\./, `${f}: ${md}`);
    }
  });

  it('keeps the any-word hover for words that are no entity or term', () => {
    const md = (ctx.service.provideHover(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'counter-revolutionary'))!.contents as { value: string }).value;
    assert.match(md, /^\*\*counter\\-revolutionary\*\*: \d+ times? in this article|^\*\*counter\\-revolutionary\*\*: once in this article/);
  });

  it('never lets article text inject markdown, links, HTML or command URIs', () => {
    const evil = 'file:///evil/a%20(1).txt';
    const text = 'Evil [x](command:workbench.action.quit) text.\n\nPutin <img src=x onerror=alert(1)> and <a href="command:workbench.action.quit">Putin</a> and `Putin` and *Putin* and **Putin**.\n\nPutin again [click](https://example.com).\n';
    const other = 'Putin spoke. [y](command:workbench.action.quit) *Putin*_ <script>alert(1)</script>\n';
    const ictx = corpusOf({ [evil]: text, 'file:///evil/b.txt': other });
    const positions = [...text.matchAll(/Putin|Evil|img|command|click|x/g)].map((m) => positionAt({ owner: ictx.index.get(evil)!, text }, m.index! + 1));
    for (const p of positions) {
      const hover = ictx.service.provideHover(evil, p);
      if (!hover) continue;
      const md = (hover.contents as { value: string }).value;
      assertSafeMarkdown(md);
    }
  });
});

/** Every link is a server-made file: link; no raw HTML, no command: URI, no unescaped emphasis from the text. */
export function assertSafeMarkdown(md: string): void {
  for (const m of md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) assert.match(m[1], /^file:\/\/\/[^\s]*#L\d+,\d+$/, `live link ${m[1]} in ${md}`);
  assert.doesNotMatch(md, /(?<!\\)<[a-zA-Z/]/, `raw HTML in ${md}`);
  assert.doesNotMatch(md, /command:/i, `command URI in ${md}`);
  assert.doesNotMatch(md, /(?<!\\)`/, `unescaped backtick in ${md}`);
}

describe('features: markdown escaping', () => {
  it('escapes every markdown and HTML character', () => {
    assert.strictEqual(escapeMarkdown('[x](command:a) <b> `c` *d* _e_'), '\\[x\\]\\(command\\:a\\) \\<b\\> \\`c\\` \\*d\\* \\_e\\_');
  });
});

describe('features: navigation', () => {
  const ctx = samples(CODEBOOK);

  it('references on "Putin" reach all four articles', () => {
    const refs = ctx.service.provideReferences(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'Putin'));
    assert.deepStrictEqual([...new Set(refs.map((r) => r.uri))].sort(), [DEFEND, JUNTA, LAVROV, FIRST].map(uriOf).sort());
    const text = ctx.index.get(uriOf(FIRST))!.text;
    assert.ok(refs.filter((r) => r.uri === uriOf(FIRST)).length >= (text.match(/\bPutin\b/g) ?? []).length);
  });

  it('definition goes to the codebook entry when the entity is declared', () => {
    const defs = ctx.service.provideDefinition(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'Lavrov made'));
    assert.strictEqual(defs.length, 1);
    assert.strictEqual(defs[0].uri, 'file:///workspace/codebook.yaml');
    assert.strictEqual(CODEBOOK.split('\n')[defs[0].range.start.line].trim(), '- name: Sergei Lavrov');
  });

  it('definition of an undeclared entity is its first mention', () => {
    const defs = ctx.service.provideDefinition(uriOf(FIRST), at(ctx, uriOf(FIRST), 'Putin', 1));
    assert.strictEqual(defs.length, 1);
    const refs = ctx.service.provideReferences(uriOf(FIRST), at(ctx, uriOf(FIRST), 'Putin', 1));
    assert.deepStrictEqual(defs[0], refs[0]);
  });

  it('document highlights are the mentions in this article only', () => {
    const hs = ctx.service.provideDocumentHighlights(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'Putin'));
    const text = ctx.index.get(uriOf(LAVROV))!.text;
    assert.ok(hs.length >= (text.match(/\bPutin\b/g) ?? []).length);
    const refs = ctx.service.provideReferences(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'Putin')).filter((r) => r.uri === uriOf(LAVROV));
    assert.strictEqual(hs.length, refs.length);
  });

  it('rename of an entity is a codebook operation, never an article edit', () => {
    const p = ctx.service.prepareRename(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'Lavrov made'));
    assert.ok(!('error' in p));
    assert.strictEqual((p as { placeholder: string }).placeholder, 'Sergei Lavrov');
    assert.deepStrictEqual(ctx.service.provideRenameOperation(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'Lavrov made'), 'Sergey Lavrov'), { op: 'renameEntity', entity: 'Sergei Lavrov', newName: 'Sergey Lavrov', type: 'person' });
    assert.ok('error' in ctx.service.prepareRename(uriOf(LAVROV), at(ctx, uriOf(LAVROV), 'conclusively')));
  });

  it('workspace symbols: entities and terms, fuzzy-matched', () => {
    assert.ok(fuzzyScore('lvrv', 'Lavrov') > -Infinity);
    assert.strictEqual(fuzzyScore('xyz', 'Lavrov'), -Infinity);
    const syms = ctx.service.provideWorkspaceSymbols('lavr');
    assert.match(syms[0].name, /Lavrov/);
    assert.ok(ctx.service.provideWorkspaceSymbols('junta').some((s) => s.name === 'junta'));
  });
});

describe('features: diagnostics', () => {
  const ctx = samples();

  it('computes no key terms: no diagnostic shows one, and `check` waited for them for nothing', () => {
    const f = samples();
    const keyTerms = (f.index as unknown as { keyTermIndex: { compute(): unknown } }).keyTermIndex;
    const compute = keyTerms.compute.bind(keyTerms);
    let computed = 0;
    keyTerms.compute = () => (computed++, compute());
    const all = f.index.uris().flatMap((u) => f.service.provideDiagnostics(u));
    assert.ok(all.length > 0);
    assert.strictEqual(computed, 0);
    f.index.keyTerms();
    assert.strictEqual(computed, 1, 'the spy sees a computation');
  });

  it('flags "Lavov" as a likely misspelling of Lavrov, as a Warning', () => {
    const ds = ctx.service.provideDiagnostics(uriOf(JUNTA)).filter((d) => d.code === 'misspelling');
    assert.strictEqual(ds.length, 1, JSON.stringify(ds));
    assert.match(String(ds[0].message), /^‘Lavov’ looks like a misspelling of ‘Lavrov’ \(a letter left out; confidence 0\.\d\d; \d+ mentions? in \d+ articles?\)$/);
    assert.strictEqual(ds[0].severity, DiagnosticSeverity.Warning);
    assert.strictEqual(ds[0].source, 'discourse-lens');
    const text = ctx.index.get(uriOf(JUNTA))!.text;
    const p = positionAt({ owner: ctx.index.get(uriOf(JUNTA))!, text }, text.indexOf('Lavov'));
    assert.deepStrictEqual(ds[0].range.start, p);
  });

  /** Misspelling diagnostics of the sample with the slip "Lavov" and of one more article, analysed with `recognizers`. */
  function misspellingsBeside(recognizers: Recognizers, name: string, text: string): { sample: number; extra: unknown[] } {
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    corpus.setCodebook(codebookInput(EMPTY_CODEBOOK));
    for (const f of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) corpus.update(uriOf(f), fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    corpus.update(uriOf(name), text);
    const service = createLanguageService({ corpus, codebook: { codebook: EMPTY_CODEBOOK }, clientCommands: new Set(Object.values(ClientCommand)) });
    const misspellings = (uri: string) => service.provideDiagnostics(uri).filter((d) => d.code === 'misspelling');
    return { sample: misspellings(uriOf(JUNTA)).length, extra: misspellings(uriOf(name)) };
  }

  it('marks a misspelling where it stands as a name, not as a piece of a hyphenated word ("Viet-Cong" beside the slip "Cong")', () => {
    // The tagger takes no name out of "Lavov-style"; the slip "Lavov" stands alone in the sample.
    const recognizers: Recognizers = { ...fakeRecognizers, entities: (seg) => fakeRecognizers.entities(seg).filter((m) => seg.text[m.end] !== '-') };
    assert.deepStrictEqual(misspellingsBeside(recognizers, 'hyphenated.txt', 'Critics of the Lavov-style talks were heard.\n'), { sample: 1, extra: [] });
  });

  it('marks no misspelling on a word of another entity\'s longer name ("Cong" of "Viet Cong" is no slip for "Congo")', () => {
    // Real tagger, text as the UN speeches have it (KHM 1973 beside a scanning slip "Cong" for "Congo").
    const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    corpus.setCodebook(codebookInput(EMPTY_CODEBOOK));
    for (let i = 1; i <= 6; i++) corpus.update(uriOf(`congo-${i}.txt`), `In ${1970 + i} the Government of the Congo welcomed the independence of Namibia. The Congo stands with Africa, and the people of the Congo met in Kinshasa for the session number ${i}.\n`);
    corpus.update(uriOf('slip.txt'), "The delegation of the People's Republic of the Cong speaks today for peace in Africa.\n");
    corpus.update(uriOf('khmer.txt'), 'We have identified, among others, the First North Viet-Namese Division, the Viet Cong C-40 Division, the frontline B-3 Division.\n');
    const service = createLanguageService({ corpus, codebook: { codebook: EMPTY_CODEBOOK }, clientCommands: new Set(Object.values(ClientCommand)) });
    const flagged = (name: string) => service.provideDiagnostics(uriOf(name)).filter((d) => d.code === 'misspelling').map((d) => String(d.message).split(' looks')[0]);
    assert.deepStrictEqual({ slip: flagged('slip.txt'), khmer: flagged('khmer.txt') }, { slip: ['‘Cong’'], khmer: [] });
  });

  it('flags a name a scan damaged as a misspelling of the name it damages, under which it is shown ("Middle Bast")', () => {
    // Real tagger; the seed-823 audit's scanning damage, as the speeches of the 1980s have it.
    const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    corpus.setCodebook(codebookInput(EMPTY_CODEBOOK));
    for (let i = 1; i <= 12; i++) corpus.update(uriOf(`east-${i}.txt`), `In ${1970 + i} the conflict in the Middle East went on, and peace in the Middle East is the hope of session ${i}.\n`);
    corpus.update(uriOf('scan.txt'), 'We call for a just and lasting peace in the Middle Bast and for the rights of its peoples.\n');
    const service = createLanguageService({ corpus, codebook: { codebook: EMPTY_CODEBOOK }, clientCommands: new Set(Object.values(ClientCommand)) });
    const ds = service.provideDiagnostics(uriOf('scan.txt')).filter((d) => d.code === 'misspelling');
    assert.deepStrictEqual(ds.map((d) => String(d.message).split(' (')[0]), ['‘Middle Bast’ looks like a misspelling of ‘Middle East’']);
    assert.ok(!corpus.index.entities().some((e) => e.name === 'Middle Bast'));
  });

  it('gives a mark quoted across a line break of a hard-wrapped speech a one-line message', () => {
    // Real tagger; the UN speeches of the 1990s are often wrapped at about 60 characters (AFG 1993).
    const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    corpus.setCodebook(codebookInput(EMPTY_CODEBOOK));
    corpus.update(uriOf('wrapped.txt'), 'The international community must condemn the untold atrocities\ncommitted against our people by the invaders.\n');
    const service = createLanguageService({ corpus, codebook: { codebook: EMPTY_CODEBOOK }, clientCommands: new Set(Object.values(ClientCommand)) });
    const messages = service.provideDiagnostics(uriOf('wrapped.txt')).map((d) => String(d.message));
    assert.ok(messages.some((m) => m.includes('atrocities committed')), JSON.stringify(messages));
    assert.ok(messages.every((m) => !/\n/.test(m)), JSON.stringify(messages));
  });

  it('marks a misspelling only where the form is a name: not where the tagger left the same word unmarked', () => {
    // The slip "Lavov" of the sample is a name; in the other article the tagger marks nothing: the same letters are no name use there.
    const recognizers: Recognizers = { ...fakeRecognizers, entities: (seg) => fakeRecognizers.entities(seg).filter((m) => !seg.text.slice(m.start).startsWith('Lavov, a form')) };
    assert.deepStrictEqual(misspellingsBeside(recognizers, 'unmarked.txt', 'Lavov, a form the old maps also give, is not the minister.\n'), { sample: 1, extra: [] });
  });

  it('marks rhetoric with its category', () => {
    const ds = ctx.service.provideDiagnostics(uriOf(JUNTA)).filter((d) => d.code === 'rhetoric');
    assert.ok(ds.some((d) => /^Name calling: ‘junta’$/.test(String(d.message))), JSON.stringify(ds.map((d) => String(d.message))));
    assert.ok(ds.every((d) => d.severity === DiagnosticSeverity.Information && d.data));
  });

  it('finds the duplicated paragraphs of "Defend Ukraine independence!", also the one with "Reuters" glued in front', () => {
    const ds = ctx.service.provideDiagnostics(uriOf(DEFEND)).filter((d) => d.code === 'duplicate-paragraph');
    assert.strictEqual(ds.length, 2, JSON.stringify(ds));
    assert.ok(ds.some((d) => /‘Reuters’ glued in front/.test(String(d.message))));
    assert.ok(ds.some((d) => /^This paragraph repeats line \d+ \(a scraping artefact\?\)$/.test(String(d.message))));
  });

  it('scare quotes are their own diagnostic', () => {
    const uri = 'file:///scare/a.txt';
    const text = 'Headline\n\nThe so-called ‘referendum’ was held by Putin.\n';
    const recognizers: Recognizers = {
      entities: fakeRecognizers.entities,
      markers: (seg) => {
        const i = seg.text.indexOf('‘referendum’');
        return [{ start: i, end: i + '‘referendum’'.length, text: '‘referendum’', category: 'scare-quote', term: 'referendum', source: 'scare-quote', confidence: 0.9 }];
      },
    };
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    corpus.update(uri, text);
    const ds = createLanguageService({ corpus }).provideDiagnostics(uri);
    const sq = ds.filter((d) => d.code === 'scare-quote');
    assert.strictEqual(sq.length, 1, JSON.stringify(ds));
    assert.strictEqual(String(sq[0].message), 'Scare quote: ‘referendum’');
    assert.strictEqual(sq[0].severity, DiagnosticSeverity.Information);
  });

  it('a quoted word the text does not hold at a distance is hinted only above the precise level', () => {
    const uri = 'file:///scare/b.txt';
    const text = 'Headline\n\nThe structure has proved inadequate for the needs of the “family”, under a so-called “settlement”.\n';
    const corpus = new Corpus({ sensitivity: 'precise' }, { entities: fakeRecognizers.entities, markers: () => [] });
    corpus.update(uri, text);
    const service = createLanguageService({ corpus });
    const hinted = (allScareQuotes: boolean) => service.provideDiagnostics(uri, { enabled: true, severity: {}, allScareQuotes }).filter((d) => d.code === 'scare-quote').map((d) => String(d.message));
    assert.deepStrictEqual(hinted(false), ['Scare quote: “settlement”']);
    assert.deepStrictEqual(hinted(true), ['Scare quote: “family”', 'Scare quote: “settlement”']);
  });

  it('a lone quoted word whose context holds it at a distance is hinted at the precise level (scareQuoteEvidence.ts)', () => {
    // A modifier before it, another's possessive, a contrast after it, loaded language in its sentence.
    const uri = 'file:///scare/e.txt';
    const text = [
      'Headline', '',
      'Despite all the lessons of the past, Putin is still trying to secure peaceful ‘partnership’.',
      'The old colonialists speak of their "benevolence" towards the developing countries.',
      'They entered the capital in order, allegedly, to "liberate" it but, in actual fact, to occupy it.',
      'The regime staged a "referendum" in the occupied zone.',
      'The structure has proved inadequate for the needs of the "family".', '',
    ].join('\n');
    const loaded = 'staged';
    const corpus = new Corpus({ sensitivity: 'precise' }, {
      entities: fakeRecognizers.entities,
      markers: (seg) => {
        const i = seg.text.indexOf(loaded);
        return [{ start: i, end: i + loaded.length, text: loaded, category: 'loaded-language', term: loaded, source: 'lexicon' as const, confidence: 0.9 }];
      },
    });
    corpus.update(uri, text);
    const service = createLanguageService({ corpus });
    const hinted = service.provideDiagnostics(uri, { enabled: true, severity: {}, allScareQuotes: false }).filter((d) => d.code === 'scare-quote').map((d) => String(d.message));
    assert.deepStrictEqual(hinted, ['Scare quote: ‘partnership’', 'Scare quote: "benevolence"', 'Scare quote: "liberate"', 'Scare quote: "referendum"']);
  });

  it('the Problems panel, the highlights, the decorations, the code lens, the Outline and the Terms view show the same scare quotes', () => {
    // The rhetoric model marks three quoted spans; only the so-called ‘referendum’ is a scare quote:
    // ‘colossal mistake’ is what Lavrov said, “zone of peace” a phrase the text names, not doubts.
    const uri = 'file:///scare/c.txt';
    const text = 'Headline\n\nLavrov said the vote was a ‘colossal mistake’. The so-called ‘referendum’ in Crimea ignored the “zone of peace” proposal.\n';
    const quoted = ['‘colossal mistake’', '‘referendum’', '“zone of peace”'];
    const recognizers: Recognizers = {
      entities: fakeRecognizers.entities,
      markers: (seg) => quoted.map((q) => {
        const i = seg.text.indexOf(q);
        return { start: i, end: i + q.length, text: q, category: 'scare-quote', term: q.slice(1, -1), source: 'scare-quote' as const, confidence: 0.9 };
      }),
    };
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    corpus.update(uri, text);
    const service = createLanguageService({ corpus, clientCommands: new Set([ClientCommand.showEntities, ClientCommand.showTerms]) });
    const at = (line: number, character: number) => line * 1000 + character;
    const panel = service.provideDiagnostics(uri).filter((d) => d.code === 'scare-quote').map((d) => at(d.range.start.line, d.range.start.character));
    assert.deepStrictEqual(panel, [at(2, text.indexOf('‘referendum’') - text.indexOf('Lavrov'))]);
    const scareType = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf('scareQuote');
    const highlights: number[] = [];
    const data = service.provideSemanticTokens(uri).data;
    for (let i = 0, line = 0, ch = 0; i < data.length; i += 5) {
      ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
      line += data[i];
      if (data[i + 3] === scareType) highlights.push(at(line, ch));
    }
    assert.deepStrictEqual(highlights, panel, 'the highlights');
    const markup = service.provideDocumentMarkup(uri).terms.filter((t) => t.category === 'scare-quote').map((t) => at(t.range.start.line, t.range.start.character));
    assert.deepStrictEqual(markup, panel, 'the decorations');
    const lens = service.provideCodeLenses(uri).find((l) => l.command?.arguments?.[0].kind === 'rhetoric')!;
    assert.strictEqual(lens.command!.title, '1 scare quote', 'the lens names what it counts, as the Problems panel does');
    const outline = (service.provideDocumentSymbols(uri).flatMap((s) => s.children ?? [])).filter((s) => s.detail?.split(' · ')[0] === 'Scare quote').map((s) => at(s.range.start.line, s.range.start.character));
    assert.deepStrictEqual(outline, panel, 'the Outline');
    // The Terms view (code-server, issue 11: it listed a quotation's words and missed the panel's scare quotes).
    const inTermsView = service.provideTerms().filter((t) => t.category === 'scare-quote').map((t) => [t.label, t.mentions, t.documents]);
    assert.deepStrictEqual(inTermsView, [['referendum', 1, 1]], 'the Terms view');
  });

  it('the code lens counts rhetoric markers and scare quotes apart, as the Problems panel does', () => {
    // A speech with one name-calling marker and one scare quote: not "2 rhetoric markers".
    const uri = 'file:///scare/d.txt';
    const text = 'Statement\n\nThe junta in the capital silenced the press. The so-called ‘referendum’ in Crimea was held at gunpoint.\n';
    const recognizers: Recognizers = {
      entities: fakeRecognizers.entities,
      markers: (seg) => [
        { start: seg.text.indexOf('junta'), end: seg.text.indexOf('junta') + 5, text: 'junta', category: 'name-calling', term: 'junta', source: 'tagger' as const, confidence: 0.9 },
        { start: seg.text.indexOf('‘referendum’'), end: seg.text.indexOf('‘referendum’') + 12, text: '‘referendum’', category: 'scare-quote', term: 'referendum', source: 'scare-quote' as const, confidence: 0.9 },
      ],
    };
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    corpus.update(uri, text);
    const service = createLanguageService({ corpus, clientCommands: new Set([ClientCommand.showEntities, ClientCommand.showTerms]) });
    const codes = service.provideDiagnostics(uri).map((d) => d.code);
    assert.deepStrictEqual([codes.filter((c) => c === 'rhetoric').length, codes.filter((c) => c === 'scare-quote').length], [1, 1], codes.join());
    const lens = service.provideCodeLenses(uri).find((l) => l.command?.arguments?.[0].kind === 'rhetoric')!;
    assert.strictEqual(lens.command!.title, '1 rhetoric marker, 1 scare quote');
  });

  it('a marker that carries its own quotation marks is not quoted twice in its message', () => {
    // The sample's "likening the self-defence forces ... to ‘Somali pirates’": the marker spans the quotes.
    const text = 'Poroshenko likened the self-defence forces in Donetsk and Slavyansk to ‘Somali pirates’. He called the army a junta.';
    const recognizers: Recognizers = {
      entities: () => [],
      markers: (seg) => [/‘Somali pirates’/g, /junta/g].flatMap((re) => [...seg.text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], category: 'name-calling', term: m[0].toLowerCase(), source: 'lexicon' as const, confidence: 0.9 }))),
    };
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    corpus.update('file:///news/pirates.txt', `Pirates\n\n${text}\n`);
    const messages = createLanguageService({ corpus }).provideDiagnostics('file:///news/pirates.txt').filter((d) => d.code === 'rhetoric').map((d) => String(d.message));
    assert.deepStrictEqual(messages, ['Name calling: ‘Somali pirates’ (in the words of Poroshenko)', 'Name calling: ‘junta’']);
  });

  it("a marker made of words in a large share of the corpus's documents is its register: no diagnostic, no highlight", () => {
    // Twenty-four UN-like speeches: "sovereignty" in every one (boilerplate), "junta" in one.
    const recognizers: Recognizers = {
      entities: () => [],
      markers: (seg) => ['sovereignty', 'junta', 'reactionary'].flatMap((term) => [...seg.text.matchAll(new RegExp(term, 'g'))].map((m) => ({ start: m.index!, end: m.index! + term.length, text: term, category: term === 'junta' ? 'name-calling' : 'flag-waving', term, source: 'tagger' as const, confidence: 0.9 }))),
    };
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    for (let i = 0; i < 24; i++) {
      const extra = i === 0 ? ' The junta in the capital silenced the press.' : i < 5 ? ' Some called it reactionary.' : '';
      corpus.update(`file:///un/speech${i}.txt`, `Speech ${i}\n\nWe respect the sovereignty of every State and the Charter.${extra}\n`);
    }
    const service = createLanguageService({ corpus });
    const messages = (i: number) => service.provideDiagnostics(`file:///un/speech${i}.txt`).filter((d) => d.code === 'rhetoric').map((d) => String(d.message));
    assert.deepStrictEqual(messages(0), ['Name calling: ‘junta’']);
    assert.deepStrictEqual(messages(1), ['Flag-waving: ‘reactionary’'], 'a word in 4 of 24 speeches is no register');
    assert.deepStrictEqual(messages(7), []);
    // Four speeches are too few to know a register: every marker stays.
    const small = new Corpus({ sensitivity: 'precise' }, recognizers);
    for (let i = 0; i < 4; i++) small.update(`file:///un/speech${i}.txt`, `Speech ${i}\n\nWe respect the sovereignty of every State.\n`);
    assert.strictEqual(createLanguageService({ corpus: small }).provideDiagnostics('file:///un/speech2.txt').filter((d) => d.code === 'rhetoric').length, 1);
    const tokens = service.provideSemanticTokens('file:///un/speech7.txt').data;
    assert.strictEqual(tokens.length, 0, 'no highlight for the register word');
    // The code lens counts what the Problems panel shows, not the register word as well.
    const lensTitles = (i: number) => createLanguageService({ corpus, clientCommands: new Set(['discourseLens.showEntities', 'discourseLens.showTerms']) }).provideCodeLenses(`file:///un/speech${i}.txt`).map((l) => l.command!.title);
    assert.ok(lensTitles(0).includes('1 rhetoric marker'), lensTitles(0).join(' | '));
    assert.ok(!lensTitles(7).some((t) => /rhetoric marker/.test(t)), `nothing to count, no lens part: ${lensTitles(7).join(' | ')}`);
  });

  it('severity is configurable per category and code, and diagnostics can be switched off', () => {
    const ds = ctx.service.provideDiagnostics(uriOf(JUNTA), { enabled: true, severity: { 'name-calling': 'warning', misspelling: 'error', 'duplicate-paragraph': 'off' } });
    assert.ok(ds.filter((d) => /junta/.test(String(d.message))).every((d) => d.severity === DiagnosticSeverity.Warning));
    assert.ok(ds.filter((d) => d.code === 'misspelling').every((d) => d.severity === DiagnosticSeverity.Error));
    assert.deepStrictEqual(ctx.service.provideDiagnostics(uriOf(DEFEND), { enabled: true, severity: { 'duplicate-paragraph': 'off' } }).filter((d) => d.code === 'duplicate-paragraph'), []);
    assert.deepStrictEqual(ctx.service.provideDiagnostics(uriOf(JUNTA), { enabled: false, severity: {} }), []);
  });

  it('flags a declared entity written with a different name', () => {
    const cctx = samples(CODEBOOK.replace('aliases: [Lavrov]', 'aliases: [Lavrov, Lavrow]').replace('# test codebook', '# test codebook') + '  - name: Kyiv\n    type: place\n    aliases: [Kiev]\n');
    const ds = cctx.service.provideDiagnostics(uriOf(JUNTA)).filter((d) => d.code === 'inconsistent-name');
    assert.ok(ds.some((d) => /^‘Kiev’ is a name of Kyiv; the corpus writes ‘Kiev’ \(\d+\)/.test(String(d.message))), JSON.stringify(ds));
    // "Lavrov" is part of "Sergei Lavrov": a normal short form, not flagged.
    assert.ok(!ds.some((d) => /‘Lavrov’/.test(String(d.message))));
  });
});

describe('features: code actions', () => {
  const ctx = samples(CODEBOOK);

  it('corrects a misspelling with an edit on the article (and offers alias / ignore)', () => {
    const d = ctx.service.provideDiagnostics(uriOf(JUNTA)).find((x) => x.code === 'misspelling')!;
    const actions = ctx.service.provideCodeActions(uriOf(JUNTA), d.range, [d], WRITABLE);
    const fix = actions.find((a) => a.title === 'Correct ‘Lavov’ to ‘Lavrov’')!;
    assert.ok(fix.isPreferred);
    assert.deepStrictEqual(fix.edit!.changes![uriOf(JUNTA)], [{ range: d.range, newText: (d.data as { canonical: string }).canonical }]);
    assert.ok(actions.some((a) => /^Keep ‘Lavov’: mark it as an alias of/.test(a.title) && a.command?.command === 'discourseLens.server.codebookEdit'));
    // Each action once: the misspelling's "Ignore ‘Lavov’" is not offered again among the word's actions.
    assert.deepStrictEqual(actions.filter((a) => a.title === 'Ignore ‘Lavov’').map((a) => a.kind), ['quickfix']);
    assert.strictEqual(new Set(actions.map((a) => a.title)).size, actions.length);
  });

  it('offers a codebook term under its likely categories, the others through the prompt, alias, ignore and note', () => {
    const addAs = (needle: string) => {
      const p = at(ctx, uriOf(LAVROV), needle);
      return ctx.service.provideCodeActions(uriOf(LAVROV), { start: p, end: p }, [], WRITABLE).filter((a) => / to the codebook as /.test(a.title)).map((a) => a.title);
    };
    // On a marker: its category and the analyst's own; no entry for each built-in category.
    assert.deepStrictEqual(addAs('reactionary coup'), ['Add ‘reactionary’ to the codebook as Loaded language', 'Add ‘reactionary’ to the codebook as Delegitimizing label']);
    const r = at(ctx, uriOf(LAVROV), 'reactionary coup');
    const onMarker = ctx.service.provideCodeActions(uriOf(LAVROV), { start: r, end: r }, [], WRITABLE);
    assert.deepStrictEqual(onMarker.filter((a) => /alias/.test(a.title)).map((a) => a.title), [], 'a rhetoric marker is no alias of a name');
    const p = at(ctx, uriOf(LAVROV), 'counter-revolutionary');
    const actions = ctx.service.provideCodeActions(uriOf(LAVROV), { start: p, end: p }, [], WRITABLE);
    assert.deepStrictEqual(addAs('counter-revolutionary'), ['Add ‘counter-revolutionary’ to the codebook as Delegitimizing label']);
    const add = actions.find((a) => a.title === 'Add ‘counter-revolutionary’ to the codebook as Delegitimizing label')!;
    assert.deepStrictEqual(add.command!.arguments, [{ op: 'addTerm', term: 'counter-revolutionary', category: 'delegitimizing-label' }]);
    const other = actions.find((a) => a.command?.command === 'discourseLens.addToCodebook')!;
    assert.strictEqual(other.title, 'Add ‘counter-revolutionary’ to the codebook under another category…');
    assert.deepStrictEqual(other.command!.arguments, [{ term: 'counter-revolutionary' }], 'no category given: the client lists them all');
    assert.ok(actions.some((a) => a.title === 'Ignore ‘counter-revolutionary’' && (a.command!.arguments![0] as { op: string }).op === 'ignore'));
    assert.ok(actions.some((a) => a.command?.command === 'discourseLens.addNote'));
  });

  it('on a misspelt name: its fixes, alias, ignore and note, no codebook term entries', () => {
    const d = ctx.service.provideDiagnostics(uriOf(JUNTA)).find((x) => x.code === 'misspelling')!;
    const actions = ctx.service.provideCodeActions(uriOf(JUNTA), d.range, [d], WRITABLE);
    assert.deepStrictEqual(actions.filter((a) => /to the codebook/.test(a.title)).map((a) => a.title), []);
    assert.strictEqual(actions[0].title, 'Correct ‘Lavov’ to ‘Lavrov’');
    // Each codebook edit once: "Keep ‘Lavov’: mark it as an alias of Sergei Lavrov" is not offered again as "Mark ‘Lavov’ as an alias of Sergei Lavrov".
    const edits = actions.filter((a) => a.command?.command === 'discourseLens.server.codebookEdit').map((a) => JSON.stringify(a.command!.arguments));
    assert.strictEqual(new Set(edits).size, edits.length, actions.map((a) => a.title).join('\n'));
    assert.ok(actions.some((a) => a.command?.command === ClientCommand.markAlias), 'another entity stays reachable through the prompt');
  });

  it('on a declared entity: edit its note (with the current note as the starting text)', () => {
    const p = at(ctx, uriOf(LAVROV), 'Lavrov made');
    const note = ctx.service.provideCodeActions(uriOf(LAVROV), { start: p, end: p }, [], WRITABLE).find((a) => a.command?.command === 'discourseLens.addNote')!;
    assert.strictEqual(note.title, 'Edit the note on Sergei Lavrov…');
    assert.deepStrictEqual(note.command!.arguments![0], { kind: 'entity', name: 'Sergei Lavrov', note: 'Russian foreign minister since 2004.', type: 'person' });
  });

  it('offers to mark a name as an alias of a related entity', () => {
    const p = at(ctx, uriOf(JUNTA), 'Lavov');
    const actions = ctx.service.provideCodeActions(uriOf(JUNTA), { start: p, end: p }, [], WRITABLE);
    assert.ok(actions.some((a) => /^Mark ‘Lavov’ as an alias of (Sergei )?Lavrov$/.test(a.title)), actions.map((a) => a.title).join('\n'));
  });

  it('offers a name as an alias only of entities of its type', () => {
    const names: [string, EntityType][] = [['Government of Prance', 'organization'], ['France', 'place'], ['Prance', 'place'], ['Vance', 'person'], ['Troyes', 'place']];
    const recognizers: Recognizers = {
      ...fakeRecognizers,
      entities: (seg) => names.flatMap(([name, type]) => [...seg.text.matchAll(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'gu'))].map((m) => ({ start: m.index!, end: m.index! + name.length, text: name, type, confidence: 0.9 }))).filter((m, _, all) => !all.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)).sort((a, b) => a.start - b.start),
    };
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    const uri = 'file:///news/france.txt';
    corpus.update(uri, 'France and Troyes.\n\nPrance said no to Vance.\n\nThe Government of Prance agreed.\n');
    const service = createLanguageService({ corpus, clientCommands: new Set(Object.values(ClientCommand)) });
    const text = corpus.index.get(uri)!.text;
    const p = positionAt({ owner: corpus.index.get(uri)!, text }, text.indexOf('Prance said') + 1);
    const titles = service.provideCodeActions(uri, { start: p, end: p }, [], WRITABLE).map((a) => a.title);
    assert.ok(titles.includes('Mark ‘Prance’ as an alias of France'), titles.join('\n'));
    assert.deepStrictEqual(titles.filter((t) => /alias of (Vance|Government of Prance)$/.test(t)), []);
  });

  it('offers no codebook writes in an untrusted workspace', () => {
    const p = at(ctx, uriOf(LAVROV), 'Lavrov made');
    assert.deepStrictEqual(ctx.service.provideCodeActions(uriOf(LAVROV), { start: p, end: p }, [], { canWriteCodebook: false }), []);
  });

  it('offers actions that prompt through client commands only to clients that run them', () => {
    const files = Object.fromEntries(fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => [uriOf(f), fs.readFileSync(path.join(SAMPLES, f), 'utf8')]));
    const other = corpusOf(files, parseCodebook(CODEBOOK).codebook!, CODEBOOK, []);
    const p = at(other, uriOf(LAVROV), 'Lavrov made');
    const actions = other.service.provideCodeActions(uriOf(LAVROV), { start: p, end: p }, [], WRITABLE);
    const clientOnly = new Set<string>(Object.values(ClientCommand));
    assert.ok(actions.length > 0, 'the codebook edits the server runs itself are still offered');
    assert.deepStrictEqual(actions.filter((a) => clientOnly.has(a.command?.command ?? '')).map((a) => a.title), []);
    assert.ok(actions.every((a) => a.edit || a.command?.command === 'discourseLens.server.codebookEdit'));
    // No prompt to pick a category in: each category is an entry of its own, run by the server.
    const q = at(other, uriOf(LAVROV), 'counter-revolutionary');
    const onWord = other.service.provideCodeActions(uriOf(LAVROV), { start: q, end: q }, [], WRITABLE);
    const added = onWord.filter((a) => a.command?.command === 'discourseLens.server.codebookEdit' && (a.command.arguments![0] as { op: string }).op === 'addTerm');
    assert.ok(added.length >= 10 && added.some((a) => / as Name calling$/.test(a.title)), onWord.map((a) => a.title).join('\n'));
    assert.ok(onWord.every((a) => a.edit || a.command?.command === 'discourseLens.server.codebookEdit'));
    const mine = ctx.service.provideCodeActions(uriOf(LAVROV), { start: p, end: p }, [], WRITABLE);
    assert.ok(mine.some((a) => a.command?.command === ClientCommand.addNote) && mine.some((a) => a.command?.command === ClientCommand.markAlias));
  });
});

/** The key term an Outline entry shows: its own entry, or a rhetoric mark's that is also one ("Name calling · key term", "… · key term “X”"). */
function keyTermIn(s: DocumentSymbol): string | undefined {
  if (s.detail === 'key term') return s.name;
  const m = / · key term(?: “(.+)”)?$/.exec(s.detail ?? '');
  return m ? (m[1] ?? s.name) : undefined;
}

describe('features: symbols, tokens, lenses, custom requests', () => {
  const ctx = samples(CODEBOOK);

  it('document symbols: headline, standfirst, byline and date, then the paragraphs, each with its mentions and terms', () => {
    const syms = ctx.service.provideDocumentSymbols(uriOf(DEFEND));
    assert.deepStrictEqual(syms.slice(0, 4).map((s) => s.detail), ['headline', 'standfirst', 'byline', 'date']);
    assert.strictEqual(syms.find((s) => s.detail === 'byline')!.name, 'Roy Landersen');
    assert.strictEqual(syms.find((s) => s.detail === 'date')!.name, 'April 3, 2023');
    assert.ok(syms.slice(4).every((s) => /^paragraph \d+$/.test(s.detail!)), JSON.stringify(syms.map((s) => s.detail)));
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    assert.ok(all(syms).filter((s) => /Putin/.test(s.name) && /^person/.test(s.detail ?? '')).length >= 9);
    assert.ok(all(syms).some((s) => /^place/.test(s.detail ?? '')));
    // VS Code draws Module, Namespace, Package and Object with the paragraphs' `{}` icon: a place
    // drawn so reads as a paragraph in the Outline.
    const braces = new Set<SymbolKind>([SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Package, SymbolKind.Object]);
    const entitySymbols = all(syms).filter((s) => !/^paragraph|^headline|^standfirst|^byline|^date$|key term/.test(s.detail ?? '') && !s.children);
    assert.ok(entitySymbols.some((s) => /^place/.test(s.detail ?? '')));
    assert.deepStrictEqual(entitySymbols.filter((s) => braces.has(s.kind)).map((s) => `${s.name} (${s.detail})`), []);
    const kiev = ctx.service.provideWorkspaceSymbols('kiev');
    assert.ok(kiev.length > 0 && kiev.every((s) => !braces.has(s.kind)), JSON.stringify(kiev.map((s) => s.kind)));
    const junta = all(ctx.service.provideDocumentSymbols(uriOf(JUNTA)));
    assert.ok(junta.some((c) => c.name === 'junta' && c.detail === 'Delegitimizing label'), JSON.stringify(junta.filter((c) => c.name === 'junta')));
  });

  it('document symbols: a key term on a rhetoric mark\'s words is one entry, the mark\'s, which says it is also a key term (KHM_33_1978: "imperialist" twice)', () => {
    const S = GENERAL_DEBATE_SENTENCES;
    const speech = (d: number, extra: string[] = []) => [0, 1, 2, 3].map((p) => `${S[(d + 3 * p) % S.length]} ${S[(d + 3 * p + 1) % S.length]}`).concat(extra).join('\n\n');
    const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    const imperialist = ['The imperialist forces continue their aggression against our people in the east.', 'The people will defeat the imperialist aggressors and their lackeys.'];
    corpus.update('file:///u/KHM_33_1978.txt', speech(5, [...imperialist, ...imperialist, ...imperialist]));
    for (let d = 0; d < 30; d++) corpus.update(`file:///u/S${d}.txt`, speech(d, d === 3 ? ['Imperialist powers are at work.'] : []));
    assert.deepStrictEqual(corpus.index.keyTermsOf('file:///u/KHM_33_1978.txt').map((k) => k.label), ['imperialist']);
    const service = createLanguageService({ corpus, codebook: { codebook: EMPTY_CODEBOOK }, clientCommands: new Set(Object.values(ClientCommand)) });
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    const entries = all(service.provideDocumentSymbols('file:///u/KHM_33_1978.txt')).filter((s) => s.name === 'imperialist');
    assert.deepStrictEqual(entries.map((s) => s.detail), new Array(6).fill('Name calling · key term'));
  });

  it('document symbols and titles: a speech without a headline starts with its first paragraph (one across the page break that cut its sentence) and is named by its file; a news headline above a dateline is the title', () => {
    const corpus = new Corpus({ sensitivity: 'precise' }, { entities: () => [], markers: () => [] });
    const speech = 'file:///ungdc/MLT_60_2005.txt';
    const news = 'file:///news/conll-valid-001.txt';
    corpus.update(speech, 'I would first like to\ncongratulate Mr. Jan Eliasson upon his election to the\n10\n\npresidency of the General Assembly at its sixtieth session.\n');
    corpus.update(news, 'Jones Medical completes acquisition.\n\nST. LOUIS 1996-08-30\n\nJones Medical Industries Inc said it completed the acquisition of Daniels Pharmaceuticals.\n');
    const service = createLanguageService({ corpus });
    assert.deepStrictEqual(service.provideDocumentSymbols(speech).map((s) => s.detail), ['paragraph 1']);
    assert.strictEqual(corpus.index.title(speech), 'MLT_60_2005.txt');
    const symbols = service.provideDocumentSymbols(news);
    assert.deepStrictEqual(symbols.map((s) => s.detail), ['headline', 'paragraph 2', 'paragraph 3']);
    assert.strictEqual(symbols[0].name, 'Jones Medical completes acquisition.');
    assert.strictEqual(corpus.index.title(news), 'Jones Medical completes acquisition.');
  });

  it('semantic tokens: entity types and term categories', () => {
    const tokens = ctx.service.provideSemanticTokens(uriOf(JUNTA)).data;
    assert.ok(tokens.length > 0 && tokens.length % 5 === 0);
    const types = new Set<string>();
    for (let i = 3; i < tokens.length; i += 5) types.add(SEMANTIC_TOKENS_LEGEND.tokenTypes[tokens[i]]);
    assert.ok(types.has('person') && types.has('place') && types.has('rhetoric'), [...types].join());
  });

  it('code lens: entities, rhetoric markers and key terms at the top', () => {
    const lenses = ctx.service.provideCodeLenses(uriOf(JUNTA));
    // The sample articles are too short for a key term: no "0 key terms (0 occurrences)" part (code-server, issue 11).
    assert.deepStrictEqual(lenses.map((l) => (l.command!.arguments![0] as { kind: string }).kind), ['entities', 'rhetoric']);
    assert.ok(lenses.every((l) => !/^0 /.test(l.command!.title)), lenses.map((l) => l.command!.title).join(' | '));
    assert.ok(lenses.every((l) => l.range.start.line === 0 && l.command));
    assert.match(lenses[0].command!.title, /^\d+ entit(y|ies) \(\d+ mentions?\)$/);
    assert.match(lenses[1].command!.title, /^(?:\d+ rhetoric markers?(?:, \d+ scare quotes?)?|\d+ scare quotes?)$/);
    assert.strictEqual(lenses[0].command!.command, 'discourseLens.showEntities');
    assert.ok((lenses[0].command!.arguments![0] as { locations: unknown[] }).locations.length > 0);
  });

  it('key terms: the code lens, the Outline and the Terms view count the same occurrences', () => {
    // Per term: the four samples are too short for the level corrected for the number of terms tested.
    ctx.index.setKeyTermOptions({ ...DEFAULT_KEY_TERM_OPTIONS, correctForTests: false });
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    const keyTerms = ctx.service.provideTerms().filter((t) => t.kind === 'keyword');
    assert.ok(keyTerms.length > 0);
    const inOutline = new Map<string, number>();
    for (const f of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) {
      const outline = all(ctx.service.provideDocumentSymbols(uriOf(f))).flatMap((s) => keyTermIn(s) ?? []);
      for (const name of outline) inOutline.set(name, (inOutline.get(name) ?? 0) + 1);
      const lens = ctx.service.provideCodeLenses(uriOf(f)).find((l) => (l.command!.arguments![0] as { kind: string }).kind === 'keywords')?.command!.title ?? '0 key terms (0 occurrences)';
      const m = /^(\d+) key terms? \((\d+) occurrences?\)$/.exec(lens);
      assert.ok(m, lens);
      assert.strictEqual(Number(m[2]), outline.length, `${f}: ${lens}`);
      assert.strictEqual(Number(m[1]), new Set(outline).size, `${f}: ${lens}`);
    }
    for (const t of keyTerms) {
      assert.strictEqual(inOutline.get(t.label) ?? 0, t.mentions, t.label);
      // Where it is key, as the documents show it; the references list every use in the corpus.
      assert.ok(ctx.service.provideMentions(t.id).length >= t.mentions, t.label);
    }
    ctx.index.setKeyTermOptions(DEFAULT_KEY_TERM_OPTIONS);
  });

  it('the Outline gives an entity\'s written form only when it reads differently from its name', () => {
    // A hard-wrapped speech (DOM_50_1995): "the Minister for Foreign Affairs of the Republic of\nCôte d’Ivoire".
    const recognizers: Recognizers = {
      entities: (seg) => [...seg.text.matchAll(/Republic of\s+Côte d[’']Ivoire|Ivory Coast/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'place' as const, confidence: 0.9 })),
      markers: () => [],
    };
    const corpus = new Corpus({ sensitivity: 'precise' }, recognizers);
    corpus.update('file:///un/CIV.txt', "Speech\n\nThe Republic of Côte d'Ivoire thanks the Assembly. The Republic of Côte d'Ivoire is at peace.\n");
    corpus.update('file:///un/DOM.txt', 'Speech\n\nI thank the Minister for Foreign Affairs of the Republic of\nCôte d’Ivoire, His Excellency Mr. Amara Essy.\n');
    const service = createLanguageService({ corpus });
    const places = (uri: string) => service.provideDocumentSymbols(uri).flatMap((s) => s.children ?? []).filter((s) => s.detail?.startsWith('place')).map((s) => `${s.name} | ${s.detail}`);
    assert.deepStrictEqual(places('file:///un/DOM.txt'), ["Republic of Côte d'Ivoire | place"]);
  });

  it('key terms: a document shows the terms key in it, not a term it uses in passing; lens, Outline and Terms view agree, the concordance has every use', () => {
    // Speeches in the words of the General Debate: one about desertification, one that names it once among other things.
    const files = desertificationDebate();
    const c = corpusOf(files);
    const [niger, france] = ['file:///ungdc/NER_52_1997.txt', 'file:///ungdc/FRA_52_1997.txt'];
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    const keyInOutline = (uri: string) => all(c.service.provideDocumentSymbols(uri)).flatMap((s) => keyTermIn(s)?.toLowerCase() ?? []);
    assert.strictEqual(keyInOutline(niger).filter((n) => n === 'desertification').length, 6, JSON.stringify(keyInOutline(niger)));
    assert.deepStrictEqual(keyInOutline(france), [], 'named once in passing: a plain word there');
    assert.ok(!c.service.provideDocumentMarkup(france).terms.some((t) => t.kind === 'keyword'), 'no highlight either');
    assert.ok(!c.service.provideCodeLenses(france).some((l) => /key term/.test(l.command!.title)), 'no key term: no key term lens');
    const term = c.service.provideTerms().find((t) => t.id === 'keyword:desertification')!;
    assert.ok(term, JSON.stringify(c.service.provideTerms().map((t) => t.label)));
    // The Terms view counts where the term is key (what the documents show): 6 in 1 article.
    assert.deepStrictEqual([term.mentions, term.documents], [6, 1]);
    assert.strictEqual(c.service.provideCodeLenses(niger).find((l) => /key term/.test(l.command!.title))?.command!.title, '1 key term (6 occurrences)');
    // The concordance and the hover have every use, the one in passing too.
    assert.strictEqual(c.service.provideMentions(term.id).length, 7);
    const hover = JSON.stringify(c.service.provideHover(niger, at(c, niger, 'Desertification'))?.contents);
    assert.match(hover, /7 mentions in 2 articles/);
    assert.match(hover, /Key in this article .*in 1 article \(6 mentions there\)/);
    // Coded as a rhetoric term too: the overview's legend says which series is which.
    const coded = corpusOf(files, parseCodebook('terms:\n  - term: desertification\n    category: appeal-to-fear\n').codebook!);
    const rhetoric = coded.service.provideTerms().find((t) => t.kind === 'rhetoric' && t.label === 'desertification')!;
    assert.ok(rhetoric && coded.service.provideTerms().some((t) => t.id === term.id), JSON.stringify(coded.service.provideTerms()));
    assert.deepStrictEqual(coded.service.provideOverview({ ids: [rhetoric.id, term.id] }).frequencies.map((f) => f.label), ['desertification (Appeal to fear)', 'desertification (key term)']);
    assert.deepStrictEqual(coded.service.provideOverview({ ids: [term.id] }).frequencies.map((f) => f.label), ['desertification']);
  });

  it('code lens: none for a client that does not run the commands they call', () => {
    const files = Object.fromEntries(fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => [uriOf(f), fs.readFileSync(path.join(SAMPLES, f), 'utf8')]));
    assert.deepStrictEqual(corpusOf(files, EMPTY_CODEBOOK, undefined, []).service.provideCodeLenses(uriOf(JUNTA)), []);
  });

  it('a cancelled request answers empty, without running the feature', () => {
    const cancelled = { isCancellationRequested: true };
    const p = at(ctx, uriOf(LAVROV), 'Putin');
    assert.ok(ctx.service.provideHover(uriOf(LAVROV), p));
    assert.strictEqual(ctx.service.provideHover(uriOf(LAVROV), p, cancelled), null);
    assert.deepStrictEqual(ctx.service.provideReferences(uriOf(LAVROV), p, cancelled), []);
    assert.deepStrictEqual(ctx.service.provideWorkspaceSymbols('lavr', cancelled), []);
    assert.deepStrictEqual(ctx.service.provideSemanticTokens(uriOf(JUNTA), cancelled), { data: [] });
    assert.strictEqual(ctx.service.provideExportInput('x', cancelled), null);
  });

  it('a request cancelled part-way stops in its loop over mentions', () => {
    const item = ctx.service.provideItemAt({ uri: uriOf(LAVROV), position: at(ctx, uriOf(LAVROV), 'Putin') })!;
    let checks = 0;
    const afterTwo = { get isCancellationRequested() { return ++checks > 2; } };
    assert.deepStrictEqual(ctx.service.provideMentions(item.id, afterTwo), []);
    assert.ok(checks > 2, 'the loop checked the token');
    assert.ok(ctx.service.provideMentions(item.id).length > 2);
  });

  it('the service object is frozen', () => {
    assert.ok(Object.isFrozen(ctx.service));
  });

  it('custom requests: itemAt, mentions, concordance, notes, overview, document markup', () => {
    const item = ctx.service.provideItemAt({ uri: uriOf(LAVROV), position: at(ctx, uriOf(LAVROV), 'Putin') })!;
    assert.strictEqual(item.kind, 'entity');
    const mentions = ctx.service.provideMentions(item.id);
    assert.strictEqual(new Set(mentions.map((m) => m.uri)).size, 4);
    const conc = ctx.service.provideConcordance({ query: item.id, width: 30 });
    assert.strictEqual(conc.lines.length, mentions.length);
    assert.ok(conc.lines.every((l) => l.title && l.range));
    assert.ok(ctx.service.provideConcordance({ query: 'junta' }).lines.length >= 1);
    const notes = ctx.service.provideNotes();
    assert.ok(notes.some((n) => n.kind === 'entity' && n.label === 'Sergei Lavrov'));
    assert.ok(notes.some((n) => n.kind === 'term' && n.label === 'junta'));
    const ov = ctx.service.provideOverview({ ids: [item.id] });
    assert.strictEqual(ov.documents.length, 4);
    assert.strictEqual(ov.frequencies[0].counts.reduce((a, b) => a + b, 0), mentions.length);
    assert.ok(ov.dispersion[0].positions.flat().every((x) => x >= 0 && x <= 1));
    const markup = ctx.service.provideDocumentMarkup(uriOf(JUNTA));
    assert.ok(markup.entities.length > 0 && markup.terms.some((t) => t.kind === 'rhetoric'));
  });
});
