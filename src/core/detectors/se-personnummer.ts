// Swedish personnummer / samordningsnummer detector: pattern, checks and context words.
//
// Shapes (each a digit run of its own: nothing joined to it by '-', '/', '.', ',' or '+', no
// leading '+', not one group of a space-grouped number such as "+46 n"):
//   format:separator       YYMMDD-NNNC or YYMMDD+NNNC ('+' once the person is 100 or older)
//   format:long-separator  YYYYMMDD-NNNC
//   format:compact         YYMMDDNNNC     only next to a keyword
//   format:long            YYYYMMDDNNNC   only next to a keyword
// Ten bare digits are also Danish CPR numbers, P-numbers and phone numbers with a prefix, and
// twelve are also timestamps (YYYYMMDDHHMM): without a keyword only the separator forms count.
//
// Required: a real date (day + 60 is a samordningsnummer, reported as se-samordningsnummer), not
// in the future, and the Luhn check over the ten digits YYMMDDNNNC. For the ten-digit forms the
// century is the latest one that puts the date in the past ('-' or none), or a century earlier
// ('+'). A twelve-digit form needs 18, 19 or 20 as the century.
//
// A number that is also a valid Danish CPR number (DDMMYY-SSSS or ten digits: the date with the
// CPR century rule, not in the future; substitute days included) is left to the CPR detector
// unless a Swedish word is near (svensk, sverige, samordningsnummer, skatteverket, ...):
// "personnummer" is used in both languages and does not decide. ("pnr" is a P-number in Danish
// mail and counts against.)
//
// Confidence (clamped to [0, 1]):
//
//   format:separator        date + Luhn            base 0.65
//   format:long-separator   date + Luhn            base 0.65   (also date-based references)
//   format:compact / long   date + Luhn + keyword  base 0.55   (never without a keyword)
//   keyword                 positive word near     +0.35
//   in-code                 one segment of a longer code    -0.40
//
// A negative word nearer than any keyword (faktura, ordernr, tlf, org.nr, ...) drops it.
// Masked: the date part and X (YYMMDD-XXXX, YYYYMMDD-XXXX).

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
import { cprDateValidAt } from "./dk-cpr";
import { insideIban } from "./iban";

const BASE_SEPARATOR = 0.65;
const BASE_LONG_SEPARATOR = 0.65;
const BASE_BARE = 0.55;
const BONUS_KEYWORD = 0.35;
const PENALTY_IN_CODE = 0.4;
const CONTEXT_WEIGHTS = { keyword: BONUS_KEYWORD, inCode: PENALTY_IN_CODE };

const CONTEXT = { before: 40, after: 20 };

export const SE_PERSONNUMMER = "se-personnummer";
export const SE_SAMORDNINGSNUMMER = "se-samordningsnummer";

/** Words that say the number is Swedish; they also decide against a Danish reading. */
export const SE_SPECIFIC_WORDS: readonly string[] = [
  "svensk", "sverige", "samordningsnummer", "samordningsnr", "skatteverket", "swedish",
  "sweden", "folkbokför", "personbevis",
];
export const SE_POSITIVE_WORDS: readonly string[] = SE_SPECIFIC_WORDS.concat([
  "personnummer", "personnr", "pers.nr", "personal identity number", "id-nummer",
]);
export const SE_NEGATIVE_WORDS: readonly string[] = [
  "faktura", "fakturanr", "fakturanummer", "ordre", "ordrenr", "ordernr", "ordernummer", "order",
  "invoice", "kundnr", "kundnummer", "kundenr", "kunde-nr", "medlemsnr", "medlemsnummer",
  "sagsnr", "ärendenr", "ärendenummer", "org.nr", "orgnr", "organisationsnummer", "org nr",
  "cvr", "p-nr", "p-nummer", "ean", "gln", "bankgiro", "plusgiro", "ocr", "clearingnr",
  "clearingnummer", "reg.nr", "regnr", "konto", "kontonr", "kontonummer", "account",
  "tlf", "tel.", "telefon", "mobil", "phone", "kl.", "reference", "ref.", "bilag",
  "journalnr", "j.nr", "løbenr", "løbenummer", "pnr",
];

const POSITIVE = keywordSet(SE_POSITIVE_WORDS);
const SPECIFIC = keywordSet(SE_SPECIFIC_WORDS);
const NEGATIVE = keywordSet(SE_NEGATIVE_WORDS);

type Form = "separator" | "long-separator" | "compact" | "long";

interface Candidate {
  start: number;
  end: number;
  /** Offset of YYMMDD and of NNNC. */
  date: number;
  serial: number;
  /** Century digits of a twelve-digit form, else -1. */
  century: number;
  plus: boolean;
  form: Form;
}

