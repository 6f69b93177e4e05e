import * as fc from "fast-check";

import { noFodselsnummerDetector } from "../../src/core/detectors/no-fodselsnummer";
import type { Finding } from "../../src/core/types";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";
import { danishTrapTexts, groupIban, noChecksValid, NoSpec, syntheticIban, syntheticNo, largeMixedText } from "../support/synthetic-ids";

const NOW = new Date(2024, 5, 15, 12, 0, 0);

function detect(text: string, now: Date = NOW): Finding[] {
  return noFodselsnummerDetector.detect({ location: "body", text, lower: text.toLowerCase() }, { now });
}

function fnr(partial: Partial<NoSpec> = {}): string {
  return syntheticNo({ year: 1985, month: 1, day: 15, seed: 1, ...partial });
}

describe("no-fodselsnummer: checks and formats", () => {
  it("declares its types", () => {
    expect(noFodselsnummerDetector.types).toEqual(["no-fodselsnummer", "no-d-number"]);
  });

  it("generator: both check digits hold, or exactly one fails", () => {
    for (let seed = 0; seed < 100; seed++) {
      expect(noChecksValid(fnr({ seed }))).toBe(true);
      expect(noChecksValid(fnr({ seed, checks: "k1" }))).toBe(false);
      expect(noChecksValid(fnr({ seed, checks: "k2" }))).toBe(false);
    }
  });

  it.each([
    ["compact", (d: string) => d],
    ["space", (d: string) => d.substring(0, 6) + " " + d.substring(6)],
    ["hyphen", (d: string) => d.substring(0, 6) + "-" + d.substring(6)],
  ] as const)("%s form: found without a keyword at 0.6, with one at 0.95", (form, write) => {
    const d = fnr();
    const [f] = detect("Gjelder " + write(d) + " takk");
    expect(f.type).toBe("no-fodselsnummer");
    expect(f.reasons).toEqual(["format:" + form, "date", "check-digits"]);
    expect(f.confidence).toBeCloseTo(0.6, 5);
    const [g] = detect("Fødselsnummer: " + write(d));
    expect(g.confidence).toBeCloseTo(0.95, 5);
    expect(g.reasons).toContain("keyword");
  });

  it("both check digits are required, even with a keyword", () => {
    for (let seed = 0; seed < 50; seed++) {
      expect(detect("Fødselsnummer " + fnr({ seed, checks: "k1" }))).toEqual([]);
      expect(detect("Fødselsnummer " + fnr({ seed, checks: "k2" }))).toEqual([]);
      expect(detect("Fødselsnummer " + fnr({ seed }))).toHaveLength(1);
    }
  });

  it("D-number: day + 40", () => {
    const d = fnr({ dNumber: true, day: 15 });
    expect(d.substring(0, 2)).toBe("55");
    const [f] = detect("D-nummer " + d);
    expect(f.type).toBe("no-d-number");
    expect(f.reasons).toContain("d-number");
    expect(detect(fnr({ dNumber: true, day: 31 }))[0].type).toBe("no-d-number");
  });

  it("century from the individual number: dates must exist and lie in the past", () => {
    expect(detect(syntheticNo({ year: 2000, month: 2, day: 29, seed: 2 }))).toHaveLength(1);
    expect(detect(syntheticNo({ year: 1896, month: 2, day: 29, seed: 2 }))).toHaveLength(1);
    expect(detect(syntheticNo({ year: 1904, month: 2, day: 29, seed: 2 }))).toHaveLength(1);
    expect(detect(syntheticNo({ year: 1985, month: 2, day: 30, seed: 2 }))).toEqual([]);
    expect(detect(syntheticNo({ year: 1985, month: 13, day: 1, seed: 2 }))).toEqual([]);
    const future = syntheticNo({ year: 2024, month: 6, day: 16, seed: 3 });
    expect(detect(future)).toEqual([]);
    expect(detect(future, new Date(2024, 5, 16))).toHaveLength(1);
  });

  it("masks to the date; offsets point at the number", () => {
    const d = fnr({ seed: 4 });
    const text = "Fnr. " + d + ".";
    const [f] = detect(text);
    expect(text.substring(f.start, f.end)).toBe(d);
    expect(f.masked).toBe(d.substring(0, 6) + "XXXXX");
    expect(f.masked).not.toContain(d.substring(6));
    expect(JSON.stringify(f.reasons)).not.toMatch(/\d/);
  });
});

describe("no-fodselsnummer: traps", () => {
  it("Danish traps are not flagged", () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const t of danishTrapTexts(seed)) expect(detect(t)).toEqual([]);
    }
  });

  it("Danish CPR numbers are never Norwegian", () => {
    for (let seed = 0; seed < 200; seed++) {
      const cpr = syntheticCpr({ year: 1930 + (seed % 90), month: 1 + (seed % 12), day: 1 + (seed % 28), mod11: true, seed });
      for (const form of ["hyphen", "compact", "space"] as const) {
        expect(detect("Fødselsnummer " + formatCpr(cpr, form))).toEqual([]);
      }
    }
  });

  it("account numbers, KID, org.nr and phone words drop it", () => {
    const d = fnr({ seed: 5 });
    for (const w of ["Kontonummer", "KID", "KID-nr.", "Faktura", "Org.nr.", "Tlf.", "Saksnr."]) {
      expect(detect(w + " " + d)).toEqual([]);
    }
    expect(detect("Kidnapping " + d)).toHaveLength(1); // "kid" only as a whole word
    expect(detect("Tlf. 12, fødselsnummer " + d)).toHaveLength(1);
  });

  it("not inside longer or grouped numbers, nor an IBAN", () => {
    const d = fnr({ seed: 6 });
    const sp = d.substring(0, 6) + " " + d.substring(6);
    for (const t of ["1" + d, d + "1", "12-" + d, d + "-3", d + ".5", "+" + d, "+47 " + sp, "12 " + sp, sp + " 12", d.substring(0, 6) + "  " + d.substring(6)]) {
      expect(detect("fnr " + t)).toEqual([]);
    }
    for (let seed = 0; seed < 40; seed++) {
      for (const c of ["NO", "DK", "GB", "DE"]) {
        const iban = syntheticIban(c, seed);
        expect(detect(iban + " " + groupIban(iban))).toEqual([]);
      }
    }
  });

  it("a segment of a code is weak", () => {
    const [f] = detect("ab-" + fnr({ seed: 7 }) + "-cd");
    expect(f.reasons).toContain("in-code");
    expect(f.confidence).toBeLessThan(0.5);
  });
});

describe("no-fodselsnummer: property", () => {
  it("never throws, findings are well-formed", () => {
    const unit = fc.constantFrom("0", "1", "3", "4", "7", "9", "-", "+", " ", "\n", "x", "fnr ", "kid ");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit, maxLength: 80 })), (s) => {
        for (const f of detect(s)) {
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          expect(f.masked).toMatch(/^\d{6}XXXXX$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds every generated number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.boolean(), (seed, dNumber) => {
        const d = syntheticNo({ year: 1900 + (seed % 120), month: 1 + (seed % 12), day: 1 + (seed % 28), seed, dNumber });
        const found = detect("Gjelder " + d + " takk");
        expect(found).toHaveLength(1);
        expect(found[0].type).toBe(dNumber ? "no-d-number" : "no-fodselsnummer");
      }),
      { numRuns: 300 },
    );
  });
});

describe("no-fodselsnummer: large input", () => {
  it("stays linear: two megabytes of digit-heavy text in well under a second", () => {
    const text = largeMixedText(2_000_000, 42);
    const t0 = Date.now();
    detect(text);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
