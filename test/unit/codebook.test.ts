/** The codebook: parsing with positions, edits that keep comments and order, safe atomic writes. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { codebookInput, findEntity, findTerm, parseCodebook } from '../../server/src/analysis/codebook/codebook';
import { parseDocument } from 'yaml';
import { CodebookEditError, CodebookOperation, applyCodebookEdit, newCodebookText } from '../../server/src/analysis/codebook/edit';
import { CodebookFs, editCodebookFile, nodeCodebookFs } from '../../server/src/node/codebookStore';
import { writeFileAtomic } from '../../server/src/node/atomicWrite';

const SAMPLE = `# The project's codebook.
categories:
  # Labels that deny legitimacy.
  - id: delegitimizing-label
    label: Delegitimizing label
    color: "#c0392b"
    description: Words that deny an actor's legitimacy.
terms:
  - term: junta   # the key one
    category: delegitimizing-label
    variants: [juntas]
    note: Used by the pro-Russian left for the post-2014 government.
entities:
  - name: Sergei Lavrov
    type: person
    aliases: [Lavrov]
    note: Russian foreign minister since 2004.
ignore: [Monday]  # weekday names
`;

function ok(text: string) {
  const p = parseCodebook(text);
  assert.ok(p.codebook, `expected a codebook, got ${JSON.stringify(p.problems)}`);
  return p.codebook!;
}

/** Every comment line of the original is still in the edited text, in the same order. */
function assertCommentsKept(before: string, after: string) {
  const comments = before.split('\n').map((l) => l.match(/#.*$/)?.[0]).filter((c): c is string => !!c && !c.startsWith('#c0392b'));
  let at = 0;
  for (const c of comments) {
    const i = after.indexOf(c, at);
    assert.ok(i >= 0, `comment ${c} lost or out of order in:\n${after}`);
    at = i + c.length;
  }
}

describe('codebook: parsing', () => {
  it('reads categories, terms, entities, notes and the ignore list', () => {
    const cb = ok(SAMPLE);
    assert.deepStrictEqual(cb.categories.map((c) => [c.id, c.label, c.color]), [['delegitimizing-label', 'Delegitimizing label', '#c0392b']]);
    assert.strictEqual(findTerm(cb, 'juntas')?.term, 'junta');
    assert.strictEqual(findTerm(cb, 'junta')?.note, 'Used by the pro-Russian left for the post-2014 government.');
    assert.strictEqual(findEntity(cb, 'lavrov')?.name, 'Sergei Lavrov');
    assert.strictEqual(findEntity(cb, 'Sergei Lavrov')?.type, 'person');
    assert.deepStrictEqual(cb.ignore, ['Monday']);
    assert.deepStrictEqual(codebookInput(cb).ignore, ['monday']);
    // Spans point at the entry.
    assert.ok(SAMPLE.slice(findEntity(cb, 'Lavrov')!.span.start).startsWith('name: Sergei Lavrov'));
  });

  it('reads the JSON variant', () => {
    const cb = ok(JSON.stringify({ terms: [{ term: 'junta', category: 'x' }], entities: [{ name: 'Kerry', aliases: ['John Kerry'] }], ignore: ['Monday'] }, null, 2));
    assert.strictEqual(findEntity(cb, 'John Kerry')?.name, 'Kerry');
    assert.strictEqual(cb.terms[0].term, 'junta');
  });

  it('an empty file is an empty codebook', () => {
    assert.deepStrictEqual(ok('').terms, []);
    assert.deepStrictEqual(ok('# nothing yet\n').entities, []);
  });

  it('reports a YAML syntax error with line and column and gives no codebook', () => {
    const p = parseCodebook('terms:\n  - term: junta\n    category: [unclosed\nentities: []\n');
    assert.strictEqual(p.codebook, undefined);
    assert.ok(p.problems.length > 0);
    assert.ok(p.problems.every((x) => x.line >= 1 && x.column >= 1));
    assert.ok(p.problems.some((x) => x.severity === 'error'));
  });

  it('reports schema problems at their place', () => {
    const text = 'terms:\n  - term: junta\n  - category: x\nentities:\n  - name: Lavrov\n    type: planet\n';
    const p = parseCodebook(text);
    assert.strictEqual(p.codebook, undefined);
    const missing = p.problems.find((x) => /"term" is required/.test(x.message))!;
    assert.ok(missing, JSON.stringify(p.problems));
    assert.strictEqual(missing.line, 3);
    const type = p.problems.find((x) => /type must be one of/.test(x.message))!;
    assert.deepStrictEqual([type.line, type.column], [6, 11]);
  });

  it('warns about unknown keys but keeps the codebook', () => {
    const p = parseCodebook('terms:\n  - term: junta\n    category: x\n    colour: red\n');
    assert.ok(p.codebook);
    assert.ok(p.problems.some((x) => x.severity === 'warning' && /unknown key "colour"/.test(x.message) && x.line === 4));
  });
});

/** SAMPLE as a codebook.json (YAML reads JSON: the same data, without the comments). */
const SAMPLE_JSON = JSON.stringify(parseDocument(SAMPLE).toJS(), null, 2) + '\n';
const FORMATS = [
  { format: 'yaml', sample: SAMPLE, json: false },
  { format: 'json', sample: SAMPLE_JSON, json: true },
] as const;

const ops: [string, CodebookOperation, (t: string) => void][] = [
  ['addTerm under an existing category', { op: 'addTerm', term: 'regime', category: 'delegitimizing-label' }, (t) => assert.strictEqual(findTerm(ok(t), 'regime')?.category, 'delegitimizing-label')],
  ['addTerm under a new category (adds the category)', { op: 'addTerm', term: 'fascist', category: 'name-calling' }, (t) => {
    const cb = ok(t);
    assert.strictEqual(findTerm(cb, 'fascist')?.category, 'name-calling');
    assert.ok(cb.categories.some((c) => c.id === 'name-calling' && c.label === 'Name calling'));
  }],
  ['addTerm moves a term to another category', { op: 'addTerm', term: 'juntas', category: 'name-calling' }, (t) => {
    assert.strictEqual(findTerm(ok(t), 'junta')?.category, 'name-calling');
    assert.strictEqual(ok(t).terms.length, 1);
  }],
  ['addAlias to a declared entity', { op: 'addAlias', entity: 'Lavrov', alias: 'Lavov' }, (t) => assert.deepStrictEqual(findEntity(ok(t), 'Lavov')?.aliases, ['Lavrov', 'Lavov'])],
  ['addAlias to a new entity', { op: 'addAlias', entity: 'John Kerry', alias: 'Kerry', type: 'person' }, (t) => {
    assert.strictEqual(findEntity(ok(t), 'Kerry')?.name, 'John Kerry');
    assert.strictEqual(findEntity(ok(t), 'Kerry')?.type, 'person');
  }],
  ['ignore', { op: 'ignore', term: 'Sunday' }, (t) => assert.deepStrictEqual(ok(t).ignore, ['Monday', 'Sunday'])],
  ['setNote on an entity (replaces)', { op: 'setNote', target: { kind: 'entity', name: 'Lavrov' }, note: 'Foreign minister.' }, (t) => assert.strictEqual(findEntity(ok(t), 'Sergei Lavrov')?.note, 'Foreign minister.')],
  ['setNote on a new term', { op: 'setNote', target: { kind: 'term', name: 'coup', category: 'delegitimizing-label' }, note: 'Contested label.' }, (t) => assert.strictEqual(findTerm(ok(t), 'coup')?.note, 'Contested label.')],
  ['setNote with several lines', { op: 'setNote', target: { kind: 'entity', name: 'Putin' }, note: 'Line one.\nLine two: with a colon # and hash.' }, (t) => assert.strictEqual(findEntity(ok(t), 'Putin')?.note, 'Line one.\nLine two: with a colon # and hash.')],
  ['setNote on a category', { op: 'setNote', target: { kind: 'category', name: 'delegitimizing-label' }, note: 'Core category.' }, (t) => assert.strictEqual(ok(t).categories[0].note, 'Core category.')],
  ['setNote with an empty note removes it', { op: 'setNote', target: { kind: 'term', name: 'junta' }, note: ' ' }, (t) => assert.strictEqual(findTerm(ok(t), 'junta')?.note, undefined)],
  ['addCategory', { op: 'addCategory', id: 'euphemism', label: 'Euphemism', color: '#336699' }, (t) => assert.ok(ok(t).categories.some((c) => c.id === 'euphemism' && c.color === '#336699'))],
  ['renameEntity keeps the old name as alias', { op: 'renameEntity', entity: 'Lavrov', newName: 'Sergey Lavrov' }, (t) => {
    const e = findEntity(ok(t), 'Sergei Lavrov')!;
    assert.strictEqual(e.name, 'Sergey Lavrov');
    assert.deepStrictEqual(e.aliases, ['Lavrov', 'Sergei Lavrov']);
  }],
  ['renameEntity to one of its aliases', { op: 'renameEntity', entity: 'Sergei Lavrov', newName: 'Lavrov' }, (t) => {
    const e = findEntity(ok(t), 'Lavrov')!;
    assert.strictEqual(e.name, 'Lavrov');
    assert.deepStrictEqual(e.aliases, ['Sergei Lavrov']);
  }],
  ['renameEntity of an undeclared entity declares it', { op: 'renameEntity', entity: 'Putin', newName: 'Vladimir Putin', type: 'person' }, (t) => assert.strictEqual(findEntity(ok(t), 'Putin')?.name, 'Vladimir Putin')],
];

for (const { format, sample, json } of FORMATS) {
  describe(`codebook edits (${format})`, () => {
    for (const [name, op, check] of ops) {
      it(name, () => {
        const out = applyCodebookEdit(sample, op, json);
        assert.ok(out.changed, out.message);
        check(out.text);
        // Order of top-level keys is kept.
        const keys = json ? Object.keys(JSON.parse(out.text)) : out.text.split('\n').filter((l) => /^[a-z]+:/.test(l)).map((l) => l.split(':')[0]);
        assert.deepStrictEqual(keys.filter((k) => ['categories', 'terms', 'entities', 'ignore'].includes(k)), ['categories', 'terms', 'entities', 'ignore']);
        // Untouched entries keep their formatting: the original lines that were not edited are all still there.
        const untouched = json ? ['  "categories": [', '      "color": "#c0392b",', '        "juntas"'] : ['categories:', '    color: "#c0392b"', '    variants: [juntas]', '  - term: junta   # the key one'];
        for (const line of untouched) assert.ok(out.text.includes(line), `${line} lost in\n${out.text}`);
        // An edit applied again changes nothing.
        const again = applyCodebookEdit(out.text, op, json);
        assert.strictEqual(again.changed, false, again.message);
        assert.strictEqual(again.text, out.text);
      });
    }

    it('every operation in a row gives the same codebook in both formats', () => {
      let text: string = sample;
      for (const [, op] of ops) text = applyCodebookEdit(text, op, json).text;
      let other: string = json ? SAMPLE : SAMPLE_JSON;
      for (const [, op] of ops) other = applyCodebookEdit(other, op, !json).text;
      const strip = (t: string) => JSON.parse(JSON.stringify(ok(t), (k, v) => (k === 'span' ? undefined : v)));
      assert.deepStrictEqual(strip(text), strip(other));
    });

    it('an edit that changes nothing says so', () => {
      const out = applyCodebookEdit(sample, { op: 'ignore', term: 'monday' }, json);
      assert.strictEqual(out.changed, false);
      assert.strictEqual(out.text, sample);
    });

    it('refuses to edit a malformed file, with line and column', () => {
      const bad = json ? '{ "terms": [ }\n' : 'terms: [unclosed\n';
      assert.throws(() => applyCodebookEdit(bad, { op: 'ignore', term: 'x' }, json), (e: Error) => e instanceof CodebookEditError && /line \d+, column \d+/.test(e.message));
    });

    it('keeps CRLF line endings', () => {
      const crlf = sample.replace(/\n/g, '\r\n');
      const out = applyCodebookEdit(crlf, { op: 'ignore', term: 'Sunday' }, json);
      assert.ok(!/[^\r]\n/.test(out.text), JSON.stringify(out.text));
      assert.deepStrictEqual(ok(out.text).ignore, ['Monday', 'Sunday']);
    });

    it('edits an empty file', () => {
      const out = applyCodebookEdit(newCodebookText(json), { op: 'addTerm', term: 'junta', category: 'name-calling' }, json);
      assert.strictEqual(findTerm(ok(out.text), 'junta')?.category, 'name-calling');
    });
  });
}

describe('codebook edits keep YAML comments', () => {
  for (const [name, op] of ops) {
    it(`${name} keeps every comment`, () => assertCommentsKept(SAMPLE, applyCodebookEdit(SAMPLE, op).text));
  }
  it('every operation in a row keeps every comment', () => {
    let text = SAMPLE;
    for (const [, op] of ops) {
      text = applyCodebookEdit(text, op).text;
      assertCommentsKept(SAMPLE, text);
    }
  });
});

describe('codebook: writing the file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-codebook-'));
    file = path.join(dir, 'codebook.yaml');
    fs.writeFileSync(file, SAMPLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const leftovers = () => fs.readdirSync(dir).filter((f) => f !== 'codebook.yaml');

  it('writes atomically: the result is complete and no temporary file is left', async () => {
    const r = await editCodebookFile(file, { op: 'ignore', term: 'Sunday' });
    assert.ok(r.written);
    assert.deepStrictEqual(ok(fs.readFileSync(file, 'utf8')).ignore, ['Monday', 'Sunday']);
    assert.deepStrictEqual(leftovers(), []);
  });

  it('goes through a temporary file in the same folder, fsynced, then renamed', async () => {
    const calls: string[] = [];
    const spy: CodebookFs = {
      ...nodeCodebookFs,
      writeNew: async (f, d) => {
        calls.push(`write ${path.dirname(f) === dir} ${f.endsWith('.tmp')}`);
        return nodeCodebookFs.writeNew(f, d);
      },
      rename: async (a, b) => {
        calls.push(`rename ${b === file}`);
        return nodeCodebookFs.rename(a, b);
      },
    };
    await editCodebookFile(file, { op: 'ignore', term: 'Sunday' }, spy);
    assert.deepStrictEqual(calls, ['write true true', 'rename true']);
  });

  it('creates the codebook when there is none', async () => {
    fs.rmSync(file);
    const r = await editCodebookFile(file, { op: 'addTerm', term: 'junta', category: 'name-calling' });
    assert.ok(r.written);
    assert.strictEqual(findTerm(ok(fs.readFileSync(file, 'utf8')), 'junta')?.category, 'name-calling');
  });

  it('never loses a hand edit made since the codebook was loaded', async () => {
    // The extension loaded SAMPLE; the user then edits the file by hand.
    const hand = SAMPLE.replace('ignore: [Monday]', 'ignore: [Monday, Tuesday]') + '# a hand-written comment\n';
    fs.writeFileSync(file, hand);
    await editCodebookFile(file, { op: 'addAlias', entity: 'Lavrov', alias: 'Lavov' });
    const after = fs.readFileSync(file, 'utf8');
    assert.deepStrictEqual(ok(after).ignore, ['Monday', 'Tuesday']);
    assert.ok(after.includes('# a hand-written comment'));
    assert.deepStrictEqual(findEntity(ok(after), 'Lavrov')?.aliases, ['Lavrov', 'Lavov']);
  });

  it('redoes the edit when the file changes while it is being written', async () => {
    let raced = false;
    const racing: CodebookFs = {
      ...nodeCodebookFs,
      readFile: async (f) => {
        const t = await nodeCodebookFs.readFile(f);
        if (!raced) {
          raced = true; // between the first read and the write, the user saves a change
          fs.writeFileSync(file, t.replace('ignore: [Monday]', 'ignore: [Monday, Friday]'));
        }
        return t;
      },
    };
    await editCodebookFile(file, { op: 'ignore', term: 'Sunday' }, racing);
    assert.deepStrictEqual(ok(fs.readFileSync(file, 'utf8')).ignore, ['Monday', 'Friday', 'Sunday']);
  });

  it('never overwrites a malformed codebook', async () => {
    const bad = 'terms:\n  - term: junta\n    category: [oops\n';
    fs.writeFileSync(file, bad);
    await assert.rejects(editCodebookFile(file, { op: 'ignore', term: 'x' }), CodebookEditError);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), bad);
  });

  it('leaves the original intact when the rename fails', async () => {
    const failing: CodebookFs = { ...nodeCodebookFs, rename: async () => { throw Object.assign(new Error('EIO: disk failure'), { code: 'EIO' }); } };
    await assert.rejects(editCodebookFile(file, { op: 'ignore', term: 'Sunday' }, failing), /EIO/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), SAMPLE);
    assert.deepStrictEqual(leftovers(), []);
  });

  it('leaves the original intact when writing the temporary file fails half-way', async () => {
    const failing: CodebookFs = {
      ...nodeCodebookFs,
      writeNew: async (f, d) => {
        fs.writeFileSync(f, String(d).slice(0, 10)); // a partial write, then the disk is full
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await assert.rejects(writeFileAtomic(file, 'whatever', failing), /ENOSPC/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), SAMPLE);
    assert.deepStrictEqual(leftovers(), []);
  });
});

describe('codebook: an edited line keeps its comment where it was', () => {
  it('keeps the spacing before a trailing comment on the line the edit changed', () => {
    const out = applyCodebookEdit(SAMPLE, { op: 'addAlias', entity: 'Lavrov', alias: 'Lavov' });
    assert.ok(out.text.includes('ignore: [Monday]  # weekday names'));
    const out2 = applyCodebookEdit(SAMPLE, { op: 'ignore', term: 'Sunday' });
    assert.ok(out2.text.includes('ignore: [Monday, Sunday]  # weekday names'), out2.text);
    const out3 = applyCodebookEdit(SAMPLE.replace('junta   # the key one', 'junta   # the key one'), { op: 'renameEntity', entity: 'Sergei Lavrov', newName: 'Sergey Lavrov' });
    assert.ok(out3.text.includes('  - term: junta   # the key one'));
  });
});
