/**
 * Diagnostics on an article: rhetoric markers with their category (not the corpus's register,
 * see register.ts), scare quotes, likely
 * misspellings of known entities (Warnings), names of a declared entity that differ from its
 * canonical name, and duplicated paragraphs (a scraping artefact). Each carries a `code`,
 * `source: 'discourse-lens'` and `data` for its code actions.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { findEntity } from '../analysis/codebook/codebook';
import { FeatureContext, categoryInfo } from './context';
import { documentEntities, phrasePattern } from './corpusQueries';
import { rangeOf } from './positions';
import { articles, mentions } from './counts';
import { quotedSpeakerName, SCARE_QUOTE, shownMarks } from './shownMarks';
import { isInflection } from '../analysis/entities/misspellings';
import type { Misspelling } from '../analysis/corpus/model';
import { fileName } from '../analysis/corpus/documentStore';
import { lowerBound } from '../analysis/common/binarySearch';

export const SOURCE = 'discourse-lens';

export const DiagnosticCodes = {
  rhetoric: 'rhetoric',
  scareQuote: 'scare-quote',
  misspelling: 'misspelling',
  inconsistentName: 'inconsistent-name',
  duplicateParagraph: 'duplicate-paragraph',
  duplicateFile: 'duplicate-file',
} as const;

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface DiagnosticsSettings {
  readonly enabled: boolean;
  /** By diagnostic code or rhetoric category id (a category overrides `rhetoric`). */
  readonly severity: Readonly<Record<string, SeverityName>>;
  /**
   * Hint every quoted word that may be a scare quote (sensitivity balanced or exploratory), not
   * only those whose distance the text marks ("the so-called ‘…’") or the rhetoric model is sure of.
   */
  readonly allScareQuotes?: boolean;
}

export const DEFAULT_DIAGNOSTICS_SETTINGS: DiagnosticsSettings = { enabled: true, severity: {} };

const DEFAULT_SEVERITY: Record<string, SeverityName> = {
  rhetoric: 'information',
  'scare-quote': 'information',
  misspelling: 'warning',
  'inconsistent-name': 'information',
  'duplicate-paragraph': 'hint',
  'duplicate-file': 'hint',
};

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface MisspellingData {
  readonly surface: string;
  readonly canonical: string;
  readonly entityId: string;
}

/** Minimum length of a paragraph checked for duplication (short lines such as "Reuters" repeat legitimately). */
const MIN_DUPLICATE_LENGTH = 40;
/** Longest prefix glued to a repeated paragraph ("Reuters" + caption) still counted as a duplicate. */
const MAX_GLUED_PREFIX = 40;

