/// <reference types="node" />
// Shared pieces of the corpus: the mail specification, fictitious organisations and people,
// signatures and disclaimers, per-mail seeded identifier helpers, HTML helpers, and the loader
// for test/support/make-attachments.ts.
//
// Every identifier comes from test/support/synthetic-cpr.ts or synthetic-ids.ts with a seed
// derived from the mail's own name, so adding or reordering mails never changes another mail.

import "./node-path";
import { formatCpr, syntheticCpr, SyntheticCprSpec } from "../../support/synthetic-cpr";
import {
  formatCard,
  formatSe,
  groupDigits,
  groupIban,
  Issuer,
  prng,
  syntheticCard,
  syntheticDigits,
  syntheticEan13,
  syntheticHetu,
  syntheticIban,
  syntheticNo,
  syntheticSe,
} from "../../support/synthetic-ids";
import type * as MakeAttachments from "../../support/make-attachments";
import { Address, Cte, fixZipTimes } from "./mime";

// ---------------------------------------------------------------------------------------------
// make-attachments (fflate, msgreader) from the repository's node_modules (see node-path.ts)

export const MA = require("../../support/make-attachments") as typeof MakeAttachments;
/** fflate itself (zlib for the PNG logo), resolved the same way as make-attachments' own import. */
export const fflate = require("fflate") as { zlibSync(data: Uint8Array): Uint8Array };

/** Office and ODF files with fixed zip timestamps (fflate would stamp the current time). */
export const docx = (spec: MakeAttachments.DocxSpec): Uint8Array => fixZipTimes(MA.makeDocx(spec));
export const xlsx = (rows: string[][], sheet?: string): Uint8Array => fixZipTimes(MA.makeXlsx(rows, sheet));
export const xlsxSheets = (sheets: MakeAttachments.SheetSpec[]): Uint8Array => fixZipTimes(MA.makeXlsxSheets(sheets));
export const pptx = (slides: string[], notes?: (string | undefined)[]): Uint8Array => fixZipTimes(MA.makePptx(slides, notes));
export const odt = (text: string, o?: { header?: string; footer?: string }): Uint8Array => fixZipTimes(MA.makeOdt(text, o));
export const ods = (rows: string[][], sheet?: string): Uint8Array => fixZipTimes(MA.makeOds(rows, sheet));
export const zip = (entries: MakeAttachments.NamedBytes[]): Uint8Array => fixZipTimes(MA.makeZip(entries));
export const rtf = (text: string): Uint8Array => MA.makeRtf(text);
export const pdf = (lines: string[] | null, o?: MakeAttachments.PdfOptions): Uint8Array => MA.makePdf(lines, o);
export const pdfPages = (pages: (string[] | null)[]): Uint8Array => MA.makePdfPages(pages);
export const msg = (spec: MakeAttachments.MsgSpec): Uint8Array => MA.makeMsg(spec);

// ---------------------------------------------------------------------------------------------
// Mail specification

export type Dept = "social" | "jobcenter" | "school" | "hr" | "health-care" | "finance" | "technical" | "citizen-service";
export const DEPTS: Dept[] = ["social", "jobcenter", "school", "hr", "health-care", "finance", "technical", "citizen-service"];

export type Kind = "pos" | "trap" | "unr";

export interface AttSpec {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  /** Inline (multipart/related) with a Content-ID: a signature logo. */
  inline?: boolean;
  contentId?: string;
  cte?: Cte;
  /** Feature tags this attachment contributes (att-docx, docx-header, ...). */
  features?: string[];
}

export interface MailSpec {
  slug: string;
  dept: Dept;
  kind: Kind;
  from: Address;
  to: Address[];
  cc?: Address[];
  subject: string;
  subjectMode?: "Q" | "B";
  /** Plain body (used alone, or as the text alternative when html is given and alt is set). */
  text?: string;
  html?: string;
  /** With html: also a text/plain alternative (multipart/alternative). */
  alt?: boolean;
  /** Keep a plain-text spec as text/plain (the builder turns some plain specs into HTML). */
  plainOnly?: boolean;
  bodyCte?: "quoted-printable" | "base64" | "8bit";
  attachments?: AttSpec[];
  /** Finding types that must be reported at least once (warn-only ones included). */
  types: string[];
  /** Obfuscations and attachment kinds used (structural tags are added by the builder). */
  features: string[];
  /** An attachment is expected to be unreadable. */
  unreadable?: boolean;
  extraHeaders?: string[];
  /** Fixed UTC instant; the builder assigns one when absent. */
  dateMs?: number;
}

