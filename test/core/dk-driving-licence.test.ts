import * as fc from "fast-check";

import { dkDrivingLicenceDetector } from "../../src/core/detectors/dk-driving-licence";
import type { Finding } from "../../src/core/types";
import { danishTrapTexts, groupDigits, syntheticDigits, syntheticIban, largeMixedText } from "../support/synthetic-ids";

const NOW = new Date(2024, 5, 15);

function detect(text: string): Finding[] {
  return dkDrivingLicenceDetector.detect({ location: "body", text, lower: text.toLowerCase() }, { now: NOW });
}

const eight = (seed: number) => syntheticDigits(8, seed);

describe("dk-driving-licence", () => {
  it("declares its type", () => {
    expect(dkDrivingLicenceDetector.types).toEqual(["dk-driving-licence"]);
  });

  it.each([
    "Kørekort", "kørekort:", "Kørekortnummer", "kørekortnr.", "Kørekort-nr.", "KØREKORT NR", "Driving licence",
    "driving license no.", "Driver's license", "Driver\u2019s licence", "Drivers license number",
  ])("keyword %s before the number: 0.75", (word) => {
    const d = eight(1);
    const text = word + " " + d + " er fornyet";
    const [f] = detect(text);
    expect(f.type).toBe("dk-driving-licence");
    expect(f.confidence).toBeCloseTo(0.75, 5);
    expect(f.reasons).toEqual(["format:digits", "keyword", "label-before"]);
    expect(text.substring(f.start, f.end)).toBe(d);
  });

  it("keyword after the number: 0.55", () => {
    const [f] = detect("Nummer " + eight(2) + " på hans kørekort");
    expect(f.confidence).toBeCloseTo(0.55, 5);
  });

  it("no keyword, no finding (eight digits are phones and CVR numbers)", () => {
    expect(detect("Nummer " + eight(3))).toEqual([]);
    expect(detect("Kørekort\n" + eight(3))).toEqual([]);
  });

  it("exactly eight digits, a run of its own", () => {
    expect(detect("Kørekort " + syntheticDigits(7, 4))).toEqual([]);
    expect(detect("Kørekort " + syntheticDigits(9, 4))).toEqual([]);
    for (const t of ["+45 " + eight(5), "+45" + eight(5), groupDigits(eight(5), 2), groupDigits(eight(5), 4), "12-" + eight(5), eight(5) + "/2"]) {
      expect(detect("Kørekort " + t)).toEqual([]);
    }
  });

  it("the phone number next to a licence number is not a licence number", () => {
    const lic = eight(6);
    const tlf = eight(7);
    const found = detect("Kørekort: " + lic + ", tlf. " + tlf);
    expect(found).toHaveLength(1);
    expect(found[0].start).toBe("Kørekort: ".length);
    expect(detect("Mobil " + tlf + " kørekort")).toEqual([]);
    expect(detect("CVR " + tlf + " (kørekort)")).toEqual([]);
  });

  it("masks all digits", () => {
    const d = eight(8);
    const [f] = detect("Kørekortnummer " + d);
    expect(f.masked).toBe("XXXXXXXX");
    expect(JSON.stringify(f)).not.toContain(d);
  });

  it("Danish traps and IBANs are not licences", () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const t of danishTrapTexts(seed)) expect(detect(t)).toEqual([]);
      const iban = syntheticIban("DK", seed);
      expect(detect("Kørekort " + iban + " " + groupDigits(iban, 4))).toEqual([]);
    }
  });

  it("never throws", () => {
    const unit = fc.constantFrom("1", "2", "9", " ", "-", "\n", "kørekort ", "tlf ", "x", "ø");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit, maxLength: 80 })), (s) => {
        for (const f of detect(s)) {
          expect(f.masked).toMatch(/^X{8}$/);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("dk-driving-licence: large input", () => {
  it("stays linear: two megabytes of digit-heavy text in well under a second", () => {
    const text = largeMixedText(2_000_000, 42);
    const t0 = Date.now();
    detect(text);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