export function computeDiagnostics(ctx: FeatureContext, uri: string, settings: DiagnosticsSettings = DEFAULT_DIAGNOSTICS_SETTINGS): Diagnostic[] {
  if (!settings.enabled) return [];
  const doc = ctx.index.get(uri);
  if (!doc) return [];
  const src = { owner: doc, text: doc.text };
  const out: Diagnostic[] = [];
  const severity = (code: string, category?: string): DiagnosticSeverity | undefined => {
    const name = (category && settings.severity[category]) || settings.severity[code] || (category && DEFAULT_SEVERITY[category]) || DEFAULT_SEVERITY[code] || 'information';
    return name === 'off' ? undefined : SEVERITY[name];
  };
  const push = (code: string, start: number, end: number, message: string, data: unknown, category?: string) => {
    const sev = severity(code, category);
    if (sev === undefined) return;
    // One line: a label quoted from a hard-wrapped text would otherwise break the Problems list's row.
    out.push({ range: rangeOf(src, start, end), severity: sev, code, source: SOURCE, message: message.replace(/\s+/g, ' '), data });
  };

  // A later copy of another file's text: one hint that says so. Its marks are the first copy's,
  // reported there once (a corpus with copied files would otherwise list each of them twice).
  const counted = ctx.index.countedCopy(uri);
  if (counted !== uri) {
    const firstLineEnd = doc.text.search(/\r?\n|$/);
    push(DiagnosticCodes.duplicateFile, 0, firstLineEnd, `The same text as ‘${fileName(counted)}’ (whitespace aside): counted once, as that file, where its marks are reported`, { copyOf: counted });
    return out;
  }

  // Entities only: no diagnostic reads the key terms, and `check` would compute them for nothing.
  const entities = documentEntities(ctx.index, uri, ctx.q);
  // Rhetoric markers and scare quotes as every feature shows them (shownMarks.ts).
  for (const t of shownMarks(ctx, uri, settings.allScareQuotes)) {
    const data = { ...(t.analysed ? { id: t.id } : {}), term: t.label, category: t.category, text: t.text };
    if (t.category === SCARE_QUOTE) push(DiagnosticCodes.scareQuote, t.start, t.end, `Scare quote: ${t.text}`, data, t.category);
    else push(DiagnosticCodes.rhetoric, t.start, t.end, `${categoryInfo(ctx.codebook, t.category).label}: ${quoted(t.text)}${quotedFrom(t.quotedFrom)}`, data, t.category);
  }

  // Likely misspellings of known entities.
  const misspellings = ctx.q.misspellings();
  // A damaged name shown under the name it damages is among that entity's aliases: never what a slip is corrected to.
  const flagged = misspellings.length ? new Set(misspellings.map((m) => m.surface.replace(/\s+/g, ' '))) : undefined;
  for (const m of misspellings) {
    // Most articles have none of the corpus's misspellings: skip the rest first (the edit distances
    // below, asked of every misspelling in every article, were 68 s of `check`'s 150 on 6,349 speeches).
    if (!doc.text.includes(m.surface)) continue;
    const entity = ctx.q.entity(m.entityId);
    // The spelling it resembles: the closest of the entity's names or their words ("Lavov" → "Lavrov", not "Sergei Lavrov").
    const canonical = closestForm(m.surface, [m.canonical, ...(entity?.aliases ?? []).filter((a) => !flagged!.has(a))]);
    if (isInflection(m.surface, canonical)) continue; // "Russians" is no misspelling of "Russian"
    for (const hit of doc.text.matchAll(phrasePattern(m.surface))) {
      // Not a piece of a hyphenated word ("Cong" of "Viet-Cong"): the slip is a name of its own.
      if (hit[0] !== m.surface || /[-‐]/.test(doc.text[hit.index! - 1] ?? '') || /[-‐]/.test(doc.text[hit.index! + hit[0].length] ?? '')) continue;
      // Only where the form is (part of) a marked name: elsewhere the same letters are a plain word of the sentence.
      const mention = enclosingMention(entities, hit.index!, hit.index! + hit[0].length);
      if (!mention) continue;
      // Nor a word of another entity's longer name ("Cong" of "Viet Cong" is no slip for "Congo").
      if (mention.text !== hit[0] && mention.id !== m.entityId) continue;
      const data: MisspellingData = { surface: m.surface, canonical, entityId: m.entityId };
      push(DiagnosticCodes.misspelling, hit.index!, hit.index! + hit[0].length, misspellingMessage(m, canonical), data);
    }
  }

  // Names of a declared entity that are not its canonical name nor part of it.
  const formsByEntity = new Map<string, Map<string, number>>();
  for (const e of ctx.codebook.entities) {
    if (!e.aliases.length) continue;
    const record = ctx.q.entities().find((r) => r.name === e.name || r.aliases.includes(e.name));
    if (!record) continue;
    const forms = new Map<string, number>();
    for (const m of ctx.q.mentionsOf(record.id)) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    formsByEntity.set(record.id, forms);
  }
  for (const m of entities) {
    const forms = formsByEntity.get(m.id);
    if (!forms) continue;
    const declared = findEntity(ctx.codebook, m.name) ?? findEntity(ctx.codebook, m.text);
    if (!declared) continue;
    const canonical = declared.name;
    const folded = m.text.toLowerCase();
    if (folded === canonical.toLowerCase() || canonical.toLowerCase().split(/\s+/).includes(folded) || canonical.toLowerCase().includes(folded)) continue;
    const counts = [...forms].sort((a, b) => b[1] - a[1]).map(([f, n]) => `‘${f}’ (${n})`).join(', ');
    push(DiagnosticCodes.inconsistentName, m.start, m.end, `‘${m.text}’ is a name of ${canonical}; the corpus writes ${counts}`, { id: m.id, text: m.text, canonical });
  }

  // Duplicated paragraphs, also with a short prefix glued on ("Reuters" + the caption again).
  const seen: { norm: string; start: number }[] = [];
  for (const p of doc.paragraphs) {
    const raw = doc.text.slice(p.start, p.end);
    const norm = raw.replace(/\s+/g, ' ').trim();
    if (norm.length >= MIN_DUPLICATE_LENGTH) {
      const exact = seen.find((s) => s.norm === norm);
      const glued = exact ? undefined : seen.find((s) => norm.length > s.norm.length && norm.length - s.norm.length <= MAX_GLUED_PREFIX && norm.endsWith(s.norm));
      const first = exact ?? glued;
      if (first) {
        const line = rangeOf(src, first.start, first.start).start.line + 1;
        const message = glued
          ? `This paragraph repeats line ${line} with ‘${norm.slice(0, norm.length - glued.norm.length)}’ glued in front (a scraping artefact?)`
          : `This paragraph repeats line ${line} (a scraping artefact?)`;
        push(DiagnosticCodes.duplicateParagraph, p.start, p.end, message, { firstLine: line, prefix: glued ? norm.slice(0, norm.length - glued.norm.length) : undefined });
      }
    }
    seen.push({ norm, start: p.start });
  }
  return out;
}

