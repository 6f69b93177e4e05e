import * as fc from "fast-check";

import { LEXICON_PROBLEMS, sensitiveDetector } from "../../src/core/detectors/sensitive";
import {
  ALL_ENTRIES,
  SENSITIVE_CATEGORIES,
  SENSITIVE_TERMS,
  SensitiveCategory,
} from "../../src/core/detectors/sensitive-lexicon";
import { normaliseHtml, normaliseText } from "../../src/core/text/normalise";
import type { Finding } from "../../src/core/types";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const NOW = new Date(2024, 5, 15, 12, 0, 0);

function detect(text: string): Finding[] {
  const norm = normaliseText(text);
  return sensitiveDetector.detect({ location: "body", text: norm.text, lower: norm.text.toLowerCase() }, { now: NOW });
}

function detectHtml(html: string): Finding[] {
  const norm = normaliseHtml(html);
  return sensitiveDetector.detect({ location: "body", text: norm.text, lower: norm.text.toLowerCase() }, { now: NOW });
}

function confidenceOf(findings: Finding[], category: string): number {
  let best = 0;
  for (const f of findings) if (f.type === category && f.confidence > best) best = f.confidence;
  return best;
}

/** Categories that would count under the usual 0.5 policy minimum. */
function strongTypes(findings: Finding[]): string[] {
  return findings.filter((f) => f.confidence >= 0.5).map((f) => f.type);
}

function cpr(seed: number): string {
  return formatCpr(syntheticCpr({ year: 1985, month: 3, day: 14, mod11: true, seed }), "hyphen");
}

const HEALTH = "sensitive:health";
const ETHNIC = "sensitive:ethnic-origin";
const RELIGION = "sensitive:religion";
const POLITICAL = "sensitive:political-opinion";
const UNION = "sensitive:trade-union";
const SEXUAL = "sensitive:sexual-orientation";
const GENETIC = "sensitive:genetic";
const BIOMETRIC = "sensitive:biometric";
const CRIMINAL = "sensitive:criminal";
const SOCIAL = "sensitive:social";
const CHILD = "sensitive:child-protection";
const FAMILY = "sensitive:family";
const SUICIDE = "sensitive:suicide";

describe("lexicon", () => {
  it("builds without unsupported characters or duplicate forms", () => {
    expect(LEXICON_PROBLEMS).toEqual([]);
  });

  it("has terms for every category, with weights in 0..1", () => {
    for (const cat of SENSITIVE_CATEGORIES) {
      expect(SENSITIVE_TERMS.filter((t) => t.category === cat).length).toBeGreaterThan(2);
    }
    for (const e of ALL_ENTRIES) {
      expect(e.weight).toBeGreaterThanOrEqual(0);
      expect(e.weight).toBeLessThanOrEqual(1);
      expect(e.stem).toBe(e.stem.toLowerCase());
      expect(e.stem.trim()).toBe(e.stem);
    }
  });

  it("the detector reports exactly the category ids", () => {
    expect([...sensitiveDetector.types]).toEqual([
      "sensitive:health",
      "sensitive:ethnic-origin",
      "sensitive:religion",
      "sensitive:political-opinion",
      "sensitive:trade-union",
      "sensitive:sexual-orientation",
      "sensitive:genetic",
      "sensitive:biometric",
      "sensitive:criminal",
      "sensitive:social",
      "sensitive:child-protection",
      "sensitive:family",
      "sensitive:suicide",
    ]);
  });
});

