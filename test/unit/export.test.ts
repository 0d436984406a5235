import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import {
  ExportInput,
  GUID_V4,
  JSON_EXPORT_FORMAT,
  buildQdpxProject,
  codePointOffsets,
  exportCsv,
  exportJson,
  exportQdpx,
  parseCsv,
} from '../../server/src/analysis/export';

const XSD = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'refi-qda', 'Project.xsd'), 'utf8');

/** An in-memory corpus with the awkward cases: quotes, commas, newlines, markup characters, astral characters. */
function corpus(): ExportInput {
  const a = 'Putin met Kerry in "Sochi", then Lavrov said: <junta> & more.\r\nPutin left.\n';
  const b = '🇺🇦 Ukraine, Kiev junta — =SUM(A1) — Lavrov again, with 😀 Putin.\n';
  const find = (text: string, s: string, from = 0) => text.indexOf(s, from);
  const m = (id: string, uri: string, text: string, s: string, from = 0) => {
    const start = find(text, s, from);
    assert.ok(start >= 0, s);
    return { id, uri, start, end: start + s.length, text: s };
  };
  const A = 'file:///c/a.txt';
  const B = 'file:///c/b%20b.txt';
  return {
    name: 'Test corpus',
    documents: [
      { uri: B, title: 'B, "the second" <article>', text: b },
      { uri: A, title: 'A & first', text: a },
    ],
    entities: [
      { id: 'entity:person:putin', name: 'Putin', type: 'person', aliases: ['Putin', 'Vladimir Putin'], mentions: 3, documents: 2, declared: true },
      { id: 'entity:person:lavrov', name: 'Lavrov', type: 'person', aliases: ['Lavrov'], mentions: 2, documents: 2, declared: false },
      { id: 'entity:place:sochi', name: 'Sochi', type: 'place', aliases: ['Sochi'], mentions: 1, documents: 1, declared: false },
    ],
    terms: [
      { id: 'term:name-calling:junta', label: 'junta', kind: 'rhetoric', category: 'name-calling', mentions: 2, documents: 2 },
      { id: 'keyword:=sum(a1)', label: '=SUM(A1)', kind: 'keyword', category: 'keyword', mentions: 1, documents: 1, keyness: { g2: 3.5, logRatio: 1.25, documentFrequency: 1, corpusDocuments: 2 } },
    ],
    mentions: [
      m('entity:person:putin', A, a, 'Putin'),
      m('entity:person:putin', A, a, 'Putin', 10),
      m('entity:place:sochi', A, a, 'Sochi'),
      m('entity:person:lavrov', A, a, 'Lavrov'),
      m('term:name-calling:junta', A, a, 'junta'),
      m('term:name-calling:junta', B, b, 'junta'),
      m('keyword:=sum(a1)', B, b, '=SUM(A1)'),
      m('entity:person:lavrov', B, b, 'Lavrov'),
      m('entity:person:putin', B, b, 'Putin'),
      // same span as an entity mention: one selection, two codings
      m('entity:place:sochi', B, b, 'Ukraine'),
      m('term:name-calling:junta', B, b, 'Ukraine'),
    ],
    categories: [
      { id: 'name-calling', label: 'Name calling, labeling', color: '#d62728', source: 'builtin' },
      { id: 'loaded', label: 'Loaded language', color: '#ff7f0e80', description: 'Words with "strong" <emotional> implications', source: 'codebook' },
    ],
    notes: [
      { id: 'entity:person:putin', label: 'Putin', kind: 'entity', note: 'Head of state;\n"always" <named> & quoted.' },
      { id: 'term:name-calling:junta', label: 'junta', kind: 'term', note: 'Delegitimises the government.' },
      { id: 'loaded', label: 'Loaded language', kind: 'category', note: 'Check each case.' },
    ],
  };
}

