// Payment card number (PAN) detector: pattern, checks and context words in one place.
//
// Shape: 13-19 digits, compact, or in groups of four separated by one space or one hyphen (the
// same separator throughout, the last group 1-4 digits), or 4-6-5 for a 15-digit American
// Express. Never part of a longer number: no digit, and no '-', '/', '.', ',' or '+' joining a
// digit, on either side; a '+' or '<' before it (phone prefix, OCR payment line) and a further
// digit group after it rule it out; nor is it read from inside an IBAN.
//
// Required: the Luhn check AND a known issuer prefix with a length that issuer uses:
//
//   Visa 4 (16, 19; Visa/Dankort 4571)        Mastercard 51-55 and 2221-2720 (16)
//   American Express 34, 37 (15)              Dankort 5019 (16)
//   Maestro 5018, 5020, 5038, 5893, 6304, 6759, 6761-6763 (13-19)
//   Discover 6011, 644-649, 65 (16-19)
//
// Lengths 13-14, and 15 for anything but Amex, are reported only next to a keyword: EAN-13
// article and location numbers are 13 digits and pass Luhn one time in ten.
//
// Confidence (clamped to [0, 1]):
//
//   format:compact   13-19 digits in one run            base 0.60
//   format:grouped   groups of four (or Amex 4-6-5)      base 0.70   the way cards are printed
//   keyword          kort, kortnummer, visa, card, ...   +0.30
//
// A negative word nearer than any keyword (ean, gln, faktura, ordre, ocr, tlf, ...) drops the
// candidate. Masked: X in groups of four, the last four digits kept (XXXX XXXX XXXX 1234).

import type { Detector, DetectorInput, DetectorOptions, Finding } from "../types";
import {
  digitRuns,
  findContext,
  isDigitCode,
  isolatedNumber,
  keywordSet,
  negativeWins,
  roundConfidence,
  runForward,
} from "./context";
import { insideIban } from "./iban";

const BASE_COMPACT = 0.6;
const BASE_GROUPED = 0.7;
const BONUS_KEYWORD = 0.3;

const CONTEXT = { before: 40, after: 20 };

export const PAYMENT_CARD = "payment-card";

export const CARD_POSITIVE_WORDS: readonly string[] = [
  "kortnummer", "kortnr", "kort-nr", "kortet", "kortoplysninger", "kreditkort", "betalingskort",
  "debetkort", "dankort", "visa", "mastercard", "maestro", "amex", "american express",
  "discover", "card", "credit card", "debit card", "kreditkarte", "kortnummret",
];
/** Whole words only: "kort" is also Danish for "short" in compounds (kortvarig). */
const CARD_POSITIVE_WHOLE: readonly string[] = ["kort", "pan", "cc"];

export const CARD_NEGATIVE_WORDS: readonly string[] = [
  "ean", "gln", "faktura", "fakturanr", "invoice", "ordre", "ordrenr", "order", "kundenr",
  "kundenummer", "sagsnr", "ocr", "fik", "betalings-id", "betalingsid", "kreditornr",
  "tlf", "telefon", "mobil", "phone", "tel.", "cvr", "p-nr", "sporing", "tracking",
  "forsendelse", "pakkenr", "kolli", "reference", "ref.", "konto", "kontonr", "reg.nr",
];

const POSITIVE = keywordSet(CARD_POSITIVE_WORDS, CARD_POSITIVE_WHOLE);
const NEGATIVE = keywordSet(CARD_NEGATIVE_WORDS);

interface Candidate {
  start: number;
  end: number;
  grouped: boolean;
}

/** Digit offsets of the candidate being evaluated (see evaluate); more than any candidate has. */
const DIGIT_AT = new Int32Array(32);

/** The value of the k-th digit of a candidate (its offset in text is digitAt[k]). */
function digitValue(text: string, digitAt: Int32Array, k: number): number {
  return text.charCodeAt(digitAt[k]) - 0x30;
}

/** The issuer name for the candidate's len digits (offsets in text in digitAt), or null. */
function issuerOf(text: string, digitAt: Int32Array, len: number): string | null {
  const p2 = digitValue(text, digitAt, 0) * 10 + digitValue(text, digitAt, 1);
  const p3 = p2 * 10 + digitValue(text, digitAt, 2);
  const p4 = p3 * 10 + digitValue(text, digitAt, 3);
  if (p2 === 34 || p2 === 37) return len === 15 ? "amex" : null;
  if (p4 === 5019) return len === 16 ? "dankort" : null;
  if (p4 === 5018 || p4 === 5020 || p4 === 5038 || p4 === 5893 || p4 === 6304 || p4 === 6759 || (p4 >= 6761 && p4 <= 6763)) {
    return len >= 13 ? "maestro" : null;
  }
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return len >= 16 ? "discover" : null;
  if (p2 >= 51 && p2 <= 55) return len === 16 ? "mastercard" : null;
  if (p4 >= 2221 && p4 <= 2720) return len === 16 ? "mastercard" : null;
  if (digitValue(text, digitAt, 0) === 4) return len === 13 || len === 16 || len === 19 ? "visa" : null;
  return null;
}

