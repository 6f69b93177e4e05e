// Positives, part 2: HR, health and care, finance, building/technical, citizens' service.

import { attachedMessage } from "./build";
import {
  BOX,
  bankAccount,
  born,
  card,
  citizen,
  cpr,
  docx,
  entities,
  fullWidth,
  hetu,
  Html,
  iban,
  licenceNo,
  MailSpec,
  msg,
  noFnr,
  ods,
  outlookHeader,
  P,
  passportNo,
  pdf,
  pptx,
  quote,
  rtf,
  Seeds,
  sePnr,
  sig,
  withSep,
  xlsx,
  zeroWidth,
  zip,
} from "./common";
import { cp1252, utf8 } from "./mime";

type Maker = () => MailSpec;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// =============================================================================================
// HR

const hr: Maker[] = [
  () => {
    const slug = "partshoering-foa-medlem";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1966, 1985), { sex: "f" });
    return {
      slug, dept: "hr", kind: "pos",
      from: P.kasperBech, to: [P.trineSkov],
      subject: "Partshøring – Jytte Sønderby",
      text: `Hej Trine

Jeg har nu gjort partshøringen klar vedr. påtænkt afskedigelse af Jytte Sønderby (cpr-nr. ${c}), social- og sundhedshjælper hos jer.

Jytte er medlem af FOA, og hun har bedt om, at hendes fagforening får kopi af høringen og deltager i mødet. Jeg sender derfor også kopi til FOA's lokalafdeling, når du har godkendt teksten.

Frist for bemærkninger bliver 14 dage fra modtagelsen.

${sig(P.kasperBech, 0)}`,
      types: ["dk-cpr", "sensitive:trade-union"],
      features: [],
    };
  },

  () => {
    const slug = "straffeattest-ansoeger";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1995, 2002), { sex: "m" });
    return {
      slug, dept: "hr", kind: "pos",
      from: P.kasperBech, to: [{ name: "Leder, Børnehuset Solsikken", email: "solsikken@holmstrup.kommune.example" }],
      subject: "Straffeattest for din kandidat",
      text: `Hej Marianne

Vi har nu modtaget straffeattesten for den kandidat, du gerne vil ansætte som pædagogmedhjælper (CPR ${c}).

Attesten viser, at han i 2022 blev idømt 30 dages betinget fængsel for vold. Børneattesten er ren.

Det er din vurdering, om det har betydning for stillingen, men ring gerne til mig, før du giver ham svar, så vi kan tage den sammen.

${sig(P.kasperBech, 3)}`,
      types: ["dk-cpr", "sensitive:criminal"],
      features: [],
    };
  },

  () => {
    const slug = "medarbejder-partimedlem";
    return {
      slug, dept: "hr", kind: "pos",
      from: { name: "Leder, Vej og Park", email: "vejogpark.leder@holmstrup.kommune.example" }, to: [P.nielsBrandt],
      subject: "Rådgivning – politisk aktivitet på arbejdspladsen",
      text: `Hej Niels

Jeg har brug for din rådgivning. En af mine medarbejdere, Jens Lykkegaard, er partimedlem i Enhedslisten og stiller op til kommunalvalget. Han har hængt valgplakater op i frokoststuen, og flere kolleger har klaget over, at han diskuterer sine politiske holdninger i arbejdstiden.

Hvor går grænsen for, hvad jeg kan bede ham om? Jeg vil ikke gøre noget forkert.

Mvh. Torben`,
      types: ["sensitive:political-opinion"],
      features: ["sensitive-only"],
    };
  },

  () => {
    const slug = "sygefravaer-stress-fed-skrift";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1975, 1990), { sex: "f" });
    const h = new Html();
    const split = h.raw(`<b>${c.slice(0, 6)}</b>-<b><span style="font-family:Consolas">${c.slice(7, 9)}</span></b><span style="font-family:Consolas">${c.slice(9)}</span>`);
    const text = `Hej HR

Jeg skal have hjælp til en sygefraværssamtale. Min medarbejder Pia Holst, CPR-nummer ${split}, har været sygemeldt med stress i 5 uger. Hun har fortalt, at hun også har det svært derhjemme og sover dårligt.

Jeg vil gerne holde samtalen i næste uge og høre, om I kan deltage.

Venlig hilsen
Rikke
Afdelingsleder, Administrationen`;
    return {
      slug, dept: "hr", kind: "pos",
      from: { name: "Rikke Lund", email: "rikke.lund@holmstrup.kommune.example" }, to: [BOX.hr],
      subject: "Sygefraværssamtale – hjælp",
      html: h.render(text, { font: "Arial,sans-serif" }),
      types: ["dk-cpr", "sensitive:health"],
      features: ["split-html"],
    };
  },

  () => {
    const slug = "hotelbooking-kortnummer";
    const s = new Seeds(slug);
    return {
      slug, dept: "hr", kind: "pos",
      from: { name: "Anders Vang", email: "anders.vang@holmstrup.kommune.example" }, to: [P.signeWinther],
      subject: "Udlæg – hotel til konference",
      text: `Hej Signe

Hotellet kunne ikke tage kommunens indkøbskort, så jeg har lagt ud med mit eget kort. De har bedt om kortoplysningerne igen til depositum – kan du sende dem videre til dem, hvis de ringer?

Kortnummer: ${card(s, "visa-dankort")}
Udløb: 09/28

Jeg afleverer kvitteringen i morgen, så jeg kan få pengene refunderet over lønnen.

Hilsen Anders`,
      types: ["payment-card"],
      features: [],
    };
  },

  () => {
    const slug = "koerekort-hjemmeplejens-bil";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1990, 2002), { sex: "m" });
    return {
      slug, dept: "hr", kind: "pos",
      from: P.majaOver, to: [BOX.hr],
      subject: "Ny vikar – kørsel i kommunens bil",
      text: `Hej HR

Vi har fået en ny vikar, Frederik Holm, som skal køre i hjemmeplejens biler. Forsikringen skal bruge hans oplysninger:

CPR-nr.: ${c}
Kørekortnummer: ${licenceNo(s)}
Kørekort udstedt: 2019

Han starter på mandag, så det haster lidt.

${sig(P.majaOver, 4)}`,
      types: ["dk-cpr", "dk-driving-licence"],
      features: [],
    };
  },

  () => {
    const slug = "tjenestefrihed-byraadsmedlem";
    return {
      slug, dept: "hr", kind: "pos",
      from: P.kasperBech, to: [{ name: "Leder, Ydelsesservice", email: "ydelse.leder@holmstrup.kommune.example" }],
      subject: "Tjenestefrihed til byrådsarbejde",
      text: `Hej Jette

Din medarbejder Lone Bertelsen er blevet valgt ind i byrådet for Socialdemokratiet og har søgt om tjenestefrihed uden løn til byråds- og udvalgsmøder, i alt ca. 8 timer om måneden.

Hun har ret til tjenestefrihed efter kommunestyrelsesloven. Hun har selv oplyst, at hun som partimedlem også deltager i partiets lokale bestyrelsesmøder, men det er i fritiden og ikke noget, vi skal forholde os til.

Vil du bekræfte over for mig, at mødeplanen kan gå op med vagtplanen?

${sig(P.kasperBech, 4)}`,
      types: ["sensitive:political-opinion"],
      features: ["sensitive-only"],
    };
  },

  () => {
    const slug = "fingeraftryk-adgangskontrol";
    return {
      slug, dept: "hr", kind: "pos",
      from: { name: "IT-sikkerhed", email: "it-sikkerhed@holmstrup.kommune.example" }, to: [P.nielsBrandt],
      subject: "Indsigelse mod fingeraftryk i serverrummet",
      text: `Hej Niels

Henrik Sønderby fra driften har gjort indsigelse mod, at vi gemmer hans fingeraftryk i det nye adgangssystem til serverrummet. Han har skrevet, at han ikke vil have, at kommunen opbevarer biometriske data om ham.

Vi har indtil videre registreret hans fingeraftryk, men kan slette det og give ham et kort med pinkode i stedet. Skal vi det?

Mvh.
Kim Lassen
IT-sikkerhedskoordinator`,
      types: ["sensitive:biometric"],
      features: ["sensitive-only"],
    };
  },

  () => {
    const slug = "nyansatte-loen-xlsx";
    const s = new Seeds(slug);
    const rows: string[][] = [["Navn", "CPR-nr.", "Stilling", "Startdato", "Bankforbindelse"]];
    const people = ["Amalie Fog", "Tobias Brink", "Sara Lind", "Kenneth Mørk"];
    for (const n of people) {
      const acc = bankAccount(s);
      rows.push([n, cpr(s, born(s, 1970, 2003)), "SSH-elev", "01-08-2026", "Reg.nr. " + acc.reg + " konto " + acc.account]);
    }
    return {
      slug, dept: "hr", kind: "pos",
      from: P.kasperBech, to: [P.signeWinther],
      subject: "Nyansatte SSH-elever august",
      text: `Hej Signe

Her er lønoplysningerne på de fire nye elever, der starter 1. august. Kontrakterne er underskrevet.

/Kasper`,
      attachments: [{ name: "Nyansatte august.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: xlsx(rows, "Elever"), features: ["xlsx-shared-strings"] }],
      types: ["dk-cpr", "dk-bank-account"],
      features: [],
    };
  },

  () => {
    const slug = "ansaettelsesbrev-docx-sidehoved";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1980, 1998), { sex: "f" });
    const att = docx({
      header: `Ansættelsesbrev – Marianne Kjeldgaard – CPR ${c}`,
      body: [
        "Holmstrup Kommune, HR og Løn",
        "",
        "Kære Marianne",
        "Du ansættes hermed som administrativ medarbejder i Teknik og Miljø fra 1. juni 2026 med 37 timer om ugen.",
        "Ansættelsen sker i henhold til overenskomsten for administrativt personale.",
        "Din løn udbetales månedsvis bagud til din NemKonto.",
      ].join("\n"),
      footer: "Holmstrup Kommune · Rådhustorvet 2 · 7190 Holmstrup",
      splitRuns: true,
    });
    return {
      slug, dept: "hr", kind: "pos",
      from: P.kasperBech, to: [{ name: "Leder, Teknik og Miljø", email: "tm.leder@holmstrup.kommune.example" }],
      subject: "Ansættelsesbrev til underskrift",
      text: `Hej

Vedhæftet ansættelsesbrevet til jeres nye medarbejder. Læs det igennem, og send det retur, så sender jeg det til underskrift.

${sig(P.kasperBech, 1)}`,
      attachments: [{ name: "Ansættelsesbrev.docx", contentType: DOCX, bytes: att, features: ["docx-header", "docx-split-runs"] }],
      types: ["dk-cpr"],
      features: [],
    };
  },

  () => {
    const slug = "personalesag-zip-med-docx";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1965, 1985), { sex: "m" });
    const ref = docx({
      body: [
        "Referat af sygefraværssamtale",
        `Medarbejder: Poul Riis, CPR ${c}`,
        "Deltagere: Poul Riis, nærmeste leder, HR-konsulent",
        "Poul har været sygemeldt siden februar efter en knæoperation. Han forventer at starte op på nedsat tid fra 1. maj.",
        "Aftale: gradvis opstart med 15 timer om ugen de første fire uger.",
      ].join("\n"),
    });
    const archive = zip([
      { name: "Personalesag Poul Riis/Referat sygefraværssamtale.docx", bytes: ref },
      { name: "Personalesag Poul Riis/Læs mig.txt", bytes: utf8("Mappen er eksporteret fra ESDH 12-04-2026.\r\n") },
    ]);
    return {
      slug, dept: "hr", kind: "pos",
      from: P.kasperBech, to: [{ name: "Leder, Vej og Park", email: "vejogpark.leder@holmstrup.kommune.example" }],
      subject: "Dokumenter til mødet med Poul",
      text: `Hej Torben

Jeg har pakket dokumenterne fra personalesagen i en zip-fil, da vores ESDH ikke kan sende mapper.

Vi ses torsdag.

${sig(P.kasperBech, 2)}`,
      attachments: [{ name: "Personalesag.zip", contentType: "application/zip", bytes: archive, features: ["zip-docx"] }],
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "barsel-gravid-medarbejder";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1988, 1996), { sex: "f" });
    return {
      slug, dept: "hr", kind: "pos",
      from: { name: "Leder, Dagplejen", email: "dagplejen@holmstrup.kommune.example" }, to: [P.signeWinther],
      subject: "Graviditetsbetinget fravær – dagplejer",
      text: `Hej Signe

En af mine dagplejere, Cecilie Dahl (CPR-nr ${c}), er gravid i 5. måned og har fået en lægeerklæring på, at hun skal sygemeldes graviditetsbetinget pga. bækkenløsning.

Hvordan indberetter vi det, så vi får refusion, og hvornår går hun på barsel?

Tak for hjælpen
Gitte`,
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "udenlandsk-medarbejder-iban";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1985, 1995), { sex: "m" });
    return {
      slug, dept: "hr", kind: "pos",
      from: P.signeWinther, to: [{ name: "Lønservice", email: "loenservice@holmstrup.kommune.example" }],
      subject: "Løn til udenlandsk konto",
      text: `Hej Lønservice

Vores nye ingeniør, Lukas Bauer (CPR ${c}), har endnu ikke dansk bankkonto og har bedt om, at lønnen for juni overføres til hans tyske konto:

IBAN: ${iban(s, "DE")}

Fra juli har han NemKonto. Kan det lade sig gøre?

${sig(P.signeWinther, 0)}`,
      types: ["dk-cpr", "iban"],
      features: [],
    };
  },
];

