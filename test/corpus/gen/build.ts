// Turns a MailSpec into RFC 822 bytes: headers (RFC 2047 where needed), the body as text/plain,
// text/html or multipart/alternative, inline logos as multipart/related, attachments as
// multipart/mixed. Boundaries, Message-IDs and dates are functions of the mail's slug only.

import { AttSpec, hashString, Html, MailSpec } from "./common";
import {
  Entity,
  fileNameParam,
  formatAddress,
  formatAddressList,
  headerText,
  latin1ToBytes,
  Leaf,
  renderEntity,
  rfc5322Date,
} from "./mime";

/** 5 January 2026 07:00 UTC: the earliest mail. */
const EPOCH = Date.UTC(2026, 0, 5, 7, 0, 0);

/** A fixed instant for a slug: a weekday between January and October 2026, office hours. */
export function dateFor(slug: string): number {
  const h = hashString("date:" + slug);
  let day = h % 290;
  const wd = new Date(EPOCH + day * 86400000).getUTCDay();
  if (wd === 0) day += 1;
  if (wd === 6) day += 2;
  const minutes = (h >>> 9) % (9 * 60);
  const seconds = (h >>> 19) % 60;
  return EPOCH + day * 86400000 + minutes * 60000 + seconds * 1000;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).toUpperCase().padStart(8, "0");
}

export function messageId(slug: string, domain: string): string {
  return "<" + hex(hashString("mid:" + slug)) + hex(hashString("mid2:" + slug)) + "@" + domain + ">";
}

const ENTITY: { [name: string]: string } = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: "\u00a0", shy: "\u00ad", apos: "'" };

/** A text alternative as Outlook writes it: tags gone, entities decoded, paragraphs kept. */
export function htmlToText(html: string): string {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/i, "").replace(/<\/body>[\s\S]*$/i, "");
  return body
    .replace(/<style[\s\S]*?<\/style>/gi, "")
    .replace(/<br\s*\/?>\n?/gi, "\n")
    .replace(/<\/p>\s*/gi, "\n\n")
    .replace(/<\/tr>\s*/gi, "\n")
    .replace(/<\/t[dh]>\s*/gi, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n: string) => (ENTITY[n.toLowerCase()] !== undefined ? ENTITY[n.toLowerCase()] : m))
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim() + "\n";
}

const EXT_FEATURE: { [ext: string]: string } = {
  txt: "att-txt", csv: "att-csv", html: "att-html", htm: "att-html", docx: "att-docx", xlsx: "att-xlsx",
  pptx: "att-pptx", odt: "att-odt", ods: "att-ods", rtf: "att-rtf", pdf: "att-pdf", msg: "att-msg",
  zip: "att-zip", eml: "att-eml", png: "att-image", jpg: "att-image", jpeg: "att-image",
};

function attachmentLeaf(a: AttSpec): Leaf {
  const rfc822 = a.contentType === "message/rfc822";
  const leaf: Leaf = {
    kind: "leaf",
    contentType: a.contentType,
    params: rfc822 ? "" : ";\r\n\t" + fileNameParam("name", a.name),
    cte: a.cte || (rfc822 ? "7bit" : "base64"),
    body: a.bytes,
  };
  if (a.inline) {
    leaf.disposition = "inline;\r\n\t" + fileNameParam("filename", a.name);
    leaf.contentId = a.contentId;
  } else {
    leaf.disposition = "attachment;\r\n\t" + fileNameParam("filename", a.name) + ";\r\n\tsize=" + a.bytes.length;
  }
  return leaf;
}

export interface Built {
  bytes: Uint8Array;
  /** Structural feature tags found while building. */
  features: string[];
}

const MAILERS = [
  "X-Mailer: Microsoft Outlook 16.0",
  "X-MS-Has-Attach: \r\nX-MS-TNEF-Correlator: \r\nContent-Language: da-DK",
  "User-Agent: Mozilla Thunderbird",
  "X-Mailer: Microsoft Outlook 16.0\r\nContent-Language: da-DK",
  "X-Mailer: iPhone Mail (21E236)",
];

