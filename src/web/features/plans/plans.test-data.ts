// Shapes the plan pages' tests answer with, as the server sends them.
import { type CrisisPlan, EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { contact } from '../../testing/record-items.ts';

export { BASE, contact } from '../../testing/record-items.ts';

export const ADE = '0b6f1c3e-1f7a-4d4c-9a39-5d1e2f3a4b5c';
export const PATEL = '7c2d9e1f-3a4b-4c5d-8e6f-1a2b3c4d5e6f';

export const NETWORK = {
  items: [
    contact(ADE, { name: 'Ade next door', phone: '07700 900123', crisisContact: true }),
    contact(PATEL, { name: 'Dr Patel', kind: 'service', formal: true, phone: '020 7946 0000' }),
  ],
};

export function crisisDoc(version: number, data: Partial<CrisisPlan> = {}) {
  return {
    version,
    updatedAt: version === 0 ? null : '2026-11-25T14:02:00.000Z',
    data: { ...EMPTY_CRISIS_PLAN, ...data },
  };
}

/** A date some months before today, as YYYY-MM-DD. */
export function monthsAgo(months: number): string {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
