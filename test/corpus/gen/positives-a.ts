// Positives, part 1: social services, jobcenter, schools. Each mail says something that needs
// secure post (an identity number, or a special category said about a person); `types` lists
// every finding type that must be reported, `features` the obfuscations and attachment kinds.

import { attachedMessage } from "./build";
import {
  BOX,
  born,
  citizen,
  cpr,
  docx,
  entities,
  fullWidth,
  hetu,
  Html,
  MailSpec,
  msg,
  noFnr,
  odt,
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
} from "./common";
import { cp1252, utf8 } from "./mime";

type Maker = () => MailSpec;

// =============================================================================================
// Social services

const social: Maker[] = [
  () => {
    const slug = "underretning-fra-tandplejen";
    const s = new Seeds(slug);
    const child = cpr(s, born(s, 2015, 2018), { sex: "f" });
    return {
      slug, dept: "social", kind: "pos",
      from: { name: "Tandplejen Holmstrup", email: "tandplejen@holmstrup.kommune.example" },
      to: [BOX.underretning],
      subject: "Underretning vedr. pige på 9 år",
      text: `Til Børne- og Familieafdelingen

Vi skal hermed underrette om Sofie, CPR-nr. ${child}, som har været til undersøgelse hos os i dag.

Sofie har for tredje gang i træk udeblevet fra aftalt behandling, og da hun endelig kom i dag, havde hun 6 huller og tydelige smerter. Hun fortalte, at hun ofte selv smører madpakke og at "mor sover meget". Vi er bekymrede for, om der er omsorgssvigt i hjemmet.

Mor er orienteret om, at vi sender en underretning.

Vi står gerne til rådighed for uddybning.

Med venlig hilsen
Tandlæge Kristian Aagaard
Den kommunale tandpleje, Holmstrup Kommune`,
      types: ["dk-cpr", "sensitive:child-protection", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "boernefaglig-undersoegelse-docx";
    const s = new Seeds(slug);
    const b = born(s, 2012, 2014);
    const child = cpr(s, b, { sex: "m" });
    const mother = cpr(s, born(s, 1984, 1990), { sex: "f" });
    const att = docx({
      header: `Børne- og Familieafdelingen – Børnefaglig undersøgelse efter barnets lov § 20\nBarn: Noah Lindqvist   CPR-nr.: ${child}`,
      body: [
        "Børnefaglig undersøgelse – udkast",
        "",
        "1. Baggrund",
        "Undersøgelsen er iværksat efter tre underretninger fra skolen om fravær og udadreagerende adfærd.",
        `Mor: Julie Lindqvist, cpr ${mother}. Far er ikke en del af barnets liv.`,
        "",
        "2. Barnets udvikling og adfærd",
        "Noah er en sensitiv dreng, som har svært ved at regulere sig selv i større grupper. Han har et højt fravær (31 %).",
        "",
        "3. Familieforhold",
        "Mor fortæller, at hun i perioder har haft svært ved at overskue hverdagen. Der er ikke tidligere foranstaltninger.",
        "",
        "4. Foreløbig vurdering",
        "Det vurderes, at Noah har behov for støtte, og at en forebyggende foranstaltning i form af familiebehandling bør overvejes.",
      ].join("\n"),
      splitRuns: true,
    });
    return {
      slug, dept: "social", kind: "pos",
      from: P.leneBak, to: [P.madsHolm],
      subject: "Udkast til børnefaglig undersøgelse – til sparring",
      text: `Hej Mads

Som aftalt på teammødet sender jeg mit udkast til den børnefaglige undersøgelse på Noah. Jeg vil gerne have din sparring på afsnit 4, inden vi holder møde med mor i næste uge.

Jeg har ikke nået at skrive konklusionen endnu.

${sig(P.leneBak, 1)}`,
      attachments: [{ name: "Børnefaglig undersøgelse - udkast.docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes: att, features: ["docx-split-runs", "docx-header"] }],
      types: ["dk-cpr", "sensitive:child-protection"],
      features: [],
    };
  },

  () => {
    const slug = "anbringelse-split-spans";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 2011, 2013), { sex: "m" });
    const h = new Html();
    const split = h.raw(
      `<span style="color:#1F3864">${c.slice(0, 4)}</span><span style="color:#1F3864;mso-bookmark:_MailAutoSig">${c.slice(4, 8)}</span><b><span style="color:#1F3864">${c.slice(8)}</span></b>`,
    );
    const text = `Hej Karina

Tak for snakken i går. Som lovet sender jeg de oplysninger, I skal bruge til at overtage sagen, nu hvor familien er flyttet til Vesterå.

Oliver (CPR: ${split}) har siden marts været anbragt uden for hjemmet på Opholdsstedet Lærkereden. Anbringelsen er frivillig efter § 47, og forældremyndighedsindehaver har givet samtykke.

Den unge trives generelt godt, men samværet med far har været svingende. Handleplanen er senest revideret i august.

Akterne sendes via Serviceplatformen, når I har oprettet sagen.

${sig(P.leneBak, 0, { disclaimer: 0 })}`;
    return {
      slug, dept: "social", kind: "pos",
      from: P.leneBak, to: [P.vesteraSoc], cc: [P.madsHolm],
      subject: "Overdragelse af sag – anbragt dreng, 14 år",
      html: h.render(text),
      types: ["dk-cpr", "sensitive:child-protection", "sensitive:family"],
      features: ["split-html"],
    };
  },

  () => {
    const slug = "videresendt-bekymring-fra-skole";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 2014, 2016), { sex: "f" });
    const inner = `Hej

Jeg skriver, fordi vi på skolen er bekymrede for Emma i 4.A, cpr.nr. ${c}.
Hun har de sidste uger virket meget ked af det, og i dag fortalte hun en voksen, at far havde slået hende, fordi hun havde glemt sin taske.
Vi har ikke talt med forældrene endnu. Skal vi lave en egentlig underretning, eller tager I den herfra?

Hilsen
Birgitte Hald, klasselærer`;
    return {
      slug, dept: "social", kind: "pos",
      from: P.madsHolm, to: [P.hanneLund],
      subject: "VS: Bekymring for elev i 4.A",
      text: `Hanne – kan du tage denne i dag? Jeg har bedt skolen sende den som underretning gennem den sikre formular, men vi skal reagere nu.

/Mads

${outlookHeader(P.birgitteHald, BOX.boernFamilie, "tirsdag den 3. marts 2026 13:42", "Bekymring for elev i 4.A")}

${quote(inner)}`,
      types: ["dk-cpr", "sensitive:child-protection"],
      features: ["forward-quoted"],
    };
  },

  () => {
    const slug = "erstatningspersonnummer-herberg";
    const s = new Seeds(slug);
    const sub = cpr(s, born(s, 1970, 1985), { substitute: true, sex: "m" });
    return {
      slug, dept: "social", kind: "pos",
      from: P.rikkeVest, to: [{ name: "Herberget Vestly", email: "kontor@herbergetvestly.example" }],
      subject: "Borger uden fast bopæl – erstatningspersonnummer",
      text: `Kære personale på Vestly

Vi har haft besøg af Marek, som er hjemløs og har overnattet hos jer de sidste nætter. Han har ikke noget dansk CPR-nummer, så vi har oprettet ham med et erstatningspersonnummer: ${sub}.

Han har et massivt alkoholmisbrug og ønsker at komme i afrusning. Vi arbejder på en plads på Rusmiddelcentret fra mandag. Vil I give ham besked om, at han skal møde ind hos os kl. 10 fredag?

Mange tak for hjælpen.

${sig(P.rikkeVest, 3, { disclaimer: 4 })}`,
      types: ["dk-cpr-substitute", "sensitive:social"],
      features: ["cpr-substitute"],
    };
  },

  () => {
    const slug = "samvaersordning-nbsp";
    const s = new Seeds(slug);
    const child = withSep(cpr(s, born(s, 2017, 2020)), "\u00a0");
    const h = new Html();
    const text = `Kære Familieretshuset

Vedrørende barnet Alberte, personnummer ${h.raw(child.replace("\u00a0", "&nbsp;"))}.

Forældrene er gået fra hinanden i efteråret og har fælles forældremyndighed. Mor har nu søgt om at ændre samværsordningen, så Alberte kun ser far hver anden weekend. Far er uenig, og konflikten er efter vores vurdering højkonfliktpræget.

Vi fremsender hermed vores bemærkninger til brug for sagen og deltager gerne i et møde hos jer.

${sig(P.hanneLund, 2)}`;
    return {
      slug, dept: "social", kind: "pos",
      from: P.hanneLund, to: [{ name: "Familieretshuset", email: "post@familieret.example" }],
      subject: "Bemærkninger til samværssag",
      html: h.render(text), alt: true,
      types: ["dk-cpr", "sensitive:family"],
      features: ["nbsp"],
    };
  },

  () => {
    const slug = "selvmordsforsoeg-zero-width";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 2008, 2009), { sex: "f" });
    return {
      slug, dept: "social", kind: "pos",
      from: P.regionLaege, to: [BOX.boernFamilie],
      subject: "Orientering om indlæggelse",
      text: `Til den kommunale børne- og ungeforvaltning

Hermed orientering om at Laura, CPR ${zeroWidth(c)}, blev indlagt på Børne- og Ungdomspsykiatrisk Afsnit natten til søndag efter et selvmordsforsøg med piller.

Hun er somatisk stabil. Vi forventer udskrivelse i løbet af ugen og anbefaler, at kommunen tager kontakt til familien med henblik på støtte efter udskrivelsen.

Venlig hilsen
Ulla Thygesen
Overlæge, Psykiatrisk Afdeling
Regionshospitalet Sønderå`,
      types: ["dk-cpr", "sensitive:suicide", "sensitive:health"],
      features: ["zero-width"],
    };
  },

  () => {
    const slug = "ung-homoseksuel-opholdssted";
    return {
      slug, dept: "social", kind: "pos",
      from: { name: "Opholdsstedet Lærkereden", email: "kontakt@laerkereden.example" }, to: [P.leneBak],
      subject: "Opfølgning på Oliver efter statusmødet",
      text: `Hej Lene

Kort opfølgning efter statusmødet i torsdags.

Oliver har i weekenden fortalt sin kontaktperson, at han er homoseksuel, og at han er bange for, hvordan far vil reagere. Han har bedt os om ikke at sige det til nogen i familien endnu. Vi respekterer det, men synes du skal vide det, da det fylder meget for ham og kan forklare noget af hans uro.

Vi foreslår, at vi tager det med på næste møde uden forældrene.

Kærlig hilsen
Tine
Kontaktperson, Opholdsstedet Lærkereden`,
      types: ["sensitive:sexual-orientation"],
      features: ["sensitive-only"],
    };
  },

  () => {
    const slug = "aflastning-oversigt-xlsx";
    const s = new Seeds(slug);
    const rows = [
      ["Barn", "CPR-nr.", "Aflastningsfamilie", "Weekender pr. md.", "Bevilget til"],
      ["Mathilde", cpr(s, born(s, 2013, 2018)), "Fam. Bertelsen", "2", "31-12-2026"],
      ["Victor", cpr(s, born(s, 2013, 2018)), "Fam. Ravnsborg", "1", "30-06-2026"],
      ["Isabella", cpr(s, born(s, 2013, 2018)), "Fam. Bertelsen", "1", "31-12-2026"],
      ["Malthe", cpr(s, born(s, 2013, 2018)), "Fam. Dalgaard", "2", "31-10-2026"],
    ];
    return {
      slug, dept: "social", kind: "pos",
      from: P.madsHolm, to: [P.soerenMunk],
      subject: "Oversigt over aflastning til budgetopfølgning",
      text: `Hej Søren

Her er oversigten over de børn, der pt. har aflastning i plejefamilie, til brug for budgetopfølgningen. Der er en ny bevilling på vej til en dreng, som jeg eftersender.

${sig(P.madsHolm, 4)}`,
      attachments: [{ name: "Aflastning 2026.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: xlsx(rows, "Aflastning"), features: ["xlsx-shared-strings"] }],
      types: ["dk-cpr", "sensitive:child-protection"],
      features: [],
    };
  },

  () => {
    const slug = "samordningsnummer-flyttet-fra-sverige";
    const s = new Seeds(slug);
    const sam = sePnr(s, { y: 1991, m: 5, d: 17 }, { samordning: true });
    return {
      slug, dept: "social", kind: "pos",
      from: P.rikkeVest, to: [BOX.ydelse],
      subject: "Ansøgning om bostøtte – borger fra Sverige",
      text: `Hej Ydelsesservice

Jeg har en borger, der er flyttet hertil fra Malmø og endnu ikke har fået dansk CPR-nummer. Hun har kun et svensk samordningsnummer: ${sam}.

Hun har ingen indtægt i øjeblikket og har søgt kontanthjælp. Hun bor midlertidigt hos en veninde. Kan I se, om hun kan få bostøtte, indtil hun er registreret i CPR?

På forhånd tak.

${sig(P.rikkeVest, 1)}`,
      types: ["se-samordningsnummer", "sensitive:social"],
      features: ["se-samordning"],
    };
  },

  () => {
    const slug = "enkeltydelse-husstand-tabel";
    const s = new Seeds(slug);
    const h = new Html();
    const row = (name: string, rel: string, c: string) => `<tr><td style="padding:2pt 6pt">${name}</td><td style="padding:2pt 6pt">${rel}</td><td style="padding:2pt 6pt">${c}</td></tr>`;
    const table = h.raw(
      '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' +
        '<tr><th style="padding:2pt 6pt">Navn</th><th style="padding:2pt 6pt">Relation</th><th style="padding:2pt 6pt">CPR-nr.</th></tr>' +
        row("Fatima Haddad", "Ansøger", cpr(s, born(s, 1982, 1988), { sex: "f" })) +
        row("Omar Haddad", "Søn", cpr(s, born(s, 2010, 2012), { sex: "m" })) +
        row("Maryam Haddad", "Datter", cpr(s, born(s, 2014, 2016), { sex: "f" })) +
        "</table>",
    );
    const text = `Hej Camilla

Fatima Haddad har søgt om enkeltydelse til en ny vaskemaskine efter § 81. Hun modtager kontanthjælp og har ingen opsparing. Husstanden består af:

${table}

Kan du lave beregningen, så vi kan nå at træffe afgørelse inden fredag?

${sig(P.rikkeVest, 0)}`;
    return {
      slug, dept: "social", kind: "pos",
      from: P.rikkeVest, to: [P.camillaStorm],
      subject: "Enkeltydelse – beregning",
      html: h.render(text),
      types: ["dk-cpr", "sensitive:social"],
      features: ["html-table"],
    };
  },

  () => {
    const slug = "statusnotat-misbrug-odt";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1975, 1990), { sex: "m" });
    const att = odt(
      [
        "Statusnotat – § 101 behandling",
        `Borger: Kenneth Laursen, cpr-nr. ${c}`,
        "Kenneth har været i ambulant behandling for hashmisbrug siden januar. Han møder stabilt og har afleveret rene urinprøver de sidste seks uger.",
        "Han ønsker at fortsætte med samtaler hver 14. dag og er motiveret for at komme i gang med uddannelse.",
        "Indstilling: forlængelse af behandlingen i tre måneder.",
      ].join("\n"),
      { header: "Rusmiddelcentret Holmstrup – fortroligt" },
    );
    return {
      slug, dept: "social", kind: "pos",
      from: { name: "Rusmiddelcentret", email: "rusmiddelcenter@holmstrup.kommune.example" }, to: [P.rikkeVest],
      subject: "Statusnotat til forlængelse",
      text: `Hej Rikke

Vedhæftet statusnotat til brug for forlængelse af behandlingen. Ring endelig, hvis du har spørgsmål.

Venlig hilsen
Jesper, behandler
Rusmiddelcentret Holmstrup`,
      attachments: [{ name: "Statusnotat.odt", contentType: "application/vnd.oasis.opendocument.text", bytes: att }],
      types: ["dk-cpr", "sensitive:social"],
      features: [],
    };
  },

  () => {
    const slug = "krisecenter-entities";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1988, 1995), { sex: "f" });
    const h = new Html();
    const text = `Hej

Vi har i nat modtaget en kvinde fra jeres kommune på krisecentret. Hun er flygtet fra sin samlever efter længere tids vold i hjemmet og har sine to børn med.

Kvindens personnummer er ${h.raw(entities(c))}.

Vi skal bede jer om at tage stilling til betalingstilsagn og kontakte os om støtte til børnene.

Venlig hilsen
Kvindekrisecentret Havnely`;
    return {
      slug, dept: "social", kind: "pos",
      from: { name: "Kvindekrisecentret Havnely", email: "visitation@havnely.example" }, to: [BOX.boernFamilie],
      subject: "Ophold på krisecenter – anmodning om betalingstilsagn",
      html: h.render(text),
      types: ["dk-cpr", "sensitive:family"],
      features: ["html-entities"],
    };
  },

  () => {
    const slug = "ung-sigtet-for-roeveri";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 2009, 2010), { sex: "m" });
    return {
      slug, dept: "social", kind: "pos",
      from: { name: "SSP Holmstrup", email: "ssp@holmstrup.kommune.example" }, to: [P.madsHolm],
      subject: "SSP: dreng anholdt i weekenden",
      text: `Hej Mads

Politiet har orienteret os om, at en 16-årig fra jeres område blev anholdt lørdag aften og er sigtet for røveri mod en kiosk på Stationsvej sammen med to ældre drenge.

Det drejer sig om ${c} (William). Han blev løsladt efter afhøring og er hjemme hos mor.

Kan I vurdere, om der skal laves en ungesag? Vi deltager gerne i et møde.

Hilsen
Claus Riber
SSP-konsulent`,
      types: ["dk-cpr", "sensitive:criminal", "sensitive:child-protection"],
      features: [],
    };
  },
];

