import * as fc from "fast-check";

import { paymentCardDetector } from "../../src/core/detectors/payment-card";
import type { Finding } from "../../src/core/types";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";
import {
  danishTrapTexts,
  formatCard,
  groupIban,
  Issuer,
  largeMixedText,
  luhnValid,
  syntheticCard,
  syntheticDigits,
  syntheticEan13,
  syntheticIban,
} from "../support/synthetic-ids";

const NOW = new Date(2024, 5, 15);

function detect(text: string): Finding[] {
  return paymentCardDetector.detect({ location: "body", text, lower: text.toLowerCase() }, { now: NOW });
}

const ISSUERS: Issuer[] = ["visa", "visa-dankort", "mastercard", "mastercard2", "amex", "dankort", "maestro", "discover"];

describe("payment-card: issuers, Luhn, forms", () => {
  it("declares its type", () => {
    expect(paymentCardDetector.types).toEqual(["payment-card"]);
  });

  it.each(ISSUERS)("%s: compact 0.6, grouped 0.7, with a keyword +0.3", (issuer) => {
    for (let seed = 0; seed < 10; seed++) {
      const card = syntheticCard(issuer, seed);
      expect(luhnValid(card)).toBe(true);
      const [c] = detect("Nr. " + card + " tak");
      expect(c.type).toBe("payment-card");
      expect(c.reasons[0]).toBe("format:compact");
      expect(c.reasons).toContain("luhn");
      expect(c.confidence).toBeCloseTo(0.6, 5);
      for (const sep of [" ", "-"]) {
        const printed = formatCard(card, sep);
        const text = "Nr. " + printed + " tak";
        const [g] = detect(text);
        expect(g.reasons[0]).toBe("format:grouped");
        expect(g.confidence).toBeCloseTo(0.7, 5);
        expect(text.substring(g.start, g.end)).toBe(printed);
      }
      const [k] = detect("Kortnummer: " + formatCard(card));
      expect(k.confidence).toBe(1);
    }
  });

  it("Luhn is required", () => {
    for (const issuer of ISSUERS) {
      for (let seed = 0; seed < 10; seed++) {
        const bad = syntheticCard(issuer, seed, { luhn: false });
        expect(detect("Kreditkort " + bad)).toEqual([]);
        expect(detect("Kreditkort " + formatCard(bad))).toEqual([]);
      }
    }
  });

  it("an unknown issuer prefix or a wrong length is not a card", () => {
    for (const prefix of ["1000", "3000", "7000", "8000", "9000", "5000", "5600", "2220", "2721", "6000"]) {
      for (let seed = 0; seed < 5; seed++) {
        const d = syntheticCard("visa", seed, { prefix });
        expect(detect("Kortnummer " + d)).toEqual([]);
      }
    }
    // Mastercard and Dankort are 16 digits, Amex 15.
    expect(detect("Kortnummer " + syntheticCard("mastercard", 1, { length: 19 }))).toEqual([]);
    expect(detect("Kortnummer " + syntheticCard("dankort", 1, { length: 15 }))).toEqual([]);
    expect(detect("Kortnummer " + syntheticCard("amex", 1, { length: 16 }))).toEqual([]);
    expect(detect("Visa " + syntheticCard("visa", 1, { length: 19 }))).toHaveLength(1);
    expect(detect("Nr. " + syntheticCard("discover", 2, { length: 19 }))).toHaveLength(1);
  });

  it("13-15 digits (not Amex) need a keyword: EAN-13 is 13 digits", () => {
    const v13 = syntheticCard("visa", 3, { length: 13 });
    expect(detect("Nr. " + v13)).toEqual([]);
    expect(detect("Visa " + v13)).toHaveLength(1);
    const m14 = syntheticCard("maestro", 3, { length: 14 });
    expect(detect("Nr. " + m14)).toEqual([]);
    expect(detect("Maestro-kort: " + m14)).toHaveLength(1);
  });

  it("'kort' counts only as a whole word", () => {
    const v13 = syntheticCard("visa", 4, { length: 13 });
    expect(detect("Kort: " + v13)).toHaveLength(1);
    expect(detect("Kortvarig " + v13)).toEqual([]);
  });

  it("masks all but the last four digits", () => {
    const card = syntheticCard("visa", 5);
    const [f] = detect(formatCard(card));
    expect(f.masked).toBe("XXXX XXXX XXXX " + card.substring(12));
    expect(f.masked).not.toContain(card.substring(0, 12));
    const amex = syntheticCard("amex", 5);
    expect(detect(amex)[0].masked).toBe("XXXX XXXX XXX " + amex.substring(11));
    for (const x of [f]) expect(JSON.stringify(x.reasons)).not.toMatch(/\d/);
  });

  it("several cards in a text", () => {
    const a = syntheticCard("visa", 6);
    const b = syntheticCard("mastercard", 6);
    expect(detect(formatCard(a) + ", " + b + "\n" + formatCard(b, "-"))).toHaveLength(3);
  });
});

