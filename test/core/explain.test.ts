// The masked context of a finding: enough words to see why, never a digit that is not masked.

import { DEFAULT_POLICY } from "../../src/core/policy";
import { scanMessage } from "../../src/core/scan";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const NOW = new Date("2026-11-28T12:00:00Z");
const A = syntheticCpr({ year: 1985, month: 1, day: 1, mod11: true, seed: 31 });
const B = syntheticCpr({ year: 1962, month: 4, day: 9, mod11: true, seed: 32 });

function contexts(body: string, isHtml = false): string[] {
  const r = scanMessage({ subject: "", body, bodyIsHtml: isHtml, attachments: [] }, DEFAULT_POLICY, NOW);
  return r.findings.map((f) => f.context || "");
}

test("the words around the number, the number masked", () => {
  const [c] = contexts(`Tak for din henvendelse i går. Borgerens personnummer ${formatCpr(A, "hyphen")} er oplyst i sagen, som vi behandler snarest.`);
  expect(c).toBe(`…i går. Borgerens personnummer ${A.slice(0, 6)}-XXXX er oplyst i sagen, som vi…`);
});

test("a second number in the window is masked too, and every other digit", () => {
  const cs = contexts(`CPR ${formatCpr(A, "hyphen")} og CPR ${formatCpr(B, "hyphen")}, tlf. 33 66`);
  expect(cs).toHaveLength(2);
  for (const c of cs) {
    expect(c).not.toContain(A.slice(6));
    expect(c).not.toContain(B.slice(6));
    expect(c.replace(/\d{6}-XXXX/, "")).not.toMatch(/\d/);
  }
});

test("stops at the line end and says when it was cut", () => {
  const [c] = contexts(`Første linje\ncpr: ${formatCpr(A, "hyphen")}\nsidste linje`);
  expect(c).toBe(`cpr: ${A.slice(0, 6)}-XXXX`);
});

test("from an HTML body: the text a reader sees, no tags", () => {
  const [c] = contexts(`<p>Vedr. <b>CPR-nr.</b> <span>${formatCpr(A, "hyphen")}</span> &amp; sagen</p>`, true);
  expect(c).toBe(`Vedr. CPR-nr. ${A.slice(0, 6)}-XXXX & sagen`);
});

test("a special-category term beside the number is not carried into its context", () => {
  const [c] = contexts(`Borgeren har alkoholmisbrug og er sygemeldt, personnummer ${formatCpr(A, "hyphen")} jf. lægen.`);
  expect(c).toContain(`${A.slice(0, 6)}-XXXX`);
  expect(c).not.toMatch(/alkoholmisbrug|sygemeldt/i);
  expect(c).toContain("[…]");
  // Ordinary words around it stay, so the context still explains the finding.
  expect(c).toContain("personnummer");
});
