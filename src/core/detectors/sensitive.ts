// Special categories of personal data: `sensitive:<category>` findings.
//
// What it reports
// ---------------
// GDPR art. 9 (health, ethnic-origin, religion, political-opinion, trade-union,
// sexual-orientation, genetic, biometric), art. 10 / databeskyttelsesloven § 8 (criminal), and the
// Danish confidential data split as social, child-protection, family and suicide (BRIEF.md §4).
// The words are in sensitive-lexicon.ts. One finding per category per location: start/end are the
// strongest term hit (normalised text), `masked` is `[<category>]` and never the words themselves,
// and `reasons` hold only the codes below.
//
// A term counts only when the text says it about a person
// --------------------------------------------------------
// Person references: a CPR-shaped number (DDMMYY-SSSS, DDMMYYSSSS, DDMMYY SSSS, DDMMYY-XXXX); an
// age used as a person ("en 16-årig", "den 16-årige");
// borgeren, eleven, patienten, barnet, den unge, moderen, ... (the singular: "borgere" and "børn"
// are people in general); han, hun, hans, hendes, ham, hende; du er / du har / din / dit / dine;
// hr./fru + a capitalised word; a common first name written capitalised ("Mette er sygemeldt");
// a pair of capitalised words that is not sentence-initial and not an institution word
// ("... om Jens Olsen", not "Københavns Kommune"). Not a person reference: "vi", "man", a person
// word right after "hvis"/"når" ("hvis du er syg"), du/din anywhere in a sentence that begins
// with "Hvis"/"Når" ("Hvis du er syg, skal du ringe til din leder"), and the name right after a
// greeting or closing ("Hej Lene", "Med venlig hilsen\nLene Jensen", "Fra: ...").
// A case label (vedr., sag:, re:, cpr:, borger: ...) followed by a name or a CPR number makes that
// person the subject of the whole text ("case-reference").
//
// Score (per category, per location)
// ----------------------------------
//   score = Σ_hits weight × proximity × paragraphFactor  +  severalTerms  −  documentPenalty
//   confidence = min(1, score), rounded to 0.01; no finding when it is <= 0 or no hit is near a person
//
//   weight            0..1 from the lexicon; halved ("proper-noun") when the word is capitalised in
//                     mid-sentence and only begins with the stem (3+ more letters): it is most
//                     likely a surname or an institution (Psykiatrisk Center); such a word right
//                     after a name is read as the surname, not as a term (Lene Angstrup)
//   proximity         to the nearest person reference in the same paragraph, counting the
//                     characters between them:
//                       <= 60 chars   1.0   "person-reference"
//                       <= 200 chars  0.6   "person-reference-far"
//                       beyond        0
//                     at least 0.6 anywhere in the text when it has a case label ("case-reference")
//   paragraphFactor   max(0, 1 − Σ paragraph markers in the hit's paragraph): "send ikke" 0.8,
//                     "undlad at sende" 0.8, statistik / antallet af 0.5, gennemsnit 0.3
//   severalTerms      +0.1 per further distinct term (lemma) with a contribution, at most +0.2
//                     ("several-terms")
//   documentPenalty   Σ distinct document markers anywhere in the text ("general-text"):
//                     nyhedsbrev 0.5, alle medarbejdere 0.5, stillingsopslag / vi søger 0.5,
//                     kære alle 0.4, invitation / webinar / afmeld 0.4, tilmelding 0.35, kursus 0.25.
//                     Except kursus they also mean the text addresses everyone: du/din then are
//                     no person reference.
//
// A paragraph ends at a blank line, or at a line break after '.', '!' or '?' (an HTML <p> is a
// line break after normalisation). The penalty is subtracted after the sum, not after clamping,
// so a case mail with several strong terms keeps its finding despite a "send ikke fortrolige
// oplysninger på mail" footer, which also sits in a paragraph of its own.
//
// Speed: one forward pass over the text itself (case is folded per character through tables,
// no lower-cased copy). At a word start a table of its first four characters says whether any
// form that matters can begin there (START_INDEX); most words are stepped over on that alone,
// the rest get a walk in a trie of all lexicon forms (a typed-array transition table), so the
// cost per word does not grow with the lexicon. Scoring is a second pass over the hits with a
// pointer into the (sorted) person references. Linear in the input. No regular expressions.

import type { Detector, DetectorInput, Finding } from "../types";
import { LOWER } from "./context";
import { ALL_ENTRIES, SENSITIVE_CATEGORIES } from "./sensitive-lexicon";

const NEAR_CHARS = 60;
const FAR_CHARS = 200;
const FACTOR_NEAR = 1;
const FACTOR_FAR = 0.6;
const FACTOR_CASE = 0.6;
const BONUS_PER_TERM = 0.1;
const BONUS_MAX = 0.2;
const PROPER_NOUN_FACTOR = 0.5;
/** Letters after the stem from which a capitalised mid-sentence word counts as a proper noun. */
const PROPER_NOUN_TAIL = 3;
/** How far back the sentence-start test looks over spaces, quotes and bullets. */
const LOOKBACK = 8;

