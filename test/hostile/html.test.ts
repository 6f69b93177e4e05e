/**
 * @jest-environment jsdom
 */
// Hostile HTML bodies through scanMessage with the default policy. Two kinds of property:
// - nothing throws and every body ends in a result, whatever the markup;
// - a CPR number a reader would see is found. "Would see" is decided by a real HTML5 parser
//   (jsdom's, the parsing algorithm browsers and Outlook on the web implement), not by our own
//   normaliser: a property that asked the normaliser what is visible could never fail.
// The jsdom environment is only for that oracle; the scanner itself is pure.

import * as fc from "fast-check";
import { normaliseHtml } from "../../src/core/text/normalise";
import { cprDigits, fill, foundIn, masked, scanBody } from "./support";

// ---------------------------------------------------------------------------------------------
// The oracle: the text a browser renders.

/** Elements whose content is never rendered (with scripting off, as in mail). */
const NOT_RENDERED = new Set(["SCRIPT", "STYLE", "TITLE", "HEAD", "TEMPLATE", "IFRAME", "NOEMBED", "NOFRAMES", "SELECT", "OBJECT"]);
const BLOCK = new Set(["DIV", "P", "BR", "LI", "TR", "TABLE", "PRE", "BODY", "HTML", "UL", "OL", "H1", "TD", "TH"]);

function renderedText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push(node.nodeValue || "");
      return;
    }
    if (node.nodeType !== 1) return; // comments, processing instructions
    const el = node as Element;
    if (NOT_RENDERED.has(el.tagName)) return;
    const block = BLOCK.has(el.tagName);
    if (block) out.push("\n");
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push("\n");
  };
  walk(doc.documentElement);
  return out.join("");
}

/** Invisible characters: a reader sees the digits on either side as one number. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Folds the digit and dash encodings this file generates (and no others) to ASCII. */
function foldOwn(s: string): string {
  let out = "";
  for (const ch of s.replace(INVISIBLE, "")) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xff10 && cp <= 0xff19) out += String.fromCharCode(cp - 0xff10 + 0x30);
    else if (cp >= 0x0660 && cp <= 0x0669) out += String.fromCharCode(cp - 0x0660 + 0x30);
    else if (cp >= 0x1d7ce && cp <= 0x1d7ff) out += String.fromCharCode(0x30 + ((cp - 0x1d7ce) % 10));
    else if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212) out += "-";
    else out += ch;
  }
  return out;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isJoiner = (c: string | undefined) => c === "-" || c === "/" || c === "." || c === ",";

