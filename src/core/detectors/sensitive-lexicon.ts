// Word lists for the sensitive-data detector (sensitive.ts): the Danish and English terms for the
// special categories of personal data (GDPR art. 9 and 10, databeskyttelsesloven § 8, and the
// Danish confidential categories, BRIEF.md §4), and the words the detector uses to decide whether
// a text speaks about one person or about people in general.
//
// Every form is lower case and matched at the start of a word in the lower-cased text:
//
//   "sygemeld*"   a trailing '*' matches any word that begins with the stem, so inflections and
//                 compounds whose FIRST part is the stem match (sygemeldt, sygemeldingen,
//                 sygemeldingsperiode);
//   "dom"         without '*' only the whole word matches (dom, not domstol, dommer, domæne).
//
// Compounds whose LAST part is the stem do not match by themselves (stofmisbrug does not start
// with misbrug), so the common ones are listed as forms of their own. A form may hold spaces
// (phrases: "vold i hjemmet"), '-', '.', ':', '§' and digits. é, è, ü, ä and ö are folded to e,
// e, u, æ and ø before matching; any other character outside a-z, æ, ø, å, 0-9 cannot be in a form.
//
// The longest form wins at a word start, which is how "neutral" forms stop a shorter one
// ("hyggeligt samvær" is not family data, "kristendomskundskab" is a school subject).
//
// All forms given in one call (one term(...)) are one lemma: the "several terms" bonus counts
// distinct lemmas, so repeating or inflecting one word does not raise it.

export type SensitiveCategory =
  | "sensitive:health"
  | "sensitive:ethnic-origin"
  | "sensitive:religion"
  | "sensitive:political-opinion"
  | "sensitive:trade-union"
  | "sensitive:sexual-orientation"
  | "sensitive:genetic"
  | "sensitive:biometric"
  | "sensitive:criminal"
  | "sensitive:social"
  | "sensitive:child-protection"
  | "sensitive:family"
  | "sensitive:suicide";

export const SENSITIVE_CATEGORIES: readonly SensitiveCategory[] = [
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
];

/**
 * What a matched form means to the detector:
 * - term: a sensitive term of `category` with `weight`;
 * - person: a reference to one person (borgeren, hun, din, ...); `second` for the reader (du/din);
 * - title: hr./fru/mr.: a person reference when a capitalised name follows;
 * - label: vedr./sag:/cpr: a name or CPR number right after it names the case's subject;
 * - conditional: hvis/if: the person word right after it is hypothetical ("hvis du er syg");
 * - greeting: hej/kære/hilsen/fra:: the name right after it is the addressee or the sender;
 * - name: a common first name (only when written capitalised);
 * - general: a marker of a general text (newsletter, announcement, statistics, instruction);
 * - neutral: matches only to stop a shorter form, and as a capitalised word it is no name.
 */
export type EntryKind =
  | "term"
  | "person"
  | "title"
  | "label"
  | "conditional"
  | "greeting"
  | "name"
  | "general"
  | "neutral";

export interface LexiconEntry {
  /** Lower case, without the '*'. */
  stem: string;
  kind: EntryKind;
  /** True: any word beginning with the stem; false: the whole word only. */
  prefix: boolean;
  /** Forms of one word share a lemma. */
  lemma: string;
  /** term: weight 0..1; general: the penalty it gives; other kinds: 0. */
  weight: number;
  /** term only. */
  category?: SensitiveCategory;
  /** term: counts only when written in lower case ("kristen", not the name "Kristen"). */
  lowercaseOnly?: boolean;
  /** general: the whole text ("document") or the paragraph it stands in. */
  scope?: "document" | "paragraph";
  /** general, document scope: the text addresses everyone, so du/din are no person reference. */
  audience?: boolean;
  /** person: second person (du er, din, ...). */
  second?: boolean;
  /** person: also a case label ("Borger: Mette Hansen"). */
  label?: boolean;
}

function forms(kind: EntryKind, lemmaKey: string, list: string[], extra: Partial<LexiconEntry>): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    const prefix = f.charAt(f.length - 1) === "*";
    const entry: LexiconEntry = {
      stem: prefix ? f.substring(0, f.length - 1) : f,
      kind,
      prefix,
      lemma: lemmaKey,
      weight: 0,
    };
    for (const k in extra) {
      if (Object.prototype.hasOwnProperty.call(extra, k)) {
        (entry as unknown as { [key: string]: unknown })[k] = (extra as { [key: string]: unknown })[k];
      }
    }
    out.push(entry);
  }
  return out;
}

function term(category: SensitiveCategory, weight: number, ...list: string[]): LexiconEntry[] {
  return forms("term", category + "|" + list[0], list, { category, weight });
}

