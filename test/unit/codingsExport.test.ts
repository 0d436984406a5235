import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { importQdpx, newCoding } from '../../server/src/analysis/codings';
import { ExportCoding, ExportInput, QDC_NAMESPACE, buildQdpxProject, exportQdc, exportQdpx, importQdc } from '../../server/src/analysis/export';
import { parseXml } from '../../server/src/analysis/export/xmlRead';

const XSD = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'refi-qda', 'Project.xsd'), 'utf8');

/**
 * The .qdc schema: Project.xsd's types in the codebook namespace, with a root `CodeBook` holding
 * the `Codes` of CodeBookType and the optional `Sets` of the project (as REFI's Codebook.xsd has).
 */
const QDC_XSD = XSD.replace(/urn:QDA-XML:project:1\.0/g, QDC_NAMESPACE).replace(
  /<xsd:element name="Project" type="ProjectType">/,
  `<xsd:element name="CodeBook"><xsd:complexType><xsd:sequence><xsd:element name="Codes" type="CodesType"/><xsd:element name="Sets" type="SetsType" minOccurs="0"/></xsd:sequence><xsd:attribute name="origin" type="xsd:string"/></xsd:complexType></xsd:element>
  <xsd:element name="Project" type="ProjectType">`,
);

const A = 'Putin met Kerry in "Sochi". The junta 😀 shelled Donetsk again.\n';
const B = 'Kiev junta — Lavrov again.\n';
const AURI = 'file:///c/articles/a.txt';
const BURI = 'file:///c/articles/b%20b.txt';

function coding(uri: string, text: string, quote: string, code: string, coder: string, memo?: string): ExportCoding {
  const start = text.indexOf(quote);
  assert.ok(start >= 0);
  return { id: `urn:uuid:${coder}-${code}-${start}`, uri, start, end: start + quote.length, text: quote, code, coder, memo, created: '2026-03-01T10:00:00.000Z', modified: memo ? '2026-03-02T10:00:00.000Z' : undefined };
}

function input(): ExportInput {
  return {
    name: 'Codings',
    documents: [
      { uri: AURI, title: 'A headline', text: A },
      { uri: BURI, title: 'b b.txt', text: B },
    ],
    entities: [{ id: 'entity:person:putin', name: 'Putin', type: 'person', aliases: ['Putin'], mentions: 1, documents: 1, declared: false }],
    terms: [
      { id: 'term:delegitimizing-label:junta', label: 'junta', kind: 'rhetoric', category: 'delegitimizing-label', mentions: 2, documents: 2 },
      { id: 'keyword:junta', label: 'junta', kind: 'keyword', category: 'keyword', mentions: 2, documents: 2 },
    ],
    mentions: [
      { id: 'entity:person:putin', uri: AURI, start: 0, end: 5, text: 'Putin' },
      { id: 'term:delegitimizing-label:junta', uri: AURI, start: A.indexOf('junta'), end: A.indexOf('junta') + 5, text: 'junta' },
      { id: 'keyword:junta', uri: BURI, start: B.indexOf('junta'), end: B.indexOf('junta') + 5, text: 'junta' },
    ],
    categories: [
      { id: 'delegitimizing-label', label: 'Delegitimizing label', color: '#c0392b', source: 'codebook' },
      { id: 'victim', label: 'Victim framing', color: '#2980b9', description: 'Who suffers', source: 'codebook' },
    ],
    notes: [{ id: 'victim', label: 'Victim framing', kind: 'category', note: 'Code whole clauses.' }],
    codings: [
      coding(AURI, A, 'shelled Donetsk again', 'victim', 'alice', 'Agency: "the junta" <only>'),
      coding(AURI, A, 'The junta 😀 shelled', 'victim', 'bob'),
      coding(BURI, B, 'Kiev junta', 'delegitimizing-label', 'bob'),
    ],
    createdAt: '2026-03-03T00:00:00Z',
  };
}

async function valid(xml: string, xsd = XSD) {
  const r = await validateXML({ xml: [{ fileName: 'x.xml', contents: xml }], schema: [xsd] });
  assert.ok(r.valid, `XSD errors:\n${r.errors.map((e) => e.rawMessage).join('\n')}`);
}

