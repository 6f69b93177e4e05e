// IBAN detector (ISO 13616): pattern, check and context words in one place.
//
// Shape: two letters (a country in IBAN_LENGTHS), two check digits 02-98, then the BBAN in
// letters and digits, exactly as long as the country's IBAN. Printed either compact
// (DKkkBBBBBBBBBBBBBB) or in groups of four separated by one space (DKkk BBBB BBBB ...), the
// last group 1-4 characters. Letters of either case (upper-cased for the check). The whole
// IBAN is a token of its own: no letter or digit glued to either end, and a grouped IBAN is not
// followed by one more digit group.
//
// Mod-97 is required: move the first four characters to the end, letters become 10..35, the
// number mod 97 must be 1. A wrong length or a failed check is not reported at all.
//
// Confidence (clamped to [0, 1]):
//
//   format:compact   length + mod97            base 0.75
//   format:grouped   length + mod97, by four   base 0.80   the way IBANs are printed
//   keyword          iban, konto, account, bank, swift, ...   +0.15
//
// Masked: country + check digits, X for the rest except the last four characters
// (DKkkXXXXXXXXXX1234). The other detectors ask insideIban() so that a bank account, a card or
// a national ID is not also reported from inside an IBAN.

import type { Detector, DetectorInput, DetectorOptions, Finding } from "../types";
import {
  digitRuns,
  findContext,
  isAsciiLetterCode,
  isDigitCode,
  isWordCode,
  keywordSet,
  repeatChar,
  roundConfidence,
} from "./context";

const BASE_COMPACT = 0.75;
const BASE_GROUPED = 0.8;
const BONUS_KEYWORD = 0.15;

const CONTEXT = { before: 40, after: 20 };

export const IBAN = "iban";

/** IBAN length per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: { readonly [country: string]: number } = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18,
  FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23,
  IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21,
  MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28,
  PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24,
  TR: 26, UA: 29, VG: 24, XK: 20,
};

/** The longest printed IBAN: 34 characters and a space every four. */
const MAX_PRINTED = 42;

export const IBAN_POSITIVE_WORDS: readonly string[] = [
  "iban", "konto", "kontonr", "kontonummer", "bankkonto", "account", "bank", "swift", "bic",
  "overførsel", "transfer", "betaling", "payment",
];

const POSITIVE = keywordSet(IBAN_POSITIVE_WORDS);

export interface IbanMatch {
  start: number;
  end: number;
  country: string;
  length: number;
  grouped: boolean;
  /** Mod-97 holds. */
  valid: boolean;
}

function upperCode(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
}

function isAlnumAscii(c: number): boolean {
  return isDigitCode(c) || isAsciiLetterCode(c);
}

/**
 * An IBAN-shaped token starting at text[s]: a known country, its exact length, compact or in
 * groups of four, and a token of its own. valid says whether mod-97 holds. Null if not shaped
 * like an IBAN.
 */
export function ibanAt(text: string, s: number): IbanMatch | null {
  const n = text.length;
  if (s < 0 || s + 4 > n) return null;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  if (!isAsciiLetterCode(c0) || !isAsciiLetterCode(c1)) return null;
  if (!isDigitCode(text.charCodeAt(s + 2)) || !isDigitCode(text.charCodeAt(s + 3))) return null;
  if (s > 0 && isWordCode(text.charCodeAt(s - 1))) return null;
  const country = String.fromCharCode(upperCode(c0), upperCode(c1));
  const length = IBAN_LENGTHS.hasOwnProperty(country) ? IBAN_LENGTHS[country] : 0;
  if (length === 0) return null;
  const kk = (text.charCodeAt(s + 2) - 0x30) * 10 + (text.charCodeAt(s + 3) - 0x30);
  if (kk < 2 || kk > 98) return null;

  // Mod 97 over BBAN + country + check digits, folded as we go: no string is built.
  let remainder = 0;
  let pos = s + 4;
  let grouped = false;
  if (pos < n && text.charCodeAt(pos) === 0x20) {
    grouped = true;
    pos++;
  }
  for (let count = 4; count < length; count++) {
    if (grouped && count > 4 && count % 4 === 0) {
      if (pos >= n || text.charCodeAt(pos) !== 0x20) return null;
      pos++;
    }
    if (pos >= n) return null;
    const c = upperCode(text.charCodeAt(pos));
    if (isDigitCode(c)) remainder = (remainder * 10 + (c - 0x30)) % 97;
    else if (c >= 0x41 && c <= 0x5a) remainder = (remainder * 100 + (c - 55)) % 97;
    else return null;
    pos++;
  }
  const end = pos;
  // A token of its own: nothing glued after it, and no further digit group.
  if (end < n && isWordCode(text.charCodeAt(end))) return null;
  if (grouped && end + 1 < n && text.charCodeAt(end) === 0x20 && isDigitCode(text.charCodeAt(end + 1))) return null;
  if (!grouped && end + 1 < n && (text.charCodeAt(end) === 0x2d || text.charCodeAt(end) === 0x2f) && isAlnumAscii(text.charCodeAt(end + 1))) {
    return null;
  }
  remainder = (remainder * 100 + (upperCode(c0) - 55)) % 97;
  remainder = (remainder * 100 + (upperCode(c1) - 55)) % 97;
  remainder = (remainder * 100 + kk) % 97;
  return { start: s, end, country, length, grouped, valid: remainder === 1 };
}

