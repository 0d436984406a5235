/**
 * The codebook document over JSON: edited as data, printed with the file's indentation and line
 * endings; lines the edit did not reach keep their original text (keepFormatting).
 */
import type { CodebookDocument, CodebookEntry, CodebookList } from './document';
import { keepFormatting } from './keepFormatting';

type Json = Record<string, unknown>;

/** Throws a SyntaxError when `text` is not JSON. */
export function jsonCodebookDocument(text: string): CodebookDocument {
  const parse = (): Json => {
    const v: unknown = text.trim() ? JSON.parse(text) : {};
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
  };
  const data = parse();
  const indent = /^(\s+)"/m.exec(text)?.[1].replace(/\r?\n/g, '') || '  ';
  const print = (value: Json) => JSON.stringify(value, null, indent) + '\n';
  const list = (key: CodebookList): unknown[] => {
    if (!Array.isArray(data[key])) data[key] = [];
    return data[key] as unknown[];
  };
  return {
    find(key, match) {
      const items = data[key];
      if (!Array.isArray(items)) return undefined;
      for (const item of items) if (isObject(item) && match(jsonEntry(item))) return jsonEntry(item);
      return undefined;
    },
    append(key, fields) {
      const o: Json = {};
      for (const [k, v] of Object.entries(fields)) if (v !== undefined) o[k] = typeof v === 'string' ? v : [...v];
      list(key).push(o);
      return jsonEntry(o);
    },
    appendValue(key, value) {
      list(key).push(value);
    },
    toString() {
      // Both printed with \n; keepFormatting restores the file's CRLF.
      return keepFormatting(text, print(parse()), print(data), false);
    },
  };
}

function isObject(v: unknown): v is Json {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function jsonEntry(o: Json): CodebookEntry {
  return {
    get(field) {
      const v = o[field];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    },
    has: (field) => field in o,
    set(field, value) {
      o[field] = value;
    },
    delete(field) {
      delete o[field];
    },
    append(field, value) {
      o[field] = [...(Array.isArray(o[field]) ? (o[field] as unknown[]) : []), value];
    },
    removeValues(field, match) {
      const cur = o[field];
      if (Array.isArray(cur)) o[field] = cur.filter((v) => !(typeof v === 'string' && match(v)));
    },
  };
}
