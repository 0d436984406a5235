import * as assert from 'node:assert';
import { quoting } from './quoting';

// Reporting frames of the seed-259 audit of UN speeches (issue 11): sources missed, and speakers that were an occasion, a place or "a passage".

describe('who is quoted: reporting frames of the seed-259 audit', function () {
  this.timeout(120_000);

  it('reads "states", "notes", "observes" as verbs after a named subject before a colon or "that"', () => {
    const states = 'The legal framework is clear. In the introduction to his report on the work of the Organization, the Secretary-General states: "The Organization must be able to act when peace is threatened and must not be paralysed."\n';
    assert.strictEqual(quoting(states, 'paralysed')?.name, 'Secretary-General');
    const notes = 'Yet our work has only just begun. As the Secretary-General notes in his current report: "The United Nations has been asked to take on more than it can carry in the present circumstances."\n';
    assert.strictEqual(quoting(notes, 'carry')?.name, 'Secretary-General');
    const report = 'The report notes: "Peace is not a gift of God but a task for all of us every day of the year."\n';
    // A report is the source of its words, whether "The" opens the sentence or not (seed-923 audit: "That report correctly states:").
    assert.strictEqual(quoting(report, 'gift of God')?.speaker, 'The report');
  });

  it('takes a document\'s numbered parts and a dated report as the source ("paragraph 2 of article 3 states:", "Article 4.15 further states:")', () => {
    assert.strictEqual(quoting('We have always followed that provision. But paragraph 2 of article 3 states: "Exception may be made to the foregoing principle only for overriding reasons of national security."\n', 'Exception')?.speaker, 'paragraph 2 of article 3');
    assert.strictEqual(quoting('The boundary was agreed. Article 4.15 further states: "The parties agree that the delimitation and demarcation determinations of the Commission shall be final and binding."\n', 'delimitation')?.speaker, 'Article 4.15');
    const dated = quoting('All of this was committed at Srebrenica. In fact, the Secretary-General’s 1999 report on Srebrenica unequivocally states: “The cardinal lesson of Srebrenica is that a deliberate and systematic attempt to terrorize must be met decisively.”\n', 'cardinal lesson');
    assert.strictEqual(dated?.speaker, 'Secretary-General’s 1999 report on Srebrenica');
  });

  it('finds the maker of "the comment made by … that", "his remark that" (whom "his" stands for) and "quoting X,"', () => {
    const comment = quoting('264. I fully agree with the comment made by the Secretary-General in his report, that "the outcome of this Conference could greatly influence the willingness of Governments to make full use of the machinery."\n', 'outcome');
    assert.strictEqual(comment?.speaker, 'the Secretary-General');
    const remark = quoting('A few days ago Secretary of State Henry Kissinger called on the Latin American Governments to join with the United States in a "new dialogue". My country welcomes this invitation. We applauded his remark that "We do not believe that any institution or any treaty arrangement is beyond examination".\n', 'institution');
    assert.strictEqual(remark?.name, 'Henry Kissinger');
    const pope = quoting('As indicated by the President of the General Assembly in his inaugural address, quoting Pope Paul VI, “Development is the new name for peace.” All peoples share it.\n', 'new name');
    assert.strictEqual(pope?.name, 'Pope Paul VI');
  });

  it('shares the subject of "X analysed … and concluded his address as follows;" and "we made clear that:"', () => {
    const concluded = quoting('In presenting the annual budget in Parliament two months ago, the Prime Minister analysed the problems facing the country in the year ahead and concluded his address as follows; "my Government is anticipating that the new year will be a better one for the people of this country."\n', 'anticipating');
    assert.strictEqual(concluded?.speaker, 'Prime Minister');
    assert.strictEqual(quoting('And, finally, we made clear that: "Israel will not claim the prior acceptance by the other party of her positions, as Israel does not accept in advance."\n', 'prior acceptance')?.speaker, 'we');
  });

  it('takes the person before an aside of where or when they spoke, not the occasion or place', () => {
    const tito = quoting('174. The President of the Socialist Federal Republic of Yugoslavia, Josip Broz Tito, in his statement at the Helsinki Conference said, inter alia: "Our attention should now focus on the implementation of the decisions contained in the documents."\n', 'attention');
    assert.strictEqual(tito?.name, 'Josip Broz Tito');
    const lonNol = quoting('It was in that spirit that Marshal Lon Nol, President of our Republic, when speaking to the Deputies on 14 September last on the occasion of the opening of the National Assembly, said: "The North Vietnamese and Viet-Cong Communists that so savagely attacked our country have sown death."\n', 'savagely');
    assert.strictEqual(lonNol?.name, 'Marshal Lon Nol');
  });

  it('names no speaker for "quote a passage which …:" nor "issued the resounding call to"', () => {
    const passage = quoting('The Government issued a formal statement on the foreign policy of the Republic, and with your permission, I should like to quote a passage which touches upon this Organization: "The Government of the Second Republic of Uganda attaches great importance to membership of the United Nations."\n', 'great importance');
    assert.strictEqual(passage?.speaker, undefined);
    const call = quoting('The Assembly of the Heads of State and Government of the Organization of African Unity, at its tenth ordinary session held last May in Addis Ababa, issued the resounding call to "eliminate all forms of colonialism on the African continent".\n', 'colonialism');
    assert.strictEqual(call?.speaker, undefined);
  });

  it('finds the sources of ung20\'s frames: "agree with X that:", "X, who has said that", a quote set off after "said here last year," or "declared;", "the following statement on …:"', () => {
    assert.strictEqual(quoting('Human rights must be respected. We agree with the Secretary-General that: "Peace, development and democracy are inseparable and must be pursued together by all Members."\n', 'inseparable')?.speaker, 'the Secretary-General');
    const who = quoting('Myanmar strongly believes in the United Nations. We therefore share the view of the Secretary-General, who has said that “All States have a clear interest, as well as a clear responsibility, to uphold international law and maintain international order”.\n', 'clear interest');
    assert.strictEqual(who?.name, 'Secretary-General');
    const ownLine = quoting('Thus the awareness of scientists has been called upon.\nAs President Denis Sassou-Nguesso said here last year,\n"Africa is aware of the vital nature of what is at stake, namely, mastery of both sciences and techniques."\n', 'vital nature');
    assert.strictEqual(ownLine?.name, 'Denis Sassou-Nguesso');
    assert.strictEqual(quoting('The churches were opened. The President also declared;\n"We shall guarantee the freedom of worship to every citizen of this country without exception."\n', 'freedom of worship')?.speaker, 'President');
    const following = quoting('Last year the Secretary-General made the following statement on drug control in an address to the General Assembly: "Drug abuse is a threat to the fabric of our societies and to the stability of States."\n', 'Drug abuse');
    assert.strictEqual(following?.name, 'Secretary-General');
  });

  it('takes no part\'s number nor the end of a description for the subject ("which in article IV states that:", "the Head of a friendly neighboring Government, who called")', () => {
    const article = quoting('These actions demonstrate an unawareness of the provisions of the Treaty, which in article IV states that: "Parties to the Treaty in a position to do so shall also co-operate in contributing to the further development of nuclear energy."\n', 'Parties to the Treaty');
    assert.notStrictEqual(article?.speaker, 'IV');
    const head = quoting('I associate myself with the words recently spoken by the Head of a friendly neighboring Government, who called terrorism the "new leprosy of our age and of every nation".\n', 'leprosy');
    assert.notStrictEqual(head?.speaker, 'Government');
  });
});
