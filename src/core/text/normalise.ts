// Normalisation turns a plain-text or HTML body into the text a reader sees, with look-alike
// characters folded so that the detectors need to know only ASCII digits, '-', ' ' and '\n'.
// People (and mail clients) split and disguise numbers without meaning to: Word puts a
// non-breaking hyphen in a CPR number, Outlook wraps half of it in a <span>, a copy from a web
// page brings zero-width characters. Each of these would otherwise hide the number.
//
// Both scanners are single forward passes (no regex, no backtracking): a mail body can be
// megabytes and this runs in Outlook's send path. map[i] is the source offset of text[i] so that
// findings can be shown and masked in the original.

import type { NormalisedText } from "../types";
import { OffsetMap } from "./offset-map";

// Fold table for the BMP. A Uint16Array lookup is the cheapest per-character test on a hot path.
const KEEP = 0;
const DROP = 1;
/** Needs a look at its neighbour: CR (CRLF is one line break) and the high surrogate of astral digits. */
const SPECIAL = 2;
// Any other value is the code unit to emit instead; all of them are >= 0x20, so no clash.

const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  const range = (from: number, to: number, value: number): void => {
    for (let c = from; c <= to; c++) t[c] = value;
  };
  const SPACE = 0x20;
  const HYPHEN = 0x2d;
  const LF = 0x0a;

  // Spaces: a number split by any of them must look split by an ordinary space.
  t[0x09] = SPACE;
  t[0x0b] = SPACE;
  t[0x0c] = SPACE;
  t[0xa0] = SPACE;
  t[0x1680] = SPACE;
  range(0x2000, 0x200a, SPACE);
  t[0x202f] = SPACE;
  t[0x205f] = SPACE;
  t[0x3000] = SPACE;
  // Line breaks: keyword context stops at a line end, so these must become one.
  t[0x0d] = SPECIAL;
  t[0x85] = LF;
  t[0x2028] = LF;
  t[0x2029] = LF;

  // Hyphen and dash look-alikes: Word's autocorrect and non-breaking hyphen produce them.
  range(0x2010, 0x2015, HYPHEN);
  t[0x2043] = HYPHEN;
  t[0x2212] = HYPHEN;
  t[0xfe58] = HYPHEN;
  t[0xfe63] = HYPHEN;
  t[0xff0d] = HYPHEN;

  // Invisible characters are dropped so the digits around them join up again.
  t[0xad] = DROP; // soft hyphen
  t[0x061c] = DROP; // Arabic letter mark
  t[0x180e] = DROP; // Mongolian vowel separator, formerly a space but zero-width
  range(0x200b, 0x200f, DROP); // zero-width space/non-joiner/joiner, LRM, RLM
  range(0x202a, 0x202e, DROP); // bidi embeddings and overrides
  range(0x2060, 0x2064, DROP); // word joiner, invisible operators
  range(0x2066, 0x2069, DROP); // bidi isolates
  t[0xfeff] = DROP; // BOM / zero-width no-break space

  // Decimal digit blocks (Unicode Nd, BMP) that render as digits a reader would type as ASCII.
  const digitBlocks = [
    0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6,
    0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
    0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0,
    0xaa50, 0xabf0, 0xff10,
  ];
  for (let b = 0; b < digitBlocks.length; b++) {
    for (let d = 0; d < 10; d++) t[digitBlocks[b] + d] = 0x30 + d;
  }

  // Mathematical digits U+1D7CE..U+1D7FF are astral: high surrogate U+D835.
  t[0xd835] = SPECIAL;
  return t;
}

const HIGH_MATH = 0xd835;
/** Low surrogates of U+1D7CE..U+1D7FF: five styled sets of 0-9. */
const LOW_MATH_FIRST = 0xdfce;
const LOW_MATH_LAST = 0xdfff;

function mathDigit(low: number): number {
  return 0x30 + ((low - LOW_MATH_FIRST) % 10);
}


/**
 * Every code unit the fold table changes, as one character class: the HTML scanner lets the
 * regex engine find where its character-by-character path must take over (HTML_TEXT_STOP).
 */