/** A term that is also a proper name when capitalised (kristen / Kristen). */
function lowerTerm(category: SensitiveCategory, weight: number, ...list: string[]): LexiconEntry[] {
  return forms("term", category + "|" + list[0], list, { category, weight, lowercaseOnly: true });
}

function flat(groups: LexiconEntry[][]): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (let i = 0; i < groups.length; i++) for (let j = 0; j < groups[i].length; j++) out.push(groups[i][j]);
  return out;
}

const HEALTH: SensitiveCategory = "sensitive:health";
const ETHNIC: SensitiveCategory = "sensitive:ethnic-origin";
const RELIGION: SensitiveCategory = "sensitive:religion";
const POLITICAL: SensitiveCategory = "sensitive:political-opinion";
const UNION: SensitiveCategory = "sensitive:trade-union";
const SEXUAL: SensitiveCategory = "sensitive:sexual-orientation";
const GENETIC: SensitiveCategory = "sensitive:genetic";
const BIOMETRIC: SensitiveCategory = "sensitive:biometric";
const CRIMINAL: SensitiveCategory = "sensitive:criminal";
const SOCIAL: SensitiveCategory = "sensitive:social";
const CHILD: SensitiveCategory = "sensitive:child-protection";
const FAMILY: SensitiveCategory = "sensitive:family";
const SUICIDE: SensitiveCategory = "sensitive:suicide";

// Weights: 0.8-0.95 the term is the sensitive fact itself (diagnose, straffeattest, anbragt);
// 0.55-0.75 it usually is, near a person (kontanthjælp, medicin, dom); below 0.5 it is only a
// hint that needs a second term or a second hit to count (syg, stress, religion, fingeraftryk).

