// Every text a user sees, Danish first, English too. Texts name what was found by kind, count,
// place and masked value (DDMMYY-XXXX) only: a full CPR number never reaches a dialog.
// Secure post is always "signed and encrypted"; no text offers signing alone.

import { Fault, SendVerdict } from "./decision";
import { PolicyInForce } from "./policy";
import { LapseChange, StateView } from "./secure-state";
import { Finding, Location, ScanResult } from "./types";

export type Lang = "da" | "en";

/** The unreadable reason of an attachment this bundle cannot extract (PDF, .msg at Send). */
export const NOT_SCANNED_HERE = "not-scanned-here";

/** `da`, `da-DK`, `da_dk` → da; everything else → en. */
export function langFrom(displayLanguage: string | null | undefined): Lang {
  return /^da\b/i.test(displayLanguage || "") ? "da" : "en";
}

/**
 * The UI language under the policy's `languages`: Office's display language when the list has
 * it, else the list's first (so a German Outlook gets the organisation's first choice).
 */
export function chooseLang(displayLanguage: string | null | undefined, languages: Lang[] = ["da", "en"]): Lang {
  const m = /^([a-z]{2,3})(\b|[-_])/i.exec(displayLanguage || "");
  const primary = m ? m[1].toLowerCase() : "";
  for (const l of languages) if (l === primary) return l;
  return languages.length > 0 ? languages[0] : "da";
}

const TYPE_NAMES: { [type: string]: [string, string, string, string] } = {
  // [da singular, da plural, en singular, en plural]
  "dk-cpr": ["CPR-nummer", "CPR-numre", "CPR number", "CPR numbers"],
  "dk-cpr-substitute": ["erstatnings-CPR-nummer", "erstatnings-CPR-numre", "substitute CPR number", "substitute CPR numbers"],
  "se-personnummer": ["svensk personnummer", "svenske personnumre", "Swedish personal identity number", "Swedish personal identity numbers"],
  "se-samordningsnummer": ["svensk samordningsnummer", "svenske samordningsnumre", "Swedish coordination number", "Swedish coordination numbers"],
  "no-fodselsnummer": ["norsk fødselsnummer", "norske fødselsnumre", "Norwegian national identity number", "Norwegian national identity numbers"],
  "no-d-number": ["norsk D-nummer", "norske D-numre", "Norwegian D number", "Norwegian D numbers"],
  "fi-hetu": ["finsk personbeteckning", "finske personbeteckninger", "Finnish personal identity code", "Finnish personal identity codes"],
  "dk-passport": ["pasnummer", "pasnumre", "passport number", "passport numbers"],
  "dk-driving-licence": ["kørekortnummer", "kørekortnumre", "driving licence number", "driving licence numbers"],
  iban: ["IBAN-kontonummer", "IBAN-kontonumre", "IBAN", "IBANs"],
  "dk-bank-account": ["bankkontonummer", "bankkontonumre", "bank account number", "bank account numbers"],
  "payment-card": ["betalingskortnummer", "betalingskortnumre", "payment card number", "payment card numbers"],
  "sensitive:health": ["oplysning om helbred", "oplysninger om helbred", "mention of health", "mentions of health"],
  "sensitive:ethnic-origin": ["oplysning om etnisk oprindelse", "oplysninger om etnisk oprindelse", "mention of ethnic origin", "mentions of ethnic origin"],
  "sensitive:religion": ["oplysning om religion", "oplysninger om religion", "mention of religion", "mentions of religion"],
  "sensitive:political-opinion": ["oplysning om politisk holdning", "oplysninger om politisk holdning", "mention of political opinion", "mentions of political opinion"],
  "sensitive:trade-union": ["oplysning om fagforening", "oplysninger om fagforening", "mention of trade-union membership", "mentions of trade-union membership"],
  "sensitive:sexual-orientation": ["oplysning om seksuelle forhold", "oplysninger om seksuelle forhold", "mention of sex life or orientation", "mentions of sex life or orientation"],
  "sensitive:genetic": ["oplysning om genetiske data", "oplysninger om genetiske data", "mention of genetic data", "mentions of genetic data"],
  "sensitive:biometric": ["oplysning om biometriske data", "oplysninger om biometriske data", "mention of biometric data", "mentions of biometric data"],
  "sensitive:criminal": ["oplysning om strafbare forhold", "oplysninger om strafbare forhold", "mention of criminal offences", "mentions of criminal offences"],
  "sensitive:social": ["oplysning om sociale problemer", "oplysninger om sociale problemer", "mention of social problems", "mentions of social problems"],
  "sensitive:child-protection": ["oplysning om børnesag", "oplysninger om børnesager", "mention of child protection", "mentions of child protection"],
  "sensitive:family": ["oplysning om familieforhold", "oplysninger om familieforhold", "mention of family matters", "mentions of family matters"],
  "sensitive:suicide": ["oplysning om selvmordsforsøg eller selvskade", "oplysninger om selvmordsforsøg eller selvskade", "mention of suicide attempt or self-harm", "mentions of suicide attempt or self-harm"],
};

