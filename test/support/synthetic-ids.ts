// Generators for the identifiers other than the Danish CPR number (see synthetic-cpr.ts for
// that one). Every number is built here from a seed and the published format rules; none is
// copied from anywhere, and none is meant to belong to a real person or account (any collision
// is chance). Tests never hard-code an ID-shaped literal: they call these.
//
// The check computations here are written independently of the detectors, so the tests
// cross-check the detectors rather than repeat them.

import { prng } from "./prng";
export { prng };


function two(n: number): string {
  return (n < 10 ? "0" : "") + n;
}

/** n random digits from a seed (the first one never 0 unless leadingZero). */
export function syntheticDigits(n: number, seed: number, leadingZero = false): string {
  const rand = prng(seed * 131 + n);
  let out = "";
  for (let i = 0; i < n; i++) {
    const d = Math.floor(rand() * 10);
    out += i === 0 && !leadingZero && d === 0 ? "1" : String(d);
  }
  return out;
}

/** Digits in space-separated groups of the given size ("12 34 56 78" for size 2). */
export function groupDigits(s: string, size: number, sep = " "): string {
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += size) parts.push(s.substring(i, i + size));
  return parts.join(sep);
}

// -------------------------------------------------------------------------------------------
// Luhn (Swedish personnummer, payment cards)

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The digit that makes body + digit pass Luhn. */
export function luhnDigit(body: string): number {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return d;
  throw new Error("unreachable");
}

/** body + a last digit that passes (valid) or fails (!valid) Luhn. */
function withLuhn(body: string, valid: boolean): string {
  const good = luhnDigit(body);
  return body + (valid ? good : (good + 1 + (body.length % 8)) % 10);
}

// -------------------------------------------------------------------------------------------
// Swedish personnummer / samordningsnummer

export interface SeSpec {
  year: number;
  month: number;
  day: number;
  /** Samordningsnummer: day + 60. */
  samordning?: boolean;
  /** Luhn over the last ten digits holds (default true). */
  luhn?: boolean;
  seed?: number;
}

export type SeForm = "hyphen" | "plus" | "compact" | "long" | "long-hyphen";

/** Twelve digits YYYYMMDDNNNC. */
export function syntheticSe(spec: SeSpec): string {
  const rand = prng((spec.seed ?? 0) * 4099 + spec.year * 373 + spec.month * 37 + spec.day);
  const day = spec.day + (spec.samordning ? 60 : 0);
  let serial = "";
  for (let i = 0; i < 3; i++) serial += String(Math.floor(rand() * 10));
  const ten = withLuhn(two(spec.year % 100) + two(spec.month) + two(day) + serial, spec.luhn !== false);
  return String(Math.floor(spec.year / 100)) + ten;
}

/** Writes twelve digits in one of the Swedish forms. */
export function formatSe(twelve: string, form: SeForm): string {
  const ten = twelve.substring(2);
  switch (form) {
    case "hyphen":
      return ten.substring(0, 6) + "-" + ten.substring(6);
    case "plus":
      return ten.substring(0, 6) + "+" + ten.substring(6);
    case "compact":
      return ten;
    case "long":
      return twelve;
    case "long-hyphen":
      return twelve.substring(0, 8) + "-" + twelve.substring(8);
  }
}

// -------------------------------------------------------------------------------------------
// Norwegian fødselsnummer / D-number

const NO_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const NO_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function noCheck(digits: string, weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i];
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k;
}

/** Both Norwegian check digits hold (computed independently of the detector). */
export function noChecksValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const k1 = noCheck(d, NO_W1);
  const k2 = noCheck(d, NO_W2);
  return k1 < 10 && k2 < 10 && d.charCodeAt(9) - 48 === k1 && d.charCodeAt(10) - 48 === k2;
}

export interface NoSpec {
  year: number;
  month: number;
  day: number;
  /** D-number: day + 40. */
  dNumber?: boolean;
  /** "valid": both check digits hold; "k1": the first is wrong; "k2": the second is wrong. */
  checks?: "valid" | "k1" | "k2";
  seed?: number;
}

