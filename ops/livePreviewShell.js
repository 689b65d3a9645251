// 实时预览's frame (ops/livePreview.ts): takes the form's values from the admin, asks for
// the page as the site would show it, and shows it in an inner frame that keeps its place.
{
  const frame = document.getElementById('page')
  const status = document.getElementById('status-text')
  const endpoint = location.pathname
  // Beside the form, the admin is the parent; opened 在新窗口中打开, it is the opener.
  const admin = window.parent !== window ? window.parent : window.opener
  let latest = null
  let timer = 0
  let running = false
  let again = false
  let shown = 0

  const say = (text, isError) => {
    status.textContent = text
    status.dataset.error = isError ? 'true' : 'false'
  }

  // Links lead to pages that exist only on the public site: the preview stays put.
  const stayPut = (event) => {
    const link = event.target.closest?.('a[href]')
    if (!link || link.getAttribute('href').startsWith('#')) return
    event.preventDefault()
    say('预览中不打开链接。', false)
  }

  const show = (html) => {
    const scrolled = frame.contentWindow?.scrollY ?? 0
    frame.onload = () => {
      frame.contentDocument.addEventListener('click', stayPut, true)
      frame.contentWindow.scrollTo(0, scrolled)
      shown += 1
      frame.dataset.shown = String(shown)
    }
    frame.srcdoc = html
  }

  const render = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    say('正在更新…', false)
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: latest }),
      })
      const body = await response.json().catch(() => ({}))
      if (response.ok && typeof body.html === 'string') {
        show(body.html)
        say('与表单同步（尚未保存的修改也在内）', false)
      } else say(body.message ?? body.errors?.[0]?.message ?? `预览失败（HTTP ${response.status}）`, true)
    } catch {
      say('预览服务暂时连不上，修改表单后会再试。', true)
    }
    running = false
    if (again) {
      again = false
      void render()
    }
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || !admin || event.source !== admin) return
    const message = event.data
    if (message?.type !== 'payload-live-preview' || !message.data) return
    latest = message.data
    clearTimeout(timer)
    timer = setTimeout(render, 250)
  })
  admin?.postMessage({ type: 'payload-live-preview', ready: true }, location.origin)
}
