/**
 * Scanning errors among a corpus's key terms (keyTermTable.ts takes them from the documents where they are).
 */
import type { DocumentAnalysis } from '../../document';
import { boundedLevenshtein } from '../../entities/editDistance';
import type { DocCounts } from '../docCounts';
import type { TermRecord } from '../model';
import { type DocumentTermUses, usesAmong } from './keyTermUses';

/**
 * The documents where a key term is a scanning error for the document's commonest word, no term of it: "fee" for "the" in 12 speeches
 * of 1989 ("the presidency of fee forty-fourth session of fee General Assembly"; on all speeches 145
 * uses, the Terms view's 6th). A short lower-case word, two edits at most from the word the document
 * writes most, that stands where that word stands there: after a determiner at most once in ten uses
 * (a noun, "the fee", "a tax", often is) and before a capitalised word once in ten at least (as "the"
 * before names; "tax" evasion, "age" of, "use" of: never).
 */
export function scannedCommonWords(docs: ReadonlyMap<string, DocumentAnalysis>, uses: ReadonlyMap<string, DocumentTermUses>, records: readonly TermRecord[], hashOf: ReadonlyMap<string, number>, docCounts: ReadonlyMap<string, DocCounts>): { id: string; uri: string }[] {
  const commonest = new Map<string, [string, string]>();
  const out: { id: string; uri: string }[] = [];
  for (const rec of records) {
    if (!SHORT_LOWER_WORD.test(rec.label)) continue;
    const h = hashOf.get(rec.id)!;
    docCounts.get(rec.id)!.forEach((uri) => {
      const d = docs.get(uri)!;
      const found = usesAmong(uses.get(uri)!, (x) => x === h);
      let afterDeterminer = 0;
      let beforeName = 0;
      for (const o of found) {
        if (DETERMINERS.has(wordBefore(d.text, o.start))) afterDeterminer++;
        if (NAME_AFTER.test(d.text.slice(o.end, o.end + 6))) beforeName++;
      }
      if (!found.length || afterDeterminer > SCANNED_SHARE * found.length || beforeName < SCANNED_SHARE * found.length) return;
      let top = commonest.get(uri);
      if (top === undefined) commonest.set(uri, (top = commonestWords(d)));
      const word = top[0] !== rec.label ? top[0] : top[1];
      if (boundedLevenshtein(rec.label, word, 2) <= 2) out.push({ id: rec.id, uri });
    });
  }
  return out;
}

/** A word short enough for a scan to make it of a function word ("fee", "tlie", "ihe"). */
const SHORT_LOWER_WORD = /^\p{Ll}{2,4}$/u;
/** Share of uses: at most this many after a determiner, at least this many before a name. */
const SCANNED_SHARE = 0.1;
const DETERMINERS: ReadonlySet<string> = new Set('the a an this that these those its their our his her my your any no each every such'.split(' '));
/** A capitalised word right after, over one line break at most. */
const NAME_AFTER = /^[ \t]*\r?\n?[ \t]*\p{Lu}/u;

/** The word right before `start` (lower case), over punctuation-free space; '' if none. */
function wordBefore(text: string, start: number): string {
  return /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1].toLowerCase() ?? '';
}

/** The two words a document writes most often ("the", "of"; the error itself may outnumber "the" in a short text). */
function commonestWords(d: DocumentAnalysis): [string, string] {
  const top: [string, string] = ['', ''];
  let [n0, n1] = [0, 0];
  d.wordCounts.forEach((n, w) => {
    if (n > n0) [top[1], n1, top[0], n0] = [top[0], n0, w, n];
    else if (n > n1) [top[1], n1] = [w, n];
  });
  return top;
}
