// Traps and negatives: mails that must NOT require secure post (requiresSecure false), full of
// numbers that look like identifiers (phone numbers, date-built invoice and order numbers, some
// passing modulus 11, timestamps next to "kl.", EAN/GLN, CVR/SE, P-numbers, journal numbers,
// long digit runs) and of sensitive words used in general (newsletters, statistics, job ads,
// course offers, "do not send your CPR number"). Bank accounts and IBANs are warn-only: a trap
// that holds one lists the type but stays requiresSecure false.
//
// Plus the unreadable-only mails: harmless text, but an attachment the add-in cannot read (a
// photo, a scanned PDF, an encrypted PDF, an encrypted zip), so they require secure post by
// default.

import {
  BOX,
  bankAccount,
  citizen,
  dateRef,
  digits,
  docx,
  ean,
  fmtPhone,
  groupDigits,
  Html,
  iban,
  journalNo,
  KONTORLAND,
  KURSUS,
  fflate,
  MailSpec,
  BYG,
  MEDI,
  ods,
  P,
  pdf,
  phone,
  pNumber,
  pptx,
  Seeds,
  sig,
  SKOLEBOG,
  two,
  xlsx,
  zip,
} from "./common";
import { makeJpegLike, makePng, markZipEncrypted, utf8 } from "./mime";

type Maker = () => MailSpec;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Content-ID of the municipality's logo in a mail. */
function cid(slug: string): string {
  return "image001.png@01DC" + two(slug.length) + "A1.5F3B2C10";
}

/** The municipality's logo as an inline image (skipped by the scanner: part of the layout). */
function logo(slug: string): { name: string; contentType: string; bytes: Uint8Array; inline: true; contentId: string } {
  return { name: "image001.png", contentType: "image/png", bytes: makePng(48, 16, slug.length, (d) => fflate.zlibSync(d)), inline: true, contentId: cid(slug) };
}

function logoTag(slug: string): string {
  return '<img width="120" height="40" src="cid:' + cid(slug) + '" alt="Holmstrup Kommune">';
}

// =============================================================================================
// Social services

const social: Maker[] = [
  () => {
    const slug = "nyhedsbrev-anbragte-boern-statistik";
    const s = new Seeds(slug);
    const h = new Html();
    const text = `${h.raw(logoTag(slug))}

NYHEDSBREV FRA BØRN OG FAMILIE · MARTS 2026

Nye tal: færre anbragte børn i Danmark

Ifølge Danmarks Statistik var der ved udgangen af 2025 ${s.int(10, 11)}.${s.int(100, 999)} anbragte børn og unge i Danmark. Antallet af anbringelser er dermed faldet for fjerde år i træk, mens andelen af forebyggende foranstaltninger fortsat stiger. Flest anbringelser sker i plejefamilie.

I Holmstrup Kommune ligger andelen af anbragte børn lidt under landsgennemsnittet. Statistikken viser også, at antallet af underretninger er steget med 6 procent, især fra skoler og dagtilbud.

Læs hele analysen på kommunens intranet.

Temadag om barnets lov
Husk temadagen den 22. april kl. 9-15 i Byrådssalen. Tilmelding senest 10. april.

Du modtager dette nyhedsbrev, fordi du er ansat i Børn og Familie. Afmeld nyhedsbrevet her.`;
    return {
      slug, dept: "social", kind: "trap",
      from: BOX.nyhedsbrev, to: [BOX.alleMedarbejdere],
      subject: "Nyhedsbrev: Færre anbragte børn – og temadag om barnets lov",
      html: h.render(text), alt: true,
      attachments: [logo(slug)],
      types: [],
      features: ["general-sensitive-words", "statistics"],
    };
  },

  () => {
    const slug = "invitation-temadag-tidlig-indsats";
    const s = new Seeds(slug);
    return {
      slug, dept: "social", kind: "trap",
      from: P.soerenMunk, to: [{ name: "Alle i Socialafdelingen", email: "social-alle@holmstrup.kommune.example" }],
      subject: "Invitation: temadag om tidlig indsats 7. maj",
      text: `Kære alle

I inviteres hermed til temadag om tidlig og forebyggende indsats torsdag den 7. maj kl. 8.30–15.00 på Holmstrup Kursuscenter, Skovbrynet 2.

Program:
kl. 8.30 Morgenmad
kl. 9.00 Velkomst v. afdelingsleder Søren Munk
kl. 9.30 Oplæg: "Hvordan opdager vi mistrivsel tidligt?" v. forsker fra VIVE
kl. 12.00 Frokost
kl. 13.00 Workshops i teams
kl. 14.30 Opsamling

Tilmelding til Lene på tlf. ${fmtPhone(phone(s), 0)} eller via kursusportalen senest 24. april.

Parkering er gratis. Husk at melde afbud, hvis du bliver forhindret.

${sig(P.soerenMunk, 0)}`,
      types: [],
      features: ["phone-numbers", "meeting-invitation", "kl-times"],
    };
  },

  () => {
    const slug = "socialvagt-telefonliste-paaske";
    const s = new Seeds(slug);
    const rows = [
      ["Skærtorsdag", "Lene Bak", fmtPhone(phone(s, "2"), 0)],
      ["Langfredag", "Mads Holm", fmtPhone(phone(s, "3"), 1)],
      ["Lørdag", "Hanne Lund", fmtPhone(phone(s, "4"), 2)],
      ["Påskedag", "Rikke Vestergaard", fmtPhone(phone(s, "5"), 3)],
      ["2. påskedag", "Søren Munk", fmtPhone(phone(s, "6"), 0)],
    ];
    return {
      slug, dept: "social", kind: "trap",
      from: P.soerenMunk, to: [BOX.alleLedere], cc: [{ name: "Politiets vagtcentral", email: "vagtcentral@politi.example" }],
      subject: "Socialvagten i påsken – telefonliste",
      text: `Hej alle

Her er bemandingen af socialvagten i påsken. Vagten kan kontaktes døgnet rundt på vagttelefonen +45 ${groupDigits(phone(s), 2)}. Kan vagthavende ikke træffes, ring til bagvagten på nedenstående numre:

${rows.map((r) => r[0].padEnd(14) + r[1].padEnd(20) + "mobil " + r[2]).join("\n")}

Husk at vagthavende skal dokumentere alle henvendelser i fagsystemet senest næste hverdag.

God påske!
Søren`,
      types: [],
      features: ["phone-numbers", "phone-groups-of-two"],
    };
  },

  () => {
    const slug = "kursustilbud-samtaleteknik";
    const s = new Seeds(slug);
    return {
      slug, dept: "social", kind: "trap",
      from: P.kursusKoord, to: [P.soerenMunk],
      subject: "Kursustilbud: Den motiverende samtale (2 dage)",
      text: `Kære Søren Munk

Tak for en god snak i telefonen. Som lovet sender jeg tilbuddet på et lukket kursus for jeres socialrådgivere:

Kursus: Den motiverende samtale – samtaleteknik i myndighedsarbejdet
Varighed: 2 dage (kl. 9.00–15.30), forplejning inkluderet
Deltagere: op til 20
Pris: 38.500 kr. ekskl. moms

Kurset afholdes hos jer eller på vores kursussted i Odense:
Nordisk Kursuscenter ApS, Havnegade 3, 5000 Odense C
CVR-nr. ${KURSUS.cvr} · P-nr. ${pNumber(s)}

Ved bestilling bedes I oplyse EAN-nummer og ordrenummer til fakturaen.

${sig(P.kursusKoord, 1)}`,
      types: [],
      features: ["course-offer", "cvr", "p-number"],
    };
  },

  () => {
    const slug = "tilskud-frivillig-forening-bankkonto";
    const s = new Seeds(slug);
    const acc = bankAccount(s);
    return {
      slug, dept: "social", kind: "trap",
      from: P.soerenMunk, to: [{ name: "Foreningen Naboskab", email: "kasserer@naboskab.example" }],
      subject: "Tilsagn om § 18-tilskud 2026",
      text: `Kære Foreningen Naboskab

Socialudvalget har på sit møde den 11. marts bevilget 45.000 kr. i § 18-tilskud til jeres besøgsvenneordning for 2026.

Tilskuddet udbetales til foreningens konto, som I har oplyst i ansøgningen:
Reg.nr. ${acc.reg}, kontonr. ${acc.account}

Vi skal have et kort regnskab og en beretning senest 1. marts 2027.

Tillykke med bevillingen!

${sig(P.soerenMunk, 2)}`,
      types: ["dk-bank-account"],
      features: ["bank-account"],
    };
  },

  () => {
    const slug = "ny-teamleder-kristensen";
    return {
      slug, dept: "social", kind: "trap",
      from: P.soerenMunk, to: [{ name: "Alle i Socialafdelingen", email: "social-alle@holmstrup.kommune.example" }],
      subject: "Velkommen til vores nye teamleder",
      text: `Kære alle

Jeg er glad for at kunne fortælle, at Karina Kristensen starter som teamleder for Voksenteamet den 1. april. Karina kommer fra en stilling som socialrådgiver i Vesterå Kommune og har mange års erfaring med myndighedsarbejde og udvikling af samarbejdet med jobcentret.

Karina glæder sig til at møde jer alle. Vi holder en lille velkomst med kaffe og kage i kantinen kl. 14 på hendes første dag.

Venlig hilsen
Søren`,
      types: [],
      features: ["surname-kristensen", "staff-news"],
    };
  },

  () => {
    const slug = "faktura-kontormoebler-mod11";
    const s = new Seeds(slug);
    const inv = dateRef(s, 16, 3, 2026, true);
    const order = dateRef(s, 2, 3, 2026, true);
    return {
      slug, dept: "social", kind: "trap",
      from: P.kontorSalg, to: [BOX.kreditor], cc: [P.soerenMunk],
      subject: "Faktura " + inv + " – hæve-sænkeborde",
      text: `Til Holmstrup Kommune, Socialafdelingen

Hermed faktura på leverancen af 12 hæve-sænkeborde og 12 kontorstole.

Fakturanr.: ${inv}
Ordrenr.: ${order}
Kundenr.: ${digits(s, 6)}
Jeres EAN: ${P.soerenMunk.org.ean}
Beløb i alt: 74.250,00 kr. inkl. moms
Forfald: netto 30 dage

Fakturaen er også sendt elektronisk via NemHandel.

${sig(P.kontorSalg, 3)}
Kontorland A/S · CVR ${KONTORLAND.cvr}`,
      types: [],
      features: ["invoice-date-number", "invoice-mod11", "ean", "cvr"],
    };
  },

  () => {
    const slug = "kvittering-henvendelse-journalnummer";
    const s = new Seeds(slug);
    return {
      slug, dept: "social", kind: "trap",
      from: BOX.boernFamilie, to: [citizen("Pernille Aaby")],
      subject: "Kvittering for din henvendelse",
      text: `Kære Pernille Aaby

Tak for dit forslag om længere åbningstid i Familiehusets legestue om lørdagen. Vi har modtaget din henvendelse og journaliseret den under j.nr. ${journalNo(s)}.

Forslaget tages op på næste personalemøde, og du hører fra os inden udgangen af maj.

Angiv venligst journalnummeret, hvis du skriver til os igen om samme sag.

Med venlig hilsen
Børn og Familie, Holmstrup Kommune`,
      types: [],
      features: ["journal-number"],
    };
  },

  () => {
    const slug = "systemlog-natkoersel";
    const s = new Seeds(slug);
    const d1 = two(s.int(1, 28)) + "0426";
    const t1 = two(s.int(0, 4)) + two(s.int(0, 59));
    const t2 = two(s.int(5, 6)) + two(s.int(0, 59));
    return {
      slug, dept: "social", kind: "trap",
      from: { name: "Fagsystem – drift", email: "noreply-fagsystem@holmstrup.kommune.example" }, to: [P.soerenMunk],
      subject: "Natlig kørsel gennemført med advarsler",
      text: `Natlig synkronisering af sager

Start:  modtaget kl. ${d1} ${t1}
Slut:   afsluttet kl. ${d1} ${t2}
Kørsels-id: ${digits(s, 12)}

Synkroniserede sager: ${s.int(1200, 1900)}
Advarsler: 3 (dokumenter over 25 MB blev ikke konverteret)
Fejl: 0

Denne besked er genereret automatisk.`,
      types: [],
      features: ["timestamps-kl", "long-digit-run"],
    };
  },

  () => {
    const slug = "dagsorden-personalemoede-docx";
    const att = docx({
      header: "Socialafdelingen – Personalemøde",
      body: [
        "Dagsorden, personalemøde tirsdag 14. april kl. 13.00–15.00, mødelokale 2",
        "1. Godkendelse af referat",
        "2. Flytning til nye lokaler på 2. sal – status og nøgleudlevering",
        "3. Ny telefonløsning (Teams-telefoni) fra 1. maj",
        "4. Sommerfest: datoforslag og tovholdere",
        "5. Eventuelt",
      ].join("\n"),
      footer: "Holmstrup Kommune",
    });
    return {
      slug, dept: "social", kind: "trap",
      from: P.soerenMunk, to: [{ name: "Alle i Socialafdelingen", email: "social-alle@holmstrup.kommune.example" }],
      subject: "Dagsorden til personalemødet",
      text: `Hej alle

Vedhæftet dagsordenen til personalemødet på tirsdag. Kom gerne med punkter til eventuelt.

${sig(P.soerenMunk, 1, { short: true })}`,
      attachments: [{ name: "Dagsorden personalemøde.docx", contentType: DOCX, bytes: att }],
      types: [],
      features: ["readable-attachment"],
    };
  },
];

