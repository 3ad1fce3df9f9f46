// Imported before any zod schema is built (index.html, load-file.ts, the validation worker). Zod 4 probes
// `new Function` when an object schema is created, to compile fast parsers; under the page's Content-Security-Policy
// (no 'unsafe-eval') the probe fails anyway but is reported as a violation. Turning the compiler off skips the probe;
// parsing stays correct. Zod keeps its configuration on globalThis.__zod_globalConfig (shared by every copy of zod,
// see zod/v4/core/core.js), so it is set here without importing zod — which keeps zod out of the page's entry chunk.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

export {};