describe('codings: REFI-QDA project with manual codings', () => {
  it('is valid against Project.xsd; each coding is a segment by its coder, at code point offsets, with dates and its memo as a note', async function () {
    this.timeout(120_000);
    const files = unzipSync(exportQdpx(input()));
    const xml = strFromU8(files['project.qde']);
    await valid(xml);
    const project = parseXml(xml);
    const users = new Map(project.children.find((c) => c.name === 'Users')!.children.map((u) => [u.attrs.guid, u.attrs.name]));
    assert.deepStrictEqual([...users.values()].sort(), ['Discourse Lens', 'alice', 'bob']);
    const sources = project.children.find((c) => c.name === 'Sources')!.children;
    const a = sources.find((s) => s.attrs.name === 'a.txt')!;
    assert.ok(a, 'a source is named by its file name');
    assert.ok(sources.find((s) => s.attrs.name === 'b b.txt'), 'decoded, and not b b.txt.txt');
    const text = strFromU8(files[`sources/${a.attrs.plainTextPath.replace('internal://', '')}`]);
    const chars = Array.from(text);
    const manual = a.children.filter((s) => s.name === 'PlainTextSelection' && users.get(s.attrs.creatingUser) !== 'Discourse Lens');
    assert.strictEqual(manual.length, 2);
    for (const s of manual) {
      const slice = chars.slice(Number(s.attrs.startPosition), Number(s.attrs.endPosition)).join('');
      assert.strictEqual(slice, s.attrs.name, 'character offsets slice the passage');
      assert.strictEqual(s.attrs.creationDateTime, '2026-03-01T10:00:00.000Z');
      const coding = s.children.find((c) => c.name === 'Coding')!;
      assert.strictEqual(coding.attrs.creatingUser, s.attrs.creatingUser);
    }
    const alice = manual.find((s) => users.get(s.attrs.creatingUser) === 'alice')!;
    assert.strictEqual(alice.attrs.name, 'shelled Donetsk again');
    assert.strictEqual(Number(alice.attrs.startPosition), A.indexOf('shelled') - 1, 'after the astral character: one less than UTF-16');
    assert.strictEqual(alice.attrs.modifiedDateTime, '2026-03-02T10:00:00.000Z');
    const noteRef = alice.children.find((c) => c.name === 'NoteRef')!.attrs.targetGUID;
    const note = project.children.find((c) => c.name === 'Notes')!.children.find((n) => n.attrs.guid === noteRef)!;
    assert.strictEqual(note.children.find((c) => c.name === 'PlainTextContent')!.text, 'Agency: "the junta" <only>');
    assert.strictEqual(users.get(note.attrs.creatingUser), 'alice');
  });

  it('every note has a creation date and a text file in the package; memos of codes are in the code description', () => {
    const files = unzipSync(exportQdpx(input()));
    const project = parseXml(strFromU8(files['project.qde']));
    const notes = project.children.find((c) => c.name === 'Notes')!.children;
    assert.strictEqual(notes.length, 2);
    for (const n of notes) {
      assert.match(n.attrs.creationDateTime, /^\d{4}-\d\d-\d\dT/);
      assert.strictEqual(strFromU8(files[`sources/${n.attrs.plainTextPath.replace('internal://', '')}`]), n.children[0].text);
    }
    const xml = strFromU8(files['project.qde']);
    assert.match(xml, /name="Victim framing"[^>]*>\s*<Description>Who suffers\n\nCode whole clauses\.<\/Description>\s*<NoteRef/);
  });

  it('code names are unique: a codebook term and a key term both called "junta" stay two codes', () => {
    const xml = buildQdpxProject(input()).xml;
    const names = [...xml.matchAll(/<Code guid="[^"]+" name="([^"]+)"/g)].map((m) => m[1]);
    assert.strictEqual(new Set(names.map((n) => n.toLowerCase())).size, names.length, names.join(', '));
    assert.ok(names.includes('junta') && names.includes('junta (keyword)'), names.join(', '));
  });

  it('automatic markers are optional', () => {
    const xml = buildQdpxProject({ ...input(), markers: false }).xml;
    assert.doesNotMatch(xml, /name="Entities"/);
    assert.strictEqual([...xml.matchAll(/<PlainTextSelection /g)].length, 3);
  });

  it('imports back: sources matched to the workspace articles, segments become codings of the named coders', () => {
    const bytes = exportQdpx({ ...input(), markers: false });
    // The workspace text has changed a little since: re-anchored by quote.
    const articles = [
      { source: 'articles/a.txt', text: 'Update. ' + A },
      { source: 'articles/b b.txt', text: B },
    ];
    const r = importQdpx(bytes, articles, [{ id: 'victim', label: 'Victim framing' }]);
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.unmatchedSources, []);
    assert.deepStrictEqual(r.newCategories.map((c) => [c.id, c.label]), [['delegitimizing-label', 'Delegitimizing label']]);
    const got = r.codings.map((c) => [c.source, c.coder, c.code, articles.find((a) => a.source === c.source)!.text.slice(c.start, c.end), c.memo ?? '']).sort();
    assert.deepStrictEqual(got, [
      ['articles/a.txt', 'alice', 'victim', 'shelled Donetsk again', 'Agency: "the junta" <only>'],
      ['articles/a.txt', 'bob', 'victim', 'The junta 😀 shelled', ''],
      ['articles/b b.txt', 'bob', 'delegitimizing-label', 'Kiev junta', ''],
    ]);
    assert.ok(r.codings.every((c) => c.created === '2026-03-01T10:00:00.000Z'));
  });
});