describe('export: CSV', () => {
  it('round-trips entities, terms and mentions through an RFC 4180 parser', () => {
    const input = corpus();
    const files = exportCsv(input);
    const entities = parseCsv(files['entities.csv']);
    assert.deepStrictEqual(entities[0], ['id', 'name', 'type', 'aliases', 'mentions', 'documents', 'declared']);
    assert.strictEqual(entities.length, 1 + input.entities.length);
    assert.deepStrictEqual(entities[1], ['entity:person:putin', 'Putin', 'person', 'Putin; Vladimir Putin', '3', '2', 'true']);

    const terms = parseCsv(files['terms.csv']);
    assert.strictEqual(terms.length, 1 + input.terms.length);
    const kw = terms.find((r) => r[0] === 'keyword:=sum(a1)')!;
    assert.strictEqual(kw[1], "'=SUM(A1)", 'formula-like cells are defused');
    assert.deepStrictEqual(kw.slice(6), ['3.5', '1.25']);

    const mentions = parseCsv(files['mentions.csv']);
    assert.strictEqual(mentions.length, 1 + input.mentions.length);
    const header = mentions[0];
    const col = (n: string) => header.indexOf(n);
    // corpus order: by uri then offset
    const keys = mentions.slice(1).map((r) => `${r[col('document')]}|${r[col('start')].padStart(6, '0')}`);
    assert.deepStrictEqual(keys, [...keys].sort());
    const titled = mentions.find((r) => r[col('document')] === 'file:///c/b%20b.txt')!;
    assert.strictEqual(titled[col('title')], 'B, "the second" <article>', 'commas and quotes survive');
    for (const r of mentions.slice(1)) {
      const doc = input.documents.find((d) => d.uri === r[col('document')])!;
      const text = r[col('text')].replace(/^'/, '');
      assert.strictEqual(doc.text.slice(Number(r[col('start')]), Number(r[col('end')])), text);
    }
    assert.ok(files['mentions.csv'].endsWith('\r\n'));
  });
});

describe('export: JSON', () => {
  it('round-trips through JSON.parse with every record', () => {
    const input = corpus();
    const data = JSON.parse(exportJson(input));
    assert.strictEqual(data.format, JSON_EXPORT_FORMAT);
    assert.deepStrictEqual(data.entities, input.entities);
    assert.deepStrictEqual(data.terms, input.terms);
    assert.deepStrictEqual(data.notes, input.notes);
    assert.deepStrictEqual(data.categories, input.categories);
    assert.strictEqual(data.mentions.length, input.mentions.length);
    assert.deepStrictEqual(new Set(data.mentions.map((m: unknown) => JSON.stringify(m))), new Set(input.mentions.map((m) => JSON.stringify(m))));
    assert.deepStrictEqual(data.documents.map((d: { uri: string }) => d.uri), input.documents.map((d) => d.uri));
    assert.strictEqual(data.documents[0].length, input.documents[0].text.length);
  });
});

describe('export: REFI-QDA (.qdpx)', () => {
  it('zips project.qde, one plain-text source per document and one text file per note', () => {
    const input = corpus();
    const files = unzipSync(exportQdpx(input));
    const names = Object.keys(files).sort();
    assert.ok(names.includes('project.qde'));
    const sources = names.filter((n) => n.startsWith('sources/'));
    // one per document, and one per note (its plainTextPath)
    assert.strictEqual(sources.length, input.documents.length + input.notes.length);
    for (const s of sources) assert.match(s, /^sources\/[0-9a-f-]{36}\.txt$/);
    const texts = sources.map((s) => strFromU8(files[s])).sort();
    assert.deepStrictEqual(texts, [...input.documents.map((d) => d.text), ...input.notes.map((n) => n.note)].sort());
  });

  it('project.qde is valid against the REFI-QDA Project.xsd', async function () {
    this.timeout(120_000);
    const xml = strFromU8(unzipSync(exportQdpx(corpus()))['project.qde']);
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: [XSD] });
    assert.ok(result.valid, `XSD errors:\n${result.errors.map((e) => e.rawMessage).join('\n')}`);
  });

  it('an invalid project is rejected by the same validation (the check has teeth)', async function () {
    this.timeout(120_000);
    const xml = buildQdpxProject(corpus()).xml.replace(/isCodable="true"/, 'isCodable="maybe"');
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: [XSD] });
    assert.strictEqual(result.valid, false);
  });

  it('segment positions are character offsets that slice the source text to the mention', () => {
    const input = corpus();
    const files = unzipSync(exportQdpx(input));
    const xml = strFromU8(files['project.qde']);
    const sourceRe = /<TextSource guid="([^"]+)" name="[^"]*" plainTextPath="internal:\/\/([^"]+)"[^>]*>([\s\S]*?)<\/TextSource>/g;
    let checked = 0;
    let astral = false;
    for (const s of xml.matchAll(sourceRe)) {
      const text = strFromU8(files[`sources/${s[2]}`]);
      const chars = Array.from(text); // Unicode characters (code points)
      for (const sel of s[3].matchAll(/<PlainTextSelection guid="[^"]+" name="([^"]*)" startPosition="(\d+)" endPosition="(\d+)"/g)) {
        const name = sel[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
        const slice = chars.slice(Number(sel[2]), Number(sel[3])).join('');
        assert.strictEqual(slice, name);
        if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text.slice(0, text.indexOf(name)))) astral = true;
        checked++;
      }
    }
    assert.strictEqual(checked, input.mentions.length - 1, 'one selection per distinct span');
    assert.ok(astral, 'the test covers offsets after astral characters');
    assert.match(xml, /<PlainTextSelection[^>]*name="Ukraine"[^>]*>\s*<Coding[^>]*><CodeRef[^>]*\/><\/Coding>\s*<Coding/, 'two codings on a shared span');
  });

  it('codes, colours and memos', () => {
    const xml = buildQdpxProject(corpus()).xml;
    assert.match(xml, /<Code guid="[^"]+" name="Entities" isCodable="false">/);
    assert.match(xml, /<Code guid="[^"]+" name="person" isCodable="true" color="#1F77B4">/);
    assert.match(xml, /name="Name calling, labeling" isCodable="true" color="#D62728"/);
    assert.match(xml, /name="Loaded language" isCodable="true" color="#FF7F0E"/, 'alpha dropped');
    assert.match(xml, /<Note guid="[^"]+" name="Entity: Putin"[^>]*>\s*<PlainTextContent>Head of state;\n&quot;always&quot; &lt;named&gt; &amp; quoted.<\/PlainTextContent>/);
    const noteGuid = /<Note guid="([^"]+)" name="Entity: Putin"/.exec(xml)![1];
    assert.match(xml, new RegExp(`<Code guid="[^"]+" name="Putin"[^>]*>[\\s\\S]*?<NoteRef targetGUID="${noteGuid}"/>`));
  });

  it('GUIDs are RFC 4122 v4 and deterministic: the same corpus gives the same bytes', () => {
    const input = corpus();
    const xml = buildQdpxProject(input).xml;
    const guids = [...xml.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(guids.length > 10);
    for (const g of guids) assert.match(g, GUID_V4);
    assert.strictEqual(new Set(guids).size, guids.length, 'GUIDs are unique');
    assert.deepStrictEqual(exportQdpx(input), exportQdpx(corpus()));
  });

  it('code point offsets equal UTF-16 offsets without astral characters', () => {
    assert.strictEqual(codePointOffsets('abc')(2), 2);
    const f = codePointOffsets('a😀b');
    assert.deepStrictEqual([0, 1, 3, 4].map(f), [0, 1, 2, 3]);
  });

  it('an empty corpus still gives a valid project', async function () {
    this.timeout(120_000);
    const xml = buildQdpxProject({ documents: [], entities: [], terms: [], mentions: [], categories: [], notes: [] }).xml;
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: [XSD] });
    assert.ok(result.valid, result.errors.map((e) => e.rawMessage).join('\n'));
  });
});