// =============================================================================================
// Health and care

const health: Maker[] = [
  () => {
    const slug = "hjemmepleje-demens";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1935, 1945), { sex: "f" });
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.majaOver, to: [P.henrikToft],
      subject: "Ønske om revisitering – Inger Holm",
      text: `Hej Henrik

Jeg vil gerne bede om en revisitering af Inger Holm, cpr ${c}, Skovvej 12.

Hendes demens er blevet markant værre de sidste måneder. Hun har to gange gået ud om natten og er fundet af naboer. Datteren er meget bekymret og har spurgt til plejebolig.

Vi kommer pt. tre gange dagligt. Jeg foreslår, at vi også tilbyder nattilsyn, indtil der er truffet afgørelse.

${sig(P.majaOver, 1)}`,
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "gentest-brca";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1975, 1985), { sex: "f" });
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.ahmedRahimi, to: [{ name: "Kræftrehabilitering", email: "kraeftrehab@holmstrup.kommune.example" }],
      subject: "Henvisning – genoptræning efter mastektomi",
      text: `Hej

Vi har modtaget en genoptræningsplan for Helle Bruun (CPR-nr. ${c}), som er opereret for brystkræft i februar. Hun har fået lavet en gentest, der viser, at hun bærer en BRCA1-mutation, og hun overvejer derfor også forebyggende operation.

Hun har selv bedt om at komme i jeres rehabiliteringsforløb parallelt med genoptræningen hos os.

${sig(P.ahmedRahimi, 3)}`,
      types: ["dk-cpr", "sensitive:genetic", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "udskrivning-epikrise-pdf";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1938, 1950), { sex: "m" });
    const att = pdf([
      "Regionshospitalet Sønderå - Medicinsk Afdeling M2",
      "Udskrivningsbrev / plejeforløbsplan",
      "",
      `Patient: Erik Lassen   CPR: ${c}`,
      "Indlagt: 02.03.2026   Udskrevet: 11.03.2026",
      "Diagnose: Lungebetændelse, KOL i exacerbation",
      "Medicin: Prednisolon 37,5 mg x 1 i 5 dage, herefter seponeres",
      "Behov: Hjemmesygepleje til inhalation og observation af vejrtrækning",
      "Opfølgning: Egen læge inden for 14 dage",
    ]);
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.regionSpl, to: [BOX.visitation],
      subject: "Udskrivning i dag – plejeforløbsplan",
      text: `Til Visitationen

Patienten udskrives i dag kl. 14 med transport til egen bolig. Plejeforløbsplanen er vedhæftet og sendt via korrespondancemeddelelse.

${sig(P.regionSpl, 2)}`,
      attachments: [{ name: "Plejeforløbsplan.pdf", contentType: "application/pdf", bytes: att, features: ["pdf-text-layer"] }],
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "jehovas-vidne-blodtransfusion";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1945, 1955), { sex: "m" });
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.trineSkov, to: [{ name: "Plejepersonalet, Egebo", email: "egebo.personale@holmstrup.kommune.example" }],
      subject: "Vigtigt: behandlingstestamente for Karl i stue 12",
      text: `Kære alle på afdeling B

Karl Mortensen i stue 12 (cpr ${c}) er Jehovas Vidne og har et gyldigt behandlingstestamente, hvor han frabeder sig blodtransfusion. Han skal til operation for sin tarmkræft i næste uge.

Kopien af testamentet skal følge med ham til sygehuset. Sørg for, at det står i journalen.

${sig(P.trineSkov, 0)}`,
      types: ["dk-cpr", "sensitive:religion", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "selvmordstanker-mellemrum";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1985, 1999), { sex: "m", form: "space" });
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.regionLaege, to: [{ name: "Socialpsykiatrien", email: "socialpsykiatri@holmstrup.kommune.example" }],
      subject: "Akut henvendelse – borger med selvmordstanker",
      text: `Til Socialpsykiatrien, Holmstrup Kommune

Vi har i dag haft besøg i den psykiatriske akutmodtagelse af en borger fra jeres kommune, CPR-nr. ${c}. Han har haft selvmordstanker i flere uger og har en plan. Han ønsker ikke indlæggelse, men har accepteret daglige samtaler.

Vi beder om, at bostøtten intensiveres, og at hans kontaktperson kontakter ham i morgen formiddag.

Med venlig hilsen
Ulla Thygesen, overlæge`,
      types: ["dk-cpr", "sensitive:suicide", "sensitive:health", "sensitive:social"],
      features: ["cpr-space"],
    };
  },

  () => {
    const slug = "alkohol-fald-hjemmepleje";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1950, 1962), { sex: "m", form: "compact" });
    return {
      slug, dept: "health-care", kind: "pos",
      from: { name: "Aftenvagten, Hjemmeplejen Syd", email: "aftenvagt.syd@holmstrup.kommune.example" }, to: [P.henrikToft],
      subject: "Hændelse hos borger i aftes",
      text: `Hej Henrik

Til orientering: Vi fandt Bent (cpr.nr ${c}) på gulvet i går kl. 21. Han var stærkt beruset og havde slået hovedet. Vi ringede 1813, og han blev kørt på skadestuen, men var hjemme igen i nat.

Det er tredje gang på en måned. Hans alkoholmisbrug er efter vores vurdering blevet værre, og vi er bekymrede for, om han kan klare sig hjemme.

Hilsen aftenvagten`,
      types: ["dk-cpr", "sensitive:social", "sensitive:health"],
      features: ["cpr-compact"],
    };
  },

  () => {
    const slug = "medicinliste-hiv-tabel";
    const s = new Seeds(slug);
    const h = new Html();
    const c = cpr(s, born(s, 1960, 1975), { sex: "m" });
    const table = h.raw(
      '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' +
        `<tr><td colspan="3"><b>Borger: Finn Dyhr – CPR ${c}</b></td></tr>` +
        "<tr><th>Præparat</th><th>Dosis</th><th>Indikation</th></tr>" +
        "<tr><td>Biktarvy</td><td>1 tablet dagligt</td><td>Hiv</td></tr>" +
        "<tr><td>Sertralin</td><td>50 mg morgen</td><td>Depression</td></tr>" +
        "<tr><td>Pantoprazol</td><td>40 mg</td><td>Mavesår</td></tr>" +
        "</table>",
    );
    const text = `Hej Maja

Her er den opdaterede medicinliste efter lægens gennemgang i dag. Dispenseringen skal ændres fra næste uge.

${table}

Husk at det er fortroligt, at han er hiv-positiv – naboen må ikke være til stede ved medicingivning.

Hilsen Henrik`;
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.henrikToft, to: [P.majaOver],
      subject: "Opdateret medicinliste",
      html: h.render(text), alt: true,
      types: ["dk-cpr", "sensitive:health"],
      features: ["html-table"],
    };
  },

  () => {
    const slug = "finsk-beboer-plejecenter";
    const s = new Seeds(slug);
    const fi = hetu(s, { y: 1941, m: 6, d: 12 }, "letter");
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.trineSkov, to: [{ name: "Tolkebistand", email: "tolk@holmstrup.kommune.example" }],
      subject: "Tolk til finsk beboer",
      text: `Hej

Vi har fået en ny beboer, Aili Korhonen, som er født i Finland og nu har så fremskreden demens, at hun kun taler finsk. Vi skal bruge en tolk til indflytningssamtalen med lægen.

Hendes finske henkilötunnus er ${fi}, hvis I skal bruge det til bestillingen.

${sig(P.trineSkov, 4)}`,
      types: ["fi-hetu", "sensitive:health"],
      features: ["fi-hetu"],
    };
  },

  () => {
    const slug = "hjaelpemidler-cpr-i-emne";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1940, 1960), { sex: "f" });
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.ahmedRahimi, to: [{ name: "Hjælpemiddeldepotet", email: "hjaelpemidler@holmstrup.kommune.example" }],
      subject: `Kørestol – hastesag for borger ${c} (sklerose)`,
      subjectMode: "B",
      text: `Hej depot

Borgeren har sklerose og er siden sidste uge ikke længere i stand til at gå med rollator. Hun har derfor brug for en manuel kørestol med det samme, indtil den elektriske er bevilget.

Kan I levere i morgen? Adressen står i bestillingen.

Venlig hilsen
Ahmed`,
      types: ["dk-cpr", "sensitive:health"],
      features: ["id-in-subject"],
    };
  },

  () => {
    const slug = "mistet-sundhedskort";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1950, 2000), { form: "compact" });
    return {
      slug, dept: "health-care", kind: "pos",
      from: citizen("Bente Kofoed"), to: [BOX.borgerservice],
      subject: "Mistet sundhedskort",
      text: `Hej

Jeg har mistet mit gule sundhedskort på ferie. Kan I sende et nyt?

Sygesikringsnummer: ${c}

Venlig hilsen
Bente Kofoed`,
      types: ["dk-cpr"],
      features: ["cpr-compact"],
    };
  },

  () => {
    const slug = "faglig-sparring-pptx-noter";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1930, 1945), { sex: "f" });
    const att = pptx(
      ["Faglig sparring – Plejecenter Egebo", "Case: Beboer med udadreagerende adfærd", "Hvad gør vi nu?"],
      [undefined, `Beboer: Ellen Vad, cpr ${c}. Alzheimer, svært medtaget. Slår ud efter personalet ved bad. Datter ønsker ikke beroligende medicin.`, undefined],
    );
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.trineSkov, to: [{ name: "Demenskonsulent", email: "demenskonsulent@holmstrup.kommune.example" }],
      subject: "Oplæg til sparring på torsdag",
      text: `Hej Lise

Her er mine slides til vores sparring på torsdag. Detaljerne om borgeren står i noterne, så de ikke kommer op på skærmen.

Trine`,
      attachments: [{ name: "Sparring Egebo.pptx", contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", bytes: att, features: ["pptx-notes"] }],
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "vaergemaal-demens";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1932, 1942), { sex: "m" });
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.henrikToft, to: [{ name: "Familieretshuset, værgemål", email: "vaergemaal@familieret.example" }],
      subject: "Anmodning om værgemål",
      text: `Til Familieretshuset

Holmstrup Kommune anmoder hermed om, at der beskikkes en værge for Aage Frederiksen, CPR-nr. ${c}.

Aage har en svær demenssygdom og kan ikke længere varetage sine økonomiske forhold. Han har ingen pårørende, der kan hjælpe, og banken har oplyst, at hans konto er i overtræk.

Lægeerklæring eftersendes med sikker post.

${sig(P.henrikToft, 0)}`,
      types: ["dk-cpr", "sensitive:health", "sensitive:social"],
      features: [],
    };
  },

  () => {
    const slug = "thalassaemi-herkomst";
    return {
      slug, dept: "health-care", kind: "pos",
      from: { name: "Sundhedsplejerske Anja Vestergaard", email: "anja.vestergaard@holmstrup.kommune.example" }, to: [{ name: "Børnelæge Nørregade", email: "klinik@boernelaege-noerregade.example" }],
      subject: "Spørgsmål om blodprøve på spædbarn",
      text: `Kære Peter Nørgaard

Jeg har i dag været på hjemmebesøg hos familien Khalil. Mor er af pakistansk herkomst og fortæller, at hun selv har arvelig thalassæmi, og at hendes bror er alvorligt syg af det.

Hun vil gerne have datteren undersøgt. Kan I tage hende ind til en blodprøve?

Venlig hilsen
Anja Vestergaard
Sundhedsplejerske`,
      types: ["sensitive:ethnic-origin", "sensitive:genetic", "sensitive:health"],
      features: ["sensitive-only"],
    };
  },

  () => {
    const slug = "genoptraening-hex-entiteter";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1955, 1970), { sex: "f" });
    const h = new Html();
    const text = `Hej Genoptræningen

Vi sender hermed en genoptræningsplan for borgeren med cpr ${h.raw(entities(c))}, der er opereret med ny hofte den 3. februar.

Borgeren har desuden kronisk gigt og smerter i begge knæ, så der skal tages hensyn under træningen.

Venlig hilsen
Ortopædkirurgisk Ambulatorium`;
    return {
      slug, dept: "health-care", kind: "pos",
      from: { name: "Ortopædkirurgisk Ambulatorium", email: "ortopaedi@sonderaa.region.example" }, to: [P.ahmedRahimi],
      subject: "Genoptræningsplan",
      html: h.render(text),
      types: ["dk-cpr", "sensitive:health"],
      features: ["html-entities"],
    };
  },

  () => {
    const slug = "lesbisk-paaroerende-zwnj";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1940, 1950), { sex: "f" });
    return {
      slug, dept: "health-care", kind: "pos",
      from: P.majaOver, to: [P.trineSkov],
      subject: "Pårørende til ny beboer",
      text: `Hej Trine

Før indflytningen på fredag: Grethe Holt (personnr ${zeroWidth(c, "\u200c")}) har fortalt mig, at hun er lesbisk og har levet sammen med sin partner Vibeke i 40 år, men at hendes søn ikke kender til forholdet. Hun ønsker, at Vibeke registreres som nærmeste pårørende.

Vil du sørge for, at personalet er klædt på til det?

Maja`,
      types: ["dk-cpr", "sensitive:sexual-orientation"],
      features: ["zero-width"],
    };
  },
];

