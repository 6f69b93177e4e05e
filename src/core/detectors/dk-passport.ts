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

import type { Detector } from "../types";
import { keywordSet } from "./context";
import { labelledNumberDetector } from "./labelled-number";

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

export const dkPassportDetector: Detector = labelledNumberDetector({
  type: DK_PASSPORT,
  length: LENGTH,
  positive: keywordSet(PASSPORT_WORDS, PASSPORT_WHOLE),
  negative: keywordSet(PASSPORT_NEGATIVE_WORDS),
  window: CONTEXT,
  confidenceBefore: CONFIDENCE_BEFORE,
  confidenceAfter: CONFIDENCE_AFTER,
  penaltyInCode: PENALTY_IN_CODE,
});
