/**
 * The platform's mark: an apricot blossom (杏花) of five petals, drawn here so the admin
 * loads nothing from outside. Used by the navigation icon, the login logo and the
 * favicon (cms/public/icon.svg holds the same drawing).
 */
const PETAL = 'M0 0 C -13 -10 -13 -31 0 -38 C 13 -31 13 -10 0 0 Z'

export function BlossomMark({ size = 40, title = '杏花岭宣传微平台' }: { size?: number; title?: string }) {
  return (
    <svg role="img" viewBox="-44 -44 88 88" width={size} height={size} xmlns="http://www.w3.org/2000/svg">
      <title>{title}</title>
      <g fill="#f8c9d2" stroke="#c2476a" strokeWidth="2.5" strokeLinejoin="round">
        {[0, 72, 144, 216, 288].map((angle) => (
          <path key={angle} d={PETAL} transform={`rotate(${angle})`} />
        ))}
      </g>
      <circle r="9" fill="#e9a53c" stroke="#a8641a" strokeWidth="2" />
      <g fill="#a8641a">
        {[36, 108, 180, 252, 324].map((angle) => (
          <circle key={angle} r="2.4" cx="0" cy="-14" transform={`rotate(${angle})`} />
        ))}
      </g>
    </svg>
  )
}
