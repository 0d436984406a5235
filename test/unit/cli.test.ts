/** The command line, run as users run it: the built `server/out/cli.js` on `samples/`. */
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analysisThreads, csvField } from '../../server/src/cli/main';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'server', 'out', 'cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: scan', function () {
  this.timeout(120000);
  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  });

  it('prints one JSON object with documents, entities and terms for a folder', () => {
    const r = run(['scan', 'samples', '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(out).sort(), ['documents', 'entities', 'terms']);
    assert.strictEqual(out.documents.length, 4);
    for (const d of out.documents) {
      assert.ok(d.path.startsWith('samples/') && d.path.endsWith('.txt'), d.path);
      const text = readFileSync(path.join(ROOT, d.path), 'utf8').replace(/^\uFEFF/, '');
      for (const e of d.entities) {
        assert.deepStrictEqual(Object.keys(e).sort(), ['end', 'entity', 'start', 'text', 'type']);
        assert.strictEqual(text.slice(e.start, e.end), e.text);
        assert.match(e.entity, /^entity:[a-z]+:/);
      }
      for (const t of d.terms) {
        assert.deepStrictEqual(Object.keys(t).sort(), ['category', 'end', 'kind', 'start', 'term', 'text']);
        assert.ok(t.kind === 'rhetoric' || t.kind === 'keyword');
        assert.match(t.term, t.kind === 'keyword' ? /^keyword:/ : /^term:/);
        assert.strictEqual(text.slice(t.start, t.end), t.text);
      }
    }
    const quotes = out.documents.flatMap((d: { quotes: { start: number; end: number; speaker: string | null; entity: string | null }[] }) => d.quotes);
    for (const q of quotes) assert.deepStrictEqual(Object.keys(q).sort(), ['end', 'entity', 'speaker', 'start']);
    const lavrov = out.entities.find((e: { aliases: string[] }) => e.aliases.includes('Lavrov'));
    assert.ok(quotes.filter((q: { entity: string | null }) => q.entity === lavrov.id).length >= 3, 'Lavrov is quoted');
    const ids = new Set(out.entities.map((e: { id: string }) => e.id));
    for (const d of out.documents) for (const e of d.entities) assert.ok(ids.has(e.entity), e.entity);
    const putin = out.entities.find((e: { aliases: string[] }) => e.aliases.includes('Putin'));
    assert.ok(putin && putin.documents === 4 && putin.type === 'person');
    for (const e of out.entities) assert.deepStrictEqual(Object.keys(e).sort(), ['aliases', 'documents', 'id', 'mentions', 'name', 'type']);
    for (const t of out.terms) {
      for (const k of ['id', 'label', 'kind', 'category', 'mentions', 'documents']) assert.ok(k in t, k);
    }
    assert.ok(out.terms.some((t: { kind: string }) => t.kind === 'keyword'));
  });

  it('takes single files as given, and --sensitivity', () => {
    const file = 'samples/The first step.txt';
    const precise = JSON.parse(run(['scan', file, '--json']).stdout);
    const exploratory = JSON.parse(run(['scan', file, '--json', '--sensitivity', 'exploratory']).stdout);
    assert.deepStrictEqual(precise.documents.map((d: { path: string }) => d.path), [file]);
    const n = (o: { documents: { terms: { kind: string }[] }[] }) => o.documents[0].terms.filter((t) => t.kind === 'rhetoric').length;
    assert.ok(n(exploratory) >= n(precise));
  });

  it('writes mentions as RFC 4180 CSV', () => {
    const r = run(['scan', 'samples', '--csv']);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.split('\r\n');
    assert.strictEqual(lines[0], 'path,start,end,text,kind,type_or_category,id,coder,memo');
    assert.ok(lines.some((l) => l.startsWith('samples/Russia must intervene to drive Kiev junta out!.txt,') && l.includes(',entity,person,entity:person:')));
    assert.strictEqual(csvField('a,"b"'), '"a,""b"""');
    assert.strictEqual(csvField('line\nbreak'), '"line\nbreak"');
    assert.strictEqual(csvField('plain'), 'plain');
  });

  it('reuses its --cache on a second run with the same output', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dl-cli-cache-'));
    try {
      const a = run(['scan', 'samples', '--json', '--cache', dir]);
      const b = run(['scan', 'samples', '--json', '--cache', dir]);
      assert.strictEqual(b.code, 0, b.stderr);
      assert.strictEqual(b.stdout, a.stdout);
      writeFileSync(path.join(dir, 'analyses.bin'), 'garbage');
      const c = run(['scan', 'samples', '--json', '--cache', dir]);
      assert.strictEqual(c.code, 0);
      assert.match(c.stderr, /cache ignored/);
      assert.strictEqual(c.stdout, a.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its steps on stderr with DISCOURSE_LENS_TIMINGS=1, and the same output', () => {
    const plain = run(['scan', 'samples', '--json']);
    const r = spawnSync(process.execPath, [CLI, 'scan', 'samples', '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DISCOURSE_LENS_TIMINGS: '1' } });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, plain.stdout);
    assert.doesNotMatch(plain.stderr, /timings/);
    const m = /^discourse-lens timings (\{.*\})$/m.exec(r.stderr);
    assert.ok(m, r.stderr);
    const steps = JSON.parse(m[1]);
    assert.deepStrictEqual(Object.keys(steps), ['startup', 'listing', 'analysis', 'resolution', 'keyTerms', 'output', 'total']);
    for (const v of Object.values(steps)) assert.ok(Number.isInteger(v) && (v as number) >= 0);
  });

  it('applies a --codebook: declared entities and aliases, codebook terms, ignore list', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dl-cli-codebook-'));
    try {
      const file = path.join(dir, 'codebook.yaml');
      writeFileSync(
        file,
        'categories:\n  - id: delegitimizing-label\n    label: Delegitimizing label\nterms:\n  - term: junta\n    category: delegitimizing-label\n' +
          'entities:\n  - name: Kyiv\n    type: place\n    aliases: [Kiev]\nignore: [Crimea]\n',
      );
      const r = run(['scan', 'samples', '--json', '--codebook', file]);
      assert.strictEqual(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      const kyiv = out.entities.find((e: { id: string }) => e.id === 'entity:place:kyiv');
      assert.ok(kyiv && kyiv.name === 'Kyiv' && kyiv.aliases.includes('Kiev'), JSON.stringify(out.entities.slice(0, 5)));
      assert.ok(out.terms.some((t: { id: string; mentions: number }) => t.id === 'term:delegitimizing-label:junta' && t.mentions > 0));
      assert.ok(out.entities.every((e: { aliases: string[] }) => !e.aliases.includes('Crimea')));
      writeFileSync(file, 'terms: [unclosed\n');
      const bad = run(['scan', 'samples', '--json', '--codebook', file]);
      assert.strictEqual(bad.code, 2);
      assert.match(bad.stderr, /codebook/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives each mention its entity's type, as the editor shows it (a codebook's Kremlin as a body, not the tagger's place)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dl-cli-types-'));
    try {
      const file = path.join(dir, 'codebook.yaml');
      writeFileSync(file, 'entities:\n  - name: Kremlin\n    type: organization\n');
      const out = JSON.parse(run(['scan', 'samples', '--json', '--codebook', file]).stdout);
      const types = new Map(out.entities.map((e: { id: string; type: string }) => [e.id, e.type]));
      const mentions = out.documents.flatMap((d: { entities: { text: string; type: string; entity: string }[] }) => d.entities);
      assert.ok(mentions.some((m: { text: string; type: string }) => m.text === 'Kremlin' && m.type === 'organization'));
      for (const m of mentions) assert.strictEqual(m.type, types.get(m.entity), m.text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports errors on stderr with a non-zero exit', () => {
    const missing = run(['scan', 'no/such/folder', '--json']);
    assert.notStrictEqual(missing.code, 0);
    assert.match(missing.stderr, /no such file or directory/);
    const flag = run(['scan', 'samples', '--bogus']);
    assert.strictEqual(flag.code, 2);
    assert.match(flag.stderr, /unknown flag --bogus/);
    assert.strictEqual(run(['frobnicate']).code, 2);
    assert.match(run(['scan', 'samples', '--sensitivity', 'wild']).stderr, /precise, balanced or exploratory/);
  });
});

describe('cli: threads', () => {
  it('tags entities in a worker beside its thread from some text with a spare core, not waiting for it below the big corpus, and --jobs N runs whole analyses in N workers', () => {
    assert.deepStrictEqual(analysisThreads(undefined, 'big', 1), { entityWorker: true, workers: 0, markersHere: false });
    assert.deepStrictEqual(analysisThreads(undefined, 'some', 1), { entityWorker: true, workers: 0, markersHere: true });
    assert.deepStrictEqual(analysisThreads(undefined, 'little', 1), { entityWorker: false, workers: 0, markersHere: false });
    assert.deepStrictEqual(analysisThreads(undefined, 'big', 0), { entityWorker: false, workers: 0, markersHere: false });
    assert.deepStrictEqual(analysisThreads(undefined, 'some', 0), { entityWorker: false, workers: 0, markersHere: false });
    assert.deepStrictEqual(analysisThreads(2, 'some', 1), { entityWorker: false, workers: 2, markersHere: false });
    assert.deepStrictEqual(analysisThreads(0, 'big', 1), { entityWorker: false, workers: 0, markersHere: false });
  });
});

describe('cli: check', function () {
  this.timeout(120000);
  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  });

  it('prints the editor’s diagnostics as path:line:col: severity: message [code], the same as --format json', () => {
    const text = run(['check', 'samples']);
    assert.strictEqual(text.code, 0, text.stderr);
    const lines = text.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 5, text.stdout);
    for (const l of lines) assert.match(l, /^samples\/[^:]+\.txt:\d+:\d+: (error|warning|information|hint): .+ \[[a-z-]+\]$/);
    const json = run(['check', 'samples', '--format', 'json']);
    assert.strictEqual(json.code, 0, json.stderr);
    const ds = JSON.parse(json.stdout) as { path: string; start: number; end: number; line: number; character: number; severity: string; code: string; message: string }[];
    assert.strictEqual(ds.length, lines.length);
    for (const [i, d] of ds.entries()) {
      assert.deepStrictEqual(Object.keys(d).sort(), ['character', 'code', 'end', 'line', 'message', 'path', 'severity', 'start', 'text']);
      assert.strictEqual(`${d.path}:${d.line}:${d.character}: ${d.severity}: ${d.message} [${d.code}]`, lines[i]);
      const src = readFileSync(path.join(ROOT, d.path), 'utf8').replace(/^\uFEFF/, '');
      const before = src.slice(0, d.start).split(/\r\n|\r|\n/);
      assert.strictEqual(before.length, d.line);
      assert.strictEqual(before[before.length - 1].length + 1, d.character);
    }
    // The samples' quotations are not scare quotes; the author's own are, by default where the text
    // marks the distance ("worthless ‘guarantees’") or its context holds a lone word there ("peaceful
    // ‘partnership’", "a call for ‘dialogue’ from the Russian Stalinist bureaucracy"), at the balanced level any quoted word.
    const scare = ds.filter((d) => d.code === 'scare-quote').map((d) => d.message);
    assert.ok(scare.includes('Scare quote: ‘guarantees’') && scare.includes('Scare quote: ‘international supervision’'), scare.join('\n'));
    assert.ok(scare.includes('Scare quote: ‘partnership’') && scare.includes('Scare quote: ‘dialogue’'), scare.join('\n'));
    assert.ok(!scare.some((m) => /colossal mistake|Somali pirates/.test(m)), scare.join('\n'));
    const balanced = run(['check', 'samples', '--format', 'json', '--sensitivity', 'balanced']);
    const scareBalanced = (JSON.parse(balanced.stdout) as { code: string; message: string }[]).filter((d) => d.code === 'scare-quote').map((d) => d.message);
    assert.ok(scareBalanced.includes('Scare quote: ‘partnership’') && scareBalanced.includes('Scare quote: ‘dialogue’'), scareBalanced.join('\n'));
    assert.ok(!scareBalanced.some((m) => /colossal mistake|Somali pirates/.test(m)), scareBalanced.join('\n'));
  });

  it('gives offsets into the text without its byte-order mark, and the text they cover', () => {
    // Issue 11: 447 of ung20's speeches start with a BOM; read with it, every range of theirs looked one character early.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dl-cli-bom-'));
    try {
      const body = 'The defence of our revolution has been based on the involvement of all the people.\r' +
        'They are absolutely convinced that the brutal apartheid regime of Pretoria will fall, and that the racist\r' +
        'minority regime cannot stop the heroic struggle of the people of South Africa.\r';
      writeFileSync(path.join(dir, 'CUB_46_1991.txt'), `\uFEFF${body}`);
      const r = run(['check', dir, '--format', 'json']);
      assert.strictEqual(r.code, 0, r.stderr);
      const ds = JSON.parse(r.stdout) as { start: number; end: number; text: string; code: string; message: string }[];
      const rhetoric = ds.filter((d) => d.code === 'rhetoric');
      assert.ok(rhetoric.length > 0, r.stdout);
      for (const d of ds) assert.strictEqual(d.text, body.slice(d.start, d.end), JSON.stringify(d));
      for (const d of rhetoric) assert.ok(d.message.endsWith(`‘${d.text}’`), JSON.stringify(d));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 when an error-severity diagnostic was printed, and rejects a bad flag', () => {
    const r = run(['check', 'samples/Sunday night\'s meeting between Lavrov and Kerry.txt', '--severity', 'scare-quote=error']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stdout, /: error: Scare quote: ‘guarantees’ \[scare-quote\]/);
    assert.strictEqual(run(['check', 'samples', '--format', 'xml']).code, 2);
    // A path that cannot be read is the check failing, not the text having errors: 2, as linters exit,
    // with the diagnostics of what could be read still printed.
    const missing = run(['check', 'samples/The first step.txt', 'no/such/folder']);
    assert.strictEqual(missing.code, 2, missing.stderr);
    assert.match(missing.stderr, /no such file or directory/);
    assert.match(missing.stdout, /The first step\.txt:\d+:\d+: information: /);
    assert.strictEqual(run(['check', 'samples', '--severity', 'scare-quote']).code, 2);
  });
});