// ---------------------------------------------------------------------------------------------
// Alphabet: the characters lexicon forms may hold, folded to symbols 1..ALPHABET-1 (0: none).

const LF = 0x0a;
const SPACE = 0x20;
const SECTION = 0xa7; // §
const ALPHABET = 45;
const SYM = new Uint8Array(0x10000);
/** 1 for letters and digits (roughly: non-ASCII letters are approximated by block). */
const WORD = new Uint8Array(0x10000);

// The detector reads the text itself, not a lower-cased copy: these tables give, per code unit
// of the original text, what the code used to read from the lower-cased text (context.ts LOWER
// is the per-character lower case). Lower-casing a 10 MB body cost about as much as this
// whole detector.
/** SYM of the character's lower case. */
const SYM_T = new Uint8Array(0x10000);
/** T_WORD: WORD of the lower case; T_UPPER: lower-casing changes it; T_LOWER_LETTER: a letter it does not change. */
const TYPE = new Uint8Array(0x10000);
const T_WORD = 1;
const T_UPPER = 2;
const T_LOWER_LETTER = 4;

(function buildTables(): void {
  for (let c = 0x61; c <= 0x7a; c++) {
    SYM[c] = c - 0x60;
    SYM[c - 0x20] = c - 0x60;
  }
  const fold = (codes: number[], to: number): void => {
    for (let i = 0; i < codes.length; i++) SYM[codes[i]] = to;
  };
  fold([0xe6, 0xc6, 0xe4, 0xc4], 27); // æ, ä
  fold([0xf8, 0xd8, 0xf6, 0xd6], 28); // ø, ö
  fold([0xe5, 0xc5], 29); // å
  fold([0xe9, 0xc9, 0xe8, 0xc8, 0xea, 0xca], 5); // é, è, ê -> e
  fold([0xfc, 0xdc], 21); // ü -> u
  for (let d = 0; d < 10; d++) SYM[0x30 + d] = 30 + d;
  SYM[SPACE] = 40;
  SYM[LF] = 40; // a phrase may wrap onto the next line
  SYM[0x2d] = 41; // -
  SYM[SECTION] = 42;
  SYM[0x2e] = 43; // .
  SYM[0x3a] = 44; // :

  for (let c = 0x30; c <= 0x39; c++) WORD[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) WORD[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) WORD[c] = 1;
  for (let c = 0xc0; c < 0x2000; c++) WORD[c] = 1;
  WORD[0xd7] = 0;
  WORD[0xf7] = 0;
  for (let c = 0x2c00; c < 0xd800; c++) WORD[c] = 1;
  for (let c = 0x3000; c < 0x3040; c++) WORD[c] = 0;
  for (let c = 0xf900; c < 0xfe00; c++) WORD[c] = 1;
  for (let c = 0xff21; c <= 0xff3a; c++) WORD[c] = 1;
  for (let c = 0xff41; c <= 0xff5a; c++) WORD[c] = 1;

  for (let c = 0; c < 0x10000; c++) {
    const l = LOWER[c];
    SYM_T[c] = SYM[l];
    let t = WORD[l] === 1 ? T_WORD : 0;
    if (l !== c) t |= T_UPPER;
    else if (WORD[c] === 1 && !(c >= 0x30 && c <= 0x39)) t |= T_LOWER_LETTER;
    TYPE[c] = t;
  }
})();

// ---------------------------------------------------------------------------------------------
// The trie of every lexicon form.

const K_TERM = 1;
const K_PERSON = 2;
const K_TITLE = 3;
const K_LABEL = 4;
const K_CONDITIONAL = 5;
const K_GREETING = 6;
const K_NAME = 7;
const K_GENERAL = 8;
const K_NEUTRAL = 9;

const KIND_CODE: { [kind: string]: number } = {
  term: K_TERM,
  person: K_PERSON,
  title: K_TITLE,
  label: K_LABEL,
  conditional: K_CONDITIONAL,
  greeting: K_GREETING,
  name: K_NAME,
  general: K_GENERAL,
  neutral: K_NEUTRAL,
};

const F_SECOND = 1;
const F_LABEL = 2;
const F_LOWER_ONLY = 4;
const F_AUDIENCE = 8;
const F_PARAGRAPH = 16;
const F_PREFIX = 32;

const ENTRY_COUNT = ALL_ENTRIES.length;
const E_KIND = new Uint8Array(ENTRY_COUNT);
const E_FLAGS = new Uint8Array(ENTRY_COUNT);
const E_CAT = new Int8Array(ENTRY_COUNT);
const E_WEIGHT = new Float64Array(ENTRY_COUNT);
const E_LEMMA = new Int32Array(ENTRY_COUNT);
let LEMMA_COUNT = 0;

/** Forms the trie could not take (unsupported character, or the same form twice). Tests assert it is empty. */
export const LEXICON_PROBLEMS: string[] = [];

const built = buildTrie();
const TRANS = built.trans;
/** Entry accepted when the walk reaches the node (prefix form), else -1. */
const ACCEPT_PREFIX = built.prefix;
/** Entry accepted when the walk reaches the node at the end of a word (whole-word form), else -1. */
const ACCEPT_WORD = built.word;