/**
 * Whether text[start] lies inside an IBAN-shaped token (checked or not; with validOnly, only one
 * whose mod-97 check holds): for the detectors of bank accounts, cards and national IDs, whose
 * numbers must not also be reported from an IBAN. Cheap when the number is not glued to a token
 * before it.
 */
export function insideIban(text: string, start: number, validOnly = false): boolean {
  if (start < 2) return false;
  const b1 = text.charCodeAt(start - 1);
  const glued = isAlnumAscii(b1);
  // In a grouped IBAN every group before the last has exactly four characters.
  const grouped =
    b1 === 0x20 &&
    start >= 6 &&
    isAlnumAscii(text.charCodeAt(start - 2)) &&
    isAlnumAscii(text.charCodeAt(start - 5)) &&
    !isAlnumAscii(text.charCodeAt(start - 6));
  if (!glued && !grouped) return false;
  const from = Math.max(0, start - MAX_PRINTED);
  for (let p = start - 2; p >= from; p--) {
    if (text.charCodeAt(p) === 0x0a) return false;
    if (!isAsciiLetterCode(text.charCodeAt(p)) || !isDigitCode(text.charCodeAt(p + 2))) continue;
    const m = ibanAt(text, p);
    if (m !== null && m.end > start && (m.valid || !validOnly)) return true;
  }
  return false;
}

function mask(text: string, m: IbanMatch): string {
  let compact = "";
  for (let i = m.start; i < m.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20) compact += String.fromCharCode(upperCode(c));
  }
  return compact.substring(0, 4) + repeatChar("X", compact.length - 8) + compact.substring(compact.length - 4);
}

function detect(input: DetectorInput, _options: DetectorOptions): Finding[] {
  const text = input.text;
  const findings: Finding[] = [];

  // From digit run to digit run (found once for all number detectors); a candidate is two
  // letters at a word start before a digit pair.
  const runs = digitRuns(input);
  const starts = runs.start;
  const ends = runs.end;
  for (let k = 0; k < runs.count; k++) {
    const i = starts[k];
    if (i < 2 || ends[k] - i < 2) continue;
    if (!isAsciiLetterCode(text.charCodeAt(i - 1)) || !isAsciiLetterCode(text.charCodeAt(i - 2))) continue;
    const m = ibanAt(text, i - 2);
    if (m === null || !m.valid) continue;
    const reasons = ["format:" + (m.grouped ? "grouped" : "compact"), "checksum", "country:" + m.country];
    let confidence = m.grouped ? BASE_GROUPED : BASE_COMPACT;
    const ctx = findContext(text, m.start, m.end, POSITIVE, null, CONTEXT);
    if (ctx.positive !== null) {
      confidence += BONUS_KEYWORD;
      reasons.push("keyword");
    }
    findings.push({
      type: IBAN,
      location: input.location,
      confidence: roundConfidence(confidence),
      masked: mask(text, m),
      start: m.start,
      end: m.end,
      reasons,
    });
    // Past the IBAN: no word character follows it (ibanAt checked).
    while (k + 1 < runs.count && starts[k + 1] < m.end) k++;
  }
  return findings;
}

export const ibanDetector: Detector = {
  types: [IBAN],
  detect,
};