// =============================================================================================
// Jobcenter

const jobcenter: Maker[] = [
  () => {
    const slug = "jobmesse-invitation-cvr";
    const s = new Seeds(slug);
    const firms = ["Holmstrup Busser A/S", "Frugtplantagen Sølyst", "Tømrerfirmaet Holt ApS", "Nordic Steel Components", "Plejecenter Egebo"];
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: P.mortenDahl, to: [{ name: "Virksomhedsnetværket", email: "netvaerk@erhverv-holmstrup.example" }],
      subject: "Invitation til Jobmesse Holmstrup 2026",
      text: `Kære virksomhed

Jobcenter Holmstrup inviterer til Jobmesse Holmstrup tirsdag den 19. maj kl. 10–15 i Holmstrup Hallen. Sidste år mødte over 600 jobsøgende op.

Følgende virksomheder har allerede booket en stand:
${firms.map((f) => "- " + f + " (CVR " + digits(s, 8) + ")").join("\n")}

Standen er gratis. Tilmelding med CVR-nr. og kontaktperson til Morten Dahl på ${fmtPhone(P.mortenDahl.direct, 1)} eller mail senest 1. maj.

${sig(P.mortenDahl, 0)}`,
      types: [],
      features: ["cvr", "meeting-invitation", "phone-numbers"],
    };
  },

  () => {
    const slug = "nyhedsbrev-ledighed-falder";
    const s = new Seeds(slug);
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: BOX.nyhedsbrev, to: [BOX.alleMedarbejdere],
      subject: "Nyhedsbrev: Ledigheden i Holmstrup er den laveste i 15 år",
      text: `NYHEDSBREV · BESKÆFTIGELSE · APRIL 2026

Ledigheden i Holmstrup Kommune faldt i februar til ${s.int(2, 3)},${s.int(1, 9)} procent. Det er den laveste ledighed i 15 år og under gennemsnittet på landsplan.

Antallet af borgere på kontanthjælp er faldet med 8 procent det seneste år, mens antallet af personer i fleksjob er steget. Statistikken viser også, at flere unge under 30 er kommet i uddannelse.

"Det er et flot resultat, som skyldes et tæt samarbejde med virksomhederne," siger formanden for beskæftigelsesudvalget.

Læs mere på intranettet. Afmeld nyhedsbrevet nederst på siden.`,
      types: [],
      features: ["general-sensitive-words", "statistics", "newsletter"],
    };
  },

  () => {
    const slug = "teams-moede-id";
    const s = new Seeds(slug);
    const meetingId = groupDigits(digits(s, 12), 3);
    const conf = digits(s, 9);
    const dial = phone(s, "3");
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: P.jonasFriis, to: [P.piaKjaer, P.camillaStorm, P.mortenDahl],
      subject: "Teammøde – ny organisering af ungeindsatsen",
      text: `Hej alle

Vi tager mødet på Teams, da flere af os arbejder hjemme på torsdag.

________________________________________________________________________________
Microsoft Teams-møde
Deltag på din computer, mobilapp eller et rumenhed
Klik her for at deltage i mødet
Møde-id: ${meetingId}
Adgangskode: ${["hX7", "p2Q", "Ka9"][s.int(0, 2)]}Lm${s.int(2, 9)}
Deltag via telefon
+45 ${groupDigits(dial, 2)},,${conf}# Denmark, Copenhagen
Telefonkonference-id: ${groupDigits(conf, 3)}#
________________________________________________________________________________

Dagsorden:
1. Erfaringer fra pilotprojektet
2. Fordeling af sager efter 1. juni
3. Evt.

/Jonas`,
      types: [],
      features: ["meeting-invitation", "long-digit-run", "phone-numbers"],
    };
  },

  () => {
    const slug = "kursusfaktura-ean";
    const s = new Seeds(slug);
    const inv = dateRef(s, 31, 3, 2026, false);
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: { name: "Nordisk Kursuscenter – bogholderi", email: "bogholderi@nordiskkursus.example" }, to: [BOX.kreditor],
      subject: "Faktura fra Nordisk Kursuscenter",
      text: `Til Jobcenter Holmstrup
EAN-nr. ${ean(s)}

Fakturanummer: ${inv}
Fakturadato: 31.03.2026
Vedr.: Kursus i jobsøgning for ledige, hold 3 (12 deltagere)

I alt: 28.800,00 kr. (momsfrit, AMU)

Betaling senest 30.04.2026 til vores konto i Danske Bank. Husk at påføre fakturanummeret.

Nordisk Kursuscenter ApS · CVR ${KURSUS.cvr}`,
      types: [],
      features: ["invoice-date-number", "ean", "cvr"],
    };
  },

  () => {
    const slug = "praktikvirksomheder-pnr-xlsx";
    const s = new Seeds(slug);
    const rows: string[][] = [["Virksomhed", "CVR-nr.", "P-nr.", "Branche", "Pladser"]];
    const firms = ["Holmstrup Busser A/S", "Brugsen Holmstrup", "Plejecenter Egebo", "Autoværkstedet Nørre", "Sølyst Frugt", "Holmstrup Golfklub"];
    for (const f of firms) rows.push([f, digits(s, 8), pNumber(s), ["Transport", "Detail", "Omsorg", "Auto", "Landbrug", "Fritid"][rows.length - 1], String(s.int(1, 4))]);
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: P.mortenDahl, to: [P.jonasFriis],
      subject: "Oversigt over praktikpladser",
      text: `Hej Jonas

Her er den opdaterede liste over virksomheder med ledige praktikpladser. Husk at bruge P-nummeret, når du opretter praktikken i fagsystemet – CVR-nummeret er ikke nok.

Morten`,
      attachments: [{ name: "Praktikpladser.xlsx", contentType: XLSX, bytes: xlsx(rows, "Virksomheder") }],
      types: [],
      features: ["p-number", "cvr", "readable-attachment"],
    };
  },

  () => {
    const slug = "ordrebekraeftelse-kundenummer";
    const s = new Seeds(slug);
    const order = dateRef(s, 9, 2, 2026, true);
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: { name: "Kontorland A/S – ordre", email: "ordre@kontorland.example" }, to: [P.camillaStorm],
      subject: "Ordrebekræftelse " + order,
      text: `Tak for din ordre!

Ordrenr.: ${order}
Kundenr.: ${digits(s, 10)}
Leveringsadresse: Jobcenter Holmstrup, Rådhustorvet 2, 7190 Holmstrup

2 x Printerpapir A4, 5 kasser
1 x Whiteboard-tuscher, sæt
4 x Headset, trådløst

Forventet levering: 3 hverdage. Spørgsmål til ordren: ring ${fmtPhone(KONTORLAND.mainPhone, 1)}.

Kontorland A/S · CVR ${KONTORLAND.cvr}`,
      types: [],
      features: ["order-date-number", "customer-number", "invoice-mod11"],
    };
  },

  () => {
    const slug = "generel-info-jobsoegende";
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: BOX.jobcenter, to: [{ name: "Jobsøgende (BCC)", email: "undisclosed-recipients@holmstrup.kommune.example" }],
      subject: "Vigtigt: Nye regler for booking af samtaler",
      text: `Kære jobsøgende

Fra 1. maj skal alle samtaler med jobcentret bookes via Jobnet. Du finder dine samtaler under "Min side".

Hvis du er syg på dagen for din samtale, skal du ringe til os inden kl. 9. Hvis du er sygemeldt i længere tid, skal du sende en sygemelding via Jobnet.

Send ikke lægepapirer eller andre personlige oplysninger som svar på denne mail. Brug Digital Post.

Med venlig hilsen
Jobcenter Holmstrup`,
      types: [],
      features: ["conditional-sensitive-words", "do-not-send"],
    };
  },

  () => {
    const slug = "pakkelevering-sporingsnummer";
    const s = new Seeds(slug);
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: { name: "PakkeXpress", email: "no-reply@pakkexpress.example" }, to: [P.camillaStorm],
      subject: "Din pakke er på vej",
      text: `Hej Camilla Storm

Din pakke fra Kontorland A/S er på vej og leveres i morgen mellem kl. 8 og 16.

Sporingsnummer: ${digits(s, 18, true)}
Kolli-ID (SSCC): 00${digits(s, 18, true)}

Følg din pakke på pakkexpress.example/spor

Venlig hilsen
PakkeXpress`,
      types: [],
      features: ["long-digit-run"],
    };
  },

  () => {
    const slug = "udbetalingskoersel-tidsstempel";
    const s = new Seeds(slug);
    const d = two(s.int(20, 28)) + "0326";
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: { name: "KY-drift", email: "drift-ydelser@holmstrup.kommune.example" }, to: [P.camillaStorm],
      subject: "Udbetalingskørsel marts gennemført",
      text: `Udbetalingskørslen for marts er gennemført.

Påbegyndt kl. ${d} ${two(s.int(0, 2))}${two(s.int(10, 59))}
Gennemført kl. ${d} ${two(s.int(3, 4))}${two(s.int(10, 59))}
Antal udbetalinger: ${s.int(800, 1400)}
Afviste: 0

Næste kørsel: 28.04.2026 kl. 02.00.`,
      types: [],
      features: ["timestamps-kl"],
    };
  },

  () => {
    const slug = "eu-projekt-partner-iban";
    const s = new Seeds(slug);
    return {
      slug, dept: "jobcenter", kind: "trap",
      from: { name: "Projektkontoret, Flensburg", email: "projekt@wfg-flensburg.example" }, to: [P.mortenDahl],
      subject: "Interreg-projekt: anmodning om medfinansiering Q1",
      text: `Dear Morten,

Please find our request for the Danish co-financing for Q1 of the Interreg project "Grænseløs Jobmobilitet". According to the partner agreement, the amount is EUR 12,400.

Please transfer to the project account:
IBAN: ${iban(s, "DE")}
Reference: Interreg JobMob Q1

Mit freundlichen Grüßen / Venlig hilsen
Anke Petersen
Projektkoordinatorin`,
      types: ["iban"],
      features: ["iban"],
    };
  },
];