export const SENSITIVE_TERMS: readonly LexiconEntry[] = flat([
  // --- Health (GDPR art. 9) ---
  term(HEALTH, 0.7, "helbred*"),
  term(HEALTH, 0.8, "sundhedsoplysning*", "health information", "health data"),
  term(HEALTH, 0.9, "diagnos*"), // diagnose, diagnosen, diagnosticeret; English diagnosis, diagnosed
  term(HEALTH, 0.9, "sygemeld*", "stresssygemeld*", "delvist sygemeld*"),
  term(HEALTH, 0.55, "raskmeld*"),
  term(HEALTH, 0.8, "sygedagpeng*"),
  term(HEALTH, 0.7, "sygefravær*", "sygeorlov*", "sick leave", "sickness absence"),
  term(HEALTH, 0.7, "sygdom*", "kronisk syg*", "alvorligt syg*", "langtidssyg*"),
  term(HEALTH, 0.45, "syg", "syge", "sygt"),
  term(HEALTH, 0.75, "indlagt", "indlagte", "indlæggelse*", "hospitalsindlæg*", "genindlagt", "genindlæggelse*"),
  term(HEALTH, 0.55, "medicin*"),
  term(HEALTH, 0.8, "psykiat*"), // psykiatri, psykiatrisk, psykiater
  term(HEALTH, 0.4, "psykolog*"),
  term(HEALTH, 0.8, "går til psykolog", "gået til psykolog", "henvist til psykolog", "går hos psykolog", "samtaler hos psykolog"),
  term(HEALTH, 0.6, "psykisk*"),
  term(HEALTH, 0.9, "psykose*", "psykotisk*", "skizofren*", "bipolar*", "personlighedsforstyrrelse*"),
  term(HEALTH, 0.8, "adhd", "autis*", "asperger*", "ptsd", "ocd"),
  term(HEALTH, 0.9, "spiseforstyrrelse*", "anoreksi*", "bulimi*"),
  term(HEALTH, 0.8, "demens*", "dement*", "alzheimer*"),
  term(HEALTH, 0.85, "depressi*", "fødselsdepression*"), // depression, depressiv
  term(HEALTH, 0.6, "angst*"),
  term(HEALTH, 0.45, "stress*"),
  term(HEALTH, 0.7, "stressramt*"),
  term(HEALTH, 0.7, "handicap*"),
  term(HEALTH, 0.8, "funktionsnedsættelse*", "udviklingshæm*", "hjerneskade*", "hjerneskadet"),
  term(HEALTH, 0.45, "døv", "døve", "blind", "blinde"),
  term(HEALTH, 0.8, "kræft*", "cancer*", "kemoterapi*", "strålebehandling*", "tumor*"),
  term(HEALTH, 0.8, "diabet*", "sklerose*", "epilepsi*", "parkinson*"),
  term(HEALTH, 0.55, "gigt*", "astma*"),
  term(HEALTH, 0.4, "allergi*"),
  term(HEALTH, 0.8, "hiv", "aids", "hepatitis", "kønssygdom*", "klamydia"),
  term(HEALTH, 0.6, "gravid*"),
  term(HEALTH, 0.75, "abort*"),
  term(HEALTH, 0.55, "opereret", "opereres"),
  term(HEALTH, 0.35, "operation", "operationen"),
  term(HEALTH, 0.55, "genoptræning*", "fysioterapi*", "ergoterapi*"),
  term(HEALTH, 0.8, "lægeerklæring*", "lægeattest*", "lægejournal*", "patientjournal*", "journaloplysning*"),
  term(HEALTH, 0.55, "speciallæge*", "egen læge", "praktiserende læge"),
  term(HEALTH, 0.4, "sygehus*", "hospital*", "skadestue*"),
  term(HEALTH, 0.6, "arbejdsskade*", "arbejdsulykke*", "brækket", "hjernerystelse*", "piskesmæld*"),
  term(HEALTH, 0.5, "smerter", "smerterne", "smertebehandling*"),
  term(HEALTH, 0.55, "kronisk*"),
  term(HEALTH, 0.75, "nedsat arbejdsevne", "arbejdsevnen er nedsat"),
  term(HEALTH, 0.75, "førtidspension*"),
  term(HEALTH, 0.6, "fleksjob*", "flexjob*"),
  term(HEALTH, 0.75, "jobafklaringsforløb*"),
  term(HEALTH, 0.6, "hjemmehjælp*", "hjemmesygepleje*", "hjemmepleje*"),
  term(HEALTH, 0.5, "plejehjem*", "hjælpemiddel*", "hjælpemidler*", "kørestol*", "rollator*"),
  term(HEALTH, 0.4, "influenza*"),
  term(HEALTH, 0.5, "covid*", "corona*", "smittet"),
  term(HEALTH, 0.3, "vaccin*"),
  term(HEALTH, 0.5, "terapi*", "samtaleterapi*", "behandlingsforløb*"),
  term(HEALTH, 0.5, "overdosis*", "overdose*"),
  // English
  term(HEALTH, 0.7, "illness*", "medical condition*", "health condition*", "medical record*"),
  term(HEALTH, 0.55, "disease*", "sickness", "medication*"),
  term(HEALTH, 0.7, "hospitalised", "hospitalized", "hospitalisation", "hospitalization"),
  term(HEALTH, 0.8, "psychiatr*", "schizophren*", "psychosis", "psychotic", "autism", "autistic", "dementia"),
  term(HEALTH, 0.5, "psycholog*", "anxiety"),
  term(HEALTH, 0.6, "mental health"),
  term(HEALTH, 0.85, "mental illness*", "mental disorder*"),
  term(HEALTH, 0.7, "disabilit*", "disabled"),
  term(HEALTH, 0.6, "pregnan*"),

  // --- Racial or ethnic origin ---
  term(ETHNIC, 0.8, "etnisk*", "etnicitet*", "ethnic*"),
  term(ETHNIC, 0.9, "etnisk oprindelse", "etniske oprindelse", "ethnic origin"),
  term(ETHNIC, 0.55, "race", "racen", "racemæssig*", "racial*"),
  term(ETHNIC, 0.7, "hudfarve*"),
  term(ETHNIC, 0.6, "herkomst*"),
  term(ETHNIC, 0.45, "oprindelsesland*", "efterkommer*"),
  term(ETHNIC, 0.55, "indvandrer*", "immigrant*", "minoritetsbaggrund*"),
  term(ETHNIC, 0.5, "flygtning*", "asylansøg*", "refugee*", "asylum seeker*"),
  term(ETHNIC, 0.6, "romaer", "sigøjner*"),
  term(ETHNIC, 0.35, "tosproget", "tosprogede"),

  // --- Religious or philosophical beliefs ---
  term(RELIGION, 0.85, "trosretning*", "religious belief*"),
  term(RELIGION, 0.5, "religi*"), // religion, religiøs, religious
  term(RELIGION, 0.6, "trossamfund*", "livssyn*", "trosbekendelse*"),
  term(RELIGION, 0.8, "filosofisk overbevisning", "filosofiske overbevisning*", "religiøs overbevisning", "religiøse overbevisning*"),
  lowerTerm(RELIGION, 0.7, "muslim*"),
  lowerTerm(RELIGION, 0.55, "islam*"),
  lowerTerm(RELIGION, 0.6, "kristen", "kristne", "kristent"),
  term(RELIGION, 0.5, "kristendom", "kristendommen", "christianity"),
  term(RELIGION, 0.7, "jøde", "jøder", "jøden", "jødisk*", "jødedom*", "jewish"),
  term(RELIGION, 0.7, "katolik*", "katolsk*", "catholic*", "protestant*"),
  term(RELIGION, 0.7, "hindu*", "buddhis*", "sikh", "ateist*", "atheist*", "jehovas vidne*", "scientolog*"),
  term(RELIGION, 0.5, "moske*", "synagoge*", "mosque*", "frikirke*"),
  term(RELIGION, 0.4, "imam", "imamen", "ramadan*", "halal", "kosher"),
  term(RELIGION, 0.6, "konverteret til islam", "konverteret til kristendommen", "konvertit*"),

  // --- Political opinions ---
  term(POLITICAL, 0.9, "politisk overbevisning*", "politiske overbevisning*", "political opinion*", "political belief*"),
  term(POLITICAL, 0.8, "politisk holdning*", "politiske holdning*", "politisk anskuelse*", "politiske anskuelse*", "political view*"),
  term(POLITICAL, 0.85, "politisk tilhørsforhold", "politiske tilhørsforhold", "partitilhør*", "political affiliation*"),
  term(POLITICAL, 0.8, "partimedlem*", "party member*", "medlem af partiet"),
  term(POLITICAL, 0.55, "socialdemokratiet", "socialdemokrat", "enhedslisten", "dansk folkeparti", "nye borgerlige", "liberal alliance", "radikale venstre", "konservative folkeparti", "socialistisk folkeparti", "moderaterne", "danmarksdemokraterne", "alternativet"),
  term(POLITICAL, 0.45, "stemte på", "stemmer på"),
  term(POLITICAL, 0.4, "aktivist*"),

  // --- Trade-union membership ---
  term(UNION, 0.8, "fagforening*", "trade union*", "labour union*", "labor union*"),
  term(UNION, 0.9, "fagforeningsmedlem*", "fagligt organiseret", "union member*"),
  term(UNION, 0.35, "tillidsrepræsentant*", "tillidsmand*", "fagbevægelse*"),
  term(UNION, 0.55, "3f", "foa", "bupl", "djøf", "krifa", "dansk metal", "dansk sygeplejeråd", "socialpædagogerne", "socialrådgiverforening*", "lærerforening*"),
  term(UNION, 0.45, "hk", "dlf"),

  // --- Sex life and sexual orientation ---
  term(SEXUAL, 0.9, "seksuel orientering", "seksuelle orientering", "sexual orientation", "seksuel præference*", "seksuelle præference*"),
  term(SEXUAL, 0.85, "homoseksu*", "biseksu*", "lesbisk*", "lesbian*", "homosexual*", "bisexual*"),
  term(SEXUAL, 0.55, "heteroseksu*", "bøsse", "bøsser", "gay"),
  term(SEXUAL, 0.7, "transkøn*", "transgender*", "kønsidentitet*", "kønsskifte*", "kønsmodifice*"),
  term(SEXUAL, 0.8, "seksualliv*", "sexliv*", "sex life", "seksuelle forhold"),
  term(SEXUAL, 0.4, "lgbt*"),

  // --- Genetic data ---
  term(GENETIC, 0.75, "genetisk*", "genetic*"),
  term(GENETIC, 0.85, "gentest*", "dna-test*", "dna test*", "dna-analyse*", "dna-profil*", "genetic test*", "faderskabstest*", "paternity test*"),
  term(GENETIC, 0.5, "dna"),
  term(GENETIC, 0.6, "arvelig*", "hereditary", "kromosom*"),
  term(GENETIC, 0.75, "arveanlæg*", "genmutation*", "brca*", "genomsekvens*"),

  // --- Biometric data ---
  term(BIOMETRIC, 0.8, "biometri*"), // biometrisk, biometric
  term(BIOMETRIC, 0.45, "fingeraftryk*", "fingerprint*"),
  term(BIOMETRIC, 0.6, "ansigtsgenkendelse*", "facial recognition", "stemmegenkendelse*", "voice recognition"),
  term(BIOMETRIC, 0.8, "irisscan*", "håndfladescan*", "iris scan*"),

  // --- Criminal offences (art. 10; databeskyttelsesloven § 8) ---
  term(CRIMINAL, 0.9, "straffeattest*", "straffeblad*", "kriminalregister*", "criminal record*"),
  term(CRIMINAL, 0.45, "børneattest*"),
  term(CRIMINAL, 0.9, "straffesag*", "tidligere straffet", "idømt*", "domfæld*", "domsafsigelse*", "voldsdom*", "fængselsdom*"),
  term(CRIMINAL, 0.7, "straffet"),
  term(CRIMINAL, 0.5, "straf", "straffen", "strafbar*", "straffelov*", "bødestraf*", "bødeforlæg*"),
  term(CRIMINAL, 0.85, "dømt", "dømte", "convicted", "sentenced"),
  // dom only as a whole word: domstol, dommer, domæne, dommerfuldmægtig are not a conviction.
  term(CRIMINAL, 0.6, "dom", "dommen", "dommene", "betinget dom", "ubetinget dom", "conviction", "convictions"),
  term(CRIMINAL, 0.6, "frifundet", "frifindelse*"),
  term(CRIMINAL, 0.75, "fængsel*", "fængsl*", "prison*", "imprison*"),
  term(CRIMINAL, 0.9, "afson*", "varetægt*", "grundlovsforhør*", "fodlænke*", "samfundstjeneste*"),
  term(CRIMINAL, 0.8, "anholdt", "anholdte", "anholdelse*", "arresteret", "arrested"),
  term(CRIMINAL, 0.7, "arrest", "arresten", "arresthus*"),
  term(CRIMINAL, 0.85, "sigtelse*", "sigtet for", "sigtede for", "tiltalt", "tiltalt for", "tiltalerejs*", "charged with"),
  term(CRIMINAL, 0.6, "tiltale", "tiltalen", "tiltalte", "anklaget", "anklaget for"),
  term(CRIMINAL, 0.75, "politianmeld*", "anmeldt til politiet", "meldt til politiet"),
  term(CRIMINAL, 0.6, "krimin*", "criminal*", "offence*", "offense*"),
  term(CRIMINAL, 0.85, "kriminalforsorg*", "ungdomskrimin*", "narkotikakrimin*", "sikret institution", "sikrede institution", "probation", "parole"),
  term(CRIMINAL, 0.55, "vold", "volden", "voldelig*", "voldsforbrydelse*", "violence"),
  term(CRIMINAL, 0.85, "voldtægt*", "blufærdighedskrænkelse*", "rape"),
  term(CRIMINAL, 0.6, "overgreb*"),
  term(CRIMINAL, 0.75, "røveri*", "butikstyveri*", "indbrudstyv*"),
  term(CRIMINAL, 0.45, "tyveri*", "hærværk*", "theft"),
  term(CRIMINAL, 0.4, "indbrud*", "retsmøde*", "retssag*"),

  // --- Serious social problems (Danish confidential data) ---
  term(SOCIAL, 0.75, "misbrug*"), // misbrug, misbruger, misbrugsbehandling
  term(SOCIAL, 0.85, "alkoholmisbrug*", "stofmisbrug*", "hashmisbrug*", "narkotikamisbrug*", "rusmiddelmisbrug*", "medicinmisbrug*", "substance abuse", "alcohol abuse", "drug abuse"),
  term(SOCIAL, 0.85, "alkoholafhængig*", "stofafhængig*", "spilafhængig*", "ludoman*", "alkoholiker*", "alkoholproblem*", "narkoman*", "alcoholic*", "addict*"),
  term(SOCIAL, 0.8, "afvænning*", "afrusning*", "antabus*", "metadon*", "rusmiddelbehandling*", "rusmiddelcenter*"),
  term(SOCIAL, 0.55, "rusmiddel*", "narko*", "hash", "kokain*", "heroin*", "amfetamin*"),
  term(SOCIAL, 0.6, "kontanthjælp*", "uddannelseshjælp*", "integrationsydelse*", "selvforsørgelsesydelse*", "hjemrejseydelse*"),
  term(SOCIAL, 0.75, "ressourceforløb*"),
  term(SOCIAL, 0.55, "revalidering*", "enkeltydelse*", "bostøtte*", "botilbud*", "støttekontaktperson*"),
  term(SOCIAL, 0.9, "hjemløs*", "forsorgshjem*", "homeless*"),
  term(SOCIAL, 0.6, "herberg*", "exmission*", "fogedforretning*"),
  term(SOCIAL, 0.75, "socialt udsat*", "socialt udsatte"),
  term(SOCIAL, 0.75, "prostitu*", "sexarbejd*", "værgemål*"),
  term(SOCIAL, 0.3, "ledighed*", "gæld", "gælden", "welfare"),
  term(SOCIAL, 0.5, "gældssanering*"),

  // --- Child protection (Danish confidential data: serious social problems of a child) ---
  term(CHILD, 0.85, "underretning*", "bekymringsunderretning*"),
  term(CHILD, 0.8, "anbragt", "anbragte", "anbringelse*", "anbringes", "anbringe"),
  term(CHILD, 0.95, "tvangsanbring*", "tvangsanbragt", "tvangsfjern*", "taken into care"),
  term(CHILD, 0.85, "børnesag*", "ungesag*", "child protection*"),
  term(CHILD, 0.9, "50-unders*", "§ 50 unders*", "§50 unders*", "børnefaglig*", "børnefaglige*"),
  term(CHILD, 0.7, "barnets plan", "ungeplan*", "børne- og ungeudvalg*"),
  term(CHILD, 0.5, "handleplan*", "foranstaltning*", "netværksmøde*"),
  term(CHILD, 0.8, "forebyggende foranstaltning*", "plejefamilie*", "plejeforældre*", "plejebarn*", "plejebørn*", "foster care", "foster famil*", "foster parent*"),
  term(CHILD, 0.75, "døgninstitution*", "aflastningsfamilie*", "familiebehandling*", "efterværn*", "opholdssted*"),
  term(CHILD, 0.9, "omsorgssvigt*", "child neglect"),
  term(CHILD, 0.5, "mistrivsel*", "aflastning*"),

  // --- Internal family matters (Danish confidential data) ---
  term(FAMILY, 0.8, "skilsmisse*", "samlivsophævelse*", "samlivsbrud*", "divorce*"),
  term(FAMILY, 0.6, "separation", "separeret", "separerede"),
  term(FAMILY, 0.85, "forældremyndighed*", "custody"),
  term(FAMILY, 0.55, "samvær", "samværet"),
  term(FAMILY, 0.85, "samværsordning*", "samværssag*", "samværsforælder*", "bopælsforælder*", "bopælssag*", "visitation rights"),
  term(FAMILY, 0.75, "familieretshus*", "familieretlig*", "familiesag*"),
  term(FAMILY, 0.9, "vold i hjemmet", "vold i familien", "vold i nære relationer", "partnervold*", "familievold*", "domestic violence"),
  term(FAMILY, 0.8, "krisecenter*", "kvindekrisecenter*", "krisecentret"),
  term(FAMILY, 0.75, "faderskab*", "højkonflikt*", "forældrekonflikt*"),
  term(FAMILY, 0.6, "børnebidrag*", "ægtefællebidrag*", "adopteret", "adoption*", "bortadopt*"),
  term(FAMILY, 0.9, "tvangsægteskab*", "æresrelater*", "negativ social kontrol"),
  term(FAMILY, 0.7, "utroskab*"),

  // --- Suicide attempts and self-harm (Danish confidential data) ---
  term(SUICIDE, 0.9, "selvmord*", "suicid*", "selvskade*", "selvskadende", "self-harm*", "self harm*"),
  term(SUICIDE, 0.9, "tage sit eget liv", "tog sit eget liv", "tage sit liv", "tog sit liv", "kill himself", "kill herself"),
  term(SUICIDE, 0.8, "skærer i sig selv", "skåret i sig selv", "cutter sig"),
  term(SUICIDE, 0.6, "livstræt*"),
]);

