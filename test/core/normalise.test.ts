import * as fc from "fast-check";

import { normaliseHtml, normaliseText } from "../../src/core/text/normalise";
import type { NormalisedText } from "../../src/core/types";

/** The map as a plain array, one source offset per output position. */
function mapArray(norm: NormalisedText): number[] {
  const out: number[] = [];
  for (let i = 0; i < norm.map.length; i++) out.push(norm.map.toSource(i));
  return out;
}

/** The map invariant every caller relies on. */
function checkMap(norm: NormalisedText, input: string): void {
  expect(norm.map.length).toBe(norm.text.length + 1);
  expect(norm.map.toSource(norm.text.length)).toBe(input.length);
  for (let i = 0; i < norm.map.length; i++) {
    expect(Number.isInteger(norm.map.toSource(i))).toBe(true);
    expect(norm.map.toSource(i)).toBeGreaterThanOrEqual(0);
    expect(norm.map.toSource(i)).toBeLessThanOrEqual(input.length);
    if (i > 0) expect(norm.map.toSource(i)).toBeGreaterThanOrEqual(norm.map.toSource(i - 1));
  }
}

function text(input: string): string {
  const norm = normaliseText(input);
  checkMap(norm, input);
  return norm.text;
}

function html(input: string): string {
  const norm = normaliseHtml(input);
  checkMap(norm, input);
  return norm.text;
}