// =============================================================================================
// Finance

const finance: Maker[] = [
  () => {
    const slug = "borger-sendte-kortnummer";
    const s = new Seeds(slug);
    const inner = `Hej

Jeg vil gerne betale for min datters plads i dagtilbud med kort i stedet for betalingsservice. Her er mine oplysninger:

Mastercard ${card(s, "mastercard")}
Udløb 11/27

Venlig hilsen
Jeanette Hviid`;
    return {
      slug, dept: "finance", kind: "pos",
      from: P.annetteFrost, to: [P.gitteNoer],
      subject: "VS: Betaling af pladsanvisning",
      text: `Hej Gitte

Hvad gør vi med den her? Borgeren har skrevet hele sit kortnummer i en almindelig mail. Jeg har svaret, at vi ikke kan tage imod kortbetaling på den måde, og bedt hende slette mailen.

Skal vi også slette den fra vores postkasse?

Annette

${outlookHeader(citizen("Jeanette Hviid"), BOX.borgerservice, "mandag den 9. februar 2026 08:14", "Betaling af pladsanvisning")}

${quote(inner)}`,
      types: ["payment-card"],
      features: ["forward-quoted"],
    };
  },

  () => {
    const slug = "restanceliste-ods";
    const s = new Seeds(slug);
    const rows = [["Debitor", "CPR-nr.", "Restance kr.", "Ældste post", "Status"]];
    const names = ["Jannik Bro", "Sabrina Holm", "Lars Frandsen", "Mette Krag", "Yasmin Ali"];
    for (const n of names) rows.push([n, cpr(s, born(s, 1960, 2000)), String(s.int(800, 24000)), "01-0" + s.int(1, 9) + "-2025", "Rykker 2"]);
    return {
      slug, dept: "finance", kind: "pos",
      from: P.annetteFrost, to: [{ name: "Restanceinddrivelse", email: "restance@holmstrup.kommune.example" }],
      subject: "Restancer dagtilbud – til overdragelse",
      text: `Hej

Vedhæftet de restancer på forældrebetaling, der skal overdrages til inddrivelse. Regnearket er gemt i LibreOffice-format, da det kom fra det gamle system.

${sig(P.annetteFrost, 2)}`,
      attachments: [{ name: "Restancer dagtilbud.ods", contentType: "application/vnd.oasis.opendocument.spreadsheet", bytes: ods(rows, "Restancer") }],
      types: ["dk-cpr"],
      features: [],
    };
  },

  () => {
    const slug = "tilbagebetaling-cpr-og-konto";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1955, 1990));
    const acc = bankAccount(s);
    return {
      slug, dept: "finance", kind: "pos",
      from: P.gitteNoer, to: [{ name: "Udbetaling", email: "udbetaling@holmstrup.kommune.example" }],
      subject: "Tilbagebetaling af for meget opkrævet",
      text: `Hej Udbetaling

Borgeren har betalt for meget for sin fritidsplads i januar og skal have 1.450 kr. tilbage. Hun har ikke NemKonto, så beløbet skal manuelt til:

Reg.nr. ${acc.reg} kontonr. ${acc.account}

CPR-nr. på borgeren: ${c}

Tak.

${sig(P.gitteNoer, 4)}`,
      types: ["dk-cpr", "dk-bank-account"],
      features: [],
    };
  },

  () => {
    const slug = "svensk-borger-refusion-iban";
    const s = new Seeds(slug);
    const se = sePnr(s, { y: 1957, m: 10, d: 3 }, { form: "long-hyphen" });
    return {
      slug, dept: "finance", kind: "pos",
      from: P.gitteNoer, to: [{ name: "Udbetaling", email: "udbetaling@holmstrup.kommune.example" }],
      subject: "Refusion af depositum til svensk borger",
      text: `Hej

Depositum for leje af Holmstrup Hallen skal tilbagebetales til en svensk borger, der ikke har dansk konto.

Navn: Lars-Erik Lindgren
Svensk personnummer: ${se}
IBAN: ${iban(s, "SE")}

Beløb: 2.000 kr.

${sig(P.gitteNoer, 1)}`,
      types: ["se-personnummer", "iban"],
      features: ["se-pnr-long"],
    };
  },

  () => {
    const slug = "ejendomsskat-opkraevning-pdf";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1950, 1985));
    const att = pdf([
      "Holmstrup Kommune - Opkrævning",
      "",
      "Ejendomsskattebillet 2026, 2. rate",
      `Ejer: Mogens Dalsgaard, CPR-nr. ${c}`,
      "Ejendom: Bøgevej 7, 7190 Holmstrup",
      "Beløb: 6.412,50 kr.   Sidste rettidige betaling: 01.09.2026",
    ]);
    return {
      slug, dept: "finance", kind: "pos",
      from: P.annetteFrost, to: [citizen("Mogens Dalsgaard")],
      subject: "Kopi af opkrævning",
      text: `Kære Mogens Dalsgaard

Som aftalt i telefonen sender jeg en kopi af opkrævningen på 2. rate. Den originale blev sendt til din digitale postkasse den 15. august.

${sig(P.annetteFrost, 0, { disclaimer: 1 })}`,
      attachments: [{ name: "Opkrævning rate 2.pdf", contentType: "application/pdf", bytes: att, features: ["pdf-text-layer"] }],
      types: ["dk-cpr"],
      features: [],
    };
  },

  () => {
    const slug = "udlaegsblanket-html-amex";
    const s = new Seeds(slug);
    const form =
      '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Udlægsblanket</title></head><body>' +
      "<h1>Udlægsblanket – indsendt via intranettet</h1>" +
      "<table><tr><td>Navn</td><td>Susanne Brix</td></tr><tr><td>Afdeling</td><td>Kultur og Fritid</td></tr>" +
      "<tr><td>Formål</td><td>Flybilletter, studietur Aarhus</td></tr>" +
      `<tr><td>Betalt med kort (American Express)</td><td>${card(s, "amex")}</td></tr>` +
      "<tr><td>Beløb</td><td>3.280,00 kr.</td></tr></table></body></html>";
    return {
      slug, dept: "finance", kind: "pos",
      from: { name: "Intranettet", email: "noreply-intranet@holmstrup.kommune.example" }, to: [P.gitteNoer],
      subject: "Ny udlægsblanket til godkendelse",
      text: `Der er indsendt en ny udlægsblanket, som afventer din godkendelse. Blanketten er vedhæftet.

Denne mail er sendt automatisk og kan ikke besvares.`,
      attachments: [{ name: "Udlaegsblanket.html", contentType: "text/html", bytes: utf8(form) }],
      types: ["payment-card"],
      features: [],
    };
  },

  () => {
    const slug = "udbetalinger-csv-cp1252";
    const s = new Seeds(slug);
    const lines = ["Modtager;CPR-nr.;Beløb;Bankforbindelse;Tekst"];
    const names = ["Søren Bæk", "Åse Lønstrup", "Bjørn Ærenlund"];
    for (const n of names) {
      const a = bankAccount(s);
      lines.push(`${n};${cpr(s, born(s, 1950, 1995))};${s.int(200, 4000)},00;Reg. ${a.reg} kto. ${a.account};Godtgørelse – tabt arbejdsfortjeneste`);
    }
    return {
      slug, dept: "finance", kind: "pos",
      from: P.gitteNoer, to: [{ name: "Udbetaling", email: "udbetaling@holmstrup.kommune.example" }],
      subject: "Manuelle udbetalinger til godkendelse",
      text: `Hej

Vedhæftet tre manuelle udbetalinger af tabt arbejdsfortjeneste til medlemmer af ældrerådet. Filen er fra vores gamle regnskabssystem (Windows-tegnsæt).

Gitte`,
      attachments: [{ name: "Udbetalinger.csv", contentType: "text/csv; charset=windows-1252", bytes: cp1252(lines.join("\r\n") + "\r\n"), features: ["csv-cp1252"] }],
      types: ["dk-cpr", "dk-bank-account"],
      features: [],
    };
  },

  () => {
    const slug = "betalingsaftale-cpr-i-emne";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1970, 1998));
    return {
      slug, dept: "finance", kind: "pos",
      from: citizen("Kristian Sølvsten"), to: [BOX.borgerservice],
      subject: `Betalingsaftale – CPR-nr. ${c}`,
      subjectMode: "B",
      text: `Hej

Jeg vil gerne lave en betalingsaftale på min restance for renovation. Jeg kan betale 500 kr. om måneden fra 1. oktober.

Venlig hilsen
Kristian Sølvsten`,
      types: ["dk-cpr"],
      features: ["id-in-subject"],
    };
  },

  () => {
    const slug = "webformular-zwj";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1975, 1995));
    return {
      slug, dept: "finance", kind: "pos",
      from: { name: "Selvbetjening", email: "selvbetjening@holmstrup.kommune.example" }, to: [P.annetteFrost],
      subject: "Ny henvendelse fra selvbetjeningen",
      text: `Formular: Spørgsmål om opkrævning
Indsendt: 14-04-2026

Navn: Lea Kirkegaard
CPR-nummer: ${zeroWidth(c, "\u200d")}
Besked: Jeg har fået en rykker, men jeg har betalt. Kan I se på det?`,
      types: ["dk-cpr"],
      features: ["zero-width"],
    };
  },

  () => {
    const slug = "loentraek-fagforeningskontingent";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1970, 1995), { sex: "f" });
    return {
      slug, dept: "finance", kind: "pos",
      from: { name: "Dansk Sygeplejeråd, Kreds Syddanmark", email: "kontingent@dsr-kreds.example" }, to: [BOX.loen],
      subject: "Kontingenttræk via lønnen",
      text: `Til Lønkontoret, Holmstrup Kommune

Vores medlem Camilla Juhl, CPR-nr. ${c}, ansat som sygeplejerske i Hjemmesygeplejen, har bedt om, at hendes kontingent til fagforeningen fremover trækkes via lønnen.

Kontingentet udgør 742 kr. pr. måned fra 1. juni. Samtykkeerklæringen er vedhæftet i vores system og kan eftersendes.

Med venlig hilsen
Medlemsservice, Dansk Sygeplejeråd`,
      types: ["dk-cpr", "sensitive:trade-union"],
      features: [],
    };
  },

  () => {
    const slug = "gaeldssanering-udtalelse";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1965, 1985), { sex: "m" });
    return {
      slug, dept: "finance", kind: "pos",
      from: P.annetteFrost, to: [{ name: "Skifteretten", email: "skifteret@domstol.example" }],
      subject: "Kommunens krav – gældssaneringssag",
      text: `Til Skifteretten

I gældssaneringssagen vedrørende Jesper Holm, CPR-nr. ${c}, anmelder Holmstrup Kommune et krav på 18.430 kr. vedrørende tilbagebetaling af for meget udbetalt boligstøtte.

Kommunen har ingen indsigelser mod gældssaneringen.

${sig(P.annetteFrost, 3)}`,
      types: ["dk-cpr", "sensitive:social"],
      features: [],
    };
  },
];

