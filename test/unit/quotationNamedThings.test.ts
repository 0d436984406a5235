import * as assert from 'node:assert';
import { segment } from '../../server/src/analysis/text/structure';
import { recognizeEntities } from '../../server/src/analysis/entities';
import { findQuotations } from '../../server/src/analysis/quotations/quotations';

// The wrong quotations and missed sources of the seed-229 audit of UN speeches (issue 11), in the shapes of ung20 the rules were measured on.
interface Seen { text: string; speaker?: string; name?: string }
function quotations(text: string): Seen[] {
  const seg = segment(text);
  return findQuotations(seg, recognizeEntities(seg)).map((q) => ({ text: text.slice(q.start, q.end), ...(q.speaker ? { speaker: q.speaker } : {}), ...(q.name ? { name: q.name } : {}) }));
}
const quoting = (text: string, inQuote: string) => quotations(text).find((q) => q.text.includes(inQuote));

describe('quotations: things named, not words quoted; sources the text names', function () {
  this.timeout(120_000);

  it('takes no quotation for a title the words around name: an article, a meeting "on", a name "styled", a theme or a motto', () => {
    const named = [
      ['That is the conclusion reached by Mikhail S. Gorbachev in his article "The reality and the guarantees of a secure world", which has been perceived as a doctrine.\n', 'reality'],
      ['My country commends the Secretary-General for holding the important high-level meeting on “Africa’s development needs: state of implementation of various commitments, challenges and the way forward”, which took place two days ago.\n', 'Africa'],
      ['A distinction should be made between their efforts and South Africa\'s brand of cooperation, styled "Constellation of southern African States". 325. That is a sham.\n', 'Constellation'],
      ['The theme you have chosen for this year’s general debate — “For a stronger and more effective United Nations: the follow-up and implementation of the High-level Plenary Meeting” — is most appropriate.\n', 'stronger'],
      ['We hope that may be possible. Our banner is, and always will be, "A homeland free, or let us die." We shall continue to defend the right of our people.\n', 'homeland'],
    ];
    for (const [text, inner] of named) assert.strictEqual(quoting(text, inner), undefined, text);
    // A speaker named keeps the words theirs, and a theme a reporting verb comes between is no title.
    assert.strictEqual(quoting('On the theme of peace, President Nyerere said, "We must run while others walk, for the poor cannot wait for ever."\n', 'run while')?.name, 'Nyerere');
  });

  it('takes no quotation for a stock phrase named by "approach of", nor for the labels of a list "such labels as"', () => {
    assert.strictEqual(quoting('We should move beyond the conventional economic growth approach of “grow first, clean up later”. Rather, what we need is green growth.\n', 'grow first'), undefined);
    const labels = 'To cover up their criminal acts, the aggressors have always resorted to such labels as "fighting aggression", "defence of the right to self-determination", "defence of human rights", to oppose the peoples.\n';
    assert.deepStrictEqual(quotations(labels), []);
    // A quotation that is no label stays.
    assert.ok(quoting('We recall the words of the Charter: "to save succeeding generations from the scourge of war".\n', 'scourge'));
  });

  it('names the sources of "X acknowledges in his report:", "X\'s report states:", "I quote the Charter -" and "the statement made to the press by X …:"', () => {
    assert.strictEqual(quoting('As the Secretary-General acknowledges in his report on the work of the Organisation: "The international situation is still marked by points of strain and danger, visible or lurking."\n', 'strain')?.speaker, 'Secretary-General');
    assert.match(quoting('As the Commission\'s report states: "The unity of human needs requires a functioning multilateral system that respects the democratic principle of consent".\n', 'unity')?.speaker ?? '', /Commission's report/);
    assert.strictEqual(quoting('One of its basic objectives is and I quote the Charter - "To encourage respect for human rights and for fundamental freedoms for all". That system has brought many nations to independence.\n', 'encourage')?.speaker, 'the Charter');
    const algeria = 'We are comforted in this analysis by the statement made to the press by the Minister of Foreign Affairs of Algeria, in this very building, last Tuesday: "What brought us to imagine the Maghrebian framework was our conviction."\n';
    assert.match(quoting(algeria, 'Maghrebian')?.speaker ?? '', /Minister of Foreign Affairs of Algeria/);
    // Words between "made" and "by" only before a colon: a term in the clause is no quotation of the one named.
    const soares = 'I listened with attention to the statement made on 23 September by my colleague, Mr. Soares, on behalf of the "new Portugal", the birth of which we welcome.\n';
    assert.strictEqual(quoting(soares, 'new Portugal')?.speaker, undefined);
  });

  it('names the sources of "X, which declared … that", "“…”, so wrote X", "what X calls “…”" and "X\'s unanimous finding that"', () => {
    assert.strictEqual(quoting('We recall the position of the Organization of African Unity, which declared at its summit in Addis Ababa that "the borders inherited from colonialism must be respected by all the States of the continent".\n', 'borders')?.name, 'Organization of African Unity');
    assert.strictEqual(quoting('The agreement is yours. One is amazed by the ability of human thought. "We were born to live together", so wrote Seneca to Lucilius.\n', 'born to live')?.name, 'Seneca');
    assert.strictEqual(quoting('We welcome the Court’s unanimous finding that “There is in neither customary nor conventional international law any specific authorization of the threat or use of nuclear weapons.”\n', 'customary')?.speaker, 'the Court');
    assert.strictEqual(quoting('We must move towards the realization of what the Secretary-General, Mr. Boutros Boutros-Ghali, calls "the vast potential of this unique Organization to bring new life to the world of the Charter."\n', 'vast potential')?.name, 'Boutros Boutros-Ghali');
  });
});
