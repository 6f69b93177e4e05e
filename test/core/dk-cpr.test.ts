import * as fc from "fast-check";

import { cprBirthDate, cprMod11, dkCprDetector, maskCpr } from "../../src/core/detectors/dk-cpr";
import { DETECTORS } from "../../src/core/detectors";
import { normaliseHtml, normaliseText } from "../../src/core/text/normalise";
import type { Finding, NormalisedText } from "../../src/core/types";
import { formatCpr, mod11Holds, syntheticCpr, SyntheticCprSpec } from "../support/synthetic-cpr";
import { syntheticIban } from "../support/synthetic-ids";

/** Fixed "today" so that the future check does not change with the calendar. */
const NOW = new Date(2024, 5, 15, 12, 0, 0);
const FAR_FUTURE = new Date(2060, 0, 1);

function cpr(partial: Partial<SyntheticCprSpec> = {}): string {
  return syntheticCpr({ year: 1985, month: 1, day: 1, mod11: true, seed: 1, ...partial });
}

function run(norm: NormalisedText, now: Date): Finding[] {
  return dkCprDetector.detect({ location: "body", text: norm.text, lower: norm.text.toLowerCase() }, { now });
}

function detectText(text: string, now: Date = NOW): Finding[] {
  return run(normaliseText(text), now);
}

function detectHtml(html: string, now: Date = NOW): Finding[] {
  return run(normaliseHtml(html), now);
}

/** Findings that would count under the usual 0.5 policy minimum. */
function strong(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.confidence >= 0.5);
}

describe("cprBirthDate: century table (BRIEF §3)", () => {
  const rows: Array<[string, number, number, number]> = [
    // description, 7th digit, YY, expected year
    ["0 gives 1900-1999", 0, 0, 1900],
    ["0 gives 1900-1999", 0, 99, 1999],
    ["1 gives 1900-1999", 1, 37, 1937],
    ["2 gives 1900-1999", 2, 58, 1958],
    ["3 gives 1900-1999", 3, 36, 1936],
    ["4, YY <= 36 gives 2000+", 4, 0, 2000],
    ["4, YY 36 is the last 2000s year", 4, 36, 2036],
    ["4, YY 37 is 1937", 4, 37, 1937],
    ["4, YY 99 is 1999", 4, 99, 1999],
    ["9, YY 36 is 2036", 9, 36, 2036],
    ["9, YY 37 is 1937", 9, 37, 1937],
    ["5, YY 0 is 2000", 5, 0, 2000],
    ["5, YY 57 is 2057", 5, 57, 2057],
    ["5, YY 58 is 1858", 5, 58, 1858],
    ["6, YY 57 is 2057", 6, 57, 2057],
    ["7, YY 58 is 1858", 7, 58, 1858],
    ["8, YY 57 is 2057", 8, 57, 2057],
    ["8, YY 99 is 1899", 8, 99, 1899],
  ];
  it.each(rows)("7th digit %s (digit %i, YY %i) -> %i", (_d, seventh, yy, year) => {
    const digits = cpr({ year, month: 6, day: 10, seventh });
    expect(digits.substring(4, 6)).toBe(String(yy).length === 1 ? "0" + yy : String(yy));
    expect(digits.charAt(6)).toBe(String(seventh));
    expect(cprBirthDate(digits)).toEqual({ year, month: 6, day: 10 });
  });

  it("the same DDMMYY means different years for different 7th digits", () => {
    const d1 = cpr({ year: 1937, month: 3, day: 3, seventh: 4 });
    const d2 = cpr({ year: 1937, month: 3, day: 3, seventh: 3 });
    expect(cprBirthDate(d1)!.year).toBe(1937);
    expect(cprBirthDate(d2)!.year).toBe(1937);
    const d3 = cpr({ year: 2036, month: 3, day: 3, seventh: 9 });
    const d4 = cpr({ year: 1936, month: 3, day: 3, seventh: 2 });
    expect(d3.substring(0, 6)).toBe(d4.substring(0, 6));
    expect(cprBirthDate(d3)!.year).toBe(2036);
    expect(cprBirthDate(d4)!.year).toBe(1936);
  });

  it("accepts the hyphen and space forms", () => {
    const d = cpr();
    expect(cprBirthDate(formatCpr(d, "hyphen"))).toEqual({ year: 1985, month: 1, day: 1 });
    expect(cprBirthDate(formatCpr(d, "space"))).toEqual({ year: 1985, month: 1, day: 1 });
    expect(cprBirthDate(d.substring(0, 9))).toBeNull();
  });
});