function buildTrie(): { trans: Uint16Array; prefix: Int16Array; word: Int16Array } {
  const trans: number[] = [];
  const prefix: number[] = [];
  const word: number[] = [];
  const addNode = (): number => {
    for (let k = 0; k < ALPHABET; k++) trans.push(0);
    prefix.push(-1);
    word.push(-1);
    return prefix.length - 1;
  };
  addNode(); // root: node 0, never a transition target, so 0 also means "no transition"

  const lemmaIds: { [key: string]: number } = {};
  for (let e = 0; e < ENTRY_COUNT; e++) {
    const entry = ALL_ENTRIES[e];
    E_KIND[e] = KIND_CODE[entry.kind];
    let flags = entry.prefix ? F_PREFIX : 0;
    if (entry.second) flags |= F_SECOND;
    if (entry.label) flags |= F_LABEL;
    if (entry.lowercaseOnly) flags |= F_LOWER_ONLY;
    if (entry.audience) flags |= F_AUDIENCE;
    if (entry.scope === "paragraph") flags |= F_PARAGRAPH;
    E_FLAGS[e] = flags;
    E_CAT[e] = entry.category ? SENSITIVE_CATEGORIES.indexOf(entry.category) : -1;
    E_WEIGHT[e] = entry.weight;
    if (!Object.prototype.hasOwnProperty.call(lemmaIds, entry.lemma)) lemmaIds[entry.lemma] = LEMMA_COUNT++;
    E_LEMMA[e] = lemmaIds[entry.lemma];

    let node = 0;
    let ok = entry.stem.length > 0;
    for (let i = 0; ok && i < entry.stem.length; i++) {
      const s = SYM[entry.stem.charCodeAt(i)];
      if (s === 0) {
        LEXICON_PROBLEMS.push("unsupported character in '" + entry.stem + "'");
        ok = false;
        break;
      }
      let next = trans[node * ALPHABET + s];
      if (next === 0) {
        next = addNode();
        trans[node * ALPHABET + s] = next;
      }
      node = next;
    }
    if (!ok) continue;
    const accept = entry.prefix ? prefix : word;
    if (accept[node] !== -1) {
      LEXICON_PROBLEMS.push("form listed twice: '" + entry.stem + "'" + (entry.prefix ? "*" : ""));
      continue;
    }
    accept[node] = e;
  }
  return { trans: new Uint16Array(trans), prefix: new Int16Array(prefix), word: new Int16Array(word) };
}

// ---------------------------------------------------------------------------------------------
// Which word starts can matter.
//
// Most words of a mail start no lexicon form, and a word that starts none changes nothing: the
// scan only moves past it. The START tables, indexed by the symbols of a word's first four
// characters, say whether some form that can change anything begins with them, so the scan can
// step over every other word without walking the trie. Forms that cannot change anything: a
// name written in lower case and a neutral word (both are skipped exactly like an unknown word),
// unless the form reaches past the word (a phrase, or a '.', '-' or ':' in it). A capitalised
// word may also be the first half of a name pair, which the scan checks at the word's end.
//
// START_INDEX maps the first three symbols to a row of START_MASKS (0: no form begins so); the
// row holds, for a word in lower case (or without case) and for a capitalised one, a 45-bit set
// of the fourth symbols some form continues with (two 32-bit words each).
//
// START_INDEX is asked once per word of the text at a random place: as one flat table of all
// 45³ three-symbol starts (364 KB) it missed the processor's caches on most words and was the
// costliest line of the detector. So it is stored in two levels: PAIR_BLOCK, by the first two
// symbols (4 KB), gives the block of ROW_BY_THIRD that holds the rows by third symbol; only
// pairs some form starts with have a block (a few hundred; 0 is the empty block).

// 32-bit rows: a handful of one-letter forms would give tens of thousands of rows.
const START_INDEX = new Uint32Array(ALPHABET * ALPHABET * ALPHABET);
const START_MASKS = buildStart();
const PAIR_BLOCK = new Uint16Array(ALPHABET * ALPHABET);
const ROW_BY_THIRD = buildRowByThird();

function buildRowByThird(): Uint32Array {
  const blocks: number[] = [];
  for (let k = 0; k < ALPHABET; k++) blocks.push(0); // block 0: no form starts with the pair
  for (let pair = 0; pair < ALPHABET * ALPHABET; pair++) {
    let any = false;
    for (let s2 = 0; s2 < ALPHABET && !any; s2++) any = START_INDEX[pair * ALPHABET + s2] !== 0;
    if (!any) continue;
    PAIR_BLOCK[pair] = blocks.length / ALPHABET;
    for (let s2 = 0; s2 < ALPHABET; s2++) blocks.push(START_INDEX[pair * ALPHABET + s2]);
  }
  return new Uint32Array(blocks);
}