export function parseDiagnosticsSettings(raw: unknown): DiagnosticsSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: Record<string, SeverityName> = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [k, v] of Object.entries(r.severity as Record<string, unknown>)) {
      const s = typeof v === 'string' ? v.toLowerCase() : '';
      if (s === 'error' || s === 'warning' || s === 'information' || s === 'hint' || s === 'off') severity[k] = s;
      else if (s === 'info') severity[k] = 'information';
    }
  }
  return { enabled: r.enabled !== false, severity };
}

/** Of the names (and their words, for a one-word surface), the one nearest to the surface by edit distance. */
export function closestForm(surface: string, names: readonly string[]): string {
  const words = surface.trim().split(/\s+/).length;
  const candidates = new Set<string>();
  for (const n of names) {
    candidates.add(n);
    const parts = n.split(/\s+/);
    if (parts.length > words) for (let i = 0; i + words <= parts.length; i++) candidates.add(parts.slice(i, i + words).join(' '));
  }
  let best = names[0];
  let bestD = Infinity;
  for (const c of candidates) {
    const d = levenshtein(surface.toLowerCase(), c.toLowerCase());
    if (d < bestD || (d === bestD && c.length > best.length)) [best, bestD] = [c, d];
  }
  return best;
}

/** "‘Hollwood’ looks like a misspelling of ‘Hollywood’ (a letter left out; confidence 0.79; ‘Hollywood’: 120 mentions in 1 article)". */
export function misspellingMessage(m: Misspelling, canonical: string): string {
  return `‘${m.surface}’ looks like a misspelling of ‘${canonical}’ (${m.edit}; confidence ${m.confidence.toFixed(2)}; ${mentions(m.entityMentions)} in ${articles(m.entityDocuments)})`;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Does [start, end) lie inside one of the document's entity mentions (sorted by start)? */
function enclosingMention<M extends { start: number; end: number }>(mentions: readonly M[], start: number, end: number): M | undefined {
  const i = lowerBound(mentions.length, (k) => mentions[k].start <= start) - 1;
  return i >= 0 && mentions[i].end >= end ? mentions[i] : undefined;
}

/** ‘text’, unless the marked words carry their own quotation marks (“likening them to ‘Somali pirates’”: not ‘‘Somali pirates’’). */
/** Whose words a marker inside a quotation is: " (in Putin's words)", " (in a quotation)". */
function quotedFrom(speaker: string | undefined): string {
  if (speaker === undefined) return '';
  const name = quotedSpeakerName(speaker);
  return name ? ` (in the words of ${name})` : ' (in a quotation)';
}

function quoted(text: string): string {
  return /^[‘“'"«]/.test(text) && /[’”'"»]$/.test(text) ? text : `‘${text}’`;
}
