// Danish bank account detector (registreringsnummer + kontonummer): pattern and context words.
//
// Shape: a reg.nr. of exactly four digits, then the account number of 6-10 digits, either
//   joined     RRRR-AAAAAAAAAA or RRRR AAAAAAAAAA (one '-' or one space), or
//   labelled   RRRR, then up to GAP_MAX characters on the same line with no digit in them and at
//              least one letter ("reg.nr. RRRR kontonr. AAAAAAAAAA", "RRRR, konto: AAAAAAA").
// Each number a digit run of its own (no '-', '/', '.', ',' or '+' joining another digit, no
// further space-separated digit group), and not read from inside an IBAN (a DK IBAN holds the
// reg.nr. and the account: it is the IBAN detector's).
//
// There is no public check digit (banks use different ones, some none), so a keyword is always
// required: reg.nr, regnr, registreringsnummer, konto, kontonr, kontonummer, bankkonto, ... near
// the pair (CONTEXT before the reg.nr. or after the account) or between the two numbers; the
// labelled form needs a reg.nr. word itself (before the reg.nr. or in the gap), because "four
// digits, words, digits" is also "i <year> overført til konto <n>". A negative word nearer than
// any keyword (tlf, cvr, faktura, ean, p-nr, ...) drops it.
//
// Confidence (clamped to [0, 1]):
//
//   keyword   required                                          base 0.60
//   joined    the two numbers joined by '-' or one space        +0.10
//   labels    both a reg.nr. word and an account word present   +0.20
//
// Masked: the reg.nr. all X, the account X except its last four digits (XXXX-XXXXXX1234).

import type { Detector, DetectorInput, DetectorOptions, Finding } from "../types";
import {
  digitRuns,
  findContext,
  isAsciiLetterCode,
  isDigitCode,
  isolatedNumber,
  isWordCode,
  keywordIn,
  keywordProbe,
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

const BASE = 0.6;
const BONUS_JOINED = 0.1;
const BONUS_LABELS = 0.2;

const CONTEXT = { before: 40, after: 20 };
/** Characters allowed between a labelled reg.nr. and its account number. */
const GAP_MAX = 30;
const ACCOUNT_MIN = 6;
const ACCOUNT_MAX = 10;

export const DK_BANK_ACCOUNT = "dk-bank-account";

export const REG_WORDS: readonly string[] = [
  "reg.nr", "reg. nr", "reg nr", "regnr", "reg-nr", "registreringsnummer", "registreringsnr",
  "reg.", "sort code",
];
export const ACCOUNT_WORDS: readonly string[] = [
  "konto", "kontonr", "kontonummer", "kto", "bankkonto", "lønkonto", "nemkonto",
  "account", "bank account", "bankforbindelse", "pengeinstitut",
];
export const BANK_NEGATIVE_WORDS: readonly string[] = [
  "tlf", "telefon", "mobil", "phone", "tel.", "cvr", "se-nr", "se nr", "p-nr", "p-nummer",
  "ean", "gln", "faktura", "fakturanr", "invoice", "ordre", "ordrenr", "kundenr", "sagsnr",
  "journalnr", "j.nr", "postnr", "kl.", "cpr", "personnummer",
];

const REG = keywordSet(REG_WORDS);
const ACCOUNT = keywordSet(ACCOUNT_WORDS);
const POSITIVE = keywordSet(REG_WORDS.concat(ACCOUNT_WORDS));
const NEGATIVE = keywordSet(BANK_NEGATIVE_WORDS);
/** Reused for every candidate: findContext clears it, and evaluate reads it before the next call. */
const PROBE = keywordProbe([REG, ACCOUNT]);
/** Answers findContext for one candidate at a time (no object per candidate). */
const SCRATCH_CONTEXT = reusableContext();

/** A digit run of its own: no joined digits, no further space-separated digit group. */
function standalone(text: string, start: number, end: number): boolean {
  return isolatedNumber(text, start, end) && !spaceGroupBefore(text, start) && !spaceGroupAfter(text, end);
}

/**
 * Nothing before the reg.nr. makes it part of a longer number: no digit, '+', or digit joined
 * by '-', '/', '.', ',' or one space. (What follows is pairAt's business.)
 */
function regStartsHere(text: string, i: number): boolean {
  const b1 = i > 0 ? text.charCodeAt(i - 1) : -1;
  const b2 = i > 1 ? text.charCodeAt(i - 2) : -1;
  if (b1 === 0x2b) return false;
  if ((b1 === 0x2d || b1 === 0x2f || b1 === 0x2e || b1 === 0x2c || b1 === 0x20) && isDigitCode(b2)) return false;
  return true;
}

interface Pair {
  regStart: number;
  accStart: number;
  accEnd: number;
  joined: boolean;
}

/** The account number that belongs to the reg.nr. ending at regEnd, or null. */
function pairAt(text: string, regStart: number, regEnd: number): Pair | null {
  const n = text.length;
  if (regEnd + 1 >= n) return null;
  const sep = text.charCodeAt(regEnd);
  // Joined: RRRR-AAAAAAAAAA or RRRR AAAAAAAAAA.
  if ((sep === 0x2d || sep === 0x20) && isDigitCode(text.charCodeAt(regEnd + 1))) {
    const len = runForward(text, regEnd + 1);
    if (len < ACCOUNT_MIN || len > ACCOUNT_MAX) return null;
    const accEnd = regEnd + 1 + len;
    const a1 = accEnd < n ? text.charCodeAt(accEnd) : -1;
    const a2 = accEnd + 1 < n ? text.charCodeAt(accEnd + 1) : -1;
    if (isDigitCode(a1)) return null;
    if ((a1 === 0x2d || a1 === 0x2f || a1 === 0x2e || a1 === 0x2c || a1 === 0x2b || a1 === 0x20) && isDigitCode(a2)) return null;
    return { regStart, accStart: regEnd + 1, accEnd, joined: true };
  }
  // Labelled: a gap with a letter and no digit, on the same line.
  let letters = false;
  const limit = Math.min(n, regEnd + GAP_MAX + 1);
  for (let p = regEnd; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) return null;
    if (isDigitCode(c)) {
      if (!letters) return null;
      // The gap must not end in a joiner that makes the account part of something else.
      const len = runForward(text, p);
      if (len < ACCOUNT_MIN || len > ACCOUNT_MAX) return null;
      if (!standalone(text, p, p + len)) return null;
      if (p > 0 && isWordCode(text.charCodeAt(p - 1))) return null;
      return { regStart, accStart: p, accEnd: p + len, joined: false };
    }
    if (isAsciiLetterCode(c) || c >= 0xc0) letters = true;
  }
  return null;
}

