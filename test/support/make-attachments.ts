// Builds attachment files from text, for tests and the test corpus: docx, xlsx, pptx, odt, ods,
// rtf, zip, pdf and Outlook .msg. The files are minimal but well-formed: Office parts zipped
// with fflate, PDFs written by hand with a correct xref table, .msg files as compound files
// written with @kenjiuno/msgreader's own CFB writer (`burn`).

import { strToU8, zipSync, Zippable } from "fflate";
import { burn, Entry } from "@kenjiuno/msgreader/lib/Burner";
import { TypeEnum } from "@kenjiuno/msgreader/lib/Reader";

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Zips parts given as text (UTF-8) or bytes. */
export function zipParts(parts: { [path: string]: string | Uint8Array }): Uint8Array {
  const z: Zippable = {};
  for (const p of Object.keys(parts)) {
    const v = parts[p];
    z[p] = typeof v === "string" ? strToU8(v) : v;
  }
  return zipSync(z);
}

/** Splits text into runs of 1-3 characters, as Word does after edits and spell checks. */
function chop(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const len = 1 + (k++ % 3);
    out.push(text.slice(i, i + len));
    i += len;
  }
  return out;
}

/** Word paragraphs (one per line of `text`), optionally split into many runs. */
export function wordParagraphs(text: string, splitRuns = false): string {
  return text
    .split("\n")
    .map((line) => {
      const runs = splitRuns ? chop(line) : [line];
      const xml = runs
        .map((r, i) => `<w:r>${splitRuns && i % 2 ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${xmlEscape(r)}</w:t></w:r>`)
        .join("");
      return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${xml}</w:p>`;
    })
    .join("");
}

export interface DocxSpec {
  body: string;
  header?: string;
  footer?: string;
  comments?: string[];
  footnotes?: string[];
  splitRuns?: boolean;
}

/** The parts of a .docx (for tests that add or break parts before zipping). */
export function docxParts(spec: DocxSpec): { [path: string]: string | Uint8Array } {
  const split = !!spec.splitRuns;
  const rels: string[] = [];
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const parts: { [path: string]: string | Uint8Array } = {};
  let sect = "";
  if (spec.header !== undefined) {
    parts["word/header1.xml"] = `${XML_DECL}<w:hdr ${W_NS}>${wordParagraphs(spec.header, split)}</w:hdr>`;
    rels.push('<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>');
    overrides.push('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>');
    sect += '<w:headerReference w:type="default" r:id="rIdH1"/>';
  }
  if (spec.footer !== undefined) {
    parts["word/footer1.xml"] = `${XML_DECL}<w:ftr ${W_NS}>${wordParagraphs(spec.footer, split)}</w:ftr>`;
    rels.push('<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>');
    overrides.push('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>');
    sect += '<w:footerReference w:type="default" r:id="rIdF1"/>';
  }
  if (spec.comments && spec.comments.length) {
    const c = spec.comments
      .map((t, i) => `<w:comment w:id="${i}" w:author="Tester" w:initials="T">${wordParagraphs(t, split)}</w:comment>`)
      .join("");
    parts["word/comments.xml"] = `${XML_DECL}<w:comments ${W_NS}>${c}</w:comments>`;
    rels.push('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>');
    overrides.push('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
  }
  if (spec.footnotes && spec.footnotes.length) {
    const f = spec.footnotes.map((t, i) => `<w:footnote w:id="${i + 1}">${wordParagraphs(t, split)}</w:footnote>`).join("");
    parts["word/footnotes.xml"] = `${XML_DECL}<w:footnotes ${W_NS}>${f}</w:footnotes>`;
    rels.push('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>');
    overrides.push('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>');
  }
  parts["word/document.xml"] =
    `${XML_DECL}<w:document ${W_NS}><w:body>${wordParagraphs(spec.body, split)}` +
    `<w:sectPr>${sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  parts["word/_rels/document.xml.rels"] =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  parts["_rels/.rels"] =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  parts["[Content_Types].xml"] =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join("")}</Types>`;
  return parts;
}

export function makeDocx(spec: DocxSpec): Uint8Array {
  return zipParts(docxParts(spec));
}

function colName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface SheetSpec {
  name: string;
  rows: string[][];
}

/** An .xlsx with the given sheets; numeric-looking cells are numbers, others shared strings. */
export function makeXlsxSheets(sheets: SheetSpec[]): Uint8Array {
  const shared: string[] = [];
  const index: { [s: string]: number } = {};
  const sid = (s: string) => {
    if (index[s] === undefined) {
      index[s] = shared.length;
      shared.push(s);
    }
    return index[s];
  };
  const parts: { [path: string]: string } = {};
  const wbSheets: string[] = [];
  const wbRels: string[] = [];
  const overrides: string[] = [];
  sheets.forEach((sheet, si) => {
    const rows = sheet.rows
      .map((row, ri) => {
        const cells = row
          .map((v, ci) => {
            const ref = `${colName(ci)}${ri + 1}`;
            if (v === "") return "";
            if (/^-?\d+(\.\d+)?$/.test(v)) return `<c r="${ref}"><v>${v}</v></c>`;
            return `<c r="${ref}" t="s"><v>${sid(v)}</v></c>`;
          })
          .join("");
        return `<row r="${ri + 1}">${cells}</row>`;
      })
      .join("");
    const path = `xl/worksheets/sheet${si + 1}.xml`;
    parts[path] = `${XML_DECL}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
    wbSheets.push(`<sheet name="${xmlEscape(sheet.name)}" sheetId="${si + 1}" r:id="rId${si + 1}"/>`);
    wbRels.push(
      `<Relationship Id="rId${si + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${si + 1}.xml"/>`,
    );
    overrides.push(`<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  wbRels.push(
    '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>',
  );
  parts["xl/sharedStrings.xml"] =
    `${XML_DECL}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">` +
    shared.map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`).join("") +
    "</sst>";
  parts["xl/workbook.xml"] =
    `${XML_DECL}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheets>${wbSheets.join("")}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join("")}</Relationships>`;
  parts["_rels/.rels"] =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  parts["[Content_Types].xml"] =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    `${overrides.join("")}</Types>`;
  return zipParts(parts);
}

export function makeXlsx(rows: string[][], sheetName = "Ark1"): Uint8Array {
  return makeXlsxSheets([{ name: sheetName, rows }]);
}

function drawingParagraphs(text: string): string {
  return text
    .split("\n")
    .map((line) => `<a:p>${chop(line).map((r) => `<a:r><a:rPr lang="da-DK"/><a:t>${xmlEscape(r)}</a:t></a:r>`).join("")}</a:p>`)
    .join("");
}

const P_NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

function spTree(text: string): string {
  return `<p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/>${drawingParagraphs(text)}</p:txBody></p:sp></p:spTree></p:cSld>`;
}

/** A .pptx with one slide per string (and optional speaker notes per slide). */
export function makePptx(slides: string[], notes: (string | undefined)[] = []): Uint8Array {
  const parts: { [path: string]: string } = {};
  const ids: string[] = [];
  const presRels: string[] = [];
  const overrides: string[] = [];
  slides.forEach((text, i) => {
    const n = i + 1;
    parts[`ppt/slides/slide${n}.xml`] = `${XML_DECL}<p:sld ${P_NS}>${spTree(text)}</p:sld>`;
    overrides.push(`<Override PartName="/ppt/slides/slide${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>`);
    ids.push(`<p:sldId id="${255 + n}" r:id="rId${n}"/>`);
    presRels.push(
      `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide${n}.xml"/>`,
    );
    const slideRels: string[] = [];
    if (notes[i] !== undefined) {
      parts[`ppt/notesSlides/notesSlide${n}.xml`] = `${XML_DECL}<p:notes ${P_NS}>${spTree(notes[i] as string)}</p:notes>`;
      slideRels.push(
        `<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide${n}.xml"/>`,
      );
    }
    parts[`ppt/slides/_rels/slide${n}.xml.rels`] =
      `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${slideRels.join("")}</Relationships>`;
  });
  parts["ppt/presentation.xml"] = `${XML_DECL}<p:presentation ${P_NS}><p:sldIdLst>${ids.join("")}</p:sldIdLst></p:presentation>`;
  parts["ppt/_rels/presentation.xml.rels"] =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${presRels.join("")}</Relationships>`;
  parts["_rels/.rels"] =
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>';
  parts["[Content_Types].xml"] =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>' +
    `${overrides.join("")}</Types>`;
  return zipParts(parts);
}

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3"';

function odfPackage(mimetype: string, content: string, styles?: string): Uint8Array {
  const z: Zippable = {
    // ODF wants `mimetype` first and stored.
    mimetype: [strToU8(mimetype), { level: 0 }],
    "content.xml": strToU8(content),
    "META-INF/manifest.xml": strToU8(
      `${XML_DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
        `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/>` +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ),
  };
  if (styles) z["styles.xml"] = strToU8(styles);
  return zipSync(z);
}

