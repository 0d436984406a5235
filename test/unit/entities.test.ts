import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { segment } from '../../server/src/analysis/text/structure';
import { nerWeightsTables } from '../../server/src/analysis/entities/tagger';
import { NerEngine, isGivenName, isKnownName, recognizeEntities, resolveEntities, SurfaceForm } from '../../server/src/analysis/entities';
import { boundedLevenshtein } from '../../server/src/analysis/entities/editDistance';
import { bareName } from '../../server/src/analysis/entities/resolve';
import { ModelNotFoundError, modelBytes, setModelSource } from '../../server/src/analysis/models';
import { installShippedModels, loadNerEngineFrom, modelsDir, readModelFile } from '../../server/src/node/modelFiles';
import { ModelFormatError } from '../../server/src/analysis/learning';
import type { EntityMention, EntityType } from '../../server/src/analysis/types';

// Excerpts of our four sample articles (samples/).
const SEED_002 = `SUNDAY night’s meeting between the Russian Foreign Minister, Sergei Lavrov and the US Secretary of State, John Kerry, has shown conclusively the counter-revolutionary nature of the Stalinist bureaucracy and their dread of the working class.
In the words of Lavrov they ‘agreed to seek common ground to resolve the situation,’ including agreement to work with the Ukrainian government on implementing constitutional reforms and having ‘free and fair elections under international supervision’.
Lavrov made it clear that Putin wants to split Ukraine up into semi-autonomous federal states.
Putin is so desperate to cobble together a rotten deal with imperialism that he has conceded completely the legitimacy of this reactionary coup and the right of imperialism to walk in and effectively take over the west of the Ukraine.
Despite all the lessons of the past proving that there can be no agreement with imperialism, Putin is still trying to secure peaceful ‘partnership’.
Putin is more scared of revolution than he is of imperialism. His hatred and fear of revolution and his absolute dread of the class struggle has come through loud and clear.
Putin is clearly seeking a deal which would provide a reactionary utopia where part of the Ukraine is directly under the control of the West in return for worthless ‘guarantees’ that Ukraine would remain neutral and not become a staging post for Nato forces to directly threaten Russia.
`;
const SEED_003 = `Russia must intervene to drive Kiev junta out!

FOLLOWING the illegal Ukrainian presidential election – called to try and legitimise the imperialist-inspired coup – the billionaire, Petro Poroshenko, wasted no time in ordering all-out war to smash the anti-coup forces in eastern Ukraine.

This was the response of the imperialist-backed Kiev regime, brought to power and sustained by the fascists of the Right Sector.
Already the demand for Ukraine to join NATO has been made and now Georgia is being touted as the next member.
`;
const SEED_004 = `Defend Ukraine independence!
Demand Moscow’s troops out now

By Roy Landersen
April 3, 2023
After a year of waging a near-genocidal war against the Ukrainian people, Russian President Vladimir Putin is trying to put a facade of legitimacy on his regime’s seizure of almost a fifth of the country. He went to Moscow-occupied areas of Ukraine for the first time.
`;
const SEED_000 = `Dreams of direct NATO intervention and imperialist ‘no-fly’ zones have faded along with hopes that the Western sanctions regime would provoke the Russian oligarchs into launching an anti-Putin coup.
`;

function find(text: string): EntityMention[] {
  return recognizeEntities(segment(text));
}

function has(ms: EntityMention[], name: string, type: EntityType): boolean {
  return ms.some((m) => m.text === name && m.type === type);
}

