/// <reference types="node" />
// Byte-level helpers for the corpus generator: RFC 822 / MIME writing (quoted-printable, base64,
// RFC 2047 encoded words, RFC 2231 file names), Windows-1252, a tiny PNG, and the post-processing
// that makes fflate's zip output deterministic. Everything here is a pure function of its input:
// no clock, no randomness.

/** UTF-8 bytes of a string (Node's Buffer: this file only ever runs in Node). */
export function utf8(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, "utf8"));
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Windows-1252

const CP1252_HIGH: { [ch: string]: number } = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
  "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
  "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

/** Windows-1252 bytes; throws on a character the code page does not have. */
export function cp1252(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else if (CP1252_HIGH[ch] !== undefined) out.push(CP1252_HIGH[ch]);
    else throw new Error("not in Windows-1252: U+" + c.toString(16));
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------------------------------------
// Transfer encodings

const HEX = "0123456789ABCDEF";

function hex2(b: number): string {
  return "=" + HEX.charAt(b >> 4) + HEX.charAt(b & 15);
}

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text: line breaks become CRLF, '=' and non-ASCII
 * bytes are escaped, whitespace at a line end is escaped, lines are at most 76 characters with
 * soft breaks that never split an escape.
 */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const bytes = utf8(line);
    const tokens: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) tokens.push(hex2(b));
      else if (b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09)) tokens.push(hex2(b));
      else tokens.push(String.fromCharCode(b));
    }
    let cur = "";
    for (const t of tokens) {
      if (cur.length + t.length > 75) {
        out.push(cur + "=");
        cur = "";
      }
      cur += t;
    }
    out.push(cur);
  }
  return out.join("\r\n");
}

/** Base64 in lines of 76 characters, CRLF separated. */
export function base64Lines(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes).toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.substring(i, i + 76));
  return lines.join("\r\n");
}

// ---------------------------------------------------------------------------------------------
// Headers

function isAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

/** Splits a string into pieces whose UTF-8 length is at most max bytes, on character boundaries. */
function chunksByBytes(s: string, max: number): string[] {
  const out: string[] = [];
  let cur = "";
  let curLen = 0;
  for (const ch of s) {
    const len = utf8(ch).length;
    if (curLen + len > max && cur) {
      out.push(cur);
      cur = "";
      curLen = 0;
    }
    cur += ch;
    curLen += len;
  }
  if (cur) out.push(cur);
  return out;
}

function qWord(s: string): string {
  let out = "";
  for (const b of utf8(s)) {
    const c = String.fromCharCode(b);
    if (b === 0x20) out += "_";
    else if (/[A-Za-z0-9!*+\-/]/.test(c)) out += c;
    else out += hex2(b);
  }
  return out;
}

/**
 * RFC 2047 encoded words (UTF-8, Q or B) for a header value with non-ASCII characters; each
 * word at most 75 characters, words separated by CRLF + space (folding).
 */
export function encodeWords(s: string, mode: "Q" | "B"): string {
  const words: string[] = [];
  if (mode === "B") {
    for (const chunk of chunksByBytes(s, 42)) words.push("=?UTF-8?B?" + Buffer.from(chunk, "utf8").toString("base64") + "?=");
  } else {
    // Build greedily: a Q word's length depends on its escapes.
    let cur = "";
    for (const ch of s) {
      if (("=?UTF-8?Q?" + qWord(cur + ch) + "?=").length > 75) {
        words.push("=?UTF-8?Q?" + qWord(cur) + "?=");
        cur = "";
      }
      cur += ch;
    }
    if (cur) words.push("=?UTF-8?Q?" + qWord(cur) + "?=");
  }
  return words.join("\r\n ");
}

/** A header value: as is when ASCII, else encoded words. */
export function headerText(s: string, mode: "Q" | "B" = "Q"): string {
  return isAscii(s) ? s : encodeWords(s, mode);
}

export interface Address {
  name: string;
  email: string;
}

