// RTF to text: escapes, Unicode, groups and the destinations that are not text.

import { rtfToText } from "../../../src/core/extract/rtf";
import { makeRtf } from "../../support/make-attachments";
import { enc, extract } from "./helpers";

const rtf = (body: string) => rtfToText(enc("{\\rtf1\\ansi\\ansicpg1252\\deff0" + body + "}"));

describe("RTF", () => {
  test("\\'f8 (Windows-1252) and \\u248? decode to ø; the fallback character after \\uN is skipped", () => {
    expect(rtf("{\\fonttbl{\\f0 Arial;}}S\\'f8ren og S\\u248?ren, \\'80 \\'93citat\\'94 \\u8211? slut")).toBe("Søren og Søren, € “citat” – slut");
  });

  test("\\ucN sets how many fallback characters follow; \\'hh fallbacks count as one", () => {
    expect(rtf("\\uc2 a\\u248\\'6f\\'65b {\\uc0 c\\u230 d}")).toBe("aøb cæd");
    expect(rtf("\\uc1 \\u-10179?\\u-8704?")).toBe("😀");
  });

  test("font, colour and style tables, info, pictures, objects, field codes and \\*\\ destinations are skipped", () => {
    const body =
      "{\\fonttbl{\\f0\\fswiss Arial;}{\\f1 Times;}}{\\colortbl;\\red255\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}" +
      "{\\info{\\title Titel}{\\author Forfatter}}{\\*\\generator Skriver 1.0;}" +
      "\\pard Før {\\pict\\pngblip 89504e470d0a1a0a} efter " +
      "{\\object\\objemb{\\*\\objclass Excel}{\\objdata abcdef0a1b2c3d4e}{\\result resultat}}" +
      "{\\field{\\*\\fldinst HYPERLINK \"http://eksempel\"}{\\fldrslt linktekst}}" +
      "{\\*\\bkmkstart mærke}{\\*\\unknowndest hemmelig} slut";
    expect(rtf(body)).toBe("Før  efter resultatlinktekst slut");
  });

  test("paragraphs, lines, tabs, cells and rows; escaped braces and backslash; symbols", () => {
    expect(rtf("a\\par b\\line c\\tab d\\cell e\\row \\{x\\}\\\\ \\~\\_\\-\\emdash\\lquote q\\rquote")).toBe(
      "a\nb\nc d\te\n{x}\\ \u00a0-\u2014\u2018q\u2019",
    );
  });

  test("\\binN data is skipped by length, even when it contains braces", () => {
    expect(rtf("a{\\*\\blip\\bin5 {}}\\x}b")).toBe("ab");
    expect(rtf("før \\bin3 }{\\ efter")).toBe("før  efter");
  });

  test("RTF-encapsulated HTML from Outlook: \\htmlrtf runs and \\*\\htmltag groups are left out", () => {
    expect(rtf("\\fromhtml1 {\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 Hej verden}\\htmlrtf\\par\\htmlrtf0 {\\*\\htmltag72 </p>}")).toBe("Hej verden");
  });

  test("another \\ansicpg decodes its \\'hh bytes with that code page", () => {
    expect(rtfToText(enc("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2}"))).toBe("Привет");
  });

  test("raw 8-bit text: bytes in the code page, or UTF-8 when the whole file is UTF-8", () => {
    const latin = new Uint8Array([...enc("{\\rtf1\\ansi\\ansicpg1252 S"), 0xf8, ...enc("ren "), 0x93, ...enc("x"), 0x94, ...enc("}")]);
    expect(rtfToText(latin)).toBe("Søren “x”");
    expect(rtf("Søren")).toBe("Søren");
  });

  test("source line breaks are not text; unbalanced braces do not throw", () => {
    expect(rtf("a\r\nb\nc}}}{{{d")).toBe("abcd");
  });

  test("not RTF → corrupt; through the dispatcher with the test helper's file", async () => {
    expect(() => rtfToText(enc("plain text"))).toThrow();
    const a = await extract("brev.rtf", makeRtf("Kære Søren Ærø\nMed venlig hilsen 😀"));
    expect(a.text).toBe("Kære Søren Ærø\nMed venlig hilsen 😀\n");
    expect((await extract("falsk.rtf", enc("ikke rtf"))).unreadable).toBe("corrupt");
  });
});