export function typeName(type: string, count: number, lang: Lang): string {
  const n = TYPE_NAMES[type];
  if (!n) return type;
  return lang === "da" ? n[count === 1 ? 0 : 1] : n[count === 1 ? 2 : 3];
}

export function locationName(location: Location, lang: Lang): string {
  if (location === "subject") return lang === "da" ? "emnefeltet" : "the subject";
  if (location === "body") return lang === "da" ? "brødteksten" : "the body";
  const name = location.replace(/^attachment:/, "");
  return lang === "da" ? `vedhæftet fil ${name}` : `attachment ${name}`;
}

const FAULTS: { [f in Fault]: [string, string] } = {
  subject: ["emnefeltet kunne ikke læses", "the subject could not be read"],
  body: ["brødteksten kunne ikke læses", "the body could not be read"],
  attachments: ["de vedhæftede filer kunne ikke læses", "the attachments could not be read"],
  markers: ["sikker-post-markeringen kunne ikke kontrolleres", "the secure-post marker could not be checked"],
  state: ["sikker-post-tilstanden kunne ikke læses", "the secure-post state could not be read"],
  arm: ["mailen kunne ikke markeres til sikker post", "the message could not be marked for secure post"],
  policy: ["organisationens politik kunne ikke indlæses", "the organisation's policy could not be loaded"],
  timeout: ["Outlook svarede ikke i tide", "Outlook did not answer in time"],
  unexpected: ["der opstod en uventet fejl", "an unexpected error occurred"],
};

export function faultText(f: Fault, lang: Lang): string {
  return FAULTS[f][lang === "da" ? 0 : 1];
}

const CHANGES: { [c in LapseChange]: [string, string] } = {
  "header-missing": ["markeringen til sikker post er fjernet fra mailen", "the secure-post marker was removed from the message"],
  "header-changed": ["markeringen til sikker post er ændret", "the secure-post marker was changed"],
  "subject-tag-missing": ["sikker-post-koden i emnefeltet er fjernet", "the secure-post code in the subject was removed"],
  "label-missing": ["følsomhedsmærkatet er fjernet", "the sensitivity label was removed"],
  "label-changed": ["følsomhedsmærkatet er ændret", "the sensitivity label was changed"],
  "too-old": ["markeringen er ældre end organisationen tillader", "the marking is older than the organisation allows"],
};

export function changeText(c: LapseChange, lang: Lang): string {
  return CHANGES[c][lang === "da" ? 0 : 1];
}

function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + (lang === "da" ? " og " : " and ") + items[items.length - 1];
}

function unique<T>(xs: T[]): T[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}

/** "2 CPR-numre i brødteksten og vedhæftet fil a.txt (010185-XXXX, 020290-XXXX)" per type, bounded. */
export function summariseFindings(scan: ScanResult, lang: Lang, maxMasked = 3): string[] {
  const byType: { [type: string]: Finding[] } = {};
  const order: string[] = [];
  for (const f of scan.findings) {
    if (!byType[f.type]) {
      byType[f.type] = [];
      order.push(f.type);
    }
    byType[f.type].push(f);
  }
  const lines = order.map((type) => {
    const fs = byType[type];
    const places = joinList(unique(fs.map((f) => locationName(f.location, lang))), lang);
    const masked = unique(fs.map((f) => f.masked));
    const shown = masked.slice(0, maxMasked).join(", ") + (masked.length > maxMasked ? ", …" : "");
    return `${fs.length} ${typeName(type, fs.length, lang)} ${lang === "da" ? "i" : "in"} ${places} (${shown})`;
  });
  // PDF and .msg are read in the taskpane, not at Send: say how to get them checked.
  const notScanned = scan.unreadable.filter((u) => u.reason === NOT_SCANNED_HERE);
  const unread = scan.unreadable.filter((u) => u.reason !== NOT_SCANNED_HERE);
  if (notScanned.length > 0) {
    const names = joinList(unique(notScanned.map((u) => locationName(u.location, lang))), lang);
    lines.push(
      lang === "da"
        ? `${names} er ikke kontrolleret endnu (åbn panelet Sikker post, så kontrolleres den) og behandles som fortrolig`
        : `${names} has not been checked yet (open the Secure post pane to check it) and is treated as confidential`,
    );
  }
  if (unread.length > 0) {
    const names = joinList(unique(unread.map((u) => locationName(u.location, lang))), lang);
    lines.push(
      lang === "da"
        ? `${names} kunne ikke læses og behandles derfor som fortrolig`
        : `${names} could not be read and is therefore treated as confidential`,
    );
  }
  return lines;
}

