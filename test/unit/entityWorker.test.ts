/**
 * The entity worker: the entity tagger in a worker thread while the calling thread does the rest of
 * each analysis (the language server's indexing of a small corpus). The analyses are those of
 * `analyzeDocuments`, whether the worker tags a text or, when it is gone, the calling thread does.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { type AnalysisOptions, type DocumentAnalysis, SHORT_TEXT_CHARS, analyzeDocuments, beginAnalyses, finishAnalyses } from '../../server/src/analysis/document';
import { defaultRecognizers } from '../../server/src/analysis/recognizers';
import { EntityWorker } from '../../server/src/node/entityWorker';
import { WORKER_OLD_SPACE_MB, startWorker } from '../../server/src/node/workerPool';
import { type ResolutionInput, resolveInput } from '../../server/src/analysis/corpus/derived/entityResolution';
import { MARKERS_BACKLOG, Pace, resolveBeside, scanFiles } from '../../server/src/node/scan';
import { decodeAnalysis, encodeAnalysis } from '../../server/src/analysis/cache/codec';
import { LazyAnalysis } from '../../server/src/analysis/cache/lazyAnalysis';
import { scanResult } from '../../server/src/cli/main';
import { desertificationDebate } from './helpers/generalDebate';
import { type SegmentedText, segment } from '../../server/src/analysis/text/structure';
import { TokenTable } from '../../server/src/analysis/text/tokens';
import { currentVocabulary } from '../../server/src/analysis/text/vocabulary';
import { SegmentsReceiver, SegmentsSender } from '../../server/src/node/segmentsWire';
import { type EntitiesRequest, type EntitiesResponse, runWorker } from '../../server/src/node/workerMain';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SAMPLES, f));
// Cut into paragraphs, as short articles.
const short = files.flatMap((f) => fs.readFileSync(f, 'utf8').split(/\n\s*\n/)).filter((t) => t.trim());
const options = { sensitivity: 'balanced' as const };
const plain = (a: DocumentAnalysis) => JSON.stringify(a, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v instanceof Map ? [...v] : v));

/** Counts the requests, the texts the worker was asked to tag, and those whose markers it was asked for too. */
class CountingEntityWorker extends EntityWorker {
  asked = 0;
  markersAsked = 0;
  requests = 0;
  /** Texts sent with their segmentation. */
  segmented = 0;
  /** Texts of the first request. */
  firstBatch = 0;
  override tag(texts: readonly string[], names?: readonly string[], markersWith?: AnalysisOptions, segs?: readonly SegmentedText[]) {
    this.requests++;
    this.firstBatch ||= texts.length;
    this.asked += texts.length;
    if (markersWith) this.markersAsked += texts.length;
    if (segs) this.segmented += segs.length;
    return super.tag(texts, names, markersWith, segs);
  }
}

/** Says it waited a second for the calling thread before each batch, as soon as it is sent (as a worker faster than it would). */
class IdleEntityWorker extends CountingEntityWorker {
  override tag(texts: readonly string[], names?: readonly string[], markersWith?: AnalysisOptions, segs?: readonly SegmentedText[]) {
    this.idleMs += 1000;
    return super.tag(texts, names, markersWith, segs);
  }
}

/** Counts the lower-case counts the worker asked of the calling thread while it resolved. */
class AskedEntityWorker extends EntityWorker {
  asks = 0;
  override resolve(input: ResolutionInput, misspellings: boolean, lowerCaseUses: (asked: ReadonlyMap<string, number>) => Map<string, number>) {
    return super.resolve(input, misspellings, (asked) => {
      this.asks++;
      return lowerCaseUses(asked);
    });
  }
}

/** A corpus of the short texts and the General Debate statements (common words a title capitalises: resolution asks their lower-case uses). */
function resolutionCorpus(): Corpus {
  const corpus = new Corpus(options, defaultRecognizers);
  short.forEach((t, i) => corpus.update(`file:///short/${i}.txt`, t));
  for (const [uri, text] of Object.entries(desertificationDebate())) corpus.update(uri, text);
  corpus.update('file:///short/title.txt', 'Malnutrition And Hunger In The Sahel\n\nMalnutrition is rising. Nations fight malnutrition and hunger; malnutrition kills.\n');
  return corpus;
}

/** A segmentation's columns and structures as plain data (the token texts through its vocabulary). */
const segData = (seg: SegmentedText) => ({
  text: seg.text,
  paragraphs: seg.paragraphs,
  sentences: seg.sentences,
  tokens: Array.from({ length: seg.tokens.length }, (_, i) => seg.tokens.at(i)),
});