// Realistic short municipal mails about one person: each must give its category at >= 0.5.
const POSITIVES: Array<[string, SensitiveCategory, string]> = [
  // --- health ---
  [
    "jobcenter: sygemeldt, stress, depression, sygedagpenge",
    HEALTH,
    "Hej Lene\n\nBorgeren har sendt en ny lægeerklæring. Hun er fortsat sygemeldt med stress og depression, og vi forlænger sygedagpengene til 1. marts.\n\nMvh\nJens",
  ],
  [
    "HR: colleague sick after an operation",
    HEALTH,
    "Kære kolleger\n\nMette er sygemeldt resten af ugen efter en operation. Hun forventer at være tilbage mandag.",
  ],
  [
    "school: diagnosticeret med ADHD",
    HEALTH,
    "Eleven er diagnosticeret med ADHD og har brug for støtte i timerne. Moderen ønsker et møde med klasselæreren.",
  ],
  [
    "English: hospitalised and diagnosed",
    HEALTH,
    "Dear Anna, the patient was hospitalised last week and diagnosed with diabetes. Please update the care plan.",
  ],
  [
    "case label: Vedr.: name - indlæggelse på psykiatrisk afdeling",
    HEALTH,
    "Vedr.: Peter Sørensen\n\nIndlæggelse på psykiatrisk afdeling fra den 2. maj. Orientering til sagsbehandler følger.",
  ],
  [
    "letter to citizen: du er bevilget førtidspension",
    HEALTH,
    "Kære Jens Olsen\n\nDu er hermed bevilget førtidspension fra 1. juni. Afgørelsen er vedlagt.",
  ],
  [
    "social services: handicap, kørestol",
    HEALTH,
    "Barnet har et fysisk handicap og bruger kørestol. Familien søger om merudgifter til transport.",
  ],
  [
    "HR: gravid",
    HEALTH,
    "Medarbejderen har oplyst, at hun er gravid og forventer at gå på barsel i maj.",
  ],
  [
    "finance: Vedr. name + CPR, sygedagpenge stoppes",
    HEALTH,
    `Vedr. Jens Olsen, cpr ${cpr(1)}\n\nUdbetaling af sygedagpenge stoppes pr. 1. maj, da han er raskmeldt.`,
  ],
  [
    "health: går til psykolog (phrase)",
    HEALTH,
    "Vi har talt med pigen. Hun går til psykolog hver uge og har det bedre.",
  ],
  // --- ethnic origin ---
  [
    "journal note: etniske oprindelse",
    ETHNIC,
    "Sagsbehandleren noterede borgerens etniske oprindelse i journalen, hvilket ikke er relevant for sagen.",
  ],
  [
    "application: etniske oprindelse og hudfarve",
    ETHNIC,
    "I ansøgningen oplyser han sin etniske oprindelse og hudfarve, selv om vi ikke har spurgt om det.",
  ],
  // --- religion ---
  [
    "HR: muslim",
    RELIGION,
    "Hun er muslim og ønsker at holde fri til eid. Kan du godkende det?",
  ],
  [
    "school: Jehovas vidne",
    RELIGION,
    "Eleven er Jehovas Vidne og deltager derfor ikke i fødselsdage og juleafslutning.",
  ],
  [
    "daycare: jødisk hjem, trosretning",
    RELIGION,
    "Drengen er opvokset i et jødisk hjem, og forældrene ønsker, at institutionen respekterer deres trosretning.",
  ],
  // --- political opinion ---
  [
    "partimedlem",
    POLITICAL,
    "Medarbejderen har fortalt, at hun er partimedlem og aktiv i lokalforeningen.",
  ],
  [
    "politiske overbevisning",
    POLITICAL,
    "Borgeren gav udtryk for sin politiske overbevisning under mødet på jobcentret.",
  ],
  // --- trade union ---
  [
    "fagforeningsmedlem i FOA",
    UNION,
    "Hun er fagforeningsmedlem i FOA og ønsker sin tillidsrepræsentant med til samtalen.",
  ],
  [
    "fagforeningen 3F",
    UNION,
    "Han har meldt sig ind i fagforeningen 3F og ønsker kontingentet trukket i lønnen.",
  ],
  // --- sexual orientation / sex life ---
  [
    "seksuelle orientering, homoseksuel",
    SEXUAL,
    "Han fortalte i samtalen om sin seksuelle orientering, og at han er homoseksuel.",
  ],
  [
    "lesbisk",
    SEXUAL,
    "Hun har fortalt, at hun er lesbisk, og ønsker ikke at det fremgår af journalen.",
  ],
  // --- genetic ---
  [
    "gentest, arvelig BRCA-mutation",
    GENETIC,
    "Patienten har fået foretaget en gentest, som viser en arvelig BRCA-mutation.",
  ],
  // --- biometric ---
  [
    "biometriske data, fingeraftryk",
    BIOMETRIC,
    "Medarbejderens biometriske data (fingeraftryk) er registreret i adgangssystemet ved en fejl.",
  ],
  // --- criminal ---
  [
    "straffeattest, dømt for vold",
    CRIMINAL,
    "Ansøgerens straffeattest viser, at han i 2019 blev dømt for vold.",
  ],
  [
    "varetægtsfængslet, sigtet for røveri",
    CRIMINAL,
    "Den unge sidder i varetægtsfængsel og er sigtet for røveri.",
  ],
  [
    "English: convicted, sentenced, prison",
    CRIMINAL,
    "He was convicted of theft and sentenced to three months in prison.",
  ],
  [
    "tidligere straffet, afsonet en dom",
    CRIMINAL,
    "Klienten er tidligere straffet og har afsonet en dom på to år.",
  ],
  [
    "faren sidder i fængsel",
    CRIMINAL,
    "Vi har fået oplyst, at faren sidder i fængsel.",
  ],
  // --- social ---
  [
    "alkoholmisbrug, hjemløs, kontanthjælp",
    SOCIAL,
    "Borgeren har et massivt alkoholmisbrug og er hjemløs. Han modtager kontanthjælp.",
  ],
  [
    "ressourceforløb, stofmisbrug",
    SOCIAL,
    "Hun er i ressourceforløb og har tidligere haft et stofmisbrug.",
  ],
  [
    "English: homeless, substance abuse",
    SOCIAL,
    "The client is homeless and has a long history of substance abuse.",
  ],
  // --- child protection ---
  [
    "underretning, børnefaglig undersøgelse, § 50-undersøgelse",
    CHILD,
    "Vi har modtaget en underretning om barnet fra skolen. Der iværksættes en børnefaglig undersøgelse (§ 50-undersøgelse).",
  ],
  [
    "school: mistrivsel, underretning",
    CHILD,
    "Pigen er i mistrivsel, og vi er bekymrede. Vi har derfor sendt en underretning til kommunen.",
  ],
  [
    "anbragt i plejefamilie",
    CHILD,
    "Drengen blev anbragt i plejefamilie i sidste måned; moderen har samvær hver anden weekend.",
  ],
  [
    "anbringelsen forlænges, barnets plan",
    CHILD,
    "Anbringelsen af drengen forlænges, og barnets plan revideres på næste møde.",
  ],
  [
    "case label across paragraphs: tvangsanbringelse",
    CHILD,
    `Sag: Mette Hansen, ${cpr(2)}\n\nMødet er flyttet til tirsdag kl. 10 i mødelokale 3.\n\nPå mødet drøftes en tvangsanbringelse og forældrenes retsstilling.`,
  ],
  // --- family ---
  [
    "skilsmisse, forældremyndigheden",
    FAMILY,
    "Forældrene er midt i en skilsmisse, og der er uenighed om forældremyndigheden over pigen.",
  ],
  [
    "vold i hjemmet, krisecenter",
    FAMILY,
    "Hun har været udsat for vold i hjemmet og bor nu på krisecenter med børnene.",
  ],
  [
    "faderen, forældremyndighed, Familieretshuset",
    FAMILY,
    "Faderen har søgt om fuld forældremyndighed gennem Familieretshuset.",
  ],
  [
    "the child's mother has samvær (family as well as child protection)",
    FAMILY,
    "Drengen blev anbragt i plejefamilie i sidste måned; moderen har samvær hver anden weekend.",
  ],
  // --- suicide ---
  [
    "selvmordstanker og selvskade",
    SUICIDE,
    "Eleven har fortalt sin lærer om selvmordstanker og selvskade.",
  ],
  [
    "indlagt efter et selvmordsforsøg",
    SUICIDE,
    "Han blev indlagt efter et selvmordsforsøg i weekenden.",
  ],
  [
    "English: self-harm, suicide attempt",
    SUICIDE,
    "She disclosed self-harm and a previous suicide attempt to the school nurse.",
  ],
];

