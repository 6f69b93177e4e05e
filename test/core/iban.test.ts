import * as fc from "fast-check";

import { ibanAt, ibanDetector, IBAN_LENGTHS, insideIban } from "../../src/core/detectors/iban";
import type { Finding } from "../../src/core/types";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";
import { danishTrapTexts, groupDigits, syntheticDigits, groupIban, IBAN_BBAN, ibanRemainder, syntheticIban, largeMixedText } from "../support/synthetic-ids";

const NOW = new Date(2024, 5, 15);

function detect(text: string): Finding[] {
  return ibanDetector.detect({ location: "body", text, lower: text.toLowerCase() }, { now: NOW });
}

const COUNTRIES = Object.keys(IBAN_BBAN);

describe("iban: lengths and check", () => {
  it("declares its type", () => {
    expect(ibanDetector.types).toEqual(["iban"]);
  });

  it.each([
    ["DK", 18], ["SE", 24], ["NO", 15], ["FI", 18], ["DE", 22], ["GB", 22], ["NL", 18], ["FR", 27],
    ["PL", 28], ["ES", 24], ["IT", 27],
  ])("%s is %i characters", (country, length) => {
    expect(IBAN_LENGTHS[country]).toBe(length);
    expect(syntheticIban(country, 1)).toHaveLength(length);
  });

  it.each(COUNTRIES)("%s: compact and grouped, valid found, invalid not", (country) => {
    for (let seed = 0; seed < 20; seed++) {
      const iban = syntheticIban(country, seed);
      expect(ibanRemainder(iban)).toBe(1);
      const [c] = detect("Til " + iban + " tak");
      expect(c.type).toBe("iban");
      expect(c.reasons).toEqual(["format:compact", "checksum", "country:" + country]);
      expect(c.confidence).toBeCloseTo(0.75, 5);
      const grouped = groupIban(iban);
      const text = "Til " + grouped + " tak";
      const [g] = detect(text);
      expect(g.reasons[0]).toBe("format:grouped");
      expect(g.confidence).toBeCloseTo(0.8, 5);
      expect(text.substring(g.start, g.end)).toBe(grouped);
      const bad = syntheticIban(country, seed, false);
      expect(detect("IBAN " + bad)).toEqual([]);
      expect(detect("IBAN " + groupIban(bad))).toEqual([]);
    }
  });

  it("every single-character change is caught by mod-97", () => {
    const iban = syntheticIban("DK", 7);
    for (let i = 4; i < iban.length; i++) {
      const d = iban.charCodeAt(i) - 48;
      const changed = iban.substring(0, i) + String((d + 1) % 10) + iban.substring(i + 1);
      expect(detect(changed)).toEqual([]);
    }
  });

  it("a keyword raises confidence", () => {
    const [f] = detect("IBAN: " + groupIban(syntheticIban("DK", 2)));
    expect(f.confidence).toBeCloseTo(0.95, 5);
    expect(f.reasons).toContain("keyword");
  });

  it("lower case is accepted", () => {
    expect(detect("iban " + syntheticIban("NL", 3).toLowerCase())).toHaveLength(1);
  });

  it("wrong length, unknown country, glued tokens and extra groups are not IBANs", () => {
    const iban = syntheticIban("DK", 4);
    expect(detect(iban.substring(0, 17))).toEqual([]);
    expect(detect(iban + "1")).toEqual([]);
    expect(detect("X" + iban)).toEqual([]);
    expect(detect(iban + "X")).toEqual([]);
    expect(detect(groupIban(iban) + " 12")).toEqual([]);
    expect(detect("ZZ" + iban.substring(2))).toEqual([]);
    // Mixed grouping (a space after the country block only, then compact) is not a print form.
    expect(detect(iban.substring(0, 4) + " " + iban.substring(4))).toEqual([]);
    // Two spaces between groups.
    expect(detect(groupIban(iban).replace(/ /g, "  "))).toEqual([]);
  });

  it("masks: country and check digits, X, the last four", () => {
    const iban = syntheticIban("DK", 5);
    const [f] = detect(groupIban(iban));
    expect(f.masked).toBe(iban.substring(0, 4) + "XXXXXXXXXX" + iban.substring(14));
    expect(f.masked).not.toContain(iban.substring(4, 14));
    expect(JSON.stringify(f.reasons)).not.toMatch(/\d/);
  });

  it("several IBANs in one text", () => {
    const a = syntheticIban("DK", 6);
    const b = syntheticIban("DE", 6);
    expect(detect(a + ", " + groupIban(b) + "\n" + groupIban(a))).toHaveLength(3);
  });
});

describe("iban: helpers for the other detectors", () => {
  it("insideIban sees the digits of a grouped or compact IBAN", () => {
    const iban = syntheticIban("DK", 8);
    const grouped = "Konto " + groupIban(iban);
    for (let i = "Konto ".length + 5; i < grouped.length; i++) {
      if (grouped.charAt(i) !== " " && grouped.charAt(i - 1) === " ") expect(insideIban(grouped, i)).toBe(true);
    }
    const compact = "Konto " + iban;
    expect(insideIban(compact, "Konto ".length + 4)).toBe(true);
    expect(insideIban(compact, "Konto ".length + 2)).toBe(true);
    expect(insideIban(iban, 2)).toBe(true);
    expect(insideIban("Konto " + groupDigits(syntheticDigits(8, 1), 4), 11)).toBe(false);
  });

  it("ibanAt reports shape and validity separately", () => {
    const bad = syntheticIban("DK", 9, false);
    const m = ibanAt(bad, 0);
    expect(m).not.toBeNull();
    expect(m!.valid).toBe(false);
    expect(ibanAt(syntheticIban("DK", 9), 0)!.valid).toBe(true);
  });
});

describe("iban: traps and property", () => {
  it("Danish traps and CPR numbers are not IBANs", () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const t of danishTrapTexts(seed)) expect(detect(t)).toEqual([]);
      const cpr = syntheticCpr({ year: 1950 + (seed % 50), month: 1 + (seed % 12), day: 1 + (seed % 28), mod11: true, seed });
      expect(detect("DK " + formatCpr(cpr, "hyphen") + " DK" + cpr)).toEqual([]);
    }
  });

  it("never throws", () => {
    const unit = fc.constantFrom("D", "K", "d", "k", "G", "B", "0", "1", "5", "9", " ", "\n", "iban ");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit, maxLength: 80 })), (s) => {
        for (const f of detect(s)) {
          expect(f.masked).toMatch(/^[A-Z]{2}\d{2}X+[A-Z0-9]{4}$/);
          expect(f.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds every generated IBAN", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...COUNTRIES), fc.boolean(), (seed, country, grouped) => {
        const iban = syntheticIban(country, seed);
        const found = detect("Betal til " + (grouped ? groupIban(iban) : iban) + ".");
        expect(found).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("iban: large input", () => {
  it("stays linear: two megabytes of digit-heavy text in well under a second", () => {
    const text = largeMixedText(2_000_000, 42);
    const t0 = Date.now();
    detect(text);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