/** The RFC 822 bytes of a mail (also used for attached and forwarded messages). */
export function buildMail(m: MailSpec): Built {
  const features: string[] = [];
  const slugHash = hashString(m.slug);
  const boundary = (k: string) => "----=_NextPart_" + hex(slugHash) + "_" + k;
  // Transfer encoding of the body: as the spec says, else by the slug (most quoted-printable,
  // some base64, a few 8bit as Thunderbird and iOS send them).
  const pick = slugHash % 10;
  const cte = m.bodyCte || (pick < 7 ? "quoted-printable" : pick < 9 ? "base64" : "8bit");
  const charset = '; charset="utf-8"';
  features.push(cte === "quoted-printable" ? "cte-qp" : cte === "base64" ? "cte-base64" : "cte-8bit");

  // Most municipal mail is written in Outlook and goes out as HTML: a plain-text spec becomes
  // HTML only, or HTML with a text alternative, for part of the mails (by the slug).
  if (m.html === undefined && !m.plainOnly && m.text !== undefined) {
    const form = (slugHash >>> 4) % 20;
    if (form < 5) m = { ...m, html: new Html().render(m.text) };
    else if (form < 11) m = { ...m, html: new Html().render(m.text), alt: true };
  }
  let body: Entity;
  if (m.html !== undefined) {
    const htmlLeaf: Leaf = { kind: "leaf", contentType: "text/html", params: charset, cte, body: m.html };
    if (m.alt) {
      const text = m.text !== undefined ? m.text : htmlToText(m.html);
      body = {
        kind: "multi",
        subtype: "alternative",
        boundary: boundary("alt"),
        parts: [{ kind: "leaf", contentType: "text/plain", params: charset, cte, body: text }, htmlLeaf],
      };
      features.push("body-alternative");
    } else {
      body = htmlLeaf;
      features.push("body-html");
    }
  } else {
    body = { kind: "leaf", contentType: "text/plain", params: charset, cte, body: m.text || "" };
    features.push("body-plain");
  }

  const atts = m.attachments || [];
  const inline = atts.filter((a) => a.inline);
  const files = atts.filter((a) => !a.inline);
  if (inline.length) {
    if (m.html === undefined) throw new Error(m.slug + ": inline images need an HTML body");
    body = { kind: "multi", subtype: "related", boundary: boundary("rel"), parts: [body, ...inline.map(attachmentLeaf)], params: ';\r\n\ttype="multipart/alternative"' };
    if (m.alt !== true) (body as { params?: string }).params = ';\r\n\ttype="text/html"';
    features.push("inline-logo");
  }
  if (files.length) {
    body = { kind: "multi", subtype: "mixed", boundary: boundary("mix"), parts: [body, ...files.map(attachmentLeaf)] };
  }
  for (const a of files) {
    const ext = a.name.slice(a.name.lastIndexOf(".") + 1).toLowerCase();
    if (a.contentType === "message/rfc822") features.push("forward-rfc822");
    else if (EXT_FEATURE[ext]) features.push(EXT_FEATURE[ext]);
    for (const f of a.features || []) features.push(f);
  }

  const mode = m.subjectMode || "Q";
  if (!/^[\x20-\x7e]*$/.test(m.subject)) features.push("subject-rfc2047");
  const date = m.dateMs !== undefined ? m.dateMs : dateFor(m.slug);
  const fromDomain = m.from.email.slice(m.from.email.indexOf("@") + 1);
  let head = "";
  head += "From: " + formatAddress(m.from, mode) + "\r\n";
  head += "To: " + formatAddressList(m.to, mode) + "\r\n";
  if (m.cc && m.cc.length) head += "Cc: " + formatAddressList(m.cc, mode) + "\r\n";
  head += "Subject: " + headerText(m.subject, mode) + "\r\n";
  head += "Date: " + rfc5322Date(date) + "\r\n";
  head += "Message-ID: " + messageId(m.slug, fromDomain) + "\r\n";
  for (const x of m.extraHeaders || []) head += x + "\r\n";
  head += MAILERS[slugHash % MAILERS.length] + "\r\n";
  head += "MIME-Version: 1.0\r\n";
  const raw = head + renderEntity(body);
  return { bytes: latin1ToBytes(raw), features };
}

/** An attachment holding a whole message (message/rfc822, or a .eml file). */
export function attachedMessage(inner: MailSpec, name: string, asFile = false): AttSpec {
  // message/rfc822 is sent 7bit here: the inner message must be ASCII, so no 8bit body in it.
  const b = buildMail(inner.bodyCte ? inner : { ...inner, bodyCte: hashString(inner.slug) % 2 ? "quoted-printable" : "base64" });
  return asFile
    ? { name, contentType: "application/octet-stream", bytes: b.bytes, features: [] }
    : { name, contentType: "message/rfc822", bytes: b.bytes, features: [] };
}
