// Word, Excel and PowerPoint files built in the test with fflate: text split across runs joins,
// every part is found and labelled, and broken or hostile packages end with a reason.

import { burn } from "@kenjiuno/msgreader/lib/Burner";
import { TypeEnum } from "@kenjiuno/msgreader/lib/Reader";
import { drawingText, sheetText, sharedStrings, wordText } from "../../../src/core/extract/ooxml";
import { docxParts, makeDocx, makePptx, makeXlsx, makeXlsxSheets, makeZip, wordParagraphs, zipParts } from "../../support/make-attachments";
import { enc, extract, noise, options, parts } from "./helpers";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe("docx", () => {
  test("runs join within a paragraph; document, header, footer, footnotes and comments are separate parts", async () => {
    const bytes = makeDocx({
      body: "Borgerens sag om boligstøtte\nAnden linje med æøå & <tegn>",
      header: "Fortroligt brev",
      footer: "Side en af en",
      comments: ["Husk at tjekke journalnummeret", "Anden kommentar"],
      footnotes: ["Se bilag"],
      splitRuns: true,
    });
    const a = await extract("brev.docx", bytes);
    expect(a.unreadable).toBeUndefined();
    expect(parts(a)).toEqual({
      document: "Borgerens sag om boligstøtte\nAnden linje med æøå & <tegn>\n",
      header: "Fortroligt brev\n",
      footer: "Side en af en\n",
      footnotes: "Se bilag\n",
      comments: "Husk at tjekke journalnummeret\nAnden kommentar\n",
    });
    expect(a.segments!.map((s) => s.part)).toEqual(["document", "header", "footer", "footnotes", "comments"]);
  });

  test("w:tab is a space, w:br a newline; tab stops, field codes and mc:Fallback copies are not text; deleted text is", () => {
    const xml =
      `<w:document ${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
      "<w:r><w:t>Navn:</w:t></w:r><w:r><w:tab/><w:t>Hans</w:t></w:r><w:r><w:br/><w:t>Jensen</w:t></w:r></w:p>" +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:t xml:space="preserve">side </w:t></w:r><w:del><w:r><w:delText>slettet</w:delText></w:r></w:del></w:p>' +
      "<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>boks</w:t></w:r></w:p></mc:Choice>" +
      "<mc:Fallback><w:p><w:r><w:t>boks</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>" +
      "<w:p><w:r><w:t>A&amp;B &#248; &#x00E6;</w:t><w:noBreakHyphen/><w:t>x</w:t></w:r></w:p>" +
      "</w:body></w:document>";
    expect(wordText(xml)).toBe("Navn: Hans\nJensen\nside slettet\nboks\nA&B ø æ-x\n");
  });

  test("headers and footers from several sections come in file order under one label each", async () => {
    const p = docxParts({ body: "krop", header: "første top", footer: "første bund" });
    p["word/header2.xml"] = `<w:hdr ${W}>${wordParagraphs("anden top")}</w:hdr>`;
    p["word/header10.xml"] = `<w:hdr ${W}>${wordParagraphs("tiende top")}</w:hdr>`;
    const a = await extract("sektioner.docx", zipParts(p));
    expect(parts(a).header).toBe("første top\n\nanden top\n\ntiende top\n");
  });

  test("docm and dotx are read as Word files; an embedded workbook becomes a child", async () => {
    const p = docxParts({ body: "se det indlejrede ark" });
    p["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = makeXlsx([["indlejret", "7"]]);
    p["word/embeddings/oleObject1.bin"] = new Uint8Array([1, 2, 3]);
    p["word/media/image1.png"] = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const a = await extract("skabelon.dotx", zipParts(p));
    expect(parts(a).document).toBe("se det indlejrede ark\n");
    expect(a.children!.map((c) => [c.name, c.unreadable])).toEqual([
      ["Microsoft_Excel_Worksheet.xlsx", undefined],
      ["oleObject1.bin", "unsupported-type"],
    ]);
    expect(parts(a.children![0])).toEqual({ "sheet Ark1": "indlejret\t7" });
    expect((await extract("makro.docm", makeDocx({ body: "med makroer" }))).segments![0].text).toBe("med makroer\n");
  });

  test("a document with a huge number of runs is read in full (performance sanity, no timing)", async () => {
    // Varied words, so the part compresses like prose (identical runs would compress past the
    // ratio limit and count as a zip bomb).
    const letters = noise(200000);
    const words: string[] = [];
    for (let i = 0; i + 5 < letters.length; i += 5) {
      let w = "";
      for (let k = 0; k < 5; k++) w += String.fromCharCode(97 + (letters[i + k] % 26));
      words.push(w);
    }
    const body = words.join(" ");
    const a = await extract("lang.docx", makeDocx({ body, splitRuns: true }));
    expect(a.unreadable).toBeUndefined();
    expect(parts(a).document).toBe(body + "\n");
  });
});

describe("xlsx", () => {
  test("cells from shared strings and numbers, a row per line, tab-separated, under the sheet's name", async () => {
    const a = await extract(
      "liste.xlsx",
      makeXlsxSheets([
        { name: "Ark1", rows: [["Navn", "Beløb"], ["Anne Hansen", "1250.5"], ["", "", "sidste kolonne"]] },
        { name: "Noter & mere", rows: [["fri tekst"]] },
      ]),
    );
    expect(parts(a)).toEqual({
      "sheet Ark1": "Navn\tBeløb\nAnne Hansen\t1250.5\n\t\tsidste kolonne",
      "sheet Noter & mere": "fri tekst",
    });
  });

  test("inline strings, booleans, formula results and rich-text shared strings without phonetic runs", () => {
    const shared = sharedStrings(
      "<sst><si><r><t>del</t></r><r><t xml:space=\"preserve\">t op</t></r><rPh><t>fonetisk</t></rPh></si><si><t>enkel</t></si><si/></sst>",
    );
    expect(shared).toEqual(["delt op", "enkel", ""]);
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inde&amp;i</t></is></c>' +
      '<c r="C1" t="b"><v>1</v></c><c r="D1" t="str"><f>A1&amp;"x"</f><v>beregnet</v></c><c r="E1" s="2"/></row>' +
      '<row r="2"/><row r="3"><c r="A3"><v>42</v></c><c r="B3" t="s"><v>1</v></c></row></sheetData></worksheet>';
    expect(sheetText(xml, shared)).toBe("delt op\tinde&i\tTRUE\tberegnet\n42\tenkel");
  });

  test("comments are their own part", async () => {
    const base = makeXlsx([["celle"]]);
    const { unzipSync } = await import("fflate");
    const p: { [k: string]: Uint8Array | string } = unzipSync(base);
    p["xl/comments1.xml"] =
      '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><commentList><comment ref="A1" authorId="0">' +
      "<text><r><t>Kommentar til </t></r><r><t>cellen</t></r></text></comment></commentList></comments>";
    const a = await extract("kommentar.xlsx", zipParts(p));
    expect(parts(a)).toEqual({ "sheet Ark1": "celle", comments: "Kommentar til cellen\n" });
  });
});

describe("pptx", () => {
  test("slides in presentation order with their notes, runs joined", async () => {
    const a = await extract("oplæg.pptx", makePptx(["Velkommen til mødet", "Dagsorden\nPunkt et", "Tak"], [undefined, "Husk at nævne sagen"]));
    expect(parts(a)).toEqual({
      "slide 1": "Velkommen til mødet\n",
      "slide 2": "Dagsorden\nPunkt et\n",
      "notes 2": "Husk at nævne sagen\n",
      "slide 3": "Tak\n",
    });
  });

  test("the slide number follows presentation.xml, not the file name", async () => {
    const { unzipSync, strFromU8, strToU8 } = await import("fflate");
    const p = unzipSync(makePptx(["skrevet først", "skrevet sidst"]));
    const pres = strFromU8(p["ppt/presentation.xml"]).replace(
      '<p:sldId id="256" r:id="rId1"/><p:sldId id="257" r:id="rId2"/>',
      '<p:sldId id="257" r:id="rId2"/><p:sldId id="256" r:id="rId1"/>',
    );
    p["ppt/presentation.xml"] = strToU8(pres);
    const a = await extract("byttet.pptx", zipParts(p));
    expect(parts(a)).toEqual({ "slide 1": "skrevet sidst\n", "slide 2": "skrevet først\n" });
  });

  test("drawing text: a:br is a newline, paragraphs end lines", () => {
    expect(drawingText("<p:sld><a:p><a:r><a:t>en</a:t></a:r><a:br/><a:r><a:t>to</a:t></a:r></a:p><a:p/></p:sld>")).toBe("en\nto\n\n");
  });
});

describe("broken and hostile packages", () => {
  test("garbage bytes named .docx are corrupt", async () => {
    expect((await extract("rapport.docx", enc("det her er ikke en zip-fil"))).unreadable).toBe("corrupt");
    expect((await extract("tom.xlsx", new Uint8Array(0))).unreadable).toBe("corrupt");
  });

  test("a zip that is not a Word package is corrupt as .docx", async () => {
    expect((await extract("forkert.docx", makeZip([{ name: "a.txt", bytes: enc("hej") }]))).unreadable).toBe("corrupt");
  });

  test("a truncated package is corrupt", async () => {
    const bytes = makeDocx({ body: "afskåret" });
    expect((await extract("kort.docx", bytes.subarray(0, Math.floor(bytes.length / 2)))).unreadable).toBe("corrupt");
  });

  test("a password-protected Office file (compound file with EncryptedPackage) is encrypted", async () => {
    const data = new Uint8Array(600).fill(7);
    const cfb = burn([
      { name: "Root Entry", type: TypeEnum.ROOT, children: [1, 2], length: 0 },
      { name: "EncryptionInfo", type: TypeEnum.DOCUMENT, length: 64, binaryProvider: () => new Uint8Array(64) },
      { name: "EncryptedPackage", type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data },
    ]);
    expect((await extract("beskyttet.docx", cfb)).unreadable).toBe("encrypted");
    expect((await extract("beskyttet.xlsx", cfb)).unreadable).toBe("encrypted");
  });

  test("a part that would inflate past the per-attachment limit makes the file too-large, never a silent gap", async () => {
    const body = "tekst ".repeat(20000);
    const a = await extract("stor.docx", makeDocx({ body }), options({ maxBytesPerAttachment: 50000 }));
    expect(a.unreadable).toBe("too-large");
  });

  test("a docx whose document part is a zip bomb is a zip-bomb", async () => {
    const p = docxParts({ body: "x" });
    p["word/document.xml"] = `<w:document ${W}><w:body>${"<w:p/>".repeat(400000)}</w:body></w:document>`;
    const a = await extract("bombe.docx", zipParts(p));
    expect(a.unreadable).toBe("zip-bomb");
  });
});
