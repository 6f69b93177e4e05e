// Danish CPR number (personnummer) detector: pattern, checks and context words in one place.
//
// Shape: DDMMYY, an optional single '-' or ' ', then SSSS, as a digit run of its own (see
// isolated()), and not part of a valid IBAN (a Dutch or Italian account number is ten digits in
// a compact IBAN: that is the IBAN detector's finding). The 7th digit and YY give the century
// (BRIEF.md §3); the date must exist and not lie in the future. Day 61-91 is a substitute number
// (erstatningspersonnummer): day - 60.
//
// Modulus 11 only ever raises confidence: numbers without it have been issued since 2007, and
// Purview's mod-11 gate is exactly how those people's numbers get missed.
//
// Confidence (clamped to [0, 1]):
//
//   format:hyphen   DDMMYY-SSSS      base 0.60   the way people write a CPR number
//   format:compact  DDMMYYSSSS       base 0.40   also any 10-digit id
//   format:space    DDMMYY SSSS      base 0.40   also timestamps and grouped numbers
//   mod11           checksum holds   +0.25
//   keyword         positive word    +0.35
//   in-code         one segment of a longer code (ab-DDMMYY-SSSS-cd)    -0.40
//
// so an unchecked space or compact number (0.40), or any number inside a code without a keyword,
// stays below the usual 0.5 policy minimum and is shown, not decisive.
//
// Context is looked for only near the number (BRIEF.md: "by proximity only, never to the whole
// message"): words starting within CONTEXT_BEFORE characters before it or CONTEXT_AFTER after
// it, on the same line. A negative word (faktura, tlf, p-nr, ...) drops the candidate unless a
// positive word is nearer. Nearness counts the letters and digits between word and number, so
// punctuation and spaces do not decide ("CPR-nr.: n, tlf. m" is a tie); on a tie the word before
// the number wins, because labels precede their values. That proximity logic lives in
// context.ts, shared with the other detectors.

import type { Detector, DetectorInput, DetectorOptions, Finding } from "../types";
import {
  dayNumber,
  findContext,
  adjustForContext,
  isDigitCode,
  digitRuns,
  isolatedRun,
  keywordSet,
  negativeWins,
  reusableContext,
  roundConfidence,
  runBackward,
  runForward,
  todayNumber,
  two,
  validDate,
} from "./context";
import { insideIban } from "./iban";

const BASE_HYPHEN = 0.6;
const BASE_COMPACT = 0.4;
const BASE_SPACE = 0.4;
const BONUS_MOD11 = 0.25;
const BONUS_KEYWORD = 0.35;
const PENALTY_IN_CODE = 0.4;
const CONTEXT_WEIGHTS = { keyword: BONUS_KEYWORD, inCode: PENALTY_IN_CODE };

const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 20;

export const DK_CPR = "dk-cpr";
export const DK_CPR_SUBSTITUTE = "dk-cpr-substitute";

/**
 * Matched at the start of a word, as prefixes, so Danish compounds match too
 * (sygesikringskort, personnummeret). Lower case; the text is compared folded to lower case.
 */
export const CPR_POSITIVE_WORDS: readonly string[] = [
  "cpr", "cpr-nr", "cpr.nr", "cprnr", "cpr-nummer", "cpr nr", "cpr no",
  "personnummer", "personnr", "pers.nr", "person nr",
  "fødselsdato", "sygesikring", "sundhedskort", "personregister",
  "civil registration", "personal identification",
];

/**
 * Numbers that look like a CPR number but are something else. "j.nr."/journalnummer is left out
 * on purpose: authorities use the CPR number itself as the journal number.
 */
export const CPR_NEGATIVE_WORDS: readonly string[] = [
  "faktura", "fakturanr", "ordre", "ordrenr", "kundenr", "kunde-nr", "kundenummer",
  "medlemsnr", "medlemsnummer", "policenr", "police-nr", "sagsnr", "sagsnummer",
  "p-nr", "p-nummer", "pnr", "cvr", "se-nr", "se nr", "ean", "gln",
  "reg.nr", "regnr", "reg. nr", "konto", "kontonr", "kontonummer",
  "tlf", "telefon", "mobil", "kl.", "invoice", "order", "account", "phone", "tel.",
];

const POSITIVE = keywordSet(CPR_POSITIVE_WORDS);
const NEGATIVE = keywordSet(CPR_NEGATIVE_WORDS);