// ---------------------------------------------------------------------------------------------
// Seeds

/** FNV-1a of a string: the base seed of a mail. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Per-mail seed source: every call gives the next seed of this mail. */
export class Seeds {
  private n = 0;
  private readonly rand: () => number;
  constructor(readonly name: string) {
    this.rand = prng(hashString(name));
  }
  next(): number {
    this.n++;
    return hashString(this.name + "#" + this.n) % 10000000;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)];
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers (all generated)

export type CprForm = "hyphen" | "compact" | "space";

export interface Born {
  y: number;
  m: number;
  d: number;
}

export function born(s: Seeds, fromYear: number, toYear: number): Born {
  return { y: s.int(fromYear, toYear), m: s.int(1, 12), d: s.int(1, 28) };
}

/** A CPR number (ten digits) for the birth date; mod11 true unless told. */
export function cprDigits(s: Seeds, b: Born, o: { mod11?: boolean; sex?: "m" | "f"; substitute?: boolean } = {}): string {
  const spec: SyntheticCprSpec = { year: b.y, month: b.m, day: b.d, mod11: o.mod11 !== false, seed: s.next() };
  if (o.sex) spec.sex = o.sex;
  if (o.substitute) spec.substitute = true;
  return syntheticCpr(spec);
}

export function cpr(s: Seeds, b: Born, o: { mod11?: boolean; sex?: "m" | "f"; substitute?: boolean; form?: CprForm } = {}): string {
  return formatCpr(cprDigits(s, b, o), o.form || "hyphen");
}

export function sePnr(s: Seeds, b: Born, o: { samordning?: boolean; form?: "hyphen" | "plus" | "compact" | "long" | "long-hyphen" } = {}): string {
  return formatSe(syntheticSe({ year: b.y, month: b.m, day: b.d, samordning: !!o.samordning, seed: s.next() }), o.form || "hyphen");
}

export function noFnr(s: Seeds, b: Born, o: { dNumber?: boolean } = {}): string {
  return syntheticNo({ year: b.y, month: b.m, day: b.d, dNumber: !!o.dNumber, seed: s.next() });
}

export function hetu(s: Seeds, b: Born, checkKind?: "digit" | "letter", sign?: string): string {
  return syntheticHetu({ year: b.y, month: b.m, day: b.d, seed: s.next(), checkKind, sign });
}

export function passportNo(s: Seeds): string {
  return syntheticDigits(9, s.next());
}

export function licenceNo(s: Seeds): string {
  return syntheticDigits(8, s.next());
}

export function card(s: Seeds, issuer: Issuer, sep = " "): string {
  return formatCard(syntheticCard(issuer, s.next()), sep);
}

export function iban(s: Seeds, country = "DK", grouped = true): string {
  const i = syntheticIban(country, s.next());
  return grouped ? groupIban(i) : i;
}

/** A Danish reg.nr. (4 digits) and account number (10 digits). */
export function bankAccount(s: Seeds): { reg: string; account: string } {
  return { reg: syntheticDigits(4, s.next()), account: syntheticDigits(10, s.next(), true) };
}

export function digits(s: Seeds, n: number, leadingZero = false): string {
  return syntheticDigits(n, s.next(), leadingZero);
}

export function ean(s: Seeds, prefix = "57"): string {
  return syntheticEan13(s.next(), prefix);
}

/** A Danish phone number: eight digits starting with a plausible first digit. */
export function phone(s: Seeds, first = "7"): string {
  return first + syntheticDigits(7, s.next(), true);
}

export function two(n: number): string {
  return (n < 10 ? "0" : "") + n;
}

const W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
function mod11(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (ten.charCodeAt(i) - 48) * W[i];
  return sum % 11 === 0;
}

/**
 * An invoice/order number built from a date (DDMMYY) and a four-digit serial; passMod11 picks a
 * serial for which the ten digits pass the CPR modulus-11 check (the nastiest trap).
 */
