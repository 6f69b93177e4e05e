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
// for candidates, never per character of the text (digitRuns, the one pass over a whole text, is
// the regex engine's and runs once per text).
//
// Lower case without lower-casing the text: the keyword look-ups take the text itself and fold
// each character they read through LOWER, a per-character table of String.prototype.toLowerCase.
// That gives what a look-up in the lower-cased text gives (the only context-dependent mapping,
// a final sigma, and the astral letters fold to characters no keyword holds and that count as
// word characters either way), and it spares every scan a toLowerCase of the whole text, which
// cost as much as several detectors on a large body.

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

/**
 * Lower case of each UTF-16 code unit: the character's own toLowerCase when that is one code
 * unit, else the character itself (U+0130 becomes "i" plus a combining dot, which would shift
 * every offset after it). The same-length lower case of a text, one character at a time.
 */
export const LOWER: Uint16Array = buildLower();
/** LOWER under a module-local name: compiled to CommonJS, an exported one is read via `exports`. */
const LOWER_CODE = LOWER;

function buildLower(): Uint16Array {
  const t = new Uint16Array(0x10000);
  const CHUNK_SIZE = 256;
  const codes: number[] = [];
  for (let base = 0; base < 0x10000; base += CHUNK_SIZE) {
    codes.length = 0;
    for (let c = base; c < base + CHUNK_SIZE; c++) {
      t[c] = c;
      codes.push(c);
    }
    // One toLowerCase per chunk finds the characters lower-casing changes; only those are asked
    // one by one (a chunk's context could pick a different form, a final sigma, than one alone).
    const lowered = String.fromCharCode.apply(null, codes).toLowerCase();
    const sameLength = lowered.length === CHUNK_SIZE;
    for (let k = 0; k < CHUNK_SIZE; k++) {
      if (sameLength && lowered.charCodeAt(k) === base + k) continue;
      const l = String.fromCharCode(base + k).toLowerCase();
      if (l.length === 1) t[base + k] = l.charCodeAt(0);
    }
  }
  return t;
}

/** 1 where isWordCode(LOWER[c]): one table read per character on the keyword-scanning path. */
const WORD_LOWER: Uint8Array = buildWordLower();

