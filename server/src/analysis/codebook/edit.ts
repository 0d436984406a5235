/**
 * Codebook edits as pure text → text functions. Each operation is written once, against the
 * CodebookDocument interface (document.ts); the YAML adapter keeps the user's comments, key order
 * and the formatting of untouched entries, the JSON adapter the key order, indentation and lines
 * the edit did not reach. An edit on a malformed file is refused, never applied.
 */
import { Codebook, findEntity, findTerm, parseCodebook } from './codebook';
import type { CodebookDocument, CodebookEntry } from './document';
import { jsonCodebookDocument } from './jsonDocument';
import { yamlCodebookDocument } from './yamlDocument';

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
  let doc: CodebookDocument;
  try {
    doc = json ? jsonCodebookDocument(text) : yamlCodebookDocument(text);
  } catch (e) {
    throw new CodebookEditError(`The codebook is not valid JSON (${(e as Error).message}); nothing was written.`);
  }
  return edit(doc, text, parsed.codebook, op);
}

/** Adds the category unless the codebook has it; true when added. */
function ensureCategory(doc: CodebookDocument, cb: Codebook, id: string, label?: string, color?: string, description?: string): boolean {
  if (cb.categories.some((c) => c.id === id)) return false;
  doc.append('categories', { id, label: label ?? humanize(id), color: color || undefined, description: description || undefined });
  return true;
}

function edit(doc: CodebookDocument, text: string, cb: Codebook, op: CodebookOperation): EditOutcome {
  const entityEntry = (name: string) => {
    const e = findEntity(cb, name);
    return e ? doc.find('entities', (m) => m.get('name') === e.name) : undefined;
  };
  const termEntry = (term: string) => {
    const t = findTerm(cb, term);
    return t ? doc.find('terms', (m) => m.get('term') === t.term) : undefined;
  };
  const done = (message: string): EditOutcome => ({ text: doc.toString(), changed: true, message });

  switch (op.op) {
    case 'addCategory': {
      if (!ensureCategory(doc, cb, op.id, op.label, op.color, op.description)) return same(text, `Category "${op.id}" is already in the codebook.`);
      return done(`Added the category "${op.id}".`);
    }
    case 'addTerm': {
      const existing = findTerm(cb, op.term);
      if (existing && existing.category === op.category) return same(text, `"${op.term}" is already a ${op.category} term.`);
      ensureCategory(doc, cb, op.category, op.categoryLabel);
      if (existing) {
        termEntry(op.term)!.set('category', op.category);
        return done(`Moved "${existing.term}" to ${op.category}.`);
      }
      doc.append('terms', { term: op.term, category: op.category });
      return done(`Added "${op.term}" to ${op.category}.`);
    }
    case 'addAlias': {
      const m = entityEntry(op.entity);
      if (m) {
        const e = findEntity(cb, op.entity)!;
        if (fold(e.name) === fold(op.alias) || e.aliases.some((a) => fold(a) === fold(op.alias))) return same(text, `"${op.alias}" is already a name of ${e.name}.`);
        m.append('aliases', op.alias);
        return done(`"${op.alias}" is now an alias of ${e.name}.`);
      }
      doc.append('entities', { name: op.entity, type: op.type || undefined, aliases: [op.alias] });
      return done(`Added ${op.entity} with the alias "${op.alias}".`);
    }
    case 'ignore': {
      if (cb.ignore.some((w) => fold(w) === fold(op.term))) return same(text, `"${op.term}" is already ignored.`);
      doc.appendValue('ignore', op.term);
      return done(`"${op.term}" is ignored.`);
    }
    case 'setNote': {
      const { kind, name } = op.target;
      const note = op.note.trim();
      let m: CodebookEntry | undefined;
      if (kind === 'entity') m = entityEntry(name) ?? doc.append('entities', { name, type: op.target.type || undefined });
      else if (kind === 'term') {
        m = termEntry(name);
        if (!m) {
          const category = op.target.category ?? 'keyword';
          ensureCategory(doc, cb, category);
          m = doc.append('terms', { term: name, category });
        }
      } else m = doc.find('categories', (c) => c.get('id') === name) ?? doc.append('categories', { id: name, label: humanize(name) });
      if (!note) {
        if (!m.has('note')) return same(text, `No note on ${name}.`);
        m.delete('note');
        return done(`Removed the note on ${name}.`);
      }
      if (m.get('note') === note) return same(text, `The note on ${name} is unchanged.`);
      m.set('note', note);
      return done(`Saved the note on ${name}.`);
    }
    case 'renameEntity': {
      const newName = op.newName.trim();
      if (!newName) throw new CodebookEditError('The new name is empty.');
      const m = entityEntry(op.entity);
      if (m) {
        const e = findEntity(cb, op.entity)!;
        if (e.name === newName) return same(text, `${e.name} is already its name.`);
        m.set('name', newName);
        // The new name is no longer an alias; the old name becomes one.
        m.removeValues('aliases', (a) => fold(a) === fold(newName));
        const aliases = e.aliases.filter((a) => fold(a) !== fold(newName));
        if (fold(e.name) !== fold(newName) && !aliases.some((a) => fold(a) === fold(e.name))) m.append('aliases', e.name);
        return done(`Renamed ${e.name} to ${newName}.`);
      }
      const renamed = fold(op.entity) !== fold(newName);
      doc.append('entities', { name: newName, type: op.type || undefined, aliases: renamed ? [op.entity] : undefined });
      return done(`Added ${newName}${renamed ? ` with the alias "${op.entity}"` : ''}.`);
    }
  }
}

function same(text: string, message: string): EditOutcome {
  return { text, changed: false, message };
}

export function humanize(id: string): string {
  const s = id.replace(/[-_]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A new, empty codebook's text, with a comment that says what it is. */
export function newCodebookText(json: boolean): string {
  if (json) return '{\n  "categories": [],\n  "terms": [],\n  "entities": [],\n  "ignore": []\n}\n';
  return '# Discourse Lens codebook: categories, terms, entities (with aliases and notes) and words to ignore.\n';
}
