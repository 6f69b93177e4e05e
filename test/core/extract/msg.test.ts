// Outlook .msg files. @kenjiuno/msgreader can write compound files too (its `burn`), so the
// test builds real .msg files (test/support/make-attachments.ts makeMsg) instead of shipping any.

import MsgReader from "@kenjiuno/msgreader";
import { extractMsg, guardReader } from "../../../src/core/extract/msg";
import { makeDocx, makeMsg, makeZip } from "../../support/make-attachments";
import { extractAllInNode } from "../../support/node-extract";
import { enc, extract, options, parts } from "./helpers";

describe(".msg", () => {
  test("subject, plain body and attachments, each through the dispatcher", async () => {
    const bytes = makeMsg({
      subject: "Aktindsigt i sagen",
      body: "Hej\r\nSe bilag.",
      attachments: [
        { name: "notat.txt", bytes: enc("Notat om borgeren") },
        { name: "brev.docx", bytes: makeDocx({ body: "Brev i beskeden", footer: "Bund" }) },
        { name: "bilag.zip", bytes: makeZip([{ name: "inde.txt", bytes: enc("i arkivet") }]) },
      ],
    });
    const a = await extract("besked.msg", bytes);
    expect(a.unreadable).toBeUndefined();
    const m = a.parts![0];
    expect(m).toMatchObject({ subject: "Aktindsigt i sagen", body: "Hej\r\nSe bilag.", bodyIsHtml: false });
    expect(m.attachments.map((x) => x.name)).toEqual(["notat.txt", "brev.docx", "bilag.zip"]);
    expect(m.attachments[0].text).toBe("Notat om borgeren");
    expect(parts(m.attachments[1])).toEqual({ document: "Brev i beskeden\n", footer: "Bund\n" });
    expect(m.attachments[2].children![0].text).toBe("i arkivet");
  });

  test("the HTML body is preferred when there is one", async () => {
    const a = await extract("html.msg", makeMsg({ subject: "s", body: "ren tekst", html: "<p>html <b>tekst</b></p>" }));
    expect(a.parts![0]).toMatchObject({ body: "<p>html <b>tekst</b></p>", bodyIsHtml: true });
  });

  test("embedded messages are read recursively, and depth-limited", async () => {
    const bytes = makeMsg({
      subject: "Yderst",
      body: "ydre",
      messages: [{ subject: "Midten", body: "midt", messages: [{ subject: "Inderst", body: "inderst", attachments: [{ name: "dyb.txt", bytes: enc("dybt") }] }] }],
    });
    const a = await extract("ydre.msg", bytes);
    const mid = a.parts![0].attachments[0];
    expect(mid.name).toBe("Midten.msg");
    expect(mid.parts![0]).toMatchObject({ subject: "Midten", body: "midt" });
    const inner = mid.parts![0].attachments[0];
    expect(inner.parts![0]).toMatchObject({ subject: "Inderst", body: "inderst" });
    expect(inner.parts![0].attachments[0].text).toBe("dybt");
    const limited = await extract("ydre.msg", bytes, options({ maxDepth: 2 }));
    expect(limited.parts![0].attachments[0].parts![0].attachments[0].unreadable).toBe("nested-too-deep");
  });

  test("garbage and truncated files are corrupt", async () => {
    expect((await extract("x.msg", enc("not a compound file"))).unreadable).toBe("corrupt");
    const bytes = makeMsg({ subject: "s", body: "b" });
    expect((await extract("halv.msg", bytes.subarray(0, 700))).unreadable).toBe("corrupt");
    await expect(extractMsg(new Uint8Array(0), () => Promise.reject(new Error("unused")))).rejects.toMatchObject({ reason: "corrupt" });
  });

  test("the loop guard is installed on this msgreader version", () => {
    const bytes = makeMsg({ subject: "s", body: "b" });
    expect(guardReader(new MsgReader(bytes.slice().buffer), bytes.length)).toBe(true);
  });

  // Without the guard msgreader allocates until the process dies on these, so they run in a
  // child process: a regression fails the test instead of taking jest down.
  test("hostile files with looping sector chains or directory links are corrupt, not a hang", async () => {
    const chain = makeMsg({ subject: "s", body: "b" });
    const dv1 = new DataView(chain.buffer);
    const dirStart = dv1.getInt32(0x30, true);
    const fatSector = dv1.getInt32(0x4c, true);
    dv1.setInt32(512 * (fatSector + 1) + 4 * dirStart, dirStart, true); // the directory chain points at itself

    const tree = makeMsg({ subject: "s", body: "b", attachments: [{ name: "a.txt", bytes: enc("a") }] });
    const dv2 = new DataView(tree.buffer);
    const dir = 512 * (dv2.getInt32(0x30, true) + 1);
    const first = dv2.getInt32(dir + 0x4c, true); // root's child
    dv2.setInt32(dir + 128 * first + 0x48, first, true); // ... is its own right sibling

    const results = await extractAllInNode([
      { name: "kæde.msg", bytes: chain },
      { name: "træ.msg", bytes: tree },
    ]);
    expect(results.map((r) => r.unreadable)).toEqual(["corrupt", "corrupt"]);
  });
});