describe("positives: a category said about a person", () => {
  it.each(POSITIVES)("%s -> %s", (_name, category, text) => {
    const findings = detect(text);
    expect(confidenceOf(findings, category)).toBeGreaterThanOrEqual(0.5);
  });

  it("has at least 40 realistic positive mails", () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(40);
  });
});

// General texts, and words that merely contain a stem: nothing may reach 0.5.
const NEGATIVES: Array<[string, string]> = [
  [
    "flu vaccination announcement",
    "Kære alle\n\nVi tilbyder gratis influenzavaccination til alle medarbejdere torsdag den 3. oktober. Tilmelding via intranettet senest mandag.\n\nHR",
  ],
  [
    "newsletter addressing the reader as du",
    "Nyhedsbrev fra Sundhed og Omsorg\n\nHar du det svært? Stress og depression kan ramme alle. Du er altid velkommen til at kontakte din leder eller vores psykolog. Læs også om vores nye tilbud om genoptræning.",
  ],
  [
    "course invitation",
    "Invitation til kursus: Mødet med borgere med psykiske lidelser og misbrug. Kurset henvender sig til alle medarbejdere i Jobcenteret. Tilmelding senest 1. marts.",
  ],
  [
    "send ikke CPR-nummer eller helbredsoplysninger på mail",
    "Send ikke CPR-nummer eller helbredsoplysninger på mail. Brug Digital Post.",
  ],
  [
    "do not mail your CPR number or your health information",
    "Husk: Du må ikke sende dit CPR-nummer eller dine helbredsoplysninger med almindelig e-mail. Undlad at sende oplysninger om din sygdom til os her.",
  ],
  [
    "statistics: antallet af anbragte børn",
    "Antallet af anbragte børn i kommunen steg fra 120 til 135 i 2023, viser den nye statistik.",
  ],
  [
    "domstol and dommerfuldmægtig are not a conviction",
    "Mødet holdes i retsbygningen ved siden af domstolen. Dommerfuldmægtigen oplyste, at han deltager fra kl. 10.",
  ],
  [
    "Domstolsstyrelsen",
    "Domstolsstyrelsen har udsendt nye retningslinjer for domstolene og dommerne.",
  ],
  [
    "Kristensen is a surname, not religion",
    "Lone Kristensen fra Økonomi holder fri fredag. Hun er tilbage mandag og svarer på mails om budgettet.",
  ],
  [
    "sundhedsplejerske in a job ad",
    "Stillingsopslag: Vi søger en sundhedsplejerske til Sundhedsplejen i Vejle. Du er uddannet sundhedsplejerske og har erfaring med familier. Ansøgningsfrist 1. maj.",
  ],
  [
    "sundhedsplejerske alone, with a pronoun",
    "Vores nye sundhedsplejerske starter i næste uge. Hun hedder Anne og kan træffes på tlf. om formiddagen.",
  ],
  [
    "hyggeligt samvær is not family data",
    "Tak for et hyggeligt samvær til julefrokosten. Han var en god konferencier, og maden var god.",
  ],
  [
    "HR instruction: hvis du er sygemeldt",
    "Hvis du er sygemeldt, skal du kontakte din leder inden kl. 9. Når du er rask igen, skal du raskmelde dig.",
  ],
  [
    "English newsletter",
    "Newsletter: Mental health week. Remember that anxiety and depression are common. Sign up for the webinar on Thursday.",
  ],
  [
    "kristendomskundskab is a school subject",
    "Eleven fik 10 i kristendomskundskab og 12 i matematik. Hun skal til mundtlig eksamen i juni.",
  ],
  [
    "institution name, all staff",
    "Psykiatrisk Center Glostrup holder oplæg for alle medarbejdere om stress på arbejdspladsen.",
  ],
  [
    "meeting about the handicap area",
    "Mødet om budgettet for handicapområdet flyttes til torsdag. Dagsorden følger.",
  ],
  [
    "a new psychologist is not health data",
    "Vi har ansat en ny psykolog i PPR, Anne Jensen, som starter 1. august.",
  ],
  [
    "IT: log in with your fingerprint",
    "Husk at opdatere din pc. Du kan logge ind med fingeraftryk fra næste uge.",
  ],
  [
    "bike theft notice",
    "Der er desværre sket et tyveri af to cykler fra cykelkælderen. Kontakt Lars Nielsen i Facility, hvis du har set noget.",
  ],
  [
    "a surname that begins with a stem (Angstrup) is no health term",
    "Lene Angstrup holder møde med Ole Angstrup i morgen om den nye mødeplan.",
  ],
  [
    "council vote: party names without a person",
    "Byrådet vedtog i går budgettet. Socialdemokratiet og Venstre stemte for, mens Enhedslisten stemte imod.",
  ],
  [
    "misbrug af data is not substance abuse",
    "Medarbejderen skal være opmærksom på misbrug af data i det nye system og på risikoen for phishing.",
  ],
  [
    "fængslende bog",
    "Han anbefalede en fængslende bog om Danmarkshistorien til læseklubben.",
  ],
  [
    "HR (human resources) is no title",
    "HR Jensen-sagen? Nej: HR-afdelingen holder lukket fredag. Mette tager telefonen.",
  ],
  [
    "school newsletter to all parents",
    "Kære forældre\n\nHusk at syge børn skal holdes hjemme. Hvis dit barn har feber, så kontakt skolen. Næste forældremøde er den 4. maj.",
  ],
  [
    "signature under a general text: name after the closing",
    "Der er nye regler for hjemmehjælp og plejehjem i 2025.\nMed venlig hilsen\nLene Jensen\nÆldre og Sundhed",
  ],
];

