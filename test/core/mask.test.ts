// "Mask CPR numbers" as a pure function: each CPR number in an HTML body becomes DDMMYY-XXXX,
// in place, with every tag, attribute and other character kept. Findings come from the real
// scanner, so the offsets are the ones the taskpane gets.

import { maskCprInHtml, maskCprInHtmlDetailed } from "../../src/core/mask";
import { scanText } from "../../src/core/scan";
import { Finding } from "../../src/core/types";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const NOW = new Date("2026-11-28T12:00:00Z");
const A = syntheticCpr({ year: 1985, month: 1, day: 1, mod11: true, seed: 41 });
const B = syntheticCpr({ year: 1962, month: 4, day: 9, mod11: false, seed: 42 });
const S = syntheticCpr({ year: 1990, month: 3, day: 12, mod11: true, substitute: true, seed: 43 });
const HEAD_A = A.slice(0, 6);
const TAIL_A = A.slice(6);

function bodyFindings(html: string): Finding[] {
  return scanText("body", html, true, NOW);
}

function cprFindings(html: string): Finding[] {
  return bodyFindings(html).filter((f) => f.type === "dk-cpr" || f.type === "dk-cpr-substitute");
}

/** Masks with the scanner's own findings and checks the scanner then finds no CPR number. */
function mask(html: string): string {
  const found = cprFindings(html);
  expect(found.length).toBeGreaterThan(0);
  const out = maskCprInHtml(html, found);
  expect(cprFindings(out)).toEqual([]);
  return out;
}

function entities(digits: string): string {
  return digits
    .split("")
    .map((d) => `&#${d.charCodeAt(0)};`)
    .join("");
}

test("a plain number: DDMMYY-XXXX, the rest of the HTML byte for byte", () => {
  const html = `<p style="color:#333">Borgerens CPR-nr. ${formatCpr(A, "hyphen")} er oplyst.</p>`;
  expect(mask(html)).toBe(`<p style="color:#333">Borgerens CPR-nr. ${HEAD_A}-XXXX er oplyst.</p>`);
});

test("written without a separator or with a space: the masked form gets its hyphen", () => {
  expect(mask(`<p>CPR: ${formatCpr(A, "compact")}</p>`)).toBe(`<p>CPR: ${HEAD_A}-XXXX</p>`);
  expect(mask(`<p>CPR: ${formatCpr(A, "space")}</p>`)).toBe(`<p>CPR: ${HEAD_A}-XXXX</p>`);
  expect(mask(`<p>CPR: ${HEAD_A}&nbsp;${TAIL_A}</p>`)).toBe(`<p>CPR: ${HEAD_A}-XXXX</p>`);
});

test("several numbers, a substitute number among them, each masked; other digits untouched", () => {
  const html = `<ul><li>CPR ${formatCpr(A, "hyphen")}</li><li>cpr.nr. ${formatCpr(B, "hyphen")}</li><li>personnummer ${formatCpr(S, "hyphen")}</li><li>tlf. 33 66 33 66</li></ul>`;
  const out = mask(html);
  expect(out).toBe(
    `<ul><li>CPR ${HEAD_A}-XXXX</li><li>cpr.nr. ${B.slice(0, 6)}-XXXX</li><li>personnummer ${S.slice(0, 6)}-XXXX</li><li>tlf. 33 66 33 66</li></ul>`,
  );
  expect(out).not.toContain(TAIL_A);
});

test("a number split over tags: the tags stay where they were, only the digits change", () => {
  const html = `<p>CPR: <b>${A.slice(0, 4)}</b>${A.slice(4, 6)}-<i>${A.slice(6, 8)}</i><span class="x">${A.slice(8)}</span> ok</p>`;
  expect(mask(html)).toBe(`<p>CPR: <b>${A.slice(0, 4)}</b>${A.slice(4, 6)}-<i>XX</i><span class="x">XX</span> ok</p>`);
});

test("a hyphen between tags is kept; a missing one is added after the tags", () => {
  expect(mask(`<p>CPR: <span>${HEAD_A}</span>-<span>${TAIL_A}</span></p>`)).toBe(
    `<p>CPR: <span>${HEAD_A}</span>-<span>XXXX</span></p>`,
  );
  expect(mask(`<p>CPR: <span>${HEAD_A}</span><span>${TAIL_A}</span></p>`)).toBe(
    `<p>CPR: <span>${HEAD_A}</span><span>-XXXX</span></p>`,
  );
});

