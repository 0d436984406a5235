/**
 * Character-level intercoder agreement, as MAXQDA and ATLAS.ti report beside their segment-level
 * figures. For a pair of coders and a code, every character (UTF-16 code unit) of every document
 * both coders coded is a unit with a binary value per coder: coded with that code or not.
 * From the 2×2 table (both, only A, only B, neither):
 * - percent agreement = (both + neither) / N;
 * - Cohen's κ = (pₒ − pₑ) / (1 − pₑ), pₑ from each coder's own rate of coding;
 * - Krippendorff's α (nominal, two coders, no missing values) = 1 − (n − 1)·(onlyA + onlyB) / (n₀·n₁),
 *   with n = 2N pairable values and n₀, n₁ the counts of "not coded" and "coded" values.
 * κ and α are null when undefined (neither coder varies: nothing to agree on beyond chance).
 * "Overall" pools the tables of all codes compared: each (character, code) pair is a unit.
 */
import type { AnchoredCoding } from './model';

export interface AgreementFigures {
  readonly percentAgreement: number;
  readonly kappa: number | null;
  readonly alpha: number | null;
  /** Characters coded with the code by at least one of the two coders. */
  readonly characters: number;
}

export interface Table {
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export interface Difference {
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The coder who coded this passage with the code (the other did not). */
  readonly coder: string;
}

export interface PairAgreement {
  readonly coders: readonly [string, string];
  /** Documents both coders coded: the units compared. */
  readonly documents: readonly string[];
  readonly overall: AgreementFigures;
  readonly codes: Record<string, AgreementFigures & { readonly differences: readonly Difference[] }>;
}

export interface AgreementReport {
  readonly pairs: readonly PairAgreement[];
}

export function figures(t: Table): AgreementFigures {
  const n = t.both + t.onlyA + t.onlyB + t.neither;
  const characters = t.both + t.onlyA + t.onlyB;
  if (!n) return { percentAgreement: 1, kappa: null, alpha: null, characters };
  const po = (t.both + t.neither) / n;
  const pa = (t.both + t.onlyA) / n;
  const pb = (t.both + t.onlyB) / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  const kappa = pe >= 1 ? null : (po - pe) / (1 - pe);
  const values = 2 * n;
  const coded = 2 * t.both + t.onlyA + t.onlyB;
  const uncoded = 2 * t.neither + t.onlyA + t.onlyB;
  const alpha = coded && uncoded ? 1 - ((values - 1) * (t.onlyA + t.onlyB)) / (coded * uncoded) : null;
  return { percentAgreement: po, kappa, alpha, characters };
}

/**
 * Agreement of every pair of coders (sorted by name) found in `codings`. `texts`: each
 * document's current text (its length is the number of units; the differences quote it).
 * Orphaned codings are left out (their passage is not in the text any more).
 */
export function computeAgreement(
  codings: readonly AnchoredCoding[],
  texts: ReadonlyMap<string, string>,
  options: { codes?: readonly string[] } = {},
): AgreementReport {
  const live = codings.filter((c) => !c.orphaned && c.end > c.start && texts.has(c.source));
  const coders = [...new Set(live.map((c) => c.coder))].sort();
  const pairs: PairAgreement[] = [];
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++) pairs.push(pairAgreement(coders[i], coders[j], live, texts, options.codes));
  }
  return { pairs };
}

