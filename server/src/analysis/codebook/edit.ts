/**
 * Codebook edits as pure text → text functions. YAML is edited through the `yaml` Document
 * model, so the user's comments, key order and formatting of untouched entries are kept;
 * JSON (no comments to keep) is edited as data with its key order and two-space layout.
 * An edit on a malformed file is refused, never applied.
 */
import { YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { Codebook, findEntity, findTerm, parseCodebook } from './codebook';

export type CodebookOperation =
  | { readonly op: 'addTerm'; readonly term: string; readonly category: string; readonly categoryLabel?: string }
  | { readonly op: 'addAlias'; readonly entity: string; readonly alias: string; readonly type?: string }
  | { readonly op: 'ignore'; readonly term: string }
  | { readonly op: 'setNote'; readonly target: { readonly kind: 'entity' | 'term' | 'category'; readonly name: string; readonly category?: string; readonly type?: string }; readonly note: string }
  | { readonly op: 'addCategory'; readonly id: string; readonly label: string; readonly color?: string; readonly description?: string }
  | { readonly op: 'renameEntity'; readonly entity: string; readonly newName: string; readonly type?: string };

export class CodebookEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodebookEditError';
  }
}

export interface EditOutcome {
  readonly text: string;
  /** False when the codebook already said so (nothing to write). */
  readonly changed: boolean;
  readonly message: string;
}

export function isJsonPath(file: string): boolean {
  return /\.json$/i.test(file);
}

const fold = (s: string) => s.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim();

/** Applies one operation to the codebook's current text. Throws CodebookEditError if the text is malformed. */
export function applyCodebookEdit(text: string, op: CodebookOperation, json = false): EditOutcome {
  const parsed = parseCodebook(text);
  if (!parsed.codebook) {
    const p = parsed.problems.find((x) => x.severity === 'error') ?? parsed.problems[0];
    throw new CodebookEditError(`The codebook has errors${p ? ` (line ${p.line}, column ${p.column}: ${p.message})` : ''}; fix them first — nothing was written.`);
  }
  return json ? editJson(text, parsed.codebook, op) : editYaml(text, parsed.codebook, op);
}

// ---------------------------------------------------------------- YAML

