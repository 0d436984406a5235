/**
 * Segmented texts as they travel to the entity worker (entityWorker.ts), so that it tags the calling
 * thread's segmentation instead of segmenting every text again: 1.0 s of the worker's 8.4 s of CPU
 * scanning 30 MB of speeches (perf), on the thread that sets the pace.
 *
 * A segmentation is its token columns, sentences and paragraphs, packed into two typed arrays per
 * batch (transferred, not copied), and word-type ids. The ids are those of the calling thread's
 * vocabulary: the worker keeps a mirror of it, sent the words it has not seen yet in id order, so
 * that each gets the same id there (a mirror's `id` of a new word is the next id).
 */
import type { Range, SegmentedText, Sentence } from '../analysis/text/structure';
import { TokenTable } from '../analysis/text/tokens';
import { Vocabulary } from '../analysis/text/vocabulary';

/** The words a vocabulary gave out from id `from` on (`serial` numbers the calling thread's vocabularies: a new one starts a new mirror). */
export interface VocabularyWords {
  readonly serial: number;
  readonly from: number;
  readonly words: readonly string[];
}

/**
 * Per text in order: its vocabulary's serial, token count, sentence count and paragraph count in `counts`;
 * then in `ints` its tokens' starts, ends and type ids, its sentences (start, end, first token, end token)
 * and its paragraphs (start, end); its tokens' kinds in `kinds`.
 */
export interface SegmentsWire {
  readonly vocabulary: readonly VocabularyWords[];
  readonly counts: Int32Array;
  readonly ints: Int32Array;
  readonly kinds: Uint8Array;
}

/** The calling thread's side: what of its vocabularies the worker has, and packing. */
export class SegmentsSender {
  private vocabulary: Vocabulary | undefined;
  private serial = 0;
  /** Ids of `vocabulary` the worker has. */
  private sent = 0;

  /** The segmentations of a batch as they travel, and the buffers to transfer. */
  pack(segs: readonly SegmentedText[]): { wire: SegmentsWire; transfer: ArrayBuffer[] } {
    const vocabulary: VocabularyWords[] = [];
    const counts = new Int32Array(4 * segs.length);
    let ints = 0;
    let tokens = 0;
    segs.forEach((seg, i) => {
      if (seg.vocabulary !== this.vocabulary) {
        this.flush(vocabulary);
        this.vocabulary = seg.vocabulary;
        this.serial++;
        this.sent = 0;
      }
      counts[4 * i] = this.serial;
      counts[4 * i + 1] = seg.tokens.length;
      counts[4 * i + 2] = seg.sentences.length;
      counts[4 * i + 3] = seg.paragraphs.length;
      tokens += seg.tokens.length;
      ints += 3 * seg.tokens.length + 4 * seg.sentences.length + 2 * seg.paragraphs.length;
    });
    this.flush(vocabulary);
    const out = new Int32Array(ints);
    const kinds = new Uint8Array(tokens);
    let at = 0;
    let k = 0;
    for (const seg of segs) {
      const t = seg.tokens;
      const n = t.length;
      out.set(t.starts.subarray(0, n), at);
      out.set(t.ends.subarray(0, n), at + n);
      out.set(t.typeIds.subarray(0, n), at + 2 * n);
      kinds.set(t.kinds.subarray(0, n), k);
      at += 3 * n;
      k += n;
      for (const s of seg.sentences) {
        out[at++] = s.start;
        out[at++] = s.end;
        out[at++] = s.firstToken;
        out[at++] = s.endToken;
      }
      for (const p of seg.paragraphs) {
        out[at++] = p.start;
        out[at++] = p.end;
      }
    }
    return { wire: { vocabulary, counts, ints: out, kinds }, transfer: [counts.buffer, out.buffer, kinds.buffer] };
  }

  /** The words of the current vocabulary the worker has not been sent. */
  private flush(into: VocabularyWords[]): void {
    const v = this.vocabulary;
    if (!v || v.size === this.sent) return;
    const words: string[] = new Array(v.size - this.sent);
    for (let id = this.sent; id < v.size; id++) words[id - this.sent] = v.text(id);
    into.push({ serial: this.serial, from: this.sent, words });
    this.sent = v.size;
  }
}

/** The worker's side: the mirror of the calling thread's vocabulary, and unpacking. */
export class SegmentsReceiver {
  private vocabulary: Vocabulary | undefined;
  private serial = 0;

  /**
   * The segmentations of `texts` (throws if the wire does not fit them: the caller then answers
   * each text with the error, and the calling thread tags them itself).
   */
  unpack(texts: readonly string[], wire: SegmentsWire): SegmentedText[] {
    for (const v of wire.vocabulary) this.learn(v);
    const { counts, ints, kinds } = wire;
    if (counts.length !== 4 * texts.length) throw new Error(`segmentations of ${counts.length / 4} texts for ${texts.length}`);
    const segs: SegmentedText[] = [];
    let at = 0;
    let k = 0;
    for (let i = 0; i < texts.length; i++) {
      const serial = counts[4 * i];
      const n = counts[4 * i + 1];
      const m = counts[4 * i + 2];
      const p = counts[4 * i + 3];
      const vocabulary = this.vocabulary;
      if (serial !== this.serial || !vocabulary) throw new Error(`vocabulary ${serial} not sent (have ${this.serial})`);
      if (at + 3 * n + 4 * m + 2 * p > ints.length || k + n > kinds.length) throw new Error('segmentations shorter than their counts');
      const tokens = new TokenTable(vocabulary, 0);
      tokens.starts = ints.subarray(at, at + n);
      tokens.ends = ints.subarray(at + n, at + 2 * n);
      tokens.typeIds = ints.subarray(at + 2 * n, at + 3 * n);
      tokens.kinds = kinds.subarray(k, k + n);
      tokens.length = n;
      at += 3 * n;
      k += n;
      for (let j = 0; j < n; j++) if (tokens.typeIds[j] >= vocabulary.size || tokens.typeIds[j] < 0) throw new Error(`word type ${tokens.typeIds[j]} not sent`);
      const sentences: Sentence[] = new Array(m);
      for (let j = 0; j < m; j++, at += 4) sentences[j] = { start: ints[at], end: ints[at + 1], firstToken: ints[at + 2], endToken: ints[at + 3] };
      const paragraphs: Range[] = new Array(p);
      for (let j = 0; j < p; j++, at += 2) paragraphs[j] = { start: ints[at], end: ints[at + 1] };
      segs.push({ text: texts[i], paragraphs, sentences, tokens, vocabulary });
    }
    return segs;
  }

  private learn({ serial, from, words }: VocabularyWords): void {
    if (serial !== this.serial) {
      if (from !== 0) throw new Error(`vocabulary ${serial} sent from word ${from}`);
      this.vocabulary = new Vocabulary();
      this.serial = serial;
    }
    const v = this.vocabulary!;
    if (v.size !== from) throw new Error(`vocabulary ${serial} sent from word ${from}, have ${v.size}`);
    for (let k = 0; k < words.length; k++) if (v.id(words[k]) !== from + k) throw new Error(`word ${JSON.stringify(words[k])} of vocabulary ${serial} sent twice`);
  }
}