export function dateRef(s: Seeds, day: number, month: number, year: number, passMod11: boolean): string {
  const head = two(day) + two(month) + two(year % 100);
  for (let k = 0; k < 500; k++) {
    const serial = syntheticDigits(4, s.next(), true);
    if (mod11(head + serial) === passMod11) return head + "-" + serial;
  }
  throw new Error("no serial found");
}

/** A P-number (10 digits) that also reads as a valid CPR date (10 + month + ...), as many do. */
export function pNumber(s: Seeds): string {
  return "10" + two(s.int(1, 12)) + syntheticDigits(6, s.next(), true);
}

/** Journal number: year-nnnnn. */
export function journalNo(s: Seeds, year = 2026): string {
  return year + "-" + syntheticDigits(5, s.next());
}

export { groupDigits };

// ---------------------------------------------------------------------------------------------
// Obfuscation helpers (for CPR numbers written as DDMMYY-SSSS)

/** Replace the separator (or insert one) between DDMMYY and SSSS. */
export function withSep(cprHyphen: string, sep: string): string {
  const d = cprHyphen.replace(/\D/g, "");
  return d.slice(0, 6) + sep + d.slice(6);
}

/** Full-width digits (U+FF10..), separator kept as given. */
export function fullWidth(s: string): string {
  let out = "";
  for (const ch of s) out += /[0-9]/.test(ch) ? String.fromCharCode(0xff10 + ch.charCodeAt(0) - 48) : ch;
  return out;
}

/** Zero-width space (U+200B) between every pair of digits. */
export function zeroWidth(s: string, zw = "\u200b"): string {
  return s.split("").join(zw);
}