describe("cprBirthDate: calendar", () => {
  it("29 Feb 2000 exists (400-year rule)", () => {
    expect(cprBirthDate(cpr({ year: 2000, month: 2, day: 29, seventh: 4 }))).toEqual({ year: 2000, month: 2, day: 29 });
  });
  it("29 Feb 1900 does not exist", () => {
    const d = cpr({ year: 1900, month: 2, day: 29, seventh: 0 });
    expect(cprBirthDate(d)).toBeNull();
    // Same DDMMYY with a 2000s century digit is a real date.
    const d2000 = d.substring(0, 6) + "5" + d.substring(7);
    expect(cprBirthDate(d2000)).toEqual({ year: 2000, month: 2, day: 29 });
  });
  it("29 Feb in the 2000s and the 1800s follows the leap rule", () => {
    expect(cprBirthDate(cpr({ year: 2004, month: 2, day: 29, seventh: 4 }))).not.toBeNull();
    expect(cprBirthDate(cpr({ year: 2003, month: 2, day: 29, seventh: 4 }))).toBeNull();
    expect(cprBirthDate(cpr({ year: 1860, month: 2, day: 29, seventh: 5 }))).toEqual({ year: 1860, month: 2, day: 29 });
    expect(cprBirthDate(cpr({ year: 1861, month: 2, day: 29, seventh: 6 }))).toBeNull();
    expect(cprBirthDate(cpr({ year: 1896, month: 2, day: 29, seventh: 7 }))).not.toBeNull();
  });
  it("rejects impossible days and months", () => {
    expect(cprBirthDate(cpr({ month: 4, day: 31 }))).toBeNull();
    expect(cprBirthDate(cpr({ month: 13, day: 1 }))).toBeNull();
    expect(cprBirthDate(cpr({ month: 0, day: 1 }))).toBeNull();
    expect(cprBirthDate(cpr({ month: 1, day: 32 }))).toBeNull();
    expect(cprBirthDate(cpr({ month: 1, day: 0 }))).toBeNull();
    expect(cprBirthDate(cpr({ month: 12, day: 31 }))).not.toBeNull();
  });
  it("substitute numbers: day + 60, checked on the real date", () => {
    expect(cprBirthDate(cpr({ day: 1, substitute: true }))).toEqual({ year: 1985, month: 1, day: 1 });
    expect(cprBirthDate(cpr({ day: 31, substitute: true }))).toEqual({ year: 1985, month: 1, day: 31 });
    expect(cprBirthDate(cpr({ year: 2000, month: 2, day: 29, substitute: true, seventh: 4 }))).not.toBeNull();
    expect(cprBirthDate(cpr({ year: 1999, month: 2, day: 29, substitute: true }))).toBeNull();
    expect(cprBirthDate(cpr({ month: 1, day: 32, substitute: true }))).toBeNull(); // day 92
  });
});

describe("cprMod11 and maskCpr", () => {
  it("agrees with the generator for many numbers", () => {
    for (let seed = 0; seed < 200; seed++) {
      const wanted = seed % 2 === 0;
      const d = cpr({ seed, mod11: wanted, year: 1940 + (seed % 60), month: 1 + (seed % 12), day: 1 + (seed % 28) });
      expect(mod11Holds(d)).toBe(wanted);
      expect(cprMod11(d)).toBe(wanted);
      expect(cprMod11(formatCpr(d, "hyphen"))).toBe(wanted);
    }
  });
  it("masks the serial", () => {
    const d = cpr({ seed: 9 });
    expect(maskCpr(d)).toBe(d.substring(0, 6) + "-XXXX");
    expect(maskCpr(formatCpr(d, "space"))).toBe(d.substring(0, 6) + "-XXXX");
    expect(maskCpr("garbage")).not.toMatch(/\d/);
  });
});