function buildStart(): Int32Array {
  const rows: number[] = [0, 0, 0, 0]; // row 0: nothing
  const mark = (key: number, s3: number, upper: boolean): void => {
    let row = START_INDEX[key];
    if (row === 0) {
      row = rows.length / 4;
      START_INDEX[key] = row;
      rows.push(0, 0, 0, 0);
    }
    rows[row * 4 + (upper ? 2 : 0) + (s3 >> 5)] |= 1 << (s3 & 31);
  };
  for (let e = 0; e < ENTRY_COUNT; e++) {
    const stem = ALL_ENTRIES[e].stem;
    const syms: number[] = [];
    let reachesPast = false;
    for (let i = 0; i < stem.length; i++) {
      const sym = SYM[stem.charCodeAt(i)];
      if (sym === 0) break;
      // Symbols from 40 on are a space or line break, '-', '§', '.' and ':': not word characters.
      if (sym >= 40) reachesPast = true;
      syms.push(sym);
    }
    if (syms.length !== stem.length || syms.length === 0) continue; // not in the trie either
    const kind = E_KIND[e];
    const lower = reachesPast || (kind !== K_NAME && kind !== K_NEUTRAL);
    const upper = reachesPast || kind !== K_NEUTRAL;
    if (!lower && !upper) continue;
    // A form shorter than four characters matches whatever follows it (walk decides).
    const from = (i: number): number => (syms.length > i ? syms[i] : 0);
    const to = (i: number): number => (syms.length > i ? syms[i] : ALPHABET - 1);
    for (let s1 = from(1); s1 <= to(1); s1++) {
      for (let s2 = from(2); s2 <= to(2); s2++) {
        const key = (syms[0] * ALPHABET + s1) * ALPHABET + s2;
        for (let s3 = from(3); s3 <= to(3); s3++) {
          if (lower) mark(key, s3, false);
          if (upper) mark(key, s3, true);
        }
      }
    }
  }
  return new Int32Array(rows);
}

/** Whether a relevant form can start with the symbols s0..s3 (see START_INDEX). */
function mayStartForm(s0: number, s1: number, s2: number, s3: number, upper: boolean): boolean {
  const row = ROW_BY_THIRD[PAIR_BLOCK[s0 * ALPHABET + s1] * ALPHABET + s2];
  if (row === 0) return false;
  return ((START_MASKS[row * 4 + (upper ? 2 : 0) + (s3 >> 5)] >>> (s3 & 31)) & 1) !== 0;
}

/** End of the form matched by the last walk(). */
let walkEnd = -1;

