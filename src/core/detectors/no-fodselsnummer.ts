// Norwegian fødselsnummer / D-number detector: pattern, checks and context words.
//
// Shape: DDMMYYIIIKK as a digit run of its own, or DDMMYY, one space or '-', IIIKK. Nothing
// joined to it by '-', '/', '.', ',' or '+', no leading '+', and the separated form is not one
// group of a longer space-grouped number.
//
// Required, because eleven digits alone are no evidence:
//   - both check digits: k1 over the first nine digits with weights 3,7,6,1,8,9,4,5,2 and k2
//     over the first ten with 5,4,3,2,7,6,5,4,3,2, each k = 11 - (sum mod 11), 11 giving 0; a
//     remainder of 1 (k = 10) means no valid number has these nine digits;
//   - a real date, not in the future, with the century from the individual number III:
//     000-499 1900-1999; 500-749 with YY >= 54 1854-1899; 500-999 with YY <= 39 2000-2039;
//     900-999 with YY >= 40 1940-1999; other combinations (historical special cases) are read
//     as 1900-1999;
//   - day + 40 (41-71) is a D-number, reported as no-d-number.
//
// Confidence (clamped to [0, 1]):
//
//   format:compact / space / hyphen   date + both check digits   base 0.60
//   keyword                           positive word near         +0.35
//   in-code                           one segment of a longer code    -0.40
//
// A negative word nearer than any keyword (faktura, kid, kontonummer, org.nr, tlf, ...) drops
// it: Norwegian account numbers (11 digits, mod 11) and KID payment references are the traps.
// Masked: the date and X (DDMMYYXXXXX).

import type { Detector, DetectorInput, DetectorOptions, Finding } from "../types";
import {
  dayNumber,
  digitRuns,
  findContext,
  adjustForContext,
  isolatedNumber,
  keywordSet,
  negativeWins,
  roundConfidence,
  runForward,
  spaceGroupAfter,
  spaceGroupBefore,
  todayNumber,
  two,
  validDate,
} from "./context";
import { insideIban } from "./iban";

const BASE = 0.6;
const BONUS_KEYWORD = 0.35;
const PENALTY_IN_CODE = 0.4;
const CONTEXT_WEIGHTS = { keyword: BONUS_KEYWORD, inCode: PENALTY_IN_CODE };

const CONTEXT = { before: 40, after: 20 };

export const NO_FODSELSNUMMER = "no-fodselsnummer";
export const NO_D_NUMBER = "no-d-number";

export const NO_POSITIVE_WORDS: readonly string[] = [
  "fødselsnummer", "fødselsnr", "fødselsnumre", "fnr", "f.nr", "personnummer", "personnr",
  "d-nummer", "d-nr", "norsk", "norge", "norway", "norwegian", "folkeregister",
  "skatteetaten", "national identity number", "birth number", "identitetsnummer",
];
export const NO_NEGATIVE_WORDS: readonly string[] = [
  "faktura", "fakturanr", "fakturanummer", "ordre", "ordrenr", "order", "invoice", "kundenr",
  "kundenummer", "kid-nr", "kidnr", "kidnummer", "konto", "kontonr", "kontonummer", "account",
  "org.nr", "orgnr", "org nr", "organisasjonsnummer", "cvr", "p-nr", "ean", "gln", "tlf",
  "telefon", "mobil", "phone", "tel.", "sagsnr", "saksnr", "saksnummer", "referanse",
  "reference", "ref.", "kl.",
];
const NO_NEGATIVE_WHOLE: readonly string[] = ["kid"];

const POSITIVE = keywordSet(NO_POSITIVE_WORDS);
const NEGATIVE = keywordSet(NO_NEGATIVE_WORDS, NO_NEGATIVE_WHOLE);

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

type Form = "compact" | "space" | "hyphen";

/** The k-th of the eleven digits: DDMMYY at p, IIIKK at q. */
function digitAt(s: string, p: number, q: number, k: number): number {
  return s.charCodeAt(k < 6 ? p + k : q + k - 6) - 0x30;
}