type Form = "hyphen" | "compact" | "space";

const BASE: { [form: string]: number } = {
  hyphen: BASE_HYPHEN,
  compact: BASE_COMPACT,
  space: BASE_SPACE,
};

const FORMAT_REASON: { [form: string]: string } = {
  hyphen: "format:hyphen",
  compact: "format:compact",
  space: "format:space",
};

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const CONTEXT = { before: CONTEXT_BEFORE, after: CONTEXT_AFTER };
/** Answers findContext for one candidate at a time (no object per candidate). */
const SCRATCH_CONTEXT = reusableContext();

/** The ten digits of a CPR number, separators removed; null if it is not ten digits. */
function tenDigits(s: string): string | null {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) out += s.charAt(i);
    else if (c !== 0x2d && c !== 0x20) return null;
  }
  return out.length === 10 ? out : null;
}

interface BirthDate {
  year: number;
  month: number;
  day: number;
}

/** birthDayAt as a date, or null. */
function birthDateAt(s: string, p: number, q: number): BirthDate | null {
  const day = birthDayAt(s, p, q);
  if (day < 0) return null;
  return { year: Math.floor(day / 10000), month: Math.floor(day / 100) % 100, day: day % 100 };
}

/**
 * Birth date from DDMMYY at s[p..p+6) and the serial at s[q..q+4), as a dayNumber (yyyymmdd),
 * or -1 when it does not exist. Works on the text in place and allocates nothing: the detector
 * calls it for every candidate, tens of thousands in a large body.
 */
function birthDayAt(s: string, p: number, q: number): number {
  let day = two(s, p);
  const month = two(s, p + 2);
  const yy = two(s, p + 4);
  const seventh = s.charCodeAt(q) - 0x30;
  if (day > 60) day -= 60;

  let year: number;
  if (seventh <= 3) year = 1900 + yy;
  else if (seventh === 4 || seventh === 9) year = yy <= 36 ? 2000 + yy : 1900 + yy;
  else year = yy <= 57 ? 2000 + yy : 1800 + yy;

  if (!validDate(year, month, day)) return -1;
  return dayNumber(year, month, day);
}

function mod11At(s: string, p: number, q: number): boolean {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (s.charCodeAt(p + i) - 0x30) * WEIGHTS[i];
  for (let i = 0; i < 4; i++) sum += (s.charCodeAt(q + i) - 0x30) * WEIGHTS[6 + i];
  return sum % 11 === 0;
}

/**
 * Birth date of a CPR number (10 digits, or with its '-' or ' '), with the century from the 7th
 * digit; for a substitute number (day 61-91) the real day, day - 60. Null when the date does
 * not exist. The future check needs "now" and is the detector's.
 */
export function cprBirthDate(digits: string): BirthDate | null {
  const d = tenDigits(digits);
  return d === null ? null : birthDateAt(d, 0, 6);
}

/** Modulus 11 with weights 4,3,2,7,6,5,4,3,2,1. */
export function cprMod11(digits: string): boolean {
  const d = tenDigits(digits);
  return d !== null && mod11At(d, 0, 6);
}

/**
 * Whether DDMMYY at s[p..p+6) with the serial at s[q..q+4) reads as a Danish CPR number: the
 * date (century from the 7th digit, substitute days included) exists and is not after today
 * (a dayNumber). No checksum: CPR numbers need not have one. For the other Nordic detectors,
 * which leave a number that is also a valid CPR number to this one.
 */
export function cprDateValidAt(s: string, p: number, q: number, today: number): boolean {
  const day = birthDayAt(s, p, q);
  return day >= 0 && day <= today;
}

/** `DDMMYY-XXXX`: what the user's own view may show; the serial never leaves the detector. */
export function maskCpr(digits: string): string {
  const d = tenDigits(digits);
  return (d === null ? "XXXXXX" : d.substring(0, 6)) + "-XXXX";
}

/**
 * Not part of a longer number: no digit run continues across a '-', '/', '.', ',' or '+',
 * a leading '+' is a phone prefix, and a space-separated number is not one group of a longer
 * grouped number (phone, IBAN, timestamps) unless the neighbouring groups are themselves a
 * space-separated CPR number (a list or a table row of them).
 */