function buildWordLower(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = isWordCode(LOWER_CODE[c]) ? 1 : 0;
  return t;
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

// ---------------------------------------------------------------------------------------------
// Digit runs, found once per text

/**
 * Every maximal run of two or more ASCII digits in a text, in order: run k is
 * text[start[k]..end[k]). (No detector looks at a lone digit: the shortest thing any of them
 * reads is an IBAN's two check digits.) Valid until digitRuns is asked about another input (the
 * arrays are reused).
 */
export interface DigitRuns {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly count: number;
}

const DIGIT_RUN = /[0-9]{2,}/g;

// The runs of the input last asked about. The scanner hands one DetectorInput to every detector
// in turn, and the number detectors all walk the same runs: the regex pass that finds them is
// their main cost on ordinary text, so it runs once per input. The arrays are kept and reused
// (up to RUNS_KEPT entries): fresh memory for them on every scan of a large body cost more than
// filling them. Which input they belong to is remembered weakly (a WeakMap entry with a
// generation number), so no scanned text is kept alive here.
const runsOwner = new WeakMap<DetectorInput, { generation: number; text: string; runs: DigitRuns }>();
let runsGeneration = 0;
let runsStart = new Int32Array(1024);
let runsEnd = new Int32Array(1024);
const RUNS_KEPT = 1 << 20;

/**
 * The digit runs of input.text (see DigitRuns). Each number detector walks them in a loop of its
 * own: one shared walk taking a callback per detector made that call site megamorphic, and the
 * number detectors 20-30 % slower on a body full of numbers. The regex engine finds them (several times faster over prose
 * than a charCodeAt loop); the detectors then visit only runs, never the characters between.
 */
export function digitRuns(input: DetectorInput): DigitRuns {
  const text = input.text;
  const owner = runsOwner.get(input);
  if (owner !== undefined && owner.generation === runsGeneration && owner.text === text) return owner.runs;
  // A new generation first: should anything below throw, no input claims stale runs.
  const generation = ++runsGeneration;
  let start = runsStart;
  let end = runsEnd;
  let count = 0;
  const re = DIGIT_RUN;
  re.lastIndex = 0;
  // test() rather than exec(): no match array and substring per run (a large body has hundreds
  // of thousands of runs); the run's start is found by stepping back over its digits from where
  // the match ended.
  while (re.test(text)) {
    const e = re.lastIndex;
    let b = e - 1;
    while (b > 0 && isDigitCode(text.charCodeAt(b - 1))) b--;
    if (count === start.length) {
      const s2 = new Int32Array(count * 2);
      const e2 = new Int32Array(count * 2);
      s2.set(start);
      e2.set(end);
      start = s2;
      end = e2;
    }
    start[count] = b;
    end[count] = e;
    count++;
  }
  re.lastIndex = 0;
  // Arrays grown for a very large text are not kept for the next one.
  if (start.length <= RUNS_KEPT) {
    runsStart = start;
    runsEnd = end;
  }
  const runs: DigitRuns = { start, end, count };
  runsOwner.set(input, { generation, text, runs });
  return runs;
}

/** Value of the two digits at s[i], s[i+1]. */
export function two(s: string, i: number): number {
  return (s.charCodeAt(i) - 0x30) * 10 + (s.charCodeAt(i + 1) - 0x30);
}

/** Clamped to [0, 1] and rounded to two decimals. */
export function roundConfidence(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

const REPEATED: { [c: string]: string[] } = {};

/** `n` copies of `c`. Kept per length: masks are built for every finding, from a few lengths. */
export function repeatChar(c: string, n: number): string {
  const cache = REPEATED[c] || (REPEATED[c] = []);
  if (n < 64 && cache[n] !== undefined) return cache[n];
  let out = "";
  for (let i = 0; i < n; i++) out += c;
  if (n < 64) cache[n] = out;
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
  /** The same lists by the first character's code, for the look-up on the scanning path. */
  readonly byCode: (KeywordEntry[] | undefined)[];
}

/**
 * Compiles lower-case keywords: `prefixWords` match at a word start as prefixes, `wholeWords`
 * only as whole words.
 */
export function keywordSet(prefixWords: readonly string[], wholeWords: readonly string[] = []): KeywordSet {
  const index: { [firstChar: string]: KeywordEntry[] } = {};
  const byCode: (KeywordEntry[] | undefined)[] = [];
  const add = (word: string, whole: boolean): void => {
    const k = word.charAt(0);
    const entry = { word, whole };
    (index[k] || (index[k] = [])).push(entry);
    const c = word.charCodeAt(0);
    while (byCode.length <= c) byCode.push(undefined);
    (byCode[c] || (byCode[c] = [])).push(entry);
  };
  for (let i = 0; i < prefixWords.length; i++) add(prefixWords[i], false);
  for (let i = 0; i < wholeWords.length; i++) add(wholeWords[i], true);
  return { index, byCode };
}

function isWordAt(text: string, p: number): boolean {
  return WORD_LOWER[text.charCodeAt(p)] === 1;
}

/**
 * Length of the longest keyword of the set starting at text[p], or 0. `text` is the text or
 * its lower case: characters are compared through LOWER.
 */
export function matchKeywordAt(text: string, p: number, set: KeywordSet): number {
  const n = text.length;
  if (p < 0 || p >= n) return 0;
  const list = set.byCode[LOWER_CODE[text.charCodeAt(p)]];
  if (list === undefined) return 0;
  let best = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const w = e.word;
    const len = w.length;
    if (len <= best || p + len > n) continue;
    let k = 1;
    while (k < len && LOWER_CODE[text.charCodeAt(p + k)] === w.charCodeAt(k)) k++;
    if (k < len) continue;
    if (e.whole && p + len < n && isWordAt(text, p + len)) continue;
    best = len;
  }
  return best;
}

function isWordStart(text: string, p: number): boolean {
  return isWordAt(text, p) && !(p > 0 && isWordAt(text, p - 1));
}

/** Whether a keyword of the set starts at a word start in text[from..to) (text or its lower case). */
export function keywordIn(text: string, from: number, to: number, set: KeywordSet): boolean {
  for (let p = Math.max(0, from); p < to && p < text.length; p++) {
    if (isWordStart(text, p) && matchKeywordAt(text, p, set) > 0) return true;
  }
  return false;
}

function countWordChars(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (isWordAt(text, i)) count++;
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

/**
 * The context's say on a national-number candidate that passed its checks: a keyword raises the
 * confidence, a number glued into a code lowers it, a negative word that did not win is noted.
 * Pushes the reasons; returns the adjusted confidence.
 */
export function adjustForContext(
  confidence: number,
  reasons: string[],
  ctx: Context,
  text: string,
  start: number,
  end: number,
  weights: { keyword: number; inCode: number },
): number {
  if (ctx.negative !== null) reasons.push("negative-context");
  if (ctx.positive !== null) {
    confidence += weights.keyword;
    reasons.push("keyword");
  }
  if (insideCode(text, start, end)) {
    confidence -= weights.inCode;
    reasons.push("in-code");
  }
  return confidence;
}

/** How far around a candidate words are looked for (characters, and never past a line end). */
export interface ContextWindow {
  before: number;
  after: number;
}

/** Whether hit a is nearer than b (a tie goes to the word before the number). */
export function nearer(a: ContextHit, b: ContextHit | null): boolean {
  return nearerThan(a.distance, a.before, b);
}

function nearerThan(distance: number, before: boolean, b: ContextHit | null): boolean {
  if (b === null) return true;
  if (distance !== b.distance) return distance < b.distance;
  return before && !b.before;
}

/**
 * A Context that findContext fills in place, hits included, when passed as `into`: for a
 * detector that asks about tens of thousands of candidates and reads each answer before the
 * next question. What it holds is only good until the next findContext into it.
 */
class ReusedContext implements Context {
  positive: ContextHit | null = null;
  negative: ContextHit | null = null;
  readonly positiveHit: ContextHit = { distance: 0, before: false };
  readonly negativeHit: ContextHit = { distance: 0, before: false };
}

/** A Context to pass to findContext as `into` (see ReusedContext). */
export function reusableContext(): Context {
  return new ReusedContext();
}

/**
 * Further keyword sets findContext can look for in the same pass: whether a word of sets[k]
 * starts in the window before the candidate (before[k]) or after it (after[k]). A detector that
 * needs several sets around one candidate reads the window once instead of once per set.
 * findContext clears the flags first, so one probe can serve every candidate.
 */
export interface KeywordProbe {
  readonly sets: readonly KeywordSet[];
  readonly before: boolean[];
  readonly after: boolean[];
}

/** A probe for `sets`, nothing seen yet. */
export function keywordProbe(sets: readonly KeywordSet[]): KeywordProbe {
  const before: boolean[] = [];
  const after: boolean[] = [];
  for (let k = 0; k < sets.length; k++) {
    before.push(false);
    after.push(false);
  }
  return { sets, before, after };
}

/**
 * The nearest positive and the nearest negative word around text[start..end): words starting
 * within window.before characters before start or window.after characters after end, on the
 * same line. A word that is both positive and negative counts as positive. `text` is the text
 * or its lower case (keywords are compared through LOWER). With a probe, also records which of
 * its sets have a word in the same window (see KeywordProbe); with `into` (from
 * reusableContext()), answers in it instead of in a new object.
 */
export function findContext(
  text: string,
  start: number,
  end: number,
  positive: KeywordSet,
  negative: KeywordSet | null,
  window: ContextWindow,
  probe?: KeywordProbe,
  into?: Context,
): Context {
  let ctx: Context;
  if (into !== undefined) {
    ctx = into;
    ctx.positive = null;
    ctx.negative = null;
  } else {
    ctx = { positive: null, negative: null };
  }
  if (probe !== undefined) {
    for (let k = 0; k < probe.sets.length; k++) {
      probe.before[k] = false;
      probe.after[k] = false;
    }
  }

  // Each character of the window is read once (this runs for every candidate, and reading the
  // text is most of its cost): the part before the number backwards from it, so the line break
  // that ends the window is met on the way, the part after it forwards. A word starts at q when
  // q is a word character and q - 1 is not; going backwards that is known one step later.
  // Hits are values (distance, before), so finding them in another order changes nothing.
  const lo = Math.max(0, start - window.before);
  let q = start - 1;
  let qWord = false;
  for (let p = start - 1; p >= lo; p--) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) break;
    const word = WORD_LOWER[c] === 1;
    if (qWord && !word) contextWordAt(text, q, start, end, positive, negative, probe, ctx);
    q = p;
    qWord = word;
  }
  // The first character looked at (lo or just after a line break) starts a word unless the
  // character before it, inside the window or not, is a word character.
  if (qWord && !(q > 0 && isWordAt(text, q - 1))) contextWordAt(text, q, start, end, positive, negative, probe, ctx);

  const to = Math.min(text.length, end + window.after);
  let prevWord = end > 0 && isWordAt(text, end - 1);
  for (let p = end; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) break;
    const word = WORD_LOWER[c] === 1;
    if (word && !prevWord) contextWordAt(text, p, start, end, positive, negative, probe, ctx);
    prevWord = word;
  }
  return ctx;
}