/** Text paragraphs as ODF writes them: words in spans, runs of spaces as text:s. */
function odfParagraphs(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const words = line.split(" ");
      const xml = words.map((w, i) => (i % 2 ? `<text:span text:style-name="T1">${xmlEscape(w)}</text:span>` : xmlEscape(w))).join("<text:s/>");
      return `<text:p text:style-name="P1">${xml}</text:p>`;
    })
    .join("");
}

/** An .odt with the text as paragraphs, and optional page header and footer. */
export function makeOdt(text: string, options: { header?: string; footer?: string } = {}): Uint8Array {
  const content = `${XML_DECL}<office:document-content ${ODF_NS}><office:body><office:text>${odfParagraphs(text)}</office:text></office:body></office:document-content>`;
  let styles: string | undefined;
  if (options.header !== undefined || options.footer !== undefined) {
    styles =
      `${XML_DECL}<office:document-styles ${ODF_NS}><office:master-styles><style:master-page style:name="Standard">` +
      (options.header !== undefined ? `<style:header>${odfParagraphs(options.header)}</style:header>` : "") +
      (options.footer !== undefined ? `<style:footer>${odfParagraphs(options.footer)}</style:footer>` : "") +
      "</style:master-page></office:master-styles></office:document-styles>";
  }
  return odfPackage("application/vnd.oasis.opendocument.text", content, styles);
}