export interface SendDialog {
  /** Plain text, at most 500 characters (Mailbox 1.12). */
  errorMessage: string;
  /** Markdown variant for Mailbox 1.15. */
  errorMessageMarkdown: string;
  /** At most 20 characters (Mailbox 1.14); opens the taskpane. */
  cancelLabel: string;
}

export const MAX_ERROR_MESSAGE = 500;
export const MAX_CANCEL_LABEL = 20;

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}

/** The text of the Smart Alerts dialog for a verdict that stops Send. */
export function sendDialog(verdict: SendVerdict, scan: ScanResult | null, lang: Lang): SendDialog {
  const da = lang === "da";
  let head: string;
  let detail: string[] = [];
  let tail: string;
  if (verdict.action === "block" && verdict.reason === "fault") {
    head = da
      ? "Mailen er IKKE sendt: Secure Post Guard kunne ikke kontrollere den, og den sendes ikke ukrypteret."
      : "The message was NOT sent: Secure Post Guard could not check it, and it will not go unencrypted.";
    detail = unique(verdict.faults).map((f) => faultText(f, lang));
    tail = da
      ? "Prøv Send igen. Fortsætter fejlen, så kontakt IT-support."
      : "Try Send again. If it keeps failing, contact IT support.";
  } else if (verdict.action === "block" && verdict.reason === "lapsed") {
    head = da
      ? "Mailen er IKKE sendt: markeringen til sikker post var faldet bort."
      : "The message was NOT sent: its secure-post marking had lapsed.";
    detail = verdict.changes.map((c) => changeText(c, lang));
    tail = da
      ? "Mailen er markeret igen og sendes signeret og krypteret, når du trykker Send."
      : "It has been marked again and will go signed and encrypted when you press Send.";
  } else {
    head = da
      ? "Mailen indeholder personoplysninger og er IKKE sendt endnu:"
      : "The message holds personal data and has NOT been sent yet:";
    detail = scan ? summariseFindings(scan, lang) : [];
    tail = da
      ? "Den er nu markeret til sikker post og sendes signeret og krypteret, når du trykker Send igen."
      : "It is now marked for secure post and will go signed and encrypted when you press Send again.";
  }
  const plainDetail = detail.length ? " " + detail.join("; ") + "." : "";
  // The tail must survive clipping: it tells the user what happens next.
  const room = MAX_ERROR_MESSAGE - head.length - tail.length - 2;
  const errorMessage = `${head}${clip(plainDetail, Math.max(0, room))} ${tail}`;
  const mdDetail = detail.length ? "\n\n" + detail.map((d) => `- ${d}`).join("\n") : "";
  const errorMessageMarkdown = clip(`**${head}**${mdDetail}\n\n${tail}`, MAX_ERROR_MESSAGE);
  const cancelLabel = clip(da ? "Vis detaljer" : "Show details", MAX_CANCEL_LABEL);
  return { errorMessage: clip(errorMessage, MAX_ERROR_MESSAGE), errorMessageMarkdown, cancelLabel };
}

/** "all recipients are in trusted domain kk.dk (policy)": why a message goes without secure post. */
export function trustedRecipientsText(domains: string[], types: string[], lang: Lang): string {
  const da = lang === "da";
  const where = joinList(domains, lang);
  const what = joinList(types.map((t) => typeName(t, 2, lang)), lang);
  return da
    ? `ikke som sikker post, fordi alle modtagere er i ${domains.length === 1 ? "det betroede domæne" : "de betroede domæner"} ${where} (politik), hvor ${what} må sendes uden`
    : `not secure post because all recipients are in trusted domain${domains.length === 1 ? "" : "s"} ${where} (policy), where ${what} may go without it`;
}

