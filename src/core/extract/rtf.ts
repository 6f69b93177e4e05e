// RTF to plain text. No library on our list reads RTF, so this is a small reader of the RTF
// syntax (control words, groups, escapes), not a layout engine. It handles:
// - groups and the destinations that hold no document text: \*\ destinations (anything unknown
//   to this reader), font/colour/style/list tables, info, pict, objdata, themedata, field
//   instructions (\fldinst; the field result is kept), shape properties, and similar;
// - \'hh escapes (and raw 8-bit bytes, unless the file is UTF-8), decoded with the document's \ansicpg (Windows-1252 built in; other code pages
//   through TextDecoder where the runtime has it, else as 1252);
// - \uN Unicode (negative N as unsigned 16-bit, surrogate pairs), skipping the \ucN fallback
//   characters that follow it;
// - \binN binary data (skipped); \par, \line, \sect, \page, \row → newline; \cell → tab;
//   \tab → space; typographic symbols (\emdash, \rquote, ...); \~ (no-break space), \_ (hyphen);
// - RTF-encapsulated HTML as Outlook writes it: \htmlrtf ... \htmlrtf0 runs are left out.
// Limits: per-font character sets (\fcharset with \fN) are not followed, so \'hh text in a font
// whose charset differs from \ansicpg decodes with the wrong code page (Word writes \uN for such
// text, so this rarely matters); text in embedded objects and pictures is not read; tables come
// out as tab-separated cells with no layout.

import { strFromU8 } from "fflate";
import { isValidUtf8 } from "../text/decode";
import { ExtractError, REASON } from "./budget";

/** Windows-1252 0x80-0x9F; the undefined five map to the byte itself, as Windows does. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function cp1252(bytes: number[]): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b);
  return s;
}

const CODEPAGE_LABELS: { [cp: number]: string } = {
  874: "windows-874",
  932: "shift_jis",
  936: "gbk",
  949: "euc-kr",
  950: "big5",
  10000: "macintosh",
};

type ByteDecoder = (bytes: number[]) => string;

function decoderFor(codepage: number): ByteDecoder {
  if (codepage === 1252 || !(codepage > 0)) return cp1252;
  const label = CODEPAGE_LABELS[codepage] || (codepage >= 1250 && codepage <= 1258 ? "windows-" + codepage : "");
  // The classic event runtime may lack TextDecoder: Windows-1252 is the fallback.
  if (!label || typeof TextDecoder === "undefined") return cp1252;
  try {
    const td = new TextDecoder(label);
    return (bytes) => td.decode(new Uint8Array(bytes));
  } catch (e) {
    return cp1252;
  }
}

/** Destinations whose whole group holds no document text. */
const SKIP_DESTINATIONS: { [word: string]: true } = {};
for (const w of [
  "fonttbl", "colortbl", "stylesheet", "info", "pict", "objdata", "objclass", "objname", "themedata",
  "colorschememapping", "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl",
  "generator", "xmlnstbl", "mmathPr", "fldinst", "filetbl", "revtbl", "pgdsctbl", "nonshppict", "bkmkstart",
  "bkmkend", "xe", "tc", "private", "userprops", "docvar", "template", "passwordhash", "protusertbl",
  "atnid", "atnauthor", "atndate", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "wgrffmtfilter", "fchars",
  "lchars", "blipuid", "panose", "falt", "fname", "sp", "sn", "sv", "datafield", "formfield", "operator",
  "author", "title", "subject", "keywords", "comment", "doccomm", "company", "category", "manager",
  "hlinkbase", "header_footer_ignored", "listpicture", "defchp", "defpap", "ud",
]) {
  SKIP_DESTINATIONS[w] = true;
}

const SYMBOLS: { [word: string]: string } = {
  par: "\n", line: "\n", sect: "\n", page: "\n", row: "\n", cell: "\t", nestcell: "\t", tab: " ",
  emdash: "\u2014", endash: "\u2013", emspace: " ", enspace: " ", qmspace: " ", bullet: "\u2022",
  lquote: "\u2018", rquote: "\u2019", ldblquote: "\u201c", rdblquote: "\u201d", zwj: "", zwnj: "",
};