/** An .ods with one sheet; numeric-looking cells are floats. */
export function makeOds(rows: string[][], sheetName = "Ark1"): Uint8Array {
  const body = rows
    .map(
      (row) =>
        "<table:table-row>" +
        row
          .map((v) =>
            v === ""
              ? "<table:table-cell/>"
              : /^-?\d+(\.\d+)?$/.test(v)
                ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
                : `<table:table-cell office:value-type="string"><text:p>${xmlEscape(v)}</text:p></table:table-cell>`,
          )
          .join("") +
        '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>',
    )
    .join("");
  const content =
    `${XML_DECL}<office:document-content ${ODF_NS}><office:body><office:spreadsheet>` +
    `<table:table table:name="${xmlEscape(sheetName)}">${body}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>` +
    "</office:spreadsheet></office:body></office:document-content>";
  return odfPackage("application/vnd.oasis.opendocument.spreadsheet", content);
}

/** RTF as Word writes it: Latin-1 letters as \'hh (Windows-1252), anything else as \uN with a '?' fallback. */
export function makeRtf(text: string): Uint8Array {
  let body = "";
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (ch === "\n") body += "\\par\n";
    else if (ch === "\\" || ch === "{" || ch === "}") body += "\\" + ch;
    else if (c < 0x80) body += ch;
    else if (c <= 0xff) body += "\\'" + c.toString(16);
    else if (c <= 0xffff) body += `\\u${c > 0x7fff ? c - 0x10000 : c}?`;
    else {
      const hi = 0xd800 + ((c - 0x10000) >> 10);
      const lo = 0xdc00 + ((c - 0x10000) & 0x3ff);
      body += `\\u${hi - 0x10000}?\\u${lo - 0x10000}?`;
    }
  }
  const rtf =
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}" +
    "{\\*\\generator Test;}{\\info{\\author Tester}}\\viewkind4\\uc1\\pard\\f0\\fs20 " +
    body +
    "\\par\n}";
  return strToU8(rtf);
}

export function makeZip(entries: NamedBytes[]): Uint8Array {
  const z: Zippable = {};
  for (const e of entries) z[e.name] = e.bytes;
  return zipSync(z);
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function pdfString(s: string): string {
  // Latin-1 text in WinAnsiEncoding; characters outside it become '?'.
  let out = "(";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === "(" || ch === ")" || ch === "\\") out += "\\" + ch;
    else out += c <= 0xff ? ch : "?";
  }
  return out + ")";
}

function pad10(n: number): string {
  const s = String(n);
  return "0000000000".slice(s.length) + s;
}