/** findContext's work at a word start p in its window. */
function contextWordAt(
  text: string,
  p: number,
  start: number,
  end: number,
  positive: KeywordSet,
  negative: KeywordSet | null,
  probe: KeywordProbe | undefined,
  ctx: Context,
): void {
  if (probe !== undefined) {
    for (let k = 0; k < probe.sets.length; k++) {
      if (matchKeywordAt(text, p, probe.sets[k]) > 0) {
        if (p < start) probe.before[k] = true;
        else probe.after[k] = true;
      }
    }
  }
  const pos = matchKeywordAt(text, p, positive);
  const neg = pos > 0 || negative === null ? 0 : matchKeywordAt(text, p, negative);
  const len = pos || neg;
  if (len === 0) return;
  const before = p < start;
  let distance: number;
  if (before) {
    // Extend to the end of the word so a compound (fakturanummer) is not measured as letters
    // between the word and the number.
    let wordEnd = p + len;
    while (wordEnd < start && isWordAt(text, wordEnd)) wordEnd++;
    distance = countWordChars(text, wordEnd, start);
  } else {
    distance = countWordChars(text, end, p);
  }
  const reused = ctx instanceof ReusedContext ? ctx : null;
  if (pos > 0) {
    if (nearerThan(distance, before, ctx.positive)) ctx.positive = setHit(reused === null ? null : reused.positiveHit, distance, before);
  } else if (nearerThan(distance, before, ctx.negative)) {
    ctx.negative = setHit(reused === null ? null : reused.negativeHit, distance, before);
  }
}

/** The hit (distance, before): written into `hit` when given, else a new one. */
function setHit(hit: ContextHit | null, distance: number, before: boolean): ContextHit {
  if (hit === null) return { distance, before };
  hit.distance = distance;
  hit.before = before;
  return hit;
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
