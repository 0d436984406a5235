/**
 * How likely one spelling is a slip of the fingers for another: the cheapest alignment of the two
 * by the edits typing makes (a letter left out, two letters swapped, a letter doubled or undoubled,
 * a neighbouring key struck), each with a rough probability; any other edit is unlikely. The
 * product of the edits' probabilities is the model's confidence.
 */

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_POS = new Map<string, [number, number]>();
ROWS.forEach((row, r) => [...row].forEach((ch, c) => KEY_POS.set(ch, [r, c + r * 0.5])));

/** Are two letters neighbours on a QWERTY keyboard? */
export function adjacentKeys(a: string, b: string): boolean {
  const p = KEY_POS.get(a);
  const q = KEY_POS.get(b);
  if (!p || !q || a === b) return false;
  return Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

export type TypoEdit = 'transposition' | 'omission' | 'doubling' | 'adjacent key' | 'insertion' | 'substitution';

const P: Record<TypoEdit, number> = {
  transposition: 0.9,
  doubling: 0.85, // a doubled letter written once or a single one twice
  omission: 0.8,
  'adjacent key': 0.75,
  insertion: 0.4,
  substitution: 0.35,
};

export interface TypoExplanation {
  /** Product of the edits' probabilities (1 = identical). */
  readonly confidence: number;
  /** The edits, most likely first. */
  readonly edits: TypoEdit[];
}

/** How `typed` could have come from `meant` by typing slips (compared case-insensitively). */
export function explainTypo(typed: string, meant: string): TypoExplanation {
  const a = typed.toLowerCase();
  const b = meant.toLowerCase();
  const n = a.length;
  const m = b.length;
  // cost[i][j]: -log probability of typing a[0..i) for b[0..j); from/via: the step that got there.
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from: [number, number, TypoEdit | undefined][][] = Array.from({ length: n + 1 }, () => new Array(m + 1));
  const w = (e: TypoEdit): number => -Math.log(P[e]);
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i][j];
      if (here === Infinity) continue;
      const relax = (i2: number, j2: number, e: TypoEdit | undefined): void => {
        const c = here + (e ? w(e) : 0);
        if (i2 <= n && j2 <= m && c < cost[i2][j2]) {
          cost[i2][j2] = c;
          from[i2][j2] = [i, j, e];
        }
      };
      if (i < n && j < m) relax(i + 1, j + 1, a[i] === b[j] ? undefined : adjacentKeys(a[i], b[j]) ? 'adjacent key' : 'substitution');
      if (i + 1 < n && j + 1 < m && a[i] === b[j + 1] && a[i + 1] === b[j] && a[i] !== a[i + 1]) relax(i + 2, j + 2, 'transposition');
      // A letter of the meant word left out (a doubled one written once is likelier).
      if (j < m) relax(i, j + 1, j > 0 && b[j] === b[j - 1] ? 'doubling' : 'omission');
      // A letter typed that the meant word lacks: a letter doubled, or a neighbouring key struck too.
      if (i < n) {
        const near = (j < m && adjacentKeys(a[i], b[j])) || (j > 0 && adjacentKeys(a[i], b[j - 1]));
        relax(i + 1, j, i > 0 && a[i] === a[i - 1] ? 'doubling' : near ? 'adjacent key' : 'insertion');
      }
    }
  }
  const edits: TypoEdit[] = [];
  for (let i = n, j = m; (i > 0 || j > 0) && from[i][j]; ) {
    const [pi, pj, e] = from[i][j];
    if (e) edits.push(e);
    i = pi;
    j = pj;
  }
  edits.sort((x, y) => P[y] - P[x]);
  return { confidence: Math.exp(-cost[n][m]), edits };
}

/** Words for the message: "a letter left out", "two letters swapped", ... */
export function describeEdits(edits: readonly TypoEdit[]): string {
  const say: Record<TypoEdit, string> = {
    transposition: 'two letters swapped',
    doubling: 'a double letter',
    omission: 'a letter left out',
    'adjacent key': 'a neighbouring key',
    insertion: 'an extra letter',
    substitution: 'a letter changed',
  };
  return [...new Set(edits)].map((e) => say[e]).join(', ');
}