export function formatAddress(a: Address, mode: "Q" | "B" = "Q"): string {
  if (!a.name) return a.email;
  if (isAscii(a.name)) return (/[,.;:"()<>@]/.test(a.name) ? '"' + a.name.replace(/"/g, "") + '"' : a.name) + " <" + a.email + ">";
  return encodeWords(a.name, mode) + " <" + a.email + ">";
}

export function formatAddressList(list: Address[], mode: "Q" | "B" = "Q"): string {
  return list.map((a) => formatAddress(a, mode)).join(",\r\n ");
}

/** RFC 2231 parameter for a file name: plain when ASCII, else filename*=UTF-8''... */
export function fileNameParam(param: string, name: string): string {
  if (isAscii(name)) return param + '="' + name.replace(/"/g, "") + '"';
  let enc = "";
  for (const b of utf8(name)) {
    const c = String.fromCharCode(b);
    enc += /[A-Za-z0-9.\-_]/.test(c) ? c : "%" + HEX.charAt(b >> 4) + HEX.charAt(b & 15);
  }
  return param + "*=UTF-8''" + enc;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function pad2(n: number): string {
  return (n < 10 ? "0" : "") + n;
}

/** Last Sunday of a month (UTC date), for the Danish summer-time switch. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * RFC 5322 date in Danish local time (CET +0100, CEST +0200 between the last Sundays of March
 * and October) for a fixed UTC instant given in epoch milliseconds.
 */
export function rfc5322Date(utcMs: number): string {
  const u = new Date(utcMs);
  const y = u.getUTCFullYear();
  const startDst = Date.UTC(y, 2, lastSunday(y, 2), 1);
  const endDst = Date.UTC(y, 9, lastSunday(y, 9), 1);
  const offset = utcMs >= startDst && utcMs < endDst ? 2 : 1;
  const l = new Date(utcMs + offset * 3600 * 1000);
  return (
    DAYS[l.getUTCDay()] + ", " + l.getUTCDate() + " " + MONTHS[l.getUTCMonth()] + " " + l.getUTCFullYear() + " " +
    pad2(l.getUTCHours()) + ":" + pad2(l.getUTCMinutes()) + ":" + pad2(l.getUTCSeconds()) + " +0" + offset + "00"
  );
}

// ---------------------------------------------------------------------------------------------
// MIME entities

export type Cte = "quoted-printable" | "base64" | "8bit" | "7bit";

export interface Leaf {
  kind: "leaf";
  contentType: string;
  /** Extra Content-Type parameters already formatted (`; name="x"`). */
  params?: string;
  cte: Cte;
  /** Text (encoded per cte as UTF-8 unless charsetBytes given) or raw bytes. */
  body: string | Uint8Array;
  disposition?: string;
  contentId?: string;
  extraHeaders?: string[];
}

export interface Multi {
  kind: "multi";
  subtype: "mixed" | "alternative" | "related";
  boundary: string;
  parts: Entity[];
  params?: string;
}

export type Entity = Leaf | Multi;

function leafBody(e: Leaf): string {
  if (e.cte === "base64") return base64Lines(typeof e.body === "string" ? utf8(e.body) : e.body);
  if (e.cte === "quoted-printable") {
    if (typeof e.body !== "string") throw new Error("quoted-printable needs text");
    return quotedPrintable(e.body);
  }
  // 7bit / 8bit: text with CRLF line ends, or bytes (message/rfc822) as they are.
  if (typeof e.body === "string") return e.body.replace(/\r\n/g, "\n").replace(/\n/g, "\r\n");
  return Buffer.from(e.body).toString("latin1");
}

/** Entity headers + body as a latin1 "binary string" (one char per byte). */
export function renderEntity(e: Entity): string {
  if (e.kind === "multi") {
    let s = `Content-Type: multipart/${e.subtype};\r\n\tboundary="${e.boundary}"${e.params || ""}\r\n\r\n`;
    if (e.subtype !== "alternative") s += "This is a multi-part message in MIME format.\r\n\r\n";
    for (const p of e.parts) s += "--" + e.boundary + "\r\n" + renderEntity(p) + "\r\n";
    return s + "--" + e.boundary + "--\r\n";
  }
  let h = "Content-Type: " + e.contentType + (e.params || "") + "\r\n";
  h += "Content-Transfer-Encoding: " + e.cte + "\r\n";
  if (e.contentId) h += "Content-ID: <" + e.contentId + ">\r\n";
  if (e.disposition) h += "Content-Disposition: " + e.disposition + "\r\n";
  for (const x of e.extraHeaders || []) h += x + "\r\n";
  let body = leafBody(e);
  if (e.cte === "8bit" && typeof e.body === "string") body = Buffer.from(body, "utf8").toString("latin1");
  return h + "\r\n" + body + (body.endsWith("\r\n") ? "" : "\r\n");
}

export function latin1ToBytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, "latin1"));
}

// ---------------------------------------------------------------------------------------------
// Deterministic zips

/** The DOS time and date every zip entry in the corpus carries: 2 March 2026, 09:00:00. */
const DOS_TIME = (9 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2026 - 1980) << 9) | (3 << 5) | 2;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

