/**
 * The codebook: the analyst's declarations for a workspace (categories, terms, entities,
 * ignore list, notes), read from `codebook.yaml` (or `codebook.json`, which YAML also reads).
 *
 * Parsing uses the `yaml` document model so every problem has a line and column, and every
 * entry keeps the offsets of its place in the file (for "go to definition").
 * Pure: text in, model and problems out.
 */
import { LineCounter, Node, isMap, isScalar, isSeq, parseDocument, YAMLMap, Pair } from 'yaml';
import type { CodebookInput } from '../corpus/model';
import type { CodebookTerm, DeclaredEntity, EntityType } from '../types';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'group', 'date', 'event'];

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface CodebookCategory {
  readonly id: string;
  readonly label: string;
  readonly color?: string;
  readonly description?: string;
  readonly note?: string;
  readonly span: Span;
}

export interface CodebookTermEntry {
  readonly term: string;
  readonly category: string;
  readonly variants: readonly string[];
  readonly note?: string;
  readonly span: Span;
}

export interface CodebookEntityEntry {
  readonly name: string;
  readonly type?: EntityType;
  readonly aliases: readonly string[];
  readonly note?: string;
  readonly span: Span;
}

export interface Codebook {
  readonly categories: readonly CodebookCategory[];
  readonly terms: readonly CodebookTermEntry[];
  readonly entities: readonly CodebookEntityEntry[];
  readonly ignore: readonly string[];
}

export const EMPTY_CODEBOOK: Codebook = { categories: [], terms: [], entities: [], ignore: [] };

export interface CodebookProblem {
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly start: number;
  readonly end: number;
  /** 1-based, as editors show them. */
  readonly line: number;
  readonly column: number;
}

export interface ParsedCodebook {
  /** Undefined when the file has errors: the caller keeps the last good codebook. */
  readonly codebook?: Codebook;
  readonly problems: readonly CodebookProblem[];
}

const TOP_KEYS = new Set(['categories', 'terms', 'entities', 'ignore', 'version', '$schema']);
const CATEGORY_KEYS = new Set(['id', 'label', 'color', 'description', 'note']);
const TERM_KEYS = new Set(['term', 'category', 'variants', 'note']);
const ENTITY_KEYS = new Set(['name', 'type', 'aliases', 'note']);
const COLOR = /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/;