describe("normaliseText", () => {
  it("leaves ordinary text alone, with an identity map", () => {
    const s = "Hej Ærø, vi ses kl. 10 - æøå ÆØÅ.";
    const norm = normaliseText(s);
    expect(norm.text).toBe(s);
    expect(mapArray(norm)).toEqual(Array.from({ length: s.length + 1 }, (_, i) => i));
    const empty = normaliseText("");
    expect({ text: empty.text, map: mapArray(empty) }).toEqual({ text: "", map: [0] });
  });

  it.each([
    ["tab", "\t"], ["NBSP", "\u00a0"], ["figure space", "\u2007"], ["narrow NBSP", "\u202f"],
    ["en quad", "\u2000"], ["hair space", "\u200a"], ["ideographic space", "\u3000"],
    ["medium math space", "\u205f"], ["ogham space", "\u1680"],
  ])("folds %s to a space", (_name, ch) => {
    expect(text("12" + ch + "34")).toBe("12 34");
  });

  it.each([
    ["hyphen", "\u2010"], ["non-breaking hyphen", "\u2011"], ["figure dash", "\u2012"],
    ["en dash", "\u2013"], ["em dash", "\u2014"], ["horizontal bar", "\u2015"], ["minus", "\u2212"],
    ["small em dash", "\ufe58"], ["small hyphen-minus", "\ufe63"], ["full-width hyphen-minus", "\uff0d"],
  ])("folds %s to '-'", (_name, ch) => {
    expect(text("12" + ch + "34")).toBe("12-34");
  });

  it.each([
    ["soft hyphen", "\u00ad"], ["zero-width space", "\u200b"], ["ZWNJ", "\u200c"], ["ZWJ", "\u200d"],
    ["word joiner", "\u2060"], ["BOM", "\ufeff"], ["LRM", "\u200e"], ["RLM", "\u200f"],
    ["LRE", "\u202a"], ["RLO", "\u202e"], ["LRI", "\u2066"], ["PDI", "\u2069"],
  ])("drops %s so the digits join", (_name, ch) => {
    const input = "12" + ch + ch + "34";
    const norm = normaliseText(input);
    expect(norm.text).toBe("1234");
    expect(mapArray(norm)).toEqual([0, 1, 4, 5, 6]);
  });

  it.each([
    ["full-width", 0xff10], ["Arabic-Indic", 0x0660], ["Extended Arabic-Indic", 0x06f0], ["Devanagari", 0x0966],
    ["Bengali", 0x09e6], ["Thai", 0x0e50],
  ])("folds %s digits to ASCII", (_name, base) => {
    let s = "";
    for (let d = 0; d < 10; d++) s += String.fromCharCode(base + d);
    expect(text(s)).toBe("0123456789");
  });

  it("folds astral mathematical digits (surrogate pairs), one char per digit", () => {
    for (const base of [0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6]) {
      let s = "a";
      for (let d = 0; d < 10; d++) s += String.fromCodePoint(base + d);
      const norm = normaliseText(s);
      expect(norm.text).toBe("a0123456789");
      expect(mapArray(norm).slice(0, 4)).toEqual([0, 1, 3, 5]);
      checkMap(norm, s);
    }
    // Other astral characters and lone surrogates are kept as they are.
    expect(text("x\ud83d\ude00y")).toBe("x\ud83d\ude00y");
    expect(text("\ud835x\udfce")).toBe("\ud835x\udfce");
    expect(text("1\ud835")).toBe("1\ud835");
  });

  it("line breaks: CRLF and CR become one '\\n', LF stays", () => {
    const norm = normaliseText("a\r\nb\rc\nd\u2028e");
    expect(norm.text).toBe("a\nb\nc\nd\ne");
    expect(mapArray(norm)).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe("normaliseHtml", () => {
  it("drops inline tags without a trace and maps digits to their source", () => {
    const src = "12<span>34</span>56-7890" /* digits only; CPR numbers come from synthetic-cpr */;
    const norm = normaliseHtml(src);
    expect(norm.text).toBe("123456-7890");
    expect(norm.map.toSource(2)).toBe(src.indexOf("34"));
    checkMap(norm, src);
    for (const tag of ["b", "i", "u", "font color=red", "a href='x'", "em", "strong", "sup", "sub", "small", "o:p", "mytag", "wbr"]) {
      const name = tag.split(" ")[0];
      expect(html("12<" + tag + ">34</" + name + ">56")).toBe("123456");
    }
  });

  it("block tags give a single line break, table cells a space", () => {
    for (const tag of ["p", "div", "li", "tr", "table", "h1", "h6", "blockquote", "ul", "ol", "pre", "section", "article", "header", "footer", "title"]) {
      expect(html("12<" + tag + ">34</" + tag + ">56")).toBe("12\n34\n56");
    }
    expect(html("12<br>34<br/>56<hr />78")).toBe("12\n34\n56\n78");
    expect(html("<table><tr><td>12</td><td>34</td></tr><tr><th>5</th></tr></table>")).toBe("12 34\n5\n");
    expect(html("<p>a</p>\n\n<p>b</p>")).toBe("a\nb\n");
    const src = "ab<br>cd";
    expect(normaliseHtml(src).map.toSource(2)).toBe(2); // the separator maps to the tag's '<'
  });

  it("collapses source whitespace as a browser does, except in <pre>", () => {
    expect(html("  CPR-nr.:\r\n   12\t 34  ")).toBe("CPR-nr.: 12 34 ");
    expect(html("<pre>a  b\r\nc</pre>")).toBe("a  b\nc\n");
    expect(html("a&nbsp; b")).toBe("a b");
  });

  it("decodes numeric entities, mapping each to its '&'", () => {
    const src = "x&#48;&#x31;&#X32;&#51&#x1D7D1;";
    const norm = normaliseHtml(src);
    expect(norm.text).toBe("x01233");
    expect(mapArray(norm)).toEqual([0, 1, 6, 12, 18, 22, src.length]);
    expect(html("&#0;&#xD800;&#99999999999999;")).toBe("\ufffd\ufffd\ufffd");
    expect(html("&#150;&#151;")).toBe("--");
    expect(html("&#128512;")).toBe("\ud83d\ude00");
    expect(html("&#;&#x;&#xZ")).toBe("&#;&#x;&#xZ");
  });

  it("decodes the named entities that matter and keeps unknown ones literal", () => {
    expect(html("&nbsp;&amp;&lt;&gt;&quot;&apos;")).toBe(" &<>\"'");
    expect(html("1&shy;2&zwj;3&zwnj;4&lrm;5&rlm;6")).toBe("123456");
    expect(html("a&ndash;b&mdash;c&minus;d&hyphen;e")).toBe("a-b-c-d-e");
    expect(html("a&thinsp;b&ensp;c&emsp;d")).toBe("a b c d");
    expect(html("&aelig;&AElig;&oslash;&Oslash;&aring;&Aring;&auml;&Auml;&ouml;&Ouml;&uuml;&Uuml;&eacute;&Eacute;")).toBe(
      "æÆøØåÅäÄöÖüÜéÉ",
    );
    expect(html("&foo; &nbspx &amp")).toBe("&foo; &nbspx &");
    expect(html("a&nbsp")).toBe("a ");
    expect(html("&ndash &")).toBe("&ndash &");
  });

  it("drops comments, script, style and head", () => {
    expect(html("a<!-- 12 -->b")).toBe("ab");
    expect(html("a<!--[if mso]><p>x</p><![endif]-->b")).toBe("ab");
    expect(html("<![if !supportLists]>1.<![endif]>x")).toBe("1.x");
    expect(html("<!DOCTYPE html><?xml version='1.0'?>a")).toBe("a");
    expect(html("a<script>if (a<b) x='</p>'</script >b")).toBe("ab");
    expect(html("a<SCRIPT type=x>1</scripty></SCRIPT>b")).toBe("ab");
    expect(html("a<style>p{}</style>b")).toBe("ab");
    expect(html("<html><head><title>t</title><meta charset=utf-8><style>x</style></head><body><p>b</p></body></html>")).toBe("b\n");
    // Text in the head ends it in a browser and is shown, like any element that does not belong
    // there; only the title (and whitespace, meta, link) stay hidden.
    expect(html("<head>shown too<body>shown")).toBe("shown too\nshown");
    expect(html("<head><title>t</title><div>shown</div>")).toBe("shown\n");
    expect(html("<p>a</p><head><title>t</title>b")).toBe("a\nt\nb");
    expect(html("<header>shown</header>")).toBe("shown\n");
  });

  it("tolerates malformed HTML", () => {
    expect(html("a < b and 3<4 <")).toBe("a < b and 3<4 <");
    expect(html("a <!-- never closed 12")).toBe("a ");
    expect(html("a <div class=\"x")).toBe("a ");
    expect(html("a <div title='>'>b")).toBe("a\nb");
    expect(html("a<b title=x>y</b>")).toBe("ay");
    expect(html("a</>b</3 x>c")).toBe("abc");
    expect(html("a<script>never closed")).toBe("a");
    expect(html("</p></p></pre>x")).toBe("x");
    expect(html("<div>".repeat(10000) + "x" + "</div>".repeat(10000))).toBe("x\n");
  });

  it("folds decoded and literal characters the same way", () => {
    expect(html("12\u00a034")).toBe("12 34");
    expect(html("12\u201134")).toBe("12-34");
    expect(html("12\u200b34")).toBe("1234");
    expect(html("\uff11\uff12")).toBe("12");
    expect(html("&#xFF11;&#8209;&#x2007;")).toBe("1- ");
    expect(html("\ud835\udfcf")).toBe("1");
  });

  it("runs in linear time on adversarial input", () => {
    const inputs = ["<!--".repeat(50000), "</".repeat(50000), "<script>" + "</".repeat(50000), "<a x=".repeat(50000), "&#".repeat(50000), "&amp".repeat(50000)];
    for (const s of inputs) {
      const t0 = Date.now();
      normaliseHtml(s);
      expect(Date.now() - t0).toBeLessThan(1000);
    }
  });
});

describe("property: normalisers never throw and keep the map invariant", () => {
  const fragments = fc.string({
    unit: fc.constantFrom(
      "<", ">", "</", "<!--", "-->", "<!", "<?", "&", "&#", "&#x", ";", "=", '"', "'", " ", "\n", "\r", "\t",
      "p", "td", "br", "span", "script", "style", "head", "pre", "title", "body", "a", "x", "0", "9", "-",
      "nbsp", "amp", "shy", "\u00a0", "\u2011", "\u00ad", "\u200b", "\ud835", "\udfce", "\udfff", "\ud83d",
      "\uff10", "\u0660",
    ),
    maxLength: 300,
  });
  const anything = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fragments);

  it("normaliseHtml", () => {
    fc.assert(
      fc.property(anything, (s) => {
        checkMap(normaliseHtml(s), s);
      }),
      { numRuns: 1000 },
    );
  });

  it("normaliseText", () => {
    fc.assert(
      fc.property(anything, (s) => {
        const norm = normaliseText(s);
        checkMap(norm, s);
        // Plain text only ever shrinks.
        expect(norm.text.length).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 1000 },
    );
  });
});
