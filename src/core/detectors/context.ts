// Shared helpers for the detectors: character classes, keyword context by proximity, dates.
//
// Keyword context (BRIEF.md §3: "by proximity only, never to the whole message"): a detector
// compiles its positive and negative words once with keywordSet() and asks findContext() for the
// nearest of each around a candidate, within a window of characters on the same line. Words match
// at the start of a word, as prefixes (so Danish compounds match: sygesikringskort,
// personnummeret), or as whole words where a prefix would catch ordinary words ("pas" must not
// match "passer"). Nearness counts the letters and digits between word and number, so punctuation
// and spaces do not decide; on a tie the word before the number wins, because labels precede
// their values. A negative word drops a candidate unless a positive word is nearer
// (negativeWins).
//
// Everything here is ES2016 and allocation-free on the scanning path: the detectors call it only
// for candidates, never per character of the text.

import type { DetectorInput } from "../types";

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isUpperAsciiCode(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Letters (including æ, ø, å and other non-ASCII letters, roughly) and digits. */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return isDigitCode(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
}

const DIGIT = /[0-9]/g;

/** How far nextDigit looks by hand before it hands over to the regex engine. */
const NEAR = 24;

/**
 * Offset of the first ASCII digit at or after i, or text.length. A digit close by is found by
 * hand (digit-dense text: tables, lists); beyond that the regex engine skips prose several
 * times faster than a charCodeAt loop. Its match array is one allocation per digit run found
 * (callers skip whole runs), never one per character.
 */
export function nextDigit(text: string, i: number): number {
  const n = text.length;
  const stop = i + NEAR < n ? i + NEAR : n;
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return i;
  }
  if (i >= n) return n;
  DIGIT.lastIndex = i;
  const m = DIGIT.exec(text);
  return m === null ? n : m.index;
}

/** Length of the digit run starting at i. */
export function runForward(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
  return j - i;
}

/** Length of the digit run ending just before i. */
export function runBackward(text: string, i: number): number {
  let j = i;
  while (j > 0 && isDigitCode(text.charCodeAt(j - 1))) j--;
  return i - j;
}

/** Value of the two digits at s[i], s[i+1]. */
export function two(s: string, i: number): number {
  return (s.charCodeAt(i) - 0x30) * 10 + (s.charCodeAt(i + 1) - 0x30);
}

/** Lower case with the same length as text, which String.prototype.toLowerCase does not promise. */
export function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const l = text.charAt(i).toLowerCase();
    out += l.length === 1 ? l : text.charAt(i);
  }
  return out;
}

/** The input's lower-cased text if it lines up with the text, else a same-length lower case. */
export function lowerOf(input: DetectorInput): string {
  const text = input.text;
  return input.lower && input.lower.length === text.length ? input.lower : sameLengthLower(text);
}

