/**
 * Stable IDs for the structure elements of a tagged PDF, so a reprint is byte-identical.
 *
 * Chromium (Skia's tag tree) names a structure element that needs an ID — a table's header
 * cell (TH), which data cells may point to with /Headers — `node%08d` after its DOM node
 * ID. Those come from a counter shared by everything the renderer process has built, so on
 * a warm press the same table gets other numbers every time it is printed (and the file
 * other bytes, since the IDs sit in compressed object streams). Here they are renumbered
 * in the order the structure tree meets them, in the same shape (`node` and eight digits),
 * and the /IDTree and every /Headers list follow.
 */
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from 'pdf-lib'

const ID = PDFName.of('ID')
const K = PDFName.of('K')
const A = PDFName.of('A')
const HEADERS = PDFName.of('Headers')
const ID_TREE = PDFName.of('IDTree')
const KIDS = PDFName.of('Kids')

const stableName = (n: number) => `node${String(n).padStart(8, '0')}`
const text = (value: PDFObject | undefined) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined

interface Element {
  dict: PDFDict
  ref: PDFRef | undefined
}

/** The structure elements under `root`, depth first, in the order of their /K. */
function elementsInOrder(doc: PDFDocument, root: PDFDict): Element[] {
  const found: Element[] = []
  const seen = new Set<PDFDict>()
  const childrenOf = (dict: PDFDict): PDFObject[] => {
    const kids = dict.get(K)
    return kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []
  }
  const stack: PDFObject[] = childrenOf(root).reverse()
  while (stack.length > 0) {
    const item = stack.pop() as PDFObject
    const ref = item instanceof PDFRef ? item : undefined
    const dict = ref ? doc.context.lookup(ref) : item
    // Marked-content and object references (/MCR, /OBJR) and MCIDs are leaves, not elements.
    if (!(dict instanceof PDFDict) || !dict.has(PDFName.of('S')) || seen.has(dict)) continue
    seen.add(dict)
    found.push({ dict, ref })
    stack.push(...childrenOf(dict).reverse())
  }
  return found
}

/** Every /Headers list in an element's attribute objects, with its names renamed. */
function renameHeaders(doc: PDFDocument, dict: PDFDict, names: Map<string, string>): void {
  const attributes = dict.lookup(A)
  const list = attributes instanceof PDFArray ? attributes.asArray() : attributes ? [attributes] : []
  for (const item of list) {
    const attribute = doc.context.lookup(item)
    const headers = attribute instanceof PDFDict ? attribute.lookup(HEADERS) : undefined
    if (!(headers instanceof PDFArray)) continue
    for (let at = 0; at < headers.size(); at++) {
      const name = text(headers.lookup(at))
      if (name !== undefined) headers.set(at, PDFString.of(names.get(name) ?? name))
    }
  }
}

/** The indirect nodes of a name tree, so the old tree leaves nothing behind in the file. */
function treeNodes(doc: PDFDocument, node: PDFObject | undefined, into: PDFRef[] = []): PDFRef[] {
  if (node instanceof PDFRef) into.push(node)
  const dict = node ? doc.context.lookup(node) : undefined
  const kids = dict instanceof PDFDict ? dict.lookup(KIDS) : undefined
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) treeNodes(doc, kid, into)
  return into
}

/**
 * Renumbers the structure element IDs of `doc` in tree order and rebuilds its /IDTree.
 * Returns the renaming (Chromium's name to the stable one).
 */
export function pinStructureIds(doc: PDFDocument): Map<string, string> {
  const names = new Map<string, string>()
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  if (!root) return names
  const named = elementsInOrder(doc, root).filter(({ dict }) => text(dict.get(ID)) !== undefined)
  for (const { dict } of named) names.set(text(dict.get(ID)) as string, stableName(names.size + 1))
  if (names.size === 0) return names
  const entries: PDFObject[] = []
  for (const { dict, ref } of named) {
    const name = names.get(text(dict.get(ID)) as string) as string
    dict.set(ID, PDFString.of(name))
    entries.push(PDFString.of(name), ref ?? doc.context.register(dict))
  }
  for (const { dict } of elementsInOrder(doc, root)) renameHeaders(doc, dict, names)
  // One flat leaf, in the order of the new names (the tree order), replaces Chromium's tree.
  for (const node of treeNodes(doc, root.get(ID_TREE))) doc.context.delete(node)
  root.set(ID_TREE, doc.context.register(doc.context.obj({ Names: entries })))
  return names
}