function person(...list: string[]): LexiconEntry[] {
  return forms("person", "person", list, {});
}

/**
 * Words that point at one person. "vi" and the general "man" are not here; the plural (borgere,
 * elever, børn) is not either: "alle borgere" and "anbragte børn" are about people in general.
 */
export const PERSON_WORDS: readonly LexiconEntry[] = flat([
  person("borgeren", "borgerens", "eleven", "elevens", "patienten", "patientens", "klienten", "klientens"),
  person("barnet", "barnets", "den unge", "den unges", "drengen", "drengens", "pigen", "pigens"),
  person("sønnen", "datteren", "moderen", "moderens", "faderen", "faderens", "moren", "morens", "faren", "farens", "mor", "far"),
  person("medarbejderen", "medarbejderens", "den ansatte", "ansøgeren", "ansøgerens", "beboeren", "kvinden", "manden", "pensionisten"),
  person("han", "hun", "hans", "hendes", "ham", "hende"),
  forms("person", "person-second", ["du er", "du har", "du blev", "du var", "du får", "din", "dit", "dine"], { second: true }),
  forms("person", "person-label", ["borger", "elev", "patient", "klient", "barn"], { label: true }),
  person("he", "she", "his", "him", "the patient", "the client", "the child", "the citizen", "the employee", "the pupil"),
]);