// =============================================================================================
// Building / technical

const technical: Maker[] = [
  () => {
    const slug = "byggetilladelse-docx";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1960, 1990));
    const att = docx({
      body: [
        "Byggetilladelse – tilbygning til enfamiliehus",
        "",
        `Ansøger/ejer: Niels Kjærsgaard, CPR-nr. ${c}`,
        "Ejendom: Engtoften 4, matr.nr. 12b Holmstrup By",
        "",
        "Holmstrup Kommune giver hermed tilladelse til opførelse af en tilbygning på 32 m² i overensstemmelse med de indsendte tegninger.",
        "Byggeriet skal være påbegyndt inden 1 år.",
      ].join("\n"),
    });
    return {
      slug, dept: "technical", kind: "pos",
      from: P.peterHoff, to: [citizen("Niels Kjærsgaard")],
      subject: "Byggetilladelse – Engtoften 4",
      text: `Kære Niels Kjærsgaard

Hermed byggetilladelse til jeres tilbygning. Husk at færdigmelde byggeriet via Byg og Miljø, når det er afsluttet.

${sig(P.peterHoff, 0)}`,
      attachments: [{ name: "Byggetilladelse.docx", contentType: DOCX, bytes: att }],
      types: ["dk-cpr"],
      features: [],
    };
  },

  () => {
    const slug = "boligaendring-sklerose";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1965, 1985), { sex: "f" });
    return {
      slug, dept: "technical", kind: "pos",
      from: { name: "Ergoterapeut Sanne Bach", email: "sanne.bach@holmstrup.kommune.example" }, to: [P.karstenEl],
      subject: "Boligændring – rampe og dørtrin",
      text: `Hej Karsten

Borgeren på Mosevej 3 (CPR ${c}) har fremskreden sklerose og er nu kørestolsbruger. Vi har bevilget en rampe ved hoveddøren og fjernelse af dørtrin til badeværelset.

Kan I lave et overslag og tage kontakt til hende om et tidspunkt? Hun er hjemme det meste af dagen.

Sanne`,
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "byggeplads-adgangskort";
    const s = new Seeds(slug);
    return {
      slug, dept: "technical", kind: "pos",
      from: P.bygLeder, to: [P.karstenEl],
      subject: "Adgangskort til byggepladsen – nye folk",
      text: `Hej Karsten

Vi har to nye folk på byggepladsen ved skolen fra mandag. Til adgangskortene:

Tomasz Nowak – polsk statsborger, pasnummer ${passportNo(s)}
Mikkel Brandt – kører i kranbilen, kørekortnummer ${licenceNo(s)}

Sig til, hvis I mangler noget.

${sig(P.bygLeder, 1)}`,
      types: ["dk-passport", "dk-driving-licence"],
      features: [],
    };
  },

  () => {
    const slug = "deklaration-rtf";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1955, 1980));
    const att = rtf(
      [
        "DEKLARATION",
        "vedrørende vedligeholdelse af fælles vejareal",
        "",
        `Undertegnede ejer af matr.nr. 7a Holmstrup By, Hans-Jørgen Æbelø, CPR-nr. ${c}, forpligter sig til at deltage i vedligeholdelsen af den private fællesvej.`,
        "",
        "Påtaleberettiget er Holmstrup Kommune.",
      ].join("\n"),
    );
    return {
      slug, dept: "technical", kind: "pos",
      from: P.idaGram, to: [{ name: "Advokatfirmaet Lund & Co", email: "tinglysning@lundadvokat.example" }],
      subject: "Deklaration til tinglysning",
      text: `Hej

Hermed deklarationen i Word-kompatibelt format, som aftalt. Den er godkendt af kommunen og kan sendes til tinglysning.

${sig(P.idaGram, 2)}`,
      attachments: [{ name: "Deklaration fællesvej.rtf", contentType: "application/rtf", bytes: att }],
      types: ["dk-cpr"],
      features: [],
    };
  },

  () => {
    const slug = "udsaettelse-lejer";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1975, 1995), { sex: "m" });
    return {
      slug, dept: "technical", kind: "pos",
      from: { name: "Boligselskabet Holmehus", email: "udlejning@holmehus.example" }, to: [BOX.boernFamilie, P.rikkeVest],
      subject: "Varsling af udsættelse",
      text: `Til Holmstrup Kommune

Vi skal hermed varsle, at der er berammet fogedforretning med henblik på udsættelse af lejer i Holmehus, blok C, den 12. maj kl. 9.00.

Lejeren (CPR-nr. ${c}) har en huslejerestance på 27.600 kr. og har ikke reageret på vores henvendelser. Der bor et barn på 6 år i lejligheden.

Vi gør opmærksom på, at lejeren vil stå uden bolig efter udsættelsen.

Venlig hilsen
Boligselskabet Holmehus`,
      types: ["dk-cpr", "sensitive:social"],
      features: [],
    };
  },

  () => {
    const slug = "paabud-oprydning-nbsp";
    const s = new Seeds(slug);
    const c = withSep(cpr(s, born(s, 1950, 1975)), "\u00a0");
    return {
      slug, dept: "technical", kind: "pos",
      from: P.peterHoff, to: [{ name: "Juridisk konsulent", email: "jura@holmstrup.kommune.example" }],
      subject: "Påbud om oprydning – Kløvervej 22",
      text: `Hej Jura

Kan I kigge på udkastet til påbud om oprydning på Kløvervej 22, inden det sendes?

Ejer: Bjarne Holt, CPR-nr. ${c}

Der er oplag af bilvrag og byggeaffald på grunden, og naboerne har klaget gentagne gange. Vi har givet to skriftlige henstillinger uden resultat.

Peter`,
      types: ["dk-cpr"],
      features: ["nbsp"],
    };
  },

  () => {
    const slug = "nabo-klage-msg";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1960, 1990));
    const item = msg({
      subject: "Klage over støj fra vejarbejde",
      body: `Til Vej og Park\r\n\r\nJeg klager over, at vejarbejdet på Skolevej begynder kl. 6 om morgenen. Det er ulovligt efter kl. 7-reglen i jeres egen forskrift.\r\n\r\nNavn: Jonas Thorup\r\nCPR-nr.: ${c}\r\nAdresse: Skolevej 19`,
      html: `<html><body><p>Til Vej og Park</p><p>Jeg klager over, at vejarbejdet på Skolevej begynder kl. 6 om morgenen.</p><p>Navn: Jonas Thorup<br>CPR-nr.: ${c}<br>Adresse: Skolevej 19</p></body></html>`,
    });
    return {
      slug, dept: "technical", kind: "pos",
      from: P.idaGram, to: [{ name: "Entreprenør Vejbyg", email: "projekt@vejbyg.example" }],
      subject: "VS: Klage over støj fra vejarbejde",
      text: `Hej

Vi har fået vedhæftede klage. Vil I sikre, at I overholder arbejdstiderne fremover?

${sig(P.idaGram, 1)}`,
      attachments: [{ name: "Klage over støj.msg", contentType: "application/vnd.ms-outlook", bytes: item }],
      types: ["dk-cpr"],
      features: [],
    };
  },

  () => {
    const slug = "arbejdsulykke-anmeldelse-pdf";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1970, 1995), { sex: "m" });
    const att = pdf([
      "Anmeldelse af arbejdsulykke - intern kopi",
      "",
      `Tilskadekomne: Kristoffer Dam, CPR ${c}`,
      "Arbejdssted: Materielgården, Holmstrup Kommune",
      "Hændelse: Faldt ned fra stige under beskæring, 2,5 m",
      "Skade: Brækket håndled og hjernerystelse, indlagt en nat",
      "Fravær: Forventet 6 uger",
    ]);
    return {
      slug, dept: "technical", kind: "pos",
      from: P.karstenEl, to: [{ name: "Arbejdsmiljø", email: "arbejdsmiljoe@holmstrup.kommune.example" }],
      subject: "Arbejdsulykke på materielgården",
      text: `Hej Arbejdsmiljø

Vedhæftet intern kopi af anmeldelsen, som er sendt til EASY. Vi holder en gennemgang af ulykken med holdet på fredag.

${sig(P.karstenEl, 3)}`,
      attachments: [{ name: "Anmeldelse arbejdsulykke.pdf", contentType: "application/pdf", bytes: att, features: ["pdf-text-layer"] }],
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },
];