// =============================================================================================
// Schools

const school: Maker[] = [
  () => {
    const slug = "foraeldrebrev-lus-og-influenza";
    return {
      slug, dept: "school", kind: "trap",
      from: P.andersKrogh, to: [BOX.engvejForaeldre],
      subject: "Lus og influenza – kære forældre",
      text: `Kære forældre

Vi har i denne uge haft lus i flere klasser på mellemtrinnet. Vi beder jer tjekke jeres børns hår og behandle, hvis I finder lus. Der er ingen grund til at holde børnene hjemme.

Samtidig er influenzasæsonen over os, og mange elever og lærere er syge. Vi minder om, at syge børn skal blive hjemme, til de er feberfri, og at I skal melde sygdom i Aula inden kl. 8.

Tak for hjælpen – og god weekend.

Med venlig hilsen
Anders Krogh
Skoleleder`,
      types: [],
      features: ["general-sensitive-words", "newsletter"],
    };
  },

  () => {
    const slug = "skole-hjem-samtaler";
    const s = new Seeds(slug);
    return {
      slug, dept: "school", kind: "trap",
      from: P.birgitteHald, to: [{ name: "Forældre i 5.B", email: "foraeldre-5b@holmstrup.kommune.example" }],
      subject: "Skole-hjem-samtaler i uge 11",
      text: `Kære forældre i 5.B

Så er det tid til skole-hjem-samtaler. Samtalerne ligger tirsdag og torsdag i uge 11 mellem kl. 14.00 og 18.30, og hver samtale varer 15 minutter.

Book en tid i Aula under "Samtaler" senest fredag. Kan I ikke finde en tid, der passer, så ring til mig på ${fmtPhone(phone(s, "2"), 0)} (bedst mellem kl. 15 og 16).

Vi glæder os til at se jer.

Venlig hilsen
Birgitte Hald
Klasselærer, 5.B`,
      types: [],
      features: ["meeting-invitation", "phone-numbers", "kl-times"],
    };
  },

  () => {
    const slug = "kursus-adhd-autisme-i-klassen";
    return {
      slug, dept: "school", kind: "trap",
      from: P.kursusKoord, to: [P.andersKrogh],
      subject: "Kursus: Elever med ADHD og autisme i almenklassen",
      text: `Kære skoleleder

Mange lærere oplever, at elever med ADHD, autisme eller angst har svært ved at finde ro i almenklassen. På vores kursus "Inklusion i praksis" får lærere og pædagoger konkrete redskaber til struktur, visualisering og samarbejde med forældre.

Kurset består af 3 dage i efteråret og afsluttes med et certifikat. Pris pr. deltager: 6.900 kr.

Tilmelding på nordiskkursus.example/inklusion. Ved 5 tilmeldte fra samme skole giver vi 10 % rabat.

${sig(P.kursusKoord, 2)}`,
      types: [],
      features: ["course-offer", "general-sensitive-words"],
    };
  },

  () => {
    const slug = "skoleboeger-ordre-mod11";
    const s = new Seeds(slug);
    const order = dateRef(s, 4, 6, 2026, true);
    return {
      slug, dept: "school", kind: "trap",
      from: P.skolebogSalg, to: [P.thomasLykke],
      subject: "Ordrebekræftelse – skolebøger til skoleåret 2026/27",
      text: `Kære Thomas Lykke

Tak for jeres bestilling. Vi bekræfter hermed følgende:

Ordre ${order}
Kundenr. ${digits(s, 7)}
EAN (faktura): ${P.thomasLykke.org.ean}

60 stk. Matematikbogen 5 – elevbog, varenr. ${ean(s)}
60 stk. Dansk i brug 5 – arbejdshæfte, varenr. ${ean(s)}
4 stk. Lærervejledning, varenr. ${ean(s)}

Levering uge 31. Faktura fremsendes via NemHandel ved levering.

${sig(P.skolebogSalg, 1)}`,
      types: [],
      features: ["order-date-number", "invoice-mod11", "ean"],
    };
  },

  () => {
    const slug = "lejrskole-praktisk-information";
    const s = new Seeds(slug);
    return {
      slug, dept: "school", kind: "trap",
      from: P.birgitteHald, to: [{ name: "Forældre i 5.B", email: "foraeldre-5b@holmstrup.kommune.example" }],
      subject: "Lejrskole på Bornholm – praktisk info",
      text: `Kære forældre

Her kommer den praktiske information om lejrskolen i uge 38:

Afgang mandag kl. 07.15 fra skolens parkeringsplads (mød kl. 07.00)
Hjemkomst fredag ca. kl. 16.30
Bus: Holmstrup Busser, chaufførens mobil ${fmtPhone(phone(s, "4"), 0)}
Lejrens telefon: +45 ${phone(s, "5")}

Husk: sovepose, regntøj, madpakke til første dag og det gule sundhedskort. Elever, der ikke er danske statsborgere, skal have gyldigt pas med.

Medicin afleveres i en mærket pose til en lærer ved afgang.

Hilsen Birgitte og Thomas`,
      types: [],
      features: ["phone-numbers", "kl-times"],
    };
  },

  () => {
    const slug = "kantine-faktura-mod11";
    const s = new Seeds(slug);
    const inv = dateRef(s, 28, 2, 2026, true);
    return {
      slug, dept: "school", kind: "trap",
      from: { name: "Kantinehuset ApS", email: "faktura@kantinehuset.example" }, to: [BOX.kreditor], cc: [P.thomasLykke],
      subject: "Faktura " + inv + " – skolemad februar",
      text: `Faktura ${inv}

Kunde: Holmstrup Centralskole
Periode: februar 2026
Leveret: 19 dage à 212 portioner, levering kl. 10.45

Beløb: 84.588,00 kr. inkl. moms
Betalingsbetingelser: 14 dage netto

Kantinehuset ApS · Tlf. ${fmtPhone(phone(s), 0)} · CVR ${digits(s, 8)}`,
      types: [],
      features: ["invoice-date-number", "invoice-mod11", "cvr", "phone-numbers"],
    };
  },

  () => {
    const slug = "trivselsmaaling-resultater";
    const s = new Seeds(slug);
    return {
      slug, dept: "school", kind: "trap",
      from: P.andersKrogh, to: [BOX.engvejForaeldre],
      subject: "Resultater af den nationale trivselsmåling",
      text: `Kære forældre

Resultaterne af årets nationale trivselsmåling er nu klar. ${s.int(86, 92)} procent af eleverne svarer, at de er glade for at gå i skole, og andelen af elever, der oplever mobning, er faldet fra 7 til 5 procent.

Statistikken viser dog også, at flere elever i udskolingen føler sig pressede og har ondt i maven før prøver. Det arbejder vi videre med i skolebestyrelsen.

Hele rapporten kan læses på skolens hjemmeside.

Venlig hilsen
Anders Krogh, skoleleder`,
      types: [],
      features: ["statistics", "general-sensitive-words"],
    };
  },

  () => {
    const slug = "ny-laerer-kristensen";
    return {
      slug, dept: "school", kind: "trap",
      from: P.andersKrogh, to: [{ name: "Forældre i 3.A", email: "foraeldre-3a@holmstrup.kommune.example" }],
      subject: "Ny klasselærer i 3.A",
      text: `Kære forældre i 3.A

Jeg kan med glæde fortælle, at Jakob Kristensen bliver ny klasselærer i 3.A fra 1. august. Jakob har undervist på Holmstrup Centralskole i seks år og har dansk og idræt som linjefag.

Jakob vil gerne hilse på jer til et forældremøde i uge 34 – indkaldelse følger.

Med venlig hilsen
Anders Krogh`,
      types: [],
      features: ["surname-kristensen", "staff-news"],
    };
  },

  () => {
    const slug = "licensnoegler-programmer";
    const s = new Seeds(slug);
    const key = () => [digits(s, 5, true), digits(s, 5, true), digits(s, 5, true), digits(s, 5, true)].join("-");
    return {
      slug, dept: "school", kind: "trap",
      from: { name: "IT-support, skoler", email: "skole-it@holmstrup.kommune.example" }, to: [P.thomasLykke],
      subject: "Licensnøgler til GeoGebra-klassesæt",
      text: `Hej Thomas

Her er licensnøglerne til de nye klassesæt. De skal aktiveres på hver computer inden 1. september.

Klassesæt 1: ${key()}
Klassesæt 2: ${key()}
Klassesæt 3: ${key()}

Licensen gælder for skoleåret 2026/27, ordre-id ${digits(s, 10)}.

Vh. Skole-IT`,
      types: [],
      features: ["long-digit-run", "order-number"],
    };
  },

  () => {
    const slug = "skema-ods";
    const rows = [
      ["Tid", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"],
      ["08.00-08.45", "Dansk", "Matematik", "Engelsk", "Dansk", "Idræt"],
      ["08.45-09.30", "Dansk", "Matematik", "Natur/teknologi", "Dansk", "Idræt"],
      ["10.00-10.45", "Historie", "Musik", "Matematik", "Tysk", "Kristendomskundskab"],
      ["10.45-11.30", "Billedkunst", "Musik", "Matematik", "Engelsk", "Klassens tid"],
    ];
    return {
      slug, dept: "school", kind: "trap",
      from: P.thomasLykke, to: [{ name: "Lærere 5. årgang", email: "5aargang@holmstrup.kommune.example" }],
      subject: "Skema for 5. årgang efter vinterferien",
      text: `Hej alle

Vedhæftet det nye skema for 5. årgang, der gælder fra uge 9. Rettelser sendes til mig senest fredag.

Thomas`,
      attachments: [{ name: "Skema 5. årgang.ods", contentType: "application/vnd.oasis.opendocument.spreadsheet", bytes: ods(rows, "Skema") }],
      types: [],
      features: ["readable-attachment"],
    };
  },
];

// =============================================================================================
// HR

const hr: Maker[] = [
  () => {
    const slug = "influenzavaccination-alle-medarbejdere";
    const h = new Html();
    const text = `Kære alle medarbejdere

Holmstrup Kommune tilbyder igen i år gratis influenzavaccination til alle ansatte. Vaccinationen foregår i kantinen på Rådhuset:

Tirsdag den 6. oktober kl. 8–12
Torsdag den 8. oktober kl. 12–16

Du skal ikke tilmelde dig – mød blot op. Husk dit sundhedskort. Er du gravid, eller har du en kronisk sygdom, anbefaler Sundhedsstyrelsen, at du også bliver vaccineret af egen læge, hvis du ikke kan komme på dagene.

Vi håber, at mange vil tage imod tilbuddet, så vi undgår at blive syge i vintermånederne.

Med venlig hilsen
HR og Løn

${h.raw(logoTag(slug))}`;
    return {
      slug, dept: "hr", kind: "trap",
      from: BOX.hr, to: [BOX.alleMedarbejdere],
      subject: "Gratis influenzavaccination til alle medarbejdere",
      html: h.render(text), alt: true,
      attachments: [logo(slug)],
      types: [],
      features: ["general-health-news", "kl-times"],
    };
  },

  () => {
    const slug = "juridisk-nyhedsbrev-domstol";
    return {
      slug, dept: "hr", kind: "trap",
      from: { name: "KL Juridisk Nyhedsbrev", email: "nyhedsbrev@kl-jura.example" }, to: [P.nielsBrandt],
      subject: "Juridisk nyhedsbrev: Ny dom om ferieloven",
      text: `JURIDISK NYHEDSBREV · UGE 17

Højesteret har afsagt dom om ferie under sygdom
Højesteret har i en principiel sag fastslået, at en arbejdsgiver ikke kan kræve, at ferie afvikles i opsigelsesperioden, hvis medarbejderen er fritstillet under 3 måneder. Dommen har betydning for alle offentlige arbejdsgivere. Domstolen lagde vægt på ferielovens § 15.

Arbejdsretten: Overenskomstbrud ved ensidig ændring af arbejdstid
I en sag anlagt af en fagforening mod en region fandt Arbejdsretten, at ændring af arbejdstiden uden forhandling var et brud på overenskomsten.

Kurser
Husk vores webinar om den nye whistleblowerordning den 12. maj.

Du modtager nyhedsbrevet som abonnent. Afmeld her.`,
      types: [],
      features: ["legal-newsletter", "general-sensitive-words"],
    };
  },

  () => {
    const slug = "loenudbetaling-datoer";
    return {
      slug, dept: "hr", kind: "trap",
      from: BOX.loen, to: [BOX.alleMedarbejdere],
      subject: "Lønudbetaling i december og januar",
      text: `Kære alle

Lønnen for december udbetales til din NemKonto fredag den 18. december, og lønnen for januar udbetales torsdag den 29. januar.

Lønsedlen kan ses i e-Boks fra dagen før. Har du spørgsmål til din løn, er du velkommen til at kontakte Lønkontoret på hverdage kl. 9–12.

Hvis du har været syg i perioden, skal din leder have registreret fraværet i tidsregistreringen inden den 10. december, ellers kommer det først med på januarlønnen.

God jul!
Lønkontoret`,
      types: [],
      features: ["conditional-sensitive-words"],
    };
  },

  () => {
    const slug = "foerstehjaelpskursus-tilbud";
    const s = new Seeds(slug);
    return {
      slug, dept: "hr", kind: "trap",
      from: { name: "Førstehjælpsskolen", email: "booking@foerstehjaelpsskolen.example" }, to: [P.nielsBrandt],
      subject: "Tilbud på førstehjælpskursus for 48 medarbejdere",
      text: `Kære Niels Brandt

Tak for din forespørgsel. Vi tilbyder 4 hold á 12 deltagere i 12-timers førstehjælp (Dansk Førstehjælpsråds standard), inkl. hjertestarter og kursusbevis.

Pris: 1.150 kr. pr. deltager ekskl. moms, i alt 55.200 kr.
Kurset kan afholdes på jeres adresse i dagtimerne kl. 8.00–14.00.

Ved bekræftelse skal vi bruge jeres EAN-nummer. Vores CVR-nr. er ${digits(s, 8)}, og vi kan kontaktes på tlf. ${fmtPhone(phone(s), 1)}.

Med venlig hilsen
Førstehjælpsskolen`,
      types: [],
      features: ["course-offer", "cvr", "phone-numbers"],
    };
  },

  () => {
    const slug = "med-udvalg-moedeindkaldelse";
    return {
      slug, dept: "hr", kind: "trap",
      from: P.nielsBrandt, to: [{ name: "Hoved-MED", email: "hovedmed@holmstrup.kommune.example" }],
      subject: "Indkaldelse til møde i Hoved-MED 23. april",
      text: `Kære medlemmer af Hoved-MED

Hermed indkaldelse til ordinært møde torsdag den 23. april kl. 13.00–15.30 i Byrådssalen.

Dagsorden:
1. Godkendelse af dagsorden og referat
2. Budget 2027 – høring af tillidsrepræsentanterne og arbejdsmiljørepræsentanterne
3. Sygefraværsstatistik for 1. kvartal (på kommuneniveau)
4. Retningslinjer for hjemmearbejde
5. Eventuelt

Bilag ligger på MED-portalen. Afbud til HR senest tirsdag.

Venlig hilsen
Niels Brandt, HR-chef og sekretær for Hoved-MED`,
      types: [],
      features: ["meeting-invitation", "general-sensitive-words"],
    };
  },

  () => {
    const slug = "tilbagebetaling-forskud-kommunens-konto";
    const s = new Seeds(slug);
    const acc = bankAccount(s);
    return {
      slug, dept: "hr", kind: "trap",
      from: P.signeWinther, to: [{ name: "Anders Vang", email: "anders.vang@holmstrup.kommune.example" }],
      subject: "Tilbagebetaling af rejseforskud",
      text: `Hej Anders

Dit rejseforskud på 2.500 kr. til konferencen er ikke brugt, så det skal betales tilbage. Du kan enten få det modregnet i lønnen for maj eller indbetale beløbet til kommunens konto:

Reg.nr. ${acc.reg} kontonr. ${acc.account}
Tekst: "Forskud AV"

Giv mig besked om, hvad du foretrækker.

${sig(P.signeWinther, 3)}`,
      types: ["dk-bank-account"],
      features: ["bank-account"],
    };
  },

  () => {
    const slug = "tidsregistrering-eksport";
    const s = new Seeds(slug);
    const d = "3103" + "26";
    return {
      slug, dept: "hr", kind: "trap",
      from: { name: "Tidsregistrering", email: "noreply-tid@holmstrup.kommune.example" }, to: [P.signeWinther],
      subject: "Eksport til løn gennemført",
      text: `Eksport af tidsregistreringer til lønsystemet

Periode: 01.03.2026–31.03.2026
Eksport startet kl. ${d} ${two(s.int(20, 23))}${two(s.int(10, 59))}
Eksport afsluttet kl. ${d} 2359
Linjer: ${s.int(4000, 9000)}
Job-nr.: ${digits(s, 11)}

Ingen fejl.`,
      types: [],
      features: ["timestamps-kl", "long-digit-run"],
    };
  },

  () => {
    const slug = "apv-arbejdssteder-pnummer";
    const s = new Seeds(slug);
    const places = ["Rådhuset", "Materielgården", "Plejecenter Egebo", "Engvejens Skole", "Jobcenter Holmstrup"];
    return {
      slug, dept: "hr", kind: "trap",
      from: { name: "Arbejdsmiljø", email: "arbejdsmiljoe@holmstrup.kommune.example" }, to: [P.nielsBrandt],
      subject: "APV 2026 – P-numre til Arbejdstilsynet",
      text: `Hej Niels

Arbejdstilsynet har bedt om P-numrene på de arbejdssteder, der indgår i tilsynet. Her er de:

${places.map((p) => p + ": P-nr. " + pNumber(s)).join("\n")}

Kommunens CVR-nr. er ${P.nielsBrandt.org.cvr}.

Hilsen Arbejdsmiljø`,
      types: [],
      features: ["p-number", "cvr"],
    };
  },

  () => {
    const slug = "jubilaeer-kristensen-soerensen";
    return {
      slug, dept: "hr", kind: "trap",
      from: BOX.hr, to: [BOX.alleLedere],
      subject: "Jubilæer i 2. kvartal",
      text: `Kære ledere

Følgende medarbejdere har jubilæum i 2. kvartal:

25 år: Hanne Kristensen, Hjemmeplejen Syd (1. april)
25 år: Poul Sørensen, Materielgården (15. maj)
40 år: Bodil Kristensen, Borgerservice (1. juni)

Husk at bestille gave og blomster via HR senest en måned før. Der er afsat 1.200 kr. pr. jubilar.

Venlig hilsen
HR og Løn`,
      types: [],
      features: ["surname-kristensen", "staff-news"],
    };
  },

  () => {
    const slug = "loenstatistik-xlsx";
    const rows = [
      ["Personalegruppe", "Antal", "Gns. løn (kr.)", "Median (kr.)"],
      ["Social- og sundhedshjælpere", "212", "31450", "31200"],
      ["Pædagoger", "184", "37900", "37650"],
      ["Lærere", "161", "43100", "42800"],
      ["Administrative medarbejdere", "140", "36200", "35900"],
    ];
    return {
      slug, dept: "hr", kind: "trap",
      from: P.nielsBrandt, to: [{ name: "Økonomiudvalget – sekretariat", email: "oeu@holmstrup.kommune.example" }],
      subject: "Lønstatistik til budgetseminaret",
      text: `Hej

Vedhæftet lønstatistik pr. personalegruppe (gennemsnit pr. 1. marts). Tallene er på gruppeniveau og indeholder ingen personoplysninger.

Niels`,
      attachments: [{ name: "Lønstatistik 2026.xlsx", contentType: XLSX, bytes: xlsx(rows, "Statistik") }],
      types: [],
      features: ["statistics", "readable-attachment"],
    };
  },
];

// =============================================================================================
// Health and care

const health: Maker[] = [
  () => {
    const slug = "stillingsopslag-sundhedsplejerske";
    const s = new Seeds(slug);
    return {
      slug, dept: "health-care", kind: "trap",
      from: { name: "Rekruttering", email: "job@holmstrup.kommune.example" }, to: [BOX.alleMedarbejdere],
      subject: "Stillingsopslag: Sundhedsplejerske til Sundhedsplejen",
      text: `Vi søger en sundhedsplejerske til 37 timer om ugen

Sundhedsplejen i Holmstrup Kommune søger en engageret sundhedsplejerske til hjemmebesøg hos familier med spædbørn og til skolesundhedsplejen. Du skal være uddannet sygeplejerske med videreuddannelse som sundhedsplejerske.

Vi tilbyder et godt arbejdsmiljø, fleksible arbejdstider og supervision.

Ansøgningsfrist: 15. maj kl. 12.00. Samtaler afholdes i uge 21.
Yderligere oplysninger: ledende sundhedsplejerske, tlf. ${fmtPhone(phone(s), 0)}.

Del gerne opslaget med relevante kolleger.`,
      types: [],
      features: ["job-ad"],
    };
  },

  () => {
    const slug = "covid-booster-borgere-over-65";
    return {
      slug, dept: "health-care", kind: "trap",
      from: BOX.nyhedsbrev, to: [{ name: "Seniornyt (abonnenter)", email: "seniornyt@holmstrup.kommune.example" }],
      subject: "Seniornyt: Vaccination mod covid-19 og influenza",
      text: `SENIORNYT – OKTOBER

Alle borgere over 65 år tilbydes i år gratis vaccination mod covid-19 og influenza. Du kan blive vaccineret hos din egen læge, på apoteket eller i kommunens vaccinationscenter i Holmstrup Hallen.

Har du en kronisk sygdom, eller bor du på plejehjem, bliver du kontaktet direkte.

Book tid på vacciner.dk. Har du brug for hjælp til booking, kan du ringe til Borgerservice.

Du modtager Seniornyt, fordi du har tilmeldt dig. Afmeld nyhedsbrevet her.`,
      types: [],
      features: ["general-health-news", "newsletter"],
    };
  },

  () => {
    const slug = "hjaelpemidler-ordre-koerestole";
    const s = new Seeds(slug);
    const order = dateRef(s, 12, 1, 2026, true);
    return {
      slug, dept: "health-care", kind: "trap",
      from: P.mediSalg, to: [{ name: "Hjælpemiddeldepotet", email: "hjaelpemidler@holmstrup.kommune.example" }],
      subject: "Ordrebekræftelse " + order,
      text: `Kære Hjælpemiddeldepotet

Tak for jeres ordre på rammeaftalen. Vi bekræfter levering af:

10 stk. manuel kørestol, let, str. 42 – varenr. ${ean(s)}
6 stk. rollator, indendørs – varenr. ${ean(s)}
20 stk. badetaburet – varenr. ${ean(s)}

Ordrenr. ${order} · Kundenr. ${digits(s, 8)}
Levering: uge 4, kl. 7–15, rampe ved bygning B

${sig(P.mediSalg, 4)}
MediSupply Danmark A/S · CVR ${MEDI.cvr}`,
      types: [],
      features: ["order-date-number", "invoice-mod11", "ean", "general-sensitive-words"],
    };
  },

  () => {
    const slug = "temadag-demens-invitation";
    return {
      slug, dept: "health-care", kind: "trap",
      from: { name: "Demenskonsulent", email: "demenskonsulent@holmstrup.kommune.example" }, to: [{ name: "Plejepersonale", email: "pleje-alle@holmstrup.kommune.example" }],
      subject: "Invitation: temadag om demens og pårørendesamarbejde",
      text: `Kære plejepersonale

Vi inviterer til temadag om demens onsdag den 16. september kl. 9–15 på Plejecenter Egebo.

Program:
- Hvad sker der i hjernen ved Alzheimers sygdom og andre demenssygdomme?
- Kommunikation med borgere med demens
- Samarbejdet med pårørende – oplæg fra Alzheimerforeningen

Tilmelding via kursusportalen senest 1. september. Der er plads til 60 deltagere.

Venlig hilsen
Lise, demenskonsulent`,
      types: [],
      features: ["meeting-invitation", "general-sensitive-words"],
    };
  },

  () => {
    const slug = "vagttelefoner-nattevagt";
    const s = new Seeds(slug);
    return {
      slug, dept: "health-care", kind: "trap",
      from: P.trineSkov, to: [{ name: "Nattevagter", email: "nattevagt@holmstrup.kommune.example" }],
      subject: "Nye vagttelefoner fra 1. marts",
      text: `Hej alle nattevagter

Vi får nye vagttelefoner fra 1. marts. Numrene er:

Nattevagt Nord: ${fmtPhone(phone(s, "2"), 0)}
Nattevagt Syd: ${fmtPhone(phone(s, "2"), 0)}
Sygeplejerske i nattevagt: ${fmtPhone(phone(s, "2"), 1)}
Teknisk vagt (alarmer): +45 ${phone(s, "7")}

Husk at viderestille den gamle telefon inden kl. 23.00 den 28. februar.

Trine`,
      types: [],
      features: ["phone-numbers", "phone-groups-of-two"],
    };
  },

  () => {
    const slug = "faktura-medicinsk-udstyr-gln";
    const s = new Seeds(slug);
    const inv = dateRef(s, 5, 5, 2026, false);
    return {
      slug, dept: "health-care", kind: "trap",
      from: { name: "MediSupply – debitor", email: "debitor@medisupply.example" }, to: [BOX.kreditor],
      subject: "Faktura " + inv,
      text: `FAKTURA ${inv}

Leveringssted GLN: ${ean(s)}
Fakturamodtager EAN: ${P.trineSkov.org.ean}
Ordre: ${dateRef(s, 22, 4, 2026, true)}

Engangshandsker nitril, str. M, 200 ks.
Forbindingsmateriale, sortiment
Blodtryksmålere, 6 stk.

I alt 41.870,00 kr. inkl. moms. Betaling 30 dage netto.

MediSupply Danmark A/S · CVR ${MEDI.cvr}`,
      types: [],
      features: ["invoice-date-number", "ean", "gln"],
    };
  },

  () => {
    const slug = "region-nyhedsbrev-indlaeggelser";
    const s = new Seeds(slug);
    return {
      slug, dept: "health-care", kind: "trap",
      from: { name: "Regionshospitalet Sønderå – nyheder", email: "nyheder@sonderaa.region.example" }, to: [BOX.visitation],
      subject: "Nyhedsbrev til kommunerne: færre genindlæggelser",
      text: `NYHEDSBREV TIL KOMMUNALE SAMARBEJDSPARTNERE

Antallet af akutte genindlæggelser af ældre medicinske patienter faldt i 2025 med ${s.int(8, 14)} procent. Statistikken viser, at det især skyldes de nye opfølgende hjemmebesøg efter udskrivelse, som kommunerne og hospitalet har udviklet sammen.

Gennemsnitlig indlæggelsestid på medicinsk afdeling er nu 3,9 dage.

Næste samarbejdsmøde holdes den 4. juni. Tilmelding på regionens hjemmeside.`,
      types: [],
      features: ["statistics", "newsletter", "general-sensitive-words"],
    };
  },

  () => {
    const slug = "vagtplan-uge-14-docx";
    const att = docx({
      body: [
        "Vagtplan uge 14 – Hjemmeplejen Nord",
        "Mandag: Dag: Maja, Louise, Ali · Aften: Søren, Emma",
        "Tirsdag: Dag: Maja, Louise, Signe · Aften: Søren, Freja",
        "Onsdag: Dag: Ali, Signe, Karen · Aften: Emma, Freja",
        "Torsdag: Dag: Maja, Karen, Ali · Aften: Søren, Emma",
        "Fredag: Dag: Louise, Signe, Karen · Aften: Freja, Søren",
        "Mødetider: dag kl. 07.00–15.00, aften kl. 15.00–23.00",
      ].join("\n"),
    });
    return {
      slug, dept: "health-care", kind: "trap",
      from: P.majaOver, to: [{ name: "Hjemmeplejen Nord", email: "hjemmepleje.nord@holmstrup.kommune.example" }],
      subject: "Vagtplan uge 14",
      text: `Hej alle

Vagtplanen for uge 14 er vedhæftet. Byt vagter med hinanden som sædvanligt og giv mig besked.

Maja`,
      attachments: [{ name: "Vagtplan uge 14.docx", contentType: DOCX, bytes: att }],
      types: [],
      features: ["kl-times", "readable-attachment"],
    };
  },

  () => {
    const slug = "tilsynsrapport-journalnummer";
    const s = new Seeds(slug);
    return {
      slug, dept: "health-care", kind: "trap",
      from: { name: "Styrelsen for Patientsikkerhed", email: "tilsyn@stps.example" }, to: [P.trineSkov],
      subject: "Tilsynsrapport – Plejecenter Egebo",
      text: `Til ledelsen, Plejecenter Egebo

Styrelsen for Patientsikkerhed har den 3. marts gennemført et planlagt tilsyn på Plejecenter Egebo. Tilsynet vurderer, at der samlet set er mindre problemer af betydning for patientsikkerheden. Der er givet to henstillinger om medicinhåndtering og dokumentation.

Rapporten offentliggøres på styrelsens hjemmeside.

Sagsnr.: ${journalNo(s)}
J.nr.: ${journalNo(s, 2025)}

Med venlig hilsen
Styrelsen for Patientsikkerhed, Tilsyn og Rådgivning Vest`,
      types: [],
      features: ["journal-number"],
    };
  },

  () => {
    const slug = "forflytningskursus-program-pdf";
    const att = pdf([
      "Kursus i forflytning og ergonomi",
      "For social- og sundhedspersonale",
      "",
      "Dag 1 kl. 8.30-15.00: Teori om ergonomi, belastning og hjælpemidler",
      "Dag 2 kl. 8.30-15.00: Praktiske øvelser med lift, glidestykker og kørestol",
      "",
      "Underviser: fysioterapeut fra Genoptræningen",
      "Sted: Plejecenter Egebo, undervisningslokalet",
    ]);
    return {
      slug, dept: "health-care", kind: "trap",
      from: P.ahmedRahimi, to: [{ name: "Plejepersonale", email: "pleje-alle@holmstrup.kommune.example" }],
      subject: "Program: forflytningskursus i maj",
      text: `Hej alle

Vedhæftet programmet for forflytningskurset i maj. Der er stadig ledige pladser – tilmeld jer via kursusportalen.

Ahmed`,
      attachments: [{ name: "Program forflytning.pdf", contentType: "application/pdf", bytes: att, features: ["pdf-text-layer"] }],
      types: [],
      features: ["course-offer", "readable-attachment"],
    };
  },
];

// =============================================================================================
// Finance

const finance: Maker[] = [
  () => {
    const slug = "faktura-iban-pdf";
    const s = new Seeds(slug);
    const inv = dateRef(s, 10, 3, 2026, true);
    const ib = iban(s, "DK");
    const att = pdf([
      "Kontorland A/S - FAKTURA",
      `Fakturanr. ${inv}   Fakturadato 10.03.2026`,
      `Kunde: Holmstrup Kommune, EAN ${P.gitteNoer.org.ean}`,
      "Kontorartikler jf. ordre, i alt 12.436,25 kr. inkl. moms",
      `Betaling til IBAN ${ib}`,
      `CVR ${KONTORLAND.cvr}`,
    ]);
    return {
      slug, dept: "finance", kind: "trap",
      from: { name: "Kontorland A/S – debitor", email: "debitor@kontorland.example" }, to: [BOX.kreditor],
      subject: "Faktura " + inv + " fra Kontorland A/S",
      text: `Kære kunde

Vedhæftet faktura ${inv}. Beløbet bedes indbetalt senest 09.04.2026 til

IBAN: ${ib}

Husk at påføre fakturanummeret som reference.

Med venlig hilsen
Kontorland A/S, Debitorafdelingen
CVR ${KONTORLAND.cvr}`,
      attachments: [{ name: "Faktura " + inv + ".pdf", contentType: "application/pdf", bytes: att, features: ["pdf-text-layer"] }],
      types: ["iban"],
      features: ["iban", "invoice-date-number", "invoice-mod11", "ean", "cvr", "readable-attachment"],
    };
  },

  () => {
    const slug = "faktura-bankkonto-regnr";
    const s = new Seeds(slug);
    const acc = bankAccount(s);
    const inv = dateRef(s, 19, 1, 2026, false);
    return {
      slug, dept: "finance", kind: "trap",
      from: P.bygLeder, to: [BOX.kreditor],
      subject: "Faktura – udskiftning af tagrender, Engvejens Skole",
      text: `Hej Kreditorbogholderiet

Hermed faktura for udskiftning af tagrender på Engvejens Skole.

Faktura nr.: ${inv}
Beløb: 96.250,00 kr. ekskl. moms
Betales til: Reg.nr. ${acc.reg} Kontonr. ${acc.account}
Betalingsfrist: 20 dage

${sig(P.bygLeder, 2)}
Byg & Anlæg Kristensen ApS · CVR ${BYG.cvr}`,
      types: ["dk-bank-account"],
      features: ["bank-account", "invoice-date-number", "cvr", "surname-kristensen"],
    };
  },

  () => {
    const slug = "indbetalingskort-fik";
    const s = new Seeds(slug);
    return {
      slug, dept: "finance", kind: "trap",
      from: { name: "Forsyningen Holmstrup", email: "kundeservice@forsyning-holmstrup.example" }, to: [P.gitteNoer],
      subject: "Regning for vand – Rådhuset",
      text: `Regning for vandforbrug, 1. halvår 2026

Forbrugssted: Rådhustorvet 2
Målernr.: ${digits(s, 8)}
Beløb: 18.730,40 kr.

Betal via netbank med indbetalingskort:
+71< ${digits(s, 15, true)} +${digits(s, 8)}<

Sidste rettidige betalingsdag: 30.06.2026`,
      types: [],
      features: ["ocr-payment-line", "long-digit-run"],
    };
  },

  () => {
    const slug = "rykker-kundenummer-10-cifre";
    const s = new Seeds(slug);
    const kunde = "1" + two(s.int(1, 12)) + two(s.int(1, 12)) + digits(s, 5, true);
    const inv = dateRef(s, 14, 11, 2025, true);
    return {
      slug, dept: "finance", kind: "trap",
      from: { name: "Kontorland A/S – debitor", email: "debitor@kontorland.example" }, to: [BOX.kreditor],
      subject: "Rykker 1 – faktura " + inv,
      text: `Kære Holmstrup Kommune

Vi kan ikke se, at vi har modtaget betaling for nedenstående faktura:

Kundenr.: ${kunde}
Faktura: ${inv}
Beløb: 3.812,50 kr.

Vi beder jer betale inden 8 dage. Har I allerede betalt, kan I se bort fra denne rykker.

Kontorland A/S, Debitorafdelingen, tlf. ${fmtPhone(KONTORLAND.mainPhone, 0)}`,
      types: [],
      features: ["customer-number", "invoice-date-number", "invoice-mod11"],
    };
  },

  () => {
    const slug = "ean-numre-oversigt-xlsx";
    const s = new Seeds(slug);
    const units = ["Rådhuset, Økonomi", "Jobcenter Holmstrup", "Engvejens Skole", "Plejecenter Egebo", "Materielgården", "Borgerservice"];
    const rows: string[][] = [["Enhed", "EAN-nr.", "Omkostningssted"]];
    for (const u of units) rows.push([u, ean(s), digits(s, 6)]);
    return {
      slug, dept: "finance", kind: "trap",
      from: P.lasseVinter, to: [{ name: "Leverandører (BCC)", email: "undisclosed-recipients@holmstrup.kommune.example" }],
      subject: "Opdaterede EAN-numre til elektronisk fakturering",
      text: `Kære leverandør

Holmstrup Kommune har omlagt sine EAN-numre. Vedhæftet oversigten over gældende EAN-numre pr. enhed. Fakturaer sendt til et forkert EAN-nummer afvises automatisk.

${sig(P.lasseVinter, 0)}`,
      attachments: [{ name: "EAN-numre Holmstrup Kommune.xlsx", contentType: XLSX, bytes: xlsx(rows, "EAN") }],
      types: [],
      features: ["ean", "readable-attachment"],
    };
  },

  () => {
    const slug = "budgetopfoelgning-kontostreng";
    const s = new Seeds(slug);
    const line = (txt: string) => txt.padEnd(34) + digits(s, 10) + "   " + s.int(100, 9000) + ".000 kr.";
    return {
      slug, dept: "finance", kind: "trap",
      from: P.gitteNoer, to: [BOX.alleLedere],
      subject: "Budgetopfølgning pr. 31. marts",
      text: `Kære ledere

Her er de største afvigelser i budgetopfølgningen pr. 31. marts (kontostreng / forbrug):

${line("Vikarer, dagtilbud")}
${line("Energi, kommunale bygninger")}
${line("Vintertjeneste")}
${line("Specialundervisning, eksterne")}

Husk at indsende jeres bemærkninger senest 15. april.

Gitte Nør, Økonomi og Indkøb`,
      types: [],
      features: ["long-digit-run", "account-string"],
    };
  },

  () => {
    const slug = "ordre-datonummer";
    const s = new Seeds(slug);
    const order = dateRef(s, 15, 3, 2026, false);
    return {
      slug, dept: "finance", kind: "trap",
      from: P.lasseVinter, to: [P.kontorSalg],
      subject: "Bestilling af kopipapir",
      text: `Hej Brian

Vi vil gerne bestille 40 kasser kopipapir A4 til levering på Rådhuset.

Vores ordre ${order}, EAN ${P.lasseVinter.org.ean}. Leveres ved varemodtagelsen, kl. 7–14.

${sig(P.lasseVinter, 1)}`,
      types: [],
      features: ["order-date-number", "ean", "kl-times"],
    };
  },

  () => {
    const slug = "leverandoeroprettelse-cvr-pnr";
    const s = new Seeds(slug);
    return {
      slug, dept: "finance", kind: "trap",
      from: { name: "Holmstrup VVS ApS", email: "kontor@holmstrupvvs.example" }, to: [P.lasseVinter],
      subject: "Oprettelse som leverandør",
      text: `Hej Lasse

Som aftalt sender jeg vores stamoplysninger til oprettelsen som leverandør:

Holmstrup VVS ApS
CVR-nr.: ${digits(s, 8)}
SE-nr.: ${digits(s, 8)}
P-nummer: ${pNumber(s)}
Tlf.: ${fmtPhone(phone(s), 0)}

Fakturaer sendes via NemHandel.

Mvh. Kurt Holm`,
      types: [],
      features: ["cvr", "se-number", "p-number", "phone-numbers"],
    };
  },

  () => {
    const slug = "betalingsfil-log";
    const s = new Seeds(slug);
    const d = two(s.int(1, 28)) + "0526";
    return {
      slug, dept: "finance", kind: "trap",
      from: { name: "Økonomisystem", email: "noreply-oeko@holmstrup.kommune.example" }, to: [P.gitteNoer],
      subject: "Betalingsfil afsendt til banken",
      text: `Betalingsfil ${digits(s, 14)} er afsendt.

Dannet kl. ${d} ${two(s.int(6, 9))}${two(s.int(10, 59))}
Afsendt kl. ${d} ${two(s.int(10, 11))}${two(s.int(10, 59))}
Antal betalinger: ${s.int(150, 400)}
Beløb i alt: ${s.int(2, 9)}.${s.int(100, 999)}.${s.int(100, 999)},${s.int(10, 99)} kr.`,
      types: [],
      features: ["timestamps-kl", "long-digit-run"],
    };
  },

  () => {
    const slug = "udenlandsk-leverandoer-iban-swift";
    const s = new Seeds(slug);
    return {
      slug, dept: "finance", kind: "trap",
      from: { name: "Dutch Playground Systems B.V.", email: "invoice@dps-playgrounds.example" }, to: [BOX.kreditor],
      subject: "Invoice 2026-0417 – playground equipment",
      text: `Dear customer,

Please find below the payment details for invoice 2026-0417 (playground equipment, Engvejens Skole).

Amount: EUR 18,950.00
IBAN: ${iban(s, "NL")}
Payment terms: 30 days

Kind regards,
Dutch Playground Systems B.V.`,
      types: ["iban"],
      features: ["iban"],
    };
  },
];

// =============================================================================================
// Building / technical

const technical: Maker[] = [
  () => {
    const slug = "byggemoede-indkaldelse";
    const s = new Seeds(slug);
    return {
      slug, dept: "technical", kind: "trap",
      from: P.karstenEl, to: [P.bygLeder, P.idaGram], cc: [P.andersKrogh],
      subject: "Indkaldelse til byggemøde nr. 7 – Engvejens Skole",
      text: `Hej alle

Hermed indkaldelse til byggemøde nr. 7 onsdag den 22. april kl. 9.00 i skurbyen.

Dagsorden:
1. Opfølgning på referat fra byggemøde nr. 6
2. Tidsplan – tag og facader
3. Arbejdsmiljø på pladsen
4. Ekstraarbejder og økonomi

Kontakt på dagen: byggeleder ${fmtPhone(phone(s, "2"), 0)}.

${sig(P.karstenEl, 0)}`,
      types: [],
      features: ["meeting-invitation", "phone-numbers"],
    };
  },

  () => {
    const slug = "entreprenoer-faktura-mod11";
    const s = new Seeds(slug);
    const inv = dateRef(s, 27, 2, 2026, true);
    return {
      slug, dept: "technical", kind: "trap",
      from: P.bygLeder, to: [P.karstenEl],
      subject: "Acontofaktura nr. 4 – Engvejens Skole",
      text: `Hej Karsten

Vedlagt acontofaktura nr. 4 for februar. Fakturaen er sendt elektronisk til jeres EAN.

Faktura: ${inv}
Aconto: 412.500,00 kr. ekskl. moms
Sag: ${digits(s, 5)}

${sig(P.bygLeder, 4)}
Byg & Anlæg Kristensen ApS · CVR ${BYG.cvr}`,
      types: [],
      features: ["invoice-date-number", "invoice-mod11", "cvr", "surname-kristensen"],
    };
  },

  () => {
    const slug = "byggesag-journal-matrikel";
    const s = new Seeds(slug);
    return {
      slug, dept: "technical", kind: "trap",
      from: P.peterHoff, to: [{ name: "Arkitektfirmaet Lys & Rum", email: "post@lysogrum.example" }],
      subject: "Byggesag – Bøgevej 14, supplerende oplysninger",
      text: `Kære Lys & Rum

Vi mangler følgende for at kunne behandle ansøgningen om byggetilladelse:

- Facadetegninger i mål 1:100
- Beregning af bebyggelsesprocent
- Dokumentation for brandforhold

Ejendommen: Bøgevej 14, matr.nr. ${s.int(2, 40)}a Holmstrup By
Ejendomsnummer: ${digits(s, 6)}
BBR-kommunekode: 0${s.int(100, 999)}

Sagsnummer: ${journalNo(s)}. Angiv sagsnummeret ved alle henvendelser.

${sig(P.peterHoff, 2)}`,
      types: [],
      features: ["journal-number"],
    };
  },

  () => {
    const slug = "varmemaalere-aflaesning";
    const s = new Seeds(slug);
    const rows = ["Engvejens Skole", "Holmstrup Hallen", "Rådhuset", "Plejecenter Egebo"].map(
      (b) => b.padEnd(22) + "målernr. " + digits(s, 8) + "   måler-id " + digits(s, 10) + "   " + s.int(100, 900) + " MWh",
    );
    return {
      slug, dept: "technical", kind: "trap",
      from: { name: "Energistyring", email: "energi@holmstrup.kommune.example" }, to: [P.karstenEl],
      subject: "Aflæsning af varmemålere, marts",
      text: `Hej Karsten

Her er aflæsningerne fra fjernvarmemålerne for marts:

${rows.join("\n")}

Forbruget ligger 6 % under sidste år.

Energistyring`,
      types: [],
      features: ["long-digit-run", "meter-numbers"],
    };
  },

  () => {
    const slug = "vejsalt-bestilling";
    const s = new Seeds(slug);
    const order = dateRef(s, 3, 11, 2025, true);
    return {
      slug, dept: "technical", kind: "trap",
      from: P.idaGram, to: [{ name: "Salt & Grus A/S", email: "ordre@saltoggrus.example" }],
      subject: "Bestilling af vejsalt",
      text: `Hej

Vi vil gerne afkalde 200 tons vejsalt på rammeaftalen til levering på Materielgården.

Ordre ${order}
Kundenr. ${digits(s, 6)}
Levering: hverdage kl. 6–14, kontakt driftslederen på tlf. ${fmtPhone(P.karstenEl.direct, 0)}

${sig(P.idaGram, 4)}`,
      types: [],
      features: ["order-date-number", "invoice-mod11", "phone-numbers", "kl-times"],
    };
  },

  () => {
    const slug = "vejarbejde-information-beboere";
    return {
      slug, dept: "technical", kind: "trap",
      from: P.idaGram, to: [{ name: "Beboere på Skolevej (BCC)", email: "undisclosed-recipients@holmstrup.kommune.example" }],
      subject: "Vejarbejde på Skolevej fra 4. maj",
      text: `Kære beboere på Skolevej

Fra mandag den 4. maj renoverer vi kloak og belægning på Skolevej mellem nr. 1 og 41. Arbejdet forventes afsluttet den 26. juni.

Der arbejdes på hverdage kl. 7.00–17.00. I perioder kan I ikke køre helt til jeres indkørsel, men der vil altid være adgang for gående og for redningskøretøjer.

Har I spørgsmål, er I velkomne til at kontakte Vej og Park.

Med venlig hilsen
Ida Gram, Vej og Park`,
      types: [],
      features: ["kl-times"],
    };
  },

  () => {
    const slug = "landmaaling-koordinater";
    const s = new Seeds(slug);
    const coord = () => "6" + digits(s, 6) + "," + digits(s, 2) + " N / " + "5" + digits(s, 5) + "," + digits(s, 2) + " E";
    return {
      slug, dept: "technical", kind: "trap",
      from: { name: "Landinspektørfirmaet Skel & Mål", email: "opmaaling@skelogmaal.example" }, to: [P.idaGram],
      subject: "Opmåling af fortov, Skolevej",
      text: `Hej Ida

Opmålingen er gennemført. Fikspunkter (UTM32/ETRS89):

FP1: ${coord()}
FP2: ${coord()}
FP3: ${coord()}

Filnavn på opmålingen: SKOLEVEJ_${digits(s, 8)}_${digits(s, 6)}.dwg

Venlig hilsen
Skel & Mål`,
      types: [],
      features: ["long-digit-run"],
    };
  },

  () => {
    const slug = "noeglebestilling-systemnumre";
    const s = new Seeds(slug);
    return {
      slug, dept: "technical", kind: "trap",
      from: P.karstenEl, to: [{ name: "Låsesmeden Holmstrup", email: "ordre@laasesmed.example" }],
      subject: "Bestilling af nøgler – Rådhuset, 2. sal",
      text: `Hej

Vi skal bruge 8 nye nøgler til systemet på Rådhuset:

Nøglesystem: ${digits(s, 6)}-${digits(s, 3)}
Nøglenr.: ${digits(s, 4)}-${two(s.int(1, 40))} (4 stk.) og ${digits(s, 4)}-${two(s.int(1, 40))} (4 stk.)
Certifikatnr.: ${digits(s, 9)}

Kan de være klar til afhentning fredag? Ring på ${fmtPhone(P.karstenEl.mobile || P.karstenEl.direct, 0)}.

${sig(P.karstenEl, 1)}`,
      types: [],
      features: ["long-digit-run", "phone-numbers"],
    };
  },

  () => {
    const slug = "ny-skole-praesentation-pptx";
    const att = pptx(
      ["Ny Engvejens Skole – status april 2026", "Tidsplan: råhus færdigt uge 20, indflytning sommeren 2027", "Økonomi: 212 mio. kr., 4 % under budget"],
      [undefined, "Nævn forsinkelsen på vinduer", undefined],
    );
    return {
      slug, dept: "technical", kind: "trap",
      from: P.karstenEl, to: [{ name: "Børne- og Skoleudvalget – sekretariat", email: "bsu@holmstrup.kommune.example" }],
      subject: "Præsentation til udvalgsmødet",
      text: `Hej

Her er præsentationen til statuspunktet om den nye skole på udvalgsmødet.

Karsten`,
      attachments: [{ name: "Status ny skole.pptx", contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", bytes: att }],
      types: [],
      features: ["readable-attachment"],
    };
  },

  () => {
    const slug = "energimaerker-html-tabel";
    const s = new Seeds(slug);
    const h = new Html();
    const row = (b: string) => `<tr><td>${b}</td><td>${digits(s, 10)}</td><td>${["B", "C", "D"][s.int(0, 2)]}</td><td>${s.int(80, 240)} kWh/m²</td></tr>`;
    const table = h.raw(
      '<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><th>Bygning</th><th>Energimærke-id</th><th>Mærke</th><th>Forbrug</th></tr>' +
        row("Rådhuset") + row("Engvejens Skole") + row("Holmstrup Hallen") + row("Plejecenter Egebo") + "</table>",
    );
    const text = `Hej alle

Her er status på energimærkerne for de kommunale bygninger efter årets gennemgang:

${table}

Engvejens Skole får nyt mærke, når renoveringen er færdig.

Energistyring`;
    return {
      slug, dept: "technical", kind: "trap",
      from: { name: "Energistyring", email: "energi@holmstrup.kommune.example" }, to: [BOX.alleLedere],
      subject: "Energimærker for kommunale bygninger",
      html: h.render(text),
      types: [],
      features: ["html-table", "long-digit-run"],
    };
  },
];

// =============================================================================================
// Citizens' service

const citizens: Maker[] = [
  () => {
    const slug = "send-ikke-cpr-vejledning";
    const h = new Html();
    const text = `Kære borger

Tak for din henvendelse. Vi kan se, at du har skrevet til os via almindelig e-mail.

Af hensyn til din sikkerhed skal du aldrig sende dit CPR-nummer, dit pasnummer eller oplysninger om dit helbred med almindelig e-mail. Brug i stedet Digital Post på borger.dk, hvor du logger ind med MitID – så er dine oplysninger beskyttet.

Du kan også ringe til os eller møde op i Borgerservice. Husk at tage dit sundhedskort med.

${h.raw(logoTag(slug))}

Med venlig hilsen
Borgerservice, Holmstrup Kommune`;
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: BOX.borgerservice, to: [citizen("Gert Kjærgaard")],
      subject: "Send ikke dit CPR-nummer med almindelig e-mail",
      html: h.render(text), alt: true,
      attachments: [logo(slug)],
      types: [],
      features: ["do-not-send", "cpr-word-without-number"],
    };
  },

  () => {
    const slug = "aabningstider-paaske";
    const s = new Seeds(slug);
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: P.emilKoch, to: [BOX.alleMedarbejdere],
      subject: "Borgerservice: åbningstider i påsken",
      text: `Kære kolleger

Borgerservice holder lukket fra skærtorsdag til 2. påskedag. Onsdag før påske har vi åbent kl. 10–14.

Borgere, der har akut brug for hjælp, kan ringe på ${fmtPhone(H_PHONE(s), 0)} eller +45 ${groupDigits(H_PHONE(s), 2)}. Pas og kørekort kan ikke udleveres i lukkeperioden.

God påske!
Emil Koch, teamleder`,
      types: [],
      features: ["phone-numbers", "phone-groups-of-two", "kl-times"],
    };
  },

  () => {
    const slug = "husk-pas-foer-sommerferien";
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: BOX.nyhedsbrev, to: [{ name: "Borgernyt (abonnenter)", email: "borgernyt@holmstrup.kommune.example" }],
      subject: "Borgernyt: Husk at tjekke dit pas før sommerferien",
      text: `BORGERNYT · MAJ 2026

Skal du ud at rejse i sommerferien? Så tjek allerede nu, om dit pas er gyldigt. Der er lige nu op til tre ugers ventetid på nye pas.

Du bestiller tid til pasfornyelse på holmstrup.kommune.example/pas. Husk at medbringe dit gamle pas, og at børn under 18 skal have samtykke fra begge forældre.

Kørekort kan fornyes digitalt på borger.dk.

Afmeld Borgernyt her.`,
      types: [],
      features: ["newsletter"],
    };
  },

  () => {
    const slug = "koesystem-dagsrapport";
    const s = new Seeds(slug);
    const d = two(s.int(1, 28)) + "0926";
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: { name: "Køsystem", email: "noreply-koe@holmstrup.kommune.example" }, to: [P.emilKoch],
      subject: "Dagsrapport fra køsystemet",
      text: `DAGSRAPPORT

Første billet: kl. ${d} 0800
Sidste billet: kl. ${d} 1547
Antal betjente: ${s.int(120, 220)}
Gns. ventetid: ${s.int(4, 19)} min.

Pas: ${s.int(20, 60)}  Kørekort: ${s.int(10, 40)}  Sundhedskort: ${s.int(5, 25)}  Øvrige: ${s.int(20, 60)}`,
      types: [],
      features: ["timestamps-kl"],
    };
  },

  () => {
    const slug = "pasfotoautomat-serviceaftale-faktura";
    const s = new Seeds(slug);
    const inv = dateRef(s, 1, 4, 2026, true);
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: { name: "FotoService Nord", email: "faktura@fotoservice-nord.example" }, to: [BOX.kreditor], cc: [P.emilKoch],
      subject: "Faktura – serviceaftale pasfotoautomat",
      text: `Faktura nr. ${inv}
Serviceaftale pasfotoautomat, Borgerservice Holmstrup, 2. kvartal 2026

Beløb: 4.950,00 kr. ekskl. moms
Jeres EAN: ${P.emilKoch.org.ean}
Vores CVR: ${digits(s, 8)}

Spørgsmål: tlf. ${fmtPhone(phone(s), 3)}`,
      types: [],
      features: ["invoice-date-number", "invoice-mod11", "ean", "cvr"],
    };
  },

  () => {
    const slug = "tidsbestilling-bookingnummer";
    const s = new Seeds(slug);
    const day = s.int(10, 28);
    const hh = s.int(9, 14);
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: { name: "Tidsbestilling Borgerservice", email: "noreply-booking@holmstrup.kommune.example" }, to: [citizen("Leif Bundgaard")],
      subject: "Bekræftelse af din tid i Borgerservice",
      text: `Kære Leif Bundgaard

Du har booket en tid i Borgerservice:

Ydelse: Fornyelse af pas
Dato: ${day}.04.2026 kl. ${hh}:15
Booking: kl. ${two(day)}0426 ${two(hh)}15

Medbring dit gamle pas og et pasfoto, hvis du ikke vil bruge vores fotoautomat. Kan du ikke komme, så aflys via linket i denne mail.

Venlig hilsen
Borgerservice`,
      types: [],
      features: ["timestamps-kl", "booking-number"],
    };
  },

  () => {
    const slug = "klage-kvittering-journalnummer";
    const s = new Seeds(slug);
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: BOX.borgerservice, to: [citizen("Torben Aakjær")],
      subject: "Vi har modtaget din klage",
      text: `Kære Torben Aakjær

Vi har modtaget din klage over ventetiden i Borgerservice den 12. marts. Din klage er registreret under j.nr. ${journalNo(s)}.

Du skriver, at du også klagede over det samme i 2012. Den sag er afsluttet og arkiveret under j.nr. ${journalNo(s, 2012)}, men vi har noteret, at problemet er gentaget.

Du kan forvente svar inden for 4 uger.

Med venlig hilsen
Emil Koch, teamleder`,
      types: [],
      features: ["journal-number"],
    };
  },

  () => {
    const slug = "digital-post-alle-borgere";
    const h = new Html();
    const text = `${h.raw(logoTag(slug))}

Kære alle borgere i Holmstrup Kommune

Fra 1. november sender kommunen alle breve med Digital Post. Det gælder også afgørelser, indkaldelser og opkrævninger.

Er du fritaget for Digital Post, fortsætter du med at få breve med almindelig post. Du kan søge om fritagelse i Borgerservice, hvis du fx ikke har adgang til en computer eller har svært ved at bruge MitID.

Har du spørgsmål, er du velkommen til at ringe eller komme forbi.

Med venlig hilsen
Borgerservice`;
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: BOX.nyhedsbrev, to: [{ name: "Borgernyt (abonnenter)", email: "borgernyt@holmstrup.kommune.example" }],
      subject: "Alle breve fra kommunen kommer nu i Digital Post",
      html: h.render(text),
      attachments: [logo(slug)],
      types: [],
      features: ["newsletter"],
    };
  },

  () => {
    const slug = "mitid-kursus-medarbejdere";
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: P.emilKoch, to: [{ name: "Borgerservice – alle", email: "borgerservice-alle@holmstrup.kommune.example" }],
      subject: "Kursus: MitID-support for borgerservicemedarbejdere",
      text: `Hej alle

Digitaliseringsstyrelsen udbyder et halvdagskursus i MitID-support, som alle i teamet skal have taget inden sommerferien. Kurset handler om udstedelse af MitID til borgere uden dansk pas, genoprettelse og misbrug af MitID.

Kurset kører online tirsdag den 12. maj og torsdag den 21. maj kl. 9–12. Vælg én af dagene og tilmeld dig på kursusportalen.

Emil`,
      types: [],
      features: ["course-offer"],
    };
  },

  () => {
    const slug = "borger-kristensen-spoerger";
    return {
      slug, dept: "citizen-service", kind: "trap",
      from: P.lotteSand, to: [citizen("Arne Kristensen")],
      subject: "SV: Åbningstider lørdag?",
      text: `Kære Arne Kristensen

Tak for din mail. Borgerservice har desværre ikke åbent om lørdagen, men vi har lang åben torsdag til kl. 17.30.

Du kan hente dit nye kørekort uden at bestille tid – husk blot billedlegitimation.

${sig(P.lotteSand, 1)}

-----Oprindelig meddelelse-----
Fra: Arne Kristensen
Sendt: 2. marts 2026 19:02
Til: Borgerservice
Emne: Åbningstider lørdag?

Hej. Har I åbent om lørdagen? Jeg skal hente mit kørekort. Mvh Arne Kristensen`,
      types: [],
      features: ["surname-kristensen", "forward-quoted"],
    };
  },
];

