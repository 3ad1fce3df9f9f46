import { useMemo, useRef } from 'react';
import { leadUnitOf, shortText } from '../../analysis/attention-list.ts';
import { rankRegions, rankUnits, type RankedEntry } from '../../analysis/attention-ranking.ts';
import { chooseWallMap } from '../../analysis/wall-map-choice.ts';
import { capList } from '../../analysis/wall-list-cap.ts';
import { wallProgressRanking } from '../../analysis/wall-progress-ranking.ts';
import { unitIdentity, unitKey } from '../../analysis/unit-identity.ts';
import type { TaskRow } from '../../analysis/task-row.ts';
import { buildScreenMapOption, labelsLeftOut, screenMapLabelSides, type ScreenMapArea } from '../../charts/screen-map.ts';
import { screenMessage } from '../../i18n/screen-messages.ts';
import { wallProgressMessage } from '../../i18n/wall-progress-messages.ts';
import type { Lang } from '../../state/app-state.ts';
import { useRotation } from './screen-timers.ts';
import { mapNameOf, useBoundaries } from './screen-boundaries.ts';
import { ScreenChart } from './screen-chart.tsx';
import { useFittingCount } from './use-fitting-count.ts';
import { formatNumber } from '../format-number.ts';
import { titleWithFilters, type WallProps } from './wall-props.ts';
import { regionLabel, withRegionLabels } from '../../i18n/data-labels.ts';

/** Map label size in stage pixels. */
const MAP_FONT = 28;
/** Characters of a unit name that fit the focus card. */
const FOCUS_UNIT_CHARS = 10;
/** Region tiles shown alone (no map) and beside a map; the tile after them says how many more. */
const WALL_TILES_ALONE = 30;
const WALL_TILES_BESIDE_MAP = 4;

/**
 * Where the work is: the regions in view on the closest map (a province at city level, else the country), coloured by
 * tasks needing attention (red + amber tasks once progress reports exist), with the regions no map can place as tiles beside it (all regions as tiles while the
 * boundaries load or when none ship); and the focus card, which rotates region by region (unit by unit when one
 * region is in view) every `rotate` seconds while the rest of the wall stays.
 */
