import type { MentorSearchParams } from '@menteo/sdk';
import { utcOffsetMinutes } from './utc-offset.js';

// The filters beyond the facets: what the API filters on but does not count (price, availability,
// time zone, rating, whether requests are taken, mentoring style), with the choices the search offers.

export type MentoringStyle = NonNullable<MentorSearchParams['mentoringStyle']>;

/** The filters the search shows under "More filters"; `undefined` or `false` is "any". */
export interface Refinements {
  /** Only mentors with a free offering (`priceModel=free`). */
  freeOnly: boolean;
  /** A bookable slot within this many days. */
  availableWithinDays: number | undefined;
  /** Mentors whose UTC offset is within this many hours of the person's own. */
  timeZoneWindow: number | undefined;
  /** This average rating or more. */
  minRating: number | undefined;
  /** Only mentors who take new requests. */
  acceptingRequests: boolean;
  mentoringStyle: MentoringStyle | undefined;
}
export type RefinementName = keyof Refinements;

/** The refinements in the order they are shown (and their chips). */
export const refinementNames: readonly RefinementName[] = [
  'freeOnly',
  'acceptingRequests',
  'availableWithinDays',
  'timeZoneWindow',
  'minRating',
  'mentoringStyle',
];

/** The attribute (and `sync-url` query parameter) of each refinement. */
export const refinementAttribute: Record<RefinementName, string> = {
  freeOnly: 'free-only',
  availableWithinDays: 'available-within-days',
  timeZoneWindow: 'time-zone-window',
  minRating: 'min-rating',
  acceptingRequests: 'accepting-requests',
  mentoringStyle: 'mentoring-style',
};

/** The choices each select offers besides "any" (a preset outside them is offered too). */
export const choices = {
  availableWithinDays: [3, 7, 14],
  timeZoneWindow: [1, 3, 6],
  minRating: [4, 4.5],
  mentoringStyle: ['directive', 'facilitative'],
} as const;

/** No refinement set. */
export const noRefinements = (): Refinements => ({
  freeOnly: false,
  availableWithinDays: undefined,
  timeZoneWindow: undefined,
  minRating: undefined,
  acceptingRequests: false,
  mentoringStyle: undefined,
});

type Raw = string | number | boolean | null | undefined;

/** A number within the contract's range, else `undefined` ("any"). */
const inRange =
  (min: number, max: number, integer = false) =>
  (raw: Raw): number | undefined => {
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    return typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value)) ? value : undefined;
  };
/** A boolean attribute (`true` when present), or a URL's `true` (anything but `false`). */
const flag = (raw: Raw): boolean => raw === true || (typeof raw === 'string' && raw !== 'false');

const parsers: { [K in RefinementName]: (raw: Raw) => Refinements[K] } = {
  freeOnly: flag,
  acceptingRequests: flag,
  availableWithinDays: inRange(1, 90, true),
  // The widest gap between two UTC offsets (−12:00 and +14:00) is 26 hours.
  timeZoneWindow: inRange(0, 26),
  minRating: inRange(0, 5),
  mentoringStyle: (raw) => (raw === 'directive' || raw === 'facilitative' ? raw : undefined),
};

/**
 * A refinement's value as given by an attribute, a URL or a select, kept only when the API
 * takes it: a number within the contract's range, a known style, a boolean.
 *
 * @example `refinementValue('minRating', '4.5') // 4.5` · `refinementValue('availableWithinDays', '400') // undefined`
 */
export const refinementValue = <K extends RefinementName>(name: K, raw: Raw): Refinements[K] => parsers[name](raw);

/** Whether a refinement narrows the search. */
export const isSet = (refinements: Refinements, name: RefinementName): boolean => refinements[name] !== undefined && refinements[name] !== false;

/**
 * The API parameters of the refinements. The time-zone window is the person's UTC offset in
 * `timeZone` at `now` (daylight saving included, as the API evaluates mentors' offsets) ± the
 * window, within the contract's −720…840 minutes.
 *
 * @example `refinementParams({ ...noRefinements(), timeZoneWindow: 2 }, 'America/Bogota', new Date()) // { utcOffsetMin: -420, utcOffsetMax: -180 }`
 */
export function refinementParams(refinements: Refinements, timeZone: string, now: Date): MentorSearchParams {
  const params: MentorSearchParams = {};
  const { freeOnly, availableWithinDays, timeZoneWindow, minRating, acceptingRequests, mentoringStyle } = refinements;
  if (freeOnly) params.priceModel = ['free'];
  if (availableWithinDays !== undefined) params.availableWithinDays = availableWithinDays;
  if (timeZoneWindow !== undefined) {
    const mine = utcOffsetMinutes(timeZone, now);
    const window = Math.round(timeZoneWindow * 60);
    params.utcOffsetMin = Math.max(-720, mine - window);
    params.utcOffsetMax = Math.min(840, mine + window);
  }
  if (minRating !== undefined) params.minRating = minRating;
  if (acceptingRequests) params.acceptingRequests = true;
  if (mentoringStyle) params.mentoringStyle = mentoringStyle;
  return params;
}
