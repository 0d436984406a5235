/**
 * Where each document's key terms occur, found once per document while the key terms are computed:
 * one search of its text for every term still key there (termSearch.ts), or none where the labels
 * were read from the whole document. The acronym and name-front
 * steps read them, and so does every view of the document afterwards (`KeyTerms.occurrencesIn`):
 * each of the three searched the text again (the acronym step once per acronym and document; the
 * command line's output once per document, a third of its time on 2,587 short articles).
 *
 * A term's occurrences do not depend on which other terms are sought with it (see termSearch.ts),
 * so those of any subset are the ones a search for that subset finds.
 */
import type { DocumentAnalysis } from '../../document';
import { entitySpans } from '../../cache/analysisViews';
import type { DocCounts } from '../docCounts';
import type { TermRecord } from '../model';
import { termOccurrences } from '../termSearch';

/** A document's key-term occurrences as its analysis `doc` has them: per occurrence, hash, start and end. */
export interface DocumentTermUses {
  readonly doc: DocumentAnalysis;
  readonly at: Int32Array;
}

/** An occurrence as `forEachUse` gives it. */
export interface TermUse {
  readonly hash: number;
  readonly start: number;
  readonly end: number;
}

/** Occurrences of the terms of `wanted` in a document, found before (the key terms' labels read a few documents whole). */
export interface KnownUses {
  readonly wanted: ReadonlySet<number>;
  readonly found: readonly TermUse[];
}

/**
 * Per document, the occurrences of each term of its list that is a key term of the corpus still key
 * there; taken from `known` where it was searched for all of them already.
 */
export function findKeyTermUses(
  docs: ReadonlyMap<string, DocumentAnalysis>,
  perDocHashes: ReadonlyMap<string, readonly { h: number }[]>,
  st: { readonly byId: ReadonlyMap<string, TermRecord>; readonly idOfHash: ReadonlyMap<number, string>; readonly docCounts: ReadonlyMap<string, DocCounts> },
  known: ReadonlyMap<string, KnownUses> = new Map(),
): Map<string, DocumentTermUses> {
  const out = new Map<string, DocumentTermUses>();
  for (const [uri, list] of perDocHashes) {
    const sought: { hash: number; label: string }[] = [];
    for (const c of list) {
      const id = st.idOfHash.get(c.h);
      if (id !== undefined && st.docCounts.get(id)!.get(uri) !== undefined) sought.push({ hash: c.h, label: st.byId.get(id)!.label });
    }
    if (!sought.length) continue;
    const doc = docs.get(uri)!;
    const before = known.get(uri);
    const found = before && sought.every((t) => before.wanted.has(t.hash)) ? among(before.found, new Set(sought.map((t) => t.hash))) : termOccurrences(doc, entitySpans(doc), sought);
    const at = new Int32Array(3 * found.length);
    for (let k = 0; k < found.length; k++) {
      at[3 * k] = found[k].hash;
      at[3 * k + 1] = found[k].start;
      at[3 * k + 2] = found[k].end;
    }
    out.set(uri, { doc, at });
  }
  return out;
}

/** The occurrences of the terms `wanted` takes, in the order the search found them. */
export function usesAmong(uses: DocumentTermUses, wanted: (hash: number) => boolean): TermUse[] {
  const out: TermUse[] = [];
  const at = uses.at;
  for (let k = 0; k < at.length; k += 3) if (wanted(at[k])) out.push({ hash: at[k], start: at[k + 1], end: at[k + 2] });
  return out;
}

/** The occurrences of the terms `hashes` holds, in the order found. */
function among(found: readonly TermUse[], hashes: ReadonlySet<number>): TermUse[] {
  return found.filter((o) => hashes.has(o.hash));
}