/** hr./fru/mr.: a person reference only when a capitalised word follows ("hr. Jensen", not "HR-afdelingen"). */
export const TITLE_WORDS: readonly LexiconEntry[] = forms("title", "title", ["hr", "fru", "frk", "mr", "mrs"], {});

/** A name or CPR number right after one of these names the subject of the whole text. */
export const CASE_LABELS: readonly LexiconEntry[] = forms(
  "label",
  "label",
  [
    "vedr", "vedrørende", "ang", "angående", "sag", "sagen", "re", "navn", "ansat", "medarbejder",
    "cpr", "cpr-nr", "cpr.nr", "cprnr", "cpr-nummer", "personnummer", "regarding", "name", "client",
  ],
  {},
);

/** "hvis du er sygemeldt": the person word right after these is hypothetical. */
export const CONDITIONAL_WORDS: readonly LexiconEntry[] = forms("conditional", "conditional", ["hvis", "if", "når"], {});

/** The name right after these is the addressee or the sender of the mail, not its subject. */
export const GREETING_WORDS: readonly LexiconEntry[] = forms(
  "greeting",
  "greeting",
  [
    "hej", "hejsa", "kære", "goddag", "hilsen", "hilsner", "mvh", "vh", "hi", "hello", "dear", "regards",
    "fra:", "til:", "cc:", "sendt:", "from:", "to:", "sent:", "afsender", "modtager",
  ],
  {},
);