const NEEDS_FOLD = buildNeedsFold();

function hex4(c: number): string {
  const h = c.toString(16);
  return "\\u" + "0000".slice(h.length) + h;
}

function buildNeedsFold(): RegExp {
  let cls = "";
  let c = 0;
  while (c < 0x10000) {
    if (FOLD[c] === KEEP) {
      c++;
      continue;
    }
    let e = c;
    while (e + 1 < 0x10000 && FOLD[e + 1] !== KEEP) e++;
    cls += e > c ? hex4(c) + "-" + hex4(e) : hex4(c);
    c = e + 1;
  }
  return new RegExp("[" + cls + "]", "g");
}

/** Any character outside Latin-1: then V8 stores the string two bytes per character. */
const WIDE = /[^\u0000-\u00ff]/;

/** Normalises plain text: folds look-alikes, drops invisibles, CRLF and CR become '\n'. */
export function normaliseText(input: string): NormalisedText {
  const n = input.length;
  const map = new OffsetMap();
  let k = 0;
  const parts: string[] = [];
  // Unchanged characters are copied as slices: most text needs no folding at all.
  let runStart = 0;

  /** Folds the character at i; returns where the search for the next one goes on. */
  const fold = (i: number): number => {
    const c = input.charCodeAt(i);
    const f = FOLD[c];
    if (f === SPECIAL && c === HIGH_MATH) {
      const low = i + 1 < n ? input.charCodeAt(i + 1) : 0;
      // Any other character from the same plane is kept as the pair it is.
      if (low < LOW_MATH_FIRST || low > LOW_MATH_LAST) return i + 1;
      map.addRun(k, runStart, i);
      k += i - runStart;
      if (runStart < i) parts.push(input.slice(runStart, i));
      parts.push(String.fromCharCode(mathDigit(low)));
      map.add(k++, i);
      runStart = i + 2;
      return runStart;
    }
    map.addRun(k, runStart, i);
    k += i - runStart;
    if (runStart < i) parts.push(input.slice(runStart, i));
    runStart = i + 1;
    if (f === DROP) return runStart;
    if (f === SPECIAL) {
      // CR: CRLF is one line break, mapped to the CR.
      parts.push("\n");
      map.add(k++, i);
      if (i + 1 < n && input.charCodeAt(i + 1) === 0x0a) runStart = i + 2;
      return runStart;
    }
    parts.push(String.fromCharCode(f));
    map.add(k++, i);
    return runStart;
  };

  // Finding the next character to fold: in a one-byte string the regex engine does it at
  // gigabytes per second, but mail text with a dash or a zero-width character is stored two
  // bytes per character, and there a class search ran at about 60 MB/s against some 300 for a
  // plain table loop. The WIDE test stops at the first wide character, usually near the start.
  if (!WIDE.test(input)) {
    const re = NEEDS_FOLD;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(input)) !== null) re.lastIndex = fold(m.index);
  } else {
    for (let i = 0; i < n; i++) {
      if (FOLD[input.charCodeAt(i)] !== KEEP) i = fold(i) - 1;
    }
  }
  map.addRun(k, runStart, n);
  k += n - runStart;
  if (runStart === 0) return { text: input, map: fillTail(map, k, n) };
  if (runStart < n) parts.push(input.slice(runStart, n));
  return { text: parts.join(""), map: fillTail(map, k, n) };
}

function fillTail(map: OffsetMap, k: number, n: number): OffsetMap {
  map.add(k, n);
  return map;
}

// ---------------------------------------------------------------------------------------------
// HTML

/**
 * Named entities. Outlook and Word write Danish letters and spaces as entities, and an entity
 * can hide a digit or a dash from a naive search, so every one that folds to something that
 * matters for detection is here. Unknown names stay literal, as a browser shows them.
 */
