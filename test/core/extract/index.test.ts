// The dispatcher: which extractor a file goes to, the per-message budget, and the promise that
// nothing — hostile, truncated or mislabelled — throws out of extractAttachment.

import * as fc from "fast-check";
import { burn } from "@kenjiuno/msgreader/lib/Burner";
import { TypeEnum } from "@kenjiuno/msgreader/lib/Reader";
import { createBudgetCounter, DEFAULT_BUDGET, extractAttachment, formatOf, REASON } from "../../../src/core/extract";
import { makeDocx, makeMsg, makeOds, makeOdt, makePdf, makePptx, makeRtf, makeXlsx, makeZip } from "../../support/make-attachments";
import { enc, extract, options, parts } from "./helpers";

describe("the default budget", () => {
  test("is what the documentation says", () => {
    expect(DEFAULT_BUDGET).toEqual({
      maxBytesPerAttachment: 10 * 1024 * 1024,
      maxTotalBytes: 25 * 1024 * 1024,
      maxMs: 4000,
      maxDepth: 3,
      maxEntries: 1000,
      maxRatio: 100,
    });
  });
});

describe("dispatch by extension and content type", () => {
  test("the extension decides first, then the content type", () => {
    expect(formatOf("a.CSV", "application/octet-stream")).toBe("text");
    expect(formatOf("a.htm", "")).toBe("html");
    expect(formatOf("noname", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe("docx");
    expect(formatOf("noname", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).toBe("xlsx");
    expect(formatOf("noname", "message/rfc822")).toBe("eml");
    expect(formatOf("noname", "application/pdf; name=x")).toBe("pdf");
    expect(formatOf("foto.HEIC", "")).toBe("image");
    expect(formatOf("noname", "image/png")).toBe("image");
    expect(formatOf("tegning.dwg", "application/acad")).toBe("unsupported");
  });

  test("text formats and HTML, decoded like other attachments", async () => {
    for (const name of ["a.txt", "a.csv", "a.tsv", "a.xml", "a.json", "a.log", "a.md"]) {
      expect(await extract(name, enc("æøå"))).toEqual({ name, contentType: "", text: "æøå" });
    }
    expect(await extract("side.html", enc("<p>hej</p>"))).toEqual({ name: "side.html", contentType: "", text: "<p>hej</p>", isHtml: true });
    expect((await extract("x", enc("linje"), options(), "text/plain")).text).toBe("linje");
    expect((await extract("latin1.csv", new Uint8Array([0x53, 0xf8, 0x72, 0x65, 0x6e]))).text).toBe("Søren");
  });

  test("every office format through the same entry point", async () => {
    expect(parts(await extract("a.docx", makeDocx({ body: "ord" })))).toEqual({ document: "ord\n" });
    expect(parts(await extract("a.xlsx", makeXlsx([["celle"]], "Data")))).toEqual({ "sheet Data": "celle" });
    expect(parts(await extract("a.pptx", makePptx(["dias"])))).toEqual({ "slide 1": "dias\n" });
    expect(parts(await extract("a.odt", makeOdt("odt tekst")))).toEqual({ document: "odt tekst\n" });
    expect(parts(await extract("a.ods", makeOds([["ods celle"]])))).toEqual({ "sheet Ark1": "ods celle" });
    expect((await extract("a.rtf", makeRtf("rtf tekst"))).text).toBe("rtf tekst\n");
  });

  test("images, unknown types and formats whose extractor is not in this bundle are unreadable with a reason", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (const name of ["a.jpg", "a.jpeg", "a.png", "a.gif", "a.tif", "a.tiff", "a.heic", "a.bmp"]) {
      expect((await extract(name, png)).unreadable).toBe("image");
    }
    expect((await extract("a.dwg", new Uint8Array([1, 2, 3]))).unreadable).toBe("unsupported-type");
    expect((await extract("a.doc", new Uint8Array([1, 2, 3]))).unreadable).toBe("unsupported-type");
    expect((await extract("a.pdf", makePdf(["tekst"]), options({}, {}))).unreadable).toBe("not-scanned-here");
    expect((await extract("a.msg", new Uint8Array(10), options({}, {}))).unreadable).toBe("not-scanned-here");
  });

  test("the bytes overrule a text or unknown name: renamed Office files, PDFs, RTF and archives are read as what they are", async () => {
    expect(parts(await extract("rapport.txt", makeDocx({ body: "omdøbt" })))).toEqual({ document: "omdøbt\n" });
    expect(parts(await extract("ark.dat", makeXlsx([["omdøbt ark"]])))).toEqual({ "sheet Ark1": "omdøbt ark" });
    expect(parts(await extract("regneark", makeOds([["uden navn"]])))).toEqual({ "sheet Ark1": "uden navn" });
    expect((await extract("scan.bin", makePdf(["x"]), options({}, {}))).unreadable).toBe("not-scanned-here");
    expect((await extract("brev.txt", makeRtf("som rtf"))).text).toBe("som rtf\n");
    expect((await extract("pakke.txt", makeZip([{ name: "i.txt", bytes: enc("inde") }]))).children![0].text).toBe("inde");
    const encrypted = burn([
      { name: "Root Entry", type: TypeEnum.ROOT, children: [1], length: 0 },
      { name: "EncryptedPackage", type: TypeEnum.DOCUMENT, length: 100, binaryProvider: () => new Uint8Array(100) },
    ]);
    expect((await extract("hemmelig.txt", encrypted)).unreadable).toBe("encrypted");
  });
});

describe("attached .eml messages", () => {
  const eml = (attachment: string) =>
    enc(
      [
        "From: a@example.com",
        "To: b@example.com",
        "Subject: Sag om bolig",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="XX"',
        "",
        "--XX",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Se vedhæftede",
        "--XX",
        attachment,
        "--XX--",
        "",
      ].join("\r\n"),
    );

  test("an .eml's attachments go through the same dispatcher (a docx inside a mail is read)", async () => {
    const docx = Buffer.from(makeDocx({ body: "Brev i mailen" })).toString("base64");
    const part = [
      "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      'Content-Disposition: attachment; filename="brev.docx"',
      "Content-Transfer-Encoding: base64",
      "",
      docx.replace(/(.{76})/g, "$1\r\n"),
    ].join("\r\n");
    const a = await extract("videresendt.eml", eml(part));
    expect(a.parts).toHaveLength(1);
    const m = a.parts![0];
    expect(m.subject).toBe("Sag om bolig");
    expect(m.body.trim()).toBe("Se vedhæftede");
    expect(m.attachments.map((x) => [x.name, parts(x)])).toEqual([["brev.docx", { document: "Brev i mailen\n" }]]);
  });

  test("attached messages are depth-limited like archives", async () => {
    const inner = eml(["Content-Type: text/plain", 'Content-Disposition: attachment; filename="n.txt"', "", "inderst"].join("\r\n"));
    const a = await extract("m.eml", inner, options({ maxDepth: 0 }));
    expect(a.unreadable).toBe("nested-too-deep");
    const b = await extract("m.eml", inner, options({ maxDepth: 1 }));
    expect(b.parts![0].attachments[0].text!.trim()).toBe("inderst");
  });
});

describe("the budget", () => {
  test("an attachment over the per-attachment limit is too-large, whatever its type", async () => {
    const big = new Uint8Array(2048).fill(65);
    expect((await extract("stor.txt", big, options({ maxBytesPerAttachment: 1024 }))).unreadable).toBe("too-large");
    expect((await extract("stor.docx", makeDocx({ body: "x".repeat(3000) }), options({ maxBytesPerAttachment: 500 }))).unreadable).toBe("too-large");
  });

  test("one counter per message: attachments after the byte budget is spent are over-budget", async () => {
    const budget = { ...DEFAULT_BUDGET, maxTotalBytes: 1500 };
    const counter = createBudgetCounter(budget);
    const opts = { budget, counter };
    const first = await extractAttachment("a.txt", "", new Uint8Array(1000).fill(65), opts);
    const second = await extractAttachment("b.txt", "", new Uint8Array(1000).fill(66), opts);
    expect(first.text).toHaveLength(1000);
    expect(second.unreadable).toBe("over-budget");
    expect(counter.bytes).toBe(1000);
    // Without a shared counter every call starts afresh.
    expect((await extractAttachment("b.txt", "", new Uint8Array(1000).fill(66), { budget })).text).toHaveLength(1000);
  });

  test("past the deadline attachments are timeout, never skipped in silence", async () => {
    let t = 0;
    const now = () => t;
    const budget = { ...DEFAULT_BUDGET, maxMs: 100 };
    const counter = createBudgetCounter(budget, now());
    expect((await extractAttachment("a.txt", "", enc("i tide"), { budget, counter, now })).text).toBe("i tide");
    t = 101;
    expect((await extractAttachment("b.txt", "", enc("for sent"), { budget, counter, now })).unreadable).toBe("timeout");
    expect((await extractAttachment("c.docx", "", makeDocx({ body: "for sent" }), { budget, counter, now })).unreadable).toBe("timeout");
  });

  test("the deadline also stops inflation inside an archive", async () => {
    let t = 0;
    // The clock moves a second each time it is read: the archive starts in time, its entries do not finish.
    const now = () => (t += 1000);
    const budget = { ...DEFAULT_BUDGET, maxMs: 2500 };
    const a = await extractAttachment("a.zip", "", makeZip([{ name: "a.txt", bytes: enc("x".repeat(100000)) }]), { budget, now });
    expect(JSON.stringify(a)).toContain('"timeout"');
    expect(JSON.stringify(a)).not.toContain('"text"');
  });
});

describe("never throws", () => {
  const NAMES = ["a.docx", "a.xlsx", "a.pptx", "a.odt", "a.ods", "a.rtf", "a.zip", "a.eml", "a.msg", "a.txt", "a.pdf", "a"];
  const REASONS: string[] = Object.keys(REASON).map((k) => (REASON as { [k: string]: string })[k]);

  test("random bytes under any name resolve to an AttachmentInput", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 2000 }), async (name, bytes) => {
        const a = await extract(name, bytes);
        expect(a.name).toBe(name);
        if (a.unreadable) expect(REASONS).toContain(a.unreadable);
      }),
      { numRuns: 300 },
    );
  });

  test("valid files with random bytes flipped or cut resolve to an AttachmentInput", async () => {
    const samples: [string, Uint8Array][] = [
      ["a.docx", makeDocx({ body: "tekst i dokumentet", header: "top", comments: ["k"] })],
      ["a.xlsx", makeXlsx([["a", "1"], ["b", "2"]])],
      ["a.pptx", makePptx(["et", "to"], ["n"])],
      ["a.ods", makeOds([["x"]])],
      ["a.zip", makeZip([{ name: "i.txt", bytes: enc("inde") }, { name: "d.docx", bytes: makeDocx({ body: "d" }) }])],
      ["a.rtf", makeRtf("rtf med æøå")],
      ["a.msg", makeMsg({ subject: "emne", body: "krop", attachments: [{ name: "i.txt", bytes: enc("inde") }], messages: [{ subject: "indre", body: "b" }] })],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...samples),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat()),
        async ([name, original], flips, cut) => {
          const bytes = original.slice();
          for (const [pos, value] of flips) bytes[pos % bytes.length] = value;
          const input = cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
          const a = await extract(name, input);
          expect(a.name).toBe(name);
          if (a.unreadable) expect(REASONS).toContain(a.unreadable);
        },
      ),
      { numRuns: 300 },
    );
  });
});