/** Whether a reader sees DDMMYY-SSSS as a number of its own (not part of a longer one). */
function readerSeesCpr(html: string, digits: string): boolean {
  const text = foldOwn(renderedText(html));
  const cpr = digits.slice(0, 6) + "-" + digits.slice(6);
  for (let at = text.indexOf(cpr); at >= 0; at = text.indexOf(cpr, at + 1)) {
    const b1 = text[at - 1];
    const b2 = text[at - 2];
    const a1 = text[at + cpr.length];
    const a2 = text[at + cpr.length + 1];
    if (isDigit(b1) || b1 === "+" || (isJoiner(b1) && isDigit(b2))) continue;
    if (isDigit(a1) || (isJoiner(a1) && isDigit(a2))) continue;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Generators.

/** Markup a reader does not see, allowed between two digits of a number. */
const INVISIBLE_MARKUP = [
  "<span>", "</span>", "<b>", "</b>", "<i class=\"x\">", "</i>", "<font color=\"#000000\" face='Calibri'>", "</font>",
  "<a href=\"#x>y\">", "</a>", "<o:p></o:p>", "<u></u>", "<wbr>", "<span title='a>b' data-x=\"1-2\">",
  "<!-- 0123456789 -->", "<!---->", "<!-->", "<!--->", "<!-- a --!>", "<!x>", "<?x 1?>", "</>",
  "<script>document.write('99')</script>", "<style>p>i{color:red}</style>",
  "&shy;", "&#173;", "\u00ad", "\u200b", "&#x200B;", "&zwj;", "&lrm;", "\u2060", "\ufeff", "\u202e", "\u2066",
];

/** Markup and text of any kind, closed or not, for around the number. */
const ANY_MARKUP = INVISIBLE_MARKUP.concat([
  "<div>", "</div>", "<p>", "</p>", "<br>", "<br/>", "<table>", "<tr>", "<td>", "</td>", "</table>", "<pre>", "</pre>",
  "<head>", "</head>", "<body>", "<html>", "<title>t</title>", "<meta charset=utf-8>", "<link rel=x>",
  "<img src=x alt=\"7\">", "<!DOCTYPE html>", "<![CDATA[x]]>", "</3>", "</ div>",
  "&amp;", "&nbsp;", "&#48;", "&#x1F600;", "&#99999999999999;", "&#0;", "&#xD800;", "&bogus;", "&", "&#", "&#x;",
  "&nbsp", "&aelig", "&#150;", "tekst", " ", "\n", "5", "a < b", "<3", "æøå", "\u00a0",
  // Unclosed: each swallows what follows, in a browser as in the scanner, or does not.
  "<!-- ", "<div class=\"", "<span", "<script>", "<style>", "<title>", "<textarea>", "<xmp>", "<noscript>",
  "<plaintext>", "<iframe>", "<template>", "<select>", "<a title='",
]);

/** Ways to write one digit d. */
function digitForms(d: number): string[] {
  return [
    String(d),
    "&#" + (48 + d) + ";",
    "&#x" + (48 + d).toString(16) + ";",
    "&#000" + (48 + d) + ";",
    String.fromCharCode(0xff10 + d),
    String.fromCharCode(0x0660 + d),
    String.fromCodePoint(0x1d7ce + d),
    "&#x" + (0x1d7d8 + d).toString(16) + ";",
  ];
}
const DASH_FORMS = ["-", "&ndash;", "&#8209;", "&#150;", "\u2212", "&minus;", "\u2010", "&#x2011;"];

/** The number as HTML, each character in some encoding, invisible markup between them. */
function disguisedCpr(digits: string): fc.Arbitrary<string> {
  const chars = (digits.slice(0, 6) + "-" + digits.slice(6)).split("");
  const junk = fc.array(fc.constantFrom(...INVISIBLE_MARKUP), { maxLength: 2 }).map((a) => a.join(""));
  return fc
    .tuple(...chars.map((c) => fc.tuple(c === "-" ? fc.constantFrom(...DASH_FORMS) : fc.constantFrom(...digitForms(Number(c))), junk)))
    .map((pieces) => pieces.map(([ch, j]) => ch + j).join(""));
}

const markup = (pieces: string[], maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(""));

// ---------------------------------------------------------------------------------------------

describe("random and adversarial HTML", () => {
  test("never throws and always ends in a result", () => {
    fc.assert(
      fc.property(markup(ANY_MARKUP, 300), fc.string({ maxLength: 200 }), (html, noise) => {
        const r = scanBody(html + noise + html, true);
        expect(Array.isArray(r.findings)).toBe(true);
        expect(typeof r.requiresSecure).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  test("a CPR number a browser shows is found, whatever markup surrounds and splits it", () => {
    let seen = 0;
    fc.assert(
      fc.property(
        cprDigits.chain((d) => fc.tuple(fc.constant(d), disguisedCpr(d), markup(ANY_MARKUP, 12), markup(ANY_MARKUP, 12))),
        ([digits, cpr, before, after]) => {
          const html = before + "<div>" + cpr + "</div>" + after;
          if (!readerSeesCpr(html, digits)) return;
          seen++;
          const r = scanBody(html, true);
          expect({ html, found: foundIn(r, digits) }).toEqual({ html, found: true });
        },
      ),
      { numRuns: 400 },
    );
    // The oracle must not make the property empty: most generated bodies show the number.
    expect(seen).toBeGreaterThan(100);
  });

  test("with only invisible markup around it the number is decisive: the default policy requires secure post", () => {
    fc.assert(
      fc.property(
        cprDigits.chain((d) => fc.tuple(fc.constant(d), disguisedCpr(d), markup(INVISIBLE_MARKUP, 20))),
        ([digits, cpr, around]) => {
          const r = scanBody(around + "<p>" + cpr + "</p>" + around, true);
          expect(r.findings.map((f) => f.masked)).toContain(masked(digits));
          expect(r.requiresSecure).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  // Regressions the properties above found (the normaliser hid text a browser shows).
  test.each([
    ["an empty comment <!-->", "<!-->", "<!-- later -->"],
    ["an empty comment <!--->", "<!--->", "<!-- later -->"],
    ["a comment closed by --!>", "<!-- a --!>", "<!-- later -->"],
    ["text after an unclosed <head>", "<head><meta charset=utf-8>", ""],
    ["a block after <head><title>", "<html><head><title>t</title>", "</head><body>x</body>"],
  ])("regression: %s does not hide the number", (_what, before, after) => {
    fc.assert(
      fc.property(cprDigits, (digits) => {
        const html = before + "<div>" + digits.slice(0, 6) + "-" + digits.slice(6) + "</div>" + after;
        expect(readerSeesCpr(html, digits)).toBe(true);
        expect(foundIn(scanBody(html, true), digits)).toBe(true);
      }),
      { numRuns: 5 },
    );
  });
});

describe("huge HTML", () => {
  // Each body is a few megabytes of one hostile shape with the number in the middle; 10 MB for
  // the two shapes Outlook itself produces in bulk (nested spans, entities).
  const MB = 1024 * 1024;
  const shapes: [string, number, (cpr: string) => string][] = [
    ["100,000 nested <div>", 0, (c) => "<div>".repeat(100000) + c + "</div>".repeat(100000)],
    ["100,000 nested <span> around each digit", 0, (c) => c.split("").map((ch) => "<span>".repeat(10000) + ch + "</span>".repeat(10000)).join("")],
    ["10 MB of nested spans", 10 * MB, (c) => { const h = fill("<span style='x'>", 5 * MB); return h + "<p>" + c + "</p>" + h; }],
    ["10 MB of entities", 10 * MB, (c) => { const h = fill("&#48;&nbsp;&bogus;&#x1F600;&", 5 * MB); return h + "<p>" + c + "</p>" + h; }],
    ["a 4 MB attribute", 4 * MB, (c) => "<span title=\"" + fill("a>b<c&amp;", 4 * MB) + "\">" + c + "</span>"],
    ["4 MB of closed comments and bogus comments", 4 * MB, (c) => { const h = fill("<!-- x --><!x><?y?></3>", 2 * MB); return h + "<p>" + c + "</p>" + h; }],
    ["4 MB of unclosed tags after the number", 4 * MB, (c) => "<p>" + c + "</p>" + fill("<a b=", 4 * MB)],
    ["4 MB of script blocks", 4 * MB, (c) => { const h = fill("<script>if(a<b)x='</scr'+'ipt>'</script>", 2 * MB); return h + "<p>" + c + "</p>" + h; }],
    ["a comment that never closes after the number", 4 * MB, (c) => "<p>" + c + "</p><!--" + fill("<p>x</p>", 4 * MB)],
  ];

  test.each(shapes)("%s: the number is found", (_what, minBytes, make) => {
    const digits = fc.sample(cprDigits, { numRuns: 1, seed: minBytes + 1 })[0];
    const html = make(digits.slice(0, 6) + "-" + digits.slice(6));
    expect(html.length).toBeGreaterThanOrEqual(minBytes);
    const r = scanBody(html, true);
    expect(r.findings.map((f) => f.masked)).toContain(masked(digits));
    expect(r.requiresSecure).toBe(true);
  });

  test("a 10 MB body of random markup ends in a result", () => {
    const pieces = fc.sample(fc.constantFrom(...ANY_MARKUP.filter((p) => p !== "<!-- " && p !== "<plaintext>")), { numRuns: 20000, seed: 42 });
    const html = fill(pieces.join(""), 10 * MB);
    expect(normaliseHtml(html).map.length).toBeGreaterThan(0);
    expect(typeof scanBody(html, true).requiresSecure).toBe("boolean");
  });
});
