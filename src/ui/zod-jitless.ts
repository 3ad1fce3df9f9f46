// Loaded by index.html before main.tsx, so it runs before any zod schema is built on the page (see load/zod-jitless.ts).
import '../load/zod-jitless.ts';