describe("syntheticCpr", () => {
  it("is deterministic and honours sex and century", () => {
    expect(cpr({ seed: 5 })).toBe(cpr({ seed: 5 }));
    expect(Number(cpr({ sex: "m" }).charAt(9)) % 2).toBe(1);
    expect(Number(cpr({ sex: "f" }).charAt(9)) % 2).toBe(0);
    expect(() => cpr({ year: 2040, seventh: 4 })).toThrow();
    expect(cpr({ year: 2040 }).charAt(6)).toMatch(/[5-8]/);
    expect(cpr({ year: 1870 }).charAt(6)).toMatch(/[5-8]/);
    expect(cpr({ year: 1920 }).charAt(6)).toMatch(/[0-3]/);
  });
});

describe("dkCprDetector: forms and confidence", () => {
  it("is the first registered detector and declares its types", () => {
    expect(DETECTORS[0]).toBe(dkCprDetector);
    expect(dkCprDetector.types).toEqual(["dk-cpr", "dk-cpr-substitute"]);
  });

  it.each([
    ["hyphen", 0.85, 0.6],
    ["compact", 0.65, 0.4],
    ["space", 0.65, 0.4],
  ] as const)("%s form: mod-11 %f, without mod-11 %f (never rejected)", (form, withMod, without) => {
    const good = formatCpr(cpr({ mod11: true }), form);
    const bad = formatCpr(cpr({ mod11: false }), form);
    const [f1] = detectText("Sendt til " + good + " i dag");
    const [f2] = detectText("Sendt til " + bad + " i dag");
    expect(f1.confidence).toBeCloseTo(withMod, 5);
    expect(f1.reasons).toEqual(["format:" + form, "mod11"]);
    expect(f2.confidence).toBeCloseTo(without, 5);
    expect(f2.reasons).toEqual(["format:" + form]);
    expect(f2.confidence).toBeLessThan(f1.confidence);
  });

  it("a post-2007 number without mod-11 (born 1 January) is found, and certain with a keyword", () => {
    const d = cpr({ year: 1965, month: 1, day: 1, mod11: false });
    const [f] = detectText("CPR-nr.: " + formatCpr(d, "hyphen"));
    expect(f.type).toBe("dk-cpr");
    expect(f.confidence).toBeCloseTo(0.95, 5);
    expect(f.reasons).toEqual(["format:hyphen", "keyword"]);
    const [g] = detectText("CPR " + formatCpr(cpr({ mod11: true }), "compact"));
    expect(g.confidence).toBe(1);
  });

  it("reports offsets, location and a mask without the serial", () => {
    const d = cpr({ seed: 3 });
    const text = "Hej. Borgerens personnummer er " + formatCpr(d, "hyphen") + ".";
    const [f] = detectText(text);
    expect(f.location).toBe("body");
    expect(text.substring(f.start, f.end)).toBe(formatCpr(d, "hyphen"));
    expect(f.masked).toBe(d.substring(0, 6) + "-XXXX");
    expect(f.masked).not.toContain(d.substring(6));
    expect(JSON.stringify(f.reasons)).not.toContain(d.substring(6));
    expect(JSON.stringify(f.reasons)).not.toContain(d.substring(0, 6));
  });

  it("keeps offsets right when toLowerCase changes the length (İ)", () => {
    const d = formatCpr(cpr({ seed: 4 }), "hyphen");
    const text = "İİ CPR " + d;
    expect(text.toLowerCase().length).not.toBe(text.length);
    const [f] = dkCprDetector.detect({ location: "subject", text, lower: text.toLowerCase() }, { now: NOW });
    expect(text.substring(f.start, f.end)).toBe(d);
    expect(f.reasons).toContain("keyword");
    expect(f.location).toBe("subject");
  });

  it("substitute numbers are reported as dk-cpr-substitute", () => {
    const d = cpr({ day: 15, substitute: true });
    expect(d.substring(0, 2)).toBe("75");
    const [f] = detectText("Erstatningsnummer " + formatCpr(d, "hyphen"));
    expect(f.type).toBe("dk-cpr-substitute");
    expect(f.reasons).toContain("substitute");
    expect(f.masked).toBe(d.substring(0, 6) + "-XXXX");
    // Day 61 and day 91 are the edges.
    expect(detectText(formatCpr(cpr({ day: 1, substitute: true }), "hyphen"))[0].type).toBe("dk-cpr-substitute");
    expect(detectText(formatCpr(cpr({ day: 31, substitute: true }), "hyphen"))[0].type).toBe("dk-cpr-substitute");
  });

  it("official-test-style numbers (no mod-11, high serial) are still flagged", () => {
    const d = cpr({ mod11: false, seed: 77 });
    expect(detectText(formatCpr(d, "hyphen"))).toHaveLength(1);
  });

  it("invalid dates give no finding", () => {
    expect(detectText(formatCpr(cpr({ month: 2, day: 30 }), "hyphen"))).toEqual([]);
    expect(detectText(formatCpr(cpr({ year: 1900, month: 2, day: 29, seventh: 0 }), "hyphen"))).toEqual([]);
    expect(detectText(formatCpr(cpr({ month: 13 }), "hyphen"))).toEqual([]);
  });

  it("leap days are found when they exist", () => {
    expect(detectText(formatCpr(cpr({ year: 2000, month: 2, day: 29, seventh: 4 }), "hyphen"))).toHaveLength(1);
    expect(detectText(formatCpr(cpr({ year: 1860, month: 2, day: 29, seventh: 5 }), "hyphen"))).toHaveLength(1);
  });

  it("dates in the future relative to options.now are rejected", () => {
    const today = cpr({ year: 2024, month: 6, day: 15, seventh: 4 });
    const tomorrow = cpr({ year: 2024, month: 6, day: 16, seventh: 4 });
    expect(detectText(formatCpr(today, "hyphen"))).toHaveLength(1);
    expect(detectText(formatCpr(tomorrow, "hyphen"))).toEqual([]);
    expect(detectText(formatCpr(tomorrow, "hyphen"), new Date(2024, 5, 16))).toHaveLength(1);
    // The century edges only exist once they are in the past.
    const y2036 = formatCpr(cpr({ year: 2036, month: 1, day: 1, seventh: 4 }), "hyphen");
    const y2057 = formatCpr(cpr({ year: 2057, month: 1, day: 1, seventh: 6 }), "hyphen");
    expect(detectText(y2036)).toEqual([]);
    expect(detectText(y2057)).toEqual([]);
    expect(detectText(y2036, FAR_FUTURE)).toHaveLength(1);
    expect(detectText(y2057, FAR_FUTURE)).toHaveLength(1);
    // 1858 and 1937 are in the past whatever now is.
    expect(detectText(formatCpr(cpr({ year: 1858, month: 1, day: 1, seventh: 5 }), "hyphen"))).toHaveLength(1);
    expect(detectText(formatCpr(cpr({ year: 1937, month: 1, day: 1, seventh: 9 }), "hyphen"))).toHaveLength(1);
  });

  it("finds several numbers in one text, including a space-form list", () => {
    const a = formatCpr(cpr({ seed: 1 }), "space");
    const b = formatCpr(cpr({ seed: 2, day: 2 }), "space");
    const c = formatCpr(cpr({ seed: 3, day: 3 }), "hyphen");
    expect(detectText(a + " " + b + "\n" + c)).toHaveLength(3);
    expect(detectText(a + "\t" + b)).toHaveLength(2);
  });
});

