import { BlossomMark } from './mark'

/** The navigation and breadcrumb icon in place of Payload's. */
export function Icon() {
  return <BlossomMark size={20} title="杏花岭宣传微平台" />
}
