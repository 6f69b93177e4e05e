// Text of Word, Excel and PowerPoint files (OOXML: docx/docm/dotx, xlsx/xlsm, pptx), by part.
// The package is read with fflate under the budget (zipread.ts); the XML parts with the tag
// scanner in xml.ts, which keeps only character data of the text elements:
// - docx: w:t (and w:delText: deleted tracked text is still in the file) of document, headers,
//   footers, footnotes, endnotes and comments. Runs join within a paragraph; a paragraph ends
//   with a newline; w:tab is a space; w:br/w:cr a newline. mc:Fallback copies are skipped.
// - xlsx: cells of each sheet (shared strings, inline strings, numbers, booleans, formula
//   results), a row per line, cells separated by a tab; sheet names from workbook.xml; comments.
// - pptx: a:t of each slide in presentation order, its notes, and comments.
// Files embedded in the package (word/embeddings/...) become children, extracted by name.
// Not read: text in images and charts, xlsx header/footer codes, custom XML parts, VBA.
// Parts are expected under word/, xl/ and ppt/, where every producer puts them.

import { bytesToText } from "../text/decode";
import { checkDeadline, ExtractContext, Extracted, ExtractError, REASON } from "./budget";
import { attr, scanXml, XmlHandler } from "./xml";
import {
  checkArchive,
  dirOf,
  EntryResult,
  isEncryptedOfficePackage,
  listZip,
  looksLikeZip,
  readEntries,
  resolvePath,
  ZipEntry,
} from "./zipread";
import { AttachmentInput } from "../types";

export type OoxmlKind = "docx" | "xlsx" | "pptx";

type Segment = { part: string; text: string };

interface Rel {
  target: string;
  type: string;
}

/** Relationships of a part: id → resolved target (external targets left out). */
function parseRels(xml: string, baseDir: string): { [id: string]: Rel } {
  const rels: { [id: string]: Rel } = {};
  scanXml(xml, {
    open(local, attrs) {
      if (local !== "Relationship") return;
      const id = attr(attrs, "Id");
      const target = attr(attrs, "Target");
      if (!id || !target || attr(attrs, "TargetMode") === "External") return;
      rels[id] = { target: resolvePath(baseDir, target), type: attr(attrs, "Type") || "" };
    },
    close() {},
    text() {},
  });
  return rels;
}

function relsPathOf(part: string): string {
  return dirOf(part) + "_rels/" + part.slice(dirOf(part).length) + ".rels";
}

function numberIn(name: string): number {
  const m = /(\d+)\.xml$/.exec(name);
  return m ? parseInt(m[1], 10) : 0;
}

