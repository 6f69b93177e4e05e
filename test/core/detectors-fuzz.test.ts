// Every detector under fuzzing with the characters its patterns care about, so a pattern that
// backtracks badly or a loop that stops advancing shows up as a run that never ends (the suite's
// timeout), and a broken offset as a failed property. No timing is asserted here: speed is
// measured by `npm run bench`, whose adversarial rows print MB/s.

import * as fc from "fast-check";
import { DETECTORS } from "../../src/core/detectors";
import { scanText } from "../../src/core/scan";
import { normaliseHtml, normaliseText } from "../../src/core/text/normalise";

const NOW = new Date("2026-11-28T12:00:00Z");

// Pieces that drive the patterns: digits, separators, check letters, keywords (positive and
// negative), HTML fragments, look-alike and invisible characters.
const PIECES = [
  "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "-", "+", " ", "  ", ".", ",", "/", "\n", ":",
  "A", "X", "Y", "DK", "SE", "NO", "FI", "GB", "NL",
  "cpr", "cpr-nr.", "personnummer", "fødselsdato", "pas", "kørekort", "reg.nr.", "konto", "kontonr.", "iban",
  "faktura", "ordre", "tlf.", "kl.", "p-nr", "cvr", "ean", "svensk", "samordningsnummer",
  "borgeren", "hun", "han", "Mette Hansen", "misbrug", "diagnose", "anbragt", "dømt", "nyhedsbrev", "send ikke",
  "<span>", "</span>", "<p>", "&#48;", "&nbsp;", "&shy;", "<!--", "-->",
  "\u00a0", "\u00ad", "\u200b", "\u2011", "\u2013", "\uff11", "\u0661",
];

const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 4000 }).map((p) => p.join(""));

test("each detector ends on adversarial input and reports findings inside the text", () => {
  fc.assert(
    fc.property(adversarial, (s) => {
      const norm = normaliseText(s);
      const input = { location: "body", text: norm.text, get lower() { return norm.text.toLowerCase(); } };
      for (const d of DETECTORS) {
        for (const f of d.detect(input, { now: NOW })) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(norm.text.length);
          expect(d.types).toContain(f.type);
        }
      }
    }),
    { numRuns: 150 },
  );
});

test("long runs of one piece (the classic catastrophic-backtracking shape) end, as text and as HTML", () => {
  fc.assert(
    fc.property(fc.constantFrom(...PIECES), fc.constantFrom(...PIECES), fc.integer({ min: 1000, max: 20000 }), (a, b, n) => {
      const s = a.repeat(n) + b;
      expect(Array.isArray(scanText("body", s, false, NOW))).toBe(true);
      expect(normaliseHtml(s).map.length).toBeGreaterThan(0);
      expect(Array.isArray(scanText("body", s, true, NOW))).toBe(true);
    }),
    { numRuns: 60 },
  );
});