// =============================================================================================
// Jobcenter

const jobcenter: Maker[] = [
  () => {
    const slug = "sygedagpenge-cpr-i-emne";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1968, 1990), { sex: "f" });
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: { name: "Løn – Holmstrup Busser A/S", email: "loen@holmstrupbusser.example" }, to: [BOX.jobcenter],
      subject: `Sygemelding – refusion for medarbejder CPR ${c}`,
      text: `Til Jobcentret

Vores medarbejder (buschauffør) har været sygemeldt siden 12. januar med en diskusprolaps og er fortsat uarbejdsdygtig ifølge egen læge.

Vi har anmeldt fraværet i NemRefusion. Vi vil gerne høre, hvornår første opfølgningssamtale holdes, så vi kan deltage.

Med venlig hilsen
Tove Jessen
Lønansvarlig, Holmstrup Busser A/S`,
      types: ["dk-cpr", "sensitive:health"],
      features: ["id-in-subject"],
    };
  },

  () => {
    const slug = "ressourceforloeb-rtf";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1975, 1988), { sex: "m" });
    const att = rtf(
      [
        "Indstilling til rehabiliteringsteamet",
        "",
        `Navn: Michael Østergaard     CPR-nr.: ${c}`,
        "",
        "Michael har en svær depression og generaliseret angst, diagnosticeret i 2023. Han har været på kontanthjælp i fire år og gennemført to virksomhedspraktikker, som begge blev afbrudt efter få uger.",
        "",
        "Jobcentret indstiller til et ressourceforløb på 2 år med mentorstøtte og fortsat psykologbehandling.",
      ].join("\n"),
    );
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: P.jonasFriis, to: [{ name: "Rehabiliteringsteamet", email: "rehab@holmstrup.kommune.example" }],
      subject: "Sag til rehabiliteringsteamet d. 14. april",
      text: `Hej koordinator

Hermed min indstilling til mødet d. 14. april. Borgerens læge har bekræftet, at han kan deltage pr. telefon.

${sig(P.jonasFriis, 0)}`,
      attachments: [{ name: "Indstilling rehab.rtf", contentType: "application/rtf", bytes: att }],
      types: ["dk-cpr", "sensitive:health", "sensitive:social"],
      features: [],
    };
  },

  () => {
    const slug = "kontanthjaelp-1-januar-uden-mod11";
    const s = new Seeds(slug);
    const c = cpr(s, { y: 1985, m: 1, d: 1 }, { mod11: false, sex: "m" });
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: P.camillaStorm, to: [P.jonasFriis],
      subject: "Ny ansøger om kontanthjælp",
      text: `Hej Jonas

Der er kommet en ny ansøgning om kontanthjælp fra Ahmed Yousef, CPR-nummer ${c}. Han er blevet opsagt fra sit job på lageret og har ikke ret til dagpenge.

Kan du booke ham til første samtale i næste uge? Han har oplyst, at han har svært ved at læse, så ring hellere end at skrive.

Hilsen Camilla`,
      types: ["dk-cpr", "sensitive:social"],
      features: ["cpr-no-mod11"],
    };
  },

  () => {
    const slug = "norsk-foedselsnummer-tilflytter";
    const s = new Seeds(slug);
    const f = noFnr(s, { y: 1993, m: 8, d: 21 });
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: P.jonasFriis, to: [{ name: "NAV Kontaktsenter", email: "utland@nav.example" }],
      subject: "Forespørgsel om dokumentation for beskæftigelse (PD U1)",
      text: `Hei / Hej

Vi har en borger, der har arbejdet i Bergen fra 2021 til 2025 og nu er flyttet til Danmark. For at opgøre hans rettigheder har vi brug for en PD U1.

Hans norske fødselsnummer er ${f}.

På forhånd tak for hjælpen.

${sig(P.jonasFriis, 2)}`,
      types: ["no-fodselsnummer"],
      features: ["no-fnr"],
    };
  },

  () => {
    const slug = "d-nummer-saesonarbejder";
    const s = new Seeds(slug);
    const d = noFnr(s, { y: 1996, m: 3, d: 9 }, { dNumber: true });
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: P.mortenDahl, to: [{ name: "Frugtplantagen Sølyst", email: "kontor@soelyst-frugt.example" }],
      subject: "Sæsonmedarbejder – manglende oplysninger",
      text: `Hej Bodil

Tak for tilbagemeldingen om jeres nye sæsonmedarbejder fra Norge. Vi mangler stadig hans danske skattekort, men indtil det er på plads, kan I bruge hans norske D-nummer ${d} i jeres indberetning til os.

Sig til, hvis der er andet.

${sig(P.mortenDahl, 3)}`,
      types: ["no-d-number"],
      features: ["no-d-number"],
    };
  },

  () => {
    const slug = "finsk-henkiloetunnus";
    const s = new Seeds(slug);
    const fi = hetu(s, { y: 1989, m: 11, d: 4 }, "letter");
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: citizen("Aino Virtanen"), to: [BOX.jobcenter],
      subject: "Tilmelding som jobsøgende",
      text: `Hej

Jeg er lige flyttet til Holmstrup fra Tampere og vil gerne tilmelde mig som jobsøgende. Jeg har endnu ikke fået et dansk personnummer, men min finske henkilötunnus er ${fi}.

Kan jeg møde op, eller skal jeg gøre noget online først?

Venlig hilsen
Aino Virtanen`,
      types: ["fi-hetu"],
      features: ["fi-hetu"],
    };
  },

  () => {
    const slug = "graensegaenger-svensk-personnummer";
    const s = new Seeds(slug);
    const se = sePnr(s, { y: 1979, m: 2, d: 26 });
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: P.mortenDahl, to: [{ name: "Øresunddirekt", email: "info@oresunddirekt.example" }],
      subject: "Grænsegænger – hvilket land betaler?",
      text: `Hej

Vi har en medarbejder i en af vores praktikvirksomheder, der bor i Sverige og pendler til Danmark. Han har svensk personnummer ${se} og er blevet ledig i sidste måned.

Kan I hjælpe med, hvor han skal melde sig ledig, og om vi skal sende noget til Arbetsförmedlingen?

${sig(P.mortenDahl, 1)}`,
      types: ["se-personnummer"],
      features: ["se-pnr"],
    };
  },

  () => {
    const slug = "jobafklaring-afgoerelse-pdf";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1970, 1985), { sex: "f" });
    const att = pdf([
      "Holmstrup Kommune - Jobcenter",
      "Afgørelse om jobafklaringsforløb",
      "",
      `Navn: Charlotte Winther-Pedersen`,
      `CPR-nr.: ${c}`,
      "",
      "Du har fået bevilget et jobafklaringsforløb fra 1. maj 2026.",
      "Rehabiliteringsteamet har lagt vægt på, at din arbejdsevne er nedsat",
      "på grund af kroniske smerter efter en arbejdsulykke, og at din",
      "sygdom endnu ikke er færdigbehandlet.",
      "",
      "Klagevejledning: Du kan klage til Ankestyrelsen inden 4 uger.",
    ]);
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: P.piaKjaer, to: [citizen("Charlotte Winther-Pedersen", "post.example")],
      subject: "Din afgørelse om jobafklaringsforløb",
      text: `Kære Charlotte

Som lovet i telefonen sender jeg dig en kopi af afgørelsen, som også er sendt til din e-Boks. Din første samtale i forløbet bliver den 6. maj kl. 10.

${sig(P.piaKjaer, 0, { disclaimer: 2 })}`,
      attachments: [{ name: "Afgørelse jobafklaringsforløb.pdf", contentType: "application/pdf", bytes: att, features: ["pdf-text-layer"] }],
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "rehab-praesentation-pptx";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1965, 1980), { sex: "m" });
    const att = pptx(
      [
        "Rehabiliteringsteamet 14. april – sag 3",
        `Borger: Jan Holmgaard, CPR ${c}, 54 år`,
        "Helbred: Type 2-diabetes, hjerneskade efter blodprop 2024, nedsat hukommelse",
        "Indstilling: Fleksjob 12 timer/uge – arbejdsevnen er varigt nedsat",
      ],
      [undefined, "Husk: borgeren har bedt om, at ægtefællen deltager", undefined, "Lægeattest fra neurolog er modtaget 2/4"],
    );
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: P.jonasFriis, to: [{ name: "Rehabiliteringsteamet", email: "rehab@holmstrup.kommune.example" }],
      subject: "Slides til tirsdagens møde",
      text: `Hej alle i teamet

Her er mine slides til sag 3 på tirsdag. Jeg har tilføjet noter om lægeattesten.

/Jonas`,
      attachments: [{ name: "Sag 3 - rehab.pptx", contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", bytes: att, features: ["pptx-notes"] }],
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "laegeerklaering-videresendt-som-vedhaeftet";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1972, 1992), { sex: "f" });
    const inner: MailSpec = {
      slug: slug + "-inner", dept: "jobcenter", kind: "pos",
      from: { name: "Lægehuset Torvet", email: "sekretaer@laegehusettorvet.example" }, to: [P.piaKjaer],
      subject: "Statusattest (LÆ 285)",
      text: `Til Jobcenter Holmstrup, att. Pia Kjær

Statusattest vedr. Louise Bjerre, cpr ${c}.

Patienten har været i behandling for stressreaktion og moderat depression siden november. Hun er fortsat sygemeldt. Der forventes gradvis tilbagevenden til arbejdet fra uge 18 med 10 timer om ugen.

Med venlig hilsen
Læge Anders Brink
Lægehuset Torvet`,
      types: [], features: [],
    };
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: P.piaKjaer, to: [{ name: "Sundhedskoordinator", email: "sundhedskoordinator@holmstrup.kommune.example" }],
      subject: "VS: Statusattest (LÆ 285)",
      text: `Hej Gitte

Til din orientering inden det tværfaglige møde. Attesten er vedhæftet som den oprindelige mail.

Venlig hilsen
Pia`,
      attachments: [attachedMessage(inner, "Statusattest (LÆ 285).eml")],
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "borger-fuldbredde-cifre";
    const s = new Seeds(slug);
    const c = fullWidth(cpr(s, born(s, 1990, 2000), { sex: "m" }));
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: citizen("Daniel Kjeldsen"), to: [BOX.jobcenter],
      subject: "Har ikke fået min kontanthjælp",
      text: `Hej

Jeg har ikke fået min kontanthjælp for marts, og jeg kan ikke betale min husleje. Jeg har ringet tre gange uden at komme igennem.

Mit cpr er ${c}

Hilsen Daniel

Sendt fra min iPhone`,
      types: ["dk-cpr", "sensitive:social"],
      features: ["fullwidth-digits"],
    };
  },

  () => {
    const slug = "loentilskud-tankestreg";
    const s = new Seeds(slug);
    const c = withSep(cpr(s, born(s, 1980, 1995), { sex: "f" }), "\u2013");
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: { name: "Anne Marie Holt", email: "amh@toemrerholt.example" }, to: [P.mortenDahl],
      subject: "Løntilskud – medarbejder syg",
      text: `Hej Morten

Jeg skal lige høre, hvad vi gør med løntilskuddet. Vores medarbejder i løntilskud (Nanna, cpr. ${c}) har været sygemeldt i tre uger og er nu blevet indlagt til en operation i ryggen.

Skal vi stadig udbetale løn, og får vi tilskud i perioden?

Venlig hilsen
Anne Marie Holt
Tømrerfirmaet Holt ApS`,
      types: ["dk-cpr", "sensitive:health"],
      features: ["en-dash"],
    };
  },

  () => {
    const slug = "outlook-element-msg";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 1960, 1975), { sex: "m" });
    const item = msg({
      subject: "Klage over sagsbehandlingen",
      body: `Jeg klager hermed over, at min kontanthjælp er blevet nedsat med 3 dage, fordi jeg ikke mødte op til et møde, som jeg aldrig fik indkaldelse til.\r\n\r\nMit CPR-nr. er ${c}.\r\n\r\nJeg har været på kontanthjælp i 6 år og har gjort alt, hvad I har bedt om.\r\n\r\nHenrik Olesen`,
    });
    return {
      slug, dept: "jobcenter", kind: "pos",
      from: P.camillaStorm, to: [{ name: "Klageenheden", email: "klager@holmstrup.kommune.example" }],
      subject: "Klage til behandling",
      text: `Hej Klageenheden

Vedhæftet en klage, som borgeren sendte til min personlige mail. Jeg har gemt den som Outlook-element. Sagen har vi genvurderet, men vi fastholder sanktionen.

Camilla`,
      attachments: [{ name: "Klage over sagsbehandlingen.msg", contentType: "application/vnd.ms-outlook", bytes: item }],
      types: ["dk-cpr", "sensitive:social"],
      features: [],
    };
  },
];

