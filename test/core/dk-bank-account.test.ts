import * as fc from "fast-check";

import { dkBankAccountDetector } from "../../src/core/detectors/dk-bank-account";
import type { Finding } from "../../src/core/types";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";
import { danishTrapTexts, groupIban, syntheticCard, formatCard, syntheticDigits, syntheticIban, largeMixedText } from "../support/synthetic-ids";

const NOW = new Date(2024, 5, 15);

function detect(text: string): Finding[] {
  return dkBankAccountDetector.detect({ location: "body", text, lower: text.toLowerCase() }, { now: NOW });
}

const reg = (seed: number) => syntheticDigits(4, seed);
const acc = (seed: number, n = 10) => syntheticDigits(n, seed + 100, true);

describe("dk-bank-account", () => {
  it("declares its type", () => {
    expect(dkBankAccountDetector.types).toEqual(["dk-bank-account"]);
  });

  it("labelled: reg.nr. and kontonr. around the numbers", () => {
    const r = reg(1);
    const a = acc(1);
    const text = "Reg.nr. " + r + " kontonr. " + a + ", tak.";
    const [f] = detect(text);
    expect(f.type).toBe("dk-bank-account");
    expect(f.reasons).toEqual(["format:labelled", "keyword", "labels"]);
    expect(f.confidence).toBeCloseTo(0.8, 5);
    expect(text.substring(f.start, f.end)).toBe(r + " kontonr. " + a);
    expect(detect("Registreringsnummer: " + r + ", kontonummer: " + a)).toHaveLength(1);
    expect(detect("Regnr " + r + " konto " + acc(2, 7))).toHaveLength(1);
  });

  it.each(["-", " "])("joined with '%s': needs a keyword", (sep) => {
    const r = reg(3);
    const a = acc(3);
    expect(detect("Nummer " + r + sep + a)).toEqual([]);
    const [f] = detect("Konto: " + r + sep + a);
    expect(f.reasons).toEqual(["format:joined", "keyword"]);
    expect(f.confidence).toBeCloseTo(0.7, 5);
    const [g] = detect("Reg.nr. og kontonr.: " + r + sep + a);
    expect(g.confidence).toBeCloseTo(0.9, 5);
    expect(detect("Bankkonto " + r + sep + a)).toHaveLength(1);
    expect(detect(r + sep + a + " (kontonummer)")).toHaveLength(1);
  });

  it("account numbers of 6 to 10 digits", () => {
    for (let n = 4; n <= 12; n++) {
      const found = detect("Konto " + reg(4) + "-" + acc(4, n));
      expect(found).toHaveLength(n >= 6 && n <= 10 ? 1 : 0);
    }
  });

  it("a labelled pair needs the reg.nr. named: a year before 'konto' is no reg.nr.", () => {
    expect(detect("I " + "20" + syntheticDigits(2, 5, true) + " overførte vi til konto " + acc(5))).toEqual([]);
  });

  it("masks the reg.nr. and all but the last four account digits", () => {
    const r = reg(6);
    const a = acc(6);
    const [f] = detect("Reg.nr. " + r + " kontonr. " + a);
    expect(f.masked).toBe("XXXX-XXXXXX" + a.substring(6));
    expect(f.masked).not.toContain(r);
    expect(JSON.stringify(f.reasons)).not.toMatch(/\d/);
    const [g] = detect("Konto " + r + "-" + acc(6, 7));
    expect(g.masked).toBe("XXXX-XXX" + acc(6, 7).substring(3));
  });

  it("an IBAN is not also a bank account", () => {
    for (let seed = 0; seed < 50; seed++) {
      const iban = syntheticIban("DK", seed);
      expect(detect("Konto (IBAN): " + groupIban(iban))).toEqual([]);
      expect(detect("Konto (IBAN): " + iban)).toEqual([]);
      // The same reg.nr. and account written the Danish way is a finding.
      expect(detect("Konto: " + iban.substring(4, 8) + "-" + iban.substring(8))).toHaveLength(1);
    }
  });

  it("negative words nearer than the keyword drop it", () => {
    expect(detect("Konto ok, tlf. " + reg(7) + " " + acc(7))).toEqual([]);
    expect(detect("CVR " + reg(7) + "-" + acc(7) + " konto")).toEqual([]);
  });

  it("not part of a longer number", () => {
    const r = reg(8);
    const a = acc(8);
    for (const t of ["1" + r + "-" + a, "12-" + r + "-" + a, "12 " + r + " " + a, r + "-" + a + "-1", r + " " + a + " 12", "+" + r + " " + a, r + "-" + a + "1"]) {
      expect(detect("Konto " + t)).toEqual([]);
    }
  });

  it("Danish traps, CPR numbers and card numbers are not bank accounts", () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const t of danishTrapTexts(seed)) {
        expect(detect(t)).toEqual([]);
      }
      const cpr = syntheticCpr({ year: 1950 + (seed % 50), month: 1 + (seed % 12), day: 1 + (seed % 28), mod11: true, seed });
      for (const form of ["hyphen", "space", "compact"] as const) expect(detect("Konto " + formatCpr(cpr, form))).toEqual([]);
      const card = syntheticCard("visa", seed);
      expect(detect("Konto " + formatCard(card) + " " + formatCard(card, "-") + " " + card)).toEqual([]);
    }
  });

  it("never throws", () => {
    const unit = fc.constantFrom("1", "2", "9", "0", " ", "-", "\n", "konto ", "reg.nr. ", "tlf ", "DK");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit, maxLength: 80 })), (s) => {
        for (const f of detect(s)) {
          expect(f.masked).toMatch(/^XXXX-X{2,6}\d{4}$/);
          expect(f.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("dk-bank-account: large input", () => {
  it("stays linear: two megabytes of digit-heavy text in well under a second", () => {
    const text = largeMixedText(2_000_000, 42);
    const t0 = Date.now();
    detect(text);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