describe("payment-card: never inside a longer number", () => {
  const card = syntheticCard("visa", 7);
  const printed = formatCard(card);
  it.each([
    ["digit before", "1" + card],
    ["digit after", card + "1"],
    ["joined before", "12-" + card],
    ["joined after", card + "/2"],
    ["a group before", "12 " + printed],
    ["a group after", printed + " 12"],
    ["a group of four after", printed + " 1234".replace("1234", syntheticDigits(4, 7))],
    ["hyphen group after", formatCard(card, "-") + "-" + syntheticDigits(4, 8)],
    ["plus before", "+" + card],
    ["OCR line", "+71<" + card + "+" + syntheticDigits(8, 9) + "<"],
    ["twenty digits", card + syntheticDigits(4, 10)],
  ])("%s", (_name, text) => {
    expect(detect("Kort " + text)).toEqual([]);
  });
});

describe("payment-card: traps", () => {
  it("Danish traps, CPR numbers, EAN-13 and IBANs are not cards", () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const t of danishTrapTexts(seed)) expect(detect(t)).toEqual([]);
      const cpr = syntheticCpr({ year: 1950 + (seed % 50), month: 1 + (seed % 12), day: 1 + (seed % 28), mod11: true, seed });
      for (const form of ["hyphen", "space", "compact"] as const) expect(detect("Kort " + formatCpr(cpr, form))).toEqual([]);
      for (const prefix of ["40", "57", "50"]) expect(detect("Vare " + syntheticEan13(seed, prefix))).toEqual([]);
      for (const c of ["DK", "SE", "NO", "FI", "DE", "GB", "NL", "FR", "PL", "ES", "IT", "BE", "IS"]) {
        const iban = syntheticIban(c, seed);
        expect(detect(iban + " " + groupIban(iban))).toEqual([]);
      }
    }
  });

  it("no card is read from the digits of an IBAN (compact DK/FI IBANs hold sixteen digits)", () => {
    for (let seed = 0; seed < 1000; seed++) {
      for (const c of ["DK", "FI", "FO", "GL", "DE", "NO"]) {
        const iban = syntheticIban(c, seed);
        expect(detect("IBAN " + iban + ", kort " + groupIban(iban))).toEqual([]);
      }
    }
  });

  it("negative words nearer than any keyword drop it", () => {
    const card = syntheticCard("visa", 11);
    for (const w of ["EAN", "Faktura", "Ordrenr.", "OCR", "Tracking", "Tlf."]) expect(detect(w + " " + card)).toEqual([]);
    expect(detect("Faktura betalt, kortnummer " + card)).toHaveLength(1);
  });

  it("never throws", () => {
    const unit = fc.constantFrom("4", "5", "3", "0", "1", " ", "-", "<", "+", "\n", "kort ", "ean ");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit, maxLength: 100 })), (s) => {
        for (const f of detect(s)) {
          expect(f.masked).toMatch(/^X{4}( X{1,4})* \d{4}$/);
          expect(f.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("payment-card: large input", () => {
  it("stays linear: two megabytes of digit-heavy text in well under a second", () => {
    const text = largeMixedText(2_000_000, 42);
    const t0 = Date.now();
    detect(text);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