function noIndividualRange(year: number): [number, number] {
  if (year >= 1900 && year <= 1999) return [0, 499];
  if (year >= 2000 && year <= 2039) return [500, 999];
  if (year >= 1855 && year <= 1899) return [500, 749];
  throw new Error("no Norwegian individual number range for " + year);
}

/** Eleven digits DDMMYYIIIKK. */
export function syntheticNo(spec: NoSpec): string {
  const rand = prng((spec.seed ?? 0) * 6151 + spec.year * 373 + spec.month * 37 + spec.day);
  const [lo, hi] = noIndividualRange(spec.year);
  const head = two(spec.day + (spec.dNumber ? 40 : 0)) + two(spec.month) + two(spec.year % 100);
  const checks = spec.checks ?? "valid";
  for (let attempt = 0; attempt < 10000; attempt++) {
    const ind = lo + Math.floor(rand() * (hi - lo + 1));
    const nine = head + (ind < 10 ? "00" : ind < 100 ? "0" : "") + ind;
    const k1 = noCheck(nine, NO_W1);
    if (k1 === 10) continue;
    const ten = nine + k1;
    const k2 = noCheck(ten, NO_W2);
    if (k2 === 10) continue;
    if (checks === "valid") return ten + k2;
    if (checks === "k2") return ten + ((k2 + 1) % 10);
    // Wrong first check digit: recompute k2 over the wrong digit so only k1 fails.
    const badTen = nine + ((k1 + 1) % 10);
    const k2b = noCheck(badTen, NO_W2);
    if (k2b === 10) continue;
    return badTen + k2b;
  }
  throw new Error("no Norwegian number found");
}

// -------------------------------------------------------------------------------------------
// Finnish HETU

export const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

export interface FiSpec {
  year: number;
  month: number;
  day: number;
  /** Force the century sign (must agree with the year). */
  sign?: string;
  /** Individual number 002-999; random in 002-899 if not given. */
  individual?: number;
  /** The check character is right (default true). */
  valid?: boolean;
  /** Make the check character a digit (or a letter); searched by changing the individual number. */
  checkKind?: "digit" | "letter";
  seed?: number;
}

function hetuSigns(year: number): string {
  if (year >= 1800 && year <= 1899) return "+";
  if (year >= 1900 && year <= 1999) return "-YXWVU";
  if (year >= 2000 && year <= 2099) return "ABCDEF";
  throw new Error("no HETU century sign for " + year);
}

export function syntheticHetu(spec: FiSpec): string {
  const rand = prng((spec.seed ?? 0) * 8191 + spec.year * 373 + spec.month * 37 + spec.day);
  const signs = hetuSigns(spec.year);
  if (spec.sign !== undefined && signs.indexOf(spec.sign) < 0) throw new Error("sign does not give year");
  const sign = spec.sign ?? signs.charAt(Math.floor(rand() * signs.length));
  const date = two(spec.day) + two(spec.month) + two(spec.year % 100);
  for (let attempt = 0; attempt < 10000; attempt++) {
    const ind = spec.individual ?? 2 + Math.floor(rand() * 898);
    const z = (ind < 10 ? "00" : ind < 100 ? "0" : "") + ind;
    const n = Number(date + z) % 31;
    const check = HETU_CHECK.charAt(n);
    const isDigit = n < 10;
    if (spec.checkKind === "digit" && !isDigit && spec.individual === undefined) continue;
    if (spec.checkKind === "letter" && isDigit && spec.individual === undefined) continue;
    const out = spec.valid === false ? HETU_CHECK.charAt((n + 7) % 31) : check;
    return date + sign + z + out;
  }
  throw new Error("no HETU found");
}

// -------------------------------------------------------------------------------------------
// IBAN