describe('codings: REFI-QDA codebook (.qdc)', () => {
  const categories = [
    { id: 'victim', label: 'Victim framing', color: '#2980b9', description: 'Who suffers', note: 'Whole clauses.', source: 'codebook' as const },
    { id: 'name-calling', label: 'Name calling & <labels>', color: '#d62728', source: 'builtin' as const },
  ];

  it('is a CodeBook in urn:QDA-XML:codebook:1.0 with Codes and Sets of the QDA-XML types (validated)', async function () {
    this.timeout(120_000);
    const xml = exportQdc(categories, [{ term: 'junta', category: 'name-calling' }]);
    assert.match(xml, /<CodeBook xmlns="urn:QDA-XML:codebook:1\.0"/);
    await valid(xml, QDC_XSD);
    // The check has teeth: a project root is not a codebook.
    const r = await validateXML({ xml: [{ fileName: 'x.xml', contents: xml.replace(/isCodable="true"/, 'isCodable="yes"') }], schema: [QDC_XSD] });
    assert.strictEqual(r.valid, false);
  });

  it('round-trips categories, colours, descriptions and terms', () => {
    const back = importQdc(exportQdc(categories, [{ term: 'junta', category: 'name-calling' }]));
    assert.deepStrictEqual(back.categories, [
      { id: 'victim-framing', label: 'Victim framing', color: '#2980B9', description: 'Who suffers\n\nWhole clauses.' },
      { id: 'name-calling-labels', label: 'Name calling & <labels>', color: '#D62728' },
    ]);
    assert.deepStrictEqual(back.terms, [{ term: 'junta', category: 'name-calling-labels' }]);
  });

  it('reads another program’s codebook with prefixed names and nested codes', () => {
    const xml = `<?xml version="1.0"?><!-- from elsewhere --><q:CodeBook xmlns:q="urn:QDA-XML:codebook:1.0"><q:Codes>
      <q:Code guid="a" name="Émotion" isCodable="true"><q:Code guid="b" name="fear" isCodable="true"><q:Code guid="c" name="dread" isCodable="true"/></q:Code></q:Code>
      <q:Code guid="d" name="emotion" isCodable="true"/></q:Codes></q:CodeBook>`;
    const r = importQdc(xml);
    assert.deepStrictEqual(r.categories.map((c) => c.id), ['emotion', 'emotion-2']);
    assert.deepStrictEqual(r.terms, [
      { term: 'fear', category: 'emotion' },
      { term: 'dread', category: 'emotion' },
    ]);
    assert.throws(() => importQdc('<CodeBook><Codes></CodeBook>'), /Codes|CodeBook/);
  });
});

describe('codings: newCoding', () => {
  it('gives unique ids', () => {
    const a = newCoding({ source: 's', text: 'abc', start: 0, end: 1, code: 'x', coder: 'c' });
    const b = newCoding({ source: 's', text: 'abc', start: 0, end: 1, code: 'x', coder: 'c' });
    assert.notStrictEqual(a.id, b.id);
  });
});
