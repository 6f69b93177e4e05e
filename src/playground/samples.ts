// Prepared attachments and example text for the playground. Every CPR number here is generated
// at run time from a date and a seed (the same rules as test/support/synthetic-cpr.ts): none is
// copied from anywhere, and none is meant to be a real person's number.

import { strToU8, zipSync } from "fflate";
import { FakeAttachment } from "./fake-mailbox";

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

function two(n: number): string {
  return (n < 10 ? "0" : "") + n;
}

/**
 * A synthetic CPR number (ten digits) for a 20th-century date: century digit 0–3, two serial
 * digits from the seed, and a last digit chosen so that modulus 11 holds or, with
 * `mod11: false`, does not (such numbers have been issued since 2007 and are just as valid).
 */
export function syntheticCpr(year: number, month: number, day: number, seed: number, mod11 = true): string {
  const head = two(day) + two(month) + two(year % 100);
  for (let attempt = 0; attempt < 400; attempt++) {
    const n = (seed * 37 + attempt * 11) % 400;
    const partial = head + String(n % 4) + two(Math.floor(n / 4) % 100);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += (partial.charCodeAt(i) - 48) * WEIGHTS[i];
    for (let last = 0; last <= 9; last++) {
      if (((sum + last) % 11 === 0) === mod11) return partial + last;
    }
  }
  throw new Error("no serial found");
}

export function withHyphen(digits: string): string {
  return digits.slice(0, 6) + "-" + digits.slice(6);
}

function base64(bytes: Uint8Array): string {
  let bin = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    bin += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes, i, i + CHUNK) as number[]);
  }
  return btoa(bin);
}

export function base64OfText(text: string): string {
  return base64(strToU8(text));
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A minimal Word document (OOXML) with one paragraph per line. */
export function docxBytes(lines: string[]): Uint8Array {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const paragraphs = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(l)}</w:t></w:r></w:p>`).join("");
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        "</Types>",
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        "</Relationships>",
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs}</w:body></w:document>`,
    ),
  });
}

/** A 1×1 PNG: an image the add-in cannot read, so it counts as unreadable. */
const PNG_1X1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

export interface Sample {
  key: string;
  name: string;
  label: [string, string];
  make(): Omit<FakeAttachment, "id">;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const SAMPLES: Sample[] = [
  {
    key: "csv",
    name: "borgerliste.csv",
    label: ["borgerliste.csv (CPR-numre)", "borgerliste.csv (CPR numbers)"],
    make: () => ({
      name: "borgerliste.csv",
      contentType: "text/csv",
      content: base64OfText(
        "navn;cpr-nr;sag\n" +
          `Testperson A;${withHyphen(syntheticCpr(1984, 3, 12, 1))};Ydelse\n` +
          `Testperson B;${withHyphen(syntheticCpr(1970, 1, 1, 2, false))};Bolig\n`,
      ),
    }),
  },
  {
    key: "docx",
    name: "notat.docx",
    label: ["notat.docx (Word, CPR-nummer)", "notat.docx (Word, CPR number)"],
    make: () => ({
      name: "notat.docx",
      contentType: DOCX,
      content: base64(
        docxBytes(["Notat om sagen", `Borgerens CPR-nr.: ${withHyphen(syntheticCpr(1962, 9, 23, 3))}`, "Mødet holdes på tirsdag."]),
      ),
    }),
  },
  {
    key: "txt",
    name: "dagsorden.txt",
    label: ["dagsorden.txt (ingen personoplysninger)", "dagsorden.txt (no personal data)"],
    make: () => ({
      name: "dagsorden.txt",
      contentType: "text/plain",
      content: base64OfText("Dagsorden\n1. Velkomst\n2. Budget 2026\n3. Eventuelt\n"),
    }),
  },
  {
    key: "png",
    name: "scanning.png",
    label: ["scanning.png (billede, kan ikke læses)", "scanning.png (image, cannot be read)"],
    make: () => ({ name: "scanning.png", contentType: "image/png", content: PNG_1X1 }),
  },
];