const ENTITIES: { [name: string]: number } = {
  nbsp: 0xa0, amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27, shy: 0xad,
  ndash: 0x2013, mdash: 0x2014, minus: 0x2212, hyphen: 0x2010, dash: 0x2010,
  zwj: 0x200d, zwnj: 0x200c, lrm: 0x200e, rlm: 0x200f, NoBreak: 0x2060,
  ZeroWidthSpace: 0x200b, thinsp: 0x2009, ensp: 0x2002, emsp: 0x2003, numsp: 0x2007,
  puncsp: 0x2008, hairsp: 0x200a, MediumSpace: 0x205f, emsp13: 0x2004, emsp14: 0x2005,
  aelig: 0xe6, AElig: 0xc6, oslash: 0xf8, Oslash: 0xd8, aring: 0xe5, Aring: 0xc5,
  auml: 0xe4, Auml: 0xc4, ouml: 0xf6, Ouml: 0xd6, uuml: 0xfc, Uuml: 0xdc,
  eacute: 0xe9, Eacute: 0xc9, copy: 0xa9, reg: 0xae, deg: 0xb0, sect: 0xa7, para: 0xb6,
  middot: 0xb7, times: 0xd7, divide: 0xf7, laquo: 0xab, raquo: 0xbb,
  euro: 0x20ac, hellip: 0x2026, bull: 0x2022, lsquo: 0x2018, rsquo: 0x2019,
  ldquo: 0x201c, rdquo: 0x201d, sbquo: 0x201a, bdquo: 0x201e,
};

/** Names a browser also decodes without the ';' (the HTML legacy list). */
const LEGACY_ENTITIES: { [name: string]: boolean } = {
  nbsp: true, amp: true, lt: true, gt: true, quot: true, shy: true, aelig: true, AElig: true,
  oslash: true, Oslash: true, aring: true, Aring: true, auml: true, Auml: true, ouml: true,
  Ouml: true, uuml: true, Uuml: true, eacute: true, Eacute: true, copy: true, reg: true,
  deg: true, sect: true, para: true, middot: true, times: true, divide: true, laquo: true,
  raquo: true,
};

/** &#128;..&#159; mean Windows-1252 in HTML; Word emits &#150; for an en dash. */
const WIN1252 = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** What a tag contributes to the text: nothing, a word break, or a line break. */
type Sep = 0 | 1 | 2;
const SEP_NONE: Sep = 0;
const SEP_SPACE: Sep = 1;
const SEP_LINE: Sep = 2;

/**
 * Tags that start a new line on screen, so a number cannot run across them. td and th only
 * separate words: a table row is still one line for keyword context.
 */
const BLOCK_TAGS: { [name: string]: Sep } = {
  p: SEP_LINE, div: SEP_LINE, br: SEP_LINE, li: SEP_LINE, tr: SEP_LINE, table: SEP_LINE,
  h1: SEP_LINE, h2: SEP_LINE, h3: SEP_LINE, h4: SEP_LINE, h5: SEP_LINE, h6: SEP_LINE,
  blockquote: SEP_LINE, hr: SEP_LINE, ul: SEP_LINE, ol: SEP_LINE, pre: SEP_LINE,
  section: SEP_LINE, article: SEP_LINE, header: SEP_LINE, footer: SEP_LINE, title: SEP_LINE,
  dl: SEP_LINE, dt: SEP_LINE, dd: SEP_LINE, caption: SEP_LINE, thead: SEP_LINE,
  tbody: SEP_LINE, tfoot: SEP_LINE, address: SEP_LINE, nav: SEP_LINE, aside: SEP_LINE,
  main: SEP_LINE, figure: SEP_LINE, figcaption: SEP_LINE, form: SEP_LINE,
  fieldset: SEP_LINE, body: SEP_LINE, html: SEP_LINE, center: SEP_LINE,
  td: SEP_SPACE, th: SEP_SPACE,
};

/** Most codes String.fromCharCode.apply is given at once (the argument limit). */
const CHUNK = 8192;

/**
 * Where the character-by-character path must take over in HTML text: markup ('<', '&'), a line
 * break or other HTML whitespace, any character the fold table changes, and the first of two
 * spaces (a browser collapses the second). Everything before it is copied as one slice.
 */
const HTML_TEXT_STOP = new RegExp("[<&\\n" + NEEDS_FOLD.source.slice(1, -1) + "]| (?= )", "g");

