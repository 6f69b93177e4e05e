// Extracts attachments in a child Node process with Node's extractors (pdf.js, msgreader): see
// node-extract-child.js for why PDF extraction cannot run inside jest itself.
import { execFile } from "child_process";
import { join } from "path";
import type { ExtractBudget } from "../../src/core/extract";
import type { AttachmentInput } from "../../src/core/types";

export interface NodeExtractRequest {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
  budget?: Partial<ExtractBudget>;
}

export function extractAllInNode(requests: NodeExtractRequest[]): Promise<AttachmentInput[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, "node-extract-child.js")],
      { timeout: 60000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`child failed: ${err.message}\n${stderr}`));
        try {
          resolve(JSON.parse(stdout) as AttachmentInput[]);
        } catch (e) {
          reject(new Error(`bad child output: ${stdout.slice(0, 500)}\n${stderr}`));
        }
      },
    );
    const payload = requests.map((r) => ({
      name: r.name,
      contentType: r.contentType || "",
      base64: Buffer.from(r.bytes).toString("base64"),
      budget: r.budget,
    }));
    (child.stdin as NodeJS.WritableStream).end(JSON.stringify(payload));
  });
}

export function extractInNode(name: string, bytes: Uint8Array, options: Omit<NodeExtractRequest, "name" | "bytes"> = {}): Promise<AttachmentInput> {
  return extractAllInNode([{ name, bytes, ...options }]).then((r) => r[0]);
}
