/**
 * Entities in hard-wrapped official prose (UN General Debate speeches: lines of about 60
 * characters, no blank line between paragraphs, institutions capitalised by convention) and
 * names inside hyphenated compounds.
 */
import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { recognizeEntities } from '../../server/src/analysis/entities';
import { resolveEntities } from '../../server/src/analysis/entities/resolve';
import { cleanMention } from '../../server/src/analysis/entities/mentionFilter';
import type { EntityMention } from '../../server/src/analysis/types';

// Wrapped as the UNGDC files are; the text itself is made up in their style.
const WRAPPED = `On the eve of the fiftieth anniversary of the United
Nations, the representatives of the world's nations are
gathered here with hearts full of hope for a better future.
The Afghan nation, in spite of the immense difficulties it
has encountered, shares that optimism with the member
States of this Organization, and we thank the Government of
Pakistan and the Security Council for their support.
We urge the great Powers to respect the Charter and the
decisions of this Assembly, and we welcome the Republic of
Korea, the Republic of Moldova and Viet Nam as partners.
`;

function mentions(text: string): EntityMention[] {
  return recognizeEntities(segment(text));
}

function names(text: string): string[] {
  return mentions(text).map((m) => m.text.replace(/\s+/g, ' '));
}

describe('entities: hard-wrapped speeches', () => {
  it('joins the lines of a wrapped paragraph, so a name broken by a line break is one mention', () => {
    const seg = segment(WRAPPED);
    assert.ok(seg.paragraphs.length <= 3, `paragraphs: ${seg.paragraphs.length}`);
    const un = mentions(WRAPPED).find((m) => m.text.startsWith('United'));
    assert.ok(un, 'United Nations not found');
    assert.strictEqual(WRAPPED.slice(un.start, un.end), 'United\nNations');
    assert.strictEqual(un.type, 'organization');
  });

  it('keeps one paragraph a line in unwrapped news, and never joins a list item', () => {
    const news = 'Ceasefire talks resume\nThe talks resumed on Monday in Geneva.\nOfficials said little.\n';
    assert.deepStrictEqual(segment(news).paragraphs.map((p) => news.slice(p.start, p.end)), ['Ceasefire talks resume', 'The talks resumed on Monday in Geneva.', 'Officials said little.']);
    const list = Array.from({ length: 6 }, (_, i) => `- item number ${i + 1} of the list`).join('\n');
    assert.strictEqual(segment(list).paragraphs.length, 6);
  });

  it('goes on past a page\'s number where a page break cut a sentence, not where the sentence had ended or the next page opens anew', () => {
    const text = 'Our prosperity and our security depend more\n28\n\nand more on an effective multilateral system of the\n\n12\nUnited Nations.\nWe agree.\n\n14\n\nThe next page opens a paragraph.\nIts list:\n15\n\na) first item';
    const seg = segment(text);
    assert.deepStrictEqual(seg.paragraphs.map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' ')),
      ['Our prosperity and our security depend more 28 and more on an effective multilateral system of the 12 United Nations.', 'We agree.', '14', 'The next page opens a paragraph.', 'Its list:', '15', 'a) first item']);
    assert.deepStrictEqual(seg.sentences.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ')).slice(0, 2),
      ['Our prosperity and our security depend more 28 and more on an effective multilateral system of the 12 United Nations.', 'We agree.']);
  });

  it('joins a paragraph broken by a stray line break in a one-paragraph-a-line file', () => {
    const para = `${'We believe it crucial that the human rights mechanisms of the Organization be strengthened, and we would encourage all States to co-operate fully with them in the '.repeat(2)}United\nNations and beyond.`;
    const un = mentions(para).filter((m) => m.text.startsWith('United'));
    assert.deepStrictEqual(un.map((m) => para.slice(m.start, m.end)), ['United\nNations']);
  });

  it('names no generic institution on its own (Organization, Government, States, Assembly, Charter, Powers)', () => {
    const found = names(WRAPPED);
    for (const generic of ['Organization', 'Government', 'States', 'member States', 'Assembly', 'Charter', 'Powers', 'Republic', 'of']) {
      assert.ok(!found.includes(generic), `${generic} in ${found.join(' | ')}`);
    }
    for (const name of ['United Nations', 'Afghan', 'Government of Pakistan', 'Security Council', 'Republic of Korea', 'Viet Nam']) assert.ok(found.includes(name), `${name} missing from ${found.join(' | ')}`);
  });

  it('strips a lower-case function word the tagger left in front of a name, never a capitalised one', () => {
    const text = 'the new African States of Mozambique and Angola, welcomed by To Lam in Hanoi';
    const of = text.indexOf('of Mozambique');
    assert.deepStrictEqual(cleanMention(text, of, of + 'of Mozambique'.length, 'place'), { start: text.indexOf('Mozambique'), end: of + 'of Mozambique'.length });
    const to = text.indexOf('To Lam');
    assert.deepStrictEqual(cleanMention(text, to, to + 'To Lam'.length, 'person'), { start: to, end: to + 'To Lam'.length });
  });

  it('takes a one-word name after a demonstrative for the common noun it is, and "Almighty" for no name', () => {
    const text = 'Many of us present here in this Hall remember it. With the grace of God Almighty, Mr. Hall said, we shall prevail.';
    const hall = text.indexOf('Hall');
    assert.strictEqual(cleanMention(text, hall, hall + 4, 'person'), undefined);
    const surname = text.indexOf('Hall said');
    assert.deepStrictEqual(cleanMention(text, surname, surname + 4, 'person'), { start: surname, end: surname + 4 });
    const almighty = text.indexOf('Almighty');
    assert.strictEqual(cleanMention(text, almighty, almighty + 8, 'place'), undefined);
  });

  it('takes no part of a word split by the line-break hyphen of scanned text for a name', () => {
    const text = 'We call on all foreign troops to withdraw from Afgha¬nistan, and we support the so-called Demo¬cratic Alliance.';
    const afgha = text.indexOf('Afgha');
    assert.strictEqual(cleanMention(text, afgha, afgha + 5, 'place'), undefined);
    const nistan = text.indexOf('nistan');
    assert.strictEqual(cleanMention(text, nistan, nistan + 6, 'place'), undefined);
    assert.ok(!names(text).some((n) => n.startsWith('Afgha') || n.startsWith('Demo')), names(text).join(' | '));
  });

  it('types Viet Nam, the UN spelling, as a place', () => {
    assert.deepStrictEqual(mentions(WRAPPED).filter((m) => m.text === 'Viet Nam').map((m) => m.type), ['place']);
  });

  it('groups British and American spellings of a name, and shows a wrapped alias on one line', () => {
    const res = resolveEntities([
      { text: 'Organization of African Unity', type: 'organization', count: 5 },
      { text: 'Organisation of African Unity', type: 'organization', count: 2 },
      { text: 'Security\nCouncil', type: 'organization', count: 1 },
      { text: 'Security Council', type: 'organization', count: 3 },
    ]);
    const oau = res.entities.filter((e) => /African Unity/.test(e.name));
    assert.strictEqual(oau.length, 1, oau.map((e) => e.name).join(', '));
    assert.strictEqual(oau[0].count, 7);
    const council = res.entities.find((e) => e.name === 'Security Council');
    assert.deepStrictEqual(council?.aliases, ['Security Council']);
  });

  it('types a country\'s long form as a place and a one-word follower as a group, whatever the tagger said', () => {
    // Each as the tagger typed it in UNGDC speeches ("our neighbours, the Republic of Estonia and
    // the Republic of Lithuania"; "former Somozist guards"); a party or an "Islamic State" stays as tagged.
    const res = resolveEntities([
      { text: 'Republic of Estonia', type: 'organization', count: 1 },
      { text: 'Kingdom of Spain', type: 'organization', count: 1 },
      { text: 'Hellenic Republic', type: 'organization', count: 1 },
      { text: 'State of Kuwait', type: 'organization', count: 2 },
      { text: 'Somozist', type: 'place', count: 1 },
      { text: 'Sandinists', type: 'organization', count: 3 },
      { text: 'Islamic State', type: 'organization', count: 4 },
      { text: 'Party of the Republic', type: 'organization', count: 1 },
      { text: 'Republican Party', type: 'organization', count: 1 },
      { text: 'Heist', type: 'organization', count: 2 },
    ]);
    const typeOf = (name: string): string | undefined => res.entities.find((e) => e.name === name)?.type;
    for (const n of ['Republic of Estonia', 'Kingdom of Spain', 'Hellenic Republic', 'State of Kuwait']) assert.strictEqual(typeOf(n), 'place', n);
    for (const n of ['Somozist', 'Sandinists']) assert.strictEqual(typeOf(n), 'group', n);
    for (const n of ['Islamic State', 'Party of the Republic', 'Republican Party', 'Heist']) assert.strictEqual(typeOf(n), 'organization', n);
  });

  it('keeps a declared entity\'s type even when its name has a country\'s shape', () => {
    const res = resolveEntities([{ text: 'Republic of Texas', type: 'organization', count: 1 }], {
      declared: [{ name: 'Republic of Texas', type: 'organization' }],
    });
    assert.strictEqual(res.entities[0].type, 'organization');
  });

  it('names no tail of a title the tagger cut at a connector, but keeps a full name cited with "of the"', () => {
    // Sentences as UNGDC speeches write them; the capitalised common words after "on", "for",
    // "against" or "and its" are the end of a longer title, not a name of their own.
    const text = [
      'We support the recommendations of the Committee for Development Planning on the flow of aid.',
      'We welcome the United Nations Global Programme against Money Laundering and its work.',
      'The Declaration on Apartheid and its Destructive Consequences in Southern Africa was adopted.',
      'The Commission on Human Rights met in Geneva, and the Conference on Trade and Development in Nairobi.',
      'We ratified the Rome Statute of the International Criminal Court and welcome the Republic of Korea.',
      'A delegation of the Central Committee of the Communist Party arrived in Hanoi.',
    ].join('\n');
    const found = names(text);
    for (const tail of ['Development Planning', 'Money Laundering', 'Destructive Consequences', 'Human Rights', 'Trade and Development']) {
      assert.ok(!found.includes(tail), `${tail} in ${found.join(', ')}`);
    }
    for (const name of ['International Criminal Court', 'Republic of Korea', 'Geneva', 'Nairobi']) {
      assert.ok(found.includes(name), `${name} not in ${found.join(', ')}`);
    }
  });
});

