// Cost must grow linearly with input size for every adversarial shape: a quadratic loop in the
// send path turns a large mail into a hung Outlook. Speed itself is measured by `npm run bench`
// (numbers, not assertions); this test only tells linear from quadratic, and is built so load
// on a shared 2-core machine cannot make it fail:
// - each shape runs at S and 16·S; linear work takes ~16x as long, quadratic ~256x. The bar is
//   64x: four times the linear ratio, four times under the quadratic one;
// - each time is the best of several runs, after a warm-up, so a descheduled run, a garbage
//   collection or JIT compilation cannot inflate it (load only ever adds time, and the
//   minimum discards it unless every run is hit); small and big runs alternate, so a stretch
//   of heavy load falls on both sizes alike;
// - the small size is large enough (128 KB) to take milliseconds, floored at 2 ms, so timer
//   resolution does not decide the ratio; and past the step where the detectors' working set
//   leaves the CPU cache (between 64 and 128 KB on the shapes dense with findings, which doubles
//   the cost per byte once and would otherwise read as superlinear growth).
// A quadratic regression at 2 MB takes seconds, not minutes, so it fails here rather than hang.

import { sheetText, wordText } from "../../src/core/extract/ooxml";
import { scanXml } from "../../src/core/extract/xml";
import { DEFAULT_POLICY } from "../../src/core/policy";
import { scanMessage } from "../../src/core/scan";
import { fill, NOW, prng } from "./support";

const SMALL = 128 * 1024;
const BIG = 16 * SMALL;
const LIMIT = 64;

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

const html = (body: string) => () => scanMessage({ subject: "", body, bodyIsHtml: true, attachments: [] }, DEFAULT_POLICY, NOW);
const text = (body: string) => () => scanMessage({ subject: "", body, bodyIsHtml: false, attachments: [] }, DEFAULT_POLICY, NOW);
const noop = { open() {}, close() {}, text() {} };
const xml = (s: string) => () => scanXml(s, noop);

function randomNames(bytes: number, make: (name: string, i: number) => string): string {
  const r = prng(bytes);
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = make(Math.floor(r() * 1e9).toString(36), i);
    out.push(s);
    size += s.length;
  }
  return out.join("");
}

const SHAPES: [string, (bytes: number) => () => unknown][] = [
  ["HTML: unclosed nested <div>", (n) => html(fill("<div>", n))],
  ["HTML: nested <span> with attributes", (n) => html(fill("<span style='a'><b>", n))],
  ["HTML: entity storm", (n) => html(fill("&#48;&bogus;&#x1F600;&nbsp&#&", n))],
  ["HTML: comments that never close", (n) => html(fill("a<!-- x ", n))],
  ["HTML: empty and --!> comments", (n) => html(fill("<!-->1<!--->2<!-- a --!>3", n))],
  ["HTML: <head> and <title> again and again", (n) => html(fill("<head><title>t", n))],
  ["HTML: script blocks that never close", (n) => html(fill("<script></scrip", n))],
  ["HTML: quotes in tags", (n) => html(fill("<a b='>' c=\"", n))],
  // Every group is a candidate the detectors must check, and fails the date (month 13): a storm
  // of real findings would measure the garbage collector's work on a million finding objects,
  // which is not linear in a way a ratio can show on a loaded machine.
  ["HTML: look-alike digit candidates", (n) => html(fill("0113\u200b99-12\uff134 ", n))],
  ["text: CPR-shaped digit groups", (n) => text(fill("011399 1234 011399-1234 0113991234 ", n))],
  ["text: keyword storm", (n) => text(fill("cpr-nr. faktura 12 ", n))],
  ["XML: short declarations", (n) => xml(randomNames(n, (s) => "<!" + s + ">"))],
  ["XML: declarations with brackets", (n) => xml(fill("<!a[<!b>", n))],
  ["XML: unclosed quotes in tags", (n) => xml(fill("<a b='x' c=\"", n))],
  ["Word XML: one run per character", (n) => () => wordText(fill('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">7</w:t></w:r>', n))],
  ["sheet XML: cells that jump columns", (n) => () => sheetText(randomNames(n, (s, i) => (i % 150 === 0 ? "</row><row>" : "") + `<c r="${col((i % 150) * 100)}1" s="${s}"/>`), [])],
];

function col(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

test.each(SHAPES)("%s: 16x the input costs well under 64x the time", (_what, make) => {
  const small = make(SMALL);
  const big = make(BIG);
  small(); // warm-up: compile before measuring
  let tSmall = Infinity;
  let tBig = Infinity;
  for (let round = 0; round < 2; round++) {
    tSmall = Math.min(tSmall, time(small), time(small));
    tBig = Math.min(tBig, time(big));
  }
  tSmall = Math.max(tSmall, 2);
  if (process.env.SCALING_DEBUG) console.log(_what, tSmall.toFixed(1), tBig.toFixed(1), (tBig / tSmall).toFixed(1));
  expect({ ratio: Math.round(tBig / tSmall), ok: tBig / tSmall < LIMIT }).toMatchObject({ ok: true });
});
