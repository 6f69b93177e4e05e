// Loads a policy file for the CLI through the same check the add-in uses (src/core/policy-check.ts:
// the precompiled schema validator, the semantic checks, merged onto the strict default).

import { readFileSync } from "fs";
import { checkPolicyText } from "../core/policy-check";
import { PolicyProblem } from "../core/policy-merge";
import { Policy } from "../core/policy";

export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly problems: PolicyProblem[],
  ) {
    super(`${file}: invalid policy: ${problems.map((p) => `${p.path || "/"} ${p.message}`).join("; ")}`);
  }
}

/**
 * The add-in's base URL for checking noticesUrl: the CLI is not built for a host, so it takes the
 * one the production build takes (SPG_BASE_URL), or --base-url. Unknown: an absolute noticesUrl
 * cannot be shown to be on the add-in's origin and is rejected (relative URLs always pass).
 */
export function cliBaseUrl(explicit?: string): string | null {
  return explicit || process.env.SPG_BASE_URL || null;
}

export function loadPolicyFile(file: string, baseUrl: string | null = cliBaseUrl()): Policy {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new PolicyError(file, [{ path: "/", message: "cannot be read" }]);
  }
  const result = checkPolicyText(text, { baseUrl });
  if (!result.ok) throw new PolicyError(file, result.problems);
  return result.policy;
}
