/**
 * The codebook as a REFI-QDA Codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`): root
 * `CodeBook` with the `Codes` and `Sets` of QDA-XML (Project.xsd's CodeBookType and SetsType).
 * Each category is a code (name = label, colour, description and note in `Description`), the
 * codebook's terms its child codes; one set per origin (the codebook's categories, built-in ones).
 * Import reads any program's .qdc: top-level codes become categories, child codes terms.
 */
import { categoryId } from '../codebook/categoryId';
import { deterministicGuid } from './guid';
import { uniqueNames, xmlEscape, xmlText, rgb } from './qdpx';
import { XmlElement, childNamed, childrenNamed, parseXml } from './xmlRead';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export interface QdcCategory {
  readonly id: string;
  readonly label: string;
  readonly color?: string;
  readonly description?: string;
  readonly note?: string;
  readonly source?: 'builtin' | 'codebook';
}

export interface QdcTerm {
  readonly term: string;
  readonly category: string;
}

export function exportQdc(categories: readonly QdcCategory[], terms: readonly QdcTerm[] = []): string {
  const guid = (kind: string, name: string) => deterministicGuid('discourse-lens:codebook', `${kind}:${name}`);
  const names = uniqueNames(categories.map((c) => c.label));
  const lines: string[] = [];
  categories.forEach((c, i) => {
    const attrs = `guid="${guid('category', c.id)}" name="${xmlEscape(names[i])}" isCodable="true"${rgb(c.color) ? ` color="${rgb(c.color)}"` : ''}`;
    const description = [c.description, c.note].filter((x) => x?.trim()).join('\n\n');
    const children = terms.filter((t) => t.category === c.id);
    const childNames = uniqueNames(children.map((t) => t.term));
    const inner = [
      ...(description ? [`      <Description>${xmlText(description)}</Description>`] : []),
      ...children.map((t, k) => `      <Code guid="${guid('term', `${c.id}:${t.term}`)}" name="${xmlEscape(childNames[k])}" isCodable="true"${rgb(c.color) ? ` color="${rgb(c.color)}"` : ''}/>`),
    ];
    lines.push(inner.length ? `    <Code ${attrs}>\n${inner.join('\n')}\n    </Code>` : `    <Code ${attrs}/>`);
  });
  const sets: string[] = [];
  for (const [source, name] of [['codebook', 'Codebook categories'], ['builtin', 'Built-in rhetoric categories']] as const) {
    const members = categories.filter((c) => (c.source ?? 'codebook') === source);
    if (!members.length) continue;
    sets.push(`    <Set guid="${guid('set', source)}" name="${name}">`);
    for (const m of members) sets.push(`      <MemberCode targetGUID="${guid('category', m.id)}"/>`);
    sets.push('    </Set>');
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="Discourse Lens">`,
    ...(lines.length ? ['  <Codes>', ...lines, '  </Codes>'] : ['  <Codes/>']),
    ...(sets.length ? ['  <Sets>', ...sets, '  </Sets>'] : []),
    '</CodeBook>',
    '',
  ].join('\n');
}

export interface ImportedCodebook {
  readonly categories: { id: string; label: string; color?: string; description?: string }[];
  readonly terms: QdcTerm[];
}

/** A category id from a code's name. */
export function slugId(name: string): string {
  return categoryId(name, 'code');
}

/** Reads a `.qdc` (or the CodeBook of a project.qde). Throws XmlError on malformed XML. */
export function importQdc(xml: string): ImportedCodebook {
  const root = parseXml(xml);
  const book = root.name === 'CodeBook' ? root : childNamed(root, 'CodeBook');
  if (!book) throw new Error('no CodeBook element');
  return codebookFromCodes(childrenNamed(childNamed(book, 'Codes'), 'Code'));
}

/** Top-level codes → categories (unique ids), every code below them → a term of that category. */
export function codebookFromCodes(codes: readonly XmlElement[]): ImportedCodebook {
  const categories: ImportedCodebook['categories'] = [];
  const terms: QdcTerm[] = [];
  const ids = new Set<string>();
  for (const code of codes) {
    const label = (code.attrs.name ?? '').trim();
    if (!label) continue;
    let id = slugId(label);
    for (let k = 2; ids.has(id); k++) id = `${slugId(label)}-${k}`;
    ids.add(id);
    const description = childNamed(code, 'Description')?.text.trim();
    categories.push({ id, label, ...(code.attrs.color ? { color: code.attrs.color } : {}), ...(description ? { description } : {}) });
    const visit = (e: XmlElement) => {
      for (const child of childrenNamed(e, 'Code')) {
        const term = (child.attrs.name ?? '').trim();
        if (term) terms.push({ term, category: id });
        visit(child);
      }
    };
    visit(code);
  }
  return { categories, terms };
}
