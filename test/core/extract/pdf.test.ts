// PDF text through pdf.js. pdf.js is ESM-only and jest (without --experimental-vm-modules)
// cannot import it, so the real extraction runs in a child Node process with the CLI's loader
// (src/cli/extractors.ts); the page assembly, time limit and load failure are tested here with
// a stand-in for pdf.js.

import { createBudgetCounter, DEFAULT_BUDGET, extractAttachment } from "../../../src/core/extract";
import { createPdfExtractor, PdfjsLib, PdfPage } from "../../../src/core/extract/pdf";
import { nodeExtractors } from "../../../src/cli/extractors";
import { AttachmentInput } from "../../../src/core/types";
import { makePdf, makePdfPages, makeZip } from "../../support/make-attachments";
import { extractAllInNode } from "../../support/node-extract";
import { enc, parts } from "./helpers";

describe("PDF with pdf.js (child Node process)", () => {
  let results: AttachmentInput[];
  beforeAll(async () => {
    results = await extractAllInNode([
      { name: "brev.pdf", bytes: makePdf(["Kære Søren Ærø (borger)", "Vi har modtaget din ansøgning"]) },
      { name: "scannet.pdf", bytes: makePdf(null) },
      { name: "låst.pdf", bytes: makePdf(["hemmelig tekst"], { encrypted: true }) },
      { name: "blandet.pdf", bytes: makePdfPages([["side et"], null, ["side tre", "anden linje"]]) },
      { name: "skrald.pdf", bytes: enc("%PDF-1.7 dette er ikke en pdf") },
      { name: "for-sent.pdf", bytes: makePdf(["x"]), budget: { maxMs: 0 } },
      { name: "bilag.zip", bytes: makeZip([{ name: "inde.pdf", bytes: makePdf(["pdf i zip"]) }]) },
    ]);
  }, 60000);

  test("the text layer, per page, lines as pdf.js reports them", () => {
    expect(results[0].unreadable).toBeUndefined();
    expect(parts(results[0])).toEqual({ "page 1": "Kære Søren Ærø (borger)\nVi har modtaget din ansøgning" });
  });

  test("a scanned PDF (an image, no text) is no-text-layer", () => {
    expect(results[1].unreadable).toBe("no-text-layer");
  });

  test("a PDF that needs a password is encrypted", () => {
    expect(results[2].unreadable).toBe("encrypted");
  });

  test("pages without text inside a text PDF are reported as unreadable children", () => {
    expect(parts(results[3])).toEqual({ "page 1": "side et", "page 3": "side tre\nanden linje" });
    expect(results[3].children).toEqual([{ name: "page 2", contentType: "application/pdf", unreadable: "no-text-layer" }]);
  });

  test("garbage with a PDF header is corrupt; past the deadline is timeout", () => {
    expect(results[4].unreadable).toBe("corrupt");
    expect(results[5].unreadable).toBe("timeout");
  });

  test("a PDF inside an archive is read too", () => {
    expect(parts(results[6].children![0])).toEqual({ "page 1": "pdf i zip" });
  });
});

/** A stand-in for pdf.js: pages given as item lists; `null` is a page that never finishes. */
function fakePdfjs(pages: (Array<{ str?: string; hasEOL?: boolean }> | null)[], error?: Error): PdfjsLib {
  return {
    getDocument: () => ({
      promise: error
        ? Promise.reject(error)
        : Promise.resolve({
            numPages: pages.length,
            getPage: (n: number): Promise<PdfPage> =>
              Promise.resolve({
                getTextContent: () => {
                  const items = pages[n - 1];
                  return items ? Promise.resolve({ items }) : new Promise<never>(() => undefined);
                },
              }),
          }),
      destroy: () => Promise.resolve(),
    }),
  };
}

function run(lib: Promise<PdfjsLib>, maxMs = 4000): Promise<AttachmentInput> {
  const budget = { ...DEFAULT_BUDGET, maxMs };
  return extractAttachment("a.pdf", "application/pdf", makePdf(["x"]), {
    budget,
    counter: createBudgetCounter(budget),
    extractors: { pdf: createPdfExtractor(() => lib) },
  });
}

describe("PDF extractor logic (stand-in for pdf.js)", () => {
  test("items join into lines at hasEOL; marked-content items without str are ignored", async () => {
    const a = await run(Promise.resolve(fakePdfjs([[{ str: "Hej " }, { str: "verden", hasEOL: true }, {}, { str: "næste" }]])));
    expect(parts(a)).toEqual({ "page 1": "Hej verden\nnæste" });
  });

  test("a page that never finishes ends as timeout", async () => {
    const a = await run(Promise.resolve(fakePdfjs([[{ str: "ok" }], null])), 200);
    expect(a.unreadable).toBe("timeout");
  });

  test("pdf.js's password and format errors map to encrypted and corrupt", async () => {
    const pw = Object.assign(new Error("No password given"), { name: "PasswordException" });
    expect((await run(Promise.resolve(fakePdfjs([], pw)))).unreadable).toBe("encrypted");
    const bad = Object.assign(new Error("Invalid PDF structure."), { name: "InvalidPDFException" });
    expect((await run(Promise.resolve(fakePdfjs([], bad)))).unreadable).toBe("corrupt");
  });

  test("when pdf.js cannot be loaded, PDFs are not-scanned-here (and the next call tries again)", async () => {
    let calls = 0;
    const extractor = createPdfExtractor(() => {
      calls++;
      return Promise.reject(new Error("no pdf.js"));
    });
    const opts = { budget: DEFAULT_BUDGET, extractors: { pdf: extractor } };
    expect((await extractAttachment("a.pdf", "", makePdf(["x"]), opts)).unreadable).toBe("not-scanned-here");
    expect((await extractAttachment("b.pdf", "", makePdf(["x"]), opts)).unreadable).toBe("not-scanned-here");
    expect(calls).toBe(2);
  });

  test("inside jest the Node loader cannot import ESM, and that fails closed as not-scanned-here", async () => {
    const a = await extractAttachment("a.pdf", "", makePdf(["x"]), { budget: DEFAULT_BUDGET, extractors: nodeExtractors() });
    expect(a.unreadable).toBe("not-scanned-here");
  });
});