/**
 * Common Danish first names: a capitalised one is a person reference on its own ("Mette er
 * sygemeldt"), even at the start of a sentence. Names that are also ordinary words, capitalised
 * at a sentence start (Per, Bo, Kim, Mark, Kaj, Storm, Lærke), are left out.
 */
export const FIRST_NAMES: readonly LexiconEntry[] = forms(
  "name",
  "name",
  [
    "anne", "kirsten", "mette", "hanne", "helle", "anna", "susanne", "lene", "maria", "marianne",
    "lone", "camilla", "pia", "louise", "charlotte", "tina", "gitte", "bente", "jette", "karen",
    "inge", "ida", "emma", "julie", "sofie", "laura", "caroline", "sara", "sarah", "nanna",
    "mathilde", "freja", "clara", "alberte", "isabella", "cecilie", "christina", "katrine", "maja",
    "amalie", "emilie", "josefine", "signe", "birgitte", "lise", "malene", "rikke", "trine",
    "dorthe", "vibeke", "annette", "jytte", "ulla", "eva", "hanna", "inger", "birthe", "tove",
    "grethe", "ellen", "karina", "heidi", "janne", "connie", "lotte", "mia", "sanne", "stine",
    "fatima", "aisha", "maryam", "peter", "jens", "lars", "michael", "henrik", "thomas", "søren",
    "jan", "christian", "martin", "niels", "anders", "morten", "jesper", "mads", "rasmus",
    "jørgen", "ole", "frederik", "mikkel", "jakob", "jacob", "kasper", "casper", "christoffer",
    "erik", "klaus", "claus", "torben", "poul", "carsten", "kenneth", "tobias", "emil", "william",
    "oliver", "noah", "lucas", "oscar", "victor", "magnus", "sebastian", "alexander", "jonas",
    "simon", "nikolaj", "daniel", "andreas", "brian", "allan", "steen", "flemming", "john",
    "bjarne", "preben", "finn", "kurt", "leif", "karl", "aksel", "valdemar", "malthe", "elias",
    "alfred", "ahmed", "mohammed", "mohamed", "ali", "hassan", "omar", "yusuf", "ibrahim",
  ],
  {},
);