function luhn(text: string, digitAt: Int32Array, len: number): boolean {
  let sum = 0;
  for (let k = 0; k < len; k++) {
    let v = text.charCodeAt(digitAt[len - 1 - k]) - 0x30;
    if (k % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** Reads a card-shaped candidate whose first digit run starts at i (not preceded by a digit). */
function candidateAt(text: string, i: number, runLen: number): Candidate | null {
  const n = text.length;
  const runEnd = i + runLen;
  if (runLen >= 13 && runLen <= 19) {
    return { start: i, end: runEnd, grouped: false };
  }
  if (runLen !== 4 || runEnd + 1 >= n) return null;
  const sep = text.charCodeAt(runEnd);
  if (sep !== 0x20 && sep !== 0x2d) return null;
  // Amex 4-6-5.
  const second = runForward(text, runEnd + 1);
  if (second === 6) {
    const third = runEnd + 7;
    if (text.charCodeAt(third) === sep && runForward(text, third + 1) === 5) {
      return { start: i, end: third + 6, grouped: true };
    }
    return null;
  }
  // Groups of four, the last 1-4.
  let pos = runEnd;
  let digits = 4;
  for (;;) {
    if (pos + 1 >= n || text.charCodeAt(pos) !== sep || !isDigitCode(text.charCodeAt(pos + 1))) break;
    const g = runForward(text, pos + 1);
    if (g > 4) return null;
    digits += g;
    pos += 1 + g;
    if (digits > 19) return null;
    if (g < 4) break;
  }
  if (digits < 13) return null;
  return { start: i, end: pos, grouped: true };
}

function evaluate(input: DetectorInput, cand: Candidate): Finding | null {
  const text = input.text;
  const { start, end } = cand;
  if (!isolatedNumber(text, start, end)) return null;
  const n = text.length;
  const b1 = start > 0 ? text.charCodeAt(start - 1) : -1;
  const b2 = start > 1 ? text.charCodeAt(start - 2) : -1;
  // OCR payment lines (+71<...+...<) and a digit group before it.
  if (b1 === 0x3c) return null;
  if ((b1 === 0x20 || b1 === 0x2d) && isDigitCode(b2)) return null;
  const a1 = end < n ? text.charCodeAt(end) : -1;
  const a2 = end + 1 < n ? text.charCodeAt(end + 1) : -1;
  if (a1 === 0x3c || a1 === 0x2b) return null;
  if ((a1 === 0x20 || a1 === 0x2d) && isDigitCode(a2)) return null;
  if (insideIban(text, start)) return null;

  // Offsets of the digits, in a buffer kept across candidates (no array per candidate: a large
  // body has tens of thousands of 13-19-digit runs, EAN numbers and the like). A candidate spans
  // at most 19 digits and their separators.
  const digitAt = DIGIT_AT;
  let len = 0;
  for (let k = start; k < end && len < digitAt.length; k++) if (isDigitCode(text.charCodeAt(k))) digitAt[len++] = k;
  if (len < 13 || len > 19) return null;
  const issuer = issuerOf(text, digitAt, len);
  if (issuer === null) return null;
  if (!luhn(text, digitAt, len)) return null;

  const ctx = findContext(text, start, end, POSITIVE, NEGATIVE, CONTEXT);
  if (negativeWins(ctx)) return null;
  const needsKeyword = len < 15 || (len === 15 && issuer !== "amex");
  if (needsKeyword && ctx.positive === null) return null;

  const reasons = ["format:" + (cand.grouped ? "grouped" : "compact"), "luhn", "issuer:" + issuer];
  let confidence = cand.grouped ? BASE_GROUPED : BASE_COMPACT;
  if (ctx.negative !== null) reasons.push("negative-context");
  if (ctx.positive !== null) {
    confidence += BONUS_KEYWORD;
    reasons.push("keyword");
  }

  let xs = "";
  for (let k = 0; k < len - 4; k++) xs += k > 0 && k % 4 === 0 ? " X" : "X";
  let last = "";
  for (let k = len - 4; k < len; k++) last += text.charAt(digitAt[k]);
  return {
    type: PAYMENT_CARD,
    location: input.location,
    confidence: roundConfidence(confidence),
    masked: xs + " " + last,
    start,
    end,
    reasons,
  };
}

function detect(input: DetectorInput, _options: DetectorOptions): Finding[] {
  const text = input.text;
  const findings: Finding[] = [];

  // Only the text's digit runs are visited (found once for all number detectors).
  const runs = digitRuns(input);
  const starts = runs.start;
  const ends = runs.end;
  for (let k = 0; k < runs.count; k++) {
    const i = starts[k];
    const runLen = ends[k] - i;
    const cand = runLen === 4 || (runLen >= 13 && runLen <= 19) ? candidateAt(text, i, runLen) : null;
    if (cand !== null) {
      const f = evaluate(input, cand);
      if (f !== null) {
        findings.push(f);
        // Past the number: it ends where a digit run ends (evaluate checked isolatedNumber).
        while (k + 1 < runs.count && starts[k + 1] < cand.end) k++;
      }
    }
  }
  return findings;
}

export const paymentCardDetector: Detector = {
  types: [PAYMENT_CARD],
  detect,
};
