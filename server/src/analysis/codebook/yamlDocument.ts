/**
 * The codebook document over the `yaml` Document model: the user's comments, key order and the
 * formatting of untouched entries are kept. New lists of strings are written inline
 * (`aliases: [Lavrov]`), notes with several lines as block literals.
 */
import { Document, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { CodebookDocument, CodebookEntry, CodebookList, EntryField } from './document';
import { keepFormatting } from './keepFormatting';

const STRINGIFY = { flowCollectionPadding: false, lineWidth: 0 } as const;

export function yamlCodebookDocument(text: string): CodebookDocument {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  const root = doc.contents as unknown as YAMLMap;
  const list = (key: CodebookList): YAMLSeq => {
    const s: unknown = root.get(key, true);
    if (isSeq(s)) return s;
    const fresh = doc.createNode([]) as YAMLSeq;
    root.set(key, fresh);
    return fresh;
  };
  return {
    find(key, match) {
      const s = root.get(key, true);
      if (!isSeq(s)) return undefined;
      for (const item of s.items) if (isMap(item) && match(yamlEntry(doc, item))) return yamlEntry(doc, item);
      return undefined;
    },
    append(key, fields) {
      const m = doc.createNode({}) as YAMLMap;
      for (const [k, v] of Object.entries(fields)) if (v !== undefined) m.set(k, typeof v === 'string' ? stringNode(doc, v) : inlineList(doc, v));
      list(key).items.push(m);
      return yamlEntry(doc, m);
    },
    appendValue(key, value) {
      const cur = root.get(key, true);
      if (isSeq(cur)) cur.items.push(doc.createNode(value));
      else root.set(key, inlineList(doc, [value]));
    },
    toString() {
      // The untouched document as the library prints it: lines equal to it keep the user's exact text.
      const base = parseDocument(text).toString(STRINGIFY);
      return keepFormatting(text, base, doc.toString(STRINGIFY));
    },
  };
}

function yamlEntry(doc: Document, m: YAMLMap): CodebookEntry {
  return {
    get(field) {
      const v = m.get(field);
      return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    },
    has: (field) => m.has(field),
    set(field, value) {
      const old = m.get(field, true);
      if (isScalar(old)) {
        // The scalar node stays: its comments and quoting are kept.
        old.value = value;
        if (value.includes('\n')) old.type = Scalar.BLOCK_LITERAL;
      } else m.set(field, stringNode(doc, value));
    },
    delete: (field) => void m.delete(field),
    append(field, value) {
      const cur = m.get(field, true);
      if (isSeq(cur)) cur.items.push(doc.createNode(value));
      else m.set(field, inlineList(doc, [value]));
    },
    removeValues(field, match) {
      const cur = m.get(field, true);
      if (isSeq(cur)) cur.items = cur.items.filter((i) => !(isScalar(i) && match(String(i.value))));
    },
  };
}

function stringNode(doc: Document, value: string): Scalar {
  const scalar = doc.createNode(value) as Scalar;
  if (value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
  return scalar;
}

function inlineList(doc: Document, values: readonly EntryField[]): YAMLSeq {
  const s = doc.createNode([...values]) as YAMLSeq;
  s.flow = true;
  return s;
}
