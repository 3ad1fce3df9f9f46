import { z } from 'zod';

/**
 * The hand-maintained alias table data/unit-aliases.json: within one region, name variants of
 * one unit (市府办 = 市政府办公室) are counted as the canonical name. The ingest never writes it;
 * a missing file means no aliases.
 */
export const UNIT_ALIASES_VERSION = 1;

export const UnitAliasEntrySchema = z.object({
  /** The dataset region the entry applies to; null applies to every region (for units that are one body everywhere). */
  region: z.string().min(1).nullable(),
  canonical: z.string().min(1),
  variants: z.array(z.string().min(1)).min(1),
});

export const UnitAliasesSchema = z.object({
  version: z.literal(UNIT_ALIASES_VERSION),
  aliases: z.array(z.unknown()),
});

export type UnitAliasEntry = z.infer<typeof UnitAliasEntrySchema>;
