// Malformed and hostile attachments through extractAttachment and scanAttachmentTree. Every
// one must end in a verdict: findings, or an unreadable part with a reason; nothing throws, and
// every extraction ends within its time budget. Where the input holds a CPR number, the verdict
// must not be "clean": the number is found, or something is unreadable (fail closed).

import * as fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DEFAULT_BUDGET, ExtractBudget, extractAttachment, REASON } from "../../src/core/extract";
import { extractMsg } from "../../src/core/extract/msg";
import { sheetText } from "../../src/core/extract/ooxml";
import { scanAttachmentTree } from "../../src/core/scan";
import { AttachmentInput, AttachmentScan } from "../../src/core/types";
import { docxParts, makeDocx, makePdf, makeXlsx, makeZip, xmlEscape } from "../support/make-attachments";
import { cprDigits, foundIn, NOW, prng } from "./support";

const REASONS: string[] = Object.keys(REASON).map((k) => (REASON as { [k: string]: string })[k]);
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const hyphen = (d: string) => d.slice(0, 6) + "-" + d.slice(6);
const cprText = (d: string) => "Borgerens CPR-nr.: " + hyphen(d) + "\n";

interface Verdict {
  input: AttachmentInput;
  scan: AttachmentScan;
  ms: number;
}

/** Extracts and scans one attachment, checking what every hostile input must satisfy. */
async function verdict(name: string, bytes: Uint8Array, budget: Partial<ExtractBudget> = {}, contentType = ""): Promise<Verdict> {
  const b = { ...DEFAULT_BUDGET, ...budget };
  const t0 = Date.now();
  const input = await extractAttachment(name, contentType, bytes, { budget: b, extractors: { msg: extractMsg } });
  const scan = scanAttachmentTree(input, NOW);
  const ms = Date.now() - t0;
  expect(input.name).toBe(name);
  for (const u of scan.unreadable) expect(REASONS).toContain(u.reason);
  // The deadline is checked between steps, so a step may run past it; a step that took seconds
  // (a quadratic loop, a bomb inflated whole) would show here. Coarse on purpose: see scaling.test.ts.
  expect(ms).toBeLessThan(b.maxMs + 3000);
  return { input, scan, ms };
}

/** Found, or fail closed: some part unreadable. Never a clean verdict for a file with a number. */
function notSilentlyClean(v: Verdict, digits: string): void {
  const ok = foundIn(v.scan, digits) || v.scan.unreadable.length > 0;
  expect({ ok, unreadable: v.scan.unreadable, input: v.input.unreadable }).toEqual({ ok: true, unreadable: v.scan.unreadable, input: v.input.unreadable });
}

/** A docx whose text holds the number, deflated as Word does. */
const docxWithCpr = (d: string) => makeDocx({ body: "Afgørelse om hjælp\n" + cprText(d) + "Med venlig hilsen", splitRuns: true });