/** HTML numeric entities for every digit, decimal or hex by turns. */
export function entities(s: string): string {
  let out = "";
  let k = 0;
  for (const ch of s) {
    if (/[0-9]/.test(ch)) out += k++ % 3 === 2 ? "&#x" + ch.charCodeAt(0).toString(16) + ";" : "&#" + ch.charCodeAt(0) + ";";
    else if (ch === "-") out += "&#45;";
    else out += ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTML bodies (Outlook-style markup)

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Raw HTML tokens inside text that is otherwise escaped: raw() returns a placeholder. */
export class Html {
  private raws: string[] = [];
  raw(html: string): string {
    this.raws.push(html);
    return "\ue000" + (this.raws.length - 1) + "\ue001";
  }
  /** Escape text, turn paragraphs (blank-line separated) into <p>, lines into <br>, then put raws back. */
  render(text: string, o: { font?: string; lang?: string } = {}): string {
    const font = o.font || "Calibri,sans-serif";
    const paras = text.split(/\n{2,}/).map((p) => {
      const body = esc(p).replace(/\n/g, "<br>\n");
      return `<p class="MsoNormal" style="margin:0 0 8pt 0">${body}</p>`;
    });
    let out =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n' +
      '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' +
      `<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:${font};}\n--></style>\n</head>\n` +
      `<body lang="${o.lang || "DA"}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n` +
      paras.join("\n") +
      "\n</div>\n</body>\n</html>\n";
    out = out.replace(/\ue000(\d+)\ue001/g, (_m, i: string) => this.raws[Number(i)]);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Organisations, people, signatures

export interface Org {
  name: string;
  domain: string;
  street: string;
  town: string;
  cvr: string;
  mainPhone: string;
  ean?: string;
  web: string;
}

function org(name: string, domain: string, street: string, town: string, seed: string, withEan: boolean): Org {
  const s = new Seeds("org:" + seed);
  const o: Org = { name, domain, street, town, cvr: digits(s, 8), mainPhone: phone(s, "7"), web: "www." + domain };
  if (withEan) o.ean = ean(s);
  return o;
}

export const HOLMSTRUP = org("Holmstrup Kommune", "holmstrup.kommune.example", "Rådhustorvet 2", "7190 Holmstrup", "holmstrup", true);
export const VESTERAA = org("Vesterå Kommune", "vestera.kommune.example", "Torvegade 14", "6870 Vesterå", "vestera", true);
export const REGION = org("Regionshospitalet Sønderå", "sonderaa.region.example", "Sygehusvej 40", "7200 Sønderå", "region", true);
export const KONTORLAND = org("Kontorland A/S", "kontorland.example", "Industrivej 9", "8600 Silkeborg", "kontorland", false);
export const KURSUS = org("Nordisk Kursuscenter ApS", "nordiskkursus.example", "Havnegade 3", "5000 Odense C", "kursus", false);
export const BYG = org("Byg & Anlæg Kristensen ApS", "bygkristensen.example", "Værkstedsvej 21", "7190 Holmstrup", "byg", false);
export const MEDI = org("MediSupply Danmark A/S", "medisupply.example", "Lægårdsvej 5", "2600 Glostrup", "medi", false);
export const SKOLEBOG = org("Skolebogshandelen A/S", "skolebog.example", "Bogtrykkervej 11", "8000 Aarhus C", "skolebog", false);

export interface Staff extends Address {
  title: string;
  unit: string;
  org: Org;
  direct: string;
  mobile?: string;
}

function staff(name: string, title: string, unit: string, o: Org, mobile = false): Staff {
  const s = new Seeds("staff:" + name);
  const local = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/é/g, "e")
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/ +/g, ".");
  const st: Staff = { name, email: local + "@" + o.domain, title, unit, org: o, direct: phone(s, "7") };
  if (mobile) st.mobile = phone(s, String(s.int(2, 6)));
  return st;
}

const H = HOLMSTRUP;
export const P = {
  // Social services
  leneBak: staff("Lene Bak", "Socialrådgiver", "Børne- og Familieafdelingen", H, true),
  madsHolm: staff("Mads Holm", "Teamleder", "Børne- og Familieafdelingen", H),
  rikkeVest: staff("Rikke Vestergaard", "Sagsbehandler", "Socialafdelingen, Voksenteamet", H, true),
  soerenMunk: staff("Søren Munk", "Afdelingsleder", "Socialafdelingen", H),
  hanneLund: staff("Hanne Lund", "Familiebehandler", "Familiehuset", H, true),
  // Jobcenter
  jonasFriis: staff("Jonas Friis", "Jobkonsulent", "Jobcenter Holmstrup", H, true),
  piaKjaer: staff("Pia Kjær", "Sygedagpengekonsulent", "Jobcenter Holmstrup", H),
  mortenDahl: staff("Morten Dahl", "Virksomhedskonsulent", "Jobcenter Holmstrup, Virksomhedsservice", H, true),
  camillaStorm: staff("Camilla Storm", "Sagsbehandler", "Jobcenter Holmstrup, Ydelsesteamet", H),
  // Schools
  andersKrogh: staff("Anders Krogh", "Skoleleder", "Engvejens Skole", H),
  birgitteHald: staff("Birgitte Hald", "Lærer, 5.B", "Engvejens Skole", H),
  thomasLykke: staff("Thomas Lykke", "Skolesekretær", "Holmstrup Centralskole", H),
  dortheRavn: staff("Dorthe Ravn", "Psykolog", "PPR – Pædagogisk Psykologisk Rådgivning", H),
  // HR
  kasperBech: staff("Kasper Bech", "HR-konsulent", "HR og Løn", H),
  signeWinther: staff("Signe Winther", "Lønkonsulent", "HR og Løn", H),
  nielsBrandt: staff("Niels Brandt", "HR-chef", "HR og Løn", H),
  // Health and care
  majaOver: staff("Maja Overgaard", "Sygeplejerske", "Hjemmeplejen Nord", H, true),
  henrikToft: staff("Henrik Toft", "Visitator", "Sundhed og Omsorg, Visitationen", H),
  trineSkov: staff("Trine Skov", "Centerleder", "Plejecenter Egebo", H),
  ahmedRahimi: staff("Ahmed Rahimi", "Fysioterapeut", "Genoptræningen", H),
  // Finance
  gitteNoer: staff("Gitte Nør", "Bogholder", "Økonomi og Indkøb", H),
  lasseVinter: staff("Lasse Vinter", "Indkøbskonsulent", "Økonomi og Indkøb", H),
  annetteFrost: staff("Annette Frost", "Opkrævningsmedarbejder", "Borgerservice, Opkrævning", H),
  // Technical
  peterHoff: staff("Peter Hoff", "Byggesagsbehandler", "Teknik og Miljø, Byg", H),
  idaGram: staff("Ida Gram", "Ingeniør", "Teknik og Miljø, Vej og Park", H, true),
  karstenEl: staff("Karsten Eliassen", "Driftsleder", "Kommunale Ejendomme", H, true),
  // Citizens' service
  lotteSand: staff("Lotte Sand", "Borgerservicemedarbejder", "Borgerservice", H),
  emilKoch: staff("Emil Koch", "Teamleder", "Borgerservice", H),
  // Other authorities and companies
  vesteraSoc: staff("Karina Kristensen", "Socialrådgiver", "Familieafdelingen", VESTERAA),
  regionLaege: staff("Ulla Thygesen", "Overlæge", "Psykiatrisk Afdeling", REGION),
  regionSpl: staff("Jette Mølgaard", "Udskrivningskoordinator", "Medicinsk Afdeling M2", REGION),
  kontorSalg: staff("Brian Lauridsen", "Kundeansvarlig", "Salg", KONTORLAND),
  kursusKoord: staff("Mette Skovgaard", "Kursuskoordinator", "Kursusafdelingen", KURSUS),
  bygLeder: staff("Ole Kristensen", "Projektleder", "Entreprise", BYG),
  mediSalg: staff("Susanne Holst", "Key Account Manager", "Offentlig sektor", MEDI),
  skolebogSalg: staff("Rasmus Bro", "Ordrekontor", "Skoleafdelingen", SKOLEBOG),
};

/** Shared mailboxes. */
export const BOX = {
  borgerservice: { name: "Borgerservice Holmstrup", email: "borgerservice@holmstrup.kommune.example" },
  jobcenter: { name: "Jobcenter Holmstrup", email: "jobcenter@holmstrup.kommune.example" },
  boernFamilie: { name: "Børn og Familie – fælles postkasse", email: "boernogfamilie@holmstrup.kommune.example" },
  underretning: { name: "Underretninger", email: "underretning@holmstrup.kommune.example" },
  hr: { name: "HR og Løn", email: "hr@holmstrup.kommune.example" },
  loen: { name: "Lønkontoret", email: "loen@holmstrup.kommune.example" },
  kreditor: { name: "Kreditorbogholderiet", email: "faktura@holmstrup.kommune.example" },
  byg: { name: "Byggesag", email: "byg@holmstrup.kommune.example" },
  visitation: { name: "Visitationen", email: "visitation@holmstrup.kommune.example" },
  alleMedarbejdere: { name: "Alle medarbejdere", email: "alle@holmstrup.kommune.example" },
  alleLedere: { name: "Ledergruppen", email: "ledere@holmstrup.kommune.example" },
  engvejForaeldre: { name: "Forældre, Engvejens Skole", email: "foraeldre-engvej@holmstrup.kommune.example" },
  nyhedsbrev: { name: "Holmstrup Kommune – Nyheder", email: "nyhedsbrev@holmstrup.kommune.example" },
  ydelse: { name: "Ydelsesservice", email: "ydelse@holmstrup.kommune.example" },
  psykiatri: { name: "Psykiatrisk Afdeling – sekretariat", email: "psyk.sekr@sonderaa.region.example" },
  vesteraBF: { name: "Vesterå Kommune, Familieafdelingen", email: "familie@vestera.kommune.example" },
  sikkerpost: { name: "Sikker post Holmstrup", email: "sikkerpost@holmstrup.kommune.example" },
};

/** A citizen (fictitious) with an address at a fictitious mail provider. */
export function citizen(name: string, provider = "mail.example"): Address {
  const local = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/ +/g, ".");
  return { name, email: local + "@" + provider };
}

export function fmtPhone(n: string, style: number): string {
  switch (style % 4) {
    case 0:
      return groupDigits(n, 2);
    case 1:
      return "+45 " + groupDigits(n, 2);
    case 2:
      return n.slice(0, 4) + " " + n.slice(4);
    default:
      return "+45 " + n;
  }
}

export const DISCLAIMERS = [
  "Denne e-mail kan indeholde fortrolige oplysninger og er kun tiltænkt modtageren. Har du modtaget den ved en fejl, så giv venligst afsenderen besked og slet mailen.",
  "Holmstrup Kommune behandler personoplysninger efter databeskyttelsesforordningen. Læs mere om dine rettigheder på www.holmstrup.kommune.example/persondata",
  "Send ikke fortrolige eller følsomme personoplysninger til os med almindelig e-mail. Brug i stedet Digital Post via borger.dk eller vores sikre postkasse.",
  "Tænk på miljøet – print kun denne e-mail, hvis det er nødvendigt.",
  "Vi har tavshedspligt. Henvendelser med personoplysninger bedes sendt som sikker mail.",
];

export const CLOSINGS = ["Med venlig hilsen", "Venlig hilsen", "Mvh.", "Bedste hilsner", "Mange hilsner", "Vh.", "Hilsen"];

/**
 * A signature block in one of several house styles: closing, name, title, unit, organisation,
 * address, phone numbers, CVR/EAN, web, and optionally a disclaimer.
 */
export function sig(p: Staff, style: number, o: { closing?: string; disclaimer?: number; short?: boolean } = {}): string {
  const closing = o.closing !== undefined ? o.closing : CLOSINGS[style % CLOSINGS.length];
  const lines: string[] = [];
  if (closing) lines.push(closing, "");
  if (o.short) {
    lines.push(p.name.split(" ")[0]);
    return lines.join("\n");
  }
  const org = p.org;
  switch (style % 5) {
    case 0:
      lines.push(p.name, p.title, p.unit, org.name, org.street + ", " + org.town);
      lines.push("Direkte: " + fmtPhone(p.direct, 0) + (p.mobile ? " | Mobil: " + fmtPhone(p.mobile, 0) : ""));
      lines.push("E-mail: " + p.email);
      lines.push("CVR-nr. " + org.cvr + (org.ean ? " · EAN " + org.ean : ""));
      break;
    case 1:
      lines.push(p.name + " | " + p.title);
      lines.push(p.unit + " | " + org.name);
      lines.push("Tlf. " + fmtPhone(p.direct, 1) + (p.mobile ? " · mobil " + fmtPhone(p.mobile, 0) : ""));
      lines.push(org.web);
      break;
    case 2:
      lines.push(p.name, p.title);
      lines.push("");
      lines.push(org.name.toUpperCase());
      lines.push(p.unit);
      lines.push(org.street);
      lines.push(org.town);
      lines.push("Telefon " + fmtPhone(org.mainPhone, 0) + " (omstilling)");
      lines.push("CVR " + org.cvr);
      break;
    case 3:
      lines.push(p.name);
      lines.push(p.title + ", " + p.unit);
      lines.push("T: " + fmtPhone(p.direct, 2) + (p.mobile ? "  M: " + fmtPhone(p.mobile, 2) : ""));
      lines.push(org.name + " · " + org.street + " · " + org.town + " · CVR " + groupDigits(org.cvr, 2));
      break;
    default:
      lines.push(p.name);
      lines.push(p.title);
      lines.push(org.name + ", " + p.unit);
      lines.push("Tlf.: " + fmtPhone(p.direct, 3));
      lines.push("Hovednummer: " + fmtPhone(org.mainPhone, 0));
      break;
  }
  if (o.disclaimer !== undefined && o.disclaimer >= 0) lines.push("", DISCLAIMERS[o.disclaimer % DISCLAIMERS.length]);
  return lines.join("\n");
}

/** A quoted reply/forward header block in Outlook's Danish wording. */
export function outlookHeader(from: Address, to: Address, sent: string, subject: string, cc?: Address): string {
  return [
    "Fra: " + from.name + " <" + from.email + ">",
    "Sendt: " + sent,
    "Til: " + to.name + " <" + to.email + ">",
    ...(cc ? ["Cc: " + cc.name + " <" + cc.email + ">"] : []),
    "Emne: " + subject,
  ].join("\n");
}

/** Prefix every line with "> ". */
export function quote(text: string): string {
  return text
    .split("\n")
    .map((l) => (l ? "> " + l : ">"))
    .join("\n");
}
