/**
 * The English possessive of a name, for every surface that writes one: "Product's",
 * "Northwind Labs'", "James'". A name ending in a lower-case s takes the apostrophe alone (the
 * common style, and what a name that is already a plural needs); any other name, an acronym
 * such as "AWS" included, takes 's. The straight apostrophe, as the rest of the app's words.
 */
export function possessive(name: string): string {
  const n = name.trim();
  return n.endsWith('s') ? `${n}'` : `${n}'s`;
}