function evaluate(input: DetectorInput, pair: Pair): Finding | null {
  const text = input.text;
  const { regStart, accStart, accEnd } = pair;
  const regEnd = regStart + 4;
  // One pass over the window for all three questions: the nearest positive and negative word,
  // a reg.nr. word before the reg.nr. (the same window's part before it), and an account word
  // anywhere in it.
  const probe = PROBE;
  const ctx = findContext(text, regStart, accEnd, POSITIVE, NEGATIVE, CONTEXT, probe, SCRATCH_CONTEXT);
  // Words between the two numbers (labelled form) count as context too, and nearest.
  const regInGap = !pair.joined && keywordIn(text, regEnd, accStart, REG);
  const accountInGap = !pair.joined && keywordIn(text, regEnd, accStart, ACCOUNT);
  const keyword = ctx.positive !== null || regInGap || accountInGap;
  if (!keyword) return null;
  if (!regInGap && !accountInGap && negativeWins(ctx)) return null;

  const hasReg = regInGap || probe.before[0];
  // Four digits, words, then digits is also "i 2023 overført til konto ...": a labelled pair
  // needs the reg.nr. named as such.
  if (!pair.joined && !hasReg) return null;

  const reasons = [pair.joined ? "format:joined" : "format:labelled", "keyword"];
  let confidence = BASE;
  if (pair.joined) confidence += BONUS_JOINED;
  const hasAccount = accountInGap || probe.before[1] || probe.after[1];
  if (hasReg && hasAccount) {
    confidence += BONUS_LABELS;
    reasons.push("labels");
  }
  if (ctx.negative !== null) reasons.push("negative-context");

  const accLen = accEnd - accStart;
  const shown = accLen > 4 ? text.substring(accEnd - 4, accEnd) : "";
  return {
    type: DK_BANK_ACCOUNT,
    location: input.location,
    confidence: roundConfidence(confidence),
    // Joined, not concatenated: a concatenation this long is kept as linked pieces, several
    // objects per finding for the garbage collector to carry (tens of thousands in a large body).
    masked: ["XXXX-", repeatChar("X", accLen - shown.length), shown].join(""),
    start: regStart,
    end: accEnd,
    // An exact-size copy: findings outlive the scan, and an array grown by push keeps room for
    // sixteen (a large body has tens of thousands of findings).
    reasons: reasons.slice(),
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
    if (ends[k] - i !== 4 || !regStartsHere(text, i)) continue;
    const pair = pairAt(text, i, i + 4);
    if (pair === null || insideIban(text, i)) continue;
    const f = evaluate(input, pair);
    if (f !== null) {
      findings.push(f);
      // Past the account number, which ends where its digit run ends.
      while (k + 1 < runs.count && starts[k + 1] < pair.accEnd) k++;
    }
  }
  return findings;
}

export const dkBankAccountDetector: Detector = {
  types: [DK_BANK_ACCOUNT],
  detect,
};