export function WallMap({ lang, asOf, rows, filterWords, rotate, divisionCodes, progress }: WallProps & { rotate: number; divisionCodes: ReadonlyMap<string, string> }) {
  const boundaries = useBoundaries();
  const regions = useMemo(() => rankRegions(rows, asOf), [rows, asOf]);
  // what colours a region: its tasks needing attention by deadline, or its red + amber tasks once progress exists
  const heat = useMemo(() => {
    const byRegion = new Map<string, number>();
    if (progress === null) for (const r of regions) byRegion.set(r.region, r.passed + r.dueSoon);
    else for (const r of wallProgressRanking(rows, progress, 'region')) byRegion.set(r.key, r.red + r.amber);
    return byRegion;
  }, [regions, rows, progress]);
  const choice = useMemo(() => {
    const toPlace = regions.map((r) => ({ region: r.region, divisionCode: divisionCodes.get(r.region) ?? null }));
    if (boundaries === null) return { code: null, placed: new Map<string, string>(), unplaced: toPlace.map((r) => r.region) };
    return chooseWallMap(toPlace, boundaries.country, boundaries.provinces);
  }, [regions, boundaries, divisionCodes]);
  const focusList = useFocusList(rows, asOf, regions);
  const [index] = useRotation(focusList.length, rotate);
  const focus = focusList[index] ?? null;
  // with progress, the close-up counts red and amber tasks of its region or unit (unit identity: region + name)
  const focusRag = useMemo(() => {
    if (progress === null) return null;
    const byKey = new Map<string, { red: number; amber: number }>();
    for (const e of wallProgressRanking(rows, progress, 'region')) byKey.set(`region:${e.key}`, e);
    for (const e of wallProgressRanking(rows, progress, 'unit')) byKey.set(`unit:${e.key}`, e);
    return byKey;
  }, [rows, progress]);
  const rag = focus === null || focusRag === null ? null
    : (focusRag.get(focus.kind === 'region' ? `region:${focus.region}` : `unit:${unitKey(unitIdentity(focus.region, focus.name, rows[0]?.table?.aliases))}`) ?? { red: 0, amber: 0 });
  const focusFeature = focus === null ? null : (choice.placed.get(focus.region) ?? null);
  // the map's option, and how many of its places it leaves unlabelled (every side of their point taken)
  const { option, unlabelled } = useMemo(() => {
    if (choice.code === null) return { option: null, unlabelled: 0 };
    const source = choice.code === 'china' ? boundaries?.country : boundaries?.provinces.find((p) => p.code === choice.code);
    const centreOf = (feature: string) => {
      const centre = source?.places.find((p) => p.name === feature)?.centre;
      return centre === undefined ? {} : { centre };
    };
    const areas = new Map<string, ScreenMapArea>();
    for (const entry of regions) {
      const feature = choice.placed.get(entry.region);
      if (feature === undefined) continue;
      const area: ScreenMapArea = areas.get(feature) ?? { feature, attention: 0, total: 0, ...centreOf(feature) };
      area.attention += heat.get(entry.region) ?? 0;
      area.total += entry.total;
      areas.set(feature, area);
    }
    const allCentres = (source?.places ?? []).flatMap((p) => (p.centre ? [p.centre] : []));
    const centres = (source?.places ?? []).flatMap((p) => (areas.has(p.name) && p.centre ? [p.centre] : []));
    const drawn = [...areas.values()];
    const mapOptions = { mapName: mapNameOf(choice.code), fontSize: MAP_FONT, focus: focusFeature, theme: 'dark' as const, centres, allCentres };
    const sides = screenMapLabelSides(drawn, mapOptions);
    return { option: buildScreenMapOption(drawn, mapOptions, sides), unlabelled: labelsLeftOut(drawn, mapOptions, sides).length };
  }, [choice, regions, focusFeature, boundaries, heat]);
  const unplaced = new Set(choice.unplaced);
  const capped = capList(regions.filter((r) => unplaced.has(r.region)), option === null ? WALL_TILES_ALONE : WALL_TILES_BESIDE_MAP);
  // then as many as the box holds (names differ in length): the tile after them counts all the others
  const tileList = useRef<HTMLUListElement>(null);
  const fitting = useFittingCount(tileList, capped.shown.length, `${option === null}|${capped.shown.map((r) => r.key).join('|')}`);
  const tiles = { shown: capped.shown.slice(0, fitting), rest: capped.rest + capped.shown.length - fitting };
  return (
    <section className="wall-panel wall-map" data-testid="wall-map" data-map={choice.code ?? 'tiles'} data-placed={[...choice.placed.keys()].join('|')}>
      <h2 className="wall-panel-title">{titleWithFilters(screenMessage(lang, 'map.title'), filterWords)}</h2>
      <div className="wall-map-body">
        <div className="wall-map-area">
          {option !== null && <ScreenChart option={option} lang={lang} label={screenMessage(lang, 'map.title')} />}
          {(tiles.shown.length > 0 || option !== null) && (
            <div className={option === null ? 'wall-tiles is-alone' : 'wall-tiles'} data-testid="wall-tiles">
              {(option === null || tiles.shown.length > 0) && <p className="wall-tiles-title">{screenMessage(lang, option === null ? 'map.noMap' : 'map.unplaced')}</p>}
              <ul className="wall-tile-list" ref={tileList}>
                {tiles.shown.map((r) => (
                  <li key={r.key} className={(heat.get(r.region) ?? 0) > 0 ? 'wall-tile is-hot' : 'wall-tile'} data-region={r.region}
                    data-focus={focus?.region === r.region && focus.kind === 'region' ? 'true' : undefined}>
                    <span className="wall-tile-name">{regionLabel(lang, r.region)}</span>
                    <span className="wall-tile-value">{formatNumber(heat.get(r.region) ?? 0, lang)}</span>
                  </li>
                ))}
                {tiles.rest > 0 && <li className="wall-tile-more" data-testid="wall-tiles-more">{screenMessage(lang, 'map.moreTiles', { n: formatNumber(tiles.rest, lang) })}</li>}
              </ul>
              {option !== null && <p className="wall-map-legend">{progress === null ? screenMessage(lang, 'map.legend') : wallProgressMessage(lang, 'map.legend')}</p>}
              {option !== null && unlabelled > 0 && (
                <p className="wall-map-legend wall-map-unlabelled" data-testid="wall-map-unlabelled" data-count={unlabelled}>
                  {screenMessage(lang, 'map.unlabelled', { n: formatNumber(unlabelled, lang) })}
                </p>
              )}
            </div>
          )}
        </div>
        {focus !== null && <FocusCard focus={focus} lang={lang} index={index} rag={rag} />}
      </div>
    </section>
  );
}

/** One close-up of the focus card: a region, or a unit of the one region in view. */
interface Focus {
  kind: 'region' | 'unit';
  key: string;
  name: string;
  region: string;
  entry: RankedEntry;
  topUnit: { name: string; tasks: number } | null;
  nextDue: string | null;
}