describe("damaged containers", () => {
  test("a docx, xlsx or zip holding a CPR number, cut at any offset: found or unreadable", async () => {
    await fc.assert(
      fc.asyncProperty(cprDigits, fc.constantFrom("docx", "xlsx", "zip"), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), async (d, kind, at) => {
        const bytes =
          kind === "docx" ? docxWithCpr(d) : kind === "xlsx" ? makeXlsx([["Navn", "CPR"], ["A", hyphen(d)]]) : makeZip([{ name: "sag.txt", bytes: enc(cprText(d)) }]);
        const cut = bytes.subarray(0, Math.floor(at * bytes.length));
        const v = await verdict("sag." + kind, cut);
        notSilentlyClean(v, d);
        // Cut anywhere, the end of central directory is gone: the file is corrupt, not partly read.
        expect(v.input.unreadable).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });

  test("a docx holding a CPR number with random bytes changed: found or unreadable", async () => {
    await fc.assert(
      fc.asyncProperty(
        cprDigits,
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        async (d, flips) => {
          const bytes = docxWithCpr(d).slice();
          for (const [at, value] of flips) bytes[Math.floor(at * (bytes.length - 1))] = value;
          notSilentlyClean(await verdict("sag.docx", bytes), d);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("zip bombs", () => {
  const zeros = (n: number) => new Uint8Array(n);

  test("one entry of 16 MB of zeros (ratio ~1000) is a zip bomb, not inflated", async () => {
    const bomb = zipSync({ "a.txt": zeros(16 * 1024 * 1024) }, { level: 9 });
    const v = await verdict("bomb.zip", bomb);
    expect(JSON.stringify(v.scan.unreadable)).toMatch(/zip-bomb|too-large/);
  });

  test("a header that lies about the inflated size: stopped as soon as the output passes it", async () => {
    const zip = zipSync({ "a.txt": zeros(8 * 1024 * 1024) }, { level: 9 });
    lieAboutSize(zip, "a.txt", 1000);
    const v = await verdict("liar.zip", zip);
    expect(v.scan.unreadable.map((u) => u.reason)).toEqual(["zip-bomb"]);
  });

  test("many entries each just under the ratio floor add up to a bomb", async () => {
    // Declared sizes are what the archive check reads, so the entries claim 1 MB - 1 each
    // (writing 200 MB of zeros would only slow the test down).
    const files: { [name: string]: Uint8Array } = {};
    for (let i = 0; i < 200; i++) files["f" + i + ".txt"] = zeros(100);
    const zip = zipSync(files, { level: 9 });
    for (let i = 0; i < 200; i++) lieAboutSize(zip, "f" + i + ".txt", 1024 * 1024 - 1);
    const v = await verdict("many.zip", zip);
    expect(v.input.unreadable).toBe("zip-bomb");
  });

  test("nested zips, each level a bomb or deeper than the limit: every branch ends unreadable", async () => {
    let inner: Uint8Array = zipSync({ "a.txt": zeros(16 * 1024 * 1024) }, { level: 9 });
    for (let level = 0; level < 8; level++) inner = zipSync({ ["level" + level + ".zip"]: inner, ["copy" + level + ".zip"]: inner }, { level: 9 });
    const v = await verdict("nested.zip", inner);
    expect(v.scan.unreadable.length).toBeGreaterThan(0);
    for (const u of v.scan.unreadable) expect(["zip-bomb", "nested-too-deep", "too-large", "over-budget"]).toContain(u.reason);
  });

  test("an archive claiming more entries than the limit", async () => {
    const files: { [name: string]: Uint8Array } = {};
    for (let i = 0; i < 3000; i++) files[i + ".txt"] = strToU8("x");
    expect((await verdict("wide.zip", zipSync(files, { level: 0 }))).input.unreadable).toBe("too-many-entries");
  });
});

/** Rewrites the uncompressed size of one entry in its local header and central directory record. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameBytes = strToU8(name);
  const matches = (at: number) => nameBytes.every((b, k) => zip[at + k] === b);
  for (let i = 0; i + 46 < zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === nameBytes.length && matches(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === nameBytes.length && matches(i + 46)) view.setUint32(i + 24, size, true);
  }
}

describe("a docx with 100,000 runs", () => {
  /** document.xml with one character per run, stored so the number's position is known. */
  function manyRuns(text: string, bold: boolean): Uint8Array {
    const runs: string[] = [];
    for (const ch of text) runs.push(`<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${xmlEscape(ch)}</w:t></w:r>`);
    const parts = docxParts({ body: "x" });
    parts["word/document.xml"] = String(parts["word/document.xml"]).replace(/<w:body>.*<w:sectPr>/, `<w:body><w:p>${runs.join("")}</w:p><w:sectPr>`);
    const z: { [p: string]: Uint8Array } = {};
    for (const p of Object.keys(parts)) z[p] = typeof parts[p] === "string" ? strToU8(parts[p] as string) : (parts[p] as Uint8Array);
    return zipSync(z, { level: 6 });
  }

  function filler(n: number, seed: number): string {
    const words = ["borgeren ", "har ", "søgt ", "om ", "hjælp ", "til ", "bolig ", "og ", "fået ", "svar. "];
    const r = prng(seed);
    let s = "";
    while (s.length < n) s += words[Math.floor(r() * words.length)];
    return s.slice(0, n);
  }

  test("number in the middle: found", async () => {
    const d = fc.sample(cprDigits, { numRuns: 1, seed: 100000 })[0];
    const v = await verdict("runs.docx", manyRuns(filler(50000, 1) + "\n" + cprText(d) + filler(50000, 3), false));
    expect(foundIn(v.scan, d)).toBe(true);
  });

  test("every run formatted: the XML compresses past the ratio limit, so a zip bomb, not clean", async () => {
    // 100,000 identical run properties deflate beyond 100:1; the ratio limit then makes the file
    // unreadable (fail closed) rather than read.
    const d = fc.sample(cprDigits, { numRuns: 1, seed: 100001 })[0];
    const v = await verdict("runs.docx", manyRuns(filler(100000, 2) + "\n" + cprText(d), true));
    notSilentlyClean(v, d);
  });

  test("180,000 formatted runs (document.xml over the 10 MB per-entry limit): unreadable, not clean", async () => {
    const d = fc.sample(cprDigits, { numRuns: 1, seed: 9 })[0];
    const v = await verdict("huge.docx", manyRuns(filler(180000, 4) + "\n" + cprText(d), true));
    notSilentlyClean(v, d);
    expect(["too-large", "zip-bomb"]).toContain(v.scan.unreadable[0].reason);
  });

  test("the same runs over a small message budget: over-budget, not clean", async () => {
    const d = fc.sample(cprDigits, { numRuns: 1, seed: 10 })[0];
    const v = await verdict("runs.docx", manyRuns(filler(100000, 5) + "\n" + cprText(d), false), { maxTotalBytes: 1024 * 1024 });
    notSilentlyClean(v, d);
    expect(v.scan.unreadable.map((u) => u.reason)).toEqual(["over-budget"]);
  });
});

describe("attached messages", () => {
  function eml(subject: string, body: string, attachment?: { name: string; type: string; bytes: Uint8Array }): Uint8Array {
    const lines = [
      "From: a@example.com",
      "To: b@example.com",
      "Subject: " + subject,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="B' + subject.length + '"',
      "",
      "--B" + subject.length,
      "Content-Type: text/plain; charset=utf-8",
      "",
      body,
    ];
    if (attachment) {
      const b64 = Buffer.from(attachment.bytes).toString("base64").replace(/(.{76})/g, "$1\r\n");
      lines.push("--B" + subject.length, "Content-Type: " + attachment.type, `Content-Disposition: attachment; filename="${attachment.name}"`, "Content-Transfer-Encoding: base64", "", b64);
    }
    lines.push("--B" + subject.length + "--", "");
    return enc(lines.join("\r\n"));
  }

  test(".eml inside .eml inside ... : found within the depth limit, unreadable beyond it", async () => {
    await fc.assert(
      fc.asyncProperty(cprDigits, fc.integer({ min: 1, max: 8 }), async (d, depth) => {
        let m = eml("inderst", cprText(d));
        for (let level = 1; level < depth; level++) m = eml("fwd " + level, "se vedhæftede", { name: "fwd" + level + ".eml", type: "message/rfc822", bytes: m });
        const v = await verdict("sag.eml", m);
        notSilentlyClean(v, d);
        if (depth <= DEFAULT_BUDGET.maxDepth) expect(foundIn(v.scan, d)).toBe(true);
        else expect(v.scan.unreadable.map((u) => u.reason)).toContain("nested-too-deep");
      }),
      { numRuns: 30 },
    );
  });

  test("invalid base64 in a MIME part: never throws; noise outside the alphabet does not hide the number", async () => {
    await fc.assert(
      fc.asyncProperty(
        cprDigits,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("!", "@", "*", "%", "~", "\u00e6", "\t", "=", "==")), { maxLength: 10 }),
        fc.boolean(),
        async (d, noise, truncate) => {
          let b64 = Buffer.from("Journal\n" + cprText(d) + "slut\n").toString("base64");
          const onlyOutsideAlphabet = noise.every(([, c]) => c !== "=" && c !== "==");
          for (const [at, c] of noise) {
            const p = at % (b64.length + 1);
            b64 = b64.slice(0, p) + c + b64.slice(p);
          }
          if (truncate) b64 = b64.slice(0, b64.length - 3);
          const raw = [
            "Subject: b64",
            'Content-Type: multipart/mixed; boundary="X"',
            "",
            "--X",
            "Content-Type: text/plain",
            "",
            "krop",
            "--X",
            "Content-Type: text/plain",
            'Content-Disposition: attachment; filename="journal.txt"',
            "Content-Transfer-Encoding: base64",
            "",
            b64,
            "--X--",
            "",
          ].join("\r\n");
          const v = await verdict("b64.eml", enc(raw));
          // Characters outside the alphabet are skipped by every decoder (RFC 2045 §6.8); an '='
          // inside the text may end the data early, and then the rest is simply not there.
          if (onlyOutsideAlphabet && !truncate) notSilentlyClean(v, d);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("wrong names and content types", () => {
  test.each([
    ["a docx named .txt", "brev.txt", "text/plain", (d: string) => docxWithCpr(d), "found"],
    ["a docx with no extension", "brev", "application/octet-stream", (d: string) => docxWithCpr(d), "found"],
    ["a docx named .xlsx", "brev.xlsx", "", (d: string) => docxWithCpr(d), "verdict"],
    ["a zip named .docx", "brev.docx", "", (d: string) => makeZip([{ name: "a.txt", bytes: enc(cprText(d)) }]), "verdict"],
    ["a PDF named .docx", "brev.docx", "", (d: string) => makePdf([cprText(d)]), "verdict"],
    ["a PDF named .txt", "brev.txt", "", (d: string) => makePdf([cprText(d)]), "verdict"],
    ["HTML named .docx", "brev.docx", "", (d: string) => enc("<p>" + cprText(d) + "</p>"), "verdict"],
    ["random bytes named .xlsx", "ark.xlsx", "", () => noise(5000, 3), "unreadable"],
    ["random bytes with a zip signature named .docx", "brev.docx", "", () => withZipMagic(noise(5000, 4)), "unreadable"],
  ])("%s", async (_what, name, type, make, expected) => {
    const d = fc.sample(cprDigits, { numRuns: 1, seed: name.length })[0];
    const v = await verdict(name, make(d), {}, type);
    if (expected === "found") expect(foundIn(v.scan, d)).toBe(true);
    else if (expected === "unreadable") expect(v.scan.unreadable.length).toBeGreaterThan(0);
    else notSilentlyClean(v, d);
  });

  test("random bytes under any name and type: a verdict, never a throw", async () => {
    const names = ["a.docx", "a.xlsx", "a.pptx", "a.odt", "a.zip", "a.eml", "a.msg", "a.txt", "a.rtf", "a.html", "a", "a.pdf"];
    const types = ["", "text/plain", "message/rfc822", "application/zip", "application/pdf", "text/html"];
    const prefixes = ["", "PK\u0003\u0004", "%PDF-", "{\\rtf1", "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", "From: a\r\n\r\n"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.constantFrom(...types), fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 3000 }), async (name, type, prefix, rest) => {
        const head = Uint8Array.from(prefix, (c) => c.charCodeAt(0));
        const bytes = new Uint8Array(head.length + rest.length);
        bytes.set(head);
        bytes.set(rest, head.length);
        await verdict(name, bytes, {}, type);
      }),
      { numRuns: 300 },
    );
  });
});

describe("XML that is cheap to write and expensive to read", () => {
  // Parts that compress less than 100:1 (random names), so they pass the ratio check and must be
  // read; a per-tag search to the end of the part made a few megabytes of declarations take minutes.
  test("a docx whose document.xml is 3 MB of <!x> declarations: within budget, number found", async () => {
    const d = fc.sample(cprDigits, { numRuns: 1, seed: 77 })[0];
    const r = prng(5);
    const decl: string[] = [];
    let size = 0;
    while (size < 3 * 1024 * 1024) {
      const s = "<!" + Math.floor(r() * 1e9).toString(36) + ">";
      decl.push(s);
      size += s.length;
    }
    const parts = docxParts({ body: "x" });
    parts["word/document.xml"] = String(parts["word/document.xml"]).replace("<w:body>", "<w:body>" + decl.join("") + `<w:p><w:r><w:t>${cprText(d)}</w:t></w:r></w:p>`);
    const v = await verdict("decl.docx", zipParts6(parts));
    expect(foundIn(v.scan, d)).toBe(true);
  });
});

describe("a sheet whose cells jump columns", () => {
  // Each cell may leave up to 100 empty cells before it (to keep cells in their columns), so a
  // few bytes of XML become a hundred tabs of text: the output must stay bounded, and the number
  // in the last cell is still found.
  test("8 MB of such cells: within budget, number found", async () => {
    const d = fc.sample(cprDigits, { numRuns: 1, seed: 78 })[0];
    const r = prng(6);
    const rows: string[] = [];
    let size = 0;
    for (let row = 1; size < 8 * 1024 * 1024; row++) {
      const cells: string[] = [];
      for (let c = 0; c < 180; c++) cells.push(`<c r="${colName(c * 100)}${row}" s="${Math.floor(r() * 1e9).toString(36)}"/>`);
      const line = `<row r="${row}">${cells.join("")}</row>`;
      rows.push(line);
      size += line.length;
    }
    rows.push(`<row r="${rows.length + 1}"><c r="A${rows.length + 1}" t="inlineStr"><is><t>${cprText(d)}</t></is></c></row>`);
    const xlsx = makeXlsx([["x"]]);
    const parts = unzipSync(xlsx);
    const sheet = Object.keys(parts).filter((p) => /worksheets\/sheet1\.xml$/.test(p))[0];
    parts[sheet] = strToU8(strFromU8(parts[sheet]).replace(/<sheetData>.*<\/sheetData>/, "<sheetData>" + rows.join("") + "</sheetData>"));
    const v = await verdict("wide.xlsx", zipSync(parts, { level: 6 }));
    notSilentlyClean(v, d);
    expect(foundIn(v.scan, d)).toBe(true);
  });

  test("rows keep each cell in its column, as a plain model of the rule says (regression for the rewrite)", () => {
    const cell = fc.record({ col: fc.option(fc.integer({ min: 0, max: 400 })), value: fc.constantFrom("", "a", "7", " ", "x y") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 6 }), (rows) => {
        const xml = rows
          .map((cs, r) => `<row>${cs.map((c) => `<c${c.col === null ? "" : ` r="${colName(c.col)}${r + 1}"`} t="inlineStr"><is><t>${c.value}</t></is></c>`).join("")}</row>`)
          .join("");
        const model = rows
          .map((cs) => {
            const out: string[] = [];
            for (const c of cs) {
              const gap = Math.min((c.col === null ? -1 : c.col) - out.length, 100);
              for (let i = 0; i < gap; i++) out.push("");
              out.push(c.value);
            }
            while (out.length && out[out.length - 1] === "") out.pop();
            return out.join("\t");
          })
          .filter((l) => l !== "")
          .join("\n");
        expect(sheetText(xml, [])).toBe(model);
      }),
      { numRuns: 300 },
    );
  });
});

function colName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function zipParts6(parts: { [p: string]: string | Uint8Array }): Uint8Array {
  const z: { [p: string]: Uint8Array } = {};
  for (const p of Object.keys(parts)) z[p] = typeof parts[p] === "string" ? strToU8(parts[p] as string) : (parts[p] as Uint8Array);
  return zipSync(z, { level: 6 });
}

function noise(n: number, seed: number): Uint8Array {
  const r = prng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(r() * 256);
  return out;
}

function withZipMagic(b: Uint8Array): Uint8Array {
  b.set([0x50, 0x4b, 3, 4]);
  return b;
}