describe('entities: names inside hyphenated compounds', () => {
  const TEXT = 'The plot was an anti-Putin coup, backed by pro-Russian militias in Moscow-occupied areas. Putin denied it.\nThe United Nations-sponsored talks and the United States-led coalition met in Kiev.\n';

  it('a name part of a compound is a mention at its own offsets', () => {
    const ms = mentions(TEXT);
    const at = (s: string, from = 0): EntityMention | undefined => ms.find((m) => m.start === TEXT.indexOf(s, from));
    assert.strictEqual(at('Putin')?.text, 'Putin');
    assert.strictEqual(at('Putin')?.type, 'person');
    assert.strictEqual(at('Russian')?.type, 'group');
    assert.strictEqual(at('Moscow')?.end, TEXT.indexOf('Moscow') + 'Moscow'.length);
  });

  it('a name continued by "Part-suffix" takes the part: United Nations-sponsored, United States-led', () => {
    const found = names(TEXT);
    assert.ok(found.includes('United Nations'), found.join(' | '));
    assert.ok(found.includes('United States'), found.join(' | '));
    assert.ok(!found.includes('United'), found.join(' | '));
  });

  it('a generic noun in a compound is no name, nor before a hyphen written as a dash; a name there is', () => {
    // UNGDC speeches: "great-Power rivalry", "super-Power", and older transcripts' dashes without
    // spaces ("the ninth special session of the Assembly-is not enough", "from Taiwan-that ...").
    const text = 'We reject great-Power rivalry and super-Power hegemony. The ninth special session of the Assembly-is not enough. A Government-backed plan followed; troops were withdrawn from Taiwan-that island. We favour all-European co-operation and oppose pro-Moscow militias.\n';
    const found = mentions(text).map((m) => text.slice(m.start, m.end));
    for (const generic of ['Power', 'Assembly', 'Government']) assert.ok(!found.includes(generic), `${generic} in ${found.join(', ')}`);
    for (const name of ['Taiwan', 'European', 'Moscow']) assert.ok(found.includes(name), `${name} not in ${found.join(', ')}`);
  });

  it('CoNLL scoring keeps CoNLL\'s convention: no name inside a compound', () => {
    const plain = recognizeEntities(segment(TEXT), { namesInCompounds: false }).map((m) => m.text);
    assert.ok(!plain.includes('Russian'), plain.join(' | '));
  });
});

describe('entities: an acronym alias matches only its capitals (issue 11)', () => {
  // UN speeches as scanned: "Us" is the pronoun or a misread "its", never the United States.
  const TEXT = `The Netherlands shares the common position of the 12 States members of the European
Community on a wide range of international issues. That allows Us to concentrate on a few
subjects that have my country's special attention. The Government of Yemen asserts Us
conviction that the US and the USA, like the United States, must respect the Charter.
`;

  it('"Us" is no mention of the United States; "US" and "USA" are', () => {
    const found = names(TEXT);
    assert.ok(!found.includes('Us'), found.join(' | '));
    assert.ok(found.includes('US') && found.includes('USA'), found.join(' | '));
  });

  it('an alias the list writes in mixed case ("Nato") stays a name', () => {
    assert.ok(cleanMention('Nato allies met.', 0, 4, 'organization'));
    assert.strictEqual(cleanMention('That allows Us to act.', 12, 14, 'place'), undefined);
  });
});
