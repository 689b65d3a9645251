{
  // 长者模式: larger type, bigger targets, higher contrast; a second step for very large type. Remembered on this phone.
  const root = document.documentElement
  const toggle = document.getElementById('elder-toggle')
  const bigger = document.getElementById('elder-bigger')
  const sync = () => {
    const mode = root.dataset.elder || ''
    toggle.hidden = false
    toggle.setAttribute('aria-pressed', String(mode !== ''))
    bigger.hidden = mode === ''
    bigger.setAttribute('aria-pressed', String(mode === '2'))
  }
  const set = (mode) => {
    if (mode) root.dataset.elder = mode
    else delete root.dataset.elder
    try {
      if (mode) localStorage.setItem('xhl-elder', mode)
      else localStorage.removeItem('xhl-elder')
    } catch {}
    sync()
  }
  toggle.addEventListener('click', () => set(root.dataset.elder ? '' : '1'))
  bigger.addEventListener('click', () => set(root.dataset.elder === '2' ? '1' : '2'))
  sync()
}