function checksAt(s: string, p: number, q: number): boolean {
  let sum1 = 0;
  for (let k = 0; k < 9; k++) sum1 += digitAt(s, p, q, k) * W1[k];
  let k1 = 11 - (sum1 % 11);
  if (k1 === 11) k1 = 0;
  if (k1 === 10 || k1 !== digitAt(s, p, q, 9)) return false;
  let sum2 = 0;
  for (let k = 0; k < 10; k++) sum2 += digitAt(s, p, q, k) * W2[k];
  let k2 = 11 - (sum2 % 11);
  if (k2 === 11) k2 = 0;
  return k2 !== 10 && k2 === digitAt(s, p, q, 10);
}

function birthDayAt(s: string, p: number, q: number): number | null {
  let day = two(s, p);
  const month = two(s, p + 2);
  const yy = two(s, p + 4);
  const ind = (s.charCodeAt(q) - 0x30) * 100 + two(s, q + 1);
  if (day > 40) day -= 40;
  let year: number;
  if (ind <= 499) year = 1900 + yy;
  else if (ind <= 749 && yy >= 54) year = 1800 + yy;
  else if (yy <= 39) year = 2000 + yy;
  else year = 1900 + yy;
  return validDate(year, month, day) ? dayNumber(year, month, day) : null;
}

function evaluate(input: DetectorInput, start: number, q: number, end: number, form: Form, today: number): Finding | null {
  const text = input.text;
  if (!isolatedNumber(text, start, end)) return null;
  if (form !== "compact" && (spaceGroupBefore(text, start) || spaceGroupAfter(text, end))) return null;
  if (!checksAt(text, start, q)) return null;
  const born = birthDayAt(text, start, q);
  if (born === null || born > today) return null;
  if (insideIban(text, start)) return null;

  const ctx = findContext(text, start, end, POSITIVE, NEGATIVE, CONTEXT);
  if (negativeWins(ctx)) return null;

  const dNumber = two(text, start) > 40;
  const reasons = ["format:" + form, "date", "check-digits"];
  if (dNumber) reasons.push("d-number");
  const confidence = adjustForContext(BASE, reasons, ctx, text, start, end, CONTEXT_WEIGHTS);
  return {
    type: dNumber ? NO_D_NUMBER : NO_FODSELSNUMMER,
    location: input.location,
    confidence: roundConfidence(confidence),
    masked: text.substring(start, start + 6) + "XXXXX",
    start,
    end,
    reasons,
  };
}

function detect(input: DetectorInput, options: DetectorOptions): Finding[] {
  const text = input.text;
  const n = text.length;
  const today = todayNumber(options.now);
  const findings: Finding[] = [];

  // Only the text's digit runs are visited (found once for all number detectors).
  const runs = digitRuns(input);
  const starts = runs.start;
  const ends = runs.end;
  for (let k = 0; k < runs.count; k++) {
    const i = starts[k];
    const runEnd = ends[k];
    const runLen = runEnd - i;
    let found: Finding | null = null;
    let end = runEnd;
    if (runLen === 11) {
      found = evaluate(input, i, i + 6, runEnd, "compact", today);
    } else if (runLen === 6 && runEnd + 1 < n) {
      const sep = text.charCodeAt(runEnd);
      if ((sep === 0x20 || sep === 0x2d) && runForward(text, runEnd + 1) === 5) {
        end = runEnd + 6;
        found = evaluate(input, i, runEnd + 1, end, sep === 0x20 ? "space" : "hyphen", today);
      }
    }
    if (found !== null) {
      findings.push(found);
      // Past the number: it ends where a digit run ends (evaluate checked isolatedNumber).
      while (k + 1 < runs.count && starts[k + 1] < end) k++;
    }
  }
  return findings;
}

export const noFodselsnummerDetector: Detector = {
  types: [NO_FODSELSNUMMER, NO_D_NUMBER],
  detect,
};