export function parseCodebook(text: string): ParsedCodebook {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: CodebookProblem[] = [];
  const at = (start: number, end: number, message: string, severity: 'error' | 'warning' = 'error') => {
    const pos = lineCounter.linePos(start);
    problems.push({ message, severity, start, end: Math.max(end, start), line: pos.line, column: pos.col });
  };
  const nodeAt = (node: unknown, message: string, severity: 'error' | 'warning' = 'error') => {
    const r = (node as Node | undefined)?.range;
    if (r) at(r[0], r[1], message, severity);
    else at(0, 0, message, severity);
  };
  for (const e of doc.errors) at(e.pos[0], e.pos[1], e.message.split('\n')[0]);
  for (const w of doc.warnings) at(w.pos[0], w.pos[1], w.message.split('\n')[0], 'warning');
  if (doc.errors.length) return { problems };

  const categories: CodebookCategory[] = [];
  const terms: CodebookTermEntry[] = [];
  const entities: CodebookEntityEntry[] = [];
  const ignore: string[] = [];
  const root = doc.contents;
  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { codebook: EMPTY_CODEBOOK, problems };
  }
  if (!isMap(root)) {
    nodeAt(root, 'A codebook is a mapping with the keys categories, terms, entities and ignore.');
    return { problems };
  }

  const str = (map: YAMLMap, key: string, required: boolean, where: string): string | undefined => {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node> | undefined;
    if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
      if (required) nodeAt(map, `${where}: "${key}" is required.`);
      return undefined;
    }
    if (!isScalar(pair.value) || (typeof pair.value.value !== 'string' && typeof pair.value.value !== 'number')) {
      nodeAt(pair.value, `${where}: "${key}" must be a string.`);
      return undefined;
    }
    const v = String(pair.value.value).trim();
    if (!v && required) nodeAt(pair.value, `${where}: "${key}" must not be empty.`);
    return v || undefined;
  };
  const strList = (map: YAMLMap, key: string, where: string): string[] => {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node> | undefined;
    if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) return [];
    return stringItems(pair.value, `${where}: "${key}"`);
  };
  const stringItems = (node: Node, where: string): string[] => {
    if (!isSeq(node)) {
      nodeAt(node, `${where} must be a list of strings.`);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') && String(item.value).trim()) out.push(String(item.value).trim());
      else nodeAt(item, `${where}: every item must be a non-empty string.`);
    }
    return out;
  };
  const unknownKeys = (map: YAMLMap, allowed: Set<string>, where: string) => {
    for (const p of map.items) {
      const k = isScalar(p.key) ? String(p.key.value) : undefined;
      if (k === undefined || !allowed.has(k)) nodeAt(p.key, `${where}: unknown key "${k ?? '?'}" (expected ${[...allowed].filter((x) => !x.startsWith('$')).join(', ')}).`, 'warning');
    }
  };
  const spanOf = (n: Node): Span => ({ start: n.range?.[0] ?? 0, end: n.range?.[1] ?? 0 });
  const list = (key: string): Node[] => {
    const v = root.get(key, true) as Node | undefined;
    if (v === undefined || v === null || (isScalar(v) && v.value === null)) return [];
    if (!isSeq(v)) {
      nodeAt(v, `"${key}" must be a list.`);
      return [];
    }
    return v.items as Node[];
  };

  unknownKeys(root, TOP_KEYS, 'codebook');

  list('categories').forEach((item, i) => {
    const where = `categories[${i + 1}]`;
    if (!isMap(item)) return nodeAt(item, `${where} must be a mapping with id and label.`);
    unknownKeys(item, CATEGORY_KEYS, where);
    const id = str(item, 'id', true, where);
    const label = str(item, 'label', false, where);
    const color = str(item, 'color', false, where);
    if (color && !COLOR.test(color)) nodeAt(item.get('color', true) as Node, `${where}: color must look like "#c0392b".`);
    if (id && categories.some((c) => c.id === id)) nodeAt(item.get('id', true) as Node, `Category "${id}" is declared twice.`, 'warning');
    if (id) categories.push({ id, label: label ?? id, color: color && COLOR.test(color) ? color : undefined, description: str(item, 'description', false, where), note: str(item, 'note', false, where), span: spanOf(item) });
  });

  list('terms').forEach((item, i) => {
    const where = `terms[${i + 1}]`;
    if (!isMap(item)) return nodeAt(item, `${where} must be a mapping with term and category.`);
    unknownKeys(item, TERM_KEYS, where);
    const term = str(item, 'term', true, where);
    const category = str(item, 'category', true, where);
    const variants = strList(item, 'variants', where);
    if (term && category) terms.push({ term, category, variants, note: str(item, 'note', false, where), span: spanOf(item) });
  });

  list('entities').forEach((item, i) => {
    const where = `entities[${i + 1}]`;
    if (!isMap(item)) return nodeAt(item, `${where} must be a mapping with name.`);
    unknownKeys(item, ENTITY_KEYS, where);
    const name = str(item, 'name', true, where);
    const type = str(item, 'type', false, where);
    if (type && !ENTITY_TYPES.includes(type as EntityType)) nodeAt(item.get('type', true) as Node, `${where}: type must be one of ${ENTITY_TYPES.join(', ')}.`);
    const aliases = strList(item, 'aliases', where);
    if (name) entities.push({ name, type: ENTITY_TYPES.includes(type as EntityType) ? (type as EntityType) : undefined, aliases, note: str(item, 'note', false, where), span: spanOf(item) });
  });

  const ig = root.get('ignore', true) as Node | undefined;
  if (ig !== undefined && ig !== null && !(isScalar(ig) && ig.value === null)) ignore.push(...stringItems(ig, '"ignore"'));

  if (problems.some((p) => p.severity === 'error')) return { problems };
  return { codebook: { categories, terms, entities, ignore }, problems };
}

/** What the index needs from the codebook. */
export function codebookInput(cb: Codebook): CodebookInput {
  const terms: CodebookTerm[] = cb.terms.map((t) => ({ term: t.term, category: t.category, variants: t.variants }));
  const entities: DeclaredEntity[] = cb.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }));
  return { terms, entities, ignore: cb.ignore.map((w) => w.toLowerCase()) };
}

const fold = (s: string) => s.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim();

/** The codebook entity a name (canonical or alias) belongs to. */
export function findEntity(cb: Codebook, name: string): CodebookEntityEntry | undefined {
  const n = fold(name);
  return cb.entities.find((e) => fold(e.name) === n) ?? cb.entities.find((e) => e.aliases.some((a) => fold(a) === n));
}

/** The codebook term a word or phrase (term or variant) belongs to. */
export function findTerm(cb: Codebook, term: string): CodebookTermEntry | undefined {
  const n = fold(term);
  return cb.terms.find((t) => fold(t.term) === n) ?? cb.terms.find((t) => t.variants.some((v) => fold(v) === n));
}

export function findCategory(cb: Codebook, id: string): CodebookCategory | undefined {
  return cb.categories.find((c) => c.id === id);
}

export function isIgnored(cb: Codebook, word: string): boolean {
  const n = fold(word);
  return cb.ignore.some((w) => fold(w) === n);
}
