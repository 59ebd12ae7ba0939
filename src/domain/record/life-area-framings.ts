// Framings of life areas: ways of looking at one's life that a person can start from, then make
// their own (rename, remove, add). Data only; their names, descriptions and area names are
// catalogue words (framings.messages.ts), so they are translated like everything else. The
// server names the areas it adds in the person's language; the web shows the same words.
import type { MessageKey } from '../i18n/translate.ts';
import { DEFAULT_LIFE_AREAS } from './life-areas.ts';

export const FRAMING_IDS = ['everyday', 'recovery', 'connection', 'community'] as const;
export type FramingId = (typeof FRAMING_IDS)[number];

/** One area a framing offers: a stable key (what the API takes) and its name's words. */
export type FramingArea = { key: string; nameKey: MessageKey };

export type LifeAreaFraming = {
  id: FramingId;
  titleKey: MessageKey;
  descriptionKey: MessageKey;
  areas: readonly FramingArea[];
};

/** The most areas any framing offers: the most one request may ask to add. */
export const MAX_FRAMING_AREAS = 12;

/** The key of a default area: 'lifeArea.default.home' → 'home'. */
const defaultKey = (nameKey: MessageKey) => nameKey.slice('lifeArea.default.'.length);

/**
 * The stable key an area made from these words keeps for reports (decision 0051), taken from
 * the words themselves so that the same words give the same key in every framing:
 * 'lifeArea.default.home' → 'home', 'framing.recovery.area.meaning' → 'recovery.meaning'.
 */
export function standardAreaKey(nameKey: MessageKey): string {
  if (nameKey.startsWith('lifeArea.default.')) return defaultKey(nameKey);
  return nameKey.slice('framing.'.length).replace('.area.', '.');
}

export const LIFE_AREA_FRAMINGS: readonly LifeAreaFraming[] = [
  {
    // The set every new record starts with (life-areas.ts): one source for both.
    id: 'everyday',
    titleKey: 'framing.everyday.title',
    descriptionKey: 'framing.everyday.description',
    areas: DEFAULT_LIFE_AREAS.map((nameKey) => ({ key: defaultKey(nameKey), nameKey })),
  },
  {
    // The six things the source text says personal recovery may involve, in our own words.
    id: 'recovery',
    titleKey: 'framing.recovery.title',
    descriptionKey: 'framing.recovery.description',
    areas: [
      { key: 'self', nameKey: 'framing.recovery.area.self' },
      { key: 'coping', nameKey: 'framing.recovery.area.coping' },
      { key: 'meaning', nameKey: 'framing.recovery.area.meaning' },
      { key: 'people', nameKey: 'framing.recovery.area.people' },
      { key: 'roles', nameKey: 'framing.recovery.area.roles' },
      { key: 'support', nameKey: 'framing.recovery.area.support' },
    ],
  },
  {
    // Connectedness, hope, identity, meaning and empowerment, from recovery research, said
    // plainly (no template names).
    id: 'connection',
    titleKey: 'framing.connection.title',
    descriptionKey: 'framing.connection.description',
    areas: [
      { key: 'connected', nameKey: 'framing.connection.area.connected' },
      { key: 'hope', nameKey: 'framing.connection.area.hope' },
      { key: 'identity', nameKey: 'framing.connection.area.identity' },
      { key: 'meaning', nameKey: 'framing.connection.area.meaning' },
      { key: 'control', nameKey: 'framing.connection.area.control' },
    ],
  },
  {
    // Family, community, faith or spirituality and culture first, then everyday needs.
    id: 'community',
    titleKey: 'framing.community.title',
    descriptionKey: 'framing.community.description',
    areas: [
      { key: 'family', nameKey: 'lifeArea.default.family' },
      { key: 'community', nameKey: 'framing.community.area.community' },
      { key: 'faith', nameKey: 'framing.community.area.faith' },
      { key: 'culture', nameKey: 'framing.community.area.culture' },
      { key: 'caring', nameKey: 'framing.community.area.caring' },
      { key: 'home', nameKey: 'lifeArea.default.home' },
      { key: 'health', nameKey: 'framing.community.area.health' },
      { key: 'work', nameKey: 'framing.community.area.work' },
    ],
  },
];

/**
 * Every standard area once (the starting set's and each framing's), with its stable key and its
 * words: what a service's outcome report follows and names (decision 0051).
 */
export const STANDARD_AREAS: readonly { key: string; nameKey: MessageKey }[] = [
  ...new Map(
    [
      ...DEFAULT_LIFE_AREAS,
      ...LIFE_AREA_FRAMINGS.flatMap((f) => f.areas.map((a) => a.nameKey)),
    ].map(
      (nameKey) => [standardAreaKey(nameKey), { key: standardAreaKey(nameKey), nameKey }] as const,
    ),
  ).values(),
];

export function isFramingId(value: string): value is FramingId {
  return (FRAMING_IDS as readonly string[]).includes(value);
}

export function framingById(id: FramingId): LifeAreaFraming {
  const framing = LIFE_AREA_FRAMINGS.find((f) => f.id === id);
  if (!framing) throw new Error(`No framing "${id}"`);
  return framing;
}

/**
 * How two life-area names are compared when deciding whether one is already there: the same
 * letters, whatever the case, the spaces around them or how the characters were typed.
 */
export function areaNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export type FramingPlan = {
  /** The chosen areas to add, in the framing's order, with their names. */
  add: { key: string; name: string }[];
  /** The chosen areas left out because one of that name is already there. */
  alreadyThere: { key: string; name: string }[];
};

/**
 * What adding `chosen` areas of `framing` to a record that has `existingNames` does: each chosen
 * area is added unless an area with the same name is already there (or was chosen twice).
 * `nameOf` gives an area's name in the person's language. Pure: the server runs it on the names
 * it read inside its transaction, the web on the list it shows.
 */
export function planFraming(
  framing: LifeAreaFraming,
  chosen: readonly string[],
  existingNames: readonly string[],
  nameOf: (nameKey: MessageKey) => string,
): FramingPlan {
  const present = new Set(existingNames.map(areaNameKey));
  const wanted = new Set(chosen);
  const plan: FramingPlan = { add: [], alreadyThere: [] };
  for (const area of framing.areas) {
    if (!wanted.has(area.key)) continue;
    const name = nameOf(area.nameKey);
    if (present.has(areaNameKey(name))) plan.alreadyThere.push({ key: area.key, name });
    else {
      present.add(areaNameKey(name));
      plan.add.push({ key: area.key, name });
    }
  }
  return plan;
}

/**
 * Whether a record's life areas are still the set it started with, untouched: every one named as
 * in the everyday set and never changed (version 1). Only then may a framing be used instead of
 * them (the server also asks that no goal or rating was ever made: nothing can point at them).
 */
export function isUntouchedStartingSet(
  areas: readonly { version: number; name: string }[],
  nameOf: (nameKey: MessageKey) => string,
): boolean {
  const starting = new Set(DEFAULT_LIFE_AREAS.map((key) => areaNameKey(nameOf(key))));
  return (
    areas.length > 0 &&
    areas.every((area) => area.version === 1 && starting.has(areaNameKey(area.name)))
  );
}
