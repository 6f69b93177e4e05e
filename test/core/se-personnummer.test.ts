import * as fc from "fast-check";

import { sePersonnummerDetector } from "../../src/core/detectors/se-personnummer";
import { dkCprDetector } from "../../src/core/detectors/dk-cpr";
import { normaliseText } from "../../src/core/text/normalise";
import type { Finding } from "../../src/core/types";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";
import { danishTrapTexts, formatSe, luhnValid, SeForm, SeSpec, syntheticSe, syntheticIban, groupIban, largeMixedText } from "../support/synthetic-ids";

const NOW = new Date(2024, 5, 15, 12, 0, 0);

function detect(text: string, now: Date = NOW): Finding[] {
  return sePersonnummerDetector.detect({ location: "body", text, lower: text.toLowerCase() }, { now });
}

/**
 * A Swedish number whose ten digits do not also read as a Danish CPR number: Swedish YYMMDD
 * read as Danish DDMMYY puts the Swedish year in the Danish day, so years ending 32-60 (neither
 * a day nor a substitute day 61-91) have no Danish reading.
 */
function se(partial: Partial<SeSpec> = {}): string {
  return syntheticSe({ year: 1945, month: 3, day: 14, seed: 1, ...partial });
}

describe("se-personnummer: formats and checks", () => {
  it("declares its types", () => {
    expect(sePersonnummerDetector.types).toEqual(["se-personnummer", "se-samordningsnummer"]);
  });

  it("generator: Luhn over the last ten digits", () => {
    for (let seed = 0; seed < 50; seed++) {
      expect(luhnValid(se({ seed }).substring(2))).toBe(true);
      expect(luhnValid(se({ seed, luhn: false }).substring(2))).toBe(false);
    }
  });

  it.each([
    ["hyphen", 0.65, "format:separator"],
    ["plus", 0.65, "format:separator"],
    ["long-hyphen", 0.65, "format:long-separator"],
  ] as const)("%s form is found without a keyword (%f)", (form, conf, reason) => {
    const year = form === "plus" ? 1920 : 1945;
    const d = se({ year });
    const text = formatSe(d, form as SeForm);
    const [f] = detect("Vedr. " + text + " hälsningar");
    expect(f.type).toBe("se-personnummer");
    expect(f.confidence).toBeCloseTo(conf, 5);
    expect(f.reasons).toEqual([reason, "date", "luhn"]);
    expect(f.end - f.start).toBe(text.length);
  });

  it.each(["compact", "long"] as const)("%s form needs a keyword", (form) => {
    const text = formatSe(se(), form);
    expect(detect("Vedr. " + text)).toEqual([]);
    const [f] = detect("Personnummer: " + text);
    expect(f.reasons).toEqual(["format:" + form, "date", "luhn", "keyword"]);
    expect(f.confidence).toBeCloseTo(0.9, 5);
  });

  it("a keyword raises the separator forms to certainty", () => {
    const [f] = detect("Svenskt personnummer " + formatSe(se(), "hyphen"));
    expect(f.confidence).toBe(1);
  });

  it("Luhn is required in every form", () => {
    for (const form of ["hyphen", "plus", "compact", "long", "long-hyphen"] as const) {
      expect(detect("Personnummer " + formatSe(se({ year: 1920, luhn: false }), form))).toEqual([]);
    }
  });

  it("samordningsnummer: day + 60", () => {
    const d = se({ samordning: true, day: 14 });
    expect(d.substring(6, 8)).toBe("74");
    const [f] = detect("Samordningsnummer " + formatSe(d, "hyphen"));
    expect(f.type).toBe("se-samordningsnummer");
    expect(f.reasons).toContain("samordningsnummer");
    expect(detect(formatSe(se({ samordning: true, day: 31, month: 1 }), "hyphen"))[0].type).toBe("se-samordningsnummer");
  });

  it("the date must exist and not lie in the future", () => {
    // 29 February: 1944 is a leap year, 1945 is not.
    const leap = syntheticSe({ year: 1944, month: 2, day: 29, seed: 3 });
    expect(detect(formatSe(leap, "long-hyphen"))).toHaveLength(1);
    const yy = leap.substring(2, 4);
    const notLeap = "19" + String(Number(yy) + 1) + leap.substring(4);
    expect(detect(formatSe(notLeap, "long-hyphen"))).toEqual([]);
    expect(detect(formatSe(se({ month: 2, day: 30 }), "hyphen"))).toEqual([]);
    expect(detect(formatSe(se({ month: 13 }), "hyphen"))).toEqual([]);
    expect(detect(formatSe(se({ month: 4, day: 31 }), "hyphen"))).toEqual([]);
    // Twelve digits: the century decides; a date after NOW is no birth date.
    const future = syntheticSe({ year: 2024, month: 6, day: 16, seed: 2 });
    expect(detect(formatSe(future, "long-hyphen"))).toEqual([]);
    expect(detect(formatSe(future, "long-hyphen"), new Date(2024, 5, 16))).toHaveLength(1);
    // A twelve-digit form needs century 18, 19 or 20.
    expect(detect("Personnummer " + formatSe(syntheticSe({ year: 1745, month: 1, day: 14, seed: 4 }), "long"))).toEqual([]);
  });

  it("ten digits: '-' means the last hundred years, '+' a century earlier", () => {
    // 29 Feb 1900 does not exist, 29 Feb 2000 does.
    const d2000 = syntheticSe({ year: 2000, month: 2, day: 29, seed: 5 });
    expect(detect("svensk " + formatSe(d2000, "hyphen"))).toHaveLength(1);
    expect(detect("svensk " + formatSe(d2000, "plus"))).toEqual([]); // would be 1900
    const d1904 = syntheticSe({ year: 1904, month: 2, day: 29, seed: 6 });
    expect(detect("svensk " + formatSe(d1904, "plus"))).toHaveLength(1);
  });

  it("masks to the date part", () => {
    const d = se({ seed: 7 });
    const [f] = detect("x " + formatSe(d, "hyphen"));
    expect(f.masked).toBe(d.substring(2, 8) + "-XXXX");
    expect(f.masked).not.toContain(d.substring(8));
    const [g] = detect("x " + formatSe(d, "long-hyphen"));
    expect(g.masked).toBe(d.substring(0, 8) + "-XXXX");
    const [h] = detect("personnummer " + formatSe(d, "long"));
    expect(h.masked).toBe(d.substring(0, 8) + "-XXXX");
    for (const x of [f, g, h]) expect(JSON.stringify(x.reasons)).not.toMatch(/\d/);
  });

  it("offsets and location", () => {
    const d = formatSe(se({ seed: 8 }), "hyphen");
    const text = "Hej, mitt personnummer är " + d + ".";
    const [f] = sePersonnummerDetector.detect({ location: "subject", text, lower: text.toLowerCase() }, { now: NOW });
    expect(text.substring(f.start, f.end)).toBe(d);
    expect(f.location).toBe("subject");
  });
});

