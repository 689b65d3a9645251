/**
 * The codes residents hold (回执码, 报名码, 评选邀请码), kept apart from the request schemas so a
 * page's island can read one without loading zod.
 */

/**
 * 回执码: 12 Crockford base-32 characters (60 random bits), written in three groups
 * (`7K3M-9Q2F-XH4T`). Read forgivingly: case, full-width characters, spaces and any dashes
 * are ignored, and I/L read as 1, O as 0.
 */
export const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** A typed Crockford code of `length` characters, read forgivingly (receipts, 评选邀请码); null when it cannot be one. */
export function normalizeCode(input: string, length: number): string | null {
  const plain = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_－—‐.·]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
  return plain.length === length && [...plain].every((char) => RECEIPT_ALPHABET.includes(char)) ? plain : null
}
export const normalizeReceipt = (input: string): string | null => normalizeCode(input, 12)
export const formatReceipt = (plain: string) => plain.match(/.{4}/g)?.join('-') ?? plain
