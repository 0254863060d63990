import type { NumberField } from 'payload'

/** Position in an ordered list (values, goals, working principles, partner groups). */
export function orderField(): NumberField {
  return {
    name: 'order',
    type: 'number',
    label: { de: 'Reihenfolge', en: 'Order' },
    required: true,
    min: 1,
    max: 999,
    index: true,
    admin: { position: 'sidebar', step: 1 },
  }
}