describe("se-personnummer: Danish CPR numbers are not Swedish", () => {
  it("no valid CPR number is reported as Swedish, with or without 'personnummer'", () => {
    let bothReadings = 0;
    for (let seed = 0; seed < 400; seed++) {
      const cpr = syntheticCpr({ year: 1930 + (seed % 90), month: 1 + (seed % 12), day: 1 + (seed % 28), mod11: seed % 2 === 0, seed });
      for (const form of ["hyphen", "compact"] as const) {
        const text = formatCpr(cpr, form);
        expect(detect(text)).toEqual([]);
        expect(detect("Personnummer: " + text)).toEqual([]);
        expect(detect("CPR-nr. " + text)).toEqual([]);
        if (detect("Svenskt personnummer: " + text).length > 0) bothReadings++;
      }
    }
    // Some CPR numbers are also valid Swedish numbers; only a Swedish word reports them.
    expect(bothReadings).toBeGreaterThan(0);
  });

  it("when both readings are valid, Danish wins unless a Swedish word is near", () => {
    // Swedish born 1961-1991 reads as a Danish substitute number (day 61-91).
    const d = syntheticSe({ year: 1985, month: 3, day: 14, seed: 9 });
    const text = formatSe(d, "hyphen");
    const dk = dkCprDetector.detect({ location: "body", text, lower: text }, { now: NOW });
    expect(dk).toHaveLength(1);
    expect(detect(text)).toEqual([]);
    expect(detect("Personnummer " + text)).toEqual([]);
    for (const word of ["svensk", "Sverige", "samordningsnummer", "Skatteverket", "Swedish"]) {
      expect(detect(word + ": " + text)).toHaveLength(1);
    }
    // '+' and twelve digits are never Danish.
    expect(detect(formatSe(syntheticSe({ year: 1885, month: 3, day: 14, seed: 9 }), "plus"))).toHaveLength(1);
    expect(detect(formatSe(d, "long-hyphen"))).toHaveLength(1);
  });
});