// =============================================================================================
// Schools

const school: Maker[] = [
  () => {
    const slug = "ramadan-fritagelse";
    return {
      slug, dept: "school", kind: "pos",
      from: P.birgitteHald, to: [P.andersKrogh],
      subject: "Forældreønske om fritagelse fra svømning",
      text: `Hej Anders

Forældrene til Yusuf i 5.B har spurgt, om han kan fritages fra svømmeundervisningen, mens han faster under ramadanen. Familien er muslimer, og Yusuf faster for første gang i år.

Jeg har sagt, at jeg vender tilbage efter at have talt med dig. Jeg tænker, han kunne deltage uden at være i vandet. Hvad siger du?

Hilsen
Birgitte`,
      types: ["sensitive:religion"],
      features: ["sensitive-only"],
    };
  },

  () => {
    const slug = "ppr-adhd-udredning";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 2015, 2017), { sex: "m" });
    return {
      slug, dept: "school", kind: "pos",
      from: P.dortheRavn, to: [P.andersKrogh, P.birgitteHald],
      subject: "PPR: resultat af udredning",
      text: `Kære Anders og Birgitte

Børne- og ungdomspsykiatrien har nu afsluttet udredningen af Lucas (CPR-nr. ${c}) i 3.C. Han har fået diagnosen ADHD, og der er startet medicinsk behandling fra i mandags.

Jeg foreslår et møde med forældrene om, hvordan vi tilrettelægger hverdagen i klassen, så han får ro og faste pauser.

Venlig hilsen
Dorthe Ravn
Psykolog, PPR`,
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "skole-underretning-bloedt-bindestreg";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 2012, 2014), { sex: "f" });
    const h = new Html();
    const shy = h.raw(c.slice(0, 3) + "&shy;" + c.slice(3, 7) + "&shy;" + c.slice(7));
    const text = `Til Børne- og Familieafdelingen

Engvejens Skole underretter hermed om Clara i 7.A, CPR-nr.: ${shy}.

Clara har siden påske haft et fravær på over 25 %. Hun har flere gange fortalt sin lærer, at der ikke er mad derhjemme, og at hun passer sine små søskende, når mor er på arbejde om natten. Vi har holdt to møder med mor, uden at det har ændret noget.

Vi vurderer, at Clara har brug for støtte, og sender derfor denne underretning.

${sig(P.andersKrogh, 2)}`;
    return {
      slug, dept: "school", kind: "pos",
      from: P.andersKrogh, to: [BOX.underretning],
      subject: "Underretning fra Engvejens Skole",
      html: h.render(text), alt: true,
      types: ["dk-cpr", "sensitive:child-protection"],
      features: ["soft-hyphen"],
    };
  },

  () => {
    const slug = "skoleskift-csv";
    const s = new Seeds(slug);
    const lines = ["Navn;Klasse;CPR;Ny skole;Startdato"];
    const names = ["Freja Holm", "Elias Vinther", "Alma Krogh", "Noah Svendsen", "Ella Dam"];
    for (const n of names) lines.push(`${n};4.B;${cpr(s, born(s, 2015, 2016))};Vesterå Skole;01-08-2026`);
    return {
      slug, dept: "school", kind: "pos",
      from: P.thomasLykke, to: [{ name: "Skolesekretær, Vesterå Skole", email: "sekretariat.skole@vestera.kommune.example" }],
      subject: "Elever der skifter til jer efter sommerferien",
      text: `Hej

Vedhæftet en liste over de fem elever fra 4.B, der skifter til Vesterå Skole efter sommerferien, når vi lægger klasserne sammen. Listen er trukket fra elevadministrationen.

Elevmapperne sendes med sikker post.

${sig(P.thomasLykke, 4)}`,
      attachments: [{ name: "elever_skoleskift.csv", contentType: "text/csv", bytes: utf8(lines.join("\r\n") + "\r\n") }],
      types: ["dk-cpr"],
      features: [],
    };
  },

  () => {
    const slug = "specialundervisning-csv-cp1252";
    const s = new Seeds(slug);
    const rows = [
      "Elev;Årgang;CPR-nr.;Bemærkning",
      `Søren Ærø;6;${cpr(s, born(s, 2013, 2014))};Læsevejledning`,
      `Åse Møller;6;${cpr(s, born(s, 2013, 2014))};Autisme – støttetimer 5 t/uge`,
      `Jørgen Kjær;7;${cpr(s, born(s, 2012, 2013))};Matematikvanskeligheder`,
    ];
    return {
      slug, dept: "school", kind: "pos",
      from: P.thomasLykke, to: [P.dortheRavn],
      subject: "Specialundervisning – liste til visitationsmøde",
      text: `Hej Dorthe

Her er listen til visitationsmødet. Den er eksporteret fra det gamle system, så æ, ø og å kan se mærkelige ud i nogle programmer.

Hilsen Thomas`,
      attachments: [{ name: "Specialundervisning.csv", contentType: "text/csv; charset=windows-1252", bytes: cp1252(rows.join("\r\n") + "\r\n"), features: ["csv-cp1252"] }],
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "racisme-i-klassen";
    return {
      slug, dept: "school", kind: "pos",
      from: citizen("Nadia Mahmoud"), to: [P.birgitteHald],
      subject: "Vores søn bliver drillet",
      text: `Kære Birgitte

Vores søn Ibrahim kommer hver dag hjem og er ked af det. Nogle af drengene i klassen kalder ham grimme ting på grund af hans hudfarve, og i går sagde en af dem, at han skulle "rejse hjem til sit eget land". Han er født i Danmark, men vi er af somalisk oprindelse.

Vi vil gerne have et møde så hurtigt som muligt.

Venlig hilsen
Nadia Mahmoud`,
      types: ["sensitive:ethnic-origin"],
      features: ["sensitive-only"],
    };
  },

  () => {
    const slug = "lejrskole-epilepsi-ikke-brydende-bindestreg";
    const s = new Seeds(slug);
    const c = withSep(cpr(s, born(s, 2013, 2014), { sex: "f" }), "\u2011");
    return {
      slug, dept: "school", kind: "pos",
      from: P.birgitteHald, to: [{ name: "Sundhedsplejen", email: "sundhedspleje@holmstrup.kommune.example" }],
      subject: "Lejrskole – elev med epilepsi",
      text: `Hej Sundhedsplejen

Vi skal på lejrskole til Bornholm i uge 38. En af mine elever, Ida (cpr.nr. ${c}), har epilepsi og får medicin morgen og aften. Hun har haft to anfald i år.

Kan en af jer gennemgå med os lærere, hvad vi skal gøre, hvis hun får et anfald? Forældrene har givet lov til, at jeg skriver til jer.

Venlig hilsen
Birgitte Hald`,
      types: ["dk-cpr", "sensitive:health"],
      features: ["nb-hyphen"],
    };
  },

  () => {
    const slug = "ppr-udtalelse-docx-kommentarer";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 2014, 2016), { sex: "m" });
    const att = docx({
      body: [
        "Pædagogisk udtalelse til PPR",
        "",
        "Eleven går i 4.A og har siden skolestart haft svært ved at indgå i fællesskabet. Han trækker sig, når der er mange mennesker, og har daglige mavepiner om morgenen.",
        "Klasselærer vurderer, at han har brug for en tættere voksenkontakt og et mindre læringsmiljø i perioder.",
      ].join("\n"),
      comments: [`Husk at skrive CPR ${c} på forsiden, før den sendes`, "Mor fortæller, at drengen har angst og går til psykolog privat – skal det med?"],
    });
    return {
      slug, dept: "school", kind: "pos",
      from: P.birgitteHald, to: [P.dortheRavn],
      subject: "Udtalelse – med kommentarer",
      text: `Hej Dorthe

Her er mit udkast til den pædagogiske udtalelse. Jeg har skrevet et par spørgsmål i kommentarerne, som du måske kan svare på.

Tak!
Birgitte`,
      attachments: [{ name: "Pædagogisk udtalelse.docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes: att, features: ["docx-comments"] }],
      types: ["dk-cpr", "sensitive:health"],
      features: [],
    };
  },

  () => {
    const slug = "studietur-pasnummer";
    const s = new Seeds(slug);
    const pas = passportNo(s);
    return {
      slug, dept: "school", kind: "pos",
      from: citizen("Henrik Bjerregaard"), to: [P.thomasLykke],
      subject: "Studietur til Berlin – pasoplysninger",
      text: `Hej Thomas

Her er de oplysninger, som rejsebureauet skal bruge til vores datter Caroline i 9.B:

Fulde navn: Caroline Marie Bjerregaard
Pasnummer: ${pas}
Pas udløber: 14.08.2031

Hun har også et blåt EU-sygesikringskort, som hun tager med.

Venlig hilsen
Henrik Bjerregaard`,
      types: ["dk-passport"],
      features: [],
    };
  },

  () => {
    const slug = "forlaeldrekonflikt-indlejret-eml";
    const s = new Seeds(slug);
    const c = cpr(s, born(s, 2016, 2018), { sex: "f" });
    const innermost: MailSpec = {
      slug: slug + "-innermost", dept: "school", kind: "pos",
      from: citizen("Martin Friis"), to: [P.thomasLykke],
      subject: "Afhentning af Ellen",
      text: `Til skolen

Jeg er Ellens far (Ellen Friis, personnummer ${c}, 2.B). Hendes mor og jeg er blevet skilt, og Familieretshuset har midlertidigt givet mig forældremyndigheden alene.

Ellens mor må derfor ikke hente hende i SFO'en, før der er truffet endelig afgørelse. Jeg vedhæfter afgørelsen, så snart jeg har den.

Martin Friis`,
      types: [], features: [],
    };
    const middle: MailSpec = {
      slug: slug + "-middle", dept: "school", kind: "pos",
      from: P.thomasLykke, to: [P.andersKrogh],
      subject: "VS: Afhentning af Ellen",
      text: `Anders – se vedhæftede fra faren. Skal vi give SFO besked med det samme?

Thomas`,
      attachments: [attachedMessage(innermost, "Afhentning af Ellen.eml")],
      types: [], features: [],
    };
    return {
      slug, dept: "school", kind: "pos",
      from: P.andersKrogh, to: [{ name: "SFO Engvejen", email: "sfo.engvej@holmstrup.kommune.example" }],
      subject: "VS: VS: Afhentning af Ellen",
      text: `Kære SFO

Se mailkæden nedenfor (vedhæftet). Indtil videre må kun far hente Ellen. Kontakt mig, hvis mor kommer.

${sig(P.andersKrogh, 4)}`,
      attachments: [{ ...attachedMessage(middle, "VS Afhentning af Ellen.eml", true), features: ["nested-eml"] }],
      types: ["dk-cpr", "sensitive:family"],
      features: [],
    };
  },

  () => {
    const slug = "elev-diabetes-html-tabel";
    const s = new Seeds(slug);
    const h = new Html();
    const table = h.raw(
      '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">' +
        "<tr><td><b>Elev</b></td><td>Victor Aagaard, 6.A</td></tr>" +
        `<tr><td><b>CPR</b></td><td>${cpr(s, born(s, 2014, 2015), { sex: "m" })}</td></tr>` +
        "<tr><td><b>Diagnose</b></td><td>Type 1-diabetes</td></tr>" +
        "<tr><td><b>Insulinpumpe</b></td><td>Ja – måling før frokost</td></tr>" +
        "<tr><td><b>Nødkontakt</b></td><td>Mor, se Aula</td></tr></table>",
    );
    const text = `Hej alle lærere i 6.A-teamet

Som aftalt på teammødet har jeg samlet de vigtigste oplysninger om Victor, så vikarerne også kan finde dem:

${table}

Mappen med hans nødplan ligger i lærerværelset.

${sig(P.birgitteHald, 3, { short: true })}`;
    return {
      slug, dept: "school", kind: "pos",
      from: P.birgitteHald, to: [{ name: "Team 6.A", email: "team6a@holmstrup.kommune.example" }],
      subject: "Victor i 6.A – vigtige oplysninger",
      html: h.render(text),
      types: ["dk-cpr", "sensitive:health"],
      features: ["html-table"],
    };
  },
];

export function positivesA(): MailSpec[] {
  return [...social, ...jobcenter, ...school].map((f) => f());
}