function general(scope: "document" | "paragraph", penalty: number, audience: boolean, ...list: string[]): LexiconEntry[] {
  return forms("general", "general|" + list[0], list, { weight: penalty, scope, audience });
}

/**
 * Markers of a general text. Document scope: the whole text is an announcement, newsletter,
 * invitation or job ad (penalty subtracted from every category; with `audience`, du/din address
 * everyone and are no person reference). Paragraph scope: the paragraph tells people what not to
 * send, or gives numbers about many (its term hits are scaled by 1 - penalty).
 */
export const GENERAL_MARKERS: readonly LexiconEntry[] = flat([
  general("document", 0.5, true, "nyhedsbrev*", "newsletter*"),
  general("document", 0.5, true, "alle medarbejdere", "alle ansatte", "alle kolleger", "all staff", "all employees"),
  general("document", 0.4, true, "kære alle", "hej alle", "til alle", "dear all", "kære forældre", "alle forældre", "alle borgere", "alle elever"),
  general("document", 0.4, true, "afmeld*", "unsubscribe*"),
  general("document", 0.4, true, "invitation*", "inviter*", "webinar*", "temadag*", "konference*", "foredrag*"),
  general("document", 0.35, true, "tilmelding*", "tilmeld dig", "tilmeld jer", "tilmeld her"),
  general("document", 0.5, true, "stillingsopslag*", "ansøgningsfrist*", "vi søger", "job opening*"),
  general("document", 0.5, true, "pressemeddelelse*", "press release"),
  // Orders and deliveries of goods (wheelchairs to the aids depot) are about products, not people.
  general("document", 0.5, false, "ordrebekræftelse*", "ordrenr*", "varenr*", "varenummer*", "rammeaftale*", "leveringstid*"),
  general("document", 0.25, false, "kursus*", "kurset", "kurser", "kurserne"),
  general("paragraph", 0.8, false, "send ikke", "undlad at sende", "må ikke sende", "send aldrig", "do not send", "never send", "ikke sende", "sendes ikke", "aldrig sende", "ikke må sende"),
  general("paragraph", 0.5, false, "statistik*", "antallet af", "andelen af", "statistics", "the number of"),
  general("paragraph", 0.3, false, "gennemsnit*", "på landsplan"),
]);

