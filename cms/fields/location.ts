import type { GroupField, NumberFieldSingleValidation } from 'payload'

/** A generous box around Taiyuan: a point outside it is a typo (or swapped lat/lng). */
export const TAIYUAN_BOUNDS = { south: 37.4, north: 38.4, west: 111.9, east: 113.2 }

const within =
  (min: number, max: number, message: string): NumberFieldSingleValidation =>
  (value) =>
    value == null || (value >= min && value <= max) || message

/** Latitude and longitude (WGS-84) plus the street address residents read. */
export function locationField(): GroupField {
  return {
    name: 'location',
    label: '位置',
    type: 'group',
    fields: [
      { name: 'address', label: '地址', type: 'text', required: true, admin: { description: '例如：杏花岭区涧河街道锦绣苑片区' } },
      {
        type: 'row',
        fields: [
          {
            name: 'lat',
            label: '纬度',
            type: 'number',
            validate: within(
              TAIYUAN_BOUNDS.south,
              TAIYUAN_BOUNDS.north,
              `纬度应在太原市范围内（${TAIYUAN_BOUNDS.south}–${TAIYUAN_BOUNDS.north}），请检查是否与经度填反。`,
            ),
            admin: { step: 0.000001, description: 'WGS-84，例如 37.89' },
          },
          {
            name: 'lng',
            label: '经度',
            type: 'number',
            validate: within(
              TAIYUAN_BOUNDS.west,
              TAIYUAN_BOUNDS.east,
              `经度应在太原市范围内（${TAIYUAN_BOUNDS.west}–${TAIYUAN_BOUNDS.east}），请检查是否与纬度填反。`,
            ),
            admin: { step: 0.000001, description: 'WGS-84，例如 112.58' },
          },
        ],
      },
    ],
  }
}
