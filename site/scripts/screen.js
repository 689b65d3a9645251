const params = new URLSearchParams(location.search)
const interval = Math.max(500, Number(params.get('interval')) || 12000)
const refresh = Math.max(500, Number(params.get('refresh')) || 60000)
const BLANK = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='
const slide = document.getElementById('screen-slide')
const image = slide.querySelector('img.photo')
const sizes = image.dataset.sizes
const qr = document.getElementById('screen-qr')
const [layout, figure] = [slide.querySelector('.layout'), qr.parentElement]
const portrait = window.matchMedia('(orientation: portrait)')
const [copy, kicker, title, text] = ['.copy', '.kicker', 'h1', '.text'].map((selector) => slide.querySelector(selector))
const progress = document.getElementById('screen-progress')
const status = document.getElementById('screen-status')
// The story fills its place: the largest type (up to 2×) at which title and text show whole,
// else the normal size with fewer lines of text (cut whole, with an ellipsis).
const whole = (element) => element.scrollHeight <= element.clientHeight + 1
const fitStory = () => {
  text.style.removeProperty('--lines')
  for (let grow = 20; grow >= 10; grow--) {
    copy.style.setProperty('--grow', String(grow / 10))
    if (whole(copy) && whole(title) && whole(text)) return
  }
  let lines = Number(getComputedStyle(text).getPropertyValue('--lines')) || 6
  while (lines > 1 && !whole(copy)) {
    lines -= 1
    text.style.setProperty('--lines', String(lines))
  }
}
// On a landscape screen the QR code goes under a photo that leaves it room, beside the text otherwise.
const place = () => {
  slide.classList.remove('qr-under')
  if (portrait.matches || slide.classList.contains('no-image')) return
  slide.classList.add('qr-under')
  const gap = Number.parseFloat(getComputedStyle(layout).rowGap) || 0
  if (image.offsetHeight + gap + figure.offsetHeight > layout.clientHeight) slide.classList.remove('qr-under')
}
// The photo is never shown above its pixels: the layout divides them by the exact ratio.
const fitScreen = () => {
  document.documentElement.style.setProperty('--dpr', String(window.devicePixelRatio || 1))
  place()
  fitStory()
}
fitScreen()
window.addEventListener('resize', fitScreen)
// QR codes, fetched once each (their names change with their content) and kept while in the deck.
const codes = new Map()
// The first story is in the page; the deck comes from slides.json, read at once.
let deck = { version: '', slides: [] }
let index = 0
let lastFetch = 0
const showPhoto = (photo) => {
  slide.classList.toggle('no-image', !photo)
  if (photo) {
    slide.style.setProperty('--photo-w', String(photo.width))
    slide.style.setProperty('--photo-h', String(photo.height))
    image.width = photo.width
    image.height = photo.height
    image.sizes = sizes
    image.srcset = photo.srcset
    image.src = photo.src
    image.alt = photo.alt
  } else {
    image.removeAttribute('srcset')
    image.src = BLANK
    image.alt = ''
  }
}
const show = () => {
  const item = deck.slides[index]
  if (!item) return
  showPhoto(item.image)
  slide.classList.remove('no-qr')
  qr.src = codes.get(item.qr) ?? item.qr
  qr.alt = `${item.title}的网页二维码`
  kicker.textContent = item.kicker
  title.textContent = item.title
  text.textContent = item.text
  slide.dataset.url = item.url
  place()
  fitStory()
  progress.textContent = `${index + 1} / ${deck.slides.length}`
}
// A QR code that cannot be loaded (offline before it was kept) is left out, never shown broken.
qr.addEventListener('error', () => slide.classList.add('no-qr'))
const keepCodes = async () => {
  const wanted = new Set(deck.slides.map((item) => item.qr))
  for (const name of codes.keys()) if (!wanted.has(name)) codes.delete(name)
  for (const name of wanted) {
    if (codes.has(name)) continue
    try {
      const response = await fetch(name)
      if (!response.ok) continue
      codes.set(name, `data:image/svg+xml,${encodeURIComponent(await response.text())}`)
    } catch {
      return // Offline: the next deck read tries again.
    }
  }
}
const update = async () => {
  lastFetch = Date.now()
  try {
    const response = await fetch(`/screen/slides.json?t=${Date.now()}`, { cache: 'no-store' })
    if (!response.ok) throw new Error(String(response.status))
    const next = await response.json()
    status.textContent = ''
    if (next.version !== deck.version) {
      const current = deck.slides[index]?.url ?? slide.dataset.url
      deck = next
      // Stay on the same story where it still exists; newly published ones come next.
      const at = deck.slides.findIndex((item) => item.url === current)
      index = Math.max(at, 0)
      document.documentElement.dataset.version = deck.version
      show()
    }
    await keepCodes()
  } catch {
    // Offline or the site is switching: keep showing what we have, try again later.
    status.textContent = '网络中断，稍后自动重试'
  }
}
update()
// One timer for everything: advancing, and fetching again when it is due.
setInterval(() => {
  if (deck.slides.length > 0) {
    index = (index + 1) % deck.slides.length
    show()
  }
  if (Date.now() - lastFetch >= refresh) update()
}, interval)
