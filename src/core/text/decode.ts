// Bytes to text for attachments. The classic event runtime may lack atob and TextDecoder, so
// both have a fallback here; fflate supplies the UTF-8 decoder that works without TextDecoder.

import { strFromU8 } from "fflate";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX: number[] = (() => {
  const t: number[] = [];
  for (let i = 0; i < 256; i++) t.push(-1);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  t["-".charCodeAt(0)] = 62; // base64url, which some clients hand out
  t["_".charCodeAt(0)] = 63;
  return t;
})();

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, DecodeError.prototype);
  }
}

/** Base64 (or base64url) to bytes; whitespace is skipped, any other foreign character is an error. */
export function base64ToBytes(b64: string): Uint8Array {
  const out = new Uint8Array(Math.floor((b64.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < b64.length; i++) {
    const c = b64.charCodeAt(i);
    if (c === 61 /* = */) break;
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    const v = c < 256 ? B64_INDEX[c] : -1;
    if (v < 0) throw new DecodeError("invalid base64");
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** Whether the bytes are well-formed UTF-8 (no cut-off sequence at the end). */
export function isValidUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let extra: number;
    if (c < 0x80) extra = 0;
    else if (c >= 0xc2 && c < 0xe0) extra = 1;
    else if (c >= 0xe0 && c < 0xf0) extra = 2;
    else if (c >= 0xf0 && c < 0xf5) extra = 3;
    else return false;
    if (i + extra > b.length - 1) return false; // a sequence cut off at the end
    for (let k = 1; k <= extra; k++) if ((b[i + k] & 0xc0) !== 0x80) return false;
    i += extra + 1;
  }
  return true;
}

function utf16le(b: Uint8Array, from: number): string {
  let s = "";
  for (let i = from; i + 1 < b.length; i += 2) s += String.fromCharCode(b[i] | (b[i + 1] << 8));
  return s;
}

function utf16be(b: Uint8Array, from: number): string {
  let s = "";
  for (let i = from; i + 1 < b.length; i += 2) s += String.fromCharCode((b[i] << 8) | b[i + 1]);
  return s;
}

/**
 * Text from bytes as Danish offices write it: a BOM decides (UTF-8, UTF-16 from Excel's
 * "Unicode text"), else valid UTF-8 is UTF-8, else Windows-1252/Latin-1 (old CSV exports),
 * whose digits and Danish letters decode the same for what the detectors look at.
 */
export function bytesToText(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return utf16le(b, 2);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return utf16be(b, 2);
  const start = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  const body = start ? b.subarray(start) : b;
  if (isValidUtf8(body)) return strFromU8(body);
  return strFromU8(body, true);
}
