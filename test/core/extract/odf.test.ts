// OpenDocument text and spreadsheets built in the test: spans join, spaces and tabs come out
// as written, sheets keep their names, headers and footers are their own parts.

import { strToU8, zipSync } from "fflate";
import { odfText, odsSheets } from "../../../src/core/extract/odf";
import { makeOds, makeOdt } from "../../support/make-attachments";
import { enc, extract, parts } from "./helpers";

describe("odt", () => {
  test("paragraphs with spans, headers and footers", async () => {
    const a = await extract("notat.odt", makeOdt("Mødet handlede om borgerens sag\nNæste skridt aftales", { header: "Kommunen", footer: "Side en" }));
    expect(a.unreadable).toBeUndefined();
    expect(parts(a)).toEqual({
      document: "Mødet handlede om borgerens sag\nNæste skridt aftales\n",
      header: "Kommunen\n",
      footer: "Side en\n",
    });
  });

  test("text:s with a count, text:tab, text:line-break, headings, entities; text outside paragraphs is not text", () => {
    const xml =
      "<office:document-content><office:meta>ikke tekst</office:meta><office:body><office:text>" +
      '<text:h text:outline-level="1">Overskrift</text:h>' +
      '<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d &amp; e</text:p>' +
      '<office:annotation><dc:creator>forfatter</dc:creator><text:p>en note</text:p></office:annotation>' +
      "</office:text></office:body></office:document-content>";
    expect(odfText(xml)).toBe("Overskrift\na   b c\nd & e\nen note\n");
  });

  test("a package whose manifest lists encryption data is encrypted", async () => {
    const bytes = zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "content.xml": new Uint8Array([1, 2, 3, 4, 5]),
      "META-INF/manifest.xml": strToU8(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml">' +
          '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>',
      ),
    });
    expect((await extract("låst.odt", bytes)).unreadable).toBe("encrypted");
  });

  test("garbage named .odt is corrupt; a zip without content.xml too", async () => {
    expect((await extract("x.odt", enc("ikke odf"))).unreadable).toBe("corrupt");
    expect((await extract("y.ods", zipSync({ "a.txt": enc("hej") }))).unreadable).toBe("corrupt");
  });
});

describe("ods", () => {
  test("rows on lines, cells tab-separated, under the sheet name; huge repeated empty rows and cells cost nothing", async () => {
    const a = await extract("tal.ods", makeOds([["Navn", "Antal"], ["Jens Olsen", "3"], ["", "tom første"]], "Ark1"));
    expect(parts(a)).toEqual({ "sheet Ark1": "Navn\tAntal\nJens Olsen\t3\n\ttom første" });
  });

  test("several sheets; repeated non-empty cells and rows written out; covered cells and multi-paragraph cells", () => {
    const xml =
      "<office:body><office:spreadsheet>" +
      '<table:table table:name="Første"><table:table-row><table:table-cell table:number-columns-repeated="2"><text:p>x</text:p></table:table-cell>' +
      "<table:covered-table-cell/><table:table-cell><text:p>linje et</text:p><text:p>linje to</text:p></table:table-cell></table:table-row>" +
      '<table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>igen</text:p></table:table-cell></table:table-row></table:table>' +
      '<table:table table:name="Anden"><table:table-row><table:table-cell><text:p>b</text:p></table:table-cell></table:table-row></table:table>' +
      "</office:spreadsheet></office:body>";
    expect(odsSheets(xml)).toEqual([
      { name: "Første", text: "x\tx\t\tlinje et linje to\nigen\nigen" },
      { name: "Anden", text: "b" },
    ]);
  });
});