export interface PdfOptions {
  /** Protect with a user password (the file then needs a password to open). */
  encrypted?: boolean;
}

/**
 * A PDF with a page per entry: lines of text in Helvetica (a text layer), or null for a page
 * holding only an image (as a scanner makes).
 */
export function makePdfPages(pages: (string[] | null)[], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const pagesObj = add("");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const image = add("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x20\x80\x80\x20\nendstream");
  const kids: number[] = [];
  for (const lines of pages) {
    const content =
      lines === null
        ? "q 400 0 0 500 100 200 cm /Im1 Do Q"
        : "BT /F1 12 Tf 72 760 Td 16 TL " + lines.map((l, i) => (i ? "T* " : "") + pdfString(l) + " Tj").join(" ") + " ET";
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${stream} 0 R ` +
          `/Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => k + " 0 R").join(" ")}] /Count ${kids.length} >>`;
  let trailerExtra = "";
  if (options.encrypted) {
    // Standard security handler, RC4 40-bit. The /U value does not match the empty password,
    // so a reader needs the (unknown) user password to open the file.
    const enc = add(`<< /Filter /Standard /V 1 /R 2 /O <${"ab".repeat(32)}> /U <${"cd".repeat(32)}> /P -3904 >>`);
    trailerExtra = ` /Encrypt ${enc} 0 R /ID [<${"ab".repeat(16)}> <${"ab".repeat(16)}>]`;
  }
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${pad10(o)} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1Bytes(out);
}

/** A one-page PDF with these lines as text; null: a page with only an image (no text layer). */
export function makePdf(lines: string[] | null, options: PdfOptions = {}): Uint8Array {
  return makePdfPages([lines], options);
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
}

export interface MsgSpec {
  subject: string;
  /** Plain-text body (PidTagBody). */
  body: string;
  /** HTML body (PidTagBodyHtml), read in preference to the plain text. */
  html?: string;
  attachments?: NamedBytes[];
  /** Attached Outlook items (embedded messages). */
  messages?: MsgSpec[];
}

type Tree = { name: string; data?: Uint8Array; children?: Tree[] };

function doc(name: string, data: Uint8Array): Tree {
  return { name, data };
}

function messageStreams(spec: MsgSpec, propertiesHeader: number): Tree[] {
  const out: Tree[] = [doc("__substg1.0_0037001F", utf16le(spec.subject)), doc("__substg1.0_1000001F", utf16le(spec.body))];
  if (spec.html !== undefined) out.push(doc("__substg1.0_1013001F", utf16le(spec.html)));
  out.push(doc("__substg1.0_001A001F", utf16le("IPM.Note")));
  out.push(doc("__properties_version1.0", new Uint8Array(propertiesHeader)));
  let n = 0;
  for (const a of spec.attachments || []) {
    out.push({
      name: "__attach_version1.0_#" + pad10(n++).slice(2),
      children: [
        doc("__substg1.0_3707001F", utf16le(a.name)),
        doc("__substg1.0_3001001F", utf16le(a.name)),
        doc("__substg1.0_37010102", a.bytes),
        doc("__properties_version1.0", new Uint8Array(8)),
      ],
    });
  }
  for (const m of spec.messages || []) {
    out.push({
      name: "__attach_version1.0_#" + pad10(n++).slice(2),
      children: [
        doc("__substg1.0_3001001F", utf16le(m.subject)),
        // An embedded message's own property stream has a 24-byte header.
        { name: "__substg1.0_3701000D", children: messageStreams(m, 24) },
        doc("__properties_version1.0", new Uint8Array(8)),
      ],
    });
  }
  return out;
}

/** An Outlook .msg file, written as a compound file by msgreader's CFB writer. */
export function makeMsg(spec: MsgSpec): Uint8Array {
  const entries: Entry[] = [{ name: "Root Entry", type: TypeEnum.ROOT, children: [], length: 0 }];
  const place = (parent: number, t: Tree) => {
    const index = entries.length;
    (entries[parent].children as number[]).push(index);
    if (t.children) {
      entries.push({ name: t.name, type: TypeEnum.DIRECTORY, children: [], length: 0 });
      for (const c of t.children) place(index, c);
    } else {
      const data = t.data as Uint8Array;
      entries.push({ name: t.name, type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data });
    }
  };
  for (const t of messageStreams(spec, 32)) place(0, t);
  return burn(entries);
}
