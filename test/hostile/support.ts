// Shared pieces of the hostile-input properties: synthetic CPR numbers as fast-check values, and
// the one question every property ends with — did the scan report this number?

import * as fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/core/policy";
import { scanMessage } from "../../src/core/scan";
import { AttachmentScan, Finding, ScanResult } from "../../src/core/types";
import { syntheticCpr } from "../support/synthetic-cpr";
import { prng } from "../support/prng";
export { prng };

/** Fixed, so a date that is "in the future" does not change with the day the suite runs. */
export const NOW = new Date("2026-11-28T12:00:00Z");

/**
 * Ten digits of a synthetic CPR number whose modulus-11 check holds: written with a hyphen it
 * scores 0.85, far over the default policy's 0.5, so a miss is a miss and not a rounding matter.
 * Days stop at 28 so every month has them.
 */
export const cprDigits: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1901, max: 2020 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    seed: fc.nat({ max: 100000 }),
  })
  .map((s) => syntheticCpr({ ...s, mod11: true }));

export function masked(digits: string): string {
  return digits.slice(0, 6) + "-XXXX";
}

/** Whether findings (strong or weak) hold this CPR number. */
export function holdsCpr(findings: Finding[], digits: string): boolean {
  return findings.some((f) => f.type === "dk-cpr" && f.masked === masked(digits));
}

export function foundIn(result: ScanResult | AttachmentScan, digits: string): boolean {
  const weak = (result as ScanResult).weakFindings || [];
  return holdsCpr(result.findings.concat(weak), digits);
}

export function scanBody(body: string, isHtml: boolean): ScanResult {
  return scanMessage({ subject: "", body, bodyIsHtml: isHtml, attachments: [] }, DEFAULT_POLICY, NOW);
}


/** Repeats `unit` until the string is at least `bytes` long. */
export function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length));
}