describe("dkCprDetector: not inside a longer number", () => {
  const d = cpr({ seed: 11 });
  const hy = formatCpr(d, "hyphen");
  const sp = formatCpr(d, "space");

  it.each([
    ["11 digits (digit before)", "1" + d],
    ["11 digits (digit after)", d + "7"],
    ["12 digits", "12" + d],
    ["13 digits (EAN/GLN)", d + "123"],
    ["7+4", "3" + hy],
    ["6+5", hy + "5"],
    ["digit-hyphen before", "12-" + hy],
    ["digit-slash before", "12/" + d],
    ["digit-dot before", "1." + d],
    ["digit-comma before", "3," + d],
    ["digit-plus before", "1+" + d],
    ["plus before (phone)", "+" + d],
    ["plus and space-grouped", "+45 " + sp],
    ["hyphen-digit after", hy + "-5"],
    ["slash-digit after", d + "/24"],
    ["dot-digit after", d + ".5"],
    ["comma-digit after", d + ",50"],
    ["space group before", "12 " + sp],
    ["space group after", sp + " 56"],
    ["space group of four after (IBAN-like)", sp + " 1234"],
  ])("%s", (_name, text) => {
    expect(detectText("Nr " + text + " tak")).toEqual([]);
  });

  it("a segment of a longer code is at most weak", () => {
    const good = formatCpr(cpr({ seed: 12, mod11: true }), "hyphen");
    for (const text of ["xxx-" + good + "-yyy", "REF_" + good + "_B", "AB" + d + "CD", "id/" + good + "/v2"]) {
      expect(strong(detectText(text))).toEqual([]);
    }
    const [f] = detectText("xxx-" + good + "-yyy");
    expect(f.reasons).toContain("in-code");
  });

  it("punctuation that ends a sentence or a list does not hide a number", () => {
    for (const text of ["(" + hy + ")", hy + ".", hy + ", og", "«" + hy + "»", "nr." + hy, "CPR:" + d]) {
      expect(detectText(text)).toHaveLength(1);
    }
  });
});

