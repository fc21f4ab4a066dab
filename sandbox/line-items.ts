import { unprocessable } from './http';
import { newObjectId } from './ids';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The items, discount and total of an estimate or recurring invoice body (each item needs a name,
 * an amount and a quantity: a 422 naming them otherwise), as HighLevel computes them.
 */
export function itemsAndTotal(body: { items: unknown[]; currency: string; discount: Json }) {
  const errors: string[] = [];
  const items = body.items.map((raw, i) => {
    const o = isObj(raw) ? raw : {};
    if (typeof o.name !== 'string' || !o.name) errors.push(`items.${i}.name should not be empty`);
    if (typeof o.amount !== 'number' || typeof o.qty !== 'number') errors.push(`items.${i}.amount and qty must be numbers`);
    return { _id: newObjectId(), name: String(o.name), ...(typeof o.description === 'string' ? { description: o.description } : {}), currency: body.currency, qty: Number(o.qty), amount: Number(o.amount) };
  });
  if (errors.length) throw unprocessable(errors);
  const subTotal = items.reduce((s, i) => s + i.qty * i.amount, 0);
  const d = body.discount;
  const discount = { type: d.type === 'fixed' ? ('fixed' as const) : ('percentage' as const), value: typeof d.value === 'number' ? d.value : 0 };
  const off = discount.type === 'fixed' ? discount.value : (subTotal * discount.value) / 100;
  return { items, discount, total: Math.round((subTotal - off) * 100) / 100 };
}