/** BBAN shape per country: 'n' a digit, 'a' an upper-case letter, 'c' a letter or digit. */
export const IBAN_BBAN: { [country: string]: string } = {
  DK: "nnnnnnnnnnnnnn",
  FO: "nnnnnnnnnnnnnn",
  GL: "nnnnnnnnnnnnnn",
  SE: "nnnnnnnnnnnnnnnnnnnn",
  NO: "nnnnnnnnnnn",
  FI: "nnnnnnnnnnnnnn",
  DE: "nnnnnnnnnnnnnnnnnn",
  GB: "aaaannnnnnnnnnnnnn",
  NL: "aaaannnnnnnnnn",
  FR: "nnnnnnnnnncccccccccccnn",
  PL: "nnnnnnnnnnnnnnnnnnnnnnnn",
  ES: "nnnnnnnnnnnnnnnnnnnn",
  IT: "annnnnnnnnncccccccccccc",
  BE: "nnnnnnnnnnnn",
  IS: "nnnnnnnnnnnnnnnnnnnnnn",
};

/** ISO 13616 mod-97 remainder of an IBAN (spaces ignored), computed independently. */
export function ibanRemainder(iban: string): number {
  const s = iban.replace(/ /g, "").toUpperCase();
  const moved = s.substring(4) + s.substring(0, 4);
  let r = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

/** A compact IBAN for the country with right (or, valid=false, wrong) check digits. */
export function syntheticIban(country: string, seed: number, valid = true): string {
  const shape = IBAN_BBAN[country];
  if (!shape) throw new Error("no BBAN shape for " + country);
  const rand = prng(seed * 2053 + country.charCodeAt(0) * 31 + country.charCodeAt(1));
  let bban = "";
  for (const k of shape) {
    if (k === "n") bban += String(Math.floor(rand() * 10));
    else if (k === "a") bban += String.fromCharCode(65 + Math.floor(rand() * 26));
    else bban += rand() < 0.5 ? String(Math.floor(rand() * 10)) : String.fromCharCode(65 + Math.floor(rand() * 26));
  }
  const check = 98 - ibanRemainder(country + "00" + bban);
  // The remainder moves one for one with the check digits, so any other value in 02..98 fails.
  const kk = valid ? check : check === 98 ? 97 : check + 1;
  const iban = country + two(kk) + bban;
  if ((ibanRemainder(iban) === 1) !== valid) throw new Error("IBAN generator broke its contract");
  return iban;
}

/** An IBAN printed in groups of four. */
export function groupIban(iban: string): string {
  return groupDigits(iban, 4);
}

// -------------------------------------------------------------------------------------------
// Payment cards

export type Issuer = "visa" | "mastercard" | "mastercard2" | "amex" | "dankort" | "maestro" | "discover" | "visa-dankort";

const ISSUER_PREFIX: { [issuer: string]: string[] } = {
  visa: ["4"],
  "visa-dankort": ["4571"],
  mastercard: ["51", "52", "53", "54", "55"],
  mastercard2: ["2221", "2500", "2720"],
  amex: ["34", "37"],
  dankort: ["5019"],
  maestro: ["5018", "5020", "5038", "6304", "6759"],
  discover: ["6011", "65"],
};

const ISSUER_LENGTH: { [issuer: string]: number } = {
  visa: 16,
  "visa-dankort": 16,
  mastercard: 16,
  mastercard2: 16,
  amex: 15,
  dankort: 16,
  maestro: 16,
  discover: 16,
};

/** A card number of the issuer, Luhn valid unless luhn=false. */
export function syntheticCard(issuer: Issuer, seed: number, opts: { length?: number; luhn?: boolean; prefix?: string } = {}): string {
  const rand = prng(seed * 977 + issuer.length * 13);
  const prefixes = ISSUER_PREFIX[issuer];
  const prefix = opts.prefix ?? prefixes[Math.floor(rand() * prefixes.length)];
  const length = opts.length ?? ISSUER_LENGTH[issuer];
  let body = prefix;
  while (body.length < length - 1) body += String(Math.floor(rand() * 10));
  return withLuhn(body, opts.luhn !== false);
}

/** A card number as printed: groups of four, or 4-6-5 for a 15-digit Amex. */
export function formatCard(digits: string, sep = " "): string {
  if (digits.length === 15 && (digits.startsWith("34") || digits.startsWith("37"))) {
    return digits.substring(0, 4) + sep + digits.substring(4, 10) + sep + digits.substring(10);
  }
  return groupDigits(digits, 4, sep);
}

// -------------------------------------------------------------------------------------------
// Danish false-positive traps (BRIEF.md §3), all generated

/** EAN-13 / GLN: twelve digits and the GS1 check digit (weights 1,3 from the left). */
export function syntheticEan13(seed: number, prefix = "57"): string {
  let body = prefix + syntheticDigits(12 - prefix.length, seed, true);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  body += String((10 - (sum % 10)) % 10);
  return body;
}

/**
 * Texts that hold numbers which are NOT personal identifiers in Danish mail: phone numbers,
 * CVR/SE, EAN/GLN, P-numbers, invoice and order numbers built from a date, journal numbers,
 * timestamps and an OCR payment line. No detector may report anything in them.
 */
export function danishTrapTexts(seed: number): string[] {
  const d8 = syntheticDigits(8, seed);
  const d10 = syntheticDigits(10, seed + 1);
  const d13 = syntheticDigits(13, seed + 2);
  const d15 = syntheticDigits(15, seed + 3, true);
  const day = 1 + (seed % 28);
  const month = 1 + (seed % 12);
  const yy = seed % 100;
  const date = two(day) + two(month) + two(yy);
  const serial = syntheticDigits(4, seed + 4, true);
  const year = 2000 + (seed % 25);
  return [
    "Ring på tlf. " + groupDigits(d8, 2) + " eller mobil " + d8,
    "Telefon: +45 " + d8 + " / +45" + d8 + " / +45 " + groupDigits(d8, 2),
    "CVR " + d8 + ", SE-nr. " + syntheticDigits(8, seed + 5) + ", CVR-nr.: " + syntheticDigits(8, seed + 6),
    "EAN " + syntheticEan13(seed) + ", GLN: " + syntheticEan13(seed + 1) + ", EAN-nr. " + syntheticEan13(seed + 2, "40"),
    "P-nr. " + d10 + ", P-nummer: " + syntheticDigits(10, seed + 7),
    "Faktura " + date + "-" + serial + " forfalder. Fakturanr. " + date + serial,
    "Ordrenr.: " + date + "-" + serial + ", kundenr. " + d10,
    "J.nr. " + year + "-" + syntheticDigits(5, seed + 8) + " og sagsnr. " + year + "-" + syntheticDigits(6, seed + 9),
    "Modtaget kl. " + date + " " + two(seed % 24) + two(seed % 60),
    "Tidsstempel " + String(year) + two(month) + two(day) + two(seed % 24) + two(seed % 60),
    "+71< " + d15 + "+" + d8 + "<",
    "Varenr. " + d13 + ", pakkenr. " + syntheticDigits(18, seed + 10, true),
  ];
}

/**
 * About `size` characters of Danish prose with digit runs, separators and keywords mixed in:
 * for checking that a detector stays linear on large input (no finding is expected or
 * forbidden; only the time is).
 */
export function largeMixedText(size: number, seed: number): string {
  const rand = prng(seed);
  const words = [
    "Kære", "borger,", "vi", "har", "modtaget", "din", "ansøgning", "og", "vender", "tilbage.", "konto",
    "reg.nr.", "kort", "pas", "kørekort", "personnummer", "IBAN", "DK", "tlf.", "faktura", "-", "+", "<",
  ];
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const r = rand();
    let w: string;
    if (r < 0.7) w = words[Math.floor(rand() * words.length)];
    else if (r < 0.85) w = syntheticDigits(1 + Math.floor(rand() * 20), Math.floor(rand() * 1e9), true);
    else if (r < 0.95) w = syntheticDigits(4, Math.floor(rand() * 1e9), true);
    else w = "\n";
    parts.push(w);
    length += w.length + 1;
  }
  return parts.join(rand() < 0.5 ? " " : "-").substring(0, size);
}
