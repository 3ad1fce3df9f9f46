// zod/mini: the dashboard loads this schema on the page (the datasets' schema runs in a worker), so the smaller build.
import { z } from 'zod/mini';

/**
 * The hand-maintained alias table data/unit-aliases.json: within one region, name variants of
 * one unit (市府办 = 市政府办公室) are counted as the canonical name. The ingest never writes it;
 * a missing file means no aliases.
 */
export const UNIT_ALIASES_VERSION = 1;

export const UnitAliasEntrySchema = z.object({
  /** The dataset region the entry applies to; null applies to every region (for units that are one body everywhere). */
  region: z.nullable(z.string({ error: 'expected a region name or null' }).check(z.minLength(1, { error: 'must not be empty (null for every region)' }))),
  canonical: z.string({ error: 'expected the unit name to count under' }).check(z.minLength(1, { error: 'must not be empty' })),
  variants: z
    .array(z.string({ error: 'expected a unit name' }).check(z.minLength(1, { error: 'must not be empty' })), { error: 'expected a list of unit names' })
    .check(z.minLength(1, { error: 'must name at least one variant' })),
});

export const UnitAliasesSchema = z.object({
  version: z.literal(UNIT_ALIASES_VERSION, { error: `expected ${UNIT_ALIASES_VERSION}` }),
  aliases: z.array(z.unknown(), { error: 'expected a list of alias entries' }),
});

export type UnitAliasEntry = z.infer<typeof UnitAliasEntrySchema>;
