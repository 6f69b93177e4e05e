// Keeps docs/deployment.md and docs/user-guide.md true to the code. The 2012 user guide that
// presented "signature only" as a choice was itself a security risk; these checks make the same
// mistake, a wrong header in a transport rule, a command that does not exist or a UI text the user
// will never see, fail the suite instead of reaching an admin or a caseworker.

import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import { parseAdminNotices } from "../../src/core/admin-notices";
import { DEFAULT_POLICY, SECURE_POST_HEADER, SECURE_POST_HEADER_VALUE } from "../../src/core/policy";
import { formatCpr, syntheticCpr } from "../support/synthetic-cpr";

const ROOT = path.resolve(__dirname, "../..");
const read = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), "utf8");

const DEPLOYMENT = "docs/deployment.md";
const USER_GUIDE = "docs/user-guide.md";
const deployment = read(DEPLOYMENT);
const userGuide = read(USER_GUIDE);
const DOCS: [string, string][] = [
  [DEPLOYMENT, deployment],
  [USER_GUIDE, userGuide],
];

/** The fenced code blocks of a markdown text, with their info string. */
function codeBlocks(md: string): { lang: string; code: string }[] {
  const out: { lang: string; code: string }[] = [];
  const re = /^```([^\n`]*)\n([\s\S]*?)^```\s*$/gm;
  for (let m = re.exec(md); m; m = re.exec(md)) out.push({ lang: m[1].trim(), code: m[2] });
  return out;
}

/** The text of one `## heading` section, up to the next heading of the same or a higher level. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section "## ${heading}"`);
  const rest = md.slice(start + heading.length + 5);
  const end = rest.search(/\n#{1,2} /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** PowerShell blocks joined across backtick line continuations, one command per line. */
function powershellCommands(md: string): string[] {
  return codeBlocks(md)
    .filter((b) => b.lang === "powershell")
    .flatMap((b) => b.code.replace(/`\r?\n\s*/g, " ").split("\n"))
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** The quoted value of `-Param "value"` in a PowerShell command line, or null. */
function paramValue(command: string, param: string): string | null {
  const m = new RegExp(`(?:^|\\s)-${param}\\s+"([^"]*)"`).exec(command);
  return m ? m[1] : null;
}

// ---------------------------------------------------------------------------------------------
// The marker: the header in the docs is the header the add-in writes.

describe("the secure-post marker in deployment.md", () => {
  test("shows the header exactly as the add-in writes it", () => {
    expect(deployment).toContain(`${SECURE_POST_HEADER}: ${SECURE_POST_HEADER_VALUE}`);
    expect(DEFAULT_POLICY.markers.header).toEqual({ name: SECURE_POST_HEADER, value: SECURE_POST_HEADER_VALUE });
  });

  const commands = powershellCommands(deployment);
  const headerRules = commands.filter((c) => /-(ExceptIf)?Header(Matches|Contains)MessageHeader\s/.test(c));

  test("has transport rules written against that header", () => {
    // Rule 1 (encrypt what is marked) and rule 2 (CPR without the marker), at least.
    expect(headerRules.length).toBeGreaterThanOrEqual(3);
    expect(headerRules.some((c) => /\s-ApplyOME \$true/.test(c) && /\s-HeaderMatchesMessageHeader\s/.test(c))).toBe(true);
    expect(headerRules.some((c) => /\s-ApplyRightsProtectionTemplate\s/.test(c))).toBe(true);
    expect(headerRules.some((c) => /\s-ExceptIfHeaderMatchesMessageHeader\s/.test(c))).toBe(true);
  });

  test.each(headerRules.map((c) => [c.slice(0, 80), c]))("%s… names the real header and value", (_label, command) => {
    for (const prefix of ["", "ExceptIf"]) {
      for (const kind of ["Matches", "Contains"]) {
        const name = paramValue(command, `${prefix}Header${kind}MessageHeader`);
        if (name === null) continue;
        expect(name).toBe(SECURE_POST_HEADER);
        if (kind === "Matches") {
          const pattern = paramValue(command, `${prefix}HeaderMatchesPatterns`);
          expect(pattern).not.toBeNull();
          expect(new RegExp(pattern as string).test(SECURE_POST_HEADER_VALUE)).toBe(true);
        } else {
          const words = paramValue(command, `${prefix}HeaderContainsWords`);
          expect(words).not.toBeNull();
          expect(SECURE_POST_HEADER_VALUE).toContain(words as string);
        }
      }
    }
  });

  test("every rule that encrypts or routes on the marker fails closed on rule errors", () => {
    for (const c of headerRules.filter((c) => /^New-TransportRule\s/.test(c))) {
      expect(c).toMatch(/\s-RuleErrorAction Defer(\s|$)/);
    }
  });

  test("the Danish summary comes before the rest and names the header", () => {
    const da = section(deployment, "Kort fortalt for IT-administratorer");
    expect(deployment.indexOf("## Kort fortalt for IT-administratorer")).toBeLessThan(deployment.indexOf("## How it works"));
    expect(da).toContain(`${SECURE_POST_HEADER}: ${SECURE_POST_HEADER_VALUE}`);
  });
});

// ---------------------------------------------------------------------------------------------
// The policy reference: every key the schema has, with the default the code has.

const schema = JSON.parse(read("src/core/policy.schema.json"));

/** Every key path of a JSON schema: `markers.header.name`, `trustedRecipientDomains[].domain`. */
function schemaPaths(node: { properties?: object; items?: object }, prefix = ""): string[] {
  const out: string[] = [];
  const props = (node.properties || {}) as { [key: string]: { properties?: object; items?: object; type?: string } };
  for (const key of Object.keys(props)) {
    const p = prefix ? `${prefix}.${key}` : key;
    out.push(p);
    const child = props[key];
    out.push(...schemaPaths(child, p));
    const items = child.items as { properties?: object } | undefined;
    if (items && items.properties) out.push(...schemaPaths(items, `${p}[]`));
  }
  return out;
}

describe("the policy file reference in deployment.md", () => {
  const reference = section(deployment, "Policy file reference");
  const rows = reference.split("\n").filter((l) => /^\| `[^`]+` \|/.test(l));
  const documented = rows.map((l) => (/^\| `([^`]+)` \|/.exec(l) as RegExpExecArray)[1]);

  test("documents every key of the schema, and only those", () => {
    const paths = schemaPaths(schema);
    expect(paths.length).toBeGreaterThan(10);
    for (const p of paths) expect(documented).toContain(p);
    for (const d of documented) expect(paths).toContain(d);
  });

  test("states the built-in default of every key the code defaults", () => {
    const norm = (s: string) => s.replace(/\s+/g, "");
    const defaults = DEFAULT_POLICY as unknown as { [key: string]: unknown };
    for (const key of Object.keys(defaults)) {
      const value = defaults[key];
      if (typeof value === "object" && !Array.isArray(value)) continue; // markers, actions: described in words
      const row = rows.find((l) => l.startsWith(`| \`${key}\` |`));
      expect(row).toBeDefined();
      const defaultCell = (row as string).split("|")[2];
      expect(norm(defaultCell)).toContain(norm(`\`${JSON.stringify(value)}\``));
    }
    const header = (k: string) => rows.find((l) => l.startsWith(`| \`markers.header.${k}\` |`)) as string;
    expect(header("name").split("|")[2]).toContain(JSON.stringify(DEFAULT_POLICY.markers.header.name));
    expect(header("value").split("|")[2]).toContain(JSON.stringify(DEFAULT_POLICY.markers.header.value));
  });

  test("lists the default action of every finding type the code names", () => {
    const prose = reference.slice(reference.indexOf("Default `actions`"));
    for (const [type, action] of Object.entries(DEFAULT_POLICY.actions)) {
      const sentence = prose.split(";").find((part) => part.includes(`\`${type}\``));
      expect(sentence).toBeDefined();
      expect(sentence).toContain(`\`${action}\``);
    }
  });

  test("the loading the reference describes is the add-in's: policy.json from its own origin", () => {
    // deployment.md promises that the add-in reads policy.json beside it and falls back to the
    // last good copy, then to the strict default. Until the add-in does, this fails.
    expect(reference).toMatch(/reads `policy\.json` from its own origin/);
    const addInSources = ["src/office", "src/launchevent", "src/taskpane", "src/core"]
      .flatMap((dir) => fs.readdirSync(path.join(ROOT, dir), { recursive: true }).map((f) => path.join(dir, String(f))))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => read(f).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ""));
    expect(addInSources.some((code) => /["'`]policy\.json["'`]/.test(code))).toBe(true);
  });

  test("every policy example validates against the schema", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const examples = codeBlocks(deployment)
      .filter((b) => b.lang === "json")
      .map((b) => JSON.parse(b.code))
      .filter((doc) => !("notices" in doc));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const doc of examples) {
      const ok = validate(doc);
      expect(validate.errors || []).toEqual([]);
      expect(ok).toBe(true);
      if (doc.markers) expect(doc.markers.header).toEqual({ name: SECURE_POST_HEADER, value: SECURE_POST_HEADER_VALUE });
    }
  });

  test("every notices.json example is read in full by the taskpane's parser", () => {
    const examples = codeBlocks(deployment)
      .filter((b) => b.lang === "json")
      .map((b) => JSON.parse(b.code))
      .filter((doc) => "notices" in doc);
    expect(examples.length).toBeGreaterThanOrEqual(1);
    for (const doc of examples) {
      expect(parseAdminNotices(doc)).toHaveLength(doc.notices.length);
      expect(doc.notices.some((n: { severity: string }) => n.severity === "security")).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Commands: every npm script and CLI command the docs show exists.

const pkg = JSON.parse(read("package.json")) as { scripts: { [name: string]: string }; bin: { [name: string]: string } };
const cliSource = read("src/cli/main.ts");
/** `scan [--policy FILE] [--json] [--explain] FILE...`, `policy check [--base-url URL] FILE`, … */
const usages = Array.from(cliSource.matchAll(/secure-post-guard ([a-z][^|"`\n]*)/g)).map((m) => m[1].trim());

describe("commands in the docs", () => {
  for (const [file, md] of DOCS) {
    test(`${file}: every npm script exists in package.json`, () => {
      for (const m of md.matchAll(/\bnpm run ([\w:.-]+)/g)) expect(Object.keys(pkg.scripts)).toContain(m[1]);
      for (const m of md.matchAll(/\bnpm (start|test|stop|restart)\b/g)) expect(Object.keys(pkg.scripts)).toContain(m[1]);
    });

    test(`${file}: every secure-post-guard command is in the CLI's usage`, () => {
      expect(Object.keys(pkg.bin)).toContain("secure-post-guard");
      for (const m of md.matchAll(/\bnpx secure-post-guard ([^\n`]*)/g)) {
        const tokens = m[1].trim().split(/\s+/);
        const words: string[] = [];
        for (const t of tokens) {
          if (!/^[a-z]+$/.test(t)) break;
          words.push(t);
        }
        expect(words.length).toBeGreaterThan(0);
        // The source may name a command more than once (a comment, the usage text): one of them
        // must start with these words and offer every option the docs use.
        const options = tokens.filter((t) => t.startsWith("--"));
        const usage = usages.find(
          (u) => (u === words.join(" ") || u.startsWith(`${words.join(" ")} `)) && options.every((o) => u.includes(`[${o}`)),
        );
        expect({ command: m[0], usage }).toEqual({ command: m[0], usage: expect.any(String) });
      }
    });

    test(`${file}: every build --env option is one the webpack config reads`, () => {
      const config = read("webpack.config.js");
      for (const m of md.matchAll(/--env ([A-Za-z]+)=/g)) expect(config).toContain(`env.${m[1]}`);
      for (const m of md.matchAll(/\b(SPG_[A-Z_]+)=/g)) expect(config).toContain(`process.env.${m[1]}`);
    });
  }

  test("the CLI usage was found (the checks above are not vacuous)", () => {
    expect(usages.some((u) => u.startsWith("scan "))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The user guide: its quoted UI texts are texts the add-in shows.

/** Every text a user can see: the core texts first, then the taskpane's own labels, notices, ribbon. */
const UI_SOURCES = ["src/core/i18n.ts", "src/taskpane/taskpane.ts", "src/taskpane/view-model.ts", "src/core/admin-notices.ts", "manifest.xml"];
const uiText = UI_SOURCES.map(read).join("\n");

/** The blockquote lines of the user guide: each one quotes a UI text, `…` where Outlook fills in. */
function quotedUiTexts(md: string): string[] {
  return md
    .split("\n")
    .filter((l) => l.startsWith("> "))
    .map((l) => l.slice(2).replace(/\*\*/g, "").trim());
}

describe("the user guide", () => {
  const quotes = quotedUiTexts(userGuide);

  test("is Danish first, then English", () => {
    const da = userGuide.indexOf("# Brugervejledning");
    const en = userGuide.indexOf("# User guide");
    expect(da).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(da);
  });

  test("quotes enough of the UI for this check to mean something", () => {
    expect(quotes.length).toBeGreaterThanOrEqual(30);
  });

  test.each(quotes.map((q) => [q]))("quotes a real UI text: %s", (quote) => {
    const fragments = quote
      .split("…")
      .map((f) => f.trim())
      .filter((f) => f.length > 0);
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) expect({ fragment: f, found: uiText.includes(f) }).toEqual({ fragment: f, found: true });
  });

  test("quotes every send dialog's head in both languages", () => {
    for (const head of [
      "Mailen indeholder personoplysninger og er IKKE sendt endnu:",
      "Mailen er IKKE sendt: markeringen til sikker post var faldet bort.",
      "Mailen er IKKE sendt: Secure Post Guard kunne ikke kontrollere den, og den sendes ikke ukrypteret.",
      "The message holds personal data and has NOT been sent yet:",
      "The message was NOT sent: its secure-post marking had lapsed.",
      "The message was NOT sent: Secure Post Guard could not check it, and it will not go unencrypted.",
    ]) {
      expect(uiText).toContain(head);
      expect(quotes).toContain(head);
    }
  });

  test("tells the user what to do when the add-in cannot verify: wait and contact IT, no way around", () => {
    expect(userGuide).toMatch(/kontakt IT-support/);
    expect(userGuide).toMatch(/contact IT support/);
    expect(userGuide).toMatch(/ingen vej uden om/i);
    expect(userGuide).toMatch(/no way around/i);
  });

  test("says secure post is always signed AND encrypted, in both languages", () => {
    expect(userGuide).toMatch(/altid signeret OG krypteret/);
    expect(userGuide).toMatch(/always signed AND encrypted/);
  });
});

// ---------------------------------------------------------------------------------------------
// Never sign-only, never unencrypted as an option.

/**
 * A phrase that names a weaker form than signed AND encrypted (or sending without the check) may
 * stand only in a sentence that says it is not allowed: the sentence, without the phrase itself,
 * holds a negation. "signed but not encrypted" does not excuse itself with its own "not".
 */
const WEAK_FORMS = [
  /\bsign(?:ature|ing|ed)?[ -]only\b/i,
  /\bonly sign(?:ed|ing|s)?\b/i,
  /\bsign(?:ature|ing|ed)? alone\b/i,
  /\bsigned,? but not encrypted\b/i,
  /\bencrypt(?:ion|ed)?[ -]only\b/i,
  /\bunencrypted\b/i,
  /\bwithout encryption\b/i,
  /\bin (?:the )?clear\b/i,
  /\bsend anyway\b/i,
  /\bkun[ -](?:med )?signatur\b/i,
  /\bkun[ -]signer(?:ing|et)?\b/i,
  /\bsignatur(?:en)? alene\b/i,
  /\bsignering alene\b/i,
  /\bsigneret,? men ikke krypteret\b/i,
  /\bukrypteret\b/i,
  /\buden kryptering\b/i,
  /\bsend alligevel\b/i,
];
const NEGATION =
  /\b(?:not|never|no|nor|cannot|can't|isn't|aren't|doesn't|don't|won't|rejected|refused|blocked|forbidden|ikke|aldrig|ingen|intet|hverken|forbudt|afvist|afvises|blokeret)\b/i;

/** Sentences of a markdown text: paragraphs joined, table rows and list items kept apart. */
function sentences(md: string): string[] {
  const units: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) units.push(paragraph.join(" "));
    paragraph = [];
  };
  for (const line of md.replace(/^```[\s\S]*?^```\s*$/gm, (block) => block.split("\n").join("\n\n")).split("\n")) {
    const t = line.trim();
    if (!t) flush();
    else if (/^(\||#|[-*] |\d+\. |> )/.test(t)) {
      flush();
      paragraph.push(t);
    } else paragraph.push(t);
  }
  flush();
  return units.flatMap((u) => u.split(/(?<=[.!?:;])\s+(?=[A-ZÆØÅ*`"(])|\s\|\s/)).map((s) => s.trim());
}

/** The weak forms a text offers, each with its sentence. */
function weakOffers(md: string): string[] {
  const out: string[] = [];
  for (const s of sentences(md)) {
    for (const re of WEAK_FORMS) {
      const m = re.exec(s);
      if (!m) continue;
      const rest = s.slice(0, m.index) + " " + s.slice(m.index + m[0].length);
      if (!NEGATION.test(rest)) out.push(`${m[0]} — in: ${s}`);
    }
  }
  return out;
}

describe("no sign-only option, no unencrypted option", () => {
  test("the check itself tells an offer from a prohibition", () => {
    expect(weakOffers("For personal data, choose signature only.")).toHaveLength(1);
    expect(weakOffers("Vælg kun signering, hvis mailen er kort.")).toHaveLength(1);
    expect(weakOffers("The mail may be signed but not encrypted.")).toHaveLength(1);
    expect(weakOffers("Press Send Anyway to send it.")).toHaveLength(1);
    expect(weakOffers("Mails med CPR-numre kan sendes ukrypteret.")).toHaveLength(1);
    expect(weakOffers("Signature only is never allowed for personal data.")).toHaveLength(0);
    expect(weakOffers("Personoplysninger må aldrig sendes med signatur alene, og aldrig ukrypteret.")).toHaveLength(0);
    expect(weakOffers("It will not go unencrypted.")).toHaveLength(0);
  });

  for (const [file, md] of DOCS) {
    test(`${file} never offers a weaker form than signed AND encrypted`, () => {
      expect(weakOffers(md)).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// No CPR numbers in docs/: only masked ones (DDMMYY-XXXX).

describe("no CPR-shaped numbers in docs/", () => {
  const CPR_SHAPED = /(?<![\d])\d{6}[- \u00a0]?\d{4}(?![\d])/g;
  const files = fs
    .readdirSync(path.join(ROOT, "docs"), { recursive: true })
    .map((f) => String(f))
    .filter((f) => /\.(md|txt|html|json|csv)$/i.test(f));

  test("docs/ holds the two guides", () => {
    expect(files).toEqual(expect.arrayContaining(["deployment.md", "user-guide.md"]));
  });

  test.each(files.map((f) => [f]))("docs/%s holds no unmasked CPR-shaped number", (file) => {
    const text = read(path.join("docs", file));
    expect(text.match(CPR_SHAPED) || []).toEqual([]);
  });

  test("the check catches a CPR-shaped number in every form and lets a masked one through", () => {
    // Generated, never written: no CPR-shaped literal sits in this repository.
    const digits = syntheticCpr({ year: 1985, month: 1, day: 1, mod11: false, seed: 7 });
    for (const form of ["hyphen", "compact", "space"] as const) {
      expect(`personnummer ${formatCpr(digits, form)} er`.match(CPR_SHAPED)).not.toBeNull();
    }
    expect(`personnummer ${digits.slice(0, 6)}-XXXX er`.match(CPR_SHAPED)).toBeNull();
  });
});
