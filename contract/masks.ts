/**
 * How a resident's or volunteer's name and phone are shown where the full value is not
 * needed (admin lists, receipts, printed 台账): enough to tell two apart, not enough to call.
 */

/** 王**: the first character, then one star per further character (at most three). */
export function maskName(name: string): string {
  const chars = [...name]
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 3))}`
}

/** 138****5678. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  return digits.length < 7 ? '****' : `${digits.slice(0, 3)}****${digits.slice(-4)}`
}