test("entities: digits written as numeric entities become X, an en dash becomes '-'", () => {
  expect(mask(`<p>CPR: ${HEAD_A}-${entities(TAIL_A)}</p>`)).toBe(`<p>CPR: ${HEAD_A}-XXXX</p>`);
  expect(mask(`<p>CPR: ${HEAD_A}&ndash;${TAIL_A}</p>`)).toBe(`<p>CPR: ${HEAD_A}-XXXX</p>`);
  // The visible date part keeps its own spelling.
  expect(mask(`<p>CPR: ${entities(HEAD_A)}-${TAIL_A}</p>`)).toBe(`<p>CPR: ${entities(HEAD_A)}-XXXX</p>`);
  // Entities around the number are not touched.
  expect(mask(`<p>S&oslash;ren &amp; co, CPR ${formatCpr(A, "hyphen")}&nbsp;i sagen</p>`)).toBe(
    `<p>S&oslash;ren &amp; co, CPR ${HEAD_A}-XXXX&nbsp;i sagen</p>`,
  );
});

test("disguised digits and invisible characters: still masked, invisible ones left alone", () => {
  const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  expect(mask(`<p>CPR: ${HEAD_A}\u2011${fullWidth(TAIL_A)}</p>`)).toBe(`<p>CPR: ${HEAD_A}-XXXX</p>`);
  expect(mask(`<p>CPR: ${HEAD_A}-${TAIL_A.slice(0, 2)}&shy;${TAIL_A.slice(2)}</p>`)).toBe(`<p>CPR: ${HEAD_A}-XX&shy;XX</p>`);
});

test("only body CPR findings: other types and other places are not touched", () => {
  const html = `<p>CPR ${formatCpr(A, "hyphen")}</p>`;
  const [f] = cprFindings(html);
  expect(maskCprInHtml(html, [{ ...f, location: "subject" }])).toBe(html);
  expect(maskCprInHtml(html, [{ ...f, type: "se-personnummer" }])).toBe(html);
  expect(maskCprInHtml(html, [])).toBe(html);
});

test("a finding that no longer matches the HTML is skipped, never half-applied", () => {
  const html = `<p>CPR ${formatCpr(A, "hyphen")}</p>`;
  const [f] = cprFindings(html);
  const edited = `<p>Nyt: CPR ${formatCpr(A, "hyphen")}</p>`; // the user typed before the number
  const r = maskCprInHtmlDetailed(edited, [f]);
  expect(r).toEqual({ html: edited, masked: 0, skipped: 1 });
  const wrongPrefix = maskCprInHtmlDetailed(html, [{ ...f, masked: "311299-XXXX" }]);
  expect(wrongPrefix.skipped).toBe(1);
  expect(wrongPrefix.html).toBe(html);
  const outOfRange = maskCprInHtmlDetailed(html, [{ ...f, start: html.length + 5, end: html.length + 16 }]);
  expect(outOfRange.skipped).toBe(1);
});

test("the same number reported twice is masked once", () => {
  const html = `<p>CPR ${formatCpr(A, "hyphen")}</p>`;
  const [f] = cprFindings(html);
  const r = maskCprInHtmlDetailed(html, [f, { ...f }]);
  expect(r.masked).toBe(1);
  expect(r.html).toBe(`<p>CPR ${HEAD_A}-XXXX</p>`);
});

test("counts what it did", () => {
  const html = `<p>CPR ${formatCpr(A, "hyphen")} og ${formatCpr(B, "hyphen")}</p>`;
  const r = maskCprInHtmlDetailed(html, cprFindings(html));
  expect(r.masked).toBe(2);
  expect(r.skipped).toBe(0);
});

test('the policy\'s mask "XXXXXX-XXXX" hides the birth date too, split over tags as well', () => {
  const d = formatCpr(A, "hyphen");
  const html = `<p>CPR-nr. <b>${d.slice(0, 3)}</b>${d.slice(3)} og ${formatCpr(B, "compact")}</p>`;
  const out = maskCprInHtml(html, cprFindings(html), "XXXXXX-XXXX");
  expect(out).toBe("<p>CPR-nr. <b>XXX</b>XXX-XXXX og XXXXXX-XXXX</p>");
  expect(cprFindings(out)).toEqual([]);
});
