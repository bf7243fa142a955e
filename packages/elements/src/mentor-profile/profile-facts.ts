import type { Mentor } from '@menteo/sdk';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { en } from './mentor-profile.strings.js';

type Offering = Mentor['offerings'][number];
type Price = NonNullable<Offering['price']>;
type Localizer = LocalizeController<typeof en>;

// A currency's minor units (2 for GBP, 0 for JPY), as Intl knows them: prices come in minor units.
const minorDigits = new Map<string, number>();

/**
 * A price in the page's language, from the API's minor units: `{ amount: 12000, currency: 'GBP' }`
 * → "£120" (whole amounts without decimals), `12050` → "£120.50".
 *
 * @example `formatPrice(l, { amount: 30000, currency: 'GBP' }) // '£300'`
 */
export function formatPrice(l: Localizer, { amount, currency }: Price): string {
  let digits = minorDigits.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigits.set(currency, digits);
  }
  const value = amount / 10 ** digits;
  return l.number(value, { style: 'currency', currency, minimumFractionDigits: Number.isInteger(value) ? 0 : digits });
}

/**
 * What one offering costs and what it is, as the profile lists it: a free one in one line
 * ("Free intro call · 20 min"), a paid one as its price ("£120 / session") and what it is
 * ("Single session · 60 min").
 *
 * @example `offeringLines(l, { kind: 'room', priceModel: 'monthly', price: { amount: 30000, currency: 'GBP' }, durationMinutes: 60 }) // ['£300 / month', 'Mentorship room · 60-min sessions']`
 */
export function offeringLines(l: Localizer, offering: Offering): [main: string, detail?: string] {
  const minutes = l.number(offering.durationMinutes);
  const { kind, price } = offering;
  if (offering.priceModel === 'free' || !price) return [l.msg(`free_${kind}`, { minutes })];
  return [l.msg(offering.priceModel, { price: formatPrice(l, price) }), l.msg(`kind_${kind}`, { minutes })];
}

/**
 * How fast the mentor answers, from the median in hours, rounded to what a person reads:
 * under an hour "within an hour", under two days in hours ("Replies in ~7 h" for 6.5), then in
 * days. Nothing when it is not known yet.
 *
 * @example `responseTime(l, 6.5) // 'Replies in ~7 h'`
 */
export function responseTime(l: Localizer, hours: number | null): string | undefined {
  if (hours === null) return undefined;
  if (hours < 1) return l.msg('repliesWithinHour');
  if (hours < 48) return l.msg('repliesInHours', { hours: l.number(Math.round(hours)) });
  return l.msg('repliesInDays', { days: l.number(Math.round(hours / 24)) });
}
