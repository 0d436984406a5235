/**
 * Import of a REFI-QDA project (`.qdpx`) from another program: each text source is matched to a
 * workspace article (same text; else same text up to line endings and spacing; else same file
 * name), and each of its coded segments becomes a coding of the user who made it, with the
 * selection's note as the memo. Offsets are character (code point) offsets in QDA-XML; they are
 * converted to UTF-16 in the program's text, then re-anchored in the workspace's text by quote.
 */
import { strFromU8, unzipSync } from 'fflate';
import { slugId } from '../export/qdc';
import { XmlElement, childNamed, childrenNamed, parseXml } from '../export/xmlRead';
import { anchorCoding } from './anchor';
import { AnchoredCoding, newCoding } from './model';

export interface WorkspaceArticle {
  /** Path relative to the workspace (the codings' `source`). */
  readonly source: string;
  readonly text: string;
}

export interface KnownCategory {
  readonly id: string;
  readonly label: string;
}

export interface QdpxImport {
  readonly codings: AnchoredCoding[];
  /** Codes of the project that are not categories of the codebook yet. */
  readonly newCategories: { id: string; label: string; color?: string; description?: string }[];
  /** Sources matched to no article (by their name in the project). */
  readonly unmatchedSources: string[];
  readonly problems: string[];
}

const normalise = (s: string) => s.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim();
const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;
const stem = (p: string) => baseName(p).replace(/\.[^.]*$/, '').toLowerCase();

/** UTF-16 offset of code point offset `cp` in `text`. */
export function utf16Offset(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

export function importQdpx(bytes: Uint8Array, articles: readonly WorkspaceArticle[], known: readonly KnownCategory[], now = new Date().toISOString()): QdpxImport {
  const files = unzipSync(bytes);
  const entry = (name: string) => {
    const want = name.toLowerCase();
    const k = Object.keys(files).find((f) => f.toLowerCase() === want);
    return k ? strFromU8(files[k]) : undefined;
  };
  const qde = entry('project.qde');
  if (qde === undefined) throw new Error('no project.qde in the package');
  const project = parseXml(qde);
  if (project.name !== 'Project') throw new Error(`the root element is ${project.name}, not Project`);
  const problems: string[] = [];
  const internal = (p: string | undefined) => (p?.startsWith('internal://') ? entry(`sources/${p.slice('internal://'.length)}`) : undefined);

  const users = new Map<string, string>();
  for (const u of childrenNamed(childNamed(project, 'Users'), 'User')) users.set(u.attrs.guid, u.attrs.name || u.attrs.id || u.attrs.guid);
  const notes = new Map<string, string>();
  for (const n of childrenNamed(childNamed(project, 'Notes'), 'Note')) {
    const text = childNamed(n, 'PlainTextContent')?.text ?? internal(n.attrs.plainTextPath);
    if (text?.trim()) notes.set(n.attrs.guid, text.trim());
  }

  // Codes: a code whose name is a category's label or id is that category; others are new.
  const byLabel = new Map<string, string>();
  for (const k of known) {
    byLabel.set(k.label.toLowerCase(), k.id);
    byLabel.set(k.id.toLowerCase(), k.id);
  }
  const codeId = new Map<string, string>();
  const newCategories: QdpxImport['newCategories'] = [];
  const visit = (code: XmlElement) => {
    const name = (code.attrs.name ?? '').trim();
    if (name) {
      let id = byLabel.get(name.toLowerCase());
      if (!id) {
        id = slugId(name);
        for (let k = 2; byLabel.has(id) && !newCategories.some((c) => c.id === id); k++) id = `${slugId(name)}-${k}`;
        const description = childNamed(code, 'Description')?.text.trim();
        newCategories.push({ id, label: name, ...(code.attrs.color ? { color: code.attrs.color } : {}), ...(description ? { description } : {}) });
        byLabel.set(name.toLowerCase(), id);
        byLabel.set(id, id);
      }
      codeId.set(code.attrs.guid, id);
    }
    childrenNamed(code, 'Code').forEach(visit);
  };
  childrenNamed(childNamed(childNamed(project, 'CodeBook'), 'Codes'), 'Code').forEach(visit);

  const exact = new Map(articles.map((a) => [a.text, a]));
  const loose = new Map(articles.map((a) => [normalise(a.text), a]));
  const codings: AnchoredCoding[] = [];
  const unmatchedSources: string[] = [];
  const usedCodes = new Set<string>();
  for (const s of childrenNamed(childNamed(project, 'Sources'), 'TextSource')) {
    const name = s.attrs.name ?? s.attrs.guid;
    const text = childNamed(s, 'PlainTextContent')?.text ?? internal(s.attrs.plainTextPath);
    if (text === undefined) {
      problems.push(`source ${name}: its text is not in the package`);
      continue;
    }
    const article = exact.get(text) ?? loose.get(normalise(text)) ?? articles.find((a) => stem(a.source) === stem(name));
    if (!article) {
      unmatchedSources.push(name);
      continue;
    }
    for (const sel of childrenNamed(s, 'PlainTextSelection')) {
      const start = utf16Offset(text, Number(sel.attrs.startPosition));
      const end = utf16Offset(text, Number(sel.attrs.endPosition));
      if (!(end > start)) continue;
      const memo = [...childrenNamed(sel, 'NoteRef'), ...childrenNamed(sel, 'Coding').flatMap((c) => childrenNamed(c, 'NoteRef'))]
        .map((r) => notes.get(r.attrs.targetGUID))
        .filter((x): x is string => !!x)
        .join('\n\n');
      for (const c of childrenNamed(sel, 'Coding')) {
        const code = codeId.get(childNamed(c, 'CodeRef')?.attrs.targetGUID ?? '');
        if (!code) {
          problems.push(`source ${name}: a coding refers to an unknown code`);
          continue;
        }
        usedCodes.add(code);
        const user = c.attrs.creatingUser ?? sel.attrs.creatingUser;
        const coder = (user && users.get(user)) || 'imported';
        const created = c.attrs.creationDateTime ?? sel.attrs.creationDateTime ?? now;
        // The coding in the program's text, then found again in the workspace's text.
        const inSource = newCoding({ source: article.source, text, start, end, code, coder, memo: memo || undefined, now: created });
        const anchored = anchorCoding(inSource, article.text);
        if (anchored.orphaned) problems.push(`source ${name}: the passage ${JSON.stringify(text.slice(start, end).slice(0, 60))} is not in ${article.source}; not imported`);
        else codings.push(anchored);
      }
    }
  }
  return { codings, newCategories: newCategories.filter((c) => usedCodes.has(c.id)), unmatchedSources, problems };
}
