const params = new URLSearchParams(location.search)
const interval = Math.max(500, Number(params.get('interval')) || 12000)
const refresh = Math.max(500, Number(params.get('refresh')) || 60000)
const slide = document.getElementById('screen-slide')
const image = slide.querySelector('img')
const [kicker, title, text] = [slide.querySelector('.kicker'), slide.querySelector('h1'), slide.querySelector('.text')]
const progress = document.getElementById('screen-progress')
const status = document.getElementById('screen-status')
// The first story is in the page; the deck comes from slides.json, read at once.
let deck = { version: '', slides: [] }
let index = 0
let lastFetch = 0
const show = () => {
  const item = deck.slides[index]
  if (!item) return
  slide.classList.toggle('no-image', !item.image)
  if (item.image) {
    image.src = item.image.src
    image.alt = item.image.alt
    image.width = item.image.width
    image.height = item.image.height
  } else {
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='
    image.alt = ''
  }
  kicker.textContent = item.kicker
  title.textContent = item.title
  text.textContent = item.text
  slide.dataset.url = item.url
  progress.textContent = `${index + 1} / ${deck.slides.length}`
}
const update = async () => {
  lastFetch = Date.now()
  try {
    const response = await fetch(`/screen/slides.json?t=${Date.now()}`, { cache: 'no-store' })
    if (!response.ok) throw new Error(String(response.status))
    const next = await response.json()
    status.textContent = ''
    if (next.version !== deck.version) {
      const current = deck.slides[index]?.url
      deck = next
      // Stay on the same story where it still exists; newly published ones come next.
      const at = deck.slides.findIndex((item) => item.url === current)
      index = at >= 0 ? at : 0
      document.documentElement.dataset.version = deck.version
      show()
    }
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
