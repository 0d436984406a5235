/**
 * Keeps the user's own formatting of a codebook file around an edit: the adapters print the whole
 * edited document, and a line diff against the untouched document printed the same way tells
 * which lines the edit did not reach; those are taken from the original text.
 */

/** Largest middle section (lines × lines) diffed line by line; beyond it the edited middle is taken as printed. */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * The edited document with the user's own formatting wherever the edit did not reach.
 * `base` is the original as the library prints it and `edited` the edited document printed the
 * same way; lines of `edited` that match `base` (by a line diff) are taken from the original text,
 * so spacing, quoting and comment alignment the printer would normalise are kept.
 * `comments`: whether a `#` starts a trailing comment (YAML), whose spacing a changed line keeps.
 */
export function keepFormatting(original: string, base: string, edited: string, comments = true): string {
  const crlf = original.includes('\r\n');
  const o = original.split('\n');
  const b = base.split('\n');
  const e = edited.split('\n');
  if (o.length !== b.length) return crlf ? edited.replace(/\n/g, '\r\n') : edited;
  const fresh = (line: string) => (crlf ? `${line}\r` : line);
  let p = 0;
  while (p < b.length && p < e.length && b[p] === e[p]) p++;
  let s = 0;
  while (s < b.length - p && s < e.length - p && b[b.length - 1 - s] === e[e.length - 1 - s]) s++;
  const bm = b.slice(p, b.length - s);
  const em = e.slice(p, e.length - s);
  const om = o.slice(p, o.length - s);
  let middle: string[];
  if (bm.length * em.length > MAX_DIFF_CELLS) middle = em.map(fresh);
  else {
    // LCS table, then walk it: matched lines from the original, others from the edit.
    const n = bm.length;
    const m = em.length;
    const t: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i][j] = bm[i] === em[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
    middle = [];
    let i = 0;
    let j = 0;
    let removed: string[] = [];
    while (i < n || j < m) {
      if (i < n && j < m && bm[i] === em[j]) {
        middle.push(om[i]);
        removed = [];
        i++;
        j++;
      } else if (i < n && (j >= m || t[i + 1][j] >= t[i][j + 1])) removed.push(om[i++]); // deletions first: a changed line sees its old self
      else middle.push(fresh(comments ? keepCommentGap(em[j++], removed) : em[j++]));
    }
  }
  return [...o.slice(0, p), ...middle, ...o.slice(o.length - s)].join('\n');
}

/** An edited line keeps the spacing before its trailing comment that the replaced line had ("Lavrov]   # note"). */
function keepCommentGap(line: string, replaced: readonly string[]): string {
  const m = /^(.*?\S)( +)(#.*)$/.exec(line);
  if (!m) return line;
  for (const r of replaced) {
    const o = /^(.*?\S)( +)(#.*?)\r?$/.exec(r);
    if (o && o[3] === m[3]) return `${m[1]}${o[2]}${m[3]}`;
  }
  return line;
}