/** Tag names by a base-37 code of the lower-cased name (letters 1-26, digits 27-36). */
const TAG_HEAD = 4;
const TAG_BODY = 8;
const TAG_SCRIPT = 16;
const TAG_STYLE = 32;
const TAG_PRE = 64;
/**
 * Elements a browser keeps inside <head>. Any other start tag, and any text that is not
 * whitespace, ends the head there: what follows is body content and is shown.
 */
const TAG_HEAD_CONTENT = 128;
const TAG_TITLE = 256;
/** Ten characters in base 37 still fit a double exactly; no name we know is longer. */
const TAG_CODE_MAX_LENGTH = 10;

function tagCode(name: string): number {
  let code = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    code = code * 37 + (c >= 0x61 ? c - 0x60 : c - 0x30 + 27);
  }
  return code;
}

const KNOWN_TAGS = buildKnownTags();

function buildKnownTags(): Map<number, number> {
  const m = new Map<number, number>();
  for (const name in BLOCK_TAGS) if (hasOwn(BLOCK_TAGS, name)) m.set(tagCode(name), BLOCK_TAGS[name]);
  const add = (name: string, flag: number): void => {
    const code = tagCode(name);
    m.set(code, (m.get(code) || 0) | flag);
  };
  add("head", TAG_HEAD);
  add("body", TAG_BODY);
  add("script", TAG_SCRIPT);
  add("style", TAG_STYLE);
  add("pre", TAG_PRE);
  for (const name of ["head", "title", "meta", "link", "base", "basefont", "bgsound", "style", "script", "noscript", "noframes", "template"]) {
    add(name, TAG_HEAD_CONTENT);
  }
  add("title", TAG_TITLE);
  return m;
}

/** Output pieces joined into one string before they go into the parts list (see normaliseHtml). */
const PIECES_PER_PART = 1024;

function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/**
 * Normalises an HTML body to the text a reader sees: tags and comments removed, script, style
 * and head content dropped, entities decoded, whitespace collapsed as a browser does, and the
 * same character folding as normaliseText. Never throws; malformed HTML ends as a browser
 * would end it (an unterminated tag or comment swallows the rest).
 */