function isolated(text: string, start: number, end: number, form: Form): boolean {
  if (!isolatedRun(text, start, end)) return false;
  const n = text.length;
  const b1 = start > 0 ? text.charCodeAt(start - 1) : -1;
  const b2 = start > 1 ? text.charCodeAt(start - 2) : -1;
  const a1 = end < n ? text.charCodeAt(end) : -1;
  const a2 = end + 1 < n ? text.charCodeAt(end + 1) : -1;

  if (form === "space") {
    if (b1 === 0x20 && isDigitCode(b2) && !spaceCprEndsAt(text, start - 1)) return false;
    if (a1 === 0x20 && isDigitCode(a2) && !spaceCprStartsAt(text, end + 1)) return false;
  }
  return true;
}

/** Whether text[..end) ends with exactly "DDDDDD DDDD". */
function spaceCprEndsAt(text: string, end: number): boolean {
  if (runBackward(text, end) !== 4) return false;
  const sep = end - 5;
  return sep > 0 && text.charCodeAt(sep) === 0x20 && runBackward(text, sep) === 6;
}

/** Whether text[start..] starts with exactly "DDDDDD DDDD". */
function spaceCprStartsAt(text: string, start: number): boolean {
  if (runForward(text, start) !== 6) return false;
  const sep = start + 6;
  return text.charCodeAt(sep) === 0x20 && runForward(text, sep + 1) === 4;
}

function evaluate(input: DetectorInput, start: number, end: number, form: Form, today: number): Finding | null {
  const text = input.text;
  if (!isolated(text, start, end, form)) return null;
  const serial = end - 4;
  const born = birthDayAt(text, start, serial);
  if (born < 0 || born > today) return null;

  // A Dutch or Italian account number inside a compact IBAN can be ten digits of CPR shape; a
  // valid IBAN is the IBAN detector's. An IBAN-shaped token whose check fails is no IBAN, so the
  // number in it is still looked at here.
  if (insideIban(text, start, true)) return null;

  // The keyword look-ups take the text itself (context.ts folds case per character). Looked up
  // before anything is built for the finding: most dropped candidates are dropped here.
  const ctx = findContext(text, start, end, POSITIVE, NEGATIVE, CONTEXT, undefined, SCRATCH_CONTEXT);
  if (ctx.negative !== null && negativeWins(ctx)) return null;

  const reasons: string[] = [FORMAT_REASON[form]];
  let confidence = BASE[form];
  const substitute = two(text, start) > 60;
  if (substitute) reasons.push("substitute");
  if (mod11At(text, start, serial)) {
    confidence += BONUS_MOD11;
    reasons.push("mod11");
  }
  confidence = adjustForContext(confidence, reasons, ctx, text, start, end, CONTEXT_WEIGHTS);

  return {
    type: substitute ? DK_CPR_SUBSTITUTE : DK_CPR,
    location: input.location,
    confidence: roundConfidence(confidence),
    masked: text.substring(start, start + 6) + "-XXXX",
    start,
    end,
    // An exact-size copy: findings outlive the scan, and an array grown by push keeps room for
    // sixteen (a large body has tens of thousands of findings).
    reasons: reasons.slice(),
  };
}

function detect(input: DetectorInput, options: DetectorOptions): Finding[] {
  const now = options.now;
  const today = todayNumber(now);
  const findings: Finding[] = [];
  const text = input.text;
  const n = text.length;

  // One pass over the text's digit runs (shared with the other number detectors): a run of
  // exactly 10, or exactly 6 + one separator + exactly 4 (the next run).
  const runs = digitRuns(input);
  const starts = runs.start;
  const ends = runs.end;
  for (let k = 0; k < runs.count; k++) {
    const i = starts[k];
    const runEnd = ends[k];
    const len = runEnd - i;
    let found: Finding | null = null;
    if (len === 10) {
      found = evaluate(input, i, runEnd, "compact", today);
    } else if (len === 6 && runEnd + 1 < n && k + 1 < runs.count && starts[k + 1] === runEnd + 1 && ends[k + 1] === runEnd + 5) {
      const sep = text.charCodeAt(runEnd);
      if (sep === 0x2d || sep === 0x20) {
        found = evaluate(input, i, runEnd + 5, sep === 0x2d ? "hyphen" : "space", today);
      }
    }
    if (found !== null) findings.push(found);
  }
  return findings;
}

export const dkCprDetector: Detector = {
  types: [DK_CPR, DK_CPR_SUBSTITUTE],
  detect,
};
