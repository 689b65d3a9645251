/** The 户码 collection's name, apart from its config (which imports the endpoint that uses it). */
export const HOUSEHOLDS_SLUG = 'household-codes'
