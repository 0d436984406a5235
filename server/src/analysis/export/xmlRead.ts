/**
 * A small, strict-enough XML reader for REFI-QDA files (project.qde, .qdc): elements, attributes,
 * text, CDATA; comments, processing instructions and the doctype are skipped. Namespaces are
 * dropped from names (`qda:Code` → `Code`): QDA-XML uses one namespace. No entity expansion
 * beyond the five predefined entities and character references (no external entities).
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated text directly inside the element. */
  text: string;
}

export class XmlError extends Error {}

const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });

const START_TAG = /<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

const localName = (n: string) => n.slice(n.indexOf(':') + 1);

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  const fail = (m: string): never => {
    throw new XmlError(`${m} at character ${i}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const top = stack[stack.length - 1];
    if (lt < 0) {
      if (xml.slice(i).trim()) top.text += decode(xml.slice(i));
      break;
    }
    if (lt > i) top.text += decode(xml.slice(i, lt));
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const e = xml.indexOf('-->', i);
      if (e < 0) fail('unclosed comment');
      i = e + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const e = xml.indexOf(']]>', i);
      if (e < 0) fail('unclosed CDATA');
      top.text += xml.slice(i + 9, e);
      i = e + 3;
    } else if (xml.startsWith('<?', i)) {
      const e = xml.indexOf('?>', i);
      if (e < 0) fail('unclosed processing instruction');
      i = e + 2;
    } else if (xml.startsWith('<!', i)) {
      const e = xml.indexOf('>', i);
      if (e < 0) fail('unclosed declaration');
      i = e + 1;
    } else if (xml.startsWith('</', i)) {
      const e = xml.indexOf('>', i);
      if (e < 0) fail('unclosed end tag');
      const name = localName(xml.slice(i + 2, e).trim());
      if (stack.length < 2 || top.name !== name) fail(`unexpected </${name}>`);
      stack.pop();
      i = e + 1;
    } else {
      START_TAG.lastIndex = i;
      const m = START_TAG.exec(xml);
      if (!m) fail('malformed start tag');
      const attrs: Record<string, string> = {};
      for (const a of m![2].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1].startsWith('xmlns')) continue;
        attrs[localName(a[1])] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name: localName(m![1]), attrs, children: [], text: '' };
      top.children.push(el);
      if (!m![3]) stack.push(el);
      i += m![0].length;
    }
  }
  if (stack.length !== 1) fail(`<${stack[stack.length - 1].name}> is not closed`);
  const doc = root.children[0];
  if (!doc || root.children.length > 1) throw new XmlError('not one root element');
  return doc;
}

/** Children named `name` (direct). */
export const childrenNamed = (e: XmlElement | undefined, name: string): XmlElement[] => (e ? e.children.filter((c) => c.name === name) : []);
export const childNamed = (e: XmlElement | undefined, name: string): XmlElement | undefined => e?.children.find((c) => c.name === name);
