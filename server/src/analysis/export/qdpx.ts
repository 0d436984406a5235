/**
 * REFI-QDA project export (QDA-XML 1.0, `urn:QDA-XML:project:1.0`): a `.qdpx` zip holding
 * `project.qde` and `sources/<guid>.txt`, importable by ATLAS.ti, MAXQDA, NVivo and QualCoder.
 *
 * - Codes: "Entities" › entity type › entity, and "Terms" › category › term (the categories of
 *   the codebook and the built-in rhetoric categories, with their colours).
 * - Each mention is a coded segment: a `PlainTextSelection` whose start/end positions are
 *   *character* (Unicode code point) offsets into the source file, as the standard says;
 *   mentions of the same span share one selection with several codings.
 * - The analysts' manual codings (analysis/codings) are segments too, one per coding, made by
 *   their coder (a `User`), with their dates; a coding's memo is a note referenced from it.
 * - The analyst's notes become memos (`Notes/Note`, with a date and a text file in the package),
 *   referenced from the code they are about and repeated in its `Description`.
 * - Code names are unique in the project and a source is named by its file name (QDA programs
 *   key codes and sources by name).
 * - GUIDs are deterministic (see guid.ts) and the zip has fixed timestamps: the same corpus
 *   gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { deterministicGuid } from './guid';
import type { ExportCategory, ExportCoding, ExportInput, ExportMention } from './model';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

const ENTITY_TYPE_COLORS: Record<string, string> = {
  person: '#1f77b4',
  place: '#2ca02c',
  organization: '#9467bd',
  group: '#8c564b',
  date: '#7f7f7f',
  event: '#e377c2',
};

export interface QdpxProject {
  /** project.qde */
  readonly xml: string;
  /** Zip entry name (`sources/<guid>.txt`) → text. */
  readonly sources: ReadonlyMap<string, string>;
}

/** XML-escapes text for element content or a double-quoted attribute, dropping characters XML 1.0 forbids. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** Element text: like xmlEscape but keeps line breaks and tabs as they are. */
export function xmlText(s: string): string {
  return xmlEscape(s).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t').replace(/&#13;/g, '\r');
}

/** Converts UTF-16 offsets (ascending or not) to Unicode code point offsets in `text`. */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (o) => o;
  // prefix[i] = code points before UTF-16 offset i
  const prefix = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = cp;
    const c = text.charCodeAt(i);
    const low = c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (!low) cp++;
  }
  prefix[text.length] = cp;
  return (o) => prefix[Math.max(0, Math.min(text.length, o))];
}

export function rgb(color: string | undefined): string | undefined {
  const m = color && /^#([0-9a-fA-F]{6})(?:[0-9a-fA-F]{2})?$/.exec(color);
  return m ? `#${m[1].toUpperCase()}` : undefined;
}

/**
 * Names made unique (case-insensitively): a repeated name gets its qualifier (`junta (keyword)`)
 * or a number. QDA programs key codes by name (QualCoder merges two codes of the same name and
 * loses one's codings), so no two codes of a project share a name.
 */
export function uniqueNames(names: readonly string[], qualifiers: readonly (string | undefined)[] = [], taken = new Set<string>()): string[] {
  return names.map((name, i) => {
    let n = name;
    if (taken.has(n.toLowerCase()) && qualifiers[i]) n = `${name} (${qualifiers[i]})`;
    for (let k = 2; taken.has(n.toLowerCase()); k++) n = `${name} (${k})`;
    taken.add(n.toLowerCase());
    return n;
  });
}

/** A file URI's or path's last segment, decoded: the source's name in the QDA program. */
export function sourceName(uri: string, fallback: string): string {
  const last = uri.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last) || fallback;
  } catch {
    return last || fallback;
  }
}

const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const dateAttr = (name: string, value: string | undefined) => (value && ISO_DATE_TIME.test(value) ? ` ${name}="${value}"` : '');