// =============================================================================================
// Citizens' service

const citizens: Maker[] = [
  () => {
    const slug = "pasansoegning-biometri";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1980, 2005));
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: P.lotteSand, to: [{ name: "Pasudstedelse – support", email: "passupport@politi.example" }],
      subject: "Fejl ved optagelse af biometri",
      text: `Hej support

Ved pasansøgning i dag for en borger (CPR ${c}) fejlede optagelsen af biometriske data – fingeraftrykket på højre pegefinger kunne ikke læses, og systemet afviste ansigtsfotoet to gange.

Hendes gamle pasnummer er ${passportNo(s)}. Kan vi sende ansøgningen uden det ene fingeraftryk?

${sig(P.lotteSand, 0)}`,
      types: ["dk-cpr", "dk-passport", "sensitive:biometric"],
      features: [],
    };
  },

  () => {
    const slug = "koerekort-fornyelse-laegeerklaering";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1940, 1952), { sex: "m" });
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: citizen("Svend Aage Bruun", "post.example"), to: [BOX.borgerservice],
      subject: "Fornyelse af kørekort",
      text: `Til Borgerservice

Jeg skal have fornyet mit kørekort, som udløber i næste måned. Min læge har udfyldt lægeerklæringen, men skrevet at jeg har grøn stær og skal til kontrol igen om et halvt år. Betyder det, at jeg kun får kørekortet i kort tid?

Kørekortnummer: ${licenceNo(s)}
CPR-nr.: ${c}

Med venlig hilsen
Svend Aage Bruun`,
      types: ["dk-cpr", "dk-driving-licence", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "erstatningspersonnummer-udlandsstuderende";
    const s = new Seeds(slug);
    const sub = cpr(s, born(s, 1998, 2004), { substitute: true });
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: P.lotteSand, to: [{ name: "Uddannelsescenter Holmstrup – studieadministration", email: "studieadm@uch.example" }],
      subject: "Udvekslingsstuderende uden CPR",
      text: `Hej

Jeres udvekslingsstuderende fra Brasilien kan endnu ikke få et rigtigt personnummer, fordi hun ikke har fast adresse. Hun er i stedet oprettet med erstatningspersonnummer ${sub}, som I kan bruge i jeres system, indtil hun er registreret.

${sig(P.lotteSand, 1)}`,
      types: ["dk-cpr-substitute"],
      features: ["cpr-substitute"],
    };
  },

  () => {
    const slug = "tilflytter-cpr-uden-kontrolciffer";
    const s = new Seeds(slug);
    const c = cpr(s, { y: 1987, m: 7, d: 14 }, { mod11: false, sex: "f" });
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: P.emilKoch, to: [{ name: "Sprogcenter Holmstrup", email: "indskrivning@sprogcenter.example" }],
      subject: "Ny kursist – CPR tildelt i dag",
      text: `Hej Sprogcentret

Vi har i dag registreret en ny tilflytter fra Filippinerne, som gerne vil starte på danskundervisning hurtigst muligt.

Navn: Maria Santos
CPR-nr.: ${c}

Hun har opholdstilladelse som au pair. Bemærk, at hendes personnummer er tildelt efter 2007 og ikke overholder den gamle modulus 11-kontrol, så jeres system skal acceptere det.

${sig(P.emilKoch, 2)}`,
      types: ["dk-cpr"],
      features: ["cpr-no-mod11"],
    };
  },

  () => {
    const slug = "flytning-fra-sverige-langt-personnummer";
    const s = new Seeds(slug);
    const se = sePnr(s, { y: 1982, m: 12, d: 30 }, { form: "long-hyphen" });
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: citizen("Johanna Berg"), to: [BOX.borgerservice],
      subject: "Flytning fra Sverige till Danmark",
      text: `Hej!

Jag flyttar från Helsingborg till Holmstrup den 1 maj och vill anmäla flytten. Mitt svenska personnummer är ${se}. Vilka papper behöver jag ta med när jag kommer till er?

Med vänliga hälsningar
Johanna Berg`,
      types: ["se-personnummer"],
      features: ["se-pnr-long"],
    };
  },

  () => {
    const slug = "norsk-tilflytter-foedselsnummer";
    const s = new Seeds(slug);
    const f = noFnr(s, { y: 1976, m: 4, d: 27 });
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: P.lotteSand, to: [{ name: "Skatteetaten", email: "utland@skatteetaten.example" }],
      subject: "Utflytting fra Norge – bekreftelse",
      text: `Hei

En borger er flyttet fra Tromsø til Holmstrup Kommune. For at vi kan registrere hende korrekt, beder vi om bekræftelse af udflytningen fra Folkeregisteret.

Fødselsnummer: ${f}
Navn: Kari Nordmann Hansen

${sig(P.lotteSand, 3)}`,
      types: ["no-fodselsnummer"],
      features: ["no-fnr"],
    };
  },

  () => {
    const slug = "finsk-hetu-cpr-lignende";
    const s = new Seeds(slug);
    const fi = hetu(s, { y: 1968, m: 3, d: 15 }, "digit", "-");
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: citizen("Mikko Lahtinen"), to: [BOX.borgerservice],
      subject: "Registrering af finsk statsborger",
      text: `Hej

Jeg er finsk statsborger og har fået arbejde i Holmstrup. Jeg vil gerne registreres. Mit finske personnummer (henkilötunnus) er ${fi}.

Kan jeg booke en tid online?

Mikko Lahtinen`,
      types: ["fi-hetu"],
      features: ["fi-hetu-numeric"],
    };
  },

  () => {
    const slug = "adressebeskyttelse-vold";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1985, 1995), { sex: "f" });
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: { name: "Kvindekrisecentret Havnely", email: "raadgivning@havnely.example" }, to: [BOX.borgerservice],
      subject: "Navne- og adressebeskyttelse – haster",
      text: `Til Borgerservice

Vi henvender os på vegne af en kvinde, der har boet på krisecentret i to måneder efter vold i hjemmet. Hun flytter nu i egen bolig i jeres kommune og har brug for navne- og adressebeskyttelse, da ekskæresten har truet hende.

Kvindens CPR-nr.: ${c}

Hun kan møde op sammen med en af vores rådgivere på tirsdag.

Venlig hilsen
Helle, socialrådgiver`,
      types: ["dk-cpr", "sensitive:family"],
      features: [],
    };
  },

  () => {
    const slug = "navneaendring-cpr-i-emne";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1990, 2005));
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: citizen("Signe Ørum"), to: [BOX.borgerservice],
      subject: `Navneændring efter bryllup – ${c}`,
      text: `Hej

Jeg er blevet gift i august og har ansøgt om at tage min mands efternavn via borger.dk. Jeg har ikke hørt noget endnu. Kan I se, hvor langt sagen er?

Mvh. Signe Ørum (tidl. Signe Kjær)`,
      types: ["dk-cpr"],
      features: ["id-in-subject"],
    };
  },

  () => {
    const slug = "kvittering-txt";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1945, 2000));
    const receipt = `KVITTERING – BORGERSERVICE HOLMSTRUP\r\n\r\nYdelse: Nyt sundhedskort (gult)\r\nCPR-nr.: ${c}\r\nBetalt: 195,00 kr. (MobilePay)\r\nBetjent af: LS\r\n`;
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: P.lotteSand, to: [citizen("Karen Toft", "post.example")],
      subject: "Din kvittering",
      text: `Kære Karen Toft

Du bad om en kvittering på mail. Den er vedhæftet.

${sig(P.lotteSand, 2)}`,
      attachments: [{ name: "kvittering.txt", contentType: "text/plain; charset=utf-8", bytes: utf8(receipt) }],
      types: ["dk-cpr"],
      features: [],
    };
  },

  () => {
    const slug = "formular-html-spans";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1960, 2000));
    const form =
      '<html><head><meta charset="utf-8"><title>Flyttemeddelelse</title></head><body>' +
      "<h2>Flyttemeddelelse</h2>" +
      `<p>CPR-nr.: <span class="f1">${c.slice(0, 2)}</span><span class="f2">${c.slice(2, 6)}</span>-<span class="f3">${c.slice(7)}</span></p>` +
      "<p>Ny adresse: Lindevej 8, 1. th.</p><p>Flyttedato: 01-06-2026</p></body></html>";
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: { name: "Selvbetjening", email: "selvbetjening@holmstrup.kommune.example" }, to: [BOX.borgerservice],
      subject: "Flyttemeddelelse modtaget (manuel behandling)",
      text: `En flyttemeddelelse kunne ikke behandles automatisk og kræver manuel behandling. Formularen er vedhæftet.`,
      attachments: [{ name: "flyttemeddelelse.html", contentType: "text/html; charset=utf-8", bytes: utf8(form), features: ["split-html"] }],
      types: ["dk-cpr"],
      features: [],
    };
  },

  () => {
    const slug = "sygesikring-fuldbredde";
    const s = new Seeds(slug);
    const c = fullWidth(withSep(cpr(s, born(s, 1990, 2004)), ""));
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: citizen("Yuki Tanaka-Larsen"), to: [BOX.borgerservice],
      subject: "Valg af læge",
      text: `Hello / Hej

I want to change my doctor to Lægehuset Torvet. My Danish CPR number is ${c}.

Thank you
Yuki`,
      types: ["dk-cpr"],
      features: ["fullwidth-digits", "cpr-compact"],
    };
  },

  () => {
    const slug = "lejekontrakt-tankestreg-html";
    const s = new Seeds(slug);
    const c = withSep(cpr(s, born(s, 1995, 2004)), "\u2013");
    const h = new Html();
    const text = `Hej Borgerservice

Jeg skal søge boligstøtte og har brug for at vide, om I har modtaget min lejekontrakt. Jeg sendte den i sidste uge.

Mit personnummer: ${c}

På forhånd tak
Mathias`;
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: citizen("Mathias Lund"), to: [BOX.borgerservice],
      subject: "Boligstøtte – lejekontrakt",
      html: h.render(text),
      types: ["dk-cpr"],
      features: ["en-dash"],
    };
  },

  () => {
    const slug = "ehic-ikke-brydende-bindestreg";
    const s = new Seeds(slug);
    const c = withSep(cpr(s, born(s, 1950, 2000)), "\u2011");
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: P.lotteSand, to: [citizen("Ole Damgaard")],
      subject: "Dit blå EU-sygesikringskort",
      text: `Kære Ole Damgaard

Vi har bestilt dit blå EU-sygesikringskort. Det bliver sendt til din folkeregisteradresse inden for 2 uger.

Bestillingen er registreret på personnummer ${c}.

${sig(P.lotteSand, 4)}`,
      types: ["dk-cpr"],
      features: ["nb-hyphen"],
    };
  },

  () => {
    const slug = "flytning-bloedt-bindestreg-plain";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1970, 2000));
    const shy = c.slice(0, 2) + "\u00ad" + c.slice(2, 6) + "\u00ad-\u00ad" + c.slice(7);
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: citizen("Hanne Vind"), to: [BOX.borgerservice],
      subject: "Flytning – har I fået den?",
      text: `Hej

Jeg meldte flytning for tre uger siden, men min post kommer stadig til den gamle adresse. Mit cpr-nummer er ${shy} (kopieret fra min e-Boks).

Hilsen Hanne Vind`,
      types: ["dk-cpr"],
      features: ["soft-hyphen"],
    };
  },

  () => {
    const slug = "videresendt-flyttebesked-vedhaeftet";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 2000, 2006));
    const inner: MailSpec = {
      slug: slug + "-inner", dept: "citizen-service", kind: "pos",
      from: citizen("Oscar Mikkelsen"), to: [{ name: "Boligkontoret UCH", email: "bolig@uch.example" }],
      subject: "Indflytning på kollegiet",
      text: `Hej

Jeg flytter ind på værelse 214 den 1. september. Mit CPR-nummer er ${c}, hvis I skal bruge det til kontrakten.

Oscar`,
      types: [], features: [],
    };
    return {
      slug, dept: "citizen-service", kind: "pos",
      from: { name: "Boligkontoret UCH", email: "bolig@uch.example" }, to: [BOX.borgerservice],
      subject: "VS: Indflytning på kollegiet",
      text: `Hej Borgerservice

Den studerende har ikke meldt flytning endnu, og vi kan ikke udlevere nøgle uden. Vi har vedhæftet hans mail. Kan I kontakte ham?

Venlig hilsen
Boligkontoret, Uddannelsescenter Holmstrup`,
      attachments: [attachedMessage(inner, "Indflytning på kollegiet.eml")],
      types: ["dk-cpr"],
      features: [],
    };
  },
];

export function positivesB(): MailSpec[] {
  return [...hr, ...health, ...finance, ...technical, ...citizens].map((f) => f());
}
