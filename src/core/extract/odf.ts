// Text of OpenDocument text (odt) and spreadsheet (ods) files: content.xml for the body and
// styles.xml for page headers and footers, read with fflate under the budget (zipread.ts) and
// the tag scanner in xml.ts.
// - Text: character data inside text:p / text:h (spans, links, notes included); text:s with
//   text:c → that many spaces, text:tab → a space, text:line-break → a newline; a paragraph
//   ends with a newline.
// - ods: a segment per table:table (`sheet <name>`), a row per line, cells separated by tabs;
//   repeated rows and cells (table:number-*-repeated) are written out up to 100 times, empty
//   rows and trailing empty cells dropped.
// - A package with encryption data in its manifest is `encrypted`.
// Not read: text in drawings' embedded objects (Object N/), charts, flat ODF (.fodt) files.

import { bytesToText } from "../text/decode";
import { checkDeadline, ExtractContext, Extracted, ExtractError, REASON } from "./budget";
import { attr, scanXml } from "./xml";
import { checkArchive, listZip, looksLikeZip, readEntries, ZipEntry } from "./zipread";

export type OdfKind = "odt" | "ods";

const MAX_REPEAT = 100;
const HEADER = /^(header|header-left|header-first)$/;
const FOOTER = /^(footer|footer-left|footer-first)$/;

/** Paragraph-level text: collects character data inside p/h, with ODF's space, tab and break elements. */
class ParagraphText {
  private depth = 0;
  readonly out: string[] = [];
  open(local: string, attrs: string, selfClosing: boolean): void {
    if (local === "p" || local === "h") {
      if (!selfClosing) this.depth++;
      else this.out.push("\n");
    } else if (!this.depth) return;
    else if (local === "s") {
      const c = parseInt(attr(attrs, "c") || "1", 10);
      this.out.push(" ".repeat(c > 0 && c <= MAX_REPEAT ? c : 1));
    } else if (local === "tab") this.out.push(" ");
    else if (local === "line-break") this.out.push("\n");
  }
  close(local: string): void {
    if ((local === "p" || local === "h") && this.depth) {
      this.depth--;
      this.out.push("\n");
    }
  }
  text(t: string): void {
    if (this.depth) this.out.push(t);
  }
  take(): string {
    const s = this.out.join("");
    this.out.length = 0;
    return s;
  }
}

/** The text of a document body (odt content.xml). */
export function odfText(xml: string): string {
  const p = new ParagraphText();
  let inBody = 0;
  scanXml(xml, {
    open(local, attrs, selfClosing) {
      if (local === "body" && !selfClosing) inBody++;
      else if (inBody) p.open(local, attrs, selfClosing);
    },
    close(local) {
      if (local === "body") inBody = Math.max(0, inBody - 1);
      else if (inBody) p.close(local);
    },
    text(t) {
      if (inBody) p.text(t);
    },
  });
  return p.take();
}

/** Page headers and footers from styles.xml. */
export function odfHeadersFooters(xml: string): { header: string; footer: string } {
  const header = new ParagraphText();
  const footer = new ParagraphText();
  let cur: ParagraphText | null = null;
  let curName = "";
  scanXml(xml, {
    open(local, attrs, selfClosing) {
      if (!cur && !selfClosing && (HEADER.test(local) || FOOTER.test(local))) {
        cur = HEADER.test(local) ? header : footer;
        curName = local;
      } else if (cur) cur.open(local, attrs, selfClosing);
    },
    close(local) {
      if (cur && local === curName) cur = null;
      else if (cur) cur.close(local);
    },
    text(t) {
      if (cur) cur.text(t);
    },
  });
  return { header: header.take(), footer: footer.take() };
}

function repeat(attrs: string, name: string): number {
  const n = parseInt(attr(attrs, name) || "1", 10);
  return n > 1 ? Math.min(n, MAX_REPEAT) : 1;
}