function editYaml(text: string, cb: Codebook, op: CodebookOperation): EditOutcome {
  const doc = parseDocument(text);
  // The untouched document as the library prints it: lines equal to it keep the user's exact text.
  const base = parseDocument(text).toString(STRINGIFY);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  const root = doc.contents as unknown as YAMLMap;
  const seq = (key: string): YAMLSeq => {
    const s: unknown = root.get(key, true);
    if (isSeq(s)) return s;
    const fresh = doc.createNode([]) as YAMLSeq;
    root.set(key, fresh);
    return fresh;
  };
  const findMap = (key: string, match: (m: YAMLMap) => boolean): YAMLMap | undefined => {
    const s = root.get(key, true);
    if (!isSeq(s)) return undefined;
    return s.items.find((i): i is YAMLMap => isMap(i) && match(i));
  };
  const get = (m: YAMLMap, k: string) => {
    const v = m.get(k);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const appendToList = (m: YAMLMap, key: string, value: string) => {
    const cur = m.get(key, true);
    if (isSeq(cur)) cur.items.push(doc.createNode(value));
    else {
      const s = doc.createNode([value]) as YAMLSeq;
      s.flow = true;
      m.set(key, s);
    }
  };
  const ensureCategory = (id: string, label?: string, color?: string, description?: string): boolean => {
    if (cb.categories.some((c) => c.id === id)) return false;
    const entry: Record<string, string> = { id, label: label ?? humanize(id) };
    if (color) entry.color = color;
    if (description) entry.description = description;
    seq('categories').items.push(doc.createNode(entry));
    return true;
  };
  const entityMap = (name: string) => {
    const e = findEntity(cb, name);
    return e ? findMap('entities', (m) => get(m, 'name') === e.name) : undefined;
  };
  const termMap = (term: string) => {
    const t = findTerm(cb, term);
    return t ? findMap('terms', (m) => get(m, 'term') === t.term) : undefined;
  };
  const done = (message: string): EditOutcome => ({ text: keepFormatting(text, base, doc.toString(STRINGIFY)), changed: true, message });

  switch (op.op) {
    case 'addCategory': {
      if (!ensureCategory(op.id, op.label, op.color, op.description)) return same(text, `Category "${op.id}" is already in the codebook.`);
      return done(`Added the category "${op.id}".`);
    }
    case 'addTerm': {
      const existing = findTerm(cb, op.term);
      if (existing && existing.category === op.category) return same(text, `"${op.term}" is already a ${op.category} term.`);
      ensureCategory(op.category, op.categoryLabel);
      if (existing) {
        termMap(op.term)!.set('category', op.category);
        return done(`Moved "${existing.term}" to ${op.category}.`);
      }
      seq('terms').items.push(doc.createNode({ term: op.term, category: op.category }));
      return done(`Added "${op.term}" to ${op.category}.`);
    }
    case 'addAlias': {
      const m = entityMap(op.entity);
      if (m) {
        const e = findEntity(cb, op.entity)!;
        if (fold(e.name) === fold(op.alias) || e.aliases.some((a) => fold(a) === fold(op.alias))) return same(text, `"${op.alias}" is already a name of ${e.name}.`);
        appendToList(m, 'aliases', op.alias);
        return done(`"${op.alias}" is now an alias of ${e.name}.`);
      }
      const entry: Record<string, unknown> = { name: op.entity };
      if (op.type) entry.type = op.type;
      const node = doc.createNode(entry) as YAMLMap;
      const aliases = doc.createNode([op.alias]) as YAMLSeq;
      aliases.flow = true;
      node.set('aliases', aliases);
      seq('entities').items.push(node);
      return done(`Added ${op.entity} with the alias "${op.alias}".`);
    }
    case 'ignore': {
      if (cb.ignore.some((w) => fold(w) === fold(op.term))) return same(text, `"${op.term}" is already ignored.`);
      const cur = root.get('ignore', true);
      if (isSeq(cur)) cur.items.push(doc.createNode(op.term));
      else {
        const s = doc.createNode([op.term]) as YAMLSeq;
        s.flow = true;
        root.set('ignore', s);
      }
      return done(`"${op.term}" is ignored.`);
    }
    case 'setNote': {
      const { kind, name } = op.target;
      const note = op.note.trim();
      let m: YAMLMap | undefined;
      if (kind === 'entity') {
        m = entityMap(name);
        if (!m) {
          const entry: Record<string, string> = { name };
          if (op.target.type) entry.type = op.target.type;
          m = doc.createNode(entry) as YAMLMap;
          seq('entities').items.push(m);
        }
      } else if (kind === 'term') {
        m = termMap(name);
        if (!m) {
          const category = op.target.category ?? 'keyword';
          ensureCategory(category);
          m = doc.createNode({ term: name, category }) as YAMLMap;
          seq('terms').items.push(m);
        }
      } else {
        m = findMap('categories', (c) => get(c, 'id') === name);
        if (!m) {
          ensureCategory(name);
          m = findMap('categories', (c) => get(c, 'id') === name) ?? (seq('categories').items[seq('categories').items.length - 1] as YAMLMap);
        }
      }
      if (!note) {
        if (!m.has('note')) return same(text, `No note on ${name}.`);
        m.delete('note');
        return done(`Removed the note on ${name}.`);
      }
      const old = m.get('note', true);
      if (isScalar(old) && old.value === note) return same(text, `The note on ${name} is unchanged.`);
      if (isScalar(old)) {
        old.value = note;
        if (note.includes('\n')) old.type = Scalar.BLOCK_LITERAL;
      } else {
        const scalar = doc.createNode(note) as Scalar;
        if (note.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
        m.set('note', scalar);
      }
      return done(`Saved the note on ${name}.`);
    }
    case 'renameEntity': {
      const newName = op.newName.trim();
      if (!newName) throw new CodebookEditError('The new name is empty.');
      const m = entityMap(op.entity);
      if (m) {
        const e = findEntity(cb, op.entity)!;
        if (e.name === newName) return same(text, `${e.name} is already its name.`);
        m.set('name', newName);
        const aliases = e.aliases.filter((a) => fold(a) !== fold(newName));
        const cur = m.get('aliases', true);
        if (aliases.length !== e.aliases.length && isSeq(cur)) cur.items = cur.items.filter((i) => !(isScalar(i) && fold(String(i.value)) === fold(newName)));
        if (fold(e.name) !== fold(newName) && !aliases.some((a) => fold(a) === fold(e.name))) appendToList(m, 'aliases', e.name);
        return done(`Renamed ${e.name} to ${newName}.`);
      }
      const entry: Record<string, unknown> = { name: newName };
      if (op.type) entry.type = op.type;
      const node = doc.createNode(entry) as YAMLMap;
      if (fold(op.entity) !== fold(newName)) {
        const aliases = doc.createNode([op.entity]) as YAMLSeq;
        aliases.flow = true;
        node.set('aliases', aliases);
      }
      seq('entities').items.push(node);
      return done(`Added ${newName}${fold(op.entity) !== fold(newName) ? ` with the alias "${op.entity}"` : ''}.`);
    }
  }
}

const STRINGIFY = { flowCollectionPadding: false, lineWidth: 0 } as const;
/** Largest middle section (lines × lines) diffed line by line; beyond it the edited middle is taken as printed. */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * The edited document with the user's own formatting wherever the edit did not reach.
 * `base` is the original as the library prints it and `edited` the edited document printed the
 * same way; lines of `edited` that match `base` (by a line diff) are taken from the original text,
 * so spacing, quoting and comment alignment the printer would normalise are kept.
 */
export function keepFormatting(original: string, base: string, edited: string): string {
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
      else middle.push(fresh(keepCommentGap(em[j++], removed)));
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

function same(text: string, message: string): EditOutcome {
  return { text, changed: false, message };
}

export function humanize(id: string): string {
  const s = id.replace(/[-_]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------- JSON

type Json = Record<string, unknown>;

function editJson(text: string, cb: Codebook, op: CodebookOperation): EditOutcome {
  let data: Json;
  try {
    const v = text.trim() ? JSON.parse(text) : {};
    data = v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch (e) {
    throw new CodebookEditError(`The codebook is not valid JSON (${(e as Error).message}); nothing was written.`);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^(\s+)"/m.exec(text)?.[1].replace(/\r?\n/g, '') || '  ';
  const list = (key: string): Json[] => {
    if (!Array.isArray(data[key])) data[key] = [];
    return data[key] as Json[];
  };
  const ensureCategory = (id: string, label?: string, color?: string, description?: string): boolean => {
    if (cb.categories.some((c) => c.id === id)) return false;
    const entry: Json = { id, label: label ?? humanize(id) };
    if (color) entry.color = color;
    if (description) entry.description = description;
    list('categories').push(entry);
    return true;
  };
  const entityObj = (name: string) => {
    const e = findEntity(cb, name);
    return e ? list('entities').find((x) => x && x.name === e.name) : undefined;
  };
  const termObj = (term: string) => {
    const t = findTerm(cb, term);
    return t ? list('terms').find((x) => x && x.term === t.term) : undefined;
  };
  const done = (message: string): EditOutcome => {
    let out = JSON.stringify(data, null, indent) + '\n';
    if (eol !== '\n') out = out.replace(/\n/g, eol);
    return { text: out, changed: true, message };
  };
  switch (op.op) {
    case 'addCategory':
      if (!ensureCategory(op.id, op.label, op.color, op.description)) return same(text, `Category "${op.id}" is already in the codebook.`);
      return done(`Added the category "${op.id}".`);
    case 'addTerm': {
      const existing = findTerm(cb, op.term);
      if (existing && existing.category === op.category) return same(text, `"${op.term}" is already a ${op.category} term.`);
      ensureCategory(op.category, op.categoryLabel);
      if (existing) {
        termObj(op.term)!.category = op.category;
        return done(`Moved "${existing.term}" to ${op.category}.`);
      }
      list('terms').push({ term: op.term, category: op.category });
      return done(`Added "${op.term}" to ${op.category}.`);
    }
    case 'addAlias': {
      const o = entityObj(op.entity);
      if (o) {
        const e = findEntity(cb, op.entity)!;
        if (fold(e.name) === fold(op.alias) || e.aliases.some((a) => fold(a) === fold(op.alias))) return same(text, `"${op.alias}" is already a name of ${e.name}.`);
        o.aliases = [...(Array.isArray(o.aliases) ? o.aliases : []), op.alias];
        return done(`"${op.alias}" is now an alias of ${e.name}.`);
      }
      list('entities').push({ name: op.entity, ...(op.type ? { type: op.type } : {}), aliases: [op.alias] });
      return done(`Added ${op.entity} with the alias "${op.alias}".`);
    }
    case 'ignore':
      if (cb.ignore.some((w) => fold(w) === fold(op.term))) return same(text, `"${op.term}" is already ignored.`);
      data.ignore = [...(Array.isArray(data.ignore) ? data.ignore : []), op.term];
      return done(`"${op.term}" is ignored.`);
    case 'setNote': {
      const { kind, name } = op.target;
      const note = op.note.trim();
      let o: Json | undefined;
      if (kind === 'entity') {
        o = entityObj(name);
        if (!o) list('entities').push((o = { name, ...(op.target.type ? { type: op.target.type } : {}) }));
      } else if (kind === 'term') {
        o = termObj(name);
        if (!o) {
          const category = op.target.category ?? 'keyword';
          ensureCategory(category);
          list('terms').push((o = { term: name, category }));
        }
      } else {
        ensureCategory(name);
        o = list('categories').find((c) => c.id === name)!;
      }
      if (!note) {
        if (!('note' in o)) return same(text, `No note on ${name}.`);
        delete o.note;
        return done(`Removed the note on ${name}.`);
      }
      if (o.note === note) return same(text, `The note on ${name} is unchanged.`);
      o.note = note;
      return done(`Saved the note on ${name}.`);
    }
    case 'renameEntity': {
      const newName = op.newName.trim();
      if (!newName) throw new CodebookEditError('The new name is empty.');
      const o = entityObj(op.entity);
      if (o) {
        const e = findEntity(cb, op.entity)!;
        if (e.name === newName) return same(text, `${e.name} is already its name.`);
        o.name = newName;
        const aliases = e.aliases.filter((a) => fold(a) !== fold(newName));
        if (fold(e.name) !== fold(newName) && !aliases.some((a) => fold(a) === fold(e.name))) aliases.push(e.name);
        o.aliases = aliases;
        return done(`Renamed ${e.name} to ${newName}.`);
      }
      list('entities').push({ name: newName, ...(op.type ? { type: op.type } : {}), ...(fold(op.entity) !== fold(newName) ? { aliases: [op.entity] } : {}) });
      return done(`Added ${newName}.`);
    }
  }
}

/** A new, empty codebook's text, with a comment that says what it is. */
export function newCodebookText(json: boolean): string {
  if (json) return '{\n  "categories": [],\n  "terms": [],\n  "entities": [],\n  "ignore": []\n}\n';
  return '# Discourse Lens codebook: categories, terms, entities (with aliases and notes) and words to ignore.\n';
}