function luhnAt(s: string, date: number, serial: number): boolean {
  let sum = 0;
  for (let k = 0; k < 10; k++) {
    const pos = k < 6 ? date + k : serial + k - 6;
    let v = s.charCodeAt(pos) - 0x30;
    if (k % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** The full birth date, or null; for ten digits the century follows from now and '+'. */
function birthDay(text: string, c: Candidate, now: Date, today: number): number | null {
  const yy = two(text, c.date);
  const month = two(text, c.date + 2);
  let day = two(text, c.date + 4);
  if (day > 60) day -= 60;
  let year: number;
  if (c.century >= 0) {
    if (c.century < 18 || c.century > 20) return null;
    year = c.century * 100 + yy;
  } else {
    const thisYear = now.getFullYear();
    year = thisYear - ((thisYear - yy) % 100 + 100) % 100;
    if (dayNumber(year, month, day) > today) year -= 100;
    if (c.plus) year -= 100;
  }
  if (!validDate(year, month, day)) return null;
  const n = dayNumber(year, month, day);
  return n > today ? null : n;
}

/** Whether the ten digits would also read as a Danish CPR number (DDMMYY + serial). */
function danishReading(text: string, c: Candidate, today: number): boolean {
  if (c.century >= 0 || c.plus) return false;
  return cprDateValidAt(text, c.date, c.serial, today);
}

function evaluate(input: DetectorInput, c: Candidate, now: Date, today: number): Finding | null {
  const text = input.text;
  if (!isolatedNumber(text, c.start, c.end)) return null;
  if (spaceGroupBefore(text, c.start) || spaceGroupAfter(text, c.end)) return null;
  if (birthDay(text, c, now, today) === null) return null;
  if (!luhnAt(text, c.date, c.serial)) return null;
  if (insideIban(text, c.start)) return null;

  const ctx = findContext(text, c.start, c.end, POSITIVE, NEGATIVE, CONTEXT);
  if (negativeWins(ctx)) return null;
  const bare = c.form === "compact" || c.form === "long";
  if (bare && ctx.positive === null) return null;
  if (danishReading(text, c, today) && findContext(text, c.start, c.end, SPECIFIC, null, CONTEXT).positive === null) {
    return null;
  }

  const samordning = two(text, c.date + 4) > 60;
  const reasons = ["format:" + c.form, "date", "luhn"];
  if (samordning) reasons.push("samordningsnummer");
  const base = c.form === "separator" ? BASE_SEPARATOR : c.form === "long-separator" ? BASE_LONG_SEPARATOR : BASE_BARE;
  const confidence = adjustForContext(base, reasons, ctx, text, c.start, c.end, CONTEXT_WEIGHTS);
  const datePart = c.century >= 0 ? text.substring(c.start, c.date + 6) : text.substring(c.date, c.date + 6);
  return {
    type: samordning ? SE_SAMORDNINGSNUMMER : SE_PERSONNUMMER,
    location: input.location,
    confidence: roundConfidence(confidence),
    masked: datePart + "-XXXX",
    start: c.start,
    end: c.end,
    reasons,
  };
}

/**
 * The one Candidate object candidateAt fills: evaluate reads it before the next candidate is
 * looked at, and a finding copies what it keeps (no object per candidate: a large body has tens
 * of thousands of them).
 */
const CANDIDATE: Candidate = { start: 0, end: 0, date: 0, serial: 0, century: -1, plus: false, form: "compact" };

function candidate(start: number, end: number, date: number, serial: number, century: number, plus: boolean, form: Form): Candidate {
  const c = CANDIDATE;
  c.start = start;
  c.end = end;
  c.date = date;
  c.serial = serial;
  c.century = century;
  c.plus = plus;
  c.form = form;
  return c;
}

function candidateAt(text: string, i: number, runLen: number): Candidate | null {
  const runEnd = i + runLen;
  if (runLen === 10) return candidate(i, runEnd, i, i + 6, -1, false, "compact");
  if (runLen === 12) return candidate(i, runEnd, i + 2, i + 8, two(text, i), false, "long");
  if (runLen !== 6 && runLen !== 8) return null;
  const sep = text.charCodeAt(runEnd);
  if (sep !== 0x2d && sep !== 0x2b) return null;
  if (runForward(text, runEnd + 1) !== 4) return null;
  if (runLen === 6) return candidate(i, runEnd + 5, i, runEnd + 1, -1, sep === 0x2b, "separator");
  if (sep !== 0x2d) return null;
  return candidate(i, runEnd + 5, i + 2, runEnd + 1, two(text, i), false, "long-separator");
}

function detect(input: DetectorInput, options: DetectorOptions): Finding[] {
  const now = options.now;
  const today = todayNumber(now);
  const findings: Finding[] = [];
  const text = input.text;

  // Only the text's digit runs are visited (found once for all number detectors).
  const runs = digitRuns(input);
  const starts = runs.start;
  const ends = runs.end;
  for (let k = 0; k < runs.count; k++) {
    const i = starts[k];
    const runLen = ends[k] - i;
    if (runLen === 6 || runLen === 8 || runLen === 10 || runLen === 12) {
      const c = candidateAt(text, i, runLen);
      if (c !== null) {
        const f = evaluate(input, c, now, today);
        if (f !== null) {
          findings.push(f);
          // Past the number: it ends where a digit run ends (evaluate checked isolatedNumber).
          while (k + 1 < runs.count && starts[k + 1] < c.end) k++;
        }
      }
    }
  }
  return findings;
}

export const sePersonnummerDetector: Detector = {
  types: [SE_PERSONNUMMER, SE_SAMORDNINGSNUMMER],
  detect,
};
