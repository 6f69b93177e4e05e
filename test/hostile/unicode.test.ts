// Unicode tricks in and around a CPR number: every digit, dash and space look-alike the
// normaliser folds, and every invisible character it drops, inserted anywhere in the number,
// as plain text and as HTML; lone surrogates and random code points never throw.
//
// The look-alike sets are read off normaliseText itself (one call per BMP character), so a
// character added to the fold table is tested here without editing this file. Which characters
// ought to be in the table is checked separately against Unicode's own digit property.

import * as fc from "fast-check";
import { scanText } from "../../src/core/scan";
import { normaliseHtml, normaliseText } from "../../src/core/text/normalise";
import { cprDigits, holdsCpr, masked, NOW } from "./support";

const digitsLike: string[][] = [[], [], [], [], [], [], [], [], [], []];
const dashes: string[] = [];
const spaces: string[] = [];
const invisibles: string[] = [];

for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  const out = normaliseText(ch).text;
  if (out === ch) continue;
  if (out === "") invisibles.push(ch);
  else if (out.length === 1 && out >= "0" && out <= "9") digitsLike[out.charCodeAt(0) - 48].push(ch);
  else if (out === "-") dashes.push(ch);
  else if (out === " ") spaces.push(ch);
}
// The mathematical digits (bold, double-struck, sans-serif, sans-serif bold, monospace) are astral.
for (let cp = 0x1d7ce; cp <= 0x1d7ff; cp++) digitsLike[(cp - 0x1d7ce) % 10].push(String.fromCodePoint(cp));
for (let d = 0; d < 10; d++) digitsLike[d].push(String(d));
dashes.push("-");
spaces.push(" ");

test("the fold table is what this file believes it is (so the properties below are not vacuous)", () => {
  for (let d = 0; d < 10; d++) expect(digitsLike[d].length).toBeGreaterThan(30);
  expect(dashes.length).toBeGreaterThanOrEqual(10);
  expect(spaces.length).toBeGreaterThanOrEqual(15);
  expect(invisibles.length).toBeGreaterThanOrEqual(20);
  // Zero-width and bidi marks are among the dropped ones.
  for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069, 0xfeff, 0xad]) {
    expect(invisibles).toContain(String.fromCharCode(c));
  }
});

test("every decimal digit of the Basic Multilingual Plane (Unicode Nd) is folded to its ASCII value", () => {
  // A digit block missing from the table would let a number typed in that script through.
  const missing: string[] = [];
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (!/\p{Nd}/u.test(ch)) continue;
    const folded = normaliseText(ch).text;
    // Unicode lays out each Nd block as 0-9 in order, so the value is the offset in the run.
    let zero = c;
    while (/\p{Nd}/u.test(String.fromCharCode(zero - 1)) && c - zero < 9) zero--;
    if (folded !== String(c - zero)) missing.push(c.toString(16));
  }
  expect(missing).toEqual([]);
});

/** The number written with look-alikes and invisibles between (and around) its characters. */
function disguised(digits: string, form: "dash" | "space"): fc.Arbitrary<string> {
  const invisible = fc.array(fc.constantFrom(...invisibles), { maxLength: 3 }).map((a) => a.join(""));
  const sep = form === "dash" ? fc.constantFrom(...dashes) : fc.constantFrom(...spaces);
  const chars = digits.split("").map((d) => fc.constantFrom(...digitsLike[Number(d)]));
  return fc
    .tuple(fc.tuple(...chars), sep, fc.array(invisible, { minLength: 12, maxLength: 12 }))
    .map(([ds, s, inv]) => {
      const seq = ds.slice(0, 6).concat([s], ds.slice(6));
      return inv[0] + seq.map((c, i) => c + inv[i + 1]).join("");
    });
}

describe("look-alikes and invisible characters inside a CPR number", () => {
  for (const form of ["dash", "space"] as const) {
    test(`${form} form: still dk-cpr as text and as HTML, wherever the invisibles go`, () => {
      fc.assert(
        fc.property(
          cprDigits.chain((d) => fc.tuple(fc.constant(d), disguised(d, form))),
          fc.constantFrom("", "\n", "Borger: ", "CPR-nr.: "),
          ([digits, cpr], label) => {
            const text = label + cpr + "\n";
            expect(holdsCpr(scanText("body", text, false, NOW), digits)).toBe(true);
            expect(holdsCpr(scanText("body", "<p>" + text + "</p>", true, NOW), digits)).toBe(true);
          },
        ),
        { numRuns: 400 },
      );
    });
  }

  test("the finding points at the disguised number in the source", () => {
    fc.assert(
      fc.property(
        cprDigits.chain((d) => fc.tuple(fc.constant(d), disguised(d, "dash"))),
        fc.string({ maxLength: 20 }).filter((s) => !/[0-9]/.test(normaliseText(s).text)),
        ([digits, cpr], before) => {
          const text = before + "\n" + cpr + "\n";
          const f = scanText("body", text, false, NOW).filter((x) => x.masked === masked(digits))[0];
          expect(f).toBeDefined();
          expect(f.start).toBeGreaterThanOrEqual(before.length);
          expect(f.end).toBeLessThanOrEqual(before.length + 1 + cpr.length);
          // What lies between start and end folds back to the number.
          expect(normaliseText(text.slice(f.start, f.end)).text.replace(/[- ]/g, "")).toBe(digits);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("broken and random Unicode", () => {
  /** Code units with surrogates (lone, paired, reversed) and the math-digit lead over-represented. */
  const unit = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }) },
    { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }) },
    { weight: 1, arbitrary: fc.constantFrom(0xd835, 0xdfce, 0xdfff, 0xdbff, 0xdc00, 0x0d, 0x0a, 0x3c, 0x26, 0x3b, 0x23) },
  );
  const units = fc.array(unit, { maxLength: 500 }).map((a) => String.fromCharCode(...a));

  test("lone surrogates and random code units never throw, and the map stays consistent", () => {
    fc.assert(
      fc.property(units, (s) => {
        for (const norm of [normaliseText(s), normaliseHtml(s)]) {
          expect(norm.map.length).toBe(norm.text.length + 1);
          let prev = 0;
          for (let i = 0; i < norm.map.length; i++) {
            const o = norm.map.toSource(i);
            expect(o).toBeGreaterThanOrEqual(prev);
            expect(o).toBeLessThanOrEqual(s.length);
            prev = o;
          }
        }
        expect(Array.isArray(scanText("body", s, false, NOW))).toBe(true);
        expect(Array.isArray(scanText("body", s, true, NOW))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test("a CPR number on its own line is found amid broken Unicode", () => {
    fc.assert(
      fc.property(units, units, cprDigits, (a, b, digits) => {
        const cpr = digits.slice(0, 6) + "-" + digits.slice(6);
        expect(holdsCpr(scanText("body", a + "\n" + cpr + "\n" + b, false, NOW), digits)).toBe(true);
        expect(holdsCpr(scanText("body", a + "<p>" + cpr + "</p>" + b, true, NOW), digits)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test("random code points (astral included) never throw", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        expect(Array.isArray(scanText("body", s, false, NOW))).toBe(true);
        expect(Array.isArray(scanText("body", s, true, NOW))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
