/**
 * Word clusters for the entity tagger: words that occur between the same neighbours share a
 * cluster, and each cluster has a bit string (its path in a binary tree of clusters) whose
 * prefixes are coarser clusters. Learned from unlabelled text by `scripts/ner/clusters.ts`.
 *
 * Shipped as `server/models/ner.clusters` (UTF-8 text):
 *   line 1: `discourse-lens-ner-clusters 1`
 *   one line per cluster: `bits<TAB>word<TAB>word…` (words as the tagger sees them, case kept)
 *   last line: `E<TAB>number of clusters`
 */
import { ModelFormatError } from '../learning';

export const NER_CLUSTERS_FILE = 'ner.clusters';
const HEADER = 'discourse-lens-ner-clusters 1';

/** Bit-string prefix lengths used as features (Ratinov and Roth 2009). */
export const CLUSTER_PREFIX_LENGTHS = [4, 6, 10, 20] as const;

export class WordClusters {
  private readonly clusterOf = new Map<string, number>();
  /** Per cluster, per prefix length: the prefix as a number (a leading 1, then the bits). */
  readonly prefixCodes: Int32Array;

  constructor(clusters: readonly { path: string; words: readonly string[] }[]) {
    const P = CLUSTER_PREFIX_LENGTHS.length;
    this.prefixCodes = new Int32Array(clusters.length * P);
    clusters.forEach((c, k) => {
      for (const w of c.words) this.clusterOf.set(w, k);
      CLUSTER_PREFIX_LENGTHS.forEach((len, j) => {
        this.prefixCodes[k * P + j] = parseInt(`1${c.path.slice(0, len)}`, 2);
      });
    });
  }

  get size(): number {
    return this.prefixCodes.length / CLUSTER_PREFIX_LENGTHS.length;
  }

  /**
   * The cluster of a word, or -1: the word as written, else (a capitalised or all-caps word, as in
   * headlines) its title-case form, else its lower-case form.
   */
  lookup(word: string): number {
    const exact = this.clusterOf.get(word);
    if (exact !== undefined) return exact;
    const lower = word.toLowerCase();
    if (lower === word) return -1;
    return this.clusterOf.get(word[0] + lower.slice(1)) ?? this.clusterOf.get(lower) ?? -1;
  }

  static parse(bytes: Uint8Array | string, what = NER_CLUSTERS_FILE): WordClusters {
    const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const lines = text.split('\n');
    if (lines[0] !== HEADER) throw new ModelFormatError(`${what}: not a Discourse Lens word-cluster table (bad header)`);
    const clusters: { path: string; words: string[] }[] = [];
    for (let i = 1; i < lines.length; i++) {
      const parts = lines[i].split('\t');
      if (parts[0] === 'E') {
        if (Number(parts[1]) !== clusters.length) throw new ModelFormatError(`${what}: truncated (expected ${parts[1]} clusters, found ${clusters.length})`);
        return new WordClusters(clusters);
      }
      if (!/^[01]*$/.test(parts[0]) || parts.length < 2) throw new ModelFormatError(`${what}: corrupt line ${i + 1}`);
      clusters.push({ path: parts[0], words: parts.slice(1) });
    }
    throw new ModelFormatError(`${what}: truncated (no end marker)`);
  }
}

/** Serialises clusters (in the given order) in the format WordClusters.parse reads. */
export function formatWordClusters(clusters: readonly { path: string; words: readonly string[] }[]): string {
  const out = [HEADER];
  for (const c of clusters) out.push([c.path, ...c.words].join('\t'));
  out.push(`E\t${clusters.length}`);
  return out.join('\n') + '\n';
}
