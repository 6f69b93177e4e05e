import * as fc from "fast-check";

import { fiHetuDetector } from "../../src/core/detectors/fi-hetu";
import type { Finding } from "../../src/core/types";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";
import { danishTrapTexts, FiSpec, HETU_CHECK, syntheticHetu, largeMixedText } from "../support/synthetic-ids";

const NOW = new Date(2024, 5, 15, 12, 0, 0);

function detect(text: string, now: Date = NOW): Finding[] {
  return fiHetuDetector.detect({ location: "body", text, lower: text.toLowerCase() }, { now });
}

function hetu(partial: Partial<FiSpec> = {}): string {
  return syntheticHetu({ year: 1985, month: 1, day: 15, seed: 1, checkKind: "letter", ...partial });
}

describe("fi-hetu: format and check", () => {
  it("declares its type", () => {
    expect(fiHetuDetector.types).toEqual(["fi-hetu"]);
  });

  it.each(["-", "Y", "X", "W", "V", "U"])("1900s sign %s", (sign) => {
    const h = hetu({ sign });
    const [f] = detect("Henkilö " + h + " kiitos");
    expect(f.type).toBe("fi-hetu");
    expect(f.reasons).toEqual(["format:hetu", "date", "checksum"]);
    expect(f.confidence).toBeCloseTo(0.8, 5);
  });

  it.each(["A", "B", "C", "D", "E", "F"])("2000s sign %s", (sign) => {
    const h = syntheticHetu({ year: 2010, month: 7, day: 3, sign, seed: 2 });
    expect(detect(h)).toHaveLength(1);
  });

  it("1800s sign +", () => {
    expect(detect(syntheticHetu({ year: 1890, month: 7, day: 3, seed: 3 }))).toHaveLength(1);
  });

  it("the check character must be right; every check character is accepted", () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 400; seed++) {
      const good = syntheticHetu({ year: 1950 + (seed % 50), month: 1 + (seed % 12), day: 1 + (seed % 28), sign: "X", seed });
      seen.add(good.charAt(10));
      expect(detect("hetu " + good)).toHaveLength(1);
      const bad = syntheticHetu({ year: 1950 + (seed % 50), month: 1 + (seed % 12), day: 1 + (seed % 28), sign: "X", seed, valid: false });
      expect(detect("hetu " + bad)).toEqual([]);
    }
    expect(seen.size).toBe(HETU_CHECK.length);
  });

  it("a keyword raises confidence", () => {
    const [f] = detect("Henkilötunnus: " + hetu());
    expect(f.confidence).toBe(1);
    expect(f.reasons).toContain("keyword");
  });

  it("the sign's century decides the date; not in the future; individual 000 and 001 unused", () => {
    // 29 February 2000 (A) exists, 1900 (-) does not.
    expect(detect(syntheticHetu({ year: 2000, month: 2, day: 29, sign: "A", seed: 4 }))).toHaveLength(1);
    const h1900 = syntheticHetu({ year: 1900, month: 2, day: 29, sign: "-", seed: 4 });
    expect(detect("hetu " + h1900)).toEqual([]);
    expect(detect(hetu({ month: 2, day: 30 }))).toEqual([]);
    expect(detect(hetu({ month: 13 }))).toEqual([]);
    const future = syntheticHetu({ year: 2024, month: 6, day: 16, sign: "A", seed: 5 });
    expect(detect(future)).toEqual([]);
    expect(detect(future, new Date(2024, 5, 16))).toHaveLength(1);
    expect(detect("hetu " + hetu({ individual: 0 }))).toEqual([]);
    expect(detect("hetu " + hetu({ individual: 1 }))).toEqual([]);
    expect(detect("hetu " + hetu({ individual: 2 }))).toHaveLength(1);
  });

  it("temporary numbers (900-999) are found and marked", () => {
    const [f] = detect(hetu({ individual: 987 }));
    expect(f.reasons).toContain("temporary");
  });

  it("masks to the date, offsets point at the code", () => {
    const h = hetu({ seed: 6 });
    const text = "Hetu: " + h + ".";
    const [f] = detect(text);
    expect(text.substring(f.start, f.end)).toBe(h);
    expect(f.masked).toBe(h.substring(0, 6) + "-XXXX");
    expect(f.masked).not.toContain(h.substring(7));
    expect(JSON.stringify(f.reasons)).not.toMatch(/\d/);
  });

  it("a token of its own", () => {
    const h = hetu({ seed: 7 });
    expect(detect(h + "Z")).toEqual([]);
    expect(detect(h + "1")).toEqual([]);
    expect(detect("1" + h)).toEqual([]);
    expect(detect("12-" + h)).toEqual([]);
    expect(detect(h.toLowerCase())).toEqual([]);
    const [f] = detect("ref_" + h + "_x");
    expect(f.reasons).toContain("in-code");
    expect(f.confidence).toBeLessThan(0.5);
  });
});