describe("dkCprDetector: false-positive traps (BRIEF §3)", () => {
  const good = (seed: number) => cpr({ seed, mod11: true });

  it("phone numbers: 8 digits, +45, groups of two, and a CPR-shaped number by tlf/mobil", () => {
    expect(detectText("Ring på tlf. 22 33 44 55 eller +45 22334455 / +4522334455")).toEqual([]);
    expect(detectText("Mobil: " + formatCpr(good(20), "compact"))).toEqual([]);
    expect(detectText("Telefon " + formatCpr(good(21), "space"))).toEqual([]);
    expect(detectText("Phone: +" + formatCpr(good(22), "compact"))).toEqual([]);
  });

  it("invoice and order numbers built from a date, even when they pass mod-11", () => {
    const inv = formatCpr(cpr({ year: 1923, month: 3, day: 15, seventh: 0, mod11: true }), "hyphen");
    expect(cprMod11(inv)).toBe(true);
    expect(detectText("Faktura " + inv)).toEqual([]);
    expect(detectText("Fakturanummer: " + inv + " forfalder")).toEqual([]);
    expect(detectText("Din ordre " + inv + " er afsendt")).toEqual([]);
    expect(detectText("Ordrenr.: " + inv)).toEqual([]);
    expect(detectText("Kundenr. " + formatCpr(good(23), "compact"))).toEqual([]);
    expect(detectText("Medlemsnummer " + formatCpr(good(24), "hyphen"))).toEqual([]);
    expect(detectText("Sagsnr.: " + formatCpr(good(25), "hyphen"))).toEqual([]);
    expect(detectText("Invoice " + inv)).toEqual([]);
    expect(detectText("Police-nr. " + inv)).toEqual([]);
    // The negative word can follow the number too.
    expect(detectText(inv + " (faktura)")).toEqual([]);
  });

  it("timestamps: excluded next to kl., otherwise weak unless mod-11 holds", () => {
    const ts = formatCpr(cpr({ year: 1923, month: 3, day: 24, seventh: 1, mod11: false }), "space");
    expect(detectText("Modtaget kl. " + ts)).toEqual([]);
    expect(detectText(ts + " kl.")).toEqual([]);
    expect(strong(detectText("Tidsstempel " + ts))).toEqual([]);
  });

  it("EAN/GLN (13 digits) and CVR/SE (8 digits)", () => {
    expect(detectText("EAN 5790000123456, GLN: 5790001234567")).toEqual([]);
    expect(detectText("EAN-nr. " + good(26) + "123")).toEqual([]);
    expect(detectText("CVR 12345678, SE-nr. 87654321, CVR-nr.: 11223344")).toEqual([]);
    expect(detectText("EAN: " + formatCpr(good(27), "compact"))).toEqual([]);
    expect(detectText("CVR " + formatCpr(good(28), "compact"))).toEqual([]);
    expect(detectText("SE nr " + formatCpr(good(29), "compact"))).toEqual([]);
  });

  it("P-numbers (10 digits)", () => {
    expect(detectText("P-nr. " + formatCpr(good(30), "compact"))).toEqual([]);
    expect(detectText("P-nummer: " + formatCpr(good(31), "compact"))).toEqual([]);
    expect(detectText("Arbejdssted (pnr " + formatCpr(good(32), "compact") + ")")).toEqual([]);
  });

  it("bank reg.nr. and account numbers, IBAN DK", () => {
    expect(detectText("Reg.nr. 1234 kontonr. " + formatCpr(good(33), "compact"))).toEqual([]);
    expect(detectText("Konto: 1234 " + formatCpr(good(34), "compact"))).toEqual([]);
    expect(detectText("Regnr " + formatCpr(good(35), "compact"))).toEqual([]);
    expect(detectText("Account " + formatCpr(good(36), "compact"))).toEqual([]);
    expect(detectText("IBAN: DK50 0040 0440 1162 43, DK5000400440116243")).toEqual([]);
    expect(detectText("IBAN DK50 " + formatCpr(good(37), "compact") + "1234")).toEqual([]);
  });

  // A Dutch IBAN is NLkk + four letters + a ten-digit account number, an Italian one ITkk + a
  // letter + ten digits + twelve letters or digits: the account number can have CPR shape.
  describe("account numbers inside a compact Dutch or Italian IBAN", () => {
    /** A generated IBAN whose ten digits at `from` read as a past CPR date and stand alone. */
    function ibanWithCprShape(country: string, from: number, valid: boolean): string {
      for (let seed = 1; seed < 20000; seed++) {
        const iban = syntheticIban(country, seed, valid);
        const digits = iban.substring(from, from + 10);
        if (!/^[0-9]{10}$/.test(digits) || /[0-9]/.test(iban.charAt(from + 10))) continue;
        const date = cprBirthDate(digits);
        if (date !== null && new Date(date.year, date.month - 1, date.day) < NOW) return iban;
      }
      throw new Error("no generated " + country + " IBAN holds a CPR-shaped account number");
    }

    it.each([
      ["NL", 8],
      ["IT", 5],
    ])("%s: the number in a valid IBAN is no CPR finding", (country, from) => {
      const iban = ibanWithCprShape(country as string, from as number, true);
      const digits = iban.substring(from as number, (from as number) + 10);
      // The same ten digits on their own are one: only the IBAN around them stops it.
      expect(detectText("Nummer " + digits)).toHaveLength(1);
      expect(detectText("IBAN " + iban)).toEqual([]);
      expect(detectText("Overfør til " + iban.toLowerCase() + " i dag")).toEqual([]);
    });

    it.each([
      ["NL", 8],
      ["IT", 5],
    ])("%s: an IBAN-shaped token whose check digits fail is no IBAN, so its number is still read", (country, from) => {
      const token = ibanWithCprShape(country as string, from as number, false);
      const digits = token.substring(from as number, (from as number) + 10);
      const found = detectText("Ref. " + token);
      expect(found).toHaveLength(1);
      expect(found[0].masked).toBe(digits.substring(0, 6) + "-XXXX");
    });
  });

  it("journal numbers like 2012-85563 are not CPR numbers, but j.nr. is no negative", () => {
    expect(detectText("J.nr. 2012-85563")).toEqual([]);
    const d = formatCpr(good(38), "hyphen");
    expect(detectText("J.nr. " + d)).toHaveLength(1);
    expect(detectText("Journalnummer " + d)).toHaveLength(1);
  });

  it("a positive keyword nearer than a negative word keeps the finding", () => {
    const d = formatCpr(good(39), "hyphen");
    const [f] = detectText("CPR-nr. " + d + ", tlf. 12345678");
    expect(f.type).toBe("dk-cpr");
    expect(f.reasons).toEqual(["format:hyphen", "mod11", "negative-context", "keyword"]);
    expect(f.confidence).toBe(1);
    expect(detectText("Tlf. 12345678, CPR " + d)).toHaveLength(1);
    expect(detectText("Kunde-nr. og personnummer: " + d)).toHaveLength(1);
    // Tie across sides: the label before the number wins.
    const inv = formatCpr(good(40), "hyphen");
    const found = detectText("Faktura: " + inv + ", CPR: " + d);
    expect(found).toHaveLength(1);
    expect(found[0].masked).toBe(d.substring(0, 6) + "-XXXX");
  });

  it("context counts only near the number and on the same line", () => {
    const d = formatCpr(good(41), "hyphen");
    expect(detectText("Faktura\n" + d)).toHaveLength(1);
    expect(detectText("Faktura er vedlagt som aftalt med dig i går, og her er " + d)).toHaveLength(1);
    const [weak] = detectText("CPR\n" + formatCpr(cpr({ seed: 42, mod11: false }), "space"));
    expect(weak.reasons).not.toContain("keyword");
    const [far] = detectText("Hej " + d + " og tak for sidst, vi ses snart. CPR");
    expect(far.reasons).not.toContain("keyword");
    // Words only count at a word start.
    expect(detectText("Klippekort " + d + " ekstra")).toHaveLength(1);
    expect(detectText("Tilordre " + d)).toHaveLength(1);
  });

  it.each([
    "cpr", "CPR-nr.", "cpr.nr", "CPRnr", "CPR-nummer", "CPR nr", "CPR no.", "Personnummer",
    "personnr", "pers.nr.", "Person nr", "Fødselsdato", "Sygesikringskort", "sygesikringsnummer",
    "Sundhedskort", "Personregister", "Civil registration number", "Personal identification no",
  ])("positive keyword %s raises confidence", (word) => {
    const d = formatCpr(cpr({ seed: 43, mod11: false }), "space");
    const [f] = detectText(word + ": " + d);
    expect(f.reasons).toContain("keyword");
    expect(f.confidence).toBeCloseTo(0.75, 5);
  });
});

