// The add-in's own origin: the https base URL the manifest points at, fixed at build time
// (`npm run build -- --env baseUrl=...`). The classic event runtime has no window.location, so
// it cannot be derived at run time; under jest (no webpack) it is the development host.

declare const __SPG_BASE_URL__: string;

export const BASE_URL: string = typeof __SPG_BASE_URL__ === "string" ? __SPG_BASE_URL__ : "https://localhost:3000/";

/** An address on the add-in's own origin, e.g. `ownUrl("policy.json")`. */
export function ownUrl(file: string, base: string = BASE_URL): string {
  return base + file.replace(/^\/+/, "");
}
