// Bytes to text for attachments, which kinds are read, and attached messages through postal-mime.

import * as fc from "fast-check";
import { attachmentFromBytes, attachmentKind, MAX_ATTACHMENT_BYTES } from "../../src/core/attachments";
import { parseEml } from "../../src/core/mime";
import { DEFAULT_POLICY } from "../../src/core/policy";
import { scanMessage } from "../../src/core/scan";
import { base64ToBytes, bytesToText, DecodeError } from "../../src/core/text/decode";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const CPR = formatCpr(syntheticCpr({ year: 1968, month: 9, day: 30, mod11: true, seed: 5 }), "hyphen");
const NOW = new Date("2026-11-28T12:00:00Z");
const u8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("base64", () => {
  test("matches Node's decoder for any bytes, with line breaks as mail has them", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString("base64").replace(/(.{76})/g, "$1\r\n");
        expect(Array.from(base64ToBytes(b64))).toEqual(Array.from(bytes));
      }),
    );
  });
  test("a foreign character is an error, not silently different text", () => {
    expect(() => base64ToBytes("SGVsbG8*")).toThrow(DecodeError);
  });
});

describe("charsets", () => {
  test("UTF-8, UTF-8 with BOM, UTF-16LE from Excel, and Windows-1252 CSV all give the Danish text", () => {
    const text = "Fødselsdato;Ærø;Å";
    expect(bytesToText(u8(text))).toBe(text);
    expect(bytesToText(new Uint8Array([0xef, 0xbb, 0xbf, ...u8(text)]))).toBe(text);
    expect(bytesToText(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]))).toBe(text);
    expect(bytesToText(new Uint8Array(Buffer.from(text, "latin1")))).toBe(text);
  });
  test("a UTF-8 sequence cut off at the end falls back to Latin-1 instead of throwing", () => {
    expect(bytesToText(new Uint8Array([0x41, 0xc3]))).toBe("A\u00c3");
  });
});

describe("attachments", () => {
  test.each([
    ["notat.txt", "", "text"],
    ["liste.CSV", "", "text"],
    ["data.json", "", "text"],
    ["side.htm", "", "html"],
    ["videresendt.eml", "", "message"],
    ["uden-navn", "message/rfc822", "message"],
    ["rapport.pdf", "application/pdf", "unsupported"],
    ["foto.jpg", "image/jpeg", "unsupported"],
    ["brev.docx", "", "unsupported"],
  ])("%s (%s) is %s", (name, type, kind) => {
    expect(attachmentKind(name, type)).toBe(kind);
  });

  test("over the size budget: unreadable, never silently skipped", async () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    const a = await attachmentFromBytes("stor.txt", "text/plain", big, parseEml);
    expect(a.unreadable).toBe("too-large");
  });

  test("a message that cannot be parsed is unreadable", async () => {
    const failing = () => Promise.reject(new Error("bad"));
    expect((await attachmentFromBytes("x.eml", "", u8("garbage"), failing)).unreadable).toBe("parse-failed");
  });
});

describe("attached messages", () => {
  function eml(subject: string, body: string, attachment?: string, boundary = "b"): string {
    const head = `Subject: ${subject}\r\nMIME-Version: 1.0\r\n`;
    if (!attachment) return `${head}Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
    return (
      `${head}Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n` +
      `--${boundary}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="inner.eml"\r\n\r\n${attachment}\r\n--${boundary}--\r\n`
    );
  }

  test("a CPR number two messages deep is found and located under the outer attachment's name", async () => {
    const inner = eml("Indre", `CPR: ${CPR}`);
    const middle = eml("Midt", "se vedhæftede", inner, "m");
    const message = await parseEml(u8(eml("Ydre", "hej", middle, "o")));
    const scan = scanMessage(message, DEFAULT_POLICY, NOW);
    expect(scan.findings.map((f) => f.location)).toEqual(["attachment:inner.eml/inner.eml"]);
  });

  test("deeper than the limit: unreadable (nested-too-deep), which requires secure post", async () => {
    let m = eml("0", `CPR: ${CPR}`);
    for (let i = 1; i <= 6; i++) m = eml(String(i), "fwd", m, `b${i}`);
    const scan = scanMessage(await parseEml(u8(m)), DEFAULT_POLICY, NOW);
    expect(scan.unreadable.some((u) => u.reason === "nested-too-deep")).toBe(true);
    expect(scan.requiresSecure).toBe(true);
  });

  test("inline images referenced from the HTML (signature logos) are not attachments", async () => {
    const raw =
      'Subject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="r"\r\n\r\n' +
      '--r\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hilsen</p><img src="cid:logo1">\r\n' +
      "--r\r\nContent-Type: image/png\r\nContent-Disposition: inline\r\nContent-ID: <logo1>\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--r--\r\n";
    const message = await parseEml(u8(raw));
    expect(message.attachments).toEqual([]);
    expect(scanMessage(message, DEFAULT_POLICY, NOW).requiresSecure).toBe(false);
  });
});