describe("dkCprDetector: obfuscations survive normalisation and map back", () => {
  const d = cpr({ seed: 50 });
  const date = d.substring(0, 6);
  const serial = d.substring(6);

  function one(norm: NormalisedText, source: string, expectStart: number, expectLast: number): Finding {
    const found = run(norm, NOW);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(norm.map.toSource(f.start)).toBe(expectStart);
    expect(norm.map.toSource(f.end - 1)).toBe(expectLast);
    expect(source.length).toBeGreaterThan(expectLast);
    expect(f.masked).toBe(date + "-XXXX");
    return f;
  }

  it("HTML split across spans", () => {
    const html = "<p>CPR: " + date.substring(0, 2) + "<span>" + date.substring(2) + "</span>-" + serial + "</p>";
    one(normaliseHtml(html), html, html.indexOf(date.substring(0, 2)), html.lastIndexOf(serial) + 3);
    const word = '<p class=MsoNormal><span lang=DA style="font-size:11pt">' + date + "</span><span lang=DA>-" + serial + "<o:p></o:p></span></p>";
    one(normaliseHtml(word), word, word.indexOf(date), word.lastIndexOf(serial) + 3);
  });

  it("numeric and named entities", () => {
    const first = "&#" + d.charCodeAt(0) + ";";
    const last = "&#x" + d.charCodeAt(9).toString(16) + ";";
    const html = "<div>" + first + d.substring(1, 6) + "&ndash;" + serial.substring(0, 3) + last + "</div>";
    one(normaliseHtml(html), html, html.indexOf("&#"), html.indexOf("&#x"));
    const nbsp = "<div>" + date + "&nbsp;" + serial + "</div>";
    const f = one(normaliseHtml(nbsp), nbsp, nbsp.indexOf(date), nbsp.length - 7);
    expect(f.reasons).toContain("format:space");
    const shy = date + "&shy;-&#8203;" + serial;
    one(normaliseHtml(shy), shy, 0, shy.length - 1);
  });

  it("NBSP, non-breaking hyphen, minus, soft hyphen, zero-width and bidi characters in plain text", () => {
    for (const sep of ["\u00a0", "\u202f", "\u2007", "\u2011", "\u2010", "\u2013", "\u2212", "\ufe63", "\uff0d"]) {
      const text = date + sep + serial;
      one(normaliseText(text), text, 0, text.length - 1);
    }
    for (const hidden of ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202e", "\u2066"]) {
      const text = "x " + date.substring(0, 3) + hidden + date.substring(3) + "-" + serial.substring(0, 2) + hidden + serial.substring(2);
      one(normaliseText(text), text, 2, text.length - 1);
    }
  });

  it("full-width, Arabic-Indic and mathematical digits", () => {
    const shift = (s: string, base: number) =>
      s.split("").map((c) => String.fromCharCode(base + c.charCodeAt(0) - 48)).join("");
    for (const base of [0xff10, 0x0660, 0x06f0, 0x0966]) {
      const text = "CPR " + shift(date, base) + "-" + shift(serial, base);
      one(normaliseText(text), text, 4, text.length - 1);
    }
    const bold = (s: string) => s.split("").map((c) => String.fromCodePoint(0x1d7ce + c.charCodeAt(0) - 48)).join("");
    const text = "CPR " + bold(date) + "-" + bold(serial);
    one(normaliseText(text), text, 4, text.length - 2);
    one(normaliseHtml(text), text, 4, text.length - 2);
  });

  it("a table row: cells are word boundaries, rows are lines", () => {
    const html = "<table><tr><td>CPR</td><td>" + formatCpr(d, "hyphen") + "</td></tr><tr><td>Faktura</td></tr></table>";
    const [f] = detectHtml(html);
    expect(f.reasons).toContain("keyword");
  });

  it("hidden HTML (comments, script, style, head) is not text", () => {
    const hy = formatCpr(d, "hyphen");
    expect(detectHtml("<!-- " + hy + " --><p>hej</p>")).toEqual([]);
    expect(detectHtml("<script>var x='" + hy + "'</script>")).toEqual([]);
    expect(detectHtml("<head><title>" + hy + "</title></head><body>hej</body>")).toEqual([]);
  });
});

