// "Mask CPR numbers": rewrites an HTML body so that each CPR number found in it reads
// DDMMYY-XXXX, and nothing else changes. Findings carry [start, end) offsets into the HTML source
// (scan.ts maps them back through the normaliser's offset map), so each number is rewritten in
// place:
//
//   - the first six digits stay exactly as written (an entity stays an entity);
//   - each of the last four digits (an ASCII digit, a full-width or other Unicode digit, a
//     numeric entity such as &#49;, a mathematical digit) becomes one "X";
//   - whatever stood between the 6th and the 7th digit (a hyphen, a space, &nbsp;, an en dash,
//     nothing at all) becomes one "-"; tags there are kept, only their text is replaced;
//   - tags inside the number (`<b>01</b>0185-<i>12</i>34`) are kept where they are: only the
//     digits between them change.
//
// The digits are located with the same normaliser the detectors read, so whatever the detector
// counted as a digit is found here too. A finding that no longer matches the HTML (ten digits
// whose first six are its masked prefix) is left alone and counted as skipped: the caller
// re-scans the written body and says what could not be masked. Pure: no Office, no DOM.

import { normaliseHtml } from "./text/normalise";
import { Finding, SourceMap } from "./types";

/** The finding types "Mask CPR numbers" rewrites. */
export const MASKABLE_TYPES: readonly string[] = ["dk-cpr", "dk-cpr-substitute"];

/** A CPR finding in the message body: what "Mask CPR numbers" acts on. */
export function isMaskableFinding(f: Finding): boolean {
  return f.location === "body" && MASKABLE_TYPES.indexOf(f.type) >= 0;
}