function H_PHONE(s: Seeds): string {
  return phone(s, "7");
}

// =============================================================================================
// Unreadable attachment only

const unreadable: Maker[] = [
  () => {
    const slug = "foto-vandskade-kaelder";
    return {
      slug, dept: "technical", kind: "unr",
      from: P.andersKrogh, to: [P.karstenEl],
      subject: "Vandskade i kælderen",
      text: `Hej Karsten

Pedellen har fundet vand på gulvet i kælderen under gymnastiksalen i morges. Jeg har vedhæftet et billede fra mobilen. Kan I komme og se på det i dag?

Anders

Sendt fra min iPhone`,
      attachments: [{ name: "IMG_4471.jpg", contentType: "image/jpeg", bytes: makeJpegLike(4471, 6000) }],
      types: [],
      unreadable: true,
      features: ["unreadable-image"],
    };
  },

  () => {
    const slug = "scannet-blanket-uden-tekstlag";
    return {
      slug, dept: "citizen-service", kind: "unr",
      from: citizen("Birthe Lorentzen"), to: [BOX.borgerservice],
      subject: "Blanket som aftalt",
      text: `Hej

Som aftalt i telefonen sender jeg blanketten, som jeg har scannet på biblioteket.

Venlig hilsen
Birthe Lorentzen`,
      attachments: [{ name: "Scan_0001.pdf", contentType: "application/pdf", bytes: pdf(null) }],
      types: [],
      unreadable: true,
      features: ["unreadable-pdf-scanned"],
    };
  },

  () => {
    const slug = "krypteret-zip-bilag";
    const archive = markZipEncrypted(zip([{ name: "Bilag/Bilagsliste.xlsx", bytes: xlsx([["Bilag", "Beløb"], ["1", "1200"]]) }, { name: "Bilag/Følgebrev.txt", bytes: utf8("Bilag til revisionen.\r\n") }]));
    return {
      slug, dept: "finance", kind: "unr",
      from: { name: "Revisionsfirmaet Tal & Tjek", email: "revision@talogtjek.example" }, to: [P.gitteNoer],
      subject: "Bilag til årsrevisionen",
      text: `Hej Gitte

Vedhæftet bilagene, som vi gennemgik på mødet. Zip-filen er beskyttet med adgangskode, som jeg sender i en separat sms.

Venlig hilsen
Rasmus, statsautoriseret revisor`,
      attachments: [{ name: "Bilag.zip", contentType: "application/zip", bytes: archive }],
      types: [],
      unreadable: true,
      features: ["unreadable-zip-encrypted"],
    };
  },

  () => {
    const slug = "adgangskodebeskyttet-referat-pdf";
    return {
      slug, dept: "hr", kind: "unr",
      from: P.nielsBrandt, to: [BOX.alleLedere],
      subject: "Referat fra ledermødet",
      text: `Kære ledere

Referatet fra ledermødet den 3. marts er vedhæftet som PDF. Adgangskoden er den sædvanlige for ledergruppen.

Niels`,
      attachments: [{ name: "Referat ledermøde.pdf", contentType: "application/pdf", bytes: pdf(["Referat ledermøde 3. marts", "1. Budget", "2. Organisering"], { encrypted: true }) }],
      types: [],
      unreadable: true,
      features: ["unreadable-pdf-encrypted"],
    };
  },
];

export function trapsAll(): MailSpec[] {
  return [...social, ...jobcenter, ...school, ...hr, ...health, ...finance, ...technical, ...citizens].map((f) => f());
}

export function unreadableAll(): MailSpec[] {
  return unreadable.map((f) => f());
}
