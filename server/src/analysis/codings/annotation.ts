/**
 * Codings as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), one JSON-LD object
 * per line of `codings/<coder>.jsonl`:
 *
 *   {"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:uuid:…","type":"Annotation",
 *    "creator":{"type":"Person","name":"alice"},"created":"…","modified":"…",
 *    "body":[{"type":"TextualBody","purpose":"tagging","value":"victim-framing"},
 *            {"type":"TextualBody","purpose":"commenting","value":"the memo"}],
 *    "target":{"source":"articles/a.txt","selector":[
 *      {"type":"TextQuoteSelector","exact":"…","prefix":"…","suffix":"…"},
 *      {"type":"TextPositionSelector","start":10,"end":42}]}}
 *
 * Keys are always written in this order, so that the files diff well. Broken lines are reported
 * with their line number and kept verbatim (a later write puts them back), never dropped.
 */
import { Coding, compareCodings } from './model';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export function toAnnotation(c: Coding): object {
  const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: c.code }];
  if (c.memo) body.push({ type: 'TextualBody', purpose: 'commenting', value: c.memo });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: c.id,
    type: 'Annotation',
    creator: { type: 'Person', name: c.coder },
    created: c.created,
    ...(c.modified ? { modified: c.modified } : {}),
    body,
    target: {
      source: c.source,
      selector: [
        { type: 'TextQuoteSelector', exact: c.exact, prefix: c.prefix, suffix: c.suffix },
        { type: 'TextPositionSelector', start: c.start, end: c.end },
      ],
    },
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const types = (v: Json): string[] => list(v.type).filter((t): t is string => typeof t === 'string');

/** Reads one annotation; throws an Error whose message says what is wrong. */
export function fromAnnotation(v: unknown, defaultCoder = ''): Coding {
  if (!isObject(v)) throw new Error('not a JSON object');
  if (!types(v).includes('Annotation')) throw new Error('"type" is not "Annotation"');
  if (typeof v.id !== 'string' || !v.id) throw new Error('no "id"');
  const target = list(v.target)[0];
  if (!isObject(target) || typeof target.source !== 'string') throw new Error('no "target" with a "source"');
  let quote: Json | undefined;
  let position: Json | undefined;
  for (const s of list(target.selector)) {
    if (!isObject(s)) continue;
    if (types(s).includes('TextQuoteSelector')) quote ??= s;
    if (types(s).includes('TextPositionSelector')) position ??= s;
  }
  if (!quote || typeof quote.exact !== 'string') throw new Error('no TextQuoteSelector with "exact"');
  let start = -1;
  let end = -1;
  if (position && Number.isInteger(position.start) && Number.isInteger(position.end)) {
    start = position.start as number;
    end = position.end as number;
    if (start < 0 || end < start) throw new Error(`TextPositionSelector start ${start}, end ${end} is not a range`);
  }
  let code: string | undefined;
  let memo: string | undefined;
  for (const b of list(v.body)) {
    if (!isObject(b) || typeof b.value !== 'string') continue;
    if (b.purpose === 'tagging') code ??= b.value;
    else if (b.purpose === 'commenting') memo ??= b.value;
  }
  if (!code) throw new Error('no tagging body (the code)');
  const creator = list(v.creator)[0];
  const coder = typeof creator === 'string' ? creator : isObject(creator) && typeof creator.name === 'string' ? creator.name : isObject(creator) && typeof creator.nickname === 'string' ? creator.nickname : defaultCoder;
  const str = (x: unknown) => (typeof x === 'string' ? x : '');
  return {
    id: v.id,
    source: target.source,
    // Without a position the re-anchoring finds the quote by its text and context.
    start: start < 0 ? 0 : start,
    end: end < 0 ? 0 : end,
    exact: quote.exact,
    prefix: str(quote.prefix),
    suffix: str(quote.suffix),
    code,
    coder,
    ...(memo ? { memo } : {}),
    created: str(v.created),
    ...(typeof v.modified === 'string' ? { modified: v.modified } : {}),
  };
}

export interface CodingsFileProblem {
  /** 1-based. */
  readonly line: number;
  readonly message: string;
}

export interface ParsedCodingsFile {
  readonly codings: Coding[];
  readonly problems: CodingsFileProblem[];
  /** Lines that could not be read, verbatim: written back as they are. */
  readonly brokenLines: string[];
}

/** Parses a `.jsonl` codings file. `coder`: the creator for annotations that name none (the file's coder). */
export function parseCodingsFile(text: string, coder = ''): ParsedCodingsFile {
  const codings: Coding[] = [];
  const problems: CodingsFileProblem[] = [];
  const brokenLines: string[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      problems.push({ line: i + 1, message: `not valid JSON: ${(e as Error).message}` });
      brokenLines.push(raw);
      return;
    }
    try {
      const c = fromAnnotation(value, coder);
      if (seen.has(c.id)) throw new Error(`a second annotation with id ${c.id}`);
      seen.add(c.id);
      codings.push(c);
    } catch (e) {
      problems.push({ line: i + 1, message: `not a coding: ${(e as Error).message}` });
      brokenLines.push(raw);
    }
  });
  return { codings, problems, brokenLines };
}

/** The file's text: one annotation a line, sorted by source and start; broken lines kept at the end. */
export function serializeCodingsFile(codings: readonly Coding[], brokenLines: readonly string[] = []): string {
  const lines = [...codings].sort(compareCodings).map((c) => JSON.stringify(toAnnotation(c)));
  lines.push(...brokenLines);
  return lines.length ? lines.join('\n') + '\n' : '';
}