describe('entities: recognizeEntities on the sample articles', () => {
  const all = new Map<string, EntityMention[]>();
  for (const [k, t] of Object.entries({ SEED_000, SEED_002, SEED_003, SEED_004 })) all.set(k, find(t));

  it('finds people', () => {
    const ms = all.get('SEED_002')!;
    assert.ok(has(ms, 'Sergei Lavrov', 'person'), JSON.stringify(ms));
    assert.ok(has(ms, 'John Kerry', 'person'));
    assert.ok(has(ms, 'Putin', 'person'));
    assert.ok(has(all.get('SEED_004')!, 'Roy Landersen', 'person'));
    assert.ok(has(all.get('SEED_004')!, 'Vladimir Putin', 'person'));
  });

  it('finds places', () => {
    assert.ok(has(all.get('SEED_002')!, 'Ukraine', 'place'));
    assert.ok(has(all.get('SEED_003')!, 'Kiev', 'place'));
    assert.ok(has(all.get('SEED_003')!, 'Ukraine', 'place'));
    assert.ok(has(all.get('SEED_004')!, 'Moscow', 'place'), JSON.stringify(all.get('SEED_004')));
  });

  it('finds organisations, and nationalities as groups', () => {
    assert.ok(has(all.get('SEED_003')!, 'NATO', 'organization'));
    assert.ok(has(all.get('SEED_000')!, 'NATO', 'organization'));
    assert.ok(has(all.get('SEED_002')!, 'Russian', 'group'));
  });

  it('excludes the possessive and keeps exact offsets', () => {
    const text = SEED_004;
    const ms = all.get('SEED_004')!;
    const moscow = ms.find((m) => m.text === 'Moscow')!;
    assert.strictEqual(text.slice(moscow.start, moscow.end), 'Moscow');
    assert.strictEqual(text.slice(moscow.end, moscow.end + 2), '’s');
    for (const [k, list] of all) {
      const t = { SEED_000, SEED_002, SEED_003, SEED_004 }[k as 'SEED_000']!;
      for (const m of list) {
        assert.strictEqual(t.slice(m.start, m.end), m.text);
        assert.ok(!/['’]s$/.test(m.text), m.text);
        assert.ok(m.confidence > 0 && m.confidence <= 1);
      }
    }
    const straight = find("Yesterday Sergei Lavrov's deputy met officials in Kiev.");
    assert.ok(has(straight, 'Sergei Lavrov', 'person'), JSON.stringify(straight));
  });

  it('handles empty and name-less text', () => {
    assert.deepStrictEqual(find(''), []);
    assert.deepStrictEqual(find('nothing to see here, just lower case words.\n'), []);
  });
});

describe('entities: model loading', () => {
  it('finds server/models from source', () => {
    assert.ok(fs.existsSync(path.join(modelsDir(), 'ner.bin')));
  });

  it('gives a clear error for a corrupt model (bytes in memory)', () => {
    const model = readModelFile('ner.bin');
    const lexicon = readModelFile('ner.lex');
    assert.ok(NerEngine.fromBytes(model, lexicon));
    const flipped = model.slice();
    flipped[flipped.length - 100] ^= 0x5a;
    assert.throws(() => NerEngine.fromBytes(flipped, lexicon), (e: Error) => e instanceof ModelFormatError && /ner\.bin/.test(e.message) && /corrupt/.test(e.message));
    assert.throws(() => NerEngine.fromBytes(new TextEncoder().encode('not a model'), lexicon), /ner\.bin/);
    assert.throws(() => NerEngine.fromBytes(model, new TextEncoder().encode('not a lexicon')), /ner\.lex/);
  });

  it('tags from the paired weights shipped as built (ner.bin.tables) as from ner.bin, and only from those of this ner.bin', () => {
    const model = readModelFile('ner.bin');
    const lexicon = readModelFile('ner.lex');
    const shipped = readModelFile('ner.bin.tables');
    assert.ok(Buffer.from(nerWeightsTables(model)).equals(Buffer.from(shipped)), 'ner.bin.tables is not what ner.bin builds: npm run pack:tables');
    const seg = segment(fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'Sunday night\'s meeting between Lavrov and Kerry.txt'), 'utf8'));
    const mentions = (tables?: Uint8Array) => NerEngine.fromBytes(model, lexicon, undefined, undefined, tables).recognize(seg);
    const expected = mentions();
    assert.ok(expected.length > 5);
    assert.deepStrictEqual(mentions(shipped), expected);
    // Tables whose weights are all zero: used when they say they are this ner.bin's (the mentions change), not otherwise.
    const zeroed = shipped.slice();
    zeroed.fill(0, zeroed.length - (zeroed.length - 32) / 2);
    assert.notDeepStrictEqual(mentions(zeroed), expected);
    new DataView(zeroed.buffer).setUint32(16, new DataView(zeroed.buffer).getUint32(16, true) ^ 1, true);
    assert.deepStrictEqual(mentions(zeroed), expected);
  });

  it('names the missing file of a models folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-ner-'));
    try {
      fs.copyFileSync(path.join(modelsDir(), 'ner.lex'), path.join(dir, 'ner.lex'));
      assert.throws(() => loadNerEngineFrom(dir), (e: Error) => e instanceof ModelNotFoundError && /ner\.bin.*missing/.test(e.message));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads models only from the source the host installs', () => {
    try {
      setModelSource(undefined);
      assert.throws(() => modelBytes('ner.bin'), ModelNotFoundError);
      setModelSource((name) => new TextEncoder().encode(`bytes of ${name}`));
      assert.strictEqual(new TextDecoder().decode(modelBytes('ner.lex')), 'bytes of ner.lex');
    } finally {
      installShippedModels();
    }
  });
});

const form = (text: string, type: EntityType | undefined, count: number, documents: string[] = ['a.txt']): SurfaceForm => ({ text, type, count, documents });