describe("property: never throws", () => {
  const htmlish = fc.string({
    unit: fc.constantFrom(
      "<", ">", "&", ";", "#", "x", "/", "-", " ", "\n", "\r", "\u00a0", "\u2011", "\u00ad", "\ufeff",
      "\ud835", "\udfce", "\ud800", "0", "1", "5", "9", "a", "p", "span", "td", "!--", "-->", '"', "'", "=",
      "script", "head", "pre", "&#48;", "&nbsp;", "&#x1D7CE;", "&#1114112;", "cpr", "faktura", "\uff10",
    ),
    maxLength: 200,
  });
  const anyString = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), htmlish);

  it("detector over normaliseHtml and normaliseText", () => {
    fc.assert(
      fc.property(anyString, fc.date({ min: new Date(1950, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }), (s, now) => {
        for (const norm of [normaliseHtml(s), normaliseText(s)]) {
          const found = run(norm, now);
          for (const f of found) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(norm.text.length);
            expect(f.confidence).toBeGreaterThanOrEqual(0);
            expect(f.confidence).toBeLessThanOrEqual(1);
            expect(f.masked).toMatch(/^\d{6}-XXXX$/);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds every generated number in generated text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom("hyphen", "compact", "space") as fc.Arbitrary<"hyphen" | "compact" | "space">,
        fc.boolean(),
        (seed, form, mod11) => {
          const year = 1900 + (seed % 120);
          const digits = cpr({ seed, year, month: 1 + (seed % 12), day: 1 + (seed % 28), mod11 });
          const found = detectText("Vedr. " + formatCpr(digits, form) + " mvh");
          expect(found).toHaveLength(1);
          expect(found[0].masked).toBe(digits.substring(0, 6) + "-XXXX");
        },
      ),
      { numRuns: 300 },
    );
  });
});