describe("se-personnummer: traps", () => {
  it("Danish traps are not flagged", () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const t of danishTrapTexts(seed)) expect(detect(t)).toEqual([]);
    }
  });

  it("negative words drop it, a nearer keyword keeps it", () => {
    const d = formatSe(se({ seed: 10 }), "hyphen");
    for (const w of ["Faktura", "Ordernr.", "Org.nr.", "Tlf.", "Kundnummer", "Bankgiro"]) {
      expect(detect(w + " " + d)).toEqual([]);
    }
    expect(detect("Tel. 12, personnummer " + d)).toHaveLength(1);
  });

  it("not inside a longer number, a phone number or an IBAN", () => {
    const d = formatSe(se({ seed: 11 }), "hyphen");
    const c = formatSe(se({ seed: 11 }), "compact");
    for (const t of ["1" + d, d + "1", "12-" + d, d + "-5", d + "/2", "+" + d, "+46 " + c, "1+" + d, d + "+1", "3." + d]) {
      expect(detect("personnummer " + t)).toEqual([]);
    }
    const iban = syntheticIban("SE", 3);
    expect(detect("personnummer " + iban + " " + groupIban(iban))).toEqual([]);
  });

  it("a segment of a code is weak", () => {
    const d = formatSe(se({ seed: 12 }), "hyphen");
    const [f] = detect("REF-" + d + "-B");
    expect(f.reasons).toContain("in-code");
    expect(f.confidence).toBeLessThan(0.5);
  });

  it("survives normalisation (non-breaking hyphen)", () => {
    const d = se({ seed: 13 });
    const norm = normaliseText(formatSe(d, "hyphen").replace("-", "\u2011"));
    expect(detect(norm.text)).toHaveLength(1);
  });
});

describe("se-personnummer: property", () => {
  it("never throws, findings are well-formed", () => {
    const unit = fc.constantFrom("0", "1", "4", "5", "9", "-", "+", " ", "\n", "a", "personnummer ", "svensk ", "faktura ");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit, maxLength: 80 })), (s) => {
        for (const f of detect(s)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          expect(f.masked).toMatch(/^(\d{6}|\d{8})-XXXX$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds every generated separator-form number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const d = syntheticSe({ year: 1932 + (seed % 29), month: 1 + (seed % 12), day: 1 + (seed % 28), seed });
        const found = detect("Vedr. " + formatSe(d, "long-hyphen") + " tack");
        expect(found).toHaveLength(1);
        expect(found[0].masked).toBe(d.substring(0, 8) + "-XXXX");
      }),
      { numRuns: 300 },
    );
  });
});

describe("se-personnummer: large input", () => {
  it("stays linear: two megabytes of digit-heavy text in well under a second", () => {
    const text = largeMixedText(2_000_000, 42);
    const t0 = Date.now();
    detect(text);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