describe("fi-hetu: the CPR-shaped form", () => {
  it("DDMMYY-ZZZD that is also a valid CPR number is left to the CPR detector without a Finnish word", () => {
    let shared = 0;
    for (let seed = 0; seed < 600; seed++) {
      const cpr = formatCpr(syntheticCpr({ year: 1930 + (seed % 70), month: 1 + (seed % 12), day: 1 + (seed % 28), mod11: seed % 2 === 0, seed }), "hyphen");
      expect(detect(cpr)).toEqual([]);
      expect(detect("CPR-nr. " + cpr)).toEqual([]);
      expect(detect("Personnummer " + cpr)).toEqual([]);
      if (detect("Henkilötunnus " + cpr).length > 0) shared++;
    }
    expect(shared).toBeGreaterThan(0);
  });

  it("numeric HETU is found at 0.65, or 0.85 with a keyword, and negatives drop it", () => {
    // Most all-digit HETUs also read as CPR numbers; some do not (the CPR century digit makes
    // the date fall in the future or on a day that does not exist). Search for those.
    let found = 0;
    for (let seed = 0; seed < 400 && found < 5; seed++) {
      const h = syntheticHetu({ year: 1900 + (seed % 100), month: 1 + (seed % 12), day: 1 + (seed % 28), sign: "-", checkKind: "digit", seed });
      if (!/^\d{6}-\d{4}$/.test(h)) continue;
      const plain = detect("Vedr. " + h);
      const withWord = detect("Hetu " + h);
      expect(withWord).toHaveLength(1);
      expect(withWord[0].confidence).toBeCloseTo(0.85, 5);
      expect(detect("Faktura " + h)).toEqual([]);
      if (plain.length === 1) {
        expect(plain[0].reasons).toEqual(["format:numeric", "date", "checksum"]);
        expect(plain[0].confidence).toBeCloseTo(0.65, 5);
        found++;
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe("fi-hetu: traps and property", () => {
  it("Danish traps are not flagged", () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const t of danishTrapTexts(seed)) expect(detect(t)).toEqual([]);
    }
  });

  it("never throws, findings are well-formed", () => {
    const unit = fc.constantFrom("0", "1", "5", "9", "-", "+", "A", "X", "Y", " ", "\n", "hetu ");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit, maxLength: 80 })), (s) => {
        for (const f of detect(s)) {
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          expect(f.masked).toMatch(/^\d{6}-XXXX$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds every generated letter-form HETU", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const h = syntheticHetu({ year: 1901 + (seed % 120), month: 1 + (seed % 12), day: 1 + (seed % 28), seed, checkKind: "letter" });
        expect(detect("Vedr. " + h + " kiitos")).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("fi-hetu: large input", () => {
  it("stays linear: two megabytes of digit-heavy text in well under a second", () => {
    const text = largeMixedText(2_000_000, 42);
    const t0 = Date.now();
    detect(text);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