/** Clamped to [0, 1] and rounded to two decimals. */
export function roundConfidence(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/** `n` copies of `c`. */
export function repeatChar(c: string, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += c;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Digit-run boundaries

function isNumberJoiner(c: number): boolean {
  // '-', '/', '.', ','
  return c === 0x2d || c === 0x2f || c === 0x2e || c === 0x2c;
}

/**
 * Not part of a longer number: no digit run continues across a '-', '/', '.' or ',' on either
 * side, and a '+' before is a phone prefix (or a sum). Grouped-number checks (space-separated
 * groups) are the caller's: they differ per format.
 */
export function isolatedRun(text: string, start: number, end: number): boolean {
  const n = text.length;
  const b1 = start > 0 ? text.charCodeAt(start - 1) : -1;
  const b2 = start > 1 ? text.charCodeAt(start - 2) : -1;
  const a1 = end < n ? text.charCodeAt(end) : -1;
  const a2 = end + 1 < n ? text.charCodeAt(end + 1) : -1;
  if (isDigitCode(b1) || b1 === 0x2b) return false;
  if (isNumberJoiner(b1) && isDigitCode(b2)) return false;
  if (isDigitCode(a1)) return false;
  if (isNumberJoiner(a1) && isDigitCode(a2)) return false;
  return true;
}

/** isolatedRun, and no '+' joins a digit after it either (sums, OCR payment lines). */
export function isolatedNumber(text: string, start: number, end: number): boolean {
  if (!isolatedRun(text, start, end)) return false;
  return !(end + 1 < text.length && text.charCodeAt(end) === 0x2b && isDigitCode(text.charCodeAt(end + 1)));
}

/** A digit group separated by one space sits right before start ("12 |3456"). */
export function spaceGroupBefore(text: string, start: number): boolean {
  return start > 1 && text.charCodeAt(start - 1) === 0x20 && isDigitCode(text.charCodeAt(start - 2));
}

/** A digit group separated by one space follows end ("3456| 78"). */
export function spaceGroupAfter(text: string, end: number): boolean {
  return end + 1 < text.length && text.charCodeAt(end) === 0x20 && isDigitCode(text.charCodeAt(end + 1));
}

function isCodeJoiner(c: number): boolean {
  return c === 0x2d || c === 0x5f || c === 0x2f;
}

/**
 * Glued to letters or digits on both sides, directly or by '-', '_' or '/': one segment of a
 * reference such as ABC-<number>-X. Detectors lower the confidence, they do not drop it.
 */
export function insideCode(text: string, start: number, end: number): boolean {
  const n = text.length;
  const b1 = start > 0 ? text.charCodeAt(start - 1) : -1;
  const b2 = start > 1 ? text.charCodeAt(start - 2) : -1;
  const a1 = end < n ? text.charCodeAt(end) : -1;
  const a2 = end + 1 < n ? text.charCodeAt(end + 1) : -1;
  const before = isWordCode(b1) || (isCodeJoiner(b1) && isWordCode(b2));
  const after = isWordCode(a1) || (isCodeJoiner(a1) && isWordCode(a2));
  return before && after;
}

// ---------------------------------------------------------------------------------------------
// Keyword context

interface KeywordEntry {
  word: string;
  /** Must end at a word boundary ("pas" but not "passer"). */
  whole: boolean;
}

/** Keywords indexed by first character; build once per detector with keywordSet(). */
export interface KeywordSet {
  readonly index: { [firstChar: string]: KeywordEntry[] };
}

/**
 * Compiles lower-case keywords: `prefixWords` match at a word start as prefixes, `wholeWords`
 * only as whole words.
 */
export function keywordSet(prefixWords: readonly string[], wholeWords: readonly string[] = []): KeywordSet {
  const index: { [firstChar: string]: KeywordEntry[] } = {};
  const add = (word: string, whole: boolean): void => {
    const k = word.charAt(0);
    (index[k] || (index[k] = [])).push({ word, whole });
  };
  for (let i = 0; i < prefixWords.length; i++) add(prefixWords[i], false);
  for (let i = 0; i < wholeWords.length; i++) add(wholeWords[i], true);
  return { index };
}

/** Length of the longest keyword of the set starting at lower[p], or 0. */
export function matchKeywordAt(lower: string, p: number, set: KeywordSet): number {
  const list = set.index[lower.charAt(p)];
  if (!list) return 0;
  let best = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const w = e.word;
    if (w.length > best && lower.startsWith(w, p)) {
      if (e.whole && p + w.length < lower.length && isWordCode(lower.charCodeAt(p + w.length))) continue;
      best = w.length;
    }
  }
  return best;
}

function isWordStart(lower: string, p: number): boolean {
  return isWordCode(lower.charCodeAt(p)) && !(p > 0 && isWordCode(lower.charCodeAt(p - 1)));
}

/** Whether a keyword of the set starts at a word start in lower[from..to). */
export function keywordIn(lower: string, from: number, to: number, set: KeywordSet): boolean {
  for (let p = Math.max(0, from); p < to && p < lower.length; p++) {
    if (isWordStart(lower, p) && matchKeywordAt(lower, p, set) > 0) return true;
  }
  return false;
}

function countWordChars(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (isWordCode(text.charCodeAt(i))) count++;
  return count;
}

export interface ContextHit {
  /** Letters and digits between the word and the number. */
  distance: number;
  /** The word comes before the number. */
  before: boolean;
}

export interface Context {
  positive: ContextHit | null;
  negative: ContextHit | null;
}

/** How far around a candidate words are looked for (characters, and never past a line end). */
export interface ContextWindow {
  before: number;
  after: number;
}

/** Whether hit a is nearer than b (a tie goes to the word before the number). */
export function nearer(a: ContextHit, b: ContextHit | null): boolean {
  if (b === null) return true;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.before && !b.before;
}

/**
 * The nearest positive and the nearest negative word around lower[start..end): words starting
 * within window.before characters before start or window.after characters after end, on the
 * same line. A word that is both positive and negative counts as positive.
 */
export function findContext(
  lower: string,
  start: number,
  end: number,
  positive: KeywordSet,
  negative: KeywordSet | null,
  window: ContextWindow,
): Context {
  let from = Math.max(0, start - window.before);
  for (let i = start - 1; i >= from; i--) {
    if (lower.charCodeAt(i) === 0x0a) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(lower.length, end + window.after);
  for (let i = end; i < to; i++) {
    if (lower.charCodeAt(i) === 0x0a) {
      to = i;
      break;
    }
  }

  const ctx: Context = { positive: null, negative: null };
  for (let p = from; p < to; p++) {
    if (p >= start && p < end) {
      p = end - 1;
      continue;
    }
    if (!isWordStart(lower, p)) continue;
    const pos = matchKeywordAt(lower, p, positive);
    const neg = pos > 0 || negative === null ? 0 : matchKeywordAt(lower, p, negative);
    const len = pos || neg;
    if (len === 0) continue;
    const before = p < start;
    let distance: number;
    if (before) {
      // Extend to the end of the word so a compound (fakturanummer) is not measured as letters
      // between the word and the number.
      let wordEnd = p + len;
      while (wordEnd < start && isWordCode(lower.charCodeAt(wordEnd))) wordEnd++;
      distance = countWordChars(lower, wordEnd, start);
    } else {
      distance = countWordChars(lower, end, p);
    }
    const hit: ContextHit = { distance, before };
    if (pos > 0) {
      if (nearer(hit, ctx.positive)) ctx.positive = hit;
    } else if (nearer(hit, ctx.negative)) {
      ctx.negative = hit;
    }
  }
  return ctx;
}

/** A negative word is near and no positive word is nearer: the candidate is something else. */
export function negativeWins(ctx: Context): boolean {
  return ctx.negative !== null && (ctx.positive === null || !nearer(ctx.positive, ctx.negative));
}

// ---------------------------------------------------------------------------------------------
// Dates

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether year-month-day exists in the Gregorian calendar. */
export function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const maxDay = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= maxDay;
}

/** A sortable day number (yyyymmdd). */
export function dayNumber(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/** Today's day number in local time. */
export function todayNumber(now: Date): number {
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