interface CodeNode {
  readonly guid: string;
  name: string;
  /** Disambiguates a repeated name (the parent's or the kind's name). */
  readonly qualifier?: string;
  readonly codable: boolean;
  readonly color?: string;
  readonly description?: string;
  readonly notes: string[];
  /** Memo texts, also written into the code's Description (programs that show no notes on codes). */
  readonly memos: string[];
  readonly children: CodeNode[];
}

interface NoteOut {
  readonly guid: string;
  readonly name: string;
  readonly text: string;
  readonly user: string;
  readonly created: string;
}

export function buildQdpxProject(input: ExportInput): QdpxProject {
  const ns = `discourse-lens:${input.name ?? 'corpus'}`;
  const guid = (kind: string, name: string) => deterministicGuid(ns, `${kind}:${name}`);
  const userGuid = guid('user', 'Discourse Lens');
  const markers = input.markers !== false;
  const entities = markers ? input.entities : [];
  const terms = markers ? input.terms : [];
  const mentions = markers ? input.mentions : [];
  const codings = input.codings ?? [];
  const stampDate = input.createdAt && ISO_DATE_TIME.test(input.createdAt) ? input.createdAt : ZIP_TIME.toISOString();

  // ---- users: the tool, then every coder
  const coderGuid = new Map<string, string>();
  for (const c of [...new Set(codings.map((c) => c.coder))].sort()) coderGuid.set(c, guid('user', `coder:${c}`));

  // ---- codes
  const codeOf = new Map<string, CodeNode>(); // entity/term id, `category:<id>` → code
  const node = (kind: string, name: string, codable: boolean, color?: string, description?: string, qualifier?: string): CodeNode => ({
    guid: guid(kind, name),
    name,
    qualifier,
    codable,
    color: rgb(color),
    description,
    notes: [],
    memos: [],
    children: [],
  });
  const roots: CodeNode[] = [];
  if (entities.length) {
    const root = node('root', 'Entities', false);
    const byType = new Map<string, CodeNode>();
    for (const e of [...entities].sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name))) {
      let t = byType.get(e.type);
      if (!t) {
        t = node('entityType', e.type, true, ENTITY_TYPE_COLORS[e.type]);
        byType.set(e.type, t);
        root.children.push(t);
      }
      const c = node('entity', e.id, true, ENTITY_TYPE_COLORS[e.type], e.aliases.length > 1 ? `Also: ${e.aliases.filter((a) => a !== e.name).join('; ')}` : undefined, e.type);
      c.name = e.name;
      t.children.push(c);
      codeOf.set(e.id, c);
    }
    roots.push(root);
  }
  const categories = new Map<string, ExportCategory>(input.categories.map((c) => [c.id, c]));
  if (terms.length || input.categories.length || codings.length) {
    const root = node('root', 'Terms', false);
    const byCategory = new Map<string, CodeNode>();
    const categoryNode = (id: string) => {
      let c = byCategory.get(id);
      if (!c) {
        const info = categories.get(id);
        c = node('category', id, true, info?.color, info?.description, 'category');
        c.name = info?.label ?? id;
        byCategory.set(id, c);
        root.children.push(c);
        codeOf.set(`category:${id}`, c);
      }
      return c;
    };
    for (const c of input.categories) categoryNode(c.id);
    for (const c of codings) categoryNode(c.code);
    for (const t of [...terms].sort((a, b) => a.category.localeCompare(b.category) || a.label.localeCompare(b.label))) {
      const parent = categoryNode(t.category);
      const c = node('term', t.id, true, parent.color, undefined, t.kind === 'keyword' ? 'keyword' : parent.name);
      c.name = t.label;
      parent.children.push(c);
      codeOf.set(t.id, c);
    }
    if (root.children.length) roots.push(root);
  }
  // Unique names across the whole tree (depth-first, so a top-level code keeps its plain name).
  const all: CodeNode[] = [];
  const walk = (c: CodeNode) => {
    all.push(c);
    c.children.forEach(walk);
  };
  roots.forEach(walk);
  uniqueNames(all.map((c) => c.name), all.map((c) => c.qualifier)).forEach((n, i) => (all[i].name = n));

  // ---- notes (memos): the codebook's notes on codes, and the coders' memos on codings
  const notes: NoteOut[] = [];
  for (const n of input.notes) {
    if (!n.note.trim()) continue;
    const g = guid('note', `${n.kind}:${n.id}`);
    notes.push({ guid: g, name: `${n.kind === 'category' ? 'Category' : n.kind === 'entity' ? 'Entity' : 'Term'}: ${n.label}`, text: n.note, user: userGuid, created: stampDate });
    const code = codeOf.get(n.kind === 'category' ? `category:${n.id}` : n.id) ?? codeOf.get(n.id);
    code?.notes.push(g);
    code?.memos.push(n.note);
  }

  // ---- sources and coded segments
  const byDoc = new Map<string, ExportMention[]>();
  for (const m of mentions) {
    if (!codeOf.has(m.id)) continue;
    let list = byDoc.get(m.uri);
    if (!list) byDoc.set(m.uri, (list = []));
    list.push(m);
  }
  const codingsByDoc = new Map<string, ExportCoding[]>();
  for (const c of codings) {
    let list = codingsByDoc.get(c.uri);
    if (!list) codingsByDoc.set(c.uri, (list = []));
    list.push(c);
  }
  const sources = new Map<string, string>();
  const sourceXml: string[] = [];
  const docs = [...input.documents].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const sourceNames = uniqueNames(docs.map((d) => sourceName(d.uri, d.title)));
  docs.forEach((d, di) => {
    const sg = guid('source', d.uri);
    sources.set(`sources/${sg}.txt`, d.text);
    const cp = codePointOffsets(d.text);
    // Group mentions by span: one selection, several codings.
    const spans = new Map<string, { start: number; end: number; text: string; codes: string[] }>();
    for (const m of byDoc.get(d.uri) ?? []) {
      if (m.start < 0 || m.end > d.text.length || m.end <= m.start) continue;
      const key = `${m.start}:${m.end}`;
      let s = spans.get(key);
      if (!s) spans.set(key, (s = { start: m.start, end: m.end, text: d.text.slice(m.start, m.end), codes: [] }));
      const g = codeOf.get(m.id)!.guid;
      if (!s.codes.includes(g)) s.codes.push(g);
    }
    const selections: { start: number; end: number; xml: string[] }[] = [];
    for (const s of spans.values()) {
      const selGuid = guid('selection', `${d.uri}:${s.start}:${s.end}`);
      selections.push({
        start: s.start,
        end: s.end,
        xml: [
          `      <PlainTextSelection guid="${selGuid}" name="${xmlEscape(s.text.slice(0, 200))}" startPosition="${cp(s.start)}" endPosition="${cp(s.end)}" creatingUser="${userGuid}">`,
          ...s.codes.map((c) => `        <Coding guid="${guid('coding', `${selGuid}:${c}`)}" creatingUser="${userGuid}"><CodeRef targetGUID="${c}"/></Coding>`),
          '      </PlainTextSelection>',
        ],
      });
    }
    // Manual codings: one selection each, by its coder, with its memo as a note.
    for (const c of codingsByDoc.get(d.uri) ?? []) {
      if (c.start < 0 || c.end > d.text.length || c.end <= c.start) continue;
      const user = coderGuid.get(c.coder)!;
      const selGuid = guid('manualSelection', c.id);
      const code = codeOf.get(`category:${c.code}`)!;
      const dates = `${dateAttr('creationDateTime', c.created)}${c.modified ? ` modifyingUser="${user}"${dateAttr('modifiedDateTime', c.modified)}` : ''}`;
      const lines = [
        `      <PlainTextSelection guid="${selGuid}" name="${xmlEscape(d.text.slice(c.start, c.end).slice(0, 200))}" startPosition="${cp(c.start)}" endPosition="${cp(c.end)}" creatingUser="${user}"${dates}>`,
        `        <Coding guid="${guid('manualCoding', c.id)}" creatingUser="${user}"${dateAttr('creationDateTime', c.created)}><CodeRef targetGUID="${code.guid}"/></Coding>`,
      ];
      if (c.memo?.trim()) {
        const g = guid('memo', c.id);
        notes.push({ guid: g, name: `Memo: ${c.coder}, ${code.name}`, text: c.memo, user, created: c.created && ISO_DATE_TIME.test(c.created) ? c.created : stampDate });
        lines.push(`        <NoteRef targetGUID="${g}"/>`);
      }
      lines.push('      </PlainTextSelection>');
      selections.push({ start: c.start, end: c.end, xml: lines });
    }
    selections.sort((a, b) => a.start - b.start || a.end - b.end);
    const description = d.title && d.title !== sourceNames[di] ? `${d.title}\n${d.uri}` : d.uri;
    const lines = [`    <TextSource guid="${sg}" name="${xmlEscape(sourceNames[di])}" plainTextPath="internal://${sg}.txt" creatingUser="${userGuid}">`];
    lines.push(`      <Description>${xmlText(description)}</Description>`);
    for (const s of selections) lines.push(...s.xml);
    lines.push('    </TextSource>');
    sourceXml.push(lines.join('\n'));
  });
  // Notes are also files in the package (programs that read a note from its plainTextPath).
  for (const n of notes) sources.set(`sources/${n.guid}.txt`, n.text);

  const codeXml = (c: CodeNode, indent: string): string => {
    const attrs = `guid="${c.guid}" name="${xmlEscape(c.name)}" isCodable="${c.codable}"${c.color ? ` color="${c.color}"` : ''}`;
    const description = [c.description, ...c.memos].filter((x) => x?.trim()).join('\n\n');
    const inner = [
      ...(description ? [`${indent}  <Description>${xmlText(description)}</Description>`] : []),
      ...c.notes.map((n) => `${indent}  <NoteRef targetGUID="${n}"/>`),
      ...c.children.map((k) => codeXml(k, indent + '  ')),
    ];
    return inner.length ? `${indent}<Code ${attrs}>\n${inner.join('\n')}\n${indent}</Code>` : `${indent}<Code ${attrs}/>`;
  };

  const stamp = input.createdAt ? ` creationDateTime="${xmlEscape(input.createdAt)}"` : '';
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="${QDA_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="${xmlEscape(input.name ?? 'Discourse Lens corpus')}" origin="Discourse Lens" creatingUserGUID="${userGuid}"${stamp}>`,
    '  <Users>',
    `    <User guid="${userGuid}" name="Discourse Lens" id="DL"/>`,
    ...[...coderGuid].map(([name, g]) => `    <User guid="${g}" name="${xmlEscape(name)}" id="${xmlEscape(name)}"/>`),
    '  </Users>',
    ...(roots.length ? ['  <CodeBook>', '    <Codes>', ...roots.map((r) => codeXml(r, '      ')), '    </Codes>', '  </CodeBook>'] : []),
    ...(sourceXml.length ? ['  <Sources>', ...sourceXml, '  </Sources>'] : []),
    ...(notes.length
      ? [
          '  <Notes>',
          ...notes.map(
            (n) =>
              `    <Note guid="${n.guid}" name="${xmlEscape(n.name)}" plainTextPath="internal://${n.guid}.txt" creatingUser="${n.user}" creationDateTime="${n.created}">\n      <PlainTextContent>${xmlText(n.text)}</PlainTextContent>\n    </Note>`,
          ),
          '  </Notes>',
        ]
      : []),
    `  <Description>Exported by Discourse Lens: ${[markers ? 'named entities and rhetorical terms' : '', codings.length ? "the analysts' codings" : ''].filter(Boolean).join(', and ') || 'the corpus'} coded as segments.</Description>`,
    '</Project>',
    '',
  ].join('\n');
  return { xml, sources };
}

/** Fixed zip entry time: reproducible bytes. */
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');

/** The `.qdpx` file's bytes. */
export function exportQdpx(input: ExportInput): Uint8Array {
  const project = buildQdpxProject(input);
  const files: Zippable = { 'project.qde': [strToU8(project.xml), { mtime: ZIP_TIME }] };
  for (const [name, text] of project.sources) files[name] = [strToU8(text), { mtime: ZIP_TIME }];
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}