function pairAgreement(a: string, b: string, codings: readonly AnchoredCoding[], texts: ReadonlyMap<string, string>, only?: readonly string[]): PairAgreement {
  const docsOf = (coder: string) => new Set(codings.filter((c) => c.coder === coder).map((c) => c.source));
  const docsA = docsOf(a);
  const documents = [...docsOf(b)].filter((d) => docsA.has(d)).sort();
  const mine = codings.filter((c) => (c.coder === a || c.coder === b) && documents.includes(c.source));
  const codes = only?.length ? [...new Set(only)] : [...new Set(mine.map((c) => c.code))].sort();
  const overall: Table = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  const perCode: PairAgreement['codes'] = {};
  for (const code of codes) {
    const t: Table = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
    const differences: Difference[] = [];
    for (const doc of documents) {
      const text = texts.get(doc)!;
      const mask = new Uint8Array(text.length); // bit 1: A coded, bit 2: B coded
      for (const c of mine) {
        if (c.source !== doc || c.code !== code) continue;
        const bit = c.coder === a ? 1 : 2;
        for (let k = Math.max(0, c.start); k < Math.min(c.end, text.length); k++) mask[k] |= bit;
      }
      let runStart = -1;
      for (let k = 0; k <= mask.length; k++) {
        const v = k < mask.length ? mask[k] : 0;
        if (k < mask.length) {
          if (v === 3) t.both++;
          else if (v === 1) t.onlyA++;
          else if (v === 2) t.onlyB++;
          else t.neither++;
        }
        // Passages where exactly one coder coded: maximal runs of the same one-sided value.
        const prev = runStart >= 0 ? mask[runStart] : 0;
        if (runStart >= 0 && v !== prev) {
          differences.push({ source: doc, start: runStart, end: k, text: text.slice(runStart, k), coder: prev === 1 ? a : b });
          runStart = -1;
        }
        if (runStart < 0 && (v === 1 || v === 2)) runStart = k;
      }
    }
    overall.both += t.both;
    overall.onlyA += t.onlyA;
    overall.onlyB += t.onlyB;
    overall.neither += t.neither;
    perCode[code] = { ...figures(t), differences };
  }
  return { coders: [a, b], documents, overall: figures(overall), codes: perCode };
}

/** Figures as `agreement --json` prints them (rounded to 4 places). */
export interface AgreementFiguresJson {
  readonly percentAgreement: number;
  readonly kappa: number | null;
  readonly alpha: number | null;
  readonly characters: number;
}

/** The report as `agreement --json` prints it (and the server's agreement request answers). */
export interface AgreementJson {
  readonly pairs: readonly {
    readonly coders: readonly [string, string];
    readonly documents: readonly string[];
    readonly overall: AgreementFiguresJson;
    readonly codes: Readonly<Record<string, AgreementFiguresJson & { readonly differences: readonly Difference[] }>>;
  }[];
}

/** The report as `agreement --json` prints it (figures only, rounded to 4 places; differences kept). */
export function agreementJson(r: AgreementReport): AgreementJson {
  const round = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);
  const f = (x: AgreementFigures): AgreementFiguresJson => ({ percentAgreement: round(x.percentAgreement)!, kappa: round(x.kappa), alpha: round(x.alpha), characters: x.characters });
  return {
    pairs: r.pairs.map((p) => ({
      coders: p.coders,
      documents: p.documents,
      overall: f(p.overall),
      codes: Object.fromEntries(Object.entries(p.codes).map(([code, x]) => [code, { ...f(x), differences: x.differences }])),
    })),
  };
}

/** A plain-text report: one block per pair, one line per code, then the differing passages. */
export function agreementText(r: AgreementReport): string {
  if (!r.pairs.length) return 'No two coders have coded the same document.\n';
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const num = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
  const out: string[] = [];
  for (const p of r.pairs) {
    out.push(`${p.coders[0]} × ${p.coders[1]} (${p.documents.length} document${p.documents.length === 1 ? '' : 's'})`);
    out.push(`  overall: agreement ${pct(p.overall.percentAgreement)}, κ ${num(p.overall.kappa)}, α ${num(p.overall.alpha)}`);
    for (const [code, x] of Object.entries(p.codes)) {
      out.push(`  ${code}: agreement ${pct(x.percentAgreement)}, κ ${num(x.kappa)}, α ${num(x.alpha)}, ${x.characters} characters coded`);
      for (const d of x.differences) out.push(`    only ${d.coder}: ${d.source}:${d.start}-${d.end} ${JSON.stringify(d.text.length > 120 ? d.text.slice(0, 117) + '...' : d.text)}`);
    }
  }
  return out.join('\n') + '\n';
}
