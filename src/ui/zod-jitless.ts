import { z } from 'zod';

// Loaded by index.html before main.tsx, so it runs before any schema is built. Zod 4 probes `new Function` when an
// object schema is created, to compile fast parsers; under the page's Content-Security-Policy (no 'unsafe-eval') the
// probe fails anyway but is reported as a violation. Turning the compiler off skips the probe; parsing stays correct.
z.config({ jitless: true });
