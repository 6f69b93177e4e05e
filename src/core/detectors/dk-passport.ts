// Danish passport number detector: pattern and context words in one place.
//
// Shape: exactly nine digits as a run of its own (Microsoft Purview's Danish passport type:
// "nine digits without spaces and delimiters", no checksum). Nothing joined to it by '-', '/',
// '.', ',' or '+', no leading '+', not one group of a space-grouped number, not inside an IBAN.
// Newer passports are said to use other shapes (letters and digits); that is unverified, so
// only nine digits are recognised.
//
// Nine digits alone mean nothing, so a keyword is required: a passport word starting within
// CONTEXT characters before or after the number, on the same line. A negative word nearer than
// the keyword (tlf, cvr, faktura, konto, ...) drops it.
//
// Confidence (clamped to [0, 1]):
//
//   keyword before   "Pasnummer: n", the label precedes the value    0.80
//   keyword after    "n (pas)"                                      0.60
//   in-code          one segment of a longer code                   -0.40
//
// Masked: all X, the same length (XXXXXXXXX).

import type { Detector, DetectorInput, DetectorOptions, Finding } from "../types";
import {
  digitRuns,
  findContext,
  insideCode,
  isolatedNumber,
  keywordSet,
  negativeWins,
  repeatChar,
  roundConfidence,
  runForward,
  spaceGroupAfter,
  spaceGroupBefore,
} from "./context";
import { insideIban } from "./iban";

const CONFIDENCE_BEFORE = 0.8;
const CONFIDENCE_AFTER = 0.6;
const PENALTY_IN_CODE = 0.4;

const CONTEXT = { before: 30, after: 30 };
const LENGTH = 9;

export const DK_PASSPORT = "dk-passport";

export const PASSPORT_WORDS: readonly string[] = [
  "pasnummer", "pasnr", "pas-nr", "pas.nr", "pas nr", "rejsepas", "passport", "passnummer",
  "passnr", "passeport", "reisepass",
];
/** Whole words only: "pas" must not match "passer", "pasta" or "passage". */
const PASSPORT_WHOLE: readonly string[] = ["pas", "pass no", "pass nr"];

export const PASSPORT_NEGATIVE_WORDS: readonly string[] = [
  "tlf", "telefon", "mobil", "phone", "tel.", "cvr", "se-nr", "p-nr", "p-nummer", "ean", "gln",
  "faktura", "fakturanr", "invoice", "ordre", "ordrenr", "order", "kundenr", "kundenummer",
  "sagsnr", "konto", "kontonr", "kontonummer", "account", "reg.nr", "regnr", "cpr", "kl.",
];

const POSITIVE = keywordSet(PASSPORT_WORDS, PASSPORT_WHOLE);
const NEGATIVE = keywordSet(PASSPORT_NEGATIVE_WORDS);

function evaluate(input: DetectorInput, start: number, end: number): Finding | null {
  const text = input.text;
  if (!isolatedNumber(text, start, end)) return null;
  if (spaceGroupBefore(text, start) || spaceGroupAfter(text, end)) return null;
  if (insideIban(text, start)) return null;
  const ctx = findContext(text, start, end, POSITIVE, NEGATIVE, CONTEXT);
  if (ctx.positive === null || negativeWins(ctx)) return null;

  const reasons = ["format:digits", "keyword"];
  let confidence = ctx.positive.before ? CONFIDENCE_BEFORE : CONFIDENCE_AFTER;
  reasons.push(ctx.positive.before ? "label-before" : "label-after");
  if (ctx.negative !== null) reasons.push("negative-context");
  if (insideCode(text, start, end)) {
    confidence -= PENALTY_IN_CODE;
    reasons.push("in-code");
  }
  return {
    type: DK_PASSPORT,
    location: input.location,
    confidence: roundConfidence(confidence),
    masked: repeatChar("X", end - start),
    start,
    end,
    reasons,
  };
}

function detect(input: DetectorInput, _options: DetectorOptions): Finding[] {
  const findings: Finding[] = [];
  // Only the text's digit runs are visited (found once for all number detectors).
  const runs = digitRuns(input);
  const starts = runs.start;
  const ends = runs.end;
  for (let k = 0; k < runs.count; k++) {
    if (ends[k] - starts[k] === LENGTH) {
      const f = evaluate(input, starts[k], ends[k]);
      if (f !== null) findings.push(f);
    }
  }
  return findings;
}

export const dkPassportDetector: Detector = {
  types: [DK_PASSPORT],
  detect,
};
