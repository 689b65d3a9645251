/** Publishing happens only through review (see ReviewPanel), so the document has no publish button. */
export function NoPublishButton() {
  return null
}
