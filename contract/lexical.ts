/**
 * Rich text as Payload stores it: a serialized Lexical editor state. The one shape the
 * CMS's checks, the seed and the site's renderer read, and the one way to walk it.
 *
 * The tree arrives from clients, so the walk trusts nothing: `children` that is not an
 * array, or holds things that are not nodes, is skipped; a tree of any depth is walked
 * without recursion.
 */

/** The parts of a serialized Lexical node the project reads; every node type keeps its own fields. */
export interface LexicalNode {
  type?: string
  version?: number
  /** Text nodes: the words. */
  text?: unknown
  /** Links: `fields.url`, `fields.linkType` ('custom' | 'internal'). */
  fields?: { url?: unknown; linkType?: unknown; [key: string]: unknown } | null
  /** Uploads and relationships: the collection and the document (an id or the document). */
  relationTo?: unknown
  value?: unknown
  children?: unknown
  [key: string]: unknown
}

const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The root node of a stored editor state, or null when `state` is not one. */
export function lexicalRoot(state: unknown): LexicalNode | null {
  const root = isNode(state) ? state.root : undefined
  return isNode(root) ? root : null
}

/** A node's child nodes (none when `children` is missing or not an array of nodes). */
export function childNodes(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

/** Every node under (and including) `node`, in document order. */
export function* lexicalNodes(node: LexicalNode): Generator<LexicalNode> {
  const stack: LexicalNode[] = [node]
  while (stack.length > 0) {
    const next = stack.pop() as LexicalNode
    yield next
    const children = childNodes(next)
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as LexicalNode)
  }
}

/** The words under `node`: its text nodes' text, joined as they read. */
export function lexicalText(node: LexicalNode): string {
  let words = ''
  for (const each of lexicalNodes(node)) if (each.type === 'text' && typeof each.text === 'string') words += each.text
  return words
}
