// Danish driving licence number detector: pattern and context words in one place.
//
// Shape: exactly eight digits as a run of its own (Microsoft Purview's Danish driver's licence
// type: "eight digits without spaces and delimiters", no checksum). Nothing joined to it by
// '-', '/', '.', ',' or '+', no leading '+', not one group of a space-grouped number, not inside
// an IBAN.
//
// Eight digits are also phone numbers, CVR and SE numbers, so a keyword is required: a licence
// word starting within CONTEXT characters before or after the number, on the same line. A
// negative word nearer than the keyword (tlf, mobil, cvr, se-nr, faktura, ...) drops it, so
// "Kørekort: n, tlf. m" reports n and not m.
//
// Confidence (clamped to [0, 1]):
//
//   keyword before   "Kørekortnummer: n", the label precedes the value    0.75
//   keyword after    "n (kørekort)"                                       0.55
//   in-code          one segment of a longer code                         -0.40
//
// Masked: all X, the same length (XXXXXXXX).

import type { Detector } from "../types";
import { keywordSet } from "./context";
import { labelledNumberDetector } from "./labelled-number";

const CONFIDENCE_BEFORE = 0.75;
const CONFIDENCE_AFTER = 0.55;
const PENALTY_IN_CODE = 0.4;

const CONTEXT = { before: 30, after: 30 };
const LENGTH = 8;

export const DK_DRIVING_LICENCE = "dk-driving-licence";

export const LICENCE_WORDS: readonly string[] = [
  "kørekort", "korekort", "koerekort", "førerbevis", "driving licence", "driving license",
  "driver's license", "driver's licence", "driver\u2019s license", "driver\u2019s licence",
  "drivers license", "drivers licence", "driver license", "driver licence", "driverlicense",
  "driverlicence", "licence no", "license no", "licence number", "license number",
  "führerschein",
];

export const LICENCE_NEGATIVE_WORDS: readonly string[] = [
  "tlf", "telefon", "mobil", "phone", "tel.", "fax", "cvr", "se-nr", "se nr", "p-nr", "p-nummer",
  "ean", "gln", "faktura", "fakturanr", "invoice", "ordre", "ordrenr", "order", "kundenr",
  "kundenummer", "sagsnr", "konto", "kontonr", "kontonummer", "account", "reg.nr", "regnr",
  "cpr", "kl.", "postnr",
];

export const dkDrivingLicenceDetector: Detector = labelledNumberDetector({
  type: DK_DRIVING_LICENCE,
  length: LENGTH,
  positive: keywordSet(LICENCE_WORDS),
  negative: keywordSet(LICENCE_NEGATIVE_WORDS),
  window: CONTEXT,
  confidenceBefore: CONFIDENCE_BEFORE,
  confidenceAfter: CONFIDENCE_AFTER,
  penaltyInCode: PENALTY_IN_CODE,
});