export function normaliseHtml(html: string): NormalisedText {
  const n = html.length;
  // The output is built as slices of the input (runs of ordinary text between tags, copied
  // whole) and the single characters the rules produce in between (kept as codes until the next
  // slice). A code array of the input's size and one emit per character cost more than all the
  // detectors on a large Outlook body.
  // Pieces are concatenated into `part` (cheap: the engine links them) and only every
  // PIECES_PER_PART pieces does a part go into the list; a list of a piece per text run grew
  // slowly, and hundreds of thousands of live pieces made every garbage collection slow. The
  // newest piece waits in `tail`: a line break may still replace its last character, and
  // rewriting the end of a long part would copy all of it each time.
  const parts: string[] = [];
  let part = "";
  let pieces = 0;
  let tail = "";
  const pending: number[] = [];
  // About one run per 32 characters of Outlook-style HTML.
  const map = new OffsetMap((n >> 5) + 64);
  let k = 0;
  /** The last character of the output, -1 while there is none. */
  let lastCode = -1;
  let preDepth = 0;
  let inHead = false;
  /** A <head> after anything else (or a second one) is ignored by a browser, so here too. */
  let headSeen = false;
  // Where the next "-->" and "--!>" are: -2 not searched yet, -1 none. Searching again for every
  // "<!--" would make many of them quadratic.
  let nextDashEnd = -2;
  let nextBangEnd = -2;

  /** Index after the comment whose text starts at `from` (after "<!--"); -1 if it never ends. */
  const commentEnd = (from: number): number => {
    // A browser ends a comment at "-->", at "--!>", and an empty one at "<!-->" or "<!--->":
    // searching only for "-->" hid everything up to the next comment's end.
    const c0 = from < n ? html.charCodeAt(from) : -1;
    if (c0 === 0x3e) return from + 1;
    if (c0 === 0x2d && from + 1 < n && html.charCodeAt(from + 1) === 0x3e) return from + 2;
    if (nextDashEnd !== -1 && nextDashEnd < from) nextDashEnd = html.indexOf("-->", from);
    if (nextBangEnd !== -1 && nextBangEnd < from) nextBangEnd = html.indexOf("--!>", from);
    if (nextDashEnd < 0 && nextBangEnd < 0) return -1;
    if (nextBangEnd < 0 || (nextDashEnd >= 0 && nextDashEnd < nextBangEnd)) return nextDashEnd + 3;
    return nextBangEnd + 4;
  };

  /** Text that is not whitespace ends the head, as in a browser: it is the body's first text. */
  const leaveHeadFor = (c: number): void => {
    if (inHead && !isHtmlSpace(c)) inHead = false;
  };

  const piece = (s: string): void => {
    const ready = tail;
    tail = s;
    if (ready.length === 0) return;
    part += ready;
    if (++pieces === PIECES_PER_PART) {
      // Reading a character makes the engine flatten the linked pieces into one string now,
      // while they are young garbage; kept linked until the end they all survive collections.
      part.charCodeAt(0);
      parts.push(part);
      part = "";
      pieces = 0;
    }
  };

  const flush = (): void => {
    if (pending.length === 0) return;
    piece(pending.length === 1 ? String.fromCharCode(pending[0]) : String.fromCharCode.apply(null, pending));
    pending.length = 0;
  };

  const last = (): number => lastCode;

  const emit = (c: number, off: number): void => {
    if (pending.length === CHUNK) flush();
    pending.push(c);
    map.add(k++, off);
    lastCode = c;
  };

  /** html[from..to) unchanged, as one slice. */
  const emitRun = (from: number, to: number): void => {
    flush();
    piece(html.slice(from, to));
    map.addRun(k, from, to);
    k += to - from;
    lastCode = html.charCodeAt(to - 1);
  };

  /** The last output character becomes a line break (keeping its source offset). */
  const lastToLineBreak = (): void => {
    // With nothing pending, the last character is the end of the newest piece (a text run).
    if (pending.length > 0) pending[pending.length - 1] = 0x0a;
    else tail = tail.slice(0, tail.length - 1) + "\n";
    lastCode = 0x0a;
  };

  const separator = (sep: Sep, off: number): void => {
    if (inHead || sep === SEP_NONE) return;
    const l = last();
    if (l === -1 || l === 0x0a) return;
    if (sep === SEP_LINE) {
      // A space right before a line break adds nothing: it becomes the line break.
      if (l === 0x20) lastToLineBreak();
      else emit(0x0a, off);
    } else if (l !== 0x20) emit(0x20, off);
  };

  /** One BMP code unit of text (from the source or from an entity) at source offset off. */
  const textUnit = (c: number, off: number, next: number): boolean => {
    // Returns true when it consumed next as well (CRLF inside <pre>).
    leaveHeadFor(c);
    if (inHead) return false;
    if (isHtmlSpace(c)) {
      if (preDepth > 0) {
        if (c === 0x0d) {
          emit(0x0a, off);
          return next === 0x0a;
        }
        emit(c === 0x0a ? 0x0a : 0x20, off);
        return false;
      }
      const l = last();
      if (l !== -1 && l !== 0x20 && l !== 0x0a) emit(0x20, off);
      return false;
    }
    const f = FOLD[c];
    if (f === KEEP || f === SPECIAL) emit(c, off);
    else if (f !== DROP) emit(f, off);
    return false;
  };

  const codePoint = (cp: number, off: number): void => {
    leaveHeadFor(cp);
    if (inHead) return;
    if (cp < 0x10000) {
      textUnit(cp, off, -1);
      return;
    }
    if (cp >= 0x1d7ce && cp <= 0x1d7ff) {
      emit(0x30 + ((cp - 0x1d7ce) % 10), off);
      return;
    }
    const v = cp - 0x10000;
    emit(0xd800 + (v >> 10), off);
    emit(0xdc00 + (v & 0x3ff), off);
  };

  /** Decodes the entity at html[i] === '&'; returns the index after it, or -1 if it is literal. */
  const entity = (i: number): number => {
    let j = i + 1;
    if (j < n && html.charCodeAt(j) === 0x23) {
      j++;
      const hex = j < n && (html.charCodeAt(j) | 0x20) === 0x78;
      if (hex) j++;
      const digitsStart = j;
      let value = 0;
      for (; j < n; j++) {
        const d = hex ? hexValue(html.charCodeAt(j)) : html.charCodeAt(j) - 0x30;
        if (d < 0 || d > (hex ? 15 : 9)) break;
        // Saturate instead of overflowing: anything above U+10FFFF is invalid anyway.
        if (value <= 0x10ffff) value = value * (hex ? 16 : 10) + d;
      }
      if (j === digitsStart) return -1;
      if (j < n && html.charCodeAt(j) === 0x3b) j++;
      if (value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) value = 0xfffd;
      else if (value >= 0x80 && value <= 0x9f) value = WIN1252[value - 0x80];
      codePoint(value, i);
      return j;
    }
    while (j < n && j - i <= 32 && isAsciiAlnum(html.charCodeAt(j))) j++;
    if (j === i + 1) return -1;
    const name = html.slice(i + 1, j);
    if (!hasOwn(ENTITIES, name)) return -1;
    if (j < n && html.charCodeAt(j) === 0x3b) j++;
    else if (!hasOwn(LEGACY_ENTITIES, name)) return -1;
    codePoint(ENTITIES[name], i);
    return j;
  };

  /** Index just after the '>' that ends a tag whose attributes start at i; -1 if there is none. */
  const tagEnd = (i: number): number => {
    let j = i;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (c === 0x3e) return j + 1;
      if (c === 0x3d) {
        // A quoted attribute value may contain '>'.
        j++;
        while (j < n && isHtmlSpace(html.charCodeAt(j))) j++;
        const q = j < n ? html.charCodeAt(j) : 0;
        if (q === 0x22 || q === 0x27) {
          const close = html.indexOf(String.fromCharCode(q), j + 1);
          if (close < 0) return -1;
          j = close + 1;
        }
        continue;
      }
      j++;
    }
    return -1;
  };

  /** Index of the '<' of the end tag `</name`, case-insensitive, or n. */
  const findEndTag = (from: number, name: string): number => {
    let p = from;
    for (;;) {
      const k = html.indexOf("</", p);
      if (k < 0) return n;
      const after = k + 2 + name.length;
      if (after <= n && html.slice(k + 2, after).toLowerCase() === name) {
        const c = after < n ? html.charCodeAt(after) : 0x3e;
        if (isHtmlSpace(c) || c === 0x2f || c === 0x3e) return k;
      }
      p = k + 2;
    }
  };

  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);

    if (c === 0x3c) {
      const c1 = i + 1 < n ? html.charCodeAt(i + 1) : -1;
      if (c1 === 0x21) {
        if (html.charCodeAt(i + 2) === 0x2d && html.charCodeAt(i + 3) === 0x2d) {
          const after = commentEnd(i + 4);
          if (after < 0) break;
          i = after;
          continue;
        }
        // <!DOCTYPE>, <![CDATA[ ...]> and the like are bogus comments ending at the first '>'.
        const gt = html.indexOf(">", i + 2);
        i = gt < 0 ? n : gt + 1;
        continue;
      }
      if (c1 === 0x3f) {
        const gt = html.indexOf(">", i + 2);
        i = gt < 0 ? n : gt + 1;
        continue;
      }
      const isEnd = c1 === 0x2f;
      const nameStart = isEnd ? i + 2 : i + 1;
      if (nameStart < n && isAsciiLetter(html.charCodeAt(nameStart))) {
        // The name is read as a base-37 code of its lower case (no string per tag): every name
        // that matters is ASCII letters and digits, at most ten of them. Other characters make
        // it a name that does not matter; U+212A (Kelvin) lower-cases to 'k', as
        // toLowerCase() would make it.
        let code = 0;
        let j = nameStart;
        while (j < n) {
          const d = html.charCodeAt(j);
          if (isHtmlSpace(d) || d === 0x2f || d === 0x3e) break;
          if (code >= 0) {
            let v = -1;
            if (d >= 0x61 && d <= 0x7a) v = d - 0x60;
            else if (d >= 0x41 && d <= 0x5a) v = d - 0x40;
            else if (d >= 0x30 && d <= 0x39) v = d - 0x30 + 27;
            else if (d === 0x212a) v = 0x6b - 0x60;
            code = v < 0 || j - nameStart >= TAG_CODE_MAX_LENGTH ? -1 : code * 37 + v;
          }
          j++;
        }
        const known = code >= 0 ? KNOWN_TAGS.get(code) : undefined;
        const tag = known === undefined ? 0 : known;
        const end = tagEnd(j);
        if (end < 0) break; // EOF inside a tag: a browser shows nothing more either
        const tagStart = i;
        i = end;
        // Any element that does not belong in <head> starts the body (a browser shows it and
        // what follows): only ending the head at </head> or <body> hid whole bodies.
        if (inHead && !isEnd && (tag & TAG_HEAD_CONTENT) === 0) inHead = false;
        if (tag === 0) continue; // no line or word break, nothing else either
        if ((tag & TAG_HEAD) !== 0) {
          if (isEnd) inHead = false;
          else if (!headSeen && k === 0) inHead = true;
          headSeen = true;
          continue;
        }
        if ((tag & TAG_BODY) !== 0) {
          inHead = false;
          headSeen = true;
        }
        if (inHead && !isEnd && (tag & TAG_TITLE) !== 0) {
          // The title is text only (no tags) up to </title>, and never shown on the page.
          const close = findEndTag(i, "title");
          const after = close >= n ? -1 : tagEnd(close + 7);
          i = after < 0 ? n : after;
          continue;
        }
        if (!isEnd && (tag & (TAG_SCRIPT | TAG_STYLE)) !== 0) {
          const name = (tag & TAG_SCRIPT) !== 0 ? "script" : "style";
          const close = findEndTag(i, name);
          const after = close >= n ? -1 : tagEnd(close + 2 + name.length);
          i = after < 0 ? n : after;
          continue;
        }
        if ((tag & TAG_PRE) !== 0) {
          if (isEnd) {
            if (preDepth > 0) preDepth--;
          } else preDepth++;
        }
        separator((tag & 3) as Sep, tagStart);
        continue;
      }
      if (isEnd) {
        // "</>" is dropped; "</3...>" is a bogus comment.
        const gt = html.indexOf(">", i + 2);
        i = gt < 0 ? n : gt + 1;
        continue;
      }
      // A '<' that starts no tag is text ("a < b", "<3").
      textUnit(c, i, -1);
      i++;
      continue;
    }

    if (c === 0x26) {
      const next = entity(i);
      if (next >= 0) {
        i = next;
        continue;
      }
      textUnit(c, i, -1);
      i++;
      continue;
    }

    if (c !== 0x20) {
      // Ordinary text up to the next character that needs a rule is copied as one slice: a
      // single space inside it is what the rules would emit too, as it follows a non-space.
      const stop = HTML_TEXT_STOP;
      stop.lastIndex = i;
      const j = stop.test(html) ? stop.lastIndex - 1 : n;
      if (j > i) {
        leaveHeadFor(c);
        if (!inHead) emitRun(i, j);
        i = j;
        continue;
      }
    }

    if (c === HIGH_MATH && i + 1 < n) {
      const low = html.charCodeAt(i + 1);
      if (low >= LOW_MATH_FIRST && low <= LOW_MATH_LAST) {
        leaveHeadFor(c);
        if (!inHead) emit(mathDigit(low), i);
        i += 2;
        continue;
      }
    }
    const consumedNext = textUnit(c, i, i + 1 < n ? html.charCodeAt(i + 1) : -1);
    i += consumedNext ? 2 : 1;
  }

  map.add(k, n);
  flush();
  parts.push(part + tail);
  return { text: parts.join(""), map };
}