/**
 * A worker script of our own in place of the tagger's (plain JavaScript run as a worker thread):
 * `onMessage` is the body of its handler of a request `req` (`req.entityTexts`), `port` its port.
 */
function fakeWorker(dir: string, onMessage: string): { file: string; execArgv: string[] } {
  const file = path.join(dir, `worker-${fs.readdirSync(dir).length}.js`);
  fs.writeFileSync(file, `const port = require('worker_threads').parentPort;\nport.on('message', (req) => { ${onMessage} });\n`);
  return { file, execArgv: [] };
}

/** Scans `texts` as files with `worker`, and alone; both corpora's analyses, and the log lines. */
async function scanBeside(worker: (log: (m: string) => void) => EntityWorker, texts: readonly string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-entity-worker-'));
  const items = texts.map((text, i) => {
    const file = path.join(dir, `${i}.txt`);
    fs.writeFileSync(file, text);
    return { uri: `file:///p/${i}.txt`, file };
  });
  const log: string[] = [];
  const tagger = worker((m) => log.push(m));
  const beside = new Corpus(options, defaultRecognizers);
  const alone = new Corpus(options, defaultRecognizers);
  try {
    assert.ok(tagger.available, tagger.failure);
    // Kept as objects, to compare with the in-process analyses field by field (encoded, they round).
    const report = await scanFiles(beside, items, { entityWorker: tagger, keepAnalyses: true });
    assert.strictEqual(report.analysed, items.length);
    await scanFiles(alone, items);
  } finally {
    await tagger.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.deepStrictEqual(beside.index.uris(), alone.index.uris());
  for (const uri of alone.index.uris()) assert.strictEqual(plain(beside.index.get(uri)!), plain(alone.index.get(uri)!), uri);
  return { log, items };
}

describe('entity worker', function () {
  this.timeout(60000);

  it("tags in the worker what the calling thread's tagger finds, and the analyses are analyzeDocuments'", async () => {
    const worker = new EntityWorker();
    try {
      assert.ok(worker.available, worker.failure);
      const found = await worker.entities(short);
      assert.ok(found.every((e) => e !== undefined), 'every text tagged in the worker');
      assert.ok(found.some((e) => e!.length > 0), 'names found');
      const split = finishAnalyses(beginAnalyses(short, options, defaultRecognizers), found);
      const whole = analyzeDocuments(short, options, defaultRecognizers);
      short.forEach((_, i) => assert.strictEqual(plain(split[i]), plain(whole[i]), `text ${i}`));
    } finally {
      await worker.close();
    }
  });

  it("finds the rhetoric markers too when asked, with the options sent (a codebook's), as the calling thread would", async () => {
    const worker = new EntityWorker();
    const withCodebook: AnalysisOptions = { sensitivity: 'exploratory', codebookTerms: [{ term: 'invasion', category: 'key-issue' }], ignore: new Set(['crazy']) };
    try {
      for (const o of [options, withCodebook, options]) {
        const found = await worker.tag(short, undefined, o);
        assert.ok(found.markers?.every((m) => m !== undefined), 'every text marked in the worker');
        const split = finishAnalyses(beginAnalyses(short, o, defaultRecognizers, true), found.entities, undefined, found.markers);
        const whole = analyzeDocuments(short, o, defaultRecognizers);
        short.forEach((_, i) => assert.strictEqual(plain(split[i]), plain(whole[i]), `text ${i}`));
      }
      const marked = (o: AnalysisOptions) => analyzeDocuments(short, o, defaultRecognizers).flatMap((a) => a.markers.map((m) => `${m.category} ${m.term}`));
      assert.ok(marked(withCodebook).includes('key-issue invasion') && !marked(options).includes('key-issue invasion'), 'the codebook term is marked');
      assert.ok(marked(options).includes('loaded-language crazy') && !marked(withCodebook).includes('loaded-language crazy'), 'the ignored term is not');
      assert.strictEqual((await worker.tag(short.slice(0, 2))).markers, undefined, 'none unless asked');
    } finally {
      await worker.close();
    }
  });

  it('leaves the texts of a closed worker to the calling thread, with the same analyses', async () => {
    const worker = new EntityWorker();
    const pending = worker.entities(short);
    await worker.close();
    const found = await pending;
    assert.ok(found.every((e) => e === undefined));
    assert.deepStrictEqual(await worker.entities(short.slice(0, 2)), [undefined, undefined]);
    const split = finishAnalyses(beginAnalyses(short, options, defaultRecognizers), found);
    const whole = analyzeDocuments(short, options, defaultRecognizers);
    short.forEach((_, i) => assert.strictEqual(plain(split[i]), plain(whole[i]), `text ${i}`));
  });

  it('a scan with the entity worker has it tag every text and puts the in-process analyses in the corpus, kept encoded unless keepAnalyses', async () => {
    // Short texts go to the worker in batches, a long one alone.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-entity-worker-'));
    const long = path.join(dir, 'long.txt');
    fs.writeFileSync(long, files.map((f) => fs.readFileSync(f, 'utf8')).join('\n\n'));
    assert.ok(fs.statSync(long).size > SHORT_TEXT_CHARS);
    const items = [0, 1, 2].flatMap((k) => [...files, long].map((file) => ({ uri: `${k}/${path.basename(file)}`, file })));
    const alone = new Corpus(options, defaultRecognizers);
    await scanFiles(alone, items);
    // It says it waited a second for this thread after every batch: it is given the later batches' markers.
    const worker = new IdleEntityWorker();
    const beside = new Corpus(options, defaultRecognizers);
    // Without a cache too (the command line): a big corpus's analyses held as the cache encodes them.
    const encoded = new Corpus(options, defaultRecognizers);
    try {
      const report = await scanFiles(beside, items, { entityWorker: worker, keepAnalyses: true });
      assert.strictEqual(report.analysed, items.length);
      assert.strictEqual((await scanFiles(encoded, items, { entityWorker: worker })).analysed, items.length);
    } finally {
      await worker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.strictEqual(worker.asked, 2 * items.length);
    assert.strictEqual(worker.segmented, worker.asked, 'every text sent with its segmentation');
    // Not the first batch (no wait seen yet): the second's (one batch unanswered), and more as answers come.
    assert.ok(worker.markersAsked > 0 && worker.markersAsked <= worker.asked - worker.firstBatch, `${worker.markersAsked} of ${worker.asked}`);
    assert.deepStrictEqual(beside.index.uris(), alone.index.uris());
    for (const uri of alone.index.uris()) {
      const d = alone.index.get(uri)!;
      assert.strictEqual(plain(beside.index.get(uri)!), plain(d), uri);
      assert.ok(encoded.index.get(uri) instanceof LazyAnalysis, uri);
      assert.strictEqual(plain(encoded.index.get(uri)!), plain(decodeAnalysis(encodeAnalysis(d), d.text, d.hash)), uri);
    }
  });

  it('a scan that keeps the markers in the calling thread never asks the worker for them, and its analyses are the same', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-entity-worker-'));
    const items = short.map((text, i) => {
      const file = path.join(dir, `${i}.txt`);
      fs.writeFileSync(file, text);
      return { uri: `file:///p/${i}.txt`, file };
    });
    const alone = new Corpus(options, defaultRecognizers);
    const beside = new Corpus(options, defaultRecognizers);
    const worker = new IdleEntityWorker();
    try {
      await scanFiles(alone, items);
      // It says it waits for this thread: without markersHere it would be given the markers.
      const report = await scanFiles(beside, items, { entityWorker: worker, markersHere: true, keepAnalyses: true });
      assert.strictEqual(report.analysed, items.length);
    } finally {
      await worker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.strictEqual(worker.asked, items.length);
    assert.strictEqual(worker.markersAsked, 0);
    assert.deepStrictEqual(beside.index.uris(), alone.index.uris());
    for (const uri of alone.index.uris()) assert.strictEqual(plain(beside.index.get(uri)!), plain(alone.index.get(uri)!), uri);
  });

  it('a scan begins the next batches while the worker has not answered yet (its start), finding their markers itself while MARKERS_BACKLOG wait unanswered, with the same analyses', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-entity-worker-'));
    const items = [0, 1, 2, 3, 4, 5].flatMap((k) =>
      short.map((text, i) => {
        const file = path.join(dir, `${k}-${i}.txt`);
        fs.writeFileSync(file, text);
        return { uri: `file:///p/${k}-${i}.txt`, file };
      }),
    );
    /** Holds every answer until it was asked for `HELD` batches (a timer lets a scan that waited for it sooner go on). */
    const HELD = MARKERS_BACKLOG + 4;
    class HeldEntityWorker extends CountingEntityWorker {
      askedWhenAnswering = 0;
      readonly markerRequests: number[] = [];
      private open!: () => void;
      private readonly held = new Promise<void>((r) => (this.open = r));
      readonly timer = setTimeout(() => this.answer(), 10_000);
      override tag(texts: readonly string[], names?: readonly string[], markersWith?: AnalysisOptions) {
        // It says it waited for this thread: only its backlog keeps the markers here.
        this.idleMs += 1000;
        const found = super.tag(texts, names, markersWith);
        if (markersWith) this.markerRequests.push(this.requests);
        if (this.requests >= HELD) this.answer();
        return this.held.then(() => found);
      }
      private answer(): void {
        clearTimeout(this.timer);
        this.askedWhenAnswering ||= this.requests;
        this.open();
      }
    }
    const alone = new Corpus(options, defaultRecognizers);
    const beside = new Corpus(options, defaultRecognizers);
    const worker = new HeldEntityWorker();
    try {
      await scanFiles(alone, items);
      const report = await scanFiles(beside, items, { entityWorker: worker, keepAnalyses: true });
      assert.strictEqual(report.analysed, items.length);
    } finally {
      await worker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.ok(worker.requests > HELD, `${worker.requests} batches`);
    assert.strictEqual(worker.askedWhenAnswering, HELD);
    // From the second batch its markers go with it, until MARKERS_BACKLOG wait unanswered: then this thread finds them.
    assert.deepStrictEqual(worker.markerRequests.filter((k) => k <= HELD), Array.from({ length: MARKERS_BACKLOG - 1 }, (_, k) => k + 2));
    assert.deepStrictEqual(beside.index.uris(), alone.index.uris());
    for (const uri of alone.index.uris()) assert.strictEqual(plain(beside.index.get(uri)!), plain(alone.index.get(uri)!), uri);
  });

  it('a scan that builds the corpus tables while the worker tags answers as one that builds them on the first query', async () => {
    // The language server's indexing (documentSync.ts): the worker's idle waits used for the tables,
    // the n-grams of key terms and the word filter included (kept current for the files that come after).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-entity-worker-'));
    const items = Object.entries(desertificationDebate()).map(([uri, text], i) => {
      const file = path.join(dir, `${i}.txt`);
      fs.writeFileSync(file, text);
      return { uri: uri.replace('file:///ungdc/', ''), file };
    });
    const worker = new EntityWorker();
    const early = new Corpus(options, defaultRecognizers);
    const late = new Corpus(options, defaultRecognizers);
    let prepared = 0;
    try {
      await scanFiles(early, items, { entityWorker: worker, whileTagging: () => (prepared++, early.index.prepareTables(true, true)) });
      await scanFiles(late, items, { entityWorker: worker });
    } finally {
      await worker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.ok(prepared > 1, `called ${prepared} times`);
    const result = scanResult(early.index);
    assert.ok(result.terms.some((t) => t.id === 'keyword:desertification'), 'a key term, from the n-grams counted while scanning');
    assert.deepStrictEqual(result, scanResult(late.index));
    for (const w of ['the', 'desertification', 'drought', 'sahel', 'nowhere']) {
      const [a, b] = [early.index.wordFrequency(w), late.index.wordFrequency(w)];
      assert.deepStrictEqual([a.total, a.documents.toArray()], [b.total, b.documents.toArray()], w);
    }
  });

  it('a cancelled scan reports no progress once cancelled, though the worker still answers batches sent before', async () => {
    // The server's scan that a newer one superseded: a late report would say the corpus is being
    // indexed after the newer scan ended (documentSync sets the index's indexing state from it).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-entity-worker-'));
    const items = [0, 1].flatMap((k) =>
      short.map((text, i) => {
        const file = path.join(dir, `${k}-${i}.txt`);
        fs.writeFileSync(file, text);
        return { uri: `file:///p/${k}-${i}.txt`, file };
      }),
    );
    assert.ok(items.length > 4 * 16, 'more batches than the worker is sent ahead');
    const worker = new EntityWorker();
    let cancelled = false;
    const late: number[] = [];
    try {
      await scanFiles(new Corpus(options, defaultRecognizers), items, {
        entityWorker: worker,
        token: { get isCancellationRequested() { return cancelled; } },
        onProgress: (done) => {
          if (cancelled) late.push(done);
          cancelled = true;
        },
      });
    } finally {
      await worker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.deepStrictEqual(late, []);
  });

  it("tags the calling thread's segmentation sent with the texts, not one of its own, across a new vocabulary", async () => {
    // A segmentation with no tokens holds no name: the mentions show which segmentation was tagged.
    const text = 'Vladimir Putin met Angela Merkel in Berlin on Monday.';
    const vocabulary = currentVocabulary();
    const none: SegmentedText = { text, paragraphs: [], sentences: [], tokens: new TokenTable(vocabulary), vocabulary };
    assert.deepStrictEqual(defaultRecognizers.entities(none), []);
    const own = defaultRecognizers.entities(segment(text));
    assert.ok(own.length > 0);
    const log: string[] = [];
    const worker = new EntityWorker((m) => log.push(m));
    try {
      assert.deepStrictEqual(await worker.entities([text]), [own], 'its own segmentation without one sent');
      assert.deepStrictEqual((await worker.tag([text], undefined, undefined, [none])).entities, [[]]);
      const first = short.slice(0, 8);
      currentVocabulary(0); // the next segmentation starts a new vocabulary, as the calling thread's does past VOCABULARY_MAX
      const rest = short.slice(8);
      const segs = [...first.map((t) => segment(t)), ...rest.map((t) => segment(t))];
      assert.notStrictEqual(segs[0].vocabulary, vocabulary);
      const found = await worker.tag(short, undefined, options, segs);
      const split = finishAnalyses(beginAnalyses(short, options, defaultRecognizers, true, segs), found.entities, undefined, found.markers);
      const whole = analyzeDocuments(short, options, defaultRecognizers);
      short.forEach((_, i) => assert.strictEqual(plain(split[i]), plain(whole[i]), `text ${i}`));
    } finally {
      await worker.close();
    }
    assert.deepStrictEqual(log, []);
  });

  it('sends each word of a vocabulary once, and the worker rebuilds each segmentation as it was', () => {
    const sender = new SegmentsSender();
    const receiver = new SegmentsReceiver();
    const a = short.slice(0, 5);
    const b = short.slice(5, 10);
    const segsA = a.map((t) => segment(t));
    const wireA = sender.pack(segsA).wire;
    const segsB = b.map((t) => segment(t));
    const wireB = sender.pack(segsB).wire;
    const sent = [...wireA.vocabulary, ...wireB.vocabulary].flatMap((v) => v.words.map((w) => `${v.serial} ${w}`));
    assert.ok(sent.length > 0 && new Set(sent).size === sent.length, 'no word twice');
    receiver.unpack(a, wireA).forEach((seg, i) => assert.deepStrictEqual(segData(seg), segData(segsA[i]), `a ${i}`));
    receiver.unpack(b, wireB).forEach((seg, i) => assert.deepStrictEqual(segData(seg), segData(segsB[i]), `b ${i}`));
    // A wire that does not fit its texts, or one whose words the worker missed, is refused.
    assert.throws(() => new SegmentsReceiver().unpack(b, wireB), /sent from word|not sent/);
    assert.throws(() => receiver.unpack(a, sender.pack(segsA.slice(1)).wire), /segmentations of 4 texts for 5/);
  });

  it('a worker that cannot use the segmentation sent segments the texts itself, and says why', () => {
    let handler: ((req: EntitiesRequest) => void) | undefined;
    const answers: EntitiesResponse[] = [];
    runWorker({ on: (_event: string, f: (req: EntitiesRequest) => void) => (handler = f), postMessage: (m: EntitiesResponse) => answers.push(m) } as never);
    const texts = short.slice(0, 3);
    const segs = texts.map((t) => segment(t));
    const { wire } = new SegmentsSender().pack(segs);
    // Words of a vocabulary from its middle, as if a message had been lost.
    handler!({ entityTexts: texts, segments: { ...wire, vocabulary: wire.vocabulary.map((v) => ({ ...v, from: v.from + 1, words: v.words.slice(1) })) } });
    assert.match(answers[0].segmentsError ?? '', /vocabulary \d+ sent from word 1/);
    assert.deepStrictEqual(answers[0].entities, segs.map((seg) => defaultRecognizers.entities(seg)));
  });

  it("resolves the corpus's entities in the worker while this thread does its own step, asking this thread for the lower-case counts, as this thread would", async () => {
    const alone = resolutionCorpus();
    const beside = resolutionCorpus();
    const worker = new AskedEntityWorker();
    let meanwhile = 0;
    try {
      assert.ok(worker.available, worker.failure);
      assert.strictEqual(await resolveBeside(beside, worker, () => meanwhile++), true);
    } finally {
      await worker.close();
    }
    assert.strictEqual(meanwhile, 1);
    assert.ok(worker.asks >= 1, 'no lower-case counts asked');
    assert.ok(alone.index.entities().length > 10);
    assert.deepStrictEqual(beside.index.entities(), alone.index.entities());
    assert.deepStrictEqual(scanResult(beside.index), scanResult(alone.index));
    // Not searched in the worker (scan): searched here when asked, as the calling thread does.
    assert.deepStrictEqual(beside.index.misspellings(), alone.index.misspellings());
  });

  it('searches the misspellings in the worker when asked to, and the index serves them', async () => {
    const slip = 'Vladimir Putin met Sergei Lavrov. Putin and Lavrov spoke; Lavrov said Lavov would come. Lavrov left.';
    const alone = resolutionCorpus();
    alone.update('file:///short/slip.txt', slip);
    const beside = resolutionCorpus();
    beside.update('file:///short/slip.txt', slip);
    const worker = new EntityWorker();
    try {
      const input = beside.index.resolutionInput();
      const r = await worker.resolve(input, true, (asked) => beside.index.lowerCaseUses(asked));
      assert.ok(r?.misspellings);
      assert.deepStrictEqual(r.misspellings, resolveInput(input, defaultRecognizers.names, (asked) => alone.index.lowerCaseUses(asked)).misspellings());
      assert.ok(r.misspellings.some((m) => m.surface === 'Lavov'), JSON.stringify(r.misspellings));
      beside.index.offerResolution(input, r.resolved, r.misspellings);
    } finally {
      await worker.close();
    }
    assert.deepStrictEqual(beside.index.misspellings(), alone.index.misspellings());
  });

  it('closes a worker that waits for the lower-case counts without waiting for it', async () => {
    const worker = new EntityWorker();
    let closed: Promise<void> | undefined;
    const found = worker.resolve(resolutionCorpus().index.resolutionInput(), false, () => {
      // This thread is done before it answers: the worker, stopped in its wait, is let go.
      closed = worker.close();
      return new Map();
    });
    assert.strictEqual(await found, undefined);
    assert.ok(closed, 'no lower-case counts asked');
    await closed;
    assert.strictEqual(worker.available, false);
  });

  describe('a worker that fails', () => {
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-fake-worker-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('one that stops answering is stopped, and its texts are tagged in the calling thread', async () => {
      const hung = fakeWorker(dir, '/* never answers */');
      const { log } = await scanBeside((l) => new EntityWorker(l, { script: hung, stallMs: 200 }), short);
      assert.strictEqual(log.filter((m) => /entity worker stopped \(no answer in/.test(m)).length, 1, log.join('\n'));
    });

    it('one that answered while the calling thread was busy past the bound is not taken for hung', async () => {
      // The stand-in answers, then leaves a file; this thread waits for the file and past the bound
      // without yielding, so the bound's timer and the answer are both due when it yields.
      const sent = path.join(dir, 'sent');
      const prompt = fakeWorker(dir, `port.postMessage({ entities: req.entityTexts.map(() => []) }); require('fs').writeFileSync(${JSON.stringify(sent)}, '');`);
      const log: string[] = [];
      const worker = new EntityWorker((m) => log.push(m), { script: prompt, stallMs: 50 });
      try {
        const found = worker.entities(short.slice(0, 2));
        const pause = new Int32Array(new SharedArrayBuffer(4));
        while (!fs.existsSync(sent)) Atomics.wait(pause, 0, 0, 5);
        Atomics.wait(pause, 0, 0, 200);
        assert.deepStrictEqual(await found, [[], []]);
        assert.ok(worker.available);
        assert.deepStrictEqual(log, []);
      } finally {
        await worker.close();
      }
    });

    it('one that exits is let go, and its texts are tagged in the calling thread', async () => {
      const dies = fakeWorker(dir, 'process.exit(3);');
      const { log } = await scanBeside((l) => new EntityWorker(l, { script: dies }), short);
      assert.strictEqual(log.filter((m) => /entity worker stopped \(exit code 3\)/.test(m)).length, 1, log.join('\n'));
    });

    it('one that runs out of its heap is let go, and its texts are tagged in the calling thread', async () => {
      const grows = { ...fakeWorker(dir, 'const kept = []; for (;;) kept.push(new Array(1e5).fill(1.5));'), maxOldSpaceMb: 16 };
      const { log } = await scanBeside((l) => new EntityWorker(l, { script: grows }), short);
      assert.strictEqual(log.filter((m) => /entity worker stopped \(.*memory limit/.test(m)).length, 1, log.join('\n'));
    });

    it('one started with the default limit runs under WORKER_OLD_SPACE_MB of old generation', async () => {
      const limit = fakeWorker(dir, "port.postMessage(require('v8').getHeapStatistics().heap_size_limit);");
      const worker = startWorker(limit);
      try {
        const bytes = await new Promise<number>((resolve) => {
          worker.once('message', resolve);
          worker.postMessage({});
        });
        // The heap's limit is the old generation's and the young generation's (a few semi-spaces).
        assert.ok(bytes >= WORKER_OLD_SPACE_MB * 2 ** 20 && bytes <= (WORKER_OLD_SPACE_MB + 64) * 2 ** 20, `${bytes / 2 ** 20} MB`);
      } finally {
        await worker.terminate();
      }
    });

    it('a text it failed on is logged with its file and tagged in the calling thread; the others are its', async () => {
      // Fails on the second text of each batch, finds nothing in the others (their analyses then differ: checked apart).
      const failing = fakeWorker(dir, "port.postMessage({ entities: req.entityTexts.map((t, i) => (i === 1 ? { error: 'Error: tagger broke on ' + t.length } : [])) });");
      const texts = short.slice(0, 3);
      const log: string[] = [];
      const worker = new EntityWorker((m) => log.push(m), { script: failing });
      try {
        const found = await worker.entities(texts, ['a.txt', 'b.txt', 'c.txt']);
        assert.deepStrictEqual(found, [[], undefined, []]);
      } finally {
        await worker.close();
      }
      assert.deepStrictEqual(log, [`Discourse Lens: the entity worker failed on b.txt (tagged in-process): Error: tagger broke on ${texts[1].length}`]);
      const split = finishAnalyses(beginAnalyses(texts, options, defaultRecognizers), [[], undefined, []]);
      assert.strictEqual(plain(split[1]), plain(analyzeDocuments(texts, options, defaultRecognizers)[1]));
    });

    it('a text whose markers it failed on is logged with its file, and its markers found in the calling thread', async () => {
      const failing = fakeWorker(dir, "port.postMessage({ entities: req.entityTexts.map(() => []), markers: req.markers && req.entityTexts.map((t, i) => (i === 1 ? { error: 'Error: markers broke' } : [])) });");
      const texts = short.slice(0, 3);
      const log: string[] = [];
      const worker = new EntityWorker((m) => log.push(m), { script: failing });
      try {
        assert.deepStrictEqual(await worker.tag(texts, ['a.txt', 'b.txt', 'c.txt'], options), { entities: [[], [], []], markers: [[], undefined, []] });
      } finally {
        await worker.close();
      }
      assert.deepStrictEqual(log, ['Discourse Lens: the entity worker failed on b.txt (markers found in-process): Error: markers broke']);
      const whole = analyzeDocuments(texts, options, defaultRecognizers)[1];
      assert.ok(whole.markers.length > 0);
      const split = finishAnalyses(beginAnalyses(texts, options, defaultRecognizers, true), [[], [...whole.entities], []], undefined, [[], undefined, []]);
      assert.strictEqual(plain(split[1]), plain(whole));
    });

    it('one that says it waited for the calling thread: the scan reports both waits, and the first batch, sent before any answer, keeps its markers here', async () => {
      // The stand-in says it waited a day for every request: the calling thread never waits as long.
      const idle = fakeWorker(dir, 'port.postMessage({ entities: req.entityTexts.map(() => []), idleMs: 864e5 });');
      const items = short.map((text, i) => {
        const file = path.join(dir, `${i}.txt`);
        fs.writeFileSync(file, text);
        return { uri: `file:///p/${i}.txt`, file };
      });
      const worker = new CountingEntityWorker(() => {}, { script: idle });
      try {
        const report = await scanFiles(new Corpus(options, defaultRecognizers), items, { entityWorker: worker });
        // Not the first batch's, sent before any answer said how long it waited (the others': as their answers came).
        assert.ok(worker.requests > 1);
        assert.ok(worker.markersAsked <= items.length - worker.firstBatch, `${worker.markersAsked} of ${items.length}`);
        assert.ok(report.waited && report.waited.worker === 864e5 * worker.requests && report.waited.thisThread >= 0, JSON.stringify(report.waited));
      } finally {
        await worker.close();
      }
    });

    it("the markers follow the threads' recent waits, not their totals since the start", () => {
      const pace = new Pace();
      pace.note(0, 0);
      assert.strictEqual(pace.workerAhead, false, 'no wait seen yet: this thread finds them');
      // This thread waited 5 s for the worker's start and first batches, then the worker 2 ms after each of 300 batches.
      let idle = 0;
      pace.note(idle, 5000);
      assert.strictEqual(pace.workerAhead, false);
      for (let k = 0; k < 300; k++) pace.note((idle += 2), 5000);
      assert.ok(idle < 5000, 'the totals say this thread waited longer');
      assert.strictEqual(pace.workerAhead, true, 'lately the worker waited: it finds them');
      // Then this thread waits 10 ms for it at each of 10 batches: back here.
      let waited = 5000;
      for (let k = 0; k < 10; k++) pace.note(idle, (waited += 10));
      assert.strictEqual(pace.workerAhead, false);
    });

    it('one that answers garbage is stopped, and its texts are tagged in the calling thread', async () => {
      const garbage = fakeWorker(dir, "port.postMessage({ entities: 'none' });");
      const { log } = await scanBeside((l) => new EntityWorker(l, { script: garbage }), short);
      assert.strictEqual(log.filter((m) => /entity worker stopped \(it answered garbage\)/.test(m)).length, 1, log.join('\n'));
    });

    it('one that could not use the segmentations sent is logged once', async () => {
      const refuses = fakeWorker(dir, "port.postMessage({ entities: req.entityTexts.map(() => []), segmentsError: 'no' });");
      const log: string[] = [];
      const worker = new EntityWorker((m) => log.push(m), { script: refuses });
      try {
        for (let k = 0; k < 2; k++) assert.deepStrictEqual(await worker.entities(short.slice(0, 2)), [[], []]);
      } finally {
        await worker.close();
      }
      assert.deepStrictEqual(log, ['Discourse Lens: the entity worker segments the texts again (no)']);
    });

    /** The corpus resolved beside a worker of `script`; whether the worker resolved, and the log. */
    async function resolvedBeside(script: { file: string; execArgv: string[] }): Promise<{ resolved: boolean; log: string[]; available: boolean }> {
      const log: string[] = [];
      const worker = new EntityWorker((m) => log.push(m), { script });
      const beside = resolutionCorpus();
      let resolved: boolean;
      let available: boolean;
      try {
        resolved = await resolveBeside(beside, worker, () => {});
        available = worker.available;
      } finally {
        await worker.close();
      }
      // Resolved in the calling thread instead: the same entities.
      assert.deepStrictEqual(scanResult(beside.index), scanResult(resolutionCorpus().index));
      return { resolved, log, available };
    }

    it('one that answers a resolution with garbage is stopped, and the calling thread resolves', async () => {
      const r = await resolvedBeside(fakeWorker(dir, "port.postMessage({ resolved: { records: 'none' } });"));
      assert.deepStrictEqual(r, { resolved: false, log: ['Discourse Lens: entity worker stopped (it answered garbage); tagging in-process'], available: false });
    });

    it('one that asks garbage for the lower-case counts is stopped, and the calling thread resolves', async () => {
      const r = await resolvedBeside(fakeWorker(dir, "req.port.postMessage(['not', 'a', 'map']);"));
      assert.deepStrictEqual(r, { resolved: false, log: ['Discourse Lens: entity worker stopped (it asked garbage); tagging in-process'], available: false });
    });

    it('one whose resolution failed is logged and kept, and the calling thread resolves', async () => {
      const r = await resolvedBeside(fakeWorker(dir, "port.postMessage({ error: 'Error: resolution broke' });"));
      assert.deepStrictEqual(r, { resolved: false, log: ['Discourse Lens: the entity worker failed to resolve the entities (resolving in-process): Error: resolution broke'], available: true });
    });

    it('one that waits for counts this thread could not make answers with the error, and the calling thread resolves', async () => {
      const log: string[] = [];
      const worker = new EntityWorker((m) => log.push(m));
      const beside = resolutionCorpus();
      try {
        const r = await worker.resolve(beside.index.resolutionInput(), false, () => {
          throw new Error('counts broke');
        });
        assert.strictEqual(r, undefined);
        assert.ok(worker.available);
      } finally {
        await worker.close();
      }
      assert.strictEqual(log.length, 1);
      assert.match(log[0], /^Discourse Lens: the entity worker failed to resolve the entities \(resolving in-process\): Error: no lower-case counts: counts broke/);
    });

    it('in a scan, each text it failed on is logged with its file, and tagged in the calling thread', async () => {
      const failing = fakeWorker(dir, "port.postMessage({ entities: req.entityTexts.map(() => ({ error: 'Error: tagger broke' })) });");
      const { log, items } = await scanBeside((l) => new EntityWorker(l, { script: failing }), short);
      assert.deepStrictEqual(log, items.map((item) => `Discourse Lens: the entity worker failed on ${item.file} (tagged in-process): Error: tagger broke`));
    });
  });
});