/** The sheets of a spreadsheet (ods content.xml): name and rows → lines, cells → tabs. */
export function odsSheets(xml: string): { name: string; text: string }[] {
  const sheets: { name: string; text: string }[] = [];
  let sheet: { name: string; lines: string[] } | null = null;
  let row: string[] | null = null;
  let rowRepeat = 1;
  let cell: ParagraphText | null = null;
  let cellRepeat = 1;
  const endCell = () => {
    if (!cell || !row) return;
    const text = cell.take().replace(/\s+/g, " ").trim();
    for (let i = 0; i < cellRepeat; i++) row.push(text);
    cell = null;
  };
  const endRow = () => {
    if (!row || !sheet) return;
    while (row.length && row[row.length - 1] === "") row.pop();
    if (row.length) for (let i = 0; i < rowRepeat; i++) sheet.lines.push(row.join("\t"));
    row = null;
  };
  const endSheet = () => {
    if (!sheet) return;
    sheets.push({ name: sheet.name, text: sheet.lines.join("\n") });
    sheet = null;
  };
  scanXml(xml, {
    open(local, attrs, selfClosing) {
      if (cell) {
        cell.open(local, attrs, selfClosing);
        return;
      }
      if (local === "table" && !sheet) {
        sheet = { name: attr(attrs, "name") || "", lines: [] };
        if (selfClosing) endSheet();
      } else if (!sheet) return;
      else if (local === "table-row") {
        row = [];
        rowRepeat = repeat(attrs, "number-rows-repeated");
        if (selfClosing) endRow();
      } else if ((local === "table-cell" || local === "covered-table-cell") && row) {
        cell = new ParagraphText();
        cellRepeat = repeat(attrs, "number-columns-repeated");
        if (selfClosing) endCell();
      }
    },
    close(local) {
      if (cell && (local === "table-cell" || local === "covered-table-cell")) endCell();
      else if (cell) cell.close(local);
      else if (local === "table-row") endRow();
      else if (local === "table" && sheet) {
        endRow();
        endSheet();
      }
    },
    text(t) {
      if (cell) cell.text(t);
    },
  });
  endSheet();
  return sheets;
}

export function extractOdf(kind: OdfKind, bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  try {
    if (!looksLikeZip(bytes)) throw new ExtractError(REASON.corrupt, "not a zip package");
    const entries = listZip(bytes, ctx);
    checkArchive(entries, bytes.length, ctx);
    const byName: { [name: string]: ZipEntry } = {};
    for (const e of entries) byName[e.name] = e;
    if (!byName["content.xml"]) throw new ExtractError(REASON.corrupt, "no content.xml");
    // The manifest first: an encrypted package's content.xml does not inflate.
    const manifest = byName["META-INF/manifest.xml"];
    if (manifest) {
      const r = readEntries(bytes, [manifest], ctx)[0];
      if (r.bytes && /encryption-data/.test(bytesToText(r.bytes))) throw new ExtractError(REASON.encrypted);
    }
    const wanted = ["content.xml", "styles.xml"].filter((n) => byName[n]).map((n) => byName[n]);
    const xml: { [name: string]: string } = {};
    for (const r of readEntries(bytes, wanted, ctx)) {
      if (!r.bytes) throw new ExtractError(r.problem || REASON.corrupt, r.entry.name);
      xml[r.entry.name] = bytesToText(r.bytes);
    }
    checkDeadline(ctx);
    const segments: { part: string; text: string }[] = [];
    const add = (part: string, text: string) => {
      if (text.trim() !== "") segments.push({ part, text });
    };
    if (kind === "ods") for (const s of odsSheets(xml["content.xml"])) add("sheet " + s.name, s.text);
    else add("document", odfText(xml["content.xml"]));
    if (xml["styles.xml"] !== undefined) {
      const hf = odfHeadersFooters(xml["styles.xml"]);
      add("header", hf.header);
      add("footer", hf.footer);
    }
    return Promise.resolve({ segments });
  } catch (e) {
    return Promise.reject(e);
  }
}

/** Which ODF kind a zip package is, from its `mimetype` entry's text; null when none of ours. */
export function odfKindOfMimetype(mimetype: string): OdfKind | null {
  const m = mimetype.trim();
  if (m === "application/vnd.oasis.opendocument.text" || m === "application/vnd.oasis.opendocument.text-template") return "odt";
  if (m === "application/vnd.oasis.opendocument.spreadsheet" || m === "application/vnd.oasis.opendocument.spreadsheet-template") return "ods";
  return null;
}