interface GroupState {
  skip: boolean;
  /** Inside \htmlrtf (RTF-only content of encapsulated HTML). */
  htmlRtf: boolean;
  uc: number;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Whether the bytes start like an RTF document (`{\rtf`, optionally after a BOM or whitespace). */
export function looksLikeRtf(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && i < 64 && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  return bytes[i] === 0x7b && bytes[i + 1] === 0x5c && bytes[i + 2] === 0x72 && bytes[i + 3] === 0x74 && bytes[i + 4] === 0x66;
}

/** The text of an RTF document. Throws ExtractError(`corrupt`) when it is not RTF. */
export function rtfToText(bytes: Uint8Array): string {
  if (!looksLikeRtf(bytes)) throw new ExtractError(REASON.corrupt, "not RTF");
  // RTF is 7-bit, but raw 8-bit text occurs: as UTF-8 from some generators (kept as such), else
  // as bytes in the document's code page (decoded like \'hh).
  const utf8 = isValidUtf8(bytes);
  const s = strFromU8(bytes, !utf8);
  const n = s.length;
  const out: string[] = [];
  const stack: GroupState[] = [];
  let st: GroupState = { skip: false, htmlRtf: false, uc: 1 };
  let decode: ByteDecoder = cp1252;
  let pendingBytes: number[] = [];
  let fallbackToSkip = 0;

  const flush = () => {
    if (pendingBytes.length) {
      out.push(decode(pendingBytes));
      pendingBytes = [];
    }
  };
  const emit = (t: string) => {
    if (st.skip || st.htmlRtf) return;
    flush();
    out.push(t);
  };

  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 123 /* { */) {
      stack.push(st);
      st = { skip: st.skip, htmlRtf: st.htmlRtf, uc: st.uc };
      fallbackToSkip = 0;
      i++;
    } else if (c === 125 /* } */) {
      flush();
      st = stack.pop() || st;
      fallbackToSkip = 0;
      i++;
    } else if (c === 92 /* \ */) {
      const d = s.charCodeAt(i + 1);
      if (isLetter(d)) {
        let j = i + 1;
        while (j < n && j - i <= 32 && isLetter(s.charCodeAt(j))) j++;
        const word = s.slice(i + 1, j);
        let param: number | null = null;
        let k = j;
        if (s.charCodeAt(k) === 45 /* - */ && isDigit(s.charCodeAt(k + 1))) k++;
        while (k < n && k - j <= 10 && isDigit(s.charCodeAt(k))) k++;
        if (k > j) param = parseInt(s.slice(j, k), 10);
        if (s.charCodeAt(k) === 32) k++; // the delimiting space belongs to the control word
        i = k;
        if (word === "bin") {
          i += param && param > 0 ? param : 0;
          continue;
        }
        if (word === "u" && param !== null) {
          if (!st.skip && !st.htmlRtf) emit(String.fromCharCode(param < 0 ? param + 65536 : param & 0xffff));
          fallbackToSkip = st.uc;
          continue;
        }
        fallbackToSkip = 0;
        if (word === "uc") st.uc = param !== null && param >= 0 ? param : 1;
        else if (word === "ansicpg" && param !== null) decode = decoderFor(param);
        else if (word === "htmlrtf") {
          flush();
          st.htmlRtf = param !== 0;
        } else if (SKIP_DESTINATIONS[word] === true) st.skip = true;
        else if (SYMBOLS.hasOwnProperty(word)) emit(SYMBOLS[word]);
      } else if (d === 39 /* ' */) {
        const hi = hexValue(s.charCodeAt(i + 2));
        const lo = hexValue(s.charCodeAt(i + 3));
        i += hi >= 0 && lo >= 0 ? 4 : 2;
        if (hi < 0 || lo < 0) continue;
        if (fallbackToSkip > 0) {
          fallbackToSkip--;
          continue;
        }
        if (!st.skip && !st.htmlRtf) pendingBytes.push(hi * 16 + lo);
      } else {
        i += 2;
        fallbackToSkip = 0;
        if (d === 42 /* * */) st.skip = true;
        else if (d === 92 || d === 123 || d === 125) emit(String.fromCharCode(d));
        else if (d === 126 /* ~ */) emit("\u00a0");
        else if (d === 95 /* _ */) emit("-");
        else if (d === 10 || d === 13) emit("\n");
        // \- (optional hyphen), \: and \| carry no text
      }
    } else if (c === 10 || c === 13) {
      i++; // line breaks in the source are not text
    } else if (fallbackToSkip > 0 || c === 0) {
      if (c !== 0) fallbackToSkip--;
      i++;
    } else if (c >= 0x80 && !utf8) {
      if (!st.skip && !st.htmlRtf) pendingBytes.push(c);
      i++;
    } else {
      // A run of plain text up to the next brace, backslash, line break or code-page byte.
      let j = i + 1;
      for (; j < n; j++) {
        const e = s.charCodeAt(j);
        if (e === 123 || e === 125 || e === 92 || e === 10 || e === 13 || e === 0 || (e >= 0x80 && !utf8)) break;
      }
      emit(s.slice(i, j));
      i = j;
    }
  }
  flush();
  return out.join("");
}