describe('entities: resolution across the corpus', () => {
  it('groups Putin variants under the full name', () => {
    const r = resolveEntities([
      form('Vladimir Putin', 'person', 3, ['a.txt']),
      form('Putin', 'person', 25, ['a.txt', 'b.txt']),
      form('President Putin', 'person', 2, ['c.txt']),
      form('Russian President Vladimir Putin', 'person', 1, ['d.txt']),
      form("Putin's", 'person', 1, ['b.txt']),
      form('Moscow', 'place', 12),
    ]);
    const id = r.bySurface.get('Putin')!;
    assert.strictEqual(id, 'person:vladimir-putin');
    for (const s of ['Vladimir Putin', 'President Putin', "Putin's", 'Russian President Vladimir Putin']) assert.strictEqual(r.bySurface.get(s), id, s);
    const e = r.entities.find((x) => x.id === id)!;
    assert.strictEqual(e.name, 'Vladimir Putin');
    assert.strictEqual(e.count, 32);
    assert.deepStrictEqual(e.documents, ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    assert.strictEqual(e.aliases[0], 'Putin');
    assert.notStrictEqual(r.bySurface.get('Moscow'), id);
  });

  it('merges NATO and Nato case-insensitively', () => {
    const r = resolveEntities([form('NATO', 'organization', 5), form('Nato', 'organization', 2)]);
    assert.strictEqual(r.bySurface.get('NATO'), r.bySurface.get('Nato'));
    assert.strictEqual(r.entities.length, 1);
    assert.strictEqual(r.entities[0].name, 'NATO');
  });

  it('applies aliases declared in the codebook', () => {
    const r = resolveEntities([form('Kiev', 'place', 8), form('Kyiv', 'place', 3), form('Kyiv’s', 'place', 1)], {
      declared: [{ name: 'Kyiv', type: 'place', aliases: ['Kiev'] }],
    });
    const id = r.bySurface.get('Kiev');
    assert.strictEqual(id, 'place:kyiv');
    assert.strictEqual(r.bySurface.get('Kyiv'), id);
    assert.strictEqual(r.bySurface.get('Kyiv’s'), id);
    assert.strictEqual(r.entities.find((e) => e.id === id)!.declared, true);
    assert.deepStrictEqual(r.misspellings(), []);
  });

  it('joins a family name written first to the one name starting with it, but not a given name', () => {
    const r = resolveEntities([form('Xi Jinping', 'person', 3), form('Xi', 'person', 2), form('John Kerry', 'person', 4), form('John', 'person', 2)], { isGivenName });
    assert.strictEqual(r.bySurface.get('Xi'), r.bySurface.get('Xi Jinping'));
    assert.notStrictEqual(r.bySurface.get('John'), r.bySurface.get('John Kerry'));
    // Two names start with "Kim": ambiguous, left apart.
    const k = resolveEntities([form('Kim Jong Un', 'person', 3), form('Kim Yo Jong', 'person', 1), form('Kim', 'person', 2)], { isGivenName: () => false });
    assert.notStrictEqual(k.bySurface.get('Kim'), k.bySurface.get('Kim Jong Un'));
  });

  it('flags Lavov as a likely misspelling of Lavrov without merging', () => {
    const forms = [form('Sergei Lavrov', 'person', 4), form('Lavrov', 'person', 9), form('Lavov', 'place', 1), form('Putin', 'person', 20)];
    const r = resolveEntities(forms, { isKnownName });
    assert.deepStrictEqual(r.misspellings(), [{ surface: 'Lavov', canonical: 'Sergei Lavrov', entityId: 'person:sergei-lavrov', count: 1, confidence: 0.74, edit: 'a letter left out' }]);
    assert.notStrictEqual(r.bySurface.get('Lavov'), r.bySurface.get('Lavrov'));
    // The user can dismiss it.
    assert.deepStrictEqual(resolveEntities(forms, { isKnownName, ignoreMisspellings: ['Lavov'] }).misspellings(), []);
  });

  it('does not flag real names that differ by a letter or two', () => {
    const r = resolveEntities(
      [form('Austria', 'place', 1), form('Australia', 'place', 30), form('Iraq', 'place', 40), form('Iran', 'place', 1), form('John', 'person', 20), form('Jon', 'person', 1)],
      { isKnownName },
    );
    assert.deepStrictEqual(r.misspellings(), []);
    // Even without the gazetteer, the built-in list of distinct names holds.
    assert.deepStrictEqual(resolveEntities([form('Iran', 'place', 1), form('Iraq', 'place', 40)]).misspellings(), []);
  });

  it('strips titles and bounds edit distance', () => {
    assert.strictEqual(bareName('Foreign Minister Sergei Lavrov', 'person'), 'Sergei Lavrov');
    assert.strictEqual(bareName('Mr. Kerry', 'person'), 'Kerry');
    assert.strictEqual(bareName('President', 'person'), 'President');
    assert.strictEqual(boundedLevenshtein('lavov', 'lavrov', 2), 1);
    assert.strictEqual(boundedLevenshtein('austria', 'australia', 1), 2);
  });
});