function useFocusList(rows: readonly TaskRow[], asOf: string, regions: readonly RankedEntry[]): Focus[] {
  return useMemo(() => {
    if (regions.length > 1) {
      // one pass over the rows for every region (a province has hundreds of regions and 200,000 rows)
      const leadsByRegion = new Map<string, Map<string, number>>();
      const nextByRegion = new Map<string, string>();
      for (const row of rows) {
        const lead = leadUnitOf(row.task);
        if (lead !== null) {
          let leads = leadsByRegion.get(row.region);
          if (leads === undefined) leadsByRegion.set(row.region, (leads = new Map()));
          leads.set(lead, (leads.get(lead) ?? 0) + 1);
        }
        const due = row.task.deadline.due;
        if (due !== null && due >= asOf) {
          const best = nextByRegion.get(row.region);
          if (best === undefined || due < best) nextByRegion.set(row.region, due);
        }
      }
      return regions.map((entry) => ({
        kind: 'region' as const, key: entry.key, name: entry.region, region: entry.region, entry,
        topUnit: topLead(leadsByRegion.get(entry.region)),
        nextDue: nextByRegion.get(entry.region) ?? null,
      }));
    }
    const units = rankUnits(rows, asOf).slice(0, 12);
    const names = new Set(units.map((u) => u.name));
    const nextByName = new Map<string, string>();
    for (const row of rows) {
      const due = row.task.deadline.due;
      if (due === null || due < asOf) continue;
      for (const unit of row.task.units) {
        if (!names.has(unit.name)) continue;
        const best = nextByName.get(unit.name);
        if (best === undefined || due < best) nextByName.set(unit.name, due);
      }
    }
    return units.map((entry) => ({
      kind: 'unit' as const, key: entry.key, name: entry.name, region: entry.region, entry, topUnit: null,
      nextDue: nextByName.get(entry.name) ?? null,
    }));
  }, [rows, asOf, regions]);
}

/** The lead unit with the most tasks (ties: the name first in code-point order), or null when none leads. */
function topLead(leads: ReadonlyMap<string, number> | undefined): { name: string; tasks: number } | null {
  let top: { name: string; tasks: number } | null = null;
  for (const [name, tasks] of leads ?? []) {
    if (top === null || tasks > top.tasks || (tasks === top.tasks && name < top.name)) top = { name, tasks };
  }
  return top;
}

function FocusCard({ focus, lang, index, rag }: { focus: Focus; lang: Lang; index: number; rag: { red: number; amber: number } | null }) {
  const { entry } = focus;
  // on a 16:9 stage the card is a two-row strip under the map (the lead-unit lines are left out there, see wall.css);
  // on a wide stage it is a column beside the map
  return (
    <aside className="wall-focus" data-testid="wall-focus" data-focus={focus.key} data-index={index} key={focus.key}>
      <p className="wall-focus-kicker">{screenMessage(lang, 'focus.kicker')}</p>
      <h3 className="wall-focus-name">{shortText(withRegionLabels(lang, focus.name), FOCUS_UNIT_CHARS)}</h3>
      <p className="wall-focus-line">{screenMessage(lang, 'focus.tasks', { n: formatNumber(entry.total, lang) })}</p>
      {rag === null ? (
        <>
          <p className="wall-focus-line tone-passed">{screenMessage(lang, 'focus.passed', { n: formatNumber(entry.passed, lang) })}</p>
          <p className="wall-focus-line tone-soon">{screenMessage(lang, 'focus.dueSoon', { n: formatNumber(entry.dueSoon, lang) })}</p>
        </>
      ) : (
        <>
          <p className="wall-focus-line tone-red" data-red={rag.red}>■ {wallProgressMessage(lang, 'counter.red')} {formatNumber(rag.red, lang)}</p>
          <p className="wall-focus-line tone-amber" data-amber={rag.amber}>▲ {wallProgressMessage(lang, 'counter.amber')} {formatNumber(rag.amber, lang)}</p>
        </>
      )}
      <p className="wall-focus-line wall-focus-muted">{focus.nextDue === null ? screenMessage(lang, 'focus.noNext') : screenMessage(lang, 'focus.nextDue', { date: focus.nextDue })}</p>
      {focus.topUnit && <p className="wall-focus-line wall-focus-muted wall-focus-wide">{screenMessage(lang, 'focus.topLead', { n: formatNumber(focus.topUnit.tasks, lang) })}</p>}
      {focus.topUnit && <p className="wall-focus-line wall-focus-wide">{shortText(focus.topUnit.name, FOCUS_UNIT_CHARS)}</p>}
    </aside>
  );
}
