// The only source of CPR numbers in the tests. Every number is generated here from a date, a
// seed and the rules in BRIEF.md §3; none is copied from anywhere, and none is meant to be a
// real person's number (any collision is chance). Tests never hard-code a CPR-shaped literal:
// a reviewer can then trust that no real number ever sits in this repository.

import { prng } from "./prng";

export interface SyntheticCprSpec {
  year: number;
  month: number;
  day: number;
  /** Whether the modulus-11 check is to hold. */
  mod11: boolean;
  /** Substitute number (erstatningspersonnummer): day + 60. */
  substitute?: boolean;
  /** Same spec and seed give the same number. */
  seed?: number;
  /** Last digit odd for 'm', even for 'f'. */
  sex?: "m" | "f";
  /**
   * Force the 7th digit (the century digit), for century-table tests. It must agree with the
   * year unless allowInconsistent is set, which the tests use to build numbers whose century
   * digit contradicts the date they were meant to have.
   */
  seventh?: number;
  allowInconsistent?: boolean;
}

export type CprForm = "hyphen" | "compact" | "space";

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];


/** 7th digits that give this year (the century table in BRIEF.md §3). */
export function centuryDigitsFor(year: number): number[] {
  const out: number[] = [];
  if (year >= 1900 && year <= 1999) out.push(0, 1, 2, 3);
  if ((year >= 2000 && year <= 2036) || (year >= 1937 && year <= 1999)) out.push(4, 9);
  if ((year >= 2000 && year <= 2057) || (year >= 1858 && year <= 1899)) out.push(5, 6, 7, 8);
  return out.sort((a, b) => a - b);
}

function two(n: number): string {
  return (n < 10 ? "0" : "") + n;
}

/** Ten digits: DDMMYY + century digit + two random digits + a check/sex digit. */
export function syntheticCpr(spec: SyntheticCprSpec): string {
  const allowed = centuryDigitsFor(spec.year);
  if (spec.seventh !== undefined && !spec.allowInconsistent && allowed.indexOf(spec.seventh) < 0) {
    throw new Error("7th digit " + spec.seventh + " does not give year " + spec.year);
  }
  if (allowed.length === 0 && spec.seventh === undefined) {
    throw new Error("no CPR century digit gives year " + spec.year);
  }
  const rand = prng((spec.seed ?? 0) * 7919 + spec.year * 372 + spec.month * 31 + spec.day);
  const day = spec.day + (spec.substitute ? 60 : 0);
  const head = two(day) + two(spec.month) + two(spec.year % 100);

  for (let attempt = 0; attempt < 10000; attempt++) {
    const seventh = spec.seventh !== undefined ? spec.seventh : allowed[Math.floor(rand() * allowed.length)];
    const d8 = Math.floor(rand() * 10);
    const d9 = Math.floor(rand() * 10);
    const partial = head + seventh + d8 + d9;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += (partial.charCodeAt(i) - 48) * WEIGHTS[i];
    const candidates: number[] = [];
    for (let last = 0; last <= 9; last++) {
      if (spec.sex === "m" && last % 2 === 0) continue;
      if (spec.sex === "f" && last % 2 === 1) continue;
      if (((sum + last) % 11 === 0) === spec.mod11) candidates.push(last);
    }
    if (candidates.length > 0) return partial + candidates[Math.floor(rand() * candidates.length)];
  }
  throw new Error("no serial found");
}

export function formatCpr(digits: string, form: CprForm): string {
  if (!/^\d{10}$/.test(digits)) throw new Error("formatCpr needs ten digits");
  if (form === "compact") return digits;
  return digits.slice(0, 6) + (form === "hyphen" ? "-" : " ") + digits.slice(6);
}

/** Weighted modulus-11 sum, computed independently of the detector for cross-checks. */
export function mod11Holds(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (digits.charCodeAt(i) - 48) * WEIGHTS[i];
  return sum % 11 === 0;
}
