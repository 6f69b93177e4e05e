// A small tag scanner for the XML inside OOXML and ODF packages: it reports start tags, end
// tags and text, nothing more. It is not an XML parser: no validation, no namespaces (handlers
// look at local names), no DTDs. Entities: the five predefined ones and numeric references;
// anything else stays as written (so no entity expansion, no "billion laughs").

export interface XmlHandler {
  /** A start tag; `local` is the name without prefix (`w:t` → `t`); `attrs` is the raw attribute text. */
  open(local: string, attrs: string, selfClosing: boolean): void;
  close(local: string): void;
  /** Character data with entities decoded (CDATA sections too). */
  text(text: string): void;
}

const NAMED: { [k: string]: string } = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (m: string, body: string) => {
    if (body.charAt(0) === "#") {
      const code = body.charAt(1) === "x" || body.charAt(1) === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return m;
      if (code < 0x10000) return String.fromCharCode(code);
      const c = code - 0x10000;
      return String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
    }
    return NAMED.hasOwnProperty(body) ? NAMED[body] : m;
  });
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/**
 * The value of an attribute. `name` without a prefix matches the local name under any prefix or
 * none (`t` matches `t`); `*:id` matches `id` only with some prefix (`r:id`, not `id`).
 */
export function attr(attrs: string, name: string): string | undefined {
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  const anyPrefix = name.indexOf("*:") === 0;
  const want = anyPrefix ? name.slice(2) : name;
  while ((m = re.exec(attrs))) {
    const q = m[1];
    const prefixed = q.indexOf(":") >= 0;
    const match = anyPrefix ? prefixed && localName(q) === want : q === want || localName(q) === want;
    if (match) return decodeEntities(m[3] !== undefined ? m[3] : m[4]);
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export function scanXml(xml: string, h: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  // Where the next '[' is (-2: not searched yet, -1: none). Searching from every "<!" to the end
  // of the part made a part of many short declarations quadratic: minutes for a few megabytes.
  let nextBracket = -2;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) h.text(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) return;
    i = lt;
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) return;
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i + 9);
      if (end < 0) return;
      h.text(xml.slice(i + 9, end));
      i = end + 3;
    } else if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i + 2);
      if (end < 0) return;
      i = end + 2;
    } else if (xml.startsWith("<!", i)) {
      // DOCTYPE and friends, with an optional internal subset in brackets: skipped, never used.
      if (nextBracket !== -1 && nextBracket < i) nextBracket = xml.indexOf("[", i);
      const bracket = nextBracket;
      const gt = xml.indexOf(">", i);
      if (gt < 0) return;
      if (bracket >= 0 && bracket < gt) {
        const end = xml.indexOf("]", bracket);
        const close = end < 0 ? -1 : xml.indexOf(">", end);
        if (close < 0) return;
        i = close + 1;
      } else i = gt + 1;
    } else if (xml.charCodeAt(i + 1) === 47 /* / */) {
      const gt = xml.indexOf(">", i + 2);
      if (gt < 0) return;
      h.close(localName(xml.slice(i + 2, gt).trim()));
      i = gt + 1;
    } else {
      // Start tag: find its end, skipping '>' inside quoted attribute values.
      let j = i + 1;
      let quote = 0;
      for (; j < n; j++) {
        const c = xml.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62 /* > */) break;
      }
      if (j >= n) return;
      let nameEnd = i + 1;
      while (nameEnd < j && !isSpace(xml.charCodeAt(nameEnd)) && xml.charCodeAt(nameEnd) !== 47) nameEnd++;
      const selfClosing = xml.charCodeAt(j - 1) === 47;
      const name = localName(xml.slice(i + 1, nameEnd));
      const attrs = xml.slice(nameEnd, selfClosing ? j - 1 : j);
      h.open(name, attrs, selfClosing);
      if (selfClosing) h.close(name);
      i = j + 1;
    }
  }
}
