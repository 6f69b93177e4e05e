// Finnish personal identity code (henkilötunnus, HETU) detector: pattern, check, context words.
//
// Shape: DDMMYY, a century sign, a three-digit individual number ZZZ, a check character:
//   sign  '+' 1800s;  '-', Y, X, W, V, U 1900s;  A, B, C, D, E, F 2000s (upper case)
//   check "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYZZZ mod 31] (upper case)
// A token of its own: no digit or joined digit before it, no letter or digit after it.
//
// Required: the check character, a real date with the sign's century, not in the future, and
// ZZZ 002-999 (900-999 are temporary numbers, reported with reason temporary).
//
// DDMMYY-ZZZD with a digit as check character is also the shape of a Danish CPR number. Such a
// number that is also a valid CPR number (date with the CPR century rule, not in the future) is
// left to the CPR detector unless a Finnish word is near (henkilötunnus, hetu, suomi, finsk,
// ...), and for that shape a negative word nearer than any keyword (faktura, tlf, ...) drops it.
//
// Confidence (clamped to [0, 1]):
//
//   format:hetu      a letter as century sign or check character    base 0.80
//   format:numeric   DDMMYY-ZZZD, all digits (CPR-shaped)           base 0.65
//   keyword          positive word near                             +0.20
//   in-code          one segment of a longer code                   -0.40
//
// Masked: the date and X (DDMMYY-XXXX).

import type { Detector, DetectorInput, DetectorOptions, Finding } from "../types";
import {
  dayNumber,
  digitRuns,
  findContext,
  adjustForContext,
  isDigitCode,
  isolatedRun,
  isWordCode,
  keywordSet,
  negativeWins,
  roundConfidence,
  runForward,
  todayNumber,
  two,
  validDate,
} from "./context";
import { cprDateValidAt } from "./dk-cpr";

const BASE_HETU = 0.8;
const BASE_NUMERIC = 0.65;
const BONUS_KEYWORD = 0.2;
const PENALTY_IN_CODE = 0.4;
const CONTEXT_WEIGHTS = { keyword: BONUS_KEYWORD, inCode: PENALTY_IN_CODE };

const CONTEXT = { before: 40, after: 20 };

export const FI_HETU = "fi-hetu";

export const HETU_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

export const FI_POSITIVE_WORDS: readonly string[] = [
  "henkilötunnus", "henkilotunnus", "hetu", "sotu", "sosiaaliturvatunnus", "personbeteckning",
  "finsk", "finland", "suomi", "suomen", "finnish", "personal identity code", "identity code",
];
export const FI_NEGATIVE_WORDS: readonly string[] = [
  "faktura", "fakturanr", "fakturanummer", "lasku", "ordre", "ordrenr", "order", "invoice",
  "kundenr", "kundenummer", "medlemsnr", "policenr", "sagsnr", "sagsnummer", "p-nr", "p-nummer",
  "cvr", "se-nr", "ean", "gln", "reg.nr", "regnr", "konto", "kontonr", "kontonummer", "account",
  "tlf", "telefon", "mobil", "phone", "tel.", "kl.", "y-tunnus",
];

const POSITIVE = keywordSet(FI_POSITIVE_WORDS);
const NEGATIVE = keywordSet(FI_NEGATIVE_WORDS);

/** Century of a sign, or 0 if the character is not a sign. */
function centuryOf(c: number): number {
  if (c === 0x2b) return 1800;
  if (c === 0x2d || c === 0x59 || c === 0x58 || c === 0x57 || c === 0x56 || c === 0x55) return 1900; // - Y X W V U
  if (c >= 0x41 && c <= 0x46) return 2000; // A-F
  return 0;
}

function evaluate(input: DetectorInput, start: number, today: number): Finding | null {
  const text = input.text;
  const end = start + 11;
  const signCode = text.charCodeAt(start + 6);
  const century = centuryOf(signCode);
  if (century === 0) return null;
  if (runForward(text, start + 7) < 3) return null;
  const checkCode = text.charCodeAt(start + 10);
  if (end < text.length && isWordCode(text.charCodeAt(end))) return null;
  if (!isolatedRun(text, start, end)) return null;

  const individual = (text.charCodeAt(start + 7) - 0x30) * 100 + two(text, start + 8);
  if (individual < 2) return null;
  const day = two(text, start);
  const month = two(text, start + 2);
  const year = century + two(text, start + 4);
  if (!validDate(year, month, day) || dayNumber(year, month, day) > today) return null;

  // DDMMYYZZZ < 10^9 fits a double exactly.
  let value = 0;
  for (let k = 0; k < 6; k++) value = value * 10 + (text.charCodeAt(start + k) - 0x30);
  for (let k = 7; k < 10; k++) value = value * 10 + (text.charCodeAt(start + k) - 0x30);
  if (HETU_CHECK_CHARS.charCodeAt(value % 31) !== checkCode) return null;

  const numeric = signCode === 0x2d && isDigitCode(checkCode);
  const ctx = findContext(text, start, end, POSITIVE, numeric ? NEGATIVE : null, CONTEXT);
  if (numeric) {
    if (negativeWins(ctx)) return null;
    if (ctx.positive === null && cprDateValidAt(text, start, start + 7, today)) return null;
  }

  const reasons = ["format:" + (numeric ? "numeric" : "hetu"), "date", "checksum"];
  if (individual >= 900) reasons.push("temporary");
  const confidence = adjustForContext(numeric ? BASE_NUMERIC : BASE_HETU, reasons, ctx, text, start, end, CONTEXT_WEIGHTS);
  return {
    type: FI_HETU,
    location: input.location,
    confidence: roundConfidence(confidence),
    masked: text.substring(start, start + 6) + "-XXXX",
    start,
    end,
    reasons,
  };
}

function detect(input: DetectorInput, options: DetectorOptions): Finding[] {
  const n = input.text.length;
  const today = todayNumber(options.now);
  const findings: Finding[] = [];

  // Only the text's digit runs are visited (found once for all number detectors).
  const runs = digitRuns(input);
  const starts = runs.start;
  const ends = runs.end;
  for (let k = 0; k < runs.count; k++) {
    const i = starts[k];
    if (ends[k] - i === 6 && i + 11 <= n) {
      const f = evaluate(input, i, today);
      if (f !== null) {
        findings.push(f);
        // Past the identifier: no word character follows it (evaluate checked).
        while (k + 1 < runs.count && starts[k + 1] < i + 11) k++;
      }
    }
  }
  return findings;
}

export const fiHetuDetector: Detector = {
  types: [FI_HETU],
  detect,
};
