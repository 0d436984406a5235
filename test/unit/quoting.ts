import { segment } from '../../server/src/analysis/text/structure';
import { recognizeEntities } from '../../server/src/analysis/entities';
import { findQuotations } from '../../server/src/analysis/quotations/quotations';

/** The speaker (as the text names them) and the name they resolve to, of the quotation holding `inQuote`. */
export function quoting(text: string, inQuote: string): { speaker?: string; name?: string } | undefined {
  const seg = segment(text);
  const q = findQuotations(seg, recognizeEntities(seg)).find((x) => text.slice(x.start, x.end).includes(inQuote));
  return q && { ...(q.speaker ? { speaker: q.speaker } : {}), ...(q.name ? { name: q.name } : {}) };
}