/** Longest lexicon form starting at p, or -1. Sets walkEnd. */
function walk(text: string, p: number): number {
  const n = text.length;
  let node = 0;
  let best = -1;
  for (let j = p; j < n; j++) {
    const s = SYM_T[text.charCodeAt(j)];
    if (s === 0) break;
    node = TRANS[node * ALPHABET + s];
    if (node === 0) break;
    const pe = ACCEPT_PREFIX[node];
    if (pe >= 0) {
      best = pe;
      walkEnd = j + 1;
    }
    const we = ACCEPT_WORD[node];
    if (we >= 0 && (j + 1 >= n || (TYPE[text.charCodeAt(j + 1)] & T_WORD) === 0)) {
      best = we;
      walkEnd = j + 1;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Small character tests on the original-case text.

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * A letter that lower-casing changes. (Read per character: an astral capital changes its low
 * surrogate in a lower-cased string but not in LOWER, and this is never asked at such a low
 * surrogate: only at word starts, after a space or '.', and inside title forms.)
 */
function upperAt(text: string, i: number): boolean {
  return i < text.length && (TYPE[text.charCodeAt(i)] & T_UPPER) !== 0;
}

/** A letter that is already lower case. */
function lowerLetterAt(text: string, i: number): boolean {
  return i < text.length && (TYPE[text.charCodeAt(i)] & T_LOWER_LETTER) !== 0;
}

/** Capitalised word shape at i: an upper-case letter followed by a lower-case one. */
function capitalisedAt(text: string, i: number): boolean {
  return upperAt(text, i) && lowerLetterAt(text, i + 1);
}

function wordEndFrom(text: string, i: number): number {
  const n = text.length;
  while (i < n && (TYPE[text.charCodeAt(i)] & T_WORD) !== 0) i++;
  return i;
}

/** At the start of a sentence or line: after '.', '!', '?', ':', ';', '>' or a line break. */
function sentenceInitial(text: string, p: number): boolean {
  let j = p - 1;
  for (let steps = 0; j >= 0 && steps < LOOKBACK; steps++, j--) {
    const c = text.charCodeAt(j);
    if (c === SPACE || c === 0x22 || c === 0x27 || c === 0x28 || c === 0x2a || c === 0x2d || c === 0x2022 ||
        c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2018 || c === 0x2019) {
      continue;
    }
    return c === LF || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x3e;
  }
  return true;
}

/**
 * Whether only characters from `allowed` lie between end and p, and at most maxGap of them.
 * `allowed` is a bit set over: 1 space, 2 line break, 4 ':' '.' '-' '#', 8 ','.
 */
function gapOnly(text: string, end: number, p: number, maxGap: number, allowed: number): boolean {
  if (end < 0 || p < end || p - end > maxGap) return false;
  for (let i = end; i < p; i++) {
    // Only ASCII punctuation and spaces count, which lower-casing neither changes nor produces.
    const c = text.charCodeAt(i);
    let bit: number;
    if (c === SPACE) bit = 1;
    else if (c === LF) bit = 2;
    else if (c === 0x3a || c === 0x2e || c === 0x2d || c === 0x23) bit = 4;
    else if (c === 0x2c) bit = 8;
    else return false;
    if ((allowed & bit) === 0) return false;
  }
  return true;
}

/** End of a CPR-shaped number at p (DDMMYY[-| ]SSSS, SSSS may be masked XXXX), or -1. */
function cprEndAt(text: string, p: number): number {
  const n = text.length;
  let j = p;
  while (j < n && j - p < 11 && isDigitCode(text.charCodeAt(j))) j++;
  const run = j - p;
  if (run === 10) return j < n && (TYPE[text.charCodeAt(j)] & T_WORD) !== 0 ? -1 : j;
  if (run !== 6 || j + 5 > n) return -1;
  const sep = text.charCodeAt(j);
  if (sep !== 0x2d && sep !== SPACE) return -1;
  let digits = 0;
  let masks = 0;
  for (let k = j + 1; k < j + 5; k++) {
    const c = text.charCodeAt(k);
    if (isDigitCode(c)) digits++;
    else if (c === 0x78 || c === 0x58) masks++; // x or X
  }
  if (digits !== 4 && masks !== 4) return -1;
  const end = j + 5;
  return end < n && (TYPE[text.charCodeAt(end)] & T_WORD) !== 0 ? -1 : end;
}

/**
 * End of an age used as a person, "16-årig" / "16-årige" (also "16 årig", "16-aarig"), at p, or
 * -1: "en 16-årig fra jeres område blev anholdt" is about one young person as surely as a name.
 */
function ageRefEndAt(text: string, p: number): number {
  const n = text.length;
  let j = p;
  while (j < n && j - p < 3 && isDigitCode(text.charCodeAt(j))) j++;
  if (j === p || j - p > 3 || j >= n || isDigitCode(text.charCodeAt(j))) return -1;
  const sep = text.charCodeAt(j);
  if (sep !== 0x2d && sep !== SPACE) return -1;
  j++;
  // "årig" or "aarig", any case (SYM_T folds case; å is symbol 29, a is 1).
  if (j < n && SYM_T[text.charCodeAt(j)] === 29) j++;
  else if (j + 1 < n && SYM_T[text.charCodeAt(j)] === 1 && SYM_T[text.charCodeAt(j + 1)] === 1) j += 2;
  else return -1;
  if (j + 3 > n || SYM_T[text.charCodeAt(j)] !== 18 || SYM_T[text.charCodeAt(j + 1)] !== 9 || SYM_T[text.charCodeAt(j + 2)] !== 7) return -1;
  j += 3;
  if (j < n && SYM_T[text.charCodeAt(j)] === 5) j++; // -årige
  if (j < n && (TYPE[text.charCodeAt(j)] & T_WORD) !== 0) return -1;
  // "en 3-årig uddannelse", "en 5-årig aftale": an age that describes a thing. It is a person
  // when a name, a person word, a verb or a preposition follows, or nothing.
  let k = j;
  while (k < n && text.charCodeAt(k) === SPACE) k++;
  if (k >= n || !lowerLetterAt(text, k)) return j;
  const next = text.slice(k, wordEndFrom(text, k));
  return AGE_FOLLOWERS.indexOf(next) >= 0 ? j : -1;
}

/** Words after "en 16-årig" that leave it a person (see ageRefEndAt). */
const AGE_FOLLOWERS = [
  "fra", "der", "som", "og", "i", "på", "blev", "er", "har", "var", "med", "til", "ved", "hvis", "fik",
  "pige", "dreng", "kvinde", "mand", "elev", "borger", "patient", "mor", "far", "søn", "datter",
  "boy", "girl", "woman", "man", "who", "from", "was", "is", "has",
];

// ---------------------------------------------------------------------------------------------
// The detector.

const REF_SECOND = 1;
const REF_CASE = 2;

const VIA_NONE = 0;
const VIA_NEAR = 1;
const VIA_FAR = 2;
const VIA_CASE = 3;
const VIA_REASON = ["", "person-reference", "person-reference-far", "case-reference"];

const GAP_LABEL = 1 | 4;
const GAP_GREETING = 1 | 2 | 4 | 8;
const GAP_CONDITIONAL = 1;

/**
 * A growable Int32Array. Plain arrays would do, but Array.prototype.push costs far more per
 * element, and a text full of "han"/"hun" makes millions of person references.
 */
class Ints {
  data = new Int32Array(64);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  /** Empty again, keeping the storage unless it grew very large. */
  clear(): Ints {
    this.length = 0;
    if (this.data.length > INTS_KEPT) this.data = new Int32Array(64);
    return this;
  }
}

/** Entries an Ints keeps between scans (see SCRATCH). */
const INTS_KEPT = 1 << 20;

// The lists are reused from scan to scan (detect is never re-entered): growing fresh arrays to
// hundreds of thousands of entries on every scan of a large body cost a tenth of the detector.
// Nothing returned refers to them.
const SCRATCH: Ints[] = [];
for (let k = 0; k < 14; k++) SCRATCH.push(new Ints());

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function detect(input: DetectorInput): Finding[] {
  const text = input.text;
  const n = text.length;

  // Term hits.
  const hStart = SCRATCH[0].clear();
  const hEnd = SCRATCH[1].clear();
  const hPara = SCRATCH[2].clear();
  const hEntry = SCRATCH[3].clear();
  /** 1 when the weight is halved as a proper noun. */
  const hProper = SCRATCH[4].clear();
  // Person references, in text order.
  const rStart = SCRATCH[5].clear();
  const rEnd = SCRATCH[6].clear();
  const rPara = SCRATCH[7].clear();
  const rFlags = SCRATCH[8].clear();
  // General-text markers.
  const docSeen: { [lemma: number]: boolean } = {};
  let docPenalty = 0;
  let audience = false;
  const pmPara = SCRATCH[9].clear();
  const pmEntry = SCRATCH[10].clear();

  let para = 0;
  let lineEmpty = true;
  let lastMark = 0;
  let labelEnd = -1;
  let greetingEnd = -1;
  let conditionalEnd = -1;
  /** In a sentence that begins with hvis/når: du/din there are anyone, not the reader. */
  let hypothetical = false;

  /** Hit count when the last reference was added. */
  let hitsAtLastRef = -1;

  const addRef = (start: number, end: number, flags: number): void => {
    // Consecutive references with no term hit between them, in one paragraph and of one kind,
    // become one span: the distance from any hit to it stays the same, and a text of nothing
    // but pronouns does not pile up millions of them.
    const last = rStart.length - 1;
    if (last >= 0 && hitsAtLastRef === hStart.length && rPara.data[last] === para && rFlags.data[last] === flags) {
      rEnd.data[last] = end;
      return;
    }
    hitsAtLastRef = hStart.length;
    rStart.push(start);
    rEnd.push(end);
    rPara.push(para);
    rFlags.push(flags);
  };

  /** A name (or name pair) at p..end: a reference, a case reference, or the addressee. */
  const nameRef = (p: number, end: number): void => {
    if (gapOnly(text, greetingEnd, p, 6, GAP_GREETING)) return;
    addRef(p, end, gapOnly(text, labelEnd, p, 4, GAP_LABEL) ? REF_CASE : 0);
  };

  /**
   * Capitalised word after the one ending at e, as the second part of a name: end of that word,
   * or -1. A lexicon word is no surname, except one that only begins with a term stem
   * (Angstrup): that is the proper-noun case, and then the surname is not read as the term.
   */
  const followingCapitalised = (e: number): number => {
    if (e + 2 >= n || text.charCodeAt(e) !== SPACE || !capitalisedAt(text, e + 1)) return -1;
    const k = walk(text, e + 1);
    const end = wordEndFrom(text, e + 1);
    if (k < 0 || E_KIND[k] === K_NAME) return end;
    if (E_KIND[k] === K_TERM && (E_FLAGS[k] & F_PREFIX) !== 0 && end - walkEnd >= PROPER_NOUN_TAIL) return end;
    return -1;
  };

  /** Handles the word (or §) starting at p; returns where scanning continues. */
  const handleWord = (p: number): number => {
    const c0 = text.charCodeAt(p);
    if (isDigitCode(c0)) {
      const cprEnd = cprEndAt(text, p);
      if (cprEnd > 0) {
        addRef(p, cprEnd, gapOnly(text, labelEnd, p, 4, GAP_LABEL) ? REF_CASE : 0);
        return cprEnd;
      }
      const ageEnd = ageRefEndAt(text, p);
      if (ageEnd > 0) {
        addRef(p, ageEnd, 0);
        return ageEnd;
      }
    }
    const best = walk(text, p);
    const matchEnd = best >= 0 ? walkEnd : p;
    let e = wordEndFrom(text, matchEnd);
    if (e === p) e = p + 1;
    const capital = upperAt(text, p);
    const kind = best >= 0 ? E_KIND[best] : 0;

    switch (kind) {
      case K_TERM: {
        const flags = E_FLAGS[best];
        if ((flags & F_LOWER_ONLY) !== 0 && capital) break; // "Kristen" the name: try it as one below
        const proper = capital && (flags & F_PREFIX) !== 0 && e - matchEnd >= PROPER_NOUN_TAIL &&
          lowerLetterAt(text, p + 1) && !sentenceInitial(text, p);
        hStart.push(p);
        hEnd.push(e);
        hPara.push(para);
        hEntry.push(best);
        hProper.push(proper ? 1 : 0);
        return e;
      }
      case K_PERSON: {
        const flags = E_FLAGS[best];
        const second = (flags & F_SECOND) !== 0;
        if (!gapOnly(text, conditionalEnd, p, 2, GAP_CONDITIONAL) && !(second && hypothetical)) {
          addRef(p, e, second ? REF_SECOND : 0);
        }
        if ((flags & F_LABEL) !== 0) labelEnd = e;
        return e;
      }
      case K_TITLE: {
        // "HR" (human resources) is no title: the title itself must not be all capitals.
        if (upperAt(text, p + 1)) return e;
        let q = e;
        if (q < n && text.charCodeAt(q) === 0x2e) q++;
        while (q < n && q - e < 3 && text.charCodeAt(q) === SPACE) q++;
        if (q > e && upperAt(text, q)) {
          const nameEnd = wordEndFrom(text, q);
          addRef(p, nameEnd, 0);
          return nameEnd;
        }
        return e;
      }
      case K_LABEL:
        labelEnd = e;
        return e;
      case K_CONDITIONAL:
        conditionalEnd = e;
        if (sentenceInitial(text, p)) hypothetical = true;
        return e;
      case K_GREETING:
        greetingEnd = e;
        return e;
      case K_NAME: {
        if (!capital || !lowerLetterAt(text, p + 1)) return e;
        const surnameEnd = followingCapitalised(e);
        const end = surnameEnd > 0 ? surnameEnd : e;
        nameRef(p, end);
        return end;
      }
      case K_GENERAL: {
        const lemma = E_LEMMA[best];
        if ((E_FLAGS[best] & F_PARAGRAPH) !== 0) {
          pmPara.push(para);
          pmEntry.push(best);
        } else if (!docSeen[lemma]) {
          docSeen[lemma] = true;
          docPenalty += E_WEIGHT[best];
          if ((E_FLAGS[best] & F_AUDIENCE) !== 0) audience = true;
        }
        return e;
      }
      case K_NEUTRAL:
        return e;
      default:
        break;
    }

    // No form (or a lower-case-only term written capitalised): a name-like pair of capitalised
    // words, not at a sentence start unless a case label or greeting comes right before.
    if (capital && lowerLetterAt(text, p + 1)) {
      const firstEnd = wordEndFrom(text, p);
      const secondEnd = followingCapitalised(firstEnd);
      if (secondEnd > 0) {
        if (!sentenceInitial(text, p) || gapOnly(text, labelEnd, p, 4, GAP_LABEL)) nameRef(p, secondEnd);
        return secondEnd;
      }
    }
    return e;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      // Changes nothing (the commonest character between words).
      i++;
      continue;
    }
    const type = TYPE[c];
    if ((type & T_WORD) !== 0) {
      lineEmpty = false;
      lastMark = 0;
      // A word no relevant form starts (see START_INDEX) is stepped over without handleWord,
      // which would do nothing with it. Still handed over: a CPR-shaped number, and a
      // capitalised word followed by a space and a capital (a name pair).
      const c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const c2 = i + 2 < n ? text.charCodeAt(i + 2) : 0;
      const c3 = i + 3 < n ? text.charCodeAt(i + 3) : 0;
      const upper = (type & T_UPPER) !== 0;
      if (
        mayStartForm(SYM_T[c], SYM_T[c1], SYM_T[c2], SYM_T[c3], upper) ||
        (isDigitCode(c) && ((i + 5 < n && isDigitCode(text.charCodeAt(i + 5)) && cprEndAt(text, i) > 0) || ageRefEndAt(text, i) > 0))
      ) {
        i = handleWord(i);
        continue;
      }
      let e = i + 1;
      if ((TYPE[c1] & T_WORD) !== 0) {
        e = i + 2;
        if ((TYPE[c2] & T_WORD) !== 0) e = (TYPE[c3] & T_WORD) !== 0 ? i + 4 : i + 3;
      }
      while (e < n && (TYPE[text.charCodeAt(e)] & T_WORD) !== 0) e++;
      if (upper && e + 1 < n && text.charCodeAt(e) === SPACE && (TYPE[text.charCodeAt(e + 1)] & T_UPPER) !== 0) {
        i = handleWord(i);
        continue;
      }
      i = e;
      continue;
    }
    if (c === SECTION) {
      lineEmpty = false;
      lastMark = 0;
      i = handleWord(i);
      continue;
    }
    if (c === LF || c === 0x2e || c === 0x21 || c === 0x3f) hypothetical = false;
    if (c === LF) {
      if (lineEmpty || lastMark === 0x2e || lastMark === 0x21 || lastMark === 0x3f) para++;
      lineEmpty = true;
      lastMark = 0;
    } else if (c !== SPACE) {
      lineEmpty = false;
      lastMark = c;
    }
    i++;
  }

  if (hStart.length === 0) return [];
  return score(input.location, {
    hStart, hEnd, hPara, hEntry, hProper, rStart, rEnd, rPara, rFlags, docPenalty, audience, pmPara, pmEntry,
  });
}

interface Collected {
  hStart: Ints;
  hEnd: Ints;
  hPara: Ints;
  hEntry: Ints;
  hProper: Ints;
  rStart: Ints;
  rEnd: Ints;
  rPara: Ints;
  rFlags: Ints;
  docPenalty: number;
  audience: boolean;
  pmPara: Ints;
  pmEntry: Ints;
}

function score(location: string, c: Collected): Finding[] {
  // Person references that count: du/din do not when the text addresses everyone.
  const aStart = SCRATCH[11].clear();
  const aEnd = SCRATCH[12].clear();
  const aPara = SCRATCH[13].clear();
  let caseRef = false;
  const rStart = c.rStart.data;
  const rEnd = c.rEnd.data;
  const rPara = c.rPara.data;
  const rFlags = c.rFlags.data;
  for (let r = 0; r < c.rStart.length; r++) {
    if (c.audience && (rFlags[r] & REF_SECOND) !== 0) continue;
    aStart.push(rStart[r]);
    aEnd.push(rEnd[r]);
    aPara.push(rPara[r]);
    if ((rFlags[r] & REF_CASE) !== 0) caseRef = true;
  }

  // Paragraph markers: distinct lemmas per paragraph.
  const paraPenalty: { [para: number]: number } = {};
  const paraSeen: { [key: string]: boolean } = {};
  for (let m = 0; m < c.pmPara.length; m++) {
    const mp = c.pmPara.data[m];
    const me = c.pmEntry.data[m];
    const key = mp + ":" + E_LEMMA[me];
    if (paraSeen[key]) continue;
    paraSeen[key] = true;
    paraPenalty[mp] = (paraPenalty[mp] || 0) + E_WEIGHT[me];
  }

  const cats = SENSITIVE_CATEGORIES.length;
  const sum = new Float64Array(cats);
  const bestValue = new Float64Array(cats);
  const best = new Int32Array(cats).fill(-1);
  const bestVia = new Int32Array(cats);
  const distinct = new Int32Array(cats);
  const damped = new Uint8Array(cats);
  const lemmaSeen = new Uint8Array(LEMMA_COUNT);

  const as = aStart.data;
  const ae = aEnd.data;
  const ap = aPara.data;
  const refs = aStart.length;
  let k = 0;
  for (let h = 0; h < c.hStart.length; h++) {
    const hs = c.hStart.data[h];
    const he = c.hEnd.data[h];
    const hp = c.hPara.data[h];
    while (k < refs && as[k] <= hs) k++;
    let d = -1;
    if (k > 0 && ap[k - 1] === hp) d = Math.max(0, hs - ae[k - 1]);
    if (k < refs && ap[k] === hp) {
      const after = Math.max(0, as[k] - he);
      if (d < 0 || after < d) d = after;
    }
    let prox = 0;
    let via = VIA_NONE;
    if (d >= 0 && d <= NEAR_CHARS) {
      prox = FACTOR_NEAR;
      via = VIA_NEAR;
    } else if (d >= 0 && d <= FAR_CHARS) {
      prox = FACTOR_FAR;
      via = VIA_FAR;
    }
    if (caseRef && prox < FACTOR_CASE) {
      prox = FACTOR_CASE;
      via = VIA_CASE;
    }
    if (prox === 0) continue;
    const pen = paraPenalty[hp] || 0;
    const factor = Math.max(0, 1 - pen);
    const entry = c.hEntry.data[h];
    const weight = E_WEIGHT[entry] * (c.hProper.data[h] === 1 ? PROPER_NOUN_FACTOR : 1);
    const value = weight * prox * factor;
    if (value <= 0) continue;
    const cat = E_CAT[entry];
    sum[cat] += value;
    if (pen > 0) damped[cat] = 1;
    const lemma = E_LEMMA[entry];
    if (lemmaSeen[lemma] === 0) {
      lemmaSeen[lemma] = 1;
      distinct[cat]++;
    }
    if (value > bestValue[cat]) {
      bestValue[cat] = value;
      best[cat] = h;
      bestVia[cat] = via;
    }
  }

  const findings: Finding[] = [];
  for (let cat = 0; cat < cats; cat++) {
    if (best[cat] < 0) continue;
    const bonus = Math.min(BONUS_MAX, BONUS_PER_TERM * (distinct[cat] - 1));
    const confidence = round2(Math.min(1, sum[cat] + bonus - c.docPenalty));
    if (confidence <= 0) continue;
    const reasons = ["term", VIA_REASON[bestVia[cat]]];
    if (bonus > 0) reasons.push("several-terms");
    if (c.docPenalty > 0 || damped[cat] === 1) reasons.push("general-text");
    const id = SENSITIVE_CATEGORIES[cat];
    const h = best[cat];
    findings.push({
      type: id,
      location,
      confidence,
      masked: "[" + id.substring("sensitive:".length) + "]",
      start: c.hStart.data[h],
      end: c.hEnd.data[h],
      reasons,
    });
  }
  findings.sort((a, b) => a.start - b.start);
  return findings;
}

/**
 * `s` with every special-category term (a lexicon term form, as the detector reads it) replaced
 * by "[…]". For short texts shown beside other findings: the masked context of a CPR number
 * ("…misbrug, CPR 010185-XXXX…") must not carry the sensitive phrase that stood next to it.
 */
export function redactSensitiveTerms(s: string): string {
  const n = s.length;
  let out = "";
  let last = 0;
  for (let p = 0; p < n; p++) {
    if ((TYPE[s.charCodeAt(p)] & T_WORD) === 0) continue;
    if (p > 0 && (TYPE[s.charCodeAt(p - 1)] & T_WORD) !== 0) continue; // inside a word
    const best = walk(s, p);
    if (best < 0 || E_KIND[best] !== K_TERM) continue;
    const e = wordEndFrom(s, walkEnd);
    out += s.slice(last, p) + "[…]";
    last = e;
    p = e - 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

export const sensitiveDetector: Detector = {
  types: SENSITIVE_CATEGORIES,
  detect,
};
