/**
 * An edit that brings new surface forms: where no rule can relate them to the corpus's other forms
 * (entities/isolatedForms.ts), the index groups them alone and adds them to its last grouping
 * (derived/entityResolution.ts, `extended`). The result must be what grouping every form from scratch
 * gives, after any sequence of edits: checked here on passages of real speeches with random edits
 * that add, change and remove names (made-up names, slips of the corpus's names, real passages).
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { initialsOf } from '../../server/src/analysis/entities/nameHeadWords';

/** The passages of the fixture, by speech. */
function passages(): { name: string; text: string }[] {
  const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'ungdc-passages.txt'), 'utf8');
  return text.split(/^=== /m).slice(1).map((p) => {
    const nl = p.indexOf('\n');
    return { name: p.slice(0, nl).trim(), text: p.slice(nl + 1) };
  });
}

/** A generator of numbers in [0, 1) from a seed (the same edits on every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** What the index shows of its entities: records, the entity of every surface form, misspellings (each in a fixed order). */
function shown(corpus: Corpus): { records: string[]; surfaces: string[]; misspellings: string[] } {
  const surfaces = new Set<string>();
  for (const [, d] of corpus.index.entries()) for (const m of d.entities) surfaces.add(m.text);
  return {
    records: corpus.index.entities().map((e) => JSON.stringify(e)).sort(),
    surfaces: [...surfaces].sort().map((s) => `${s} → ${corpus.index.entityIdOf(s)}`),
    misspellings: corpus.index.misspellings().map((m) => JSON.stringify(m)).sort(),
  };
}

/** The same documents' analyses in a new index: every form grouped from scratch. */
function fromScratch(corpus: Corpus): Corpus {
  const fresh = new Corpus(corpus.analysisOptions, defaultRecognizers);
  for (const [uri, d] of corpus.index.entries()) fresh.put(uri, d);
  return fresh;
}

const SYLLABLES = ['ka', 'lo', 'mbe', 'ru', 'zi', 'tan', 'vo', 'shi', 'dre', 'nu', 'pa', 'qel', 'wom', 'bix'];

describe('entities: new forms grouped alone and added to the last grouping', () => {
  it('gives what grouping every form from scratch gives, through random edits of real speeches', function () {
    this.timeout(240_000);
    const all = passages();
    const rnd = random(801);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const word = (): string => {
      let w = '';
      for (let i = 2 + Math.floor(rnd() * 2); i > 0; i--) w += pick(SYLLABLES);
      return w[0].toUpperCase() + w.slice(1);
    };
    const corpus = new Corpus({ sensitivity: 'precise' }, defaultRecognizers);
    const held = all.slice(30);
    for (const p of all.slice(0, 30)) corpus.update(`file:///c/${p.name}`, p.text);
    corpus.index.entities();
    /** The documents the edits wrote, and the name each ends with (typed on letter by letter). */
    const written = new Map<string, { text: string; name: string }>();
    let n = 0;
    const write = (uri: string, text: string, name: string): void => {
      written.set(uri, { text, name });
      corpus.update(uri, `${text}${name} spoke.\n`);
    };
    for (let step = 0; step < 160; step++) {
      const r = rnd();
      const entities = corpus.index.entities();
      if (r < 0.3 || !written.size) {
        // A new article naming made-up persons or places, and sometimes one of the corpus's names.
        const names = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => `${pick(['President', 'Ambassador', 'Mr.', ''])} ${word()} ${word()}`.trim());
        const known = rnd() < 0.3 && entities.length ? `We thank ${pick(entities).name}. ` : '';
        write(`file:///c/new${n++}.txt`, `${known}${names.map((x) => `${x} met the delegation of ${word()}. `).join('')}`, `President ${word()}`);
      } else if (r < 0.55) {
        // Typing a name on, letter by letter.
        const [uri, w] = pick([...written]);
        write(uri, w.text, `${w.name}${pick(SYLLABLES)[0]}`);
      } else if (r < 0.65) {
        // A slip of a name of the corpus (two letters swapped), of one word mostly: a likely misspelling, never isolated.
        const frequent = entities.filter((e) => e.mentions >= 4 && (rnd() < 0.3 || !e.name.includes(' ')));
        const e = pick(frequent.length ? frequent : entities);
        const i = 1 + Math.floor(rnd() * Math.max(1, e.name.length - 3));
        const slip = e.name.slice(0, i) + e.name[i + 1] + e.name[i] + e.name.slice(i + 2);
        const [uri, w] = pick([...written]);
        write(uri, `${w.text}${slip} agreed. `, w.name);
      } else if (r < 0.7) {
        // The acronym of an organisation of the corpus (which it joins), or a name of made-up words spelling the corpus's acronym.
        const orgs = entities.filter((e) => e.type === 'organization' && e.name.includes(' '));
        const acronyms = entities.filter((e) => /^[A-Z]{2,6}$/.test(e.name));
        const [uri, w] = pick([...written]);
        if (rnd() < 0.5 && orgs.length) write(uri, `${w.text}The ${initialsOf(pick(orgs).name).toUpperCase()} agreed. `, w.name);
        else if (acronyms.length) write(uri, `${w.text}The ${[...pick(acronyms).name].map((c) => c + pick(SYLLABLES).slice(0, 3)).join(' ')} Organization agreed. `, w.name);
      } else if (r < 0.78) {
        const [uri] = pick([...written]);
        written.delete(uri);
        corpus.remove(uri);
      } else if (r < 0.8 && held.length) {
        // A real passage: real names, new and known.
        const p = held.pop()!;
        corpus.update(`file:///c/${p.name}`, p.text);
      } else if (r < 0.85) {
        // A passage of the corpus gone, then back.
        const p = pick(all.slice(0, 30));
        const uri = `file:///c/${p.name}`;
        if (corpus.index.has(uri)) corpus.remove(uri);
        else corpus.update(uri, p.text);
      }
      // Queries after some edits only: several edits then reach one grouping.
      if (rnd() < 0.6) assert.deepStrictEqual(shown(corpus), shown(fromScratch(corpus)), `after edit ${step}`);
    }
    assert.deepStrictEqual(shown(corpus), shown(fromScratch(corpus)));
    // Both ways were taken: new forms added alone, and grouped with all.
    assert.ok(corpus.index.extensions >= 20, `${corpus.index.extensions} extensions`);
    const groupings = corpus.index.resolutions - corpus.index.extensions;
    assert.ok(groupings >= 10, `${groupings} groupings`);
  });
});