/** One line for the taskpane: what Send will do now. */
export function describeVerdict(verdict: SendVerdict, lang: Lang): string {
  const da = lang === "da";
  switch (verdict.action) {
    case "allow":
      if (verdict.reason === "trusted-recipients") {
        return (da ? "Send: mailen sendes – " : "Send: the message goes through – ") + trustedRecipientsText(verdict.domains, verdict.types, lang) + ".";
      }
      return verdict.reason === "armed-verified"
        ? da
          ? "Send: mailen sendes signeret og krypteret."
          : "Send: the message goes signed and encrypted."
        : da
          ? "Send: mailen sendes; den indeholder ingen personoplysninger."
          : "Send: the message goes through; it holds no personal data.";
    case "arm":
      return verdict.afterArm === "block"
        ? da
          ? "Send: stopper én gang og markerer mailen til sikker post (signeret og krypteret)."
          : "Send: stops once and marks the message for secure post (signed and encrypted)."
        : da
          ? "Send: markerer mailen til sikker post og sender den signeret og krypteret."
          : "Send: marks the message for secure post and sends it signed and encrypted.";
    case "block":
      return verdict.reason === "lapsed"
        ? da
          ? "Send: blokeret, fordi sikker post er faldet bort: " + verdict.changes.map((c) => changeText(c, lang)).join("; ") + "."
          : "Send: blocked because secure post has lapsed: " + verdict.changes.map((c) => changeText(c, lang)).join("; ") + "."
        : da
          ? "Send: blokeret, fordi " + unique(verdict.faults).map((f) => faultText(f, lang)).join("; ") + "."
          : "Send: blocked because " + unique(verdict.faults).map((f) => faultText(f, lang)).join("; ") + ".";
  }
}

/** One line for the taskpane's state card. */
export function describeState(state: StateView | null, lang: Lang, timeOf: (iso: string) => string): string {
  const da = lang === "da";
  if (state === null) return da ? "Tilstanden kunne ikke læses" : "The state could not be read";
  if (state.kind === "not-armed") return da ? "Ikke markeret til sikker post" : "Not armed for secure post";
  if (state.kind === "lapsed") return da ? "SIKKER POST ER FALDET BORT" : "SECURE POST HAS LAPSED";
  const by =
    state.by === "user" ? (da ? " af dig" : " by you") : state.by === "policy" ? (da ? " af politik" : " by policy") : "";
  const since = state.at ? (da ? ` siden ${timeOf(state.at)}` : ` since ${timeOf(state.at)}`) : "";
  return da
    ? `Sikker post: signeret + krypteret${since}${by}`
    : `Secure post armed: signed + encrypted${since}${by}`;
}

/** Outlook's limit on a notification message in the message's info bar. */
export const MAX_ITEM_NOTICE = 150;

/** The persistent informational message while secure post is armed. */
export function armedNoticeText(lang: Lang): string {
  return lang === "da" ? "Sikker post: mailen sendes signeret og krypteret." : "Secure post: this message will be signed and encrypted.";
}

/** The error message in the info bar when secure post has lapsed: what changed, and that Send is stopped. */
export function lapsedNoticeText(changes: LapseChange[], lang: Lang): string {
  const da = lang === "da";
  const head = da ? "Sikker post er faldet bort: " : "Secure post has lapsed: ";
  const tail = da ? ". Send er blokeret, til mailen er markeret igen." : ". Send is blocked until it is marked again.";
  const what = changes.length
    ? changes.map((c) => changeText(c, lang)).join("; ")
    : da
      ? "markeringen er ikke længere på mailen"
      : "the marking is no longer on the message";
  return head + clip(what, Math.max(10, MAX_ITEM_NOTICE - head.length - tail.length)) + tail;
}

/** The error message in the info bar when arming did not happen (or not in time). */
export function armFailedNoticeText(timedOut: boolean, lang: Lang): string {
  if (lang === "da") {
    return timedOut ? "Sikker post kunne ikke slås til i tide. Prøv igen." : "Sikker post kunne ikke slås til. Prøv igen.";
  }
  return timedOut ? "Secure post could not be armed in time. Try again." : "Secure post could not be armed. Try again.";
}

/** "Politik example-2026-11 (hentet 10:42)": which policy is in force and where it came from. */
export function describePolicy(
  p: { version: string; source?: PolicyInForce["source"]; at?: string },
  lang: Lang,
  timeOf: (iso: string) => string,
): string {
  const da = lang === "da";
  if (!p.source) return da ? `Politik ${p.version}` : `Policy ${p.version}`;
  const at = p.at ? timeOf(p.at) : "";
  const source =
    p.source === "fetched"
      ? da
        ? `hentet ${at}`
        : `fetched ${at}`
      : p.source === "last-good"
        ? da
          ? `senest gyldige kopi fra ${at}; politikken kunne ikke hentes nu`
          : `last good copy from ${at}; the policy could not be fetched now`
        : da
          ? "indbygget streng standard"
          : "built-in strict default";
  return da ? `Politik ${p.version} (${source})` : `Policy ${p.version} (${source})`;
}