function set16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >> 8) & 0xff;
}

/** Calls fn with the offset of every central directory header and its local header. */
function eachEntry(zip: Uint8Array, fn: (central: number, local: number) => void): void {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 0xffff; i--) {
    if (u32(zip, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("zip without end of central directory");
  const count = u16(zip, eocd + 10);
  let p = u32(zip, eocd + 16);
  for (let k = 0; k < count; k++) {
    if (u32(zip, p) !== 0x02014b50) throw new Error("bad central directory header");
    const local = u32(zip, p + 42);
    if (u32(zip, local) !== 0x04034b50) throw new Error("bad local header");
    fn(p, local);
    p += 46 + u16(zip, p + 28) + u16(zip, p + 30) + u16(zip, p + 32);
  }
}

/**
 * fflate stamps every entry with the current local time (Date.now()), so its zips differ from
 * run to run and between time zones. This sets every entry's DOS time and date, in the local
 * headers and the central directory, to one fixed value. Returns a copy.
 */
export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  eachEntry(out, (central, local) => {
    set16(out, central + 12, DOS_TIME);
    set16(out, central + 14, DOS_DATE);
    set16(out, local + 10, DOS_TIME);
    set16(out, local + 12, DOS_DATE);
  });
  return out;
}

/**
 * Marks every entry as WinZip-AES encrypted (general purpose bit 0, compression method 99), as
 * 7-Zip and WinZip write a password-protected archive; the data itself is left as it is, which
 * is as unreadable without the password as real ciphertext would be.
 */
export function markZipEncrypted(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  eachEntry(out, (central, local) => {
    set16(out, central + 8, u16(out, central + 8) | 1);
    set16(out, central + 10, 99);
    set16(out, local + 6, u16(out, local + 6) | 1);
    set16(out, local + 8, 99);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// A small PNG (a photo stand-in: the add-in cannot read text in images)

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function be32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const td = concatBytes([latin1ToBytes(type), data]);
  return concatBytes([be32(data.length), td, be32(crc32(td))]);
}

/**
 * A valid grey-scale PNG of w x h pixels with a deterministic pattern; `deflate` is zlib
 * compression (fflate's zlibSync), passed in so this file needs no package.
 */
export function makePng(w: number, h: number, seed: number, deflate: (raw: Uint8Array) => Uint8Array): Uint8Array {
  const raw = new Uint8Array(h * (w + 1));
  let v = seed & 0xff;
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0;
    for (let x = 0; x < w; x++) {
      v = (v * 73 + x * 31 + y * 17 + 11) & 0xff;
      raw[y * (w + 1) + 1 + x] = (v & 0x3f) + ((x * 255) / w) * 0.7;
    }
  }
  const ihdr = concatBytes([be32(w), be32(h), new Uint8Array([8, 0, 0, 0, 0])]);
  return concatBytes([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflate(raw)),
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}

/** A JPEG-looking file: SOI, a JFIF APP0, some scan bytes, EOI (as a phone photo looks to a scanner). */
export function makeJpegLike(seed: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  const head = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00];
  out.set(head, 0);
  let v = seed >>> 0;
  for (let i = head.length; i < size - 2; i++) {
    v = (Math.imul(v, 1103515245) + 12345) >>> 0;
    out[i] = (v >>> 16) & 0xff;
    if (out[i] === 0xff) out[i] = 0xfe;
  }
  out[size - 2] = 0xff;
  out[size - 1] = 0xd9;
  return out;
}
