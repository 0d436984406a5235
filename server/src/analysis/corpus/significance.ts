/**
 * Significance of a keyness test corrected for the number of terms a document tests (keyterms.ts).
 *
 * A document tests every candidate it uses often enough, a thousand or more in a long speech, and
 * at p < 0.001 per test a few dozen of them are key by chance: the plain words a long speech happens
 * to repeat ("questions", "setting", "trust"). A Bonferroni correction (Hardie 2014; Gabrielatos &
 * Marchi 2012) keeps the document's family-wise error at the chosen level: each of its `tested`
 * terms must be significant at p / tested. G² follows χ² with one degree of freedom, whose upper
 * tail is erfc(√(x / 2)).
 */

/** The complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** P(χ² with one degree of freedom ≥ x): the p-value of a G² of x. */
export function chiSquarePValue(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

/** The G² a test must reach for p < `p` (one degree of freedom; 10.83 for 0.001). */
export function chiSquareCritical(p: number): number {
  if (p >= 1) return 0;
  let lo = 0;
  let hi = 1;
  while (chiSquarePValue(hi) > p) hi *= 2;
  for (let k = 0; k < 60 && hi - lo > 1e-9; k++) {
    const mid = (lo + hi) / 2;
    if (chiSquarePValue(mid) > p) lo = mid;
    else hi = mid;
  }
  return hi;
}

const criticalCache = new Map<string, number>();

/**
 * The G² a term must reach in a document that tests `tested` terms, for the document as a whole to
 * be significant at the level `minG2` stands for (10.83: p < 0.001): Bonferroni's p / tested. With
 * one test (or none), `minG2` itself; 0 stays 0 (every term).
 */
export function correctedMinG2(minG2: number, tested: number): number {
  if (minG2 <= 0 || tested <= 1) return minG2;
  const key = `${minG2}:${tested}`;
  let c = criticalCache.get(key);
  if (c === undefined) {
    c = Math.max(minG2, chiSquareCritical(chiSquarePValue(minG2) / tested));
    if (criticalCache.size > 10_000) criticalCache.clear();
    criticalCache.set(key, c);
  }
  return c;
}
