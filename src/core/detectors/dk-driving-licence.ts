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

import type { Detector, DetectorInput, DetectorOptions, Finding } from "../types";
import {
  digitRuns,
  findContext,
  insideCode,
  isolatedNumber,
  keywordSet,
  negativeWins,
  repeatChar,
  reusableContext,
  roundConfidence,
  runForward,
  spaceGroupAfter,
  spaceGroupBefore,
} from "./context";
import { insideIban } from "./iban";

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

const POSITIVE = keywordSet(LICENCE_WORDS);
const NEGATIVE = keywordSet(LICENCE_NEGATIVE_WORDS);
/** Answers findContext for one candidate at a time (no object per candidate). */
const SCRATCH_CONTEXT = reusableContext();

function evaluate(input: DetectorInput, start: number, end: number): Finding | null {
  const text = input.text;
  if (!isolatedNumber(text, start, end)) return null;
  if (spaceGroupBefore(text, start) || spaceGroupAfter(text, end)) return null;
  if (insideIban(text, start)) return null;
  const ctx = findContext(text, start, end, POSITIVE, NEGATIVE, CONTEXT, undefined, SCRATCH_CONTEXT);
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
    type: DK_DRIVING_LICENCE,
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

export const dkDrivingLicenceDetector: Detector = {
  types: [DK_DRIVING_LICENCE],
  detect,
};