function byNumber(a: string, b: string): number {
  return numberIn(a) - numberIn(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Word XML (document, header, footer, notes, comments) → text, paragraphs on lines. */
export function wordText(xml: string): string {
  const out: string[] = [];
  let inText = 0;
  let inTabs = 0;
  let fallback = 0;
  const h: XmlHandler = {
    open(local, _attrs, selfClosing) {
      if (local === "Fallback") {
        if (!selfClosing) fallback++;
        return;
      }
      if (fallback) return;
      if (local === "t" || local === "delText") {
        if (!selfClosing) inText++;
      } else if (local === "tabs") {
        if (!selfClosing) inTabs++;
      } else if ((local === "tab" || local === "ptab") && !inTabs) out.push(" ");
      else if (local === "br" || local === "cr") out.push("\n");
      else if (local === "noBreakHyphen") out.push("-");
    },
    close(local) {
      if (local === "Fallback") {
        if (fallback) fallback--;
        return;
      }
      if (fallback) return;
      if (local === "t" || local === "delText") {
        if (inText) inText--;
      } else if (local === "tabs") {
        if (inTabs) inTabs--;
      } else if (local === "p") out.push("\n");
    },
    text(t) {
      if (inText && !fallback) out.push(t);
    },
  };
  scanXml(xml, h);
  return out.join("");
}

/** DrawingML text (slides, notes) → text, paragraphs on lines. Also legacy comment `text`. */
export function drawingText(xml: string, alsoTextElements = false): string {
  const out: string[] = [];
  let inText = 0;
  let fallback = 0;
  scanXml(xml, {
    open(local, _attrs, selfClosing) {
      if (local === "Fallback") {
        if (!selfClosing) fallback++;
      } else if (fallback) return;
      else if (local === "t" || (alsoTextElements && local === "text")) {
        if (!selfClosing) inText++;
      } else if (local === "br") out.push("\n");
    },
    close(local) {
      if (local === "Fallback") {
        if (fallback) fallback--;
      } else if (fallback) return;
      else if (local === "t" || (alsoTextElements && local === "text")) {
        if (inText) inText--;
        if (local === "text") out.push("\n");
      } else if (local === "p") out.push("\n");
    },
    text(t) {
      if (inText && !fallback) out.push(t);
    },
  });
  return out.join("");
}

/** xl/sharedStrings.xml → the table (phonetic runs left out). */
export function sharedStrings(xml: string): string[] {
  const table: string[] = [];
  let cur: string[] | null = null;
  let inT = 0;
  let inPhonetic = 0;
  scanXml(xml, {
    open(local, _attrs, selfClosing) {
      if (local === "si") cur = []; // a self-closing <si/> ends in close() as ""
      else if (local === "rPh" && !selfClosing) inPhonetic++;
      else if (local === "t" && !selfClosing) inT++;
    },
    close(local) {
      if (local === "si" && cur) {
        table.push(cur.join(""));
        cur = null;
      } else if (local === "rPh" && inPhonetic) inPhonetic--;
      else if (local === "t" && inT) inT--;
    },
    text(t) {
      if (cur && inT && !inPhonetic) cur.push(t);
    },
  });
  return table;
}

/** Column index of a cell reference (`C7` → 2); -1 without one. */
function columnOf(ref: string | undefined): number {
  const m = ref ? /^([A-Z]{1,3})\d*$/.exec(ref) : null;
  if (!m) return -1;
  let n = 0;
  for (let i = 0; i < m[1].length; i++) n = n * 26 + (m[1].charCodeAt(i) - 64);
  return n - 1;
}

/** Empty cells written out to keep a cell in its column, at most this many in a row. */
const MAX_COLUMN_GAP = 100;

/**
 * A worksheet → rows on lines, cells separated by tabs, each cell in its column (gaps from
 * missing cells filled with empty cells, up to MAX_COLUMN_GAP); empty rows and trailing empty
 * cells dropped.
 */
export function sheetText(xml: string, shared: string[]): string {
  const lines: string[] = [];
  // The row's text up to its last non-empty cell, and how many cells (empty ones included) it
  // has. Empty cells are counted, not stored: rows of cells that each jump a hundred columns
  // were pushed and popped as 18,000 array entries per row, seconds for a few megabytes.
  let row: string[] | null = null;
  let cells = 0;
  let written = 0;
  let cellType = "";
  let value: string[] = [];
  let inline: string[] = [];
  let inV = 0;
  let inIs = 0;
  let inT = 0;
  let inPhonetic = 0;
  let inCell = false;
  let cellColumn = -1;
  const endCell = () => {
    const v = value.join("").trim();
    let text: string;
    if (cellType === "s") text = v !== "" && shared[parseInt(v, 10)] !== undefined ? shared[parseInt(v, 10)] : "";
    else if (cellType === "inlineStr") text = inline.join("");
    else if (cellType === "b") text = v === "1" ? "TRUE" : v === "0" ? "FALSE" : v;
    else text = v;
    if (row) {
      const gap = Math.min(cellColumn - cells, MAX_COLUMN_GAP);
      if (gap > 0) cells += gap;
      const cell = text.replace(/[\t\r\n]+/g, " ");
      if (cell !== "") {
        // The tabs before this cell: one per cell since the last one written (none before the first).
        row.push("\t".repeat(written === 0 ? cells : cells - written + 1) + cell);
        written = cells + 1;
      }
      cells++;
    }
    inCell = false;
  };
  const endRow = () => {
    if (!row) return;
    if (written > 0) lines.push(row.join(""));
    row = null;
  };
  scanXml(xml, {
    open(local, attrs, selfClosing) {
      if (local === "row") {
        row = [];
        cells = 0;
        written = 0;
        if (selfClosing) endRow();
      } else if (local === "c") {
        inCell = true;
        cellType = attr(attrs, "t") || "n";
        cellColumn = columnOf(attr(attrs, "r"));
        value = [];
        inline = [];
        if (selfClosing) endCell();
      } else if (!inCell) return;
      else if (local === "v" && !selfClosing) inV++;
      else if (local === "is" && !selfClosing) inIs++;
      else if (local === "rPh" && !selfClosing) inPhonetic++;
      else if (local === "t" && !selfClosing) inT++;
    },
    close(local) {
      if (local === "row") endRow();
      else if (local === "c") {
        if (inCell) endCell();
      } else if (local === "v" && inV) inV--;
      else if (local === "is" && inIs) inIs--;
      else if (local === "rPh" && inPhonetic) inPhonetic--;
      else if (local === "t" && inT) inT--;
    },
    text(t) {
      if (!inCell) return;
      if (inV) value.push(t);
      else if (inIs && inT && !inPhonetic) inline.push(t);
    },
  });
  endRow();
  return lines.join("\n");
}

function joinSegments(texts: string[]): string {
  return texts.filter((t) => t.trim() !== "").join("\n");
}

function push(segments: Segment[], part: string, text: string): void {
  if (text.trim() !== "") segments.push({ part, text });
}

interface Package {
  bytes: Uint8Array;
  entries: ZipEntry[];
  names: { [name: string]: ZipEntry };
  ctx: ExtractContext;
}

function openPackage(bytes: Uint8Array, ctx: ExtractContext): Package {
  if (isEncryptedOfficePackage(bytes)) throw new ExtractError(REASON.encrypted);
  if (!looksLikeZip(bytes)) throw new ExtractError(REASON.corrupt, "not a zip package");
  const entries = listZip(bytes, ctx);
  checkArchive(entries, bytes.length, ctx);
  const names: { [name: string]: ZipEntry } = {};
  for (const e of entries) names[e.name] = e;
  return { bytes, entries, names, ctx };
}

/**
 * Reads the named parts (missing names are left out). Any wanted part that cannot be read makes
 * the whole file unreadable: a part skipped in silence would hide its text from the scan.
 */
function readParts(pkg: Package, names: string[]): { [name: string]: string } {
  checkDeadline(pkg.ctx);
  const wanted = names.filter((n) => pkg.names[n]).map((n) => pkg.names[n]);
  const out: { [name: string]: string } = {};
  for (const r of readEntries(pkg.bytes, wanted, pkg.ctx)) {
    if (r.problem || !r.bytes) throw new ExtractError(r.problem || REASON.corrupt, r.entry.name);
    out[r.entry.name] = bytesToText(r.bytes);
  }
  checkDeadline(pkg.ctx);
  return out;
}

/** Files embedded in the package, extracted as children (depth-limited by the dispatcher). */
function embedded(pkg: Package, dir: string): Promise<AttachmentInput[]> {
  const prefix = dir + "embeddings/";
  const wanted = pkg.entries.filter((e) => e.name.indexOf(prefix) === 0 && e.name.charAt(e.name.length - 1) !== "/");
  if (!wanted.length) return Promise.resolve([]);
  if (pkg.ctx.depth + 1 > pkg.ctx.budget.maxDepth) {
    return Promise.resolve(
      wanted.map((e): AttachmentInput => ({ name: e.name.slice(prefix.length), contentType: "", unreadable: REASON.nested })),
    );
  }
  const results: EntryResult[] = readEntries(pkg.bytes, wanted, pkg.ctx);
  return Promise.all(
    results.map((r) => {
      const name = r.entry.name.slice(prefix.length);
      if (!r.bytes) return Promise.resolve<AttachmentInput>({ name, contentType: "", unreadable: r.problem || REASON.corrupt });
      return pkg.ctx.nested(name, "", r.bytes);
    }),
  );
}

function finish(segments: Segment[], children: AttachmentInput[]): Extracted {
  const out: Extracted = { segments };
  if (children.length) out.children = children;
  return out;
}

function extractDocx(pkg: Package): Promise<Extracted> {
  const dir = "word/";
  const main = dir + "document.xml";
  if (!pkg.names[main]) throw new ExtractError(REASON.corrupt, "no word/document.xml");
  const partNames = pkg.entries.map((e) => e.name).filter((n) => n.indexOf(dir) === 0 && n.indexOf("/", dir.length) < 0);
  const headers = partNames.filter((n) => /^word\/header\d*\.xml$/.test(n)).sort(byNumber);
  const footers = partNames.filter((n) => /^word\/footer\d*\.xml$/.test(n)).sort(byNumber);
  const comments = partNames.filter((n) => /^word\/comments\d*\.xml$/.test(n)).sort(byNumber);
  const notes = [dir + "footnotes.xml", dir + "endnotes.xml"];
  const xml = readParts(pkg, [main].concat(headers, footers, comments, notes));
  const text = (names: string[]) => joinSegments(names.filter((n) => xml[n] !== undefined).map((n) => wordText(xml[n])));
  const segments: Segment[] = [];
  push(segments, "document", text([main]));
  push(segments, "header", text(headers));
  push(segments, "footer", text(footers));
  push(segments, "footnotes", text([notes[0]]));
  push(segments, "endnotes", text([notes[1]]));
  push(segments, "comments", text(comments));
  return embedded(pkg, dir).then((children) => finish(segments, children));
}

function extractXlsx(pkg: Package): Promise<Extracted> {
  const dir = "xl/";
  const main = dir + "workbook.xml";
  if (!pkg.names[main]) throw new ExtractError(REASON.corrupt, "no xl/workbook.xml");
  const base = readParts(pkg, [main, relsPathOf(main)]);
  const rels = base[relsPathOf(main)] !== undefined ? parseRels(base[relsPathOf(main)], dir) : {};
  const sheets: { name: string; path: string }[] = [];
  scanXml(base[main], {
    open(local, attrs) {
      if (local !== "sheet") return;
      const rid = attr(attrs, "*:id");
      const rel = rid ? rels[rid] : undefined;
      sheets.push({ name: attr(attrs, "name") || "", path: rel ? rel.target : "" });
    },
    close() {},
    text() {},
  });
  // Without workbook relationships, fall back to the conventional file names in order.
  const sheetFiles = pkg.entries.map((e) => e.name).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort(byNumber);
  sheets.forEach((s, i) => {
    if (!s.path && sheetFiles[i]) s.path = sheetFiles[i];
  });
  let sharedPath = dir + "sharedStrings.xml";
  for (const id of Object.keys(rels)) if (/\/sharedStrings$/.test(rels[id].type)) sharedPath = rels[id].target;
  const comments = pkg.entries.map((e) => e.name).filter((n) => /^xl\/comments\d*\.xml$/.test(n)).sort(byNumber);
  const xml = readParts(pkg, [sharedPath].concat(sheets.map((s) => s.path).filter((p) => !!p), comments));
  const shared = xml[sharedPath] !== undefined ? sharedStrings(xml[sharedPath]) : [];
  const segments: Segment[] = [];
  for (const s of sheets) {
    if (xml[s.path] === undefined) continue; // a chart sheet or a dangling reference: no cells
    push(segments, "sheet " + s.name, sheetText(xml[s.path], shared));
  }
  push(segments, "comments", joinSegments(comments.map((n) => drawingText(xml[n], true))));
  return embedded(pkg, dir).then((children) => finish(segments, children));
}

function extractPptx(pkg: Package): Promise<Extracted> {
  const dir = "ppt/";
  const main = dir + "presentation.xml";
  const base = readParts(pkg, [main, relsPathOf(main)]);
  const rels = base[relsPathOf(main)] !== undefined ? parseRels(base[relsPathOf(main)], dir) : {};
  // Slides in the order shown (presentation.xml), else by file number.
  let slides: string[] = [];
  if (base[main] !== undefined) {
    scanXml(base[main], {
      open(local, attrs) {
        if (local !== "sldId") return;
        const rid = attr(attrs, "*:id");
        if (rid && rels[rid] && pkg.names[rels[rid].target]) slides.push(rels[rid].target);
      },
      close() {},
      text() {},
    });
  }
  if (!slides.length) slides = pkg.entries.map((e) => e.name).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort(byNumber);
  if (!slides.length && base[main] === undefined) throw new ExtractError(REASON.corrupt, "no ppt/presentation.xml");
  const slideRels = readParts(pkg, slides.map(relsPathOf));
  const notesOf: { [slide: string]: string } = {};
  for (const s of slides) {
    const r = slideRels[relsPathOf(s)];
    if (r === undefined) continue;
    const sr = parseRels(r, dirOf(s));
    for (const id of Object.keys(sr)) if (/\/notesSlide$/.test(sr[id].type)) notesOf[s] = sr[id].target;
  }
  const comments = pkg.entries.map((e) => e.name).filter((n) => /^ppt\/comments\/[^/]+\.xml$/.test(n)).sort(byNumber);
  const xml = readParts(pkg, slides.concat(slides.map((s) => notesOf[s]).filter((n) => !!n), comments));
  const segments: Segment[] = [];
  slides.forEach((s, i) => {
    if (xml[s] !== undefined) push(segments, "slide " + (i + 1), drawingText(xml[s]));
    const n = notesOf[s];
    if (n && xml[n] !== undefined) push(segments, "notes " + (i + 1), drawingText(xml[n]));
  });
  push(segments, "comments", joinSegments(comments.map((n) => drawingText(xml[n], true))));
  return embedded(pkg, dir).then((children) => finish(segments, children));
}

export function extractOoxml(kind: OoxmlKind, bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  try {
    const pkg = openPackage(bytes, ctx);
    if (kind === "docx") return extractDocx(pkg);
    if (kind === "xlsx") return extractXlsx(pkg);
    return extractPptx(pkg);
  } catch (e) {
    return Promise.reject(e);
  }
}

/** Which OOXML kind a zip package is, from its entries; null when it is none. */
export function ooxmlKindOf(entryNames: string[]): OoxmlKind | null {
  if (entryNames.indexOf("[Content_Types].xml") < 0) return null;
  if (entryNames.indexOf("word/document.xml") >= 0) return "docx";
  if (entryNames.indexOf("xl/workbook.xml") >= 0) return "xlsx";
  if (entryNames.indexOf("ppt/presentation.xml") >= 0) return "pptx";
  return null;
}