export interface MaskOutcome {
  html: string;
  /** Numbers rewritten. */
  masked: number;
  /** CPR findings in the body that did not match the HTML (stale offsets, overlaps): left as they were. */
  skipped: number;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

interface DigitUnit {
  /** Source offset and length of the digit as written (1, 2 for a surrogate pair, more for an entity). */
  src: number;
  len: number;
  digit: string;
}

const MASKED_SHAPE = /^(\d{6})-XXXX$/;

/** Length in the source of the text unit that starts at `s`: a character, a surrogate pair or an entity. */
function unitLength(html: string, s: number): number {
  const c = html.charCodeAt(s);
  if (c === 0x26) {
    let j = s + 1;
    if (html.charCodeAt(j) === 0x23) {
      j++;
      const hex = (html.charCodeAt(j) | 0x20) === 0x78;
      if (hex) j++;
      while (j < html.length && (hex ? /[0-9a-fA-F]/ : /[0-9]/).test(html.charAt(j))) j++;
    } else {
      while (j < html.length && /[0-9A-Za-z]/.test(html.charAt(j))) j++;
    }
    if (html.charCodeAt(j) === 0x3b) j++;
    return j - s;
  }
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = html.charCodeAt(s + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/** The first index of the normalised text whose source offset is at or after `offset`. */
function firstIndexAtOrAfter(map: SourceMap, textLength: number, offset: number): number {
  let lo = 0;
  let hi = textLength;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.toSource(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tags and comments in a stretch of source, in order; everything else in it is text. */
function splitTags(s: string): { tags: string; text: string } {
  let tags = "";
  let text = "";
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === "<") {
      let j: number;
      if (s.slice(i, i + 4) === "<!--") {
        const close = s.indexOf("-->", i + 4);
        j = close < 0 ? s.length : close + 3;
      } else {
        j = i + 1;
        let quote = "";
        while (j < s.length) {
          const d = s.charAt(j);
          if (quote) {
            if (d === quote) quote = "";
          } else if (d === '"' || d === "'") quote = d;
          else if (d === ">") break;
          j++;
        }
        j = Math.min(s.length, j + 1);
      }
      tags += s.slice(i, j);
      i = j;
    } else {
      text += c;
      i++;
    }
  }
  return { tags, text };
}

/** A text that reads as one hyphen: '-', a Unicode dash, or an entity for one. */
function isOneHyphen(text: string): boolean {
  return /^(-|[\u2010-\u2015\u2212]|&(ndash|mdash|minus|hyphen|dash);|&#(45|8208|8209|8210|8211|8212|8722);|&#x(2d|2010|2011|2012|2013|2014|2212);)$/i.test(
    text,
  );
}

function editsFor(html: string, text: string, map: SourceMap, f: Finding, hideBirthDate: boolean): Edit[] | null {
  const shape = MASKED_SHAPE.exec(f.masked);
  if (!shape || !(f.start >= 0 && f.end > f.start && f.end <= html.length)) return null;
  const digits: DigitUnit[] = [];
  for (let i = firstIndexAtOrAfter(map, text.length, f.start); i < text.length; i++) {
    const src = map.toSource(i);
    if (src >= f.end) break;
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (digits.length === 10) return null;
      const len = unitLength(html, src);
      if (src + len > html.length) return null;
      digits.push({ src, len, digit: text.charAt(i) });
    }
  }
  if (digits.length !== 10) return null;
  let head = "";
  for (let k = 0; k < 6; k++) head += digits[k].digit;
  if (head !== shape[1]) return null;
  for (let k = 1; k < 10; k++) if (digits[k].src < digits[k - 1].src + digits[k - 1].len) return null;

  const edits: Edit[] = [];
  const sepFrom = digits[5].src + digits[5].len;
  const sepTo = digits[6].src;
  const between = html.slice(sepFrom, sepTo);
  if (between !== "-") {
    const parts = splitTags(between);
    // Keep a hyphen that already stands between tags; otherwise the tags stay and one '-' follows them.
    if (!(parts.tags && isOneHyphen(parts.text))) edits.push({ from: sepFrom, to: sepTo, text: parts.tags + "-" });
  }
  // The birth date stays readable unless the policy's mask hides it too (XXXXXX-XXXX).
  for (let k = hideBirthDate ? 0 : 6; k < 10; k++) edits.push({ from: digits[k].src, to: digits[k].src + digits[k].len, text: "X" });
  return edits;
}

/** How a CPR number is masked: the policy's `cprMask`. */
export type CprMask = "DDMMYY-XXXX" | "XXXXXX-XXXX";

/** Rewrites every CPR finding in the body to DDMMYY-XXXX (or XXXXXX-XXXX), with the counts. */
export function maskCprInHtmlDetailed(html: string, findings: readonly Finding[], mask: CprMask = "DDMMYY-XXXX"): MaskOutcome {
  const targets = findings.filter(isMaskableFinding).sort((a, b) => a.start - b.start);
  if (targets.length === 0) return { html, masked: 0, skipped: 0 };
  const norm = normaliseHtml(html);
  const edits: Edit[] = [];
  let masked = 0;
  let skipped = 0;
  let lastEnd = -1;
  for (const f of targets) {
    // The same number reported twice (or overlapping reports) is masked once.
    if (f.start < lastEnd) {
      if (f.end > lastEnd) skipped++;
      continue;
    }
    const e = editsFor(html, norm.text, norm.map, f, mask === "XXXXXX-XXXX");
    if (!e) {
      skipped++;
      continue;
    }
    for (const x of e) edits.push(x);
    masked++;
    lastEnd = f.end;
  }
  edits.sort((a, b) => a.from - b.from);
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    out.push(html.slice(at, e.from), e.text);
    at = e.to;
  }
  out.push(html.slice(at));
  return { html: out.join(""), masked, skipped };
}

/**
 * `html` with each CPR number of `findings` (dk-cpr and dk-cpr-substitute in the body; offsets
 * into this very HTML) replaced by its masked form DDMMYY-XXXX, tags and everything else kept.
 */
export function maskCprInHtml(html: string, findings: readonly Finding[], mask: CprMask = "DDMMYY-XXXX"): string {
  return maskCprInHtmlDetailed(html, findings, mask).html;
}