function neutral(...list: string[]): LexiconEntry[] {
  return forms("neutral", "neutral", list, {});
}

/**
 * Stop a shorter form, or mark a capitalised word as no name (so "Københavns Kommune" and
 * "Jobcenter Aarhus" are not a name-like pair).
 */
export const NEUTRAL_WORDS: readonly LexiconEntry[] = flat([
  neutral("fængslende", "hyggeligt samvær", "hyggelig samvær", "socialt samvær", "godt samvær", "kollegialt samvær"),
  neutral("barnets lov", "barnets bedste", "kristendomskundskab*", "religionsundervisning*"),
  neutral("du er velkommen", "du er altid velkommen", "du er meget velkommen", "du er også velkommen", "du har ret", "du har mulighed"),
  neutral("misbrug af data", "misbrug af personoplysninger", "misbrug af magt", "misbrug af tillid", "misbrug af offentlige midler"),
  neutral("hospitalsenhed*", "sundhedsplejerske*", "sygeplejerske*", "sygeplejersker*"),
  // The definite form names the municipal unit ("Hanne Kristensen, Hjemmeplejen Syd"), a workplace,
  // not care a person receives; the indefinite forms ("modtager hjemmepleje") stay terms.
  neutral("hjemmeplejen", "hjemmeplejens", "hjemmesygeplejen", "hjemmesygeplejens", "hjemmehjælpen"),
  // Words that end place names: "i Holmstrup Hallen" is a venue, not a name-like pair of a person.
  neutral("hallen", "hal", "huset", "rådhus", "rådhuset", "biblioteket", "bibliotek", "kirke", "kirken", "stadion", "torv", "torvet", "parken", "plejecenter", "plejecentret", "plejecenteret", "sygehus", "sygehuset", "hospital", "hospitalet", "klinik", "klinikken", "apotek", "apoteket", "kulturhus", "kulturhuset", "medborgerhus", "medborgerhuset"),
  neutral(
    "kommune", "kommunes", "kommunen", "region", "regionen", "jobcenter", "jobcentret", "jobcenteret", "borgerservice",
    "ydelsesservice", "udbetaling", "universitet", "universitetshospital", "rigshospitalet", "skole", "skolen",
    "gymnasium", "styrelsen", "styrelse", "ministeriet", "forvaltning", "forvaltningen", "afdeling", "afdelingen",
    "center", "centret", "centeret", "team", "sekretariat", "sekretariatet", "danmark", "danmarks", "københavn", "københavns",
    "aarhus", "odense", "aalborg", "esbjerg", "vejle", "randers", "kolding", "horsens", "roskilde", "herning",
    "hovedstaden", "hovedstadens", "sjælland", "midtjylland", "syddanmark", "nordjylland", "ankestyrelsen",
    "digital", "post", "mitid", "nemid", "microsoft", "outlook", "teams", "word", "excel", "dansk", "danske",
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "januar", "februar", "marts",
    "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december", "jul", "påske",
    "med", "venlig", "best", "kind", "the", "and", "of", "for", "og", "til", "fra", "om", "på", "lov",
    "loven", "bekendtgørelse", "bekendtgørelsen", "borger.dk", "sundhed.dk",
  ),
]);

/** Every list, in the order the detector inserts them. */
export const ALL_ENTRIES: readonly LexiconEntry[] = flat([
  SENSITIVE_TERMS as LexiconEntry[],
  PERSON_WORDS as LexiconEntry[],
  TITLE_WORDS as LexiconEntry[],
  CASE_LABELS as LexiconEntry[],
  CONDITIONAL_WORDS as LexiconEntry[],
  GREETING_WORDS as LexiconEntry[],
  FIRST_NAMES as LexiconEntry[],
  GENERAL_MARKERS as LexiconEntry[],
  NEUTRAL_WORDS as LexiconEntry[],
]);