describe("negatives: general texts and words that merely contain a stem", () => {
  it.each(NEGATIVES)("%s", (_name, text) => {
    const findings = detect(text);
    expect(strongTypes(findings)).toEqual([]);
  });
});

describe("person references", () => {
  it("an age used as a person is one: \"en 16-årig\", \"den 16-årige\"", () => {
    expect(strongTypes(detect("En 16-årig fra jeres område blev anholdt lørdag og er sigtet for røveri."))).toContain("sensitive:criminal");
    expect(strongTypes(detect("Den 15-årige William er sigtet for tyveri."))).toContain("sensitive:criminal");
    expect(strongTypes(detect("En 16 aarig blev anholdt og sigtet for røveri."))).toContain("sensitive:criminal");
  });

  it("an age that describes a thing is no person: \"en 3-årig uddannelse\"", () => {
    expect(detect("Vi tilbyder en 3-årig uddannelse om kriminalitet, straf og anholdelse.")).toEqual([]);
    expect(detect("Tilbuddet er 2-årigt og handler om misbrug.")).toEqual([]);
  });

  it("a term without a person reference gives no finding", () => {
    expect(detect("Sygemelding og depression er emner på dagens temamøde.")).toEqual([]);
  });

  it("a person reference far away counts less than a near one", () => {
    const filler = " Mødet blev holdt i det store mødelokale på rådhuset i Vejle sammen med flere kolleger fra teamet.";
    const near = confidenceOf(detect("Han har fået en ny diagnose."), HEALTH);
    const far = confidenceOf(detect("Han kom til mødet." + filler + " Der blev talt om en diagnose."), HEALTH);
    const tooFar = confidenceOf(
      detect("Han kom til mødet." + filler + filler + filler + " Der blev talt om en diagnose."),
      HEALTH,
    );
    expect(near).toBeGreaterThan(far);
    expect(far).toBeGreaterThan(0);
    expect(tooFar).toBe(0);
  });

  it("a person reference in another paragraph does not count", () => {
    expect(detect("Hej\n\nHun kommer i morgen.\n\nDiagnose og behandling er emnet for temadagen i efteråret.")).toEqual([]);
  });

  it("a CPR-shaped number is a person reference", () => {
    expect(confidenceOf(detect(`${cpr(3)} er sygemeldt med stress og depression.`), HEALTH)).toBeGreaterThanOrEqual(0.5);
  });

  it("a masked CPR number is a person reference", () => {
    const masked = cpr(4).substring(0, 7) + "XXXX";
    expect(confidenceOf(detect(`Sag ${masked}: anbringelse forlænget.`), CHILD)).toBeGreaterThanOrEqual(0.5);
  });

  it("a name-like pair in mid-sentence is a person reference, a sentence-initial unknown pair is not", () => {
    expect(confidenceOf(detect("I dag ringede Ea Holm om sin diagnose."), HEALTH)).toBeGreaterThanOrEqual(0.5);
    expect(detect("Mental Sundhed. Diagnose og behandling drøftes.")).toEqual([]);
  });

  it("hr./fru + name is a person reference", () => {
    expect(confidenceOf(detect("Fru Holm er indlagt på Bispebjerg."), HEALTH)).toBeGreaterThanOrEqual(0.5);
  });

  it("a capitalised term is read as the religion only in lower case (Kristen the name)", () => {
    expect(confidenceOf(detect("Kristen Holm har fået ny adresse, og han flytter i maj."), RELIGION)).toBe(0);
    expect(confidenceOf(detect("Han er kristen og går i kirke hver søndag."), RELIGION)).toBeGreaterThanOrEqual(0.5);
  });

  it("a general-text footer in its own paragraph does not cancel a strong case mail", () => {
    const mail =
      "Kære Lene\n\nBorgeren er fortsat sygemeldt med depression, og hun er nu henvist til psykiatrisk udredning.\n\n" +
      "Med venlig hilsen\nJens\n\nSend ikke følsomme personoplysninger til os med almindelig e-mail.";
    expect(confidenceOf(detect(mail), HEALTH)).toBeGreaterThanOrEqual(0.5);
  });

  it("works on an HTML body (paragraphs become lines)", () => {
    const html = "<p>Kære Lene</p><p>Vi har modtaget en <b>underretning</b> om drengen fra skolen.</p><p>Mvh Jens</p>";
    expect(confidenceOf(detectHtml(html), CHILD)).toBeGreaterThanOrEqual(0.5);
  });
});

