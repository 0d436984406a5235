/**
 * Groups of States named by their number: "Group of 77", "Group of Seventy-Seven", "Group of 15".
 * The tagger leaves the number out (a numeral is no word of a name in its training text) and the
 * lone "Group" is then dropped as a common word, so the most cited caucus of UN speeches had no
 * mention at all; or it ends a longer name at "Group" ("Fifth Ministerial Meeting of the Group" of
 * 77). The whole is an organisation's name.
 */
import { lowerBound } from '../common/binarySearch';
import type { SegmentedText } from '../text/structure';
import type { EntityMention } from '../types';
import { mention } from './mention';

/** A number written as a word, capitalised as in a name ("Seven", "Seventy-Seven", "Twenty-Four"). */
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|one|two|three|four|five|six|seven|eight|nine))?$/;

/** The mentions with each "Group of" a number named in full (sorted by start). */
export function joinNumberedGroups(seg: SegmentedText, mentions: readonly EntityMention[]): EntityMention[] {
  const { text, tokens } = seg;
  let out: EntityMention[] | undefined;
  for (const hit of text.matchAll(/\bGroup\s+of\s/g)) {
    const k = lowerBound(tokens.length, (j) => tokens.starts[j] < hit.index);
    if (k + 2 >= tokens.length || tokens.starts[k] !== hit.index || tokens.text(k + 1) !== 'of') continue;
    const n = tokens.text(k + 2);
    if (!(tokens.kind(k + 2) === 'number' ? /^\d{1,3}$/.test(n) : NUMBER_WORD.test(n))) continue;
    const groupStart = tokens.starts[k];
    const end = tokens.ends[k + 2];
    out ??= [...mentions];
    // The mention that holds "Group", if any: it goes on over the number when it ends there.
    const i = lowerBound(out.length, (j) => out![j].end <= groupStart);
    const m = out[i];
    if (m && m.start <= groupStart) {
      if (m.end !== tokens.ends[k]) continue;
      out[i] = mention(m.start, end, text.slice(m.start, end), 'organization', m.confidence);
    } else if (m && m.start === tokens.starts[k + 2] && m.end === end) {
      // The tagger took the number for a name of its own ("Seventy-Seven" as a place).
      out[i] = mention(groupStart, m.end, text.slice(groupStart, end), 'organization', m.confidence);
    } else if (!m || m.start >= end) {
      out.splice(i, 0, mention(groupStart, end, text.slice(groupStart, end), 'organization', 1));
    }
  }
  return out ?? (mentions as EntityMention[]);
}
