import * as fc from "fast-check";

import { dkPassportDetector } from "../../src/core/detectors/dk-passport";
import type { Finding } from "../../src/core/types";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";
import { danishTrapTexts, groupDigits, syntheticDigits, syntheticIban, largeMixedText } from "../support/synthetic-ids";

const NOW = new Date(2024, 5, 15);

function detect(text: string): Finding[] {
  return dkPassportDetector.detect({ location: "body", text, lower: text.toLowerCase() }, { now: NOW });
}

const nine = (seed: number) => syntheticDigits(9, seed);

describe("dk-passport", () => {
  it("declares its type", () => {
    expect(dkPassportDetector.types).toEqual(["dk-passport"]);
  });

  it.each(["Pas", "pas:", "Pasnummer", "pasnr.", "Pas-nr.", "Pas nr.", "Rejsepas", "Passport", "Passport no.", "passport number"])(
    "keyword %s before the number: 0.8",
    (word) => {
      const p = nine(1);
      const text = word + " " + p + " udløber snart";
      const [f] = detect(text);
      expect(f.type).toBe("dk-passport");
      expect(f.confidence).toBeCloseTo(0.8, 5);
      expect(f.reasons).toEqual(["format:digits", "keyword", "label-before"]);
      expect(text.substring(f.start, f.end)).toBe(p);
    },
  );

  it("keyword after the number: 0.6", () => {
    const [f] = detect("Nummeret " + nine(2) + " (pas) er vedlagt");
    expect(f.confidence).toBeCloseTo(0.6, 5);
    expect(f.reasons).toContain("label-after");
  });

  it("no keyword, no finding; the keyword must be near and on the same line", () => {
    expect(detect("Nummer " + nine(3))).toEqual([]);
    expect(detect("Pas\n" + nine(3))).toEqual([]);
    expect(detect("Pasnummer står i den vedlagte kopi af dokumentet, " + nine(3))).toEqual([]);
  });

  it("'pas' only as a whole word", () => {
    for (const w of ["Passer", "Pasta", "Passage", "Paskontrol i"]) expect(detect(w + " " + nine(4))).toEqual([]);
  });

  it("exactly nine digits, a run of its own", () => {
    expect(detect("Pas " + syntheticDigits(8, 5))).toEqual([]);
    expect(detect("Pas " + syntheticDigits(10, 5))).toEqual([]);
    for (const t of ["1-" + nine(6), nine(6) + "-1", "+" + nine(6), "12 " + nine(6), nine(6) + " 12", nine(6) + ".5"]) {
      expect(detect("Pas " + t)).toEqual([]);
    }
  });

  it("masks all digits", () => {
    const p = nine(7);
    const [f] = detect("Pasnummer: " + p);
    expect(f.masked).toBe("XXXXXXXXX");
    expect(JSON.stringify(f)).not.toContain(p);
  });

  it("a nearer negative word wins; a nearer keyword wins", () => {
    expect(detect("Pas ok, tlf. " + nine(8))).toEqual([]);
    expect(detect("CVR " + nine(8) + " pas")).toEqual([]);
    expect(detect("Tlf. 12, pasnummer " + nine(8))).toHaveLength(1);
  });

  it("Danish traps, CPR numbers and IBANs are not passports", () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const t of danishTrapTexts(seed)) {
        expect(detect(t)).toEqual([]);
        expect(detect("Pas: " + t)).toEqual([]);
      }
      const cpr = syntheticCpr({ year: 1950 + (seed % 50), month: 1 + (seed % 12), day: 1 + (seed % 28), mod11: true, seed });
      for (const form of ["hyphen", "compact", "space"] as const) expect(detect("Pas " + formatCpr(cpr, form))).toEqual([]);
      const iban = syntheticIban(seed % 2 ? "DK" : "SE", seed);
      expect(detect("Pas " + iban + " " + groupDigits(iban, 4))).toEqual([]);
    }
  });

  it("never throws", () => {
    const unit = fc.constantFrom("1", "2", "9", " ", "-", "\n", "pas ", "passport ", "tlf ", "x");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit, maxLength: 80 })), (s) => {
        for (const f of detect(s)) {
          expect(f.masked).toMatch(/^X{9}$/);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("dk-passport: large input", () => {
  it("stays linear: two megabytes of digit-heavy text in well under a second", () => {
    const text = largeMixedText(2_000_000, 42);
    const t0 = Date.now();
    detect(text);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
