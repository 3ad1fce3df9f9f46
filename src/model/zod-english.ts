import { z } from 'zod/mini';

// zod/mini sets no locale, so a failed check without its own message would read only "Invalid input". The
// classic build registered English by default, and the failure texts people read (and tests check) are those:
// "Invalid input: expected string, received number". Zod keeps this setting globally, for every copy of zod.
z.config(z.locales.en());

export {};