describe("findings", () => {
  const text = "Vedr.: Peter Sørensen\n\nHan er dømt for vold og er i ressourceforløb. Han har en diagnose.";
  const findings = detect(text);

  it("one finding per category, each with a masked value and no words from the text", () => {
    const types = findings.map((f) => f.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(expect.arrayContaining([CRIMINAL, SOCIAL, HEALTH]));
    for (const f of findings) {
      expect(f.masked).toBe("[" + f.type.substring("sensitive:".length) + "]");
      expect(f.location).toBe("body");
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      for (const r of f.reasons) {
        expect(["term", "person-reference", "person-reference-far", "case-reference", "several-terms", "general-text"]).toContain(r);
      }
    }
  });

  it("start/end cover the strongest term hit", () => {
    const crim = findings.find((f) => f.type === CRIMINAL)!;
    expect(text.substring(crim.start, crim.end)).toBe("dømt");
    const social = findings.find((f) => f.type === SOCIAL)!;
    expect(text.substring(social.start, social.end)).toBe("ressourceforløb");
  });

  it("reports several-terms when distinct terms of one category are near a person", () => {
    const crim = findings.find((f) => f.type === CRIMINAL)!;
    expect(crim.reasons).toEqual(["term", "person-reference", "several-terms"]);
  });

  it("reports general-text when a marker lowered the score", () => {
    const f = detect("Til alle: Han er sygemeldt med depression og stress efter en lang periode.");
    expect(f[0].reasons).toContain("general-text");
  });
});

describe("robustness", () => {
  const lexiconish = fc.string({
    unit: fc.constantFrom(
      "han ", "hun ", "din ", "du er ", "Mette ", "Jens Olsen ", "sygemeldt ", "dom ", "domstol ", "anbragt ",
      "§ 50-undersøgelse ", "vold i hjemmet ", "hvis ", "Hej ", "Vedr.: ", "HR ", "hr. ", "Kristen ", "3F ",
      "nyhedsbrev ", "send ikke ", "\n", "\n\n", ". ", ", ", "010185-", "1234", "XXXX", "-", " ", "æ", "Ø", "İ", "ß",
      "\u00a7", "\ud83d\ude00", "\u0000", "E\u0301",
    ),
    maxLength: 80,
  });
  const anyString = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), lexiconish);

  it("never throws and returns well-formed findings on arbitrary strings", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const findings = sensitiveDetector.detect({ location: "body", text: s, lower: s.toLowerCase() }, { now: NOW });
        const seen = new Set<string>();
        for (const f of findings) {
          expect(seen.has(f.type)).toBe(false);
          seen.add(f.type);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(f.confidence).toBeGreaterThan(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("accepts a lower that differs in length from the text", () => {
    const s = "İ Han er sygemeldt med depression.";
    expect(() => sensitiveDetector.detect({ location: "body", text: s, lower: s.toLowerCase() }, { now: NOW })).not.toThrow();
  });

  it("completes on a 1 MB mail (linear: no backtracking)", () => {
    const para =
      "Kære Lene\n\nBorgeren har sendt en ny lægeerklæring, og hun er fortsat sygemeldt. Vi holder møde med " +
      "Jens Olsen fra jobcentret om ressourceforløb og om den nye handleplan. Domstolen har ikke afsagt dom.\n\n";
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    const findings = detect(big);
    expect(findings.map((f) => f.type)).toEqual(expect.arrayContaining([HEALTH, SOCIAL]));
    // Adversarial: one huge word and a long run of phrase prefixes.
    expect(() => detect("a".repeat(1_000_000))).not.toThrow();
    expect(() => detect("vold i ".repeat(150_000))).not.toThrow();
  });
});
